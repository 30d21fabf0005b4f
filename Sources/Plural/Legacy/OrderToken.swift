import Support

/// The v1 order-token API: POST {V1}/api/v1/order/create/1 with `{"request": base64(JSON)}` and `X-VERIFY`.
extension PluralGateway {
    /// Answers `{token, plural_order_id}`; the documented refusals (`1160` hash mismatch, `1130` duplicate
    /// order, …) are -32001 carrying `error_code` and `error_message`. Not retried once sent.
    public func createOrderToken(_ params: JSONObject) async throws -> JSONValue {
        let p = Params(params)
        let merchant = try p.object("merchant_data")
        _ = try merchant.string("merchant_return_url", maxLength: 500)
        _ = try merchant.string("merchant_order_id", maxLength: 200)
        let payment = try p.object("payment_info_data")
        _ = try payment.paise("amount")
        _ = try payment.currency("currency_code")
        _ = try payment.optionalString("order_desc", maxLength: 500)
        let customer = try p.object("customer_data")
        _ = try customer.string("country_code", maxLength: 10)
        _ = try customer.string("mobile_number", maxLength: 20)
        _ = try customer.string("email_id", maxLength: 100)
        if let products = try p.optionalObject("product_info_data"), products.has("product_details") {
            for product in try products.objects("product_details") {
                _ = try product.string("product_code")
                _ = try Self.paiseOrNumericString(product, "product_amount")
            }
        }
        let answer = try await sendSigned(name: "createOrderToken", host: .orderToken, path: "/api/v1/order/create/1", params, merchantData: merchant)
        if answer.json["error_code"] != nil {
            let code = answer.json["error_code"].map(SignedFields.text)
            let message = answer.json["error_message"]?.stringValue
            throw GatewayError.api(httpStatus: answer.status, code: code, message: message,
                                   details: ["error_code": .string(code ?? ""), "error_message": .string(message ?? "")], requestID: answer.requestID)
        }
        let orderID = answer.json["plural_order_id"]
        let idUsable = orderID?.stringValue != nil || (orderID?.numberValue?.isInteger ?? false)
        guard answer.json["token"]?.stringValue != nil, idUsable else {
            throw GatewayError.malformedAnswer(httpStatus: answer.status, reason: "the order-token answer has no token or plural_order_id")
        }
        return answer.json
    }
}
