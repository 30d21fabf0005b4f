import Support

/// Hosted checkout and pay-by-points (`/api/checkout/v1/orders`, `/payment-option`).
extension PluralGateway {
    /// POST /api/checkout/v1/orders → `{token, order_id, redirect_url, response_code, response_message}`.
    /// The seed's sample puts `merchant_order_reference` inside `order_amount`; both places are accepted.
    /// Not retried once sent: whether a repeated reference returns the same checkout is undocumented.
    public func createCheckout(_ params: JSONObject) async throws -> JSONValue {
        let p = Params(params)
        let amount = try p.object("order_amount")
        _ = try amount.paise("value")
        _ = try amount.currency("currency")
        if p.has("merchant_order_reference") {
            try Self.merchantReference(p, "merchant_order_reference")
        } else {
            try Self.merchantReference(amount, "merchant_order_reference")
        }
        _ = try p.optionalBool("pre_auth")
        _ = try p.optionalObject("purchase_details")
        let call = APICall(name: "createCheckout", method: "POST", path: "/api/checkout/v1/orders", body: .object(params), retry: .notSentOnly)
        return try await perform(call, as: CheckoutSession.self)
    }

    /// POST /payment-option: points balance and eligibility. A read, though a POST: retried.
    public func checkPointBalance(_ params: JSONObject) async throws -> JSONValue {
        let p = Params(params)
        let option = try p.object("payment_option")
        let card = try option.object("points_card_details")
        if card.has("card_number") {
            let digits = try card.string("card_number", maxLength: 23).filter { $0 != " " }
            guard (12...19).contains(digits.count), digits.allSatisfy({ $0.isASCII && $0.isNumber }) else {
                throw ValidationError(field: card.field("card_number"), reason: "must be 12 to 19 digits")
            }
        }
        try p.object("order_details").amount("order_amount")
        let call = APICall(name: "checkPointBalance", method: "POST", path: "/payment-option", body: .object(params), retry: .read)
        return try await perform(call, as: PointBalance.self)
    }
}
