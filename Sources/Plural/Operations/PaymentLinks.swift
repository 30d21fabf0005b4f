import Support

/// Payment links (`/api/pay/v1/paymentlink…`).
extension PluralOperation {
    static let paymentLinks: [PluralOperation] = [
        PluralOperation(
            "createPaymentLink", tag: "payment-links",
            summary: "Create a payment link to share with a customer. A repeated merchant_payment_link_reference returns the existing link.",
            routes: [Route("POST", "/api/pay/v1/paymentlink")],
            params: [
                Param("amount", required: true, Schema.ref("Amount")),
                Param("merchant_payment_link_reference", required: true,
                      Schema.reference("Your unique reference; a repeat returns the existing link (so the call is safely retried).")),
                Param("description", Schema.string("Shown to the customer.", maxLength: 500)),
                Param("expire_by", Schema.string("ISO-8601 UTC expiry, at most 180 days ahead.", maxLength: 40)),
                Param("allowed_payment_methods", Schema.array(Schema.enumeration(Components.linkPaymentMethods, "A payment method (not CARDLESS_EMI)."))),
                Param("pre_auth", Schema.enumeration(["true", "false"], "\"true\" to authorise and capture later: a string, as Plural's definition has it.")),
                Param("is_mcc_transaction", Schema.string),
                Param("customer", Schema.ref("Customer")),
                Param("product_details", Schema.array(Schema.anyObject)),
                Param("cart_coupon_discount_amount", Schema.ref("Amount")),
                Param("merchant_metadata", Schema.stringMap("Your own key/value strings, kept with the link.")),
                Param("split_info", Schema.anyObject),
                Param("account_details", Schema.anyObject),
                Param("callback_url", Schema.string("Return URL after payment.", maxLength: 2048)),
                Param("failure_callback_url", Schema.string("Return URL after a failed payment.", maxLength: 2048)),
                Param("part_payment", Schema.boolean),
                Param("cart_details", Schema.ref("CartDetails")),
            ],
            passesThroughParams: true, result: "payment_link", answer: Schema.ref("PaymentLink"),
            retry: .idempotentByReference, reference: "merchant_payment_link_reference", movesMoney: true,
            reconciliation: .read("getPaymentLink", ["merchant_payment_link_reference": "merchant_payment_link_reference"],
                                  identifiers: ["merchant_payment_link_reference"], shows: { _, _ in true })),
        PluralOperation(
            "getPaymentLink", tag: "payment-links",
            summary: "Fetch a payment link by payment_link_id or merchant_payment_link_reference.",
            routes: [Route("GET", "/api/pay/v1/paymentlink/{payment_link_id}"),
                     Route("GET", "/api/pay/v1/paymentlink/ref/{merchant_payment_link_reference}")],
            params: [
                Param.path("payment_link_id", "Plural's link id.", required: false),
                Param.path("merchant_payment_link_reference", "Your reference for the link.", required: false, reference: true),
            ],
            result: "payment_link", answer: Schema.ref("PaymentLink"), retry: .read),
        PluralOperation(
            "cancelPaymentLink", tag: "payment-links",
            summary: "Cancel an active payment link.",
            routes: [Route("PUT", "/api/pay/v1/paymentlink/{payment_link_id}/cancel")],
            params: [Param.path("payment_link_id", "The link to cancel.")],
            result: "payment_link", answer: Schema.ref("PaymentLink"), retry: .notSentOnly, movesMoney: true,
            reconciliation: .read("getPaymentLink", ["payment_link_id": "payment_link_id"], identifiers: ["payment_link_id"],
                                  shows: { link, _ in link["status"] == "CANCELLED" })),
        PluralOperation(
            "notifyPaymentLink", tag: "payment-links",
            summary: "Send a CREATED payment link to the customer again, by SMS and email (PATCH /api/pay/v1/paymentlink/{payment_link_id}/notify).",
            routes: [Route("PATCH", "/api/pay/v1/paymentlink/{payment_link_id}/notify")],
            params: [Param.path("payment_link_id", "The link to resend.")],
            result: "payment_link", answer: Schema.ref("PaymentLink"), retry: .notSentOnly),
    ]
}
