import Foundation
import Glibc

/// Why a request could not be read. `status` is the answer owed to the client, if it can still take one.
struct HTTPParseError: Error {
    /// 400, 413, 431 or 505; nil when the peer went away or timed out, so nothing can be answered.
    let status: Int?
    let reason: String

    static func bad(_ reason: String) -> HTTPParseError { HTTPParseError(status: 400, reason: reason) }
    static let gone = HTTPParseError(status: nil, reason: "connection closed")
}

/// Buffered reads from a blocking socket. Confined to its connection's thread.
///
/// Bytes live in `storage[start..<end]`. Everything is done with memchr/memcpy on raw pointers: the
/// element-wise Array operations this replaces cost milliseconds per request in debug builds.
final class SocketReader {
    let fd: Int32
    private var storage: UnsafeMutableRawBufferPointer
    private var start = 0
    private var end = 0

    init(fd: Int32, capacity: Int = 64 * 1024) {
        self.fd = fd
        storage = .allocate(byteCount: capacity, alignment: 1)
    }

    deinit { storage.deallocate() }

    /// Receives at least one more byte after `end`. False on EOF, timeout (SO_RCVTIMEO) or error.
    private func fill() -> Bool {
        if start == end {
            start = 0
            end = 0
        } else if end == storage.count {
            if start > 0 {
                storage.baseAddress!.copyMemory(from: storage.baseAddress! + start, byteCount: end - start)
                end -= start
                start = 0
            } else {
                // Only a head line longer than the buffer gets here; the head budget bounds the growth.
                let bigger = UnsafeMutableRawBufferPointer.allocate(byteCount: storage.count * 2, alignment: 1)
                bigger.baseAddress!.copyMemory(from: storage.baseAddress!, byteCount: end)
                storage.deallocate()
                storage = bigger
            }
        }
        while true {
            let n = recv(fd, storage.baseAddress! + end, storage.count - end, 0)
            if n > 0 {
                end += n
                return true
            }
            if n < 0 && errno == EINTR { continue }
            return false
        }
    }

    /// One line without its terminator (CRLF, or a bare LF from lax clients). `budget` counts every
    /// byte consumed including the terminator, so a head made of many short lines is bounded too.
    func readLine(budget: inout Int) throws(HTTPParseError) -> [UInt8] {
        var scanned = 0
        while true {
            let base = storage.baseAddress!
            if let hit = memchr(base + start + scanned, 0x0A, end - start - scanned) {
                let lf = base.distance(to: UnsafeMutableRawPointer(hit))
                let consumed = lf + 1 - start
                guard consumed <= budget else { throw HTTPParseError(status: 431, reason: "request header fields too large") }
                budget -= consumed
                var lineEnd = lf
                if lineEnd > start && storage[lineEnd - 1] == 0x0D { lineEnd -= 1 }
                let line = Array(UnsafeRawBufferPointer(rebasing: storage[start..<lineEnd]))
                start = lf + 1
                return line
            }
            scanned = end - start
            if scanned > budget { throw HTTPParseError(status: 431, reason: "request header fields too large") }
            guard fill() else { throw .gone }
        }
    }

    /// Exactly `count` bytes appended to `out`.
    func read(_ count: Int, into out: inout [UInt8]) throws(HTTPParseError) {
        var remaining = count
        while remaining > 0 {
            if start == end { guard fill() else { throw .gone } }
            let take = min(remaining, end - start)
            out.append(contentsOf: UnsafeRawBufferPointer(rebasing: storage[start..<(start + take)]))
            start += take
            remaining -= take
        }
    }
}

/// A request line and header block, before the body is read.
struct HTTPRequestHead {
    var method: String
    var target: String
    /// Minor version of HTTP/1.x.
    var minorVersion: Int
    var headers: [(name: String, value: String)]

    func header(_ name: String) -> String? {
        headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }

    /// Comma-separated tokens across every occurrence of a header, lower-cased.
    func tokens(_ name: String) -> [String] {
        headers.filter { $0.name.caseInsensitiveCompare(name) == .orderedSame }
            .flatMap { $0.value.split(separator: ",") }
            .map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
    }

    /// Whether the client wants the connection kept after this exchange.
    var wantsKeepAlive: Bool {
        let connection = tokens("Connection")
        if connection.contains("close") { return false }
        return minorVersion >= 1 || connection.contains("keep-alive")
    }
}

/// How the request body is delimited.
enum BodyFraming: Equatable {
    case none
    case length(Int)
    case chunked
}

enum HTTPRequestParser {
    static let maxHeadBytes = 64 * 1024
    static let maxBodyBytes = 8 * 1024 * 1024

    /// Reads a request head. Throws `.gone` when the peer closes (or idles out) between requests.
    static func readHead(_ reader: SocketReader) throws(HTTPParseError) -> HTTPRequestHead {
        var budget = maxHeadBytes
        var line = try reader.readLine(budget: &budget)
        // RFC 9112 §2.2: tolerate stray blank lines before the request line (some clients add a CRLF after a body).
        while line.isEmpty { line = try reader.readLine(budget: &budget) }
        let (method, target, minor) = try parseRequestLine(line)
        var headers: [(name: String, value: String)] = []
        while true {
            let raw = try reader.readLine(budget: &budget)
            if raw.isEmpty { break }
            headers.append(try parseHeaderLine(raw))
        }
        return HTTPRequestHead(method: method, target: target, minorVersion: minor, headers: headers)
    }

    static func parseRequestLine(_ line: [UInt8]) throws(HTTPParseError) -> (String, String, Int) {
        let parts = line.split(separator: 0x20, omittingEmptySubsequences: false)
        guard parts.count == 3, !parts[0].isEmpty, !parts[1].isEmpty, parts[0].allSatisfy(isTokenByte) else {
            throw .bad("malformed request line")
        }
        // The target must be visible ASCII; anything else means the stream is not HTTP or is an attack.
        guard parts[1].allSatisfy({ $0 > 0x20 && $0 < 0x7F }) else { throw .bad("malformed request target") }
        let version = Array(parts[2])
        let prefix = Array("HTTP/".utf8)
        guard version.count == 8, Array(version[0..<5]) == prefix, isDigit(version[5]), version[6] == 0x2E, isDigit(version[7]) else {
            throw .bad("malformed HTTP version")
        }
        guard version[5] == 0x31 else { throw HTTPParseError(status: 505, reason: "HTTP version not supported") }
        return (String(decoding: parts[0], as: UTF8.self), String(decoding: parts[1], as: UTF8.self), Int(version[7] - 0x30))
    }

    static func parseHeaderLine(_ raw: [UInt8]) throws(HTTPParseError) -> (name: String, value: String) {
        // Obsolete line folding (a line starting with whitespace) is rejected, as RFC 9112 §5.2 allows.
        guard let colon = raw.firstIndex(of: 0x3A), colon > 0, raw[0..<colon].allSatisfy(isTokenByte) else {
            throw .bad("malformed header line")
        }
        var start = colon + 1
        var end = raw.count
        while start < end && (raw[start] == 0x20 || raw[start] == 0x09) { start += 1 }
        while end > start && (raw[end - 1] == 0x20 || raw[end - 1] == 0x09) { end -= 1 }
        let value = raw[start..<end]
        guard !value.contains(where: { $0 == 0x0D || $0 == 0x0A || $0 == 0 }) else { throw .bad("malformed header value") }
        return (String(decoding: raw[0..<colon], as: UTF8.self), String(decoding: value, as: UTF8.self))
    }

    /// RFC 9112 §6.3: Transfer-Encoding wins over Content-Length; a non-chunked final coding, or
    /// conflicting lengths, cannot be framed safely.
    static func framing(_ head: HTTPRequestHead) throws(HTTPParseError) -> BodyFraming {
        let codings = head.tokens("Transfer-Encoding").filter { !$0.isEmpty }
        if !codings.isEmpty {
            guard codings.last == "chunked" else { throw .bad("unsupported transfer coding") }
            guard codings.allSatisfy({ $0 == "chunked" || $0 == "identity" }) else {
                throw HTTPParseError(status: 501, reason: "unsupported transfer coding")
            }
            return .chunked
        }
        let lengths = head.headers.filter { $0.name.caseInsensitiveCompare("Content-Length") == .orderedSame }
            .flatMap { $0.value.split(separator: ",", omittingEmptySubsequences: false) }
            .map { $0.trimmingCharacters(in: .whitespaces) }
        guard let first = lengths.first else { return .none }
        guard lengths.allSatisfy({ $0 == first }), !first.isEmpty, first.utf8.allSatisfy(isDigit) else {
            throw .bad("invalid Content-Length")
        }
        // Digits only, so a failed conversion can only mean overflow, which is certainly too large.
        guard let length = Int(first), length <= maxBodyBytes else {
            throw HTTPParseError(status: 413, reason: "request body too large")
        }
        return length == 0 ? .none : .length(length)
    }

    static func readBody(_ reader: SocketReader, framing: BodyFraming) throws(HTTPParseError) -> [UInt8] {
        switch framing {
        case .none:
            return []
        case .length(let n):
            var body: [UInt8] = []
            // A declared length is only a claim; reserve for it only as the bytes actually arrive.
            body.reserveCapacity(min(n, 1 << 20))
            try reader.read(n, into: &body)
            return body
        case .chunked:
            return try readChunked(reader)
        }
    }

    private static func readChunked(_ reader: SocketReader) throws(HTTPParseError) -> [UInt8] {
        var body: [UInt8] = []
        // Chunk-size lines and trailers share one budget, so a stream of empty extensions cannot run forever.
        var budget = maxHeadBytes
        while true {
            let line = try reader.readLine(budget: &budget)
            var sizeField = line.prefix { $0 != 0x3B }
            // Whitespace is allowed only before an extension's ';' (RFC 9112 §7.1.1, "BWS").
            while let last = sizeField.last, last == 0x20 || last == 0x09 { sizeField.removeLast() }
            guard !sizeField.isEmpty, sizeField.count <= 15, sizeField.allSatisfy(isHexDigit),
                  let size = Int(String(decoding: sizeField, as: UTF8.self), radix: 16) else {
                throw .bad("malformed chunk size")
            }
            if size == 0 { break }
            guard body.count + size <= maxBodyBytes else { throw HTTPParseError(status: 413, reason: "request body too large") }
            try reader.read(size, into: &body)
            guard try reader.readLine(budget: &budget).isEmpty else { throw .bad("chunk not followed by CRLF") }
        }
        // Trailers are read and discarded: nothing in the simulator depends on them.
        while try !reader.readLine(budget: &budget).isEmpty {}
        return body
    }

    /// RFC 9110 token characters.
    static func isTokenByte(_ b: UInt8) -> Bool {
        switch b {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
        case UInt8(ascii: "!"), UInt8(ascii: "#"), UInt8(ascii: "$"), UInt8(ascii: "%"), UInt8(ascii: "&"),
             UInt8(ascii: "'"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."),
             UInt8(ascii: "^"), UInt8(ascii: "_"), UInt8(ascii: "`"), UInt8(ascii: "|"), UInt8(ascii: "~"):
            return true
        default: return false
        }
    }

    static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    static func isHexDigit(_ b: UInt8) -> Bool { isDigit(b) || (b >= 0x41 && b <= 0x46) || (b >= 0x61 && b <= 0x66) }
}
