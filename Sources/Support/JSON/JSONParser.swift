/// A strict RFC 8259 parser over raw bytes.
///
/// Strict where leniency would be a hazard in a payments tool: invalid UTF-8 is rejected rather than
/// repaired, duplicate member names are rejected (two `amount`s must not mean whichever a reader picks),
/// nesting is bounded so hostile input cannot exhaust the stack, and numbers keep their text.
public struct JSONParser {
    public struct Error: Swift.Error, Sendable, Equatable, CustomStringConvertible {
        public let reason: String
        public let offset: Int
        public var description: String { "\(reason) at byte \(offset)" }
    }

    public static let defaultMaxDepth = 256

    /// Parses exactly one JSON value; surrounding white space is allowed, anything else is an error.
    public static func parse<C: Collection>(_ bytes: C, maxDepth: Int = defaultMaxDepth) throws(Error) -> JSONValue
    where C.Element == UInt8 {
        var result: Result<JSONValue, Error>? = bytes.withContiguousStorageIfAvailable { buf in
            do throws(Error) { return .success(try parse(buffer: UnsafeRawBufferPointer(buf), maxDepth: maxDepth)) } catch { return .failure(error) }
        }
        if result == nil {
            let copy = Array(bytes)
            result = copy.withUnsafeBytes { buf in
                do throws(Error) { return .success(try parse(buffer: buf, maxDepth: maxDepth)) } catch { return .failure(error) }
            }
        }
        switch result! {
        case .success(let v): return v
        case .failure(let e): throw e
        }
    }

    public static func parse(_ string: String, maxDepth: Int = defaultMaxDepth) throws(Error) -> JSONValue {
        try parse(Array(string.utf8), maxDepth: maxDepth)
    }

    public static func parse(buffer: UnsafeRawBufferPointer, maxDepth: Int = defaultMaxDepth) throws(Error) -> JSONValue {
        var p = Cursor(bytes: buffer, maxDepth: maxDepth)
        p.skipWhitespace()
        let v = try p.parseValue(depth: 0)
        p.skipWhitespace()
        if p.i != p.bytes.count { throw p.fail("unexpected data after the JSON value") }
        return v
    }
}

private struct Cursor {
    let bytes: UnsafeRawBufferPointer
    let maxDepth: Int
    var i = 0

    init(bytes: UnsafeRawBufferPointer, maxDepth: Int) {
        self.bytes = bytes
        self.maxDepth = maxDepth
    }

    func fail(_ reason: String) -> JSONParser.Error { JSONParser.Error(reason: reason, offset: i) }

    @inline(__always) var atEnd: Bool { i >= bytes.count }
    @inline(__always) var peek: UInt8 { bytes[i] }

    mutating func skipWhitespace() {
        while i < bytes.count {
            switch bytes[i] {
            case 0x20, 0x09, 0x0A, 0x0D: i += 1
            default: return
            }
        }
    }

    mutating func expect(_ literal: StaticString) throws(JSONParser.Error) {
        let n = literal.utf8CodeUnitCount
        guard i + n <= bytes.count else { throw fail("truncated literal") }
        let lit = UnsafeRawBufferPointer(start: literal.utf8Start, count: n)
        for k in 0..<n where bytes[i + k] != lit[k] { throw fail("invalid literal") }
        i += n
    }

    mutating func parseValue(depth: Int) throws(JSONParser.Error) -> JSONValue {
        guard !atEnd else { throw fail("unexpected end of input") }
        switch peek {
        case UInt8(ascii: "{"): return try parseObject(depth: depth + 1)
        case UInt8(ascii: "["): return try parseArray(depth: depth + 1)
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try expect("true"); return .bool(true)
        case UInt8(ascii: "f"): try expect("false"); return .bool(false)
        case UInt8(ascii: "n"): try expect("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber())
        default: throw fail("unexpected character")
        }
    }

    mutating func parseObject(depth: Int) throws(JSONParser.Error) -> JSONValue {
        if depth > maxDepth { throw fail("nesting deeper than \(maxDepth)") }
        i += 1
        var members: [JSONObject.Member] = []
        members.reserveCapacity(4)  // a request has 3–4 members; growing 1→2→4 cost more than the rest of parsing
        skipWhitespace()
        if !atEnd && peek == UInt8(ascii: "}") { i += 1; return .object(JSONObject(members)) }
        while true {
            skipWhitespace()
            guard !atEnd, peek == UInt8(ascii: "\"") else { throw fail("expected a member name") }
            let keyOffset = i
            let key = try parseString()
            for m in members where JSONObject.sameName(m.key, key) {
                throw JSONParser.Error(reason: "duplicate member name \"\(key)\"", offset: keyOffset)
            }
            skipWhitespace()
            guard !atEnd, peek == UInt8(ascii: ":") else { throw fail("expected ':'") }
            i += 1
            skipWhitespace()
            let value = try parseValue(depth: depth)
            members.append(JSONObject.Member(key: key, value: value))
            skipWhitespace()
            guard !atEnd else { throw fail("unterminated object") }
            if peek == UInt8(ascii: ",") { i += 1; continue }
            if peek == UInt8(ascii: "}") { i += 1; return .object(JSONObject(members)) }
            throw fail("expected ',' or '}'")
        }
    }

    mutating func parseArray(depth: Int) throws(JSONParser.Error) -> JSONValue {
        if depth > maxDepth { throw fail("nesting deeper than \(maxDepth)") }
        i += 1
        var elements: [JSONValue] = []
        skipWhitespace()
        if !atEnd && peek == UInt8(ascii: "]") { i += 1; return .array(elements) }
        while true {
            skipWhitespace()
            elements.append(try parseValue(depth: depth))
            skipWhitespace()
            guard !atEnd else { throw fail("unterminated array") }
            if peek == UInt8(ascii: ",") { i += 1; continue }
            if peek == UInt8(ascii: "]") { i += 1; return .array(elements) }
            throw fail("expected ',' or ']'")
        }
    }

    mutating func parseNumber() throws(JSONParser.Error) -> JSONNumber {
        let start = i
        if peek == UInt8(ascii: "-") { i += 1 }
        guard !atEnd else { throw fail("truncated number") }
        if peek == UInt8(ascii: "0") {
            i += 1
        } else if isDigit(peek) {
            while !atEnd && isDigit(peek) { i += 1 }
        } else {
            throw fail("invalid number")
        }
        if !atEnd && peek == UInt8(ascii: ".") {
            i += 1
            guard !atEnd, isDigit(peek) else { throw fail("invalid fraction") }
            while !atEnd && isDigit(peek) { i += 1 }
        }
        if !atEnd && (peek == UInt8(ascii: "e") || peek == UInt8(ascii: "E")) {
            i += 1
            if !atEnd && (peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-")) { i += 1 }
            guard !atEnd, isDigit(peek) else { throw fail("invalid exponent") }
            while !atEnd && isDigit(peek) { i += 1 }
        }
        return JSONNumber(text: String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self))
    }

    @inline(__always) func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    mutating func parseString() throws(JSONParser.Error) -> String {
        i += 1  // opening quote
        let start = i
        var ascii = true
        // Fast path: no escapes. Scan to the closing quote.
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\"") {
                let slice = UnsafeRawBufferPointer(rebasing: bytes[start..<i])
                i += 1
                if ascii { return String(decoding: slice, as: UTF8.self) }
                guard let s = String(validating: slice, as: UTF8.self) else {
                    throw JSONParser.Error(reason: "invalid UTF-8 in string", offset: start)
                }
                return s
            }
            if b == UInt8(ascii: "\\") { break }
            if b < 0x20 { throw fail("unescaped control character in string") }
            if b >= 0x80 { ascii = false }
            i += 1
        }
        guard i < bytes.count else { throw fail("unterminated string") }
        // Slow path: copy what we have, then decode escapes.
        var out = [UInt8](UnsafeRawBufferPointer(rebasing: bytes[start..<i]))
        while i < bytes.count {
            let b = bytes[i]
            switch b {
            case UInt8(ascii: "\""):
                i += 1
                guard let s = String(validating: out, as: UTF8.self) else {
                    throw JSONParser.Error(reason: "invalid UTF-8 in string", offset: start)
                }
                return s
            case UInt8(ascii: "\\"):
                i += 1
                guard !atEnd else { throw fail("unterminated escape") }
                let e = peek
                i += 1
                switch e {
                case UInt8(ascii: "\""): out.append(0x22)
                case UInt8(ascii: "\\"): out.append(0x5C)
                case UInt8(ascii: "/"): out.append(0x2F)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    var scalar = try hex4()
                    if (0xD800...0xDBFF).contains(scalar) {
                        // A high surrogate must be followed by an escaped low surrogate.
                        guard i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") else {
                            throw fail("lone surrogate in \\u escape")
                        }
                        i += 2
                        let low = try hex4()
                        guard (0xDC00...0xDFFF).contains(low) else { throw fail("invalid surrogate pair") }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    } else if (0xDC00...0xDFFF).contains(scalar) {
                        throw fail("lone surrogate in \\u escape")
                    }
                    guard let u = Unicode.Scalar(scalar) else { throw fail("invalid \\u escape") }
                    out.append(contentsOf: UTF8.encode(u)!)
                default:
                    throw fail("invalid escape")
                }
            default:
                if b < 0x20 { throw fail("unescaped control character in string") }
                out.append(b)
                i += 1
            }
        }
        throw fail("unterminated string")
    }

    mutating func hex4() throws(JSONParser.Error) -> UInt32 {
        guard i + 4 <= bytes.count else { throw fail("truncated \\u escape") }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let c = bytes[i]
            let d: UInt32
            switch c {
            case 0x30...0x39: d = UInt32(c - 0x30)
            case 0x41...0x46: d = UInt32(c - 0x41 + 10)
            case 0x61...0x66: d = UInt32(c - 0x61 + 10)
            default: throw fail("invalid \\u escape")
            }
            v = v << 4 | d
            i += 1
        }
        return v
    }
}
