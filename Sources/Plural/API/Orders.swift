import Support

/// Orders: create, read, capture, cancel (`/api/pay/v1/orders…`).
extension PluralGateway {
    /// POST /api/pay/v1/orders. Idempotent by `merchant_order_reference`: a repeat returns the existing
    /// order, so this call is retried on transient failures.
    public func createOrder(_ params: JSONObject) async throws -> JSONValue {
        let p = Params(params)
        try Self.merchantReference(p, "merchant_order_reference")
        try p.amount("order_amount")
        _ = try p.optionalBool("pre_auth")
        _ = try p.optionalObject("purchase_details")
        _ = try p.optionalObject("merchant_metadata")
        _ = try p.optionalString("callback_url", maxLength: 2048)
        _ = try p.optionalString("failure_callback_url", maxLength: 2048)
        let call = APICall(name: "createOrder", method: "POST", path: "/api/pay/v1/orders", body: .object(params), retry: .idempotentByReference)
        return try await perform(call, as: Order.self)
    }

    /// GET by `order_id`, or by `merchant_order_reference` when that is what the caller has.
    public func getOrder(_ params: JSONObject) async throws -> JSONValue {
        let path = try Self.lookupPath(Params(params), id: "order_id", byID: "/api/pay/v1/orders/",
                                       reference: "merchant_order_reference", byReference: "/api/pay/v1/orders/reference/")
        return try await perform(APICall(name: "getOrder", method: "GET", path: path, retry: .read), as: Order.self)
    }

    /// PUT …/capture. Only an AUTHORIZED (pre-auth) order can be captured; `capture_amount` defaults to the
    /// whole authorised amount. Not retried once sent: a second capture must not be risked.
    public func capture(_ params: JSONObject) async throws -> JSONValue {
        let p = Params(params)
        let orderID = try p.pathID("order_id")
        let reference = try p.string("merchant_capture_reference", maxLength: 50)
        var body: JSONObject = ["merchant_capture_reference": .string(reference)]
        if p.has("capture_amount") {
            try p.amount("capture_amount")
            body["capture_amount"] = params["capture_amount"]
        }
        for m in params where !["order_id", "merchant_capture_reference", "capture_amount"].contains(m.key) { body[m.key] = m.value }
        let call = APICall(name: "capture", method: "PUT", path: "/api/pay/v1/orders/\(Self.segment(orderID))/capture",
                           body: .object(body), retry: .notSentOnly)
        return try await perform(call, as: Order.self)
    }

    /// PUT …/cancel (no body). Only an AUTHORIZED order can be cancelled.
    public func cancel(_ params: JSONObject) async throws -> JSONValue {
        let orderID = try Params(params).pathID("order_id")
        let call = APICall(name: "cancel", method: "PUT", path: "/api/pay/v1/orders/\(Self.segment(orderID))/cancel", retry: .notSentOnly)
        return try await perform(call, as: Order.self)
    }

    /// A merchant reference: a non-empty string (or an integer, as Plural's own samples send), ≤ 50 characters.
    static func merchantReference(_ p: Params, _ name: String) throws(ValidationError) {
        if case .number(let n)? = p.object[name], n.isInteger { return }
        _ = try p.string(name, maxLength: 50)
    }

    /// The path of a GET by id, or by the merchant's reference when only that is given (the id wins when
    /// both are).
    static func lookupPath(_ p: Params, id: String, byID: String, reference: String, byReference: String) throws(ValidationError) -> String {
        if p.has(id) { return byID + segment(try p.pathID(id)) }
        if p.has(reference) { return byReference + segment(try referencePathID(p, reference)) }
        throw ValidationError(field: id, reason: "is required (or give \(reference))")
    }

    static func referencePathID(_ p: Params, _ name: String) throws(ValidationError) -> String {
        if case .number(let n)? = p.object[name], n.isInteger { return n.text }
        return try p.pathID(name, maxLength: 50)
    }
}
