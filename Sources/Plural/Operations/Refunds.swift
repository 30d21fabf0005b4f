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
            // A refund is an order of its own: found by its reference.
            reconciliation: .read("getOrder", ["merchant_order_reference": "merchant_order_reference"], identifiers: ["order_id", "merchant_order_reference"],
                                  shows: { refund, _ in refund["type"] == "REFUND" }),
            refundLimit: RefundLimit(
                parent: { $0["order_id"]?.stringValue },
                requested: { $0["order_amount"]?["value"]?.numberValue?.int64 },
                read: { gateway, p in
                    guard let getOrder = OperationCatalog.named("getOrder") else { return RefundLimit.Reading(captured: 0, refunded: 0) }
                    return RefundLimit.reading(order: try await gateway.call(getOrder, ["order_id": p["order_id"] ?? .null]))
                }),
            rule: { p throws(ValidationError) in
                if p.has("order_amount"), try p.object("order_amount").paise("value") < 100 {
                    throw ValidationError(field: "order_amount.value", reason: "must be at least 100 paise (Plural refuses refunds under ₹1)")
                }
            }),
    ]
}
