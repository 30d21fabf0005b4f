import Foundation
import Support

/// A file a caller sends up (docs/FILES.md): the `FileUpload` param, decoded. Its bytes are never logged;
/// only its size and content type may be.
public struct FileUpload: Sendable, Equatable {
    public let bytes: [UInt8]
    public let contentType: String
    public let fileName: String

    public init(bytes: [UInt8], contentType: String, fileName: String) {
        self.bytes = bytes
        self.contentType = contentType
        self.fileName = fileName
    }

    /// The param `name` of an operation that uploads, read strictly: the one canonical base64 of the bytes
    /// (standard alphabet, `=` padding, no line breaks or spaces) and at most `limit` bytes once decoded
    /// (`PLURAL_MAX_UPLOAD_BYTES`). The shape (members, content type, file name) the schema has checked already.
    public static func read(_ params: JSONObject, _ name: String, limit: Int) throws(ValidationError) -> FileUpload {
        let field = "\(name).content_base64"
        guard case .object(let file)? = params[name] else { throw ValidationError(field: name, reason: "is required") }
        guard let text = file["content_base64"]?.stringValue else { throw ValidationError(field: field, reason: "is required") }
        // Refused by its length before anything is decoded: 4 characters carry 3 bytes.
        if text.utf8.count / 4 * 3 > limit + 2 {
            throw ValidationError(field: field, reason: "is larger than PLURAL_MAX_UPLOAD_BYTES (\(limit) bytes)")
        }
        guard let bytes = Base64.decodeCanonical(text) else {
            throw ValidationError(field: field, reason: "is not canonical base64 (standard alphabet, = padding, no line breaks)")
        }
        if bytes.count > limit { throw ValidationError(field: field, reason: "is larger than PLURAL_MAX_UPLOAD_BYTES (\(limit) bytes)") }
        if bytes.isEmpty { throw ValidationError(field: field, reason: "is empty") }
        return FileUpload(bytes: bytes, contentType: file["content_type"]?.stringValue ?? "application/octet-stream",
                          fileName: file["file_name"]?.stringValue ?? "file")
    }

    /// The JSON form of a file in an answer: `{content_base64, content_type, size_bytes}` (`FileContent`).
    public static func content(_ bytes: [UInt8], contentType: String) -> JSONValue {
        ["content_base64": .string(Base64.encode(bytes)), "content_type": .string(contentType), "size_bytes": .int(bytes.count)]
    }
}

/// multipart/form-data (RFC 7578): how a file goes to Plural, and how the simulator reads it back.
public enum Multipart {
    public struct Part: Sendable {
        public let name: String
        public let fileName: String?
        public let contentType: String?
        public let body: [UInt8]
    }

    /// The body and its Content-Type: the text fields, then the file as the part named `fileField`.
    public static func encode(fields: [(name: String, value: String)], fileField: String, file: FileUpload) -> (contentType: String, body: [UInt8]) {
        var boundary = "plural-sidecar-" + UUID().uuidString.lowercased()
        // A boundary must not occur in the content; a random one practically never does, but it is checked.
        while find(Array(("--" + boundary).utf8), in: file.bytes, from: 0) != nil || fields.contains(where: { $0.value.contains(boundary) }) {
            boundary = "plural-sidecar-" + UUID().uuidString.lowercased()
        }
        var out: [UInt8] = []
        for f in fields {
            out += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(f.name)\"\r\n\r\n\(f.value)\r\n".utf8)
        }
        out += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(fileField)\"; filename=\"\(file.fileName)\"\r\nContent-Type: \(file.contentType)\r\n\r\n".utf8)
        out += file.bytes
        out += Array("\r\n--\(boundary)--\r\n".utf8)
        return ("multipart/form-data; boundary=\(boundary)", out)
    }

    /// The parts of a multipart/form-data body; nil when it is not one (no boundary, a part without a name,
    /// no closing delimiter).
    public static func decode(_ body: [UInt8], contentType: String) -> [Part]? {
        guard contentType.lowercased().hasPrefix("multipart/form-data"),
              let b = contentType.range(of: "boundary=", options: .caseInsensitive) else { return nil }
        var boundary = String(contentType[b.upperBound...])
        if let semicolon = boundary.firstIndex(of: ";") { boundary = String(boundary[..<semicolon]) }
        boundary = boundary.trimmingCharacters(in: CharacterSet(charactersIn: "\" "))
        guard !boundary.isEmpty else { return nil }
        let delimiter = Array("--\(boundary)".utf8)
        guard var at = find(delimiter, in: body, from: 0) else { return nil }
        var parts: [Part] = []
        while true {
            at += delimiter.count
            if body.count >= at + 2 && body[at] == UInt8(ascii: "-") && body[at + 1] == UInt8(ascii: "-") { return parts }
            guard body.count >= at + 2, body[at] == 13, body[at + 1] == 10 else { return nil }
            at += 2
            guard let headEnd = find([13, 10, 13, 10], in: body, from: at), let next = find([13, 10] + delimiter, in: body, from: headEnd + 4) else { return nil }
            let head = String(decoding: body[at..<headEnd], as: UTF8.self)
            var name: String?, fileName: String?, type: String?
            for line in head.components(separatedBy: "\r\n") {
                let lower = line.lowercased()
                if lower.hasPrefix("content-disposition:") {
                    name = attribute("name", in: line)
                    fileName = attribute("filename", in: line)
                } else if lower.hasPrefix("content-type:") {
                    type = line.dropFirst("content-type:".count).trimmingCharacters(in: .whitespaces)
                }
            }
            guard let name else { return nil }
            parts.append(Part(name: name, fileName: fileName, contentType: type, body: Array(body[(headEnd + 4)..<next])))
            at = next + 2
        }
    }

    static func attribute(_ key: String, in line: String) -> String? {
        for piece in line.split(separator: ";").dropFirst() {
            let kv = piece.trimmingCharacters(in: .whitespaces)
            guard kv.lowercased().hasPrefix(key + "=") else { continue }
            return String(kv.dropFirst(key.count + 1)).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
        }
        return nil
    }

    static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, start >= 0, haystack.count - start >= needle.count else { return nil }
        // memchr for the first byte, memcmp for the rest: a file of megabytes is searched at memory speed.
        return haystack.withUnsafeBytes { h in
            needle.withUnsafeBytes { n in
                let base = h.baseAddress!, last = h.count - n.count
                var i = start
                while i <= last {
                    guard let hit = memchr(base + i, Int32(n[0]), last - i + 1) else { return nil }
                    i = base.distance(to: UnsafeRawPointer(hit))
                    if memcmp(base + i, n.baseAddress!, n.count) == 0 { return i }
                    i += 1
                }
                return nil
            }
        }
    }
}
