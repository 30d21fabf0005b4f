import Support

/// Hosted checkout (`/api/checkout/v1/orders`).
extension PluralOperation {
    static let checkout: [PluralOperation] = [
        PluralOperation(
            "createCheckout", tag: "checkout",
            summary: "Create a hosted-checkout order; answers the redirect_url to send the customer to.",
            description: "Idempotent by merchant_order_reference, like createOrder, so it is retried on transient failures.",
            routes: [Route("POST", "/api/checkout/v1/orders")],
            params: [
                Param("merchant_order_reference", required: true, Schema.reference("Your unique reference for this order.")),
                Param("order_amount", required: true, Schema.ref("Amount")),
                Param("integration_mode", Schema.string("e.g. REDIRECT or IFRAME.")),
                Param("pre_auth", Schema.boolean),
                Param("allowed_payment_methods", Schema.array(Schema.enumeration(Components.linkPaymentMethods, "A payment method (not CARDLESS_EMI)."))),
                Param("notes", Schema.string("Free text kept with the order.")),
                Param("callback_url", Schema.string("Return URL for this order.", maxLength: 2048)),
                Param("failure_callback_url", Schema.string("Return URL after a failed payment.", maxLength: 2048)),
                Param("purchase_details", Schema.ref("PurchaseDetails")),
            ],
            passesThroughParams: true, result: "checkout", answer: Schema.ref("CheckoutSession"),
            retry: .idempotentByReference, reference: "merchant_order_reference", movesMoney: true,
            // The order behind the session shows it was made; the session itself is fetched again by repeating the
            // create, which Plural answers with the first session for the same reference.
            reconciliation: Reconciliation(identifiers: ["merchant_order_reference"]) { gateway, ids, params in
                guard let reference = ids["merchant_order_reference"] else { return .cannotTell }
                let order = await Reconciliation.readEffect(gateway, "getOrder", ["merchant_order_reference": reference]) { _ in true }
                guard case .applied = order else { return order }
                guard let params, let create = OperationCatalog.named("createCheckout"),
                      let session = try? await gateway.call(create, params) else { return .applied(nil) }
                return .applied(session)
            },
            rule: { p throws(ValidationError) in
                // Plural's definition has the reference at the top level only (an older sample nested it).
                if try p.object("order_amount").has("merchant_order_reference") {
                    throw ValidationError(field: "order_amount.merchant_order_reference", reason: "belongs at the top level (merchant_order_reference)")
                }
            }),
    ]
}
