import Foundation
import Support

/// The v2 hosted-checkout API: accept payment (and, in the seamless flow, process payment).
extension PluralGateway {
    /// POST {PG}/api/v2/accept/payment with `{"request": base64(JSON)}` and `X-VERIFY`.
    /// Not retried once sent.
    public func acceptPayment(_ params: JSONObject) async throws -> JSONValue {
        let p = Params(params)
        let merchant = try p.object("merchant_data")
        _ = try merchant.string("unique_merchant_txn_id", maxLength: 100)
        _ = try merchant.string("merchant_return_url", maxLength: 500)
        let amount = try p.object("payment_data").paise("amount_in_paisa")
        let txn = try p.object("txn_data")
        for f in ["navigation_mode", "payment_mode", "transaction_type"] where !txn.has(f) {
            throw ValidationError(field: txn.field(f), reason: "is required")
        }
        _ = try p.optionalObject("customer_data")
        _ = try p.optionalObject("udf_data")
        if p.has("product_details") {
            // The seed's rule: the products' amounts must add up to the cart value.
            var total: Int64 = 0
            for product in try p.objects("product_details") {
                _ = try product.string("product_code", maxLength: 50)
                let v = try Self.paiseOrNumericString(product, "product_amount")
                let (sum, overflow) = total.addingReportingOverflow(v)
                guard !overflow else { throw ValidationError(field: product.field("product_amount"), reason: "is too large") }
                total = sum
            }
            guard total == amount else {
                throw ValidationError(field: "product_details", reason: "product_amount values add up to \(total), not payment_data.amount_in_paisa (\(amount))")
            }
        }
        let answer = try await sendSigned(name: "acceptPayment", host: .pg, path: "/api/v2/accept/payment", params, merchantData: merchant)
        try Self.requireSuccess(answer)
        return answer.json
    }

    /// POST {PG}/api/v2/process/payment?token=… (seamless checkout, after acceptPayment with navigation_mode 7).
    /// Answers one of three forms, named in `kind`: `redirect` (send the customer to redirect_url),
    /// `upi_intent` (deep_link / short_link), or `acknowledged` (UPI collect: the customer is notified).
    public func processPayment(_ params: JSONObject) async throws -> JSONValue {
        let p = Params(params)
        let rawToken = try p.string("token", maxLength: 500)
        let instruments = ["card_data", "netbanking_data", "upi_data", "wallet_data"].filter { p.has($0) }
        guard instruments.count == 1 else {
            throw ValidationError(field: "card_data", reason: "exactly one of card_data, netbanking_data, upi_data, wallet_data is required")
        }
        switch instruments[0] {
        case "card_data":
            let card = try p.object("card_data")
            try CardCheck.validate(Params(JSONObject([
                JSONObject.Member(key: "card_number", value: card.object["card_number"] ?? .null),
            ]), path: card.path))
            let cvv = try card.string("cvv", maxLength: 4)
            guard (3...4).contains(cvv.count), cvv.allSatisfy({ $0.isASCII && $0.isNumber }) else {
                throw ValidationError(field: card.field("cvv"), reason: "must be 3 or 4 digits")
            }
            try CardCheck.expiry(month: try card.string("card_expiry_month", maxLength: 2), year: try card.string("card_expiry_year", maxLength: 4),
                                 monthField: card.field("card_expiry_month"), yearField: card.field("card_expiry_year"))
            _ = try card.string("card_holder_name", maxLength: 100)
        case "netbanking_data":
            _ = try p.object("netbanking_data").string("pay_code", maxLength: 20)
        case "upi_data":
            let upi = try p.object("upi_data")
            if upi.has("vpa") {
                let vpa = try upi.string("vpa")
                guard vpa.contains("@") else { throw ValidationError(field: upi.field("vpa"), reason: "must look like name@bank") }
            }
        default:
            _ = try p.object("wallet_data")
        }
        // The accept-payment token arrives URL-encoded; normalise so it is encoded exactly once.
        let token = FormURL.escape(rawToken.removingPercentEncoding ?? rawToken)
        var body = params
        body["token"] = nil
        var call = APICall(name: "processPayment", method: "POST", host: .pg, path: "/api/v2/process/payment?token=\(token)",
                           body: .object(body), retry: .notSentOnly)
        call.bearer = false
        let answer = try await client.send(call)
        try Self.requireSuccess(answer)
        guard case .object(var result) = answer.json else {
            throw GatewayError.malformedAnswer(httpStatus: answer.status, reason: "the process-payment answer is not an object")
        }
        if result["deep_link"] != nil || result["pg_upi_unique_request_id"] != nil {
            result["kind"] = "upi_intent"
        } else if result["redirect_url"] != nil {
            result["kind"] = "redirect"
        } else {
            result["kind"] = "acknowledged"
        }
        return .object(result)
    }

    /// v2 sends some amounts as numeric strings ("1000"); both forms are accepted, never a fraction.
    static func paiseOrNumericString(_ p: Params, _ name: String) throws(ValidationError) -> Int64 {
        if case .string(let s)? = p.object[name] {
            guard let v = Int64(s), v > 0, !s.hasPrefix("+") else {
                throw ValidationError(field: p.field(name), reason: "must be an integer number of paise greater than 0")
            }
            return v
        }
        return try p.paise(name)
    }
}
