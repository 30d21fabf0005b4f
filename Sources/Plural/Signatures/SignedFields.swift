import Support

/// The string Plural signs for field-based signatures (v3 callbacks, v2 callbacks, `ppc_` inquiry and
/// refund messages): every field except the signature fields, sorted by key in byte order, as `k=v`
/// joined with `&`. Values are used exactly as received: no trimming, no decoding, no re-encoding.
public enum SignedFields {
    /// The message for `fields` without the named signature fields.
    public static func message(_ fields: [(key: String, value: String)], excluding: Set<String>) -> String {
        fields.filter { !excluding.contains($0.key) }
            .sorted { Array($0.key.utf8).lexicographicallyPrecedes(Array($1.key.utf8)) }
            .map { "\($0.key)=\($0.value)" }
            .joined(separator: "&")
    }

    /// A JSON object's members as signed text: strings as they are, numbers as written, booleans as
    /// `true`/`false`, null as empty, anything nested as compact JSON.
    public static func fields(of object: JSONObject) -> [(key: String, value: String)] {
        object.members.map { ($0.key, text($0.value)) }
    }

    public static func text(_ v: JSONValue) -> String {
        switch v {
        case .string(let s): return s
        case .number(let n): return n.text
        case .bool(let b): return b ? "true" : "false"
        case .null: return ""
        default: return JSONWriter.string(v)
        }
    }

    /// Upper-case hex HMAC-SHA256 of the message: the form Plural sends.
    public static func sign(_ message: String, key: [UInt8]) -> String {
        Hex.encode(HMACSHA256.mac(key: key, message: message), uppercase: true)
    }

    /// Compares a received hex signature with the expected one, in constant time and ignoring case.
    /// A signature that is not 64 hex digits simply does not match.
    public static func matches(received: String, expected: String) -> Bool {
        ConstantTime.hexEquals(received, expected)
    }
}

/// The v1/v2 request signature (`X-VERIFY`): the base64 request body is itself the signed message.
public enum RequestSigning {
    /// Encodes the JSON body (never escaping `/`, which the gateway's own encoder does not do), base64s it,
    /// and signs the base64 text under the merchant secret.
    public static func encode(_ body: JSONValue, merchantSecret: [UInt8]) -> (base64: String, xVerify: String) {
        let b64 = Base64.encode(JSONWriter.bytes(body))
        return (b64, SignedFields.sign(b64, key: merchantSecret))
    }
}
