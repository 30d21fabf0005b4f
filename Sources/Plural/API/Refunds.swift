import Support

/// Refunds (`/api/pay/v1/refunds/{order_id}`). A refund is itself an order, `type: REFUND`.
extension PluralGateway {
    /// POST /api/pay/v1/refunds/{order_id}. Idempotent by the refund's own `merchant_order_reference`
    /// (a repeat returns the refund already made), so it is retried on transient failures. Plural rejects
    /// refunds under ₹1 (100 paise); that is checked here before any call.
    public func refund(_ params: JSONObject) async throws -> JSONValue {
        let p = Params(params)
        let orderID = try p.pathID("order_id")
        try Self.merchantReference(p, "merchant_order_reference")
        let amount = try p.amount("order_amount")
        if amount.value < 100 {
            throw ValidationError(field: "order_amount.value", reason: "must be at least 100 paise (Plural refuses refunds under ₹1)")
        }
        _ = try p.optionalObject("merchant_metadata")
        var body = params
        body["order_id"] = nil
        let call = APICall(name: "refund", method: "POST", path: "/api/pay/v1/refunds/\(Self.segment(orderID))", body: .object(body),
                           retry: .idempotentByReference)
        return try await perform(call, as: Order.self)
    }
}
