import Support

/// Reads and checks a method's params, naming the exact field path on failure.
///
/// Amounts are integer paise: a fraction, an exponent, a string or a value ≤ 0 is refused, never rounded.
/// The upper bound is 2^53−1 so every client language (JavaScript included) holds the value exactly.
public struct Params: Sendable {
    public let object: JSONObject
    public let path: String

    public init(_ object: JSONObject, path: String = "") {
        self.object = object
        self.path = path
    }

    public static let maxPaise: Int64 = 9_007_199_254_740_991

    func field(_ name: String) -> String { path.isEmpty ? name : "\(path).\(name)" }

    public func has(_ name: String) -> Bool {
        if let v = object[name], !v.isNull { return true }
        return false
    }

    public func string(_ name: String, maxLength: Int = 255, allowEmpty: Bool = false) throws(ValidationError) -> String {
        guard let v = object[name], !v.isNull else { throw ValidationError(field: field(name), reason: "is required") }
        guard case .string(let s) = v else { throw ValidationError(field: field(name), reason: "must be a string, not \(v.typeName)") }
        if s.isEmpty && !allowEmpty { throw ValidationError(field: field(name), reason: "must not be empty") }
        if s.count > maxLength { throw ValidationError(field: field(name), reason: "must be at most \(maxLength) characters") }
        return s
    }

    public func optionalString(_ name: String, maxLength: Int = 255) throws(ValidationError) -> String? {
        guard has(name) else { return nil }
        return try string(name, maxLength: maxLength)
    }

    public func paise(_ name: String) throws(ValidationError) -> Int64 {
        guard let v = object[name], !v.isNull else { throw ValidationError(field: field(name), reason: "is required") }
        return try Self.paise(v, field: field(name))
    }

    public static func paise(_ v: JSONValue, field: String) throws(ValidationError) -> Int64 {
        guard case .number(let n) = v else {
            throw ValidationError(field: field, reason: "must be an integer number of paise, not \(v.typeName)")
        }
        guard n.isInteger else { throw ValidationError(field: field, reason: "must be written as an integer number of paise, without a fraction or exponent (amounts are never rounded)") }
        guard let value = n.int64, value <= maxPaise else { throw ValidationError(field: field, reason: "is too large") }
        guard value > 0 else { throw ValidationError(field: field, reason: "must be greater than 0") }
        return value
    }

    public func object(_ name: String) throws(ValidationError) -> Params {
        guard let v = object[name], !v.isNull else { throw ValidationError(field: field(name), reason: "is required") }
        guard case .object(let o) = v else { throw ValidationError(field: field(name), reason: "must be an object, not \(v.typeName)") }
        return Params(o, path: field(name))
    }

    public func optionalObject(_ name: String) throws(ValidationError) -> Params? {
        guard has(name) else { return nil }
        return try object(name)
    }

    public func array(_ name: String, minCount: Int = 1) throws(ValidationError) -> [JSONValue] {
        guard let v = object[name], !v.isNull else { throw ValidationError(field: field(name), reason: "is required") }
        guard case .array(let a) = v else { throw ValidationError(field: field(name), reason: "must be an array, not \(v.typeName)") }
        if a.count < minCount { throw ValidationError(field: field(name), reason: "must have at least \(minCount) element\(minCount == 1 ? "" : "s")") }
        return a
    }

    /// The elements of an array of objects, each with its indexed path.
    public func objects(_ name: String, minCount: Int = 1) throws(ValidationError) -> [Params] {
        var out: [Params] = []
        for (i, e) in try array(name, minCount: minCount).enumerated() {
            guard case .object(let o) = e else {
                throw ValidationError(field: "\(field(name))[\(i)]", reason: "must be an object, not \(e.typeName)")
            }
            out.append(Params(o, path: "\(field(name))[\(i)]"))
        }
        return out
    }

    public func optionalBool(_ name: String) throws(ValidationError) -> Bool? {
        guard has(name) else { return nil }
        guard case .bool(let b) = object[name]! else { throw ValidationError(field: field(name), reason: "must be true or false") }
        return b
    }

    public func enumeration(_ name: String, _ allowed: [String]) throws(ValidationError) -> String {
        let s = try string(name)
        guard allowed.contains(s) else {
            throw ValidationError(field: field(name), reason: "must be one of \(allowed.joined(separator: ", "))")
        }
        return s
    }

    /// `{value, currency}`: integer paise and an ISO 4217 code.
    @discardableResult
    public func amount(_ name: String) throws(ValidationError) -> (value: Int64, currency: String) {
        let a = try object(name)
        let value = try a.paise("value")
        let currency = try a.currency("currency")
        return (value, currency)
    }

    public func currency(_ name: String) throws(ValidationError) -> String {
        let c = try string(name, maxLength: 3)
        guard c.count == 3, c.unicodeScalars.allSatisfy({ $0.value >= 65 && $0.value <= 90 }) else {
            throw ValidationError(field: field(name), reason: "must be a three-letter upper-case ISO 4217 code such as INR")
        }
        guard Self.currencies.contains(c) else {
            throw ValidationError(field: field(name), reason: "is not a currency Plural settles (\(c))")
        }
        return c
    }

    /// Currencies Plural's international acceptance lists; INR is the one that matters in practice.
    static let currencies: Set<String> = [
        "INR", "USD", "EUR", "GBP", "AED", "SGD", "AUD", "CAD", "JPY", "CHF", "HKD", "SAR", "QAR", "KWD",
        "OMR", "BHD", "MYR", "THB", "NZD", "ZAR", "SEK", "DKK", "NOK", "CNY", "LKR", "NPR", "BDT",
    ]
}
