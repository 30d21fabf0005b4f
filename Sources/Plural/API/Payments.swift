import Glibc
import Support

/// Payments against an order (`/api/pay/v1/orders/{order_id}/payments`).
extension PluralGateway {
    /// POST …/payments. Card details pass through to Plural and nowhere else: never logged, never echoed.
    /// Not retried once sent (no documented idempotency for payments); a `merchant_payment_reference`
    /// lets the caller reconcile with `getOrder` after an unknown outcome.
    public func createPayment(_ params: JSONObject) async throws -> JSONValue {
        let p = Params(params)
        let orderID = try p.pathID("order_id")
        let payments = try p.objects("payments")
        for payment in payments { try Self.validatePayment(payment) }
        var body = params
        body["order_id"] = nil
        let call = APICall(name: "createPayment", method: "POST", path: "/api/pay/v1/orders/\(Self.segment(orderID))/payments",
                           body: .object(body), retry: .notSentOnly)
        return try await perform(call, as: Order.self)
    }

    static func validatePayment(_ p: Params) throws(ValidationError) {
        let method = try p.enumeration("payment_method", PaymentMethod.all)
        try p.amount("payment_amount")
        if p.has("merchant_payment_reference") { try merchantReference(p, "merchant_payment_reference") }
        let option = try p.optionalObject("payment_option")
        switch method {
        case "CARD", "CREDIT_EMI", "DEBIT_EMI":
            guard let option else { throw ValidationError(field: p.field("payment_option"), reason: "is required for \(method)") }
            if let card = try option.optionalObject("card_details") {
                try CardCheck.validate(card)
            } else if !option.has("card_token_details") && !option.has("cardless_details") {
                throw ValidationError(field: option.field("card_details"), reason: "is required for \(method)")
            }
        case "UPI":
            guard let option else { throw ValidationError(field: p.field("payment_option"), reason: "is required for UPI") }
            let upi = try option.object("upi_details")
            let mode = try upi.enumeration("txn_mode", ["COLLECT", "INTENT"])
            if mode == "COLLECT" {
                let payer = try upi.object("payer")
                let vpa = try payer.string("vpa", maxLength: 255)
                guard vpa.contains("@"), !vpa.hasPrefix("@"), !vpa.hasSuffix("@") else {
                    throw ValidationError(field: payer.field("vpa"), reason: "must look like name@bank")
                }
            }
        case "NETBANKING":
            guard let option else { throw ValidationError(field: p.field("payment_option"), reason: "is required for NETBANKING") }
            _ = try option.object("netbanking_details").string("pay_code", maxLength: 20)
        case "WALLET":
            guard let option else { throw ValidationError(field: p.field("payment_option"), reason: "is required for WALLET") }
            _ = try option.object("wallet_details")
        default:
            break
        }
    }
}

/// Checks on card details before they leave the process. Only shapes are checked, and error reasons never
/// quote the value.
public enum CardCheck {
    public static func validate(_ card: Params) throws(ValidationError) {
        let number = try card.string("card_number", maxLength: 23)
        let digits = number.filter { $0 != " " && $0 != "-" }
        guard digits.allSatisfy({ $0.isASCII && $0.isNumber }), (12...19).contains(digits.count) else {
            throw ValidationError(field: card.field("card_number"), reason: "must be 12 to 19 digits")
        }
        guard Redactor.luhn(Array(digits.utf8)) else {
            throw ValidationError(field: card.field("card_number"), reason: "fails the Luhn check")
        }
        if card.has("cvv") {
            let cvv = try card.string("cvv", maxLength: 4)
            guard (3...4).contains(cvv.count), cvv.allSatisfy({ $0.isASCII && $0.isNumber }) else {
                throw ValidationError(field: card.field("cvv"), reason: "must be 3 or 4 digits")
            }
        }
        if card.has("expiry_month") || card.has("expiry_year") {
            let month = try card.string("expiry_month", maxLength: 2)
            let year = try card.string("expiry_year", maxLength: 4)
            try expiry(month: month, year: year, monthField: card.field("expiry_month"), yearField: card.field("expiry_year"))
        }
    }

    /// The card must not have expired: valid through the last day of its expiry month.
    public static func expiry(month: String, year: String, monthField: String, yearField: String) throws(ValidationError) {
        guard let m = Int(month), (1...12).contains(m) else { throw ValidationError(field: monthField, reason: "must be 01 to 12") }
        guard var y = Int(year), year.count == 2 || year.count == 4 else { throw ValidationError(field: yearField, reason: "must be YY or YYYY") }
        if year.count == 2 { y += 2000 }
        var t = time_t(time(nil))
        var now = tm()
        gmtime_r(&t, &now)
        let current = (Int(now.tm_year) + 1900) * 12 + Int(now.tm_mon)
        if y * 12 + (m - 1) < current { throw ValidationError(field: yearField, reason: "the card has expired") }
    }
}
