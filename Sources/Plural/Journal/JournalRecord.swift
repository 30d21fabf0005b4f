import Support

/// One line of the journal: `<crc32c as 8 hex digits> <JSON object>\n` (docs/JOURNAL.md). The JSON never holds
/// params, card data or secrets: a money-moving call is known by its idempotency key, a keyed fingerprint of
/// its params, and the few identifiers its declaration says a lookup needs (order id, merchant references).
public struct JournalRecord: Sendable, Equatable {
    public enum Kind: String, Sendable {
        /// Written and synced before the request leaves.
        case intent = "i"
        /// The call took effect: `ids` carries what identifies its result (order id…), `paise` what it moved.
        case applied = "a"
        /// The call did not take effect (refused, never sent, or a lookup showed nothing): the key is free again.
        case released = "r"
        /// Sent, and neither the answer nor a lookup could tell what happened.
        case unknown = "u"
    }

    public var kind: Kind
    /// The ledger key: `k:<idempotency_key>` or `<method>:<path ids>:<reference>`.
    public var key: String
    public var method: String = ""
    /// HMAC-SHA256 of the params under the journal's own key, hex (intent only).
    public var fingerprint: String = ""
    public var requestID: String? = nil
    /// Unix time of the record, and when the key expires (intent only).
    public var time: Double = 0
    public var expires: Double = 0
    /// Identifiers the reconciliation lookup reads (intent), or of the result (applied).
    public var ids: JSONObject = JSONObject()
    /// For refunds: the order refunded, and the paise asked for (intent) or refunded (applied).
    public var parent: String? = nil
    public var paise: Int64? = nil

    public init(_ kind: Kind, key: String) {
        self.kind = kind
        self.key = key
    }

    var json: JSONValue {
        var o = JSONObject()
        o.append("t", .string(kind.rawValue))
        o.append("k", .string(key))
        if !method.isEmpty { o.append("m", .string(method)) }
        if !fingerprint.isEmpty { o.append("f", .string(fingerprint)) }
        if let requestID { o.append("rid", .string(requestID)) }
        o.append("ts", .number(JSONNumber(text: Self.seconds(time))))
        if expires > 0 { o.append("exp", .number(JSONNumber(text: Self.seconds(expires)))) }
        if !ids.isEmpty { o.append("ids", .object(ids)) }
        if let parent { o.append("parent", .string(parent)) }
        if let paise { o.append("paise", .number(JSONNumber(paise))) }
        return .object(o)
    }

    /// The bytes of one line, checksum first.
    public func line() -> [UInt8] {
        let body = JSONWriter.bytes(json)
        var out = Array(Self.hex8(CRC32C.checksum(body)).utf8)
        out.append(UInt8(ascii: " "))
        out += body
        out.append(UInt8(ascii: "\n"))
        return out
    }

    /// Parses one line (without its newline); nil when the checksum or the shape is wrong.
    public static func parse<D: Collection>(_ line: D) -> JournalRecord? where D.Element == UInt8 {
        let bytes = Array(line)
        guard bytes.count > 9, bytes[8] == UInt8(ascii: " "), let sum = UInt32(String(decoding: bytes[0..<8], as: UTF8.self), radix: 16) else { return nil }
        let body = bytes[9...]
        guard CRC32C.checksum(body) == sum, let json = try? JSONParser.parse(Array(body)), case .object(let o) = json,
              let kind = o["t"]?.stringValue.flatMap(Kind.init(rawValue:)), let key = o["k"]?.stringValue else { return nil }
        var r = JournalRecord(kind, key: key)
        r.method = o["m"]?.stringValue ?? ""
        r.fingerprint = o["f"]?.stringValue ?? ""
        r.requestID = o["rid"]?.stringValue
        r.time = o["ts"]?.numberValue?.double ?? 0
        r.expires = o["exp"]?.numberValue?.double ?? 0
        r.ids = o["ids"]?.objectValue ?? JSONObject()
        r.parent = o["parent"]?.stringValue
        r.paise = o["paise"]?.numberValue?.int64
        return r
    }

    static func hex8(_ v: UInt32) -> String {
        let s = String(v, radix: 16)
        return String(repeating: "0", count: 8 - s.count) + s
    }

    /// Seconds with millisecond precision, as JSON number text (no float formatting surprises).
    static func seconds(_ t: Double) -> String {
        let ms = Int64((t * 1000).rounded())
        let whole = ms / 1000, frac = ms % 1000
        let f = String(frac)
        return "\(whole).\(String(repeating: "0", count: 3 - f.count))\(f)"
    }
}
