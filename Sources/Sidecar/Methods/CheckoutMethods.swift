import JSONRPC
import Plural
import Support

/// Hosted checkout, pay-by-points and payment links.
enum CreateCheckout: SidecarMethod {
    static let passesThroughParams = true
    static let name = "createCheckout"
    static let summary = "Create a hosted-checkout order; answers the redirect_url to send the customer to."
    static let params = [
        Param("order_amount", required: true, Schema.object(["value": Schema.paise(), "currency": Schema.string,
                                                              "merchant_order_reference": Schema.string("Accepted here too, as Plural's sample sends it.")],
                                                             required: ["value", "currency"])),
        Param("merchant_order_reference", Schema.string("Your unique reference (here or inside order_amount).")),
        Param("pre_auth", Schema.boolean),
        Param("purchase_details", Schema.ref("PurchaseDetails")),
    ]
    static let resultName = "checkout"
    static let result = Schema.ref("CheckoutSession")
    static let errors: [ErrorCode] = GatewayCall.errors
    static func handler(_ c: MethodContext) -> RPCHandler { .async { try await c.gateway.createCheckout($0) } }
}

enum CheckPointBalance: SidecarMethod {
    static let passesThroughParams = true
    static let name = "checkPointBalance"
    static let summary = "Check a card's reward-points balance and eligibility (POST /payment-option). Get the customer's consent before redeeming."
    static let params = [
        Param("payment_option", required: true, Schema.object(["points_card_details": Schema.object([
            "card_last4": Schema.string, "card_number": Schema.string("Never logged or returned."), "registered_mobile_number": Schema.string,
        ])], required: ["points_card_details"])),
        Param("order_details", required: true, Schema.object(["order_amount": Schema.ref("Amount")], required: ["order_amount"])),
    ]
    static let resultName = "balance"
    static let result = Schema.ref("PointBalance")
    static let errors: [ErrorCode] = GatewayCall.errors
    static func handler(_ c: MethodContext) -> RPCHandler { .async { try await c.gateway.checkPointBalance($0) } }
}

enum CreatePaymentLink: SidecarMethod {
    static let passesThroughParams = true
    static let name = "createPaymentLink"
    static let summary = "Create a payment link to share with a customer."
    static let params = [
        Param("amount", required: true, Schema.ref("Amount")),
        Param("merchant_payment_link_reference", required: true,
              Schema.string("Your unique reference; a repeat returns the existing link (so the call is safely retried).", maxLength: 50)),
        Param("description", Schema.string),
        Param("expire_by", Schema.string("ISO-8601 UTC expiry, at most 180 days ahead.")),
        Param("customer", Schema.ref("Customer")),
        Param("allowed_payment_methods", Schema.array(Schema.enumeration(PaymentMethod.all, "A payment method."))),
        Param("callback_url", Schema.string),
        Param("failure_callback_url", Schema.string),
        Param("product_details", Schema.array(Schema.anyObject)),
        Param("merchant_metadata", Schema.anyObject),
    ]
    static let resultName = "payment_link"
    static let result = Schema.ref("PaymentLink")
    static let errors: [ErrorCode] = GatewayCall.errors
    static func handler(_ c: MethodContext) -> RPCHandler { .async { try await c.gateway.createPaymentLink($0) } }
}

enum GetPaymentLink: SidecarMethod {
    static let name = "getPaymentLink"
    static let summary = "Fetch a payment link by payment_link_id or merchant_payment_link_reference."
    static let params = [Param("payment_link_id", Schema.string), Param("merchant_payment_link_reference", Schema.string)]
    static let resultName = "payment_link"
    static let result = Schema.ref("PaymentLink")
    static let errors: [ErrorCode] = GatewayCall.errors
    static func handler(_ c: MethodContext) -> RPCHandler { .async { try await c.gateway.getPaymentLink($0) } }
}

enum CancelPaymentLink: SidecarMethod {
    static let name = "cancelPaymentLink"
    static let summary = "Cancel an active payment link."
    static let params = [Param("payment_link_id", required: true, Schema.string)]
    static let resultName = "payment_link"
    static let result = Schema.ref("PaymentLink")
    static let errors: [ErrorCode] = GatewayCall.errors
    static func handler(_ c: MethodContext) -> RPCHandler { .async { try await c.gateway.cancelPaymentLink($0) } }
}
