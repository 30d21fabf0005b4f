/// Removes what must never be written anywhere: card numbers, CVVs, secrets, tokens, signing keys.
///
/// Two nets. By name: any member whose key names a secret or card data (`card_number`, `pan`, `cvv2`,
/// `security_code`, …) is replaced whole. By shape: any string that looks like a card number (12–19 digits
/// passing the Luhn check, spaces or dashes allowed) is masked to its last four digits, wherever it sits, so
/// a PAN pasted into a free-text field, or echoed under a name nobody expected, is still caught.
public enum Redactor {
    public static let mask = "[REDACTED]"

    /// Lower-cased member names whose values are always replaced.
    static let sensitiveKeys: Set<String> = [
        "card_number", "cvv", "cvc", "card_cvv", "client_secret", "access_token", "refresh_token",
        "authorization", "secret", "secret_key", "merchant_secret", "webhook_secret", "password",
        "plural_client_secret", "plural_secret_key", "plural_merchant_secret", "plural_webhook_secret",
        "x-verify", "dia_secret", "ppc_dia_secret", "signature", "webhook-signature", "token",
        "merchant_access_code", "ppc_merchantaccesscode", "plural_access_code", "request", "pin", "gift_card_number",
        "card_expiry_month", "card_expiry_year", "expiry_month", "expiry_year", "otp", "payment_identifier",
    ]

    /// Names never returned to a caller even if the gateway echoed them. Narrower than `sensitiveKeys`: a
    /// result's `token` (checkout, accept payment) is the whole point of the call.
    /// The merchant access code is included: v2 answers echo it (`ppc_MerchantAccessCode`), and an inquiry
    /// result must not hand it on.
    static let resultSensitiveKeys: Set<String> = ["client_secret", "access_token", "refresh_token", "secret_key", "merchant_secret",
                                                   "merchant_access_code", "ppc_merchantaccesscode", "plural_access_code"]

    /// A result as the caller may see it: credentials and card data removed by name, and card numbers masked
    /// by shape, wherever they sit.
    public static func redactResult(_ value: JSONValue) -> JSONValue {
        switch value {
        case .string(let s): return .string(maskCardNumbers(in: s, standaloneOnly: true))
        case .array(let a): return .array(a.map(redactResult))
        case .object(let o):
            // Most answers hold nothing to redact: keep the object as it is rather than rebuild it.
            guard o.members.contains(where: { m in
                m.value.isContainer || m.value.stringValue.map(mayHoldCardNumber) == true || resultMask(m.key, m.value) != nil
            }) else { return value }
            var out = JSONObject()
            for m in o.members {
                if let masked = resultMask(m.key, m.value) {
                    out.append(m.key, masked)
                } else if case .string = m.value, isIdentifier(key: m.key) {
                    out.append(m.key, m.value)
                } else {
                    out.append(m.key, redactResult(m.value))
                }
            }
            return .object(out)
        default: return value
        }
    }

    /// Members naming an identifier or a link (`order_id`, `merchant_order_reference`, `redirect_url`, …) are
    /// not masked by shape: their values go back to Plural, to the merchant's books or to the customer as they
    /// are, and a reference such as `ORD-1732250000000` passes Luhn one time in ten.
    /// A bank's UTR (`utr_number`, 12 digits, one in ten passing Luhn) is such an identifier too.
    static func isIdentifier(key: String) -> Bool {
        let words = words(of: key)
        guard let last = words.last else { return false }
        return ["id", "ids", "reference", "url", "uri", "link"].contains(last) || words.contains("utr")
    }

    /// The mask that replaces a result member whole, or nil to keep it (and look inside).
    private static func resultMask(_ key: String, _ value: JSONValue) -> JSONValue? {
        if value.isNull { return nil }
        if resultSensitiveKeys.contains(key.lowercased()) { return .string(mask) }
        switch cardData(key: key) {
        case .securityCode?: return .string(mask)
        // A masked form (`411111XXXXXX1111`, `XXXX1111`) is what the gateway should send and is useful to
        // show; a value with the digits of a whole card number is not, Luhn or not.
        case .cardNumber? where digitCount(value) >= 12: return .string(mask)
        default: return nil
        }
    }

    public enum CardData: Sendable { case cardNumber, securityCode }

    /// Names that hold card data, by the words they are made of: `pan`, `card_pan`, `cardNumber`, `card_no`,
    /// `cvv2`, `cvc`, `security_code`, `card_security_code`, …
    public static func cardData(key: String) -> CardData? {
        let words = words(of: key)
        let joined = words.joined()
        if words.contains(where: securityCodeWords.contains) || joined.contains("securitycode") { return .securityCode }
        if words.contains("pan") || joined.contains("cardnumber") || joined.hasSuffix("cardno") || joined.contains("primaryaccountnumber") {
            return .cardNumber
        }
        return nil
    }

    /// A member name's words, lower-cased: split at anything not a letter or digit, and where camelCase turns
    /// upper (`ppc_PinePGTransactionID` → ppc, pine, pgtransaction, id).
    static func words(of key: String) -> [String] {
        var words: [String] = []
        var word = ""
        var previousLower = false
        for c in key {
            if !(c.isLetter || c.isNumber) {
                if !word.isEmpty { words.append(word); word = "" }
                previousLower = false
                continue
            }
            if c.isUppercase && previousLower { words.append(word); word = "" }
            word.append(Character(c.lowercased()))
            previousLower = c.isLowercase || c.isNumber
        }
        if !word.isEmpty { words.append(word) }
        return words
    }

    static let securityCodeWords: Set<String> = ["cvv", "cvv2", "cvc", "cvc2", "cvn", "cvn2", "cav2", "cvd", "csc"]

    private static func digitCount(_ value: JSONValue) -> Int {
        switch value {
        case .string(let s): return s.utf8.reduce(0) { $0 + (isDigit($1) ? 1 : 0) }
        case .number(let n): return n.text.utf8.reduce(0) { $0 + (isDigit($1) ? 1 : 0) }
        default: return 0
        }
    }

    public static func isSensitive(key: String) -> Bool {
        sensitiveKeys.contains(key.lowercased()) || cardData(key: key) != nil
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

    /// Cheap pre-check: most strings have fewer digits than the shortest card number.
    static func mayHoldCardNumber(_ s: String) -> Bool {
        var digitCount = 0
        for b in s.utf8 where isDigit(b) {
            digitCount += 1
            if digitCount >= 12 { return true }
        }
        return false
    }

    /// Masks every run of 12–19 digits (optionally separated by single spaces or dashes) that passes Luhn.
    /// `standaloneOnly` (results) skips runs glued to a letter, as in a hex token (`4b400775977442ec`): a card
    /// number in text stands apart; in logs every run is masked, since masking too much there costs nothing.
    public static func maskCardNumbers(in s: String, standaloneOnly: Bool = false) -> String {
        if !mayHoldCardNumber(s) { return s }

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
            let glued = standaloneOnly && ((i > 0 && isLetter(bytes[i - 1])) || (end < bytes.count && isLetter(bytes[end])))
            if (12...19).contains(digits.count) && luhn(digits) && !glued {
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
    @inline(__always) static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }

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
