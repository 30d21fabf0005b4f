/// An order as Plural returns it (`data` of the orders API). A refund is an order too, with
/// `type == "REFUND"` and a `parent_order_id`.
///
/// These typed fields are checked on every answer; the sidecar's result is still the gateway's whole
/// object, so fields not modelled here are passed through, not dropped.
public struct Order: Codable, Sendable {
    public var orderId: String
    public var merchantOrderReference: FlexibleString?
    public var type: String?
    public var status: OrderStatus
    public var merchantId: FlexibleString?
    public var orderAmount: Amount?
    public var preAuth: Bool?
    public var challengeUrl: String?
    public var parentOrderId: String?
    public var payments: [Payment]?
    public var createdAt: String?
    public var updatedAt: String?
}

public struct Payment: Codable, Sendable {
    public var id: String
    public var status: PaymentStatus
    public var paymentAmount: Amount?
    public var paymentMethod: String?
    public var merchantPaymentReference: FlexibleString?
    public var captureData: [CaptureData]?
    public var createdAt: String?
    public var updatedAt: String?
}

public struct CaptureData: Codable, Sendable {
    public var merchantCaptureReference: FlexibleString?
    public var captureAmount: Amount?
    public var createdAt: String?
}

