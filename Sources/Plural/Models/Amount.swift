/// `{value, currency}` with `value` in integer paise. Decoding refuses a fraction: JSONDecoder will not
/// turn `10.5` into an `Int64`, so a malformed gateway amount surfaces as -32005 rather than being rounded.
public struct Amount: Codable, Sendable, Equatable {
    public var value: Int64
    public var currency: String

    public init(value: Int64, currency: String = "INR") {
        self.value = value
        self.currency = currency
    }
}

/// A string field Plural sometimes sends as a number (the docs' own samples do it to
/// `merchant_order_reference`). Kept as the string the number was written as.
public struct FlexibleString: Codable, Sendable, Equatable {
    public var value: String

    public init(_ value: String) { self.value = value }

    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let s = try? c.decode(String.self) { value = s }
        else if let i = try? c.decode(Int64.self) { value = String(i) }
        else { value = String(try c.decode(Double.self)) }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(value)
    }
}
