import Support

/// Payment links (`/api/pay/v1/paymentlink…`).
extension PluralGateway {
    /// POST /api/pay/v1/paymentlink. Idempotent by `merchant_payment_link_reference` (a repeat returns the
    /// existing link), so retried on transient failures like createOrder.
    public func createPaymentLink(_ params: JSONObject) async throws -> JSONValue {
        let p = Params(params)
        try p.amount("amount")
        try Self.merchantReference(p, "merchant_payment_link_reference")
        _ = try p.optionalString("description", maxLength: 500)
        _ = try p.optionalString("expire_by", maxLength: 40)
        let call = APICall(name: "createPaymentLink", method: "POST", path: "/api/pay/v1/paymentlink", body: .object(params), retry: .idempotentByReference)
        return try await perform(call, as: PaymentLink.self)
    }

    /// GET by `payment_link_id`, or by `merchant_payment_link_reference`.
    public func getPaymentLink(_ params: JSONObject) async throws -> JSONValue {
        let path = try Self.lookupPath(Params(params), id: "payment_link_id", byID: "/api/pay/v1/paymentlink/",
                                       reference: "merchant_payment_link_reference", byReference: "/api/pay/v1/paymentlink/ref/")
        return try await perform(APICall(name: "getPaymentLink", method: "GET", path: path, retry: .read), as: PaymentLink.self)
    }

    /// PUT /api/pay/v1/paymentlink/{id}/cancel.
    public func cancelPaymentLink(_ params: JSONObject) async throws -> JSONValue {
        let id = try Params(params).pathID("payment_link_id")
        let call = APICall(name: "cancelPaymentLink", method: "PUT", path: "/api/pay/v1/paymentlink/\(Self.segment(id))/cancel", retry: .notSentOnly)
        return try await perform(call, as: PaymentLink.self)
    }
}
