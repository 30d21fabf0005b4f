import Support

/// Orders (`/api/pay/v1/orders…`): create, read, capture, cancel.
extension PluralOperation {
    static let orders: [PluralOperation] = [
        PluralOperation(
            "createOrder", tag: "orders",
            summary: "Create an order (POST /api/pay/v1/orders). A repeated merchant_order_reference returns the existing order.",
            routes: [Route("POST", "/api/pay/v1/orders")],
            params: [
                Param("merchant_order_reference", required: true, Schema.reference("Your unique reference for this order (≤ 50 characters).")),
                Param("order_amount", required: true, Schema.ref("Amount"), "Amount in integer paise."),
                Param("pre_auth", Schema.boolean, "true to authorise now and capture later (capture/cancel need it)."),
                Param("allowed_payment_methods", Schema.array(Schema.enumeration(Components.paymentMethods, "A payment method.")), "Limit the methods offered."),
                Param("notes", Schema.string("Free text kept with the order.")),
                Param("callback_url", Schema.string("Return URL for this order (overrides the dashboard setting).", maxLength: 2048)),
                Param("failure_callback_url", Schema.string("Return URL after a failed payment.", maxLength: 2048)),
                Param("purchase_details", Schema.ref("PurchaseDetails")),
                Param("split_info", Schema.ref("SplitRequest"), "How the amount is split between settlement accounts (parts with on_hold wait for releaseSettlement)."),
                Param("is_mcc_transaction", Schema.string("\"true\" for a multi-currency order.")),
                Param("base_amount", Schema.ref("Amount"), "For a multi-currency order: the amount in the base currency."),
                Param("cart_coupon_discount_amount", Schema.ref("Amount")),
            ],
            passesThroughParams: true, result: "order", answer: Schema.ref("Order"),
            retry: .idempotentByReference, reference: "merchant_order_reference", movesMoney: true,
            reconciliation: .read("getOrder", ["merchant_order_reference": "merchant_order_reference"], identifiers: ["merchant_order_reference"],
                                  shows: { _, _ in true }),
            rule: { p throws(ValidationError) in
                // Plural's definition has these inside purchase_details; at the top level they would be ignored.
                for misplaced in ["merchant_metadata", "cart_details"] where p.has(misplaced) {
                    throw ValidationError(field: misplaced, reason: "belongs inside purchase_details (purchase_details.\(misplaced))")
                }
            }),
        PluralOperation(
            "getOrder", tag: "orders",
            summary: "Fetch an order by order_id, or by merchant_order_reference.",
            routes: [Route("GET", "/api/pay/v1/orders/{order_id}"),
                     Route("GET", "/api/pay/v1/orders/reference/{merchant_order_reference}")],
            params: [
                Param.path("order_id", "Plural's order id.", required: false),
                Param.path("merchant_order_reference", "Your reference, when you do not have the order id (e.g. after a timeout).",
                           required: false, reference: true),
            ],
            result: "order", answer: Schema.ref("Order"), retry: .read),
        PluralOperation(
            "capture", tag: "orders",
            summary: "Capture an AUTHORIZED (pre_auth) order, wholly or in part. Not retried once sent.",
            routes: [Route("PUT", "/api/pay/v1/orders/{order_id}/capture")],
            params: [
                Param.path("order_id", "The order to capture."),
                Param("merchant_capture_reference", required: true, Schema.reference("Your reference for this capture.")),
                Param("capture_amount", Schema.ref("Amount"), "Defaults to the whole authorised amount."),
            ],
            passesThroughParams: true, result: "order", answer: Schema.ref("Order"), retry: .notSentOnly,
            reference: "merchant_capture_reference", movesMoney: true,
            // Taken effect when the order lists a capture with this reference.
            reconciliation: .read("getOrder", ["order_id": "order_id"], identifiers: ["order_id", "merchant_capture_reference"], shows: { order, ids in
                let wanted = ids["merchant_capture_reference"]?.referenceTexts ?? []
                return (order["payments"]?.arrayValue ?? []).contains { p in
                    (p["capture_data"]?.arrayValue ?? []).contains { c in c["merchant_capture_reference"]?.referenceTexts.contains { wanted.contains($0) } ?? false }
                }
            })),
        PluralOperation(
            "cancel", tag: "orders",
            summary: "Cancel an AUTHORIZED (pre_auth) order, releasing the authorisation.",
            routes: [Route("PUT", "/api/pay/v1/orders/{order_id}/cancel")],
            params: [Param.path("order_id", "The order to cancel.")],
            result: "order", answer: Schema.ref("Order"), retry: .notSentOnly, movesMoney: true,
            reconciliation: .read("getOrder", ["order_id": "order_id"], identifiers: ["order_id"], shows: { order, _ in order["status"] == "CANCELLED" })),
    ]
}
