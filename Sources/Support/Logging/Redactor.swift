/// Removes what must never be written anywhere: card numbers, CVVs, secrets, tokens, signing keys.
///
/// Two nets. By name: any member whose key names a secret is replaced whole. By shape: any string that
/// looks like a card number (13–19 digits passing the Luhn check, spaces or dashes allowed) is masked to its
/// last four digits, wherever it sits, so a PAN pasted into a free-text field is still caught.
public enum Redactor {
    public static let mask = "[REDACTED]"

    /// Lower-cased member names whose values are always replaced.
    static let sensitiveKeys: Set<String> = [
        "card_number", "cvv", "cvc", "card_cvv", "client_secret", "access_token", "refresh_token",
        "authorization", "secret", "secret_key", "merchant_secret", "webhook_secret", "password",
        "plural_client_secret", "plural_secret_key", "plural_merchant_secret", "plural_webhook_secret",
        "x-verify", "dia_secret", "ppc_dia_secret", "signature", "webhook-signature", "token",
        "merchant_access_code", "ppc_merchantaccesscode", "plural_access_code", "request",
        "card_expiry_month", "card_expiry_year", "expiry_month", "expiry_year",
    ]

    /// Names never returned to a caller even if the gateway echoed them. Narrower than `sensitiveKeys`: a
    /// result's `token` (checkout, accept payment) is the whole point of the call.
    static let resultSensitiveKeys: Set<String> = ["card_number", "cvv", "cvc", "card_cvv", "client_secret", "access_token", "refresh_token",
                                                   "secret_key", "merchant_secret"]

    /// A result as the caller may see it: card numbers and credentials removed by name, wherever they sit.
    public static func redactResult(_ value: JSONValue) -> JSONValue {
        switch value {
        case .array(let a): return .array(a.map(redactResult))
        case .object(let o):
            guard o.members.contains(where: { resultSensitiveKeys.contains($0.key.lowercased()) || $0.value.isContainer }) else { return value }
            var out = JSONObject()
            for m in o.members {
                out.append(m.key, resultSensitiveKeys.contains(m.key.lowercased()) && !m.value.isNull ? .string(mask) : redactResult(m.value))
            }
            return .object(out)
        default: return value
        }
    }

    public static func isSensitive(key: String) -> Bool {
        sensitiveKeys.contains(key.lowercased())
    }

    public static func redact(_ value: JSONValue) -> JSONValue {
        switch value {
        case .string(let s): return .string(maskCardNumbers(in: s))
        case .array(let a): return .array(a.map(redact))
        case .object(let o):
            var out = JSONObject()
            for m in o.members {
                out.append(m.key, isSensitive(key: m.key) && !m.value.isNull ? .string(mask) : redact(m.value))
            }
            return .object(out)
        default: return value
        }
    }

    /// Masks every run of 13–19 digits (optionally separated by single spaces or dashes) that passes Luhn.
    public static func maskCardNumbers(in s: String) -> String {
        // Cheap pre-check: most strings have fewer than 13 digits and are returned untouched.
        var digitCount = 0
        for b in s.utf8 where b >= 0x30 && b <= 0x39 { digitCount += 1 }
        if digitCount < 13 { return s }

        let bytes = Array(s.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            guard isDigit(bytes[i]), i == 0 || !isDigit(bytes[i - 1]) else {
                out.append(bytes[i]); i += 1; continue
            }
            // Collect a run of digits with single separators.
            var j = i
            var digits: [UInt8] = []
            var end = i
            while j < bytes.count {
                if isDigit(bytes[j]) {
                    digits.append(bytes[j]); j += 1; end = j
                } else if (bytes[j] == 0x20 || bytes[j] == 0x2D), j + 1 < bytes.count, isDigit(bytes[j + 1]) {
                    j += 1
                } else { break }
            }
            if (13...19).contains(digits.count) && luhn(digits) {
                let last4 = digits.suffix(4)
                out.append(contentsOf: Array("[CARD ****".utf8) + last4 + [UInt8(ascii: "]")])
            } else {
                out.append(contentsOf: bytes[i..<end])
            }
            i = end
        }
        return String(decoding: out, as: UTF8.self)
    }

    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    /// The Luhn checksum over ASCII digits.
    public static func luhn<C: BidirectionalCollection>(_ digits: C) -> Bool where C.Element == UInt8 {
        var sum = 0
        for (k, b) in digits.reversed().enumerated() {
            var d = Int(b) - 0x30
            if k % 2 == 1 { d *= 2; if d > 9 { d -= 9 } }
            sum += d
        }
        return sum % 10 == 0
    }
}
