import Support

/// Payments against an order (`/api/pay/v1/orders/{order_id}/payments`).
extension PluralOperation {
    static let payments: [PluralOperation] = [
        PluralOperation(
            "createPayment", tag: "payments",
            summary: "Create a payment against an order; answers the order with challenge_url, where the customer completes it.",
            description: """
            Card details pass through to Plural and nowhere else: never logged, never echoed. Each payment's \
            merchant_payment_reference is its idempotency key: a repeat returns the order as it stands, so the call \
            is retried like createOrder.
            """,
            routes: [Route("POST", "/api/pay/v1/orders/{order_id}/payments")],
            params: [
                Param.path("order_id", "The order to pay."),
                Param("payments", required: true, Schema.array(Schema.ref("PaymentRequest"), minItems: 1)),
            ],
            passesThroughParams: true, result: "order", answer: Schema.ref("Order"),
            retry: .idempotentByReference, reference: "payments[].merchant_payment_reference", movesMoney: true,
            // Taken effect when the order lists a payment with one of these references.
            reconciliation: .read("getOrder", ["order_id": "order_id"], identifiers: ["order_id", "payments[].merchant_payment_reference"], shows: { order, ids in
                let wanted = ids["payments[].merchant_payment_reference"]?.referenceTexts ?? []
                return (order["payments"]?.arrayValue ?? []).contains { p in p["merchant_payment_reference"]?.referenceTexts.contains { wanted.contains($0) } ?? false }
            }),
            rule: { p throws(ValidationError) in
                for payment in try p.objects("payments") { try PaymentRules.check(payment) }
            }),
    ]
}

/// The request shapes of a payment, from the definition's `PaymentRequestItem`.
extension Components {
    static let paymentRequest = Schema.object([
        "merchant_payment_reference": Schema.reference("Your unique reference for this payment: its idempotency key."),
        "payment_method": Schema.enumeration(paymentMethods, "How the customer pays."),
        "payment_amount": Schema.ref("Amount"),
        "payment_option": Schema.ref("PaymentOption"),
        "offer_data": Schema.ref("OfferData"),
        "device_info": Schema.object([
            "operating_system": Schema.string, "source_ip_address": Schema.string, "browser_ip_address": Schema.string,
            "browser_user_agent": Schema.string, "device_model": Schema.string, "device_manufacturer": Schema.string,
        ]),
    ], required: ["merchant_payment_reference", "payment_method"])

    static let paymentOption = Schema.object([
        "card_details": Schema.object([
            "name": Schema.string,
            "card_number": Schema.string("PAN, 12 to 19 digits without separators; never logged or returned.", pattern: "^[0-9]{12,19}$"),
            "cvv": Schema.string("3 or 4 digits.", pattern: "^[0-9]{3,4}$"),
            "expiry_month": Schema.string("MM", pattern: "^(0[1-9]|1[0-2])$"),
            "expiry_year": Schema.string("YYYY", pattern: "^[0-9]{4}$"),
            "registered_mobile_number": Schema.string,
        ], required: ["card_number"]),
        "card_token_details": Schema.object([
            "token": Schema.string("The network or issuer token."), "token_txn_type": Schema.string("e.g. ALT_TOKEN, NETWORK_TOKEN."),
            "last4_digit": Schema.string, "expiry_month": Schema.string("MM", pattern: "^(0[1-9]|1[0-2])$"),
            "expiry_year": Schema.string("YYYY", pattern: "^[0-9]{4}$"), "cvv": Schema.string("3 or 4 digits.", pattern: "^[0-9]{3,4}$"),
            "token_id": Schema.string,
        ], required: ["token", "token_txn_type"]),
        "cardless_details": Schema.object([
            "pan_number": Schema.string("The customer's PAN (tax id) for cardless EMI."), "registered_mobile_number": Schema.string,
        ], required: ["pan_number", "registered_mobile_number"]),
        "points_card_details": Schema.object([
            "card_last4": Schema.string, "card_number": Schema.string("Never logged or returned.", pattern: "^[0-9]{12,19}$"),
            "registered_mobile_number": Schema.string,
        ], required: ["card_last4", "card_number", "registered_mobile_number"]),
        "bnpl_details": Schema.object(["mobile": Schema.string, "bnpl_pay_code": Schema.string], required: ["mobile", "bnpl_pay_code"]),
        "upi_details": Schema.object([
            "txn_mode": Schema.enumeration(["COLLECT", "INTENT"], "UPI flow."),
            "payer": Schema.object(["vpa": Schema.string("name@bank, for COLLECT.", maxLength: 255), "phone_number": Schema.string]),
        ], required: ["txn_mode"]),
        "netbanking_details": Schema.object(["pay_code": Schema.string("Bank code, e.g. NB1493.", maxLength: 20)], required: ["pay_code"]),
        "wallet_details": Schema.anyObject,
    ], description: "The instrument: one of card_details, card_token_details, cardless_details, points_card_details, bnpl_details, upi_details, netbanking_details, wallet_details.")
}

/// What one payment needs beyond its shape: the instrument its method takes, a live card, an EMI offer.
enum PaymentRules {
    /// The instruments each method accepts (any one of them).
    static let instruments: [String: [String]] = [
        "CARD": ["card_details", "card_token_details"],
        "CREDIT_EMI": ["card_details", "card_token_details"],
        "DEBIT_EMI": ["card_details", "card_token_details"],
        "CARDLESS_EMI": ["cardless_details"],
        "UPI": ["upi_details"],
        "NETBANKING": ["netbanking_details"],
        "WALLET": ["wallet_details"],
        "POINTS": ["points_card_details"],
        "BNPL": ["bnpl_details"],
    ]
    static let needsOffer: Set<String> = ["CREDIT_EMI", "DEBIT_EMI", "CARDLESS_EMI"]

    static func check(_ p: Params) throws(ValidationError) {
        let method = try p.enumeration("payment_method", Components.paymentMethods)
        if needsOffer.contains(method) && !p.has("offer_data") {
            throw ValidationError(field: p.field("offer_data"), reason: "is required for \(method) (the offer chosen from offer discovery)")
        }
        guard let accepted = instruments[method] else { return }
        guard let option = try p.optionalObject("payment_option") else {
            throw ValidationError(field: p.field("payment_option"), reason: "is required for \(method)")
        }
        guard accepted.contains(where: option.has) else {
            throw ValidationError(field: option.field(accepted[0]), reason: "is required for \(method)\(accepted.count > 1 ? " (or \(accepted.dropFirst().joined(separator: ", ")))" : "")")
        }
        if let card = try option.optionalObject("card_details") { try CardCheck.validate(card) }
        if let upi = try option.optionalObject("upi_details"), try upi.enumeration("txn_mode", ["COLLECT", "INTENT"]) == "COLLECT" {
            let payer = try upi.object("payer")
            let vpa = try payer.string("vpa", maxLength: 255)
            guard vpa.contains("@"), !vpa.hasPrefix("@"), !vpa.hasSuffix("@") else {
                throw ValidationError(field: payer.field("vpa"), reason: "must look like name@bank")
            }
        }
    }
}
