import Foundation

/// `application/x-www-form-urlencoded`, percent-encoding everything but the unreserved characters.
public enum FormURL {
    public static func encode(_ fields: [(key: String, value: String)]) -> [UInt8] {
        Array(fields.map { "\(escape($0.key))=\(escape($0.value))" }.joined(separator: "&").utf8)
    }

    public static func escape(_ s: String) -> String {
        var out = ""
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                out.unicodeScalars.append(UnicodeScalar(b))
            default:
                out += "%" + Hex.encode([b], uppercase: true)
            }
        }
        return out
    }

    /// Parses a form body (the simulator reads what the sidecar sends).
    public static func decode(_ body: [UInt8]) -> [(key: String, value: String)] {
        String(decoding: body, as: UTF8.self).split(separator: "&").map { pair in
            let kv = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func unescape(_ s: Substring) -> String { (String(s).replacingOccurrences(of: "+", with: " ").removingPercentEncoding) ?? String(s) }
            return (unescape(kv[0]), kv.count > 1 ? unescape(kv[1]) : "")
        }
    }
}
