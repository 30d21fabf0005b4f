import Support

/// Refunds (`/api/pay/v1/refunds/{order_id}`). A refund is itself an order, `type: REFUND`.
extension PluralOperation {
    static let refunds: [PluralOperation] = [
        PluralOperation(
            "refund", tag: "refunds",
            summary: "Refund a processed order, wholly or in part (at least ₹1). Answers the refund, itself an order of type REFUND.",
            description: """
            Idempotent by the refund's own merchant_order_reference (a repeat returns the refund already made), so \
            it is retried on transient failures. Without order_amount Plural refunds what is left to refund.
            """,
            routes: [Route("POST", "/api/pay/v1/refunds/{order_id}")],
            params: [
                Param.path("order_id", "The order to refund."),
                Param("merchant_order_reference", required: true, Schema.reference("Your unique reference for this refund; a repeat returns the same refund.")),
                Param("order_amount", Schema.ref("Amount"), "Amount to refund in integer paise (≥ 100); the whole refundable amount when absent."),
                Param("merchant_metadata", Schema.stringMap("Your own key/value strings, kept with the refund.")),
                Param("products", Schema.array(Schema.anyObject), "Products refunded (for offers and EMI)."),
                Param("split_info", Schema.anyObject),
            ],
            passesThroughParams: true, result: "refund", answer: Schema.ref("Order"),
            retry: .idempotentByReference, reference: "merchant_order_reference", movesMoney: true,
            rule: { p throws(ValidationError) in
                if p.has("order_amount"), try p.object("order_amount").paise("value") < 100 {
                    throw ValidationError(field: "order_amount.value", reason: "must be at least 100 paise (Plural refuses refunds under ₹1)")
                }
            }),
    ]
}
