import Support

/// Finds a request's `id` in the first bytes of a line too long to parse whole.
///
/// Walks the top-level members of an object as far as the bytes go, skipping values it does not need; it
/// gives up (nil) on anything that is not plainly a request object, so it can only ever make an answer
/// more precise, never wrong.
enum IDSniffer {
    static func id(in bytes: [UInt8]) -> RequestID? {
        var i = 0
        func ws() { while i < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[i]) { i += 1 } }
        /// Index just past a string starting at `i` (on its quote), or nil if it does not end in the prefix.
        func stringEnd(_ from: Int) -> Int? {
            var k = from + 1
            while k < bytes.count {
                if bytes[k] == UInt8(ascii: "\\") { k += 2; continue }
                if bytes[k] == UInt8(ascii: "\"") { return k + 1 }
                k += 1
            }
            return nil
        }
        /// Index just past any value starting at `i`.
        func valueEnd(_ from: Int) -> Int? {
            guard from < bytes.count else { return nil }
            switch bytes[from] {
            case UInt8(ascii: "\""): return stringEnd(from)
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                var depth = 0, k = from
                while k < bytes.count {
                    switch bytes[k] {
                    case UInt8(ascii: "\""): guard let e = stringEnd(k) else { return nil }; k = e; continue
                    case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
                    case UInt8(ascii: "}"), UInt8(ascii: "]"): depth -= 1; if depth == 0 { return k + 1 }
                    default: break
                    }
                    k += 1
                }
                return nil
            default:
                var k = from
                while k < bytes.count, ![UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]"), 0x20, 0x09, 0x0A, 0x0D].contains(bytes[k]) { k += 1 }
                return k < bytes.count ? k : nil
            }
        }
        ws()
        guard i < bytes.count, bytes[i] == UInt8(ascii: "{") else { return nil }
        i += 1
        while true {
            ws()
            guard i < bytes.count, bytes[i] == UInt8(ascii: "\""), let keyEnd = stringEnd(i) else { return nil }
            let key = try? JSONParser.parse(bytes[i..<keyEnd])
            i = keyEnd
            ws()
            guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { return nil }
            i += 1
            ws()
            guard let end = valueEnd(i) else { return nil }
            if key == .string("id") {
                guard let value = try? JSONParser.parse(bytes[i..<end]) else { return nil }
                return RequestID(value)
            }
            i = end
            ws()
            guard i < bytes.count, bytes[i] == UInt8(ascii: ",") else { return nil }
            i += 1
        }
    }
}
