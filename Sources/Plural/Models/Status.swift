/// An order's status. An open set: Plural's documented values are named, and any value it adds later
/// decodes too instead of failing the whole answer.
public struct OrderStatus: RawRepresentable, Codable, Hashable, Sendable {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }

    public static let created = OrderStatus("CREATED")
    public static let pending = OrderStatus("PENDING")
    public static let authorized = OrderStatus("AUTHORIZED")
    public static let processed = OrderStatus("PROCESSED")
    public static let cancelled = OrderStatus("CANCELLED")
    public static let attempted = OrderStatus("ATTEMPTED")
    public static let failed = OrderStatus("FAILED")
    public static let fullyRefunded = OrderStatus("FULLY_REFUNDED")
    public static let partiallyRefunded = OrderStatus("PARTIALLY_REFUNDED")

    public static let documented: [OrderStatus] = [.created, .pending, .authorized, .processed, .cancelled, .attempted, .failed,
                                                   .fullyRefunded, .partiallyRefunded]
}

/// A payment's status, open like `OrderStatus`.
public struct PaymentStatus: RawRepresentable, Codable, Hashable, Sendable {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }

    public static let pending = PaymentStatus("PENDING")
    public static let authorized = PaymentStatus("AUTHORIZED")
    public static let cancelled = PaymentStatus("CANCELLED")
    public static let processed = PaymentStatus("PROCESSED")
    public static let failed = PaymentStatus("FAILED")

    public static let documented: [PaymentStatus] = [.pending, .authorized, .cancelled, .processed, .failed]
}

/// The `payment_method`s Plural's v3 API takes.
public enum PaymentMethod {
    public static let all = ["CARD", "UPI", "NETBANKING", "WALLET", "CREDIT_EMI", "DEBIT_EMI", "CARDLESS_EMI", "POINTS", "BNPL"]
}
