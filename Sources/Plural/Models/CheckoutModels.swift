/// The hosted-checkout answer: where to send the customer.
public struct CheckoutSession: Codable, Sendable {
    public var token: String
    public var orderId: String
    public var redirectUrl: String
    public var responseCode: Int?
    public var responseMessage: String?
}

/// Pay-by-points balance and eligibility (`/payment-option`).
public struct PointBalance: Codable, Sendable {
    public var balance: Amount?
    public var redeemableAmount: Amount?
    public var redeemablePoints: Int64?
    public var isEligible: Bool
}

/// A payment link (status CREATED, CLICKED, PAYMENT_INITIATED, PROCESSED, PARTIAL_PROCESSED, EXPIRED, CANCELLED).
public struct PaymentLink: Codable, Sendable {
    public var paymentLinkId: String
    public var paymentLink: String?
    public var status: String?
    public var amount: Amount?
    public var merchantPaymentLinkReference: FlexibleString?
    public var orderId: String?
    public var expireBy: String?
    public var createdAt: String?
}

/// A v1/v2 field that may arrive as a number or as digits in a string (`response_code`, transaction ids).
public struct NumericCode: Codable, Sendable, Equatable {
    public var value: String

    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let i = try? c.decode(Int64.self) { value = String(i); return }
        let s = try c.decode(String.self)
        guard Int64(s) != nil else {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: "not an integer")
        }
        value = s
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(value)
    }
}

/// The v2 accept-payment answer.
public struct AcceptPaymentAnswer: Codable, Sendable {
    public var token: String
    public var responseCode: NumericCode
    public var responseMessage: String?
    public var redirectUrl: String?
}

/// The v2 process-payment answer, in any of its three forms.
public struct ProcessPaymentAnswer: Codable, Sendable {
    public var responseCode: NumericCode
    public var responseMessage: String?
    public var redirectUrl: String?
    public var deepLink: String?
    public var shortLink: String?
    public var pgUpiUniqueRequestId: String?
    public var pinePgTransactionId: NumericCode?
}
