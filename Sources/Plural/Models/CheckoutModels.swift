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
