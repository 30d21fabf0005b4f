import JSONRPC
import Plural
import Support

/// The orders API: createOrder, getOrder, createPayment, capture, cancel, refund.
enum CreateOrder: SidecarMethod {
    static let passesThroughParams = true
    static let name = "createOrder"
    static let summary = "Create an order (POST /api/pay/v1/orders). A repeated merchant_order_reference returns the existing order."
    static let params = [
        Param("merchant_order_reference", required: true, Schema.string("Your unique reference for this order (≤ 50 characters).", maxLength: 50)),
        Param("order_amount", required: true, Schema.ref("Amount"), "Amount in integer paise."),
        Param("pre_auth", Schema.boolean, "true to authorise now and capture later (capture/cancel need it)."),
        Param("purchase_details", Schema.ref("PurchaseDetails")),
        Param("callback_url", Schema.string("Return URL for this order (overrides the dashboard setting).")),
        Param("failure_callback_url", Schema.string),
        Param("allowed_payment_methods", Schema.array(Schema.enumeration(PaymentMethod.all, "A payment method.")), "Limit the methods offered."),
        Param("notes", Schema.string("Free text kept with the order.")),
        Param("cart_details", Schema.anyObject),
        Param("merchant_metadata", Schema.anyObject),
    ]
    static let resultName = "order"
    static let result = Schema.ref("Order")
    static let errors: [ErrorCode] = GatewayCall.errors
    static func handler(_ c: MethodContext) -> RPCHandler { .async { try await c.gateway.createOrder($0) } }
}

enum GetOrder: SidecarMethod {
    static let name = "getOrder"
    static let summary = "Fetch an order by order_id, or by merchant_order_reference."
    static let params = [
        Param("order_id", Schema.string("Plural's order id.")),
        Param("merchant_order_reference", Schema.string("Your reference, when you do not have the order id (e.g. after a timeout).")),
    ]
    static let resultName = "order"
    static let result = Schema.ref("Order")
    static let errors: [ErrorCode] = GatewayCall.errors
    static func handler(_ c: MethodContext) -> RPCHandler { .async { try await c.gateway.getOrder($0) } }
}

enum CreatePayment: SidecarMethod {
    static let passesThroughParams = true
    static let name = "createPayment"
    static let summary = "Create a payment against an order; answers the order with challenge_url, where the customer completes it."
    static let params = [
        Param("order_id", required: true, Schema.string),
        Param("payments", required: true, Schema.array(Schema.object([
            "payment_method": Schema.enumeration(PaymentMethod.all, "How the customer pays."),
            "merchant_payment_reference": Schema.string("Your reference for this payment, for reconciliation."),
            "payment_amount": Schema.ref("Amount"),
            "payment_option": Schema.object([
                "card_details": Schema.object(["name": Schema.string, "card_number": Schema.string("PAN; never logged or returned."),
                                               "cvv": Schema.string, "expiry_month": Schema.string("MM"), "expiry_year": Schema.string("YYYY"),
                                               "registered_mobile_number": Schema.string]),
                "upi_details": Schema.object(["txn_mode": Schema.enumeration(["COLLECT", "INTENT"], "UPI flow."),
                                              "payer": Schema.object(["vpa": Schema.string("name@bank, for COLLECT.")])]),
                "netbanking_details": Schema.object(["pay_code": Schema.string("Bank code, e.g. NB1493.")], required: ["pay_code"]),
                "wallet_details": Schema.anyObject,
            ], description: "The instrument: card_details, upi_details, netbanking_details or wallet_details."),
        ], required: ["payment_method", "payment_amount"]), minItems: 1)),
    ]
    static let resultName = "order"
    static let result = Schema.ref("Order")
    static let errors: [ErrorCode] = GatewayCall.errors
    static func handler(_ c: MethodContext) -> RPCHandler { .async { try await c.gateway.createPayment($0) } }
}

enum Capture: SidecarMethod {
    static let passesThroughParams = true
    static let name = "capture"
    static let summary = "Capture an AUTHORIZED (pre_auth) order, wholly or in part. Not retried once sent."
    static let params = [
        Param("order_id", required: true, Schema.string),
        Param("merchant_capture_reference", required: true, Schema.string("Your reference for this capture.", maxLength: 50)),
        Param("capture_amount", Schema.ref("Amount"), "Defaults to the whole authorised amount."),
    ]
    static let resultName = "order"
    static let result = Schema.ref("Order")
    static let errors: [ErrorCode] = GatewayCall.errors
    static func handler(_ c: MethodContext) -> RPCHandler { .async { try await c.gateway.capture($0) } }
}

enum Cancel: SidecarMethod {
    static let name = "cancel"
    static let summary = "Cancel an AUTHORIZED (pre_auth) order, releasing the authorisation."
    static let params = [Param("order_id", required: true, Schema.string)]
    static let resultName = "order"
    static let result = Schema.ref("Order")
    static let errors: [ErrorCode] = GatewayCall.errors
    static func handler(_ c: MethodContext) -> RPCHandler { .async { try await c.gateway.cancel($0) } }
}

enum Refund: SidecarMethod {
    static let passesThroughParams = true
    static let name = "refund"
    static let summary = "Refund a processed order, wholly or in part (at least ₹1). Answers the refund, itself an order of type REFUND."
    static let params = [
        Param("order_id", required: true, Schema.string("The order to refund.")),
        Param("merchant_order_reference", required: true, Schema.string("Your unique reference for this refund; a repeat returns the same refund.", maxLength: 50)),
        Param("order_amount", required: true, Schema.ref("Amount"), "Amount to refund in integer paise (≥ 100)."),
        Param("merchant_metadata", Schema.anyObject),
    ]
    static let resultName = "refund"
    static let result = Schema.ref("Order")
    static let errors: [ErrorCode] = GatewayCall.errors
    static func handler(_ c: MethodContext) -> RPCHandler { .async { try await c.gateway.refund($0) } }
}

/// The errors every call to the gateway can answer with.
enum GatewayCall {
    static let errors: [ErrorCode] = [.gatewayError, .credentialsRefused, .gatewayUnreachable, .settingMissing, .badGatewayAnswer]
}
