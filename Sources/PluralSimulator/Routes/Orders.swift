import Foundation
import Plural
import Support

/// The orders API with Plural's lifecycle: CREATED → PENDING → AUTHORIZED → PROCESSED, or CANCELLED /
/// FAILED; capture and cancel only from AUTHORIZED; a repeated `merchant_order_reference` returns the
/// existing order.
extension PluralSimulator {
    func createOrder(_ body: JSONObject) -> HTTPResponse {
        guard let reference = body["merchant_order_reference"], reference.stringValue.map({ !$0.isEmpty }) ?? (reference.numberValue?.isInteger ?? false) else {
            return Self.error(400, "INVALID_REQUEST", "merchant_order_reference is required.")
        }
        guard case .ok(let amount, let currency) = Self.readAmount(body["order_amount"]) else {
            return Self.error(400, "INVALID_REQUEST", "order_amount must be {value: integer paise > 0, currency}.")
        }
        let key = SimOrder.key(reference)
        var extra = body
        for k in ["merchant_order_reference", "order_amount", "pre_auth"] { extra[k] = nil }
        let preAuth = body["pre_auth"]?.boolValue ?? false
        let now = Self.now()
        let id = nextID()
        extra = Self.placeSplits(extra, orderID: id, now: now)
        let order = state.withLock { s -> SimOrder in
            if let existing = s.orderByReference[key], let o = s.orders[existing] { return o }
            let o = SimOrder(id: id, reference: reference, amount: amount, currency: currency, preAuth: preAuth, extra: extra,
                             createdAt: now, updatedAt: now)
            s.orders[id] = o
            s.orderByReference[key] = id
            return o
        }
        return Self.json(200, ["data": order.json(merchantID: settings.merchantID)])
    }

    func getOrder(id: String) -> HTTPResponse {
        guard let order = state.withLock({ $0.orders[id] }) else { return Self.error(404, "ORDER_NOT_FOUND", "Order \(id) was not found.") }
        return Self.json(200, ["data": order.json(merchantID: settings.merchantID)])
    }

    func getOrder(reference: String) -> HTTPResponse {
        let decoded = reference.removingPercentEncoding ?? reference
        // A refund is an order too, found by its own reference.
        guard let order = state.withLock({ s in (s.orderByReference[decoded] ?? s.refundByReference[decoded]).flatMap { s.orders[$0] } }) else {
            return Self.error(404, "ORDER_NOT_FOUND", "No order with merchant_order_reference \(decoded).")
        }
        return Self.json(200, ["data": order.json(merchantID: settings.merchantID)])
    }

    func createPayment(orderID: String, _ body: JSONObject) -> HTTPResponse {
        guard case .array(let list)? = body["payments"], !list.isEmpty else {
            return Self.error(400, "INVALID_REQUEST", "payments must be a non-empty array.")
        }
        var payments: [SimPayment] = []
        let now = Self.now()
        for (i, p) in list.enumerated() {
            guard case .object(let po) = p, case .string(let method)? = po["payment_method"], Components.paymentMethods.contains(method) else {
                return Self.error(400, "INVALID_REQUEST", "payments[\(i)].payment_method is missing or unknown.")
            }
            var amount: Int64 = -1, currency = ""
            if po["payment_amount"] != nil {
                guard case .ok(let v, let c) = Self.readAmount(po["payment_amount"]) else {
                    return Self.error(400, "INVALID_REQUEST", "payments[\(i)].payment_amount must be {value: integer paise > 0, currency}.")
                }
                (amount, currency) = (v, c)
            }
            if let refusal = offerRefusal(orderID: orderID, po, index: i) { return refusal }
            let option: JSONObject
            switch Self.describeInstrument(method: method, po["payment_option"]) {
            case .success(let o): option = o
            case .failure(let e): return Self.error(400, "INVALID_REQUEST", "payments[\(i)].payment_option: \(e.message)")
            }
            payments.append(SimPayment(id: "\(orderID)-cc-\(Character(UnicodeScalar(UInt8(97 + i % 26))))", amount: amount, currency: currency,
                                       method: method, reference: po["merchant_payment_reference"], option: option, createdAt: now, updatedAt: now))
        }
        let pageToken = Self.randomToken()
        let challenge = "\(publicBaseURL)\(Self.challengePath)?token=\(pageToken)"
        let result = state.withLock { s -> Result<SimOrder, HTTPResponseBox> in
            guard var o = s.orders[orderID] else { return .failure(Self.error(404, "ORDER_NOT_FOUND", "Order \(orderID) was not found.")) }
            // A repeat of the same merchant_payment_reference is answered with the order as it stands.
            if let ref = payments.first?.reference, o.payments.contains(where: { $0.reference == ref }) { return .success(o) }
            guard o.type == "CHARGE", o.status == "CREATED" || o.status == "ATTEMPTED" || o.status == "FAILED" else {
                return .failure(Self.error(422, "INVALID_ORDER_STATE", "A payment cannot be created for an order in status \(o.status)."))
            }
            // A single payment without payment_amount pays the whole order.
            var payments = payments
            if payments.count == 1, payments[0].amount < 0 { payments[0].amount = o.amount; payments[0].currency = o.currency }
            guard payments.allSatisfy({ $0.amount > 0 }) else {
                return .failure(Self.error(400, "INVALID_REQUEST", "payment_amount is required on each payment when an order is paid in parts."))
            }
            let total = payments.reduce(Int64(0)) { $0 + $1.amount }
            guard total == o.amount else {
                return .failure(Self.error(400, "INVALID_REQUEST", "The payment amounts (\(total)) must add up to the order amount (\(o.amount))."))
            }
            o.payments = payments
            o.status = "PENDING"
            o.challengeURL = challenge
            o.updatedAt = now
            s.orders[orderID] = o
            s.pageTokens[pageToken] = orderID
            return .success(o)
        }
        switch result {
        case .success(let o): return Self.json(200, ["data": o.json(merchantID: settings.merchantID)])
        case .failure(let r): return r.response
        }
    }

    func capture(orderID: String, _ body: JSONObject) -> HTTPResponse {
        guard case .string(let ref)? = body["merchant_capture_reference"], !ref.isEmpty else {
            return Self.error(400, "INVALID_REQUEST", "merchant_capture_reference is required.")
        }
        var requested: Int64? = nil
        if body["capture_amount"] != nil {
            guard case .ok(let v, _) = Self.readAmount(body["capture_amount"]) else {
                return Self.error(400, "INVALID_REQUEST", "capture_amount must be {value: integer paise > 0, currency}.")
            }
            requested = v
        }
        let now = Self.now()
        return mutateOrder(orderID) { o in
            guard o.status == "AUTHORIZED" else {
                return Self.error(422, "INVALID_ORDER_STATE", "Only an AUTHORIZED order can be captured; this one is \(o.status).")
            }
            let amount = requested ?? o.amount
            guard amount <= o.amount else {
                return Self.error(400, "INVALID_REQUEST", "capture_amount (\(amount)) exceeds the authorised amount (\(o.amount)).")
            }
            o.status = "PROCESSED"
            o.captured = amount
            o.updatedAt = now
            for i in o.payments.indices where o.payments[i].status == "AUTHORIZED" {
                o.payments[i].status = "PROCESSED"
                o.payments[i].updatedAt = now
                o.payments[i].captures.append(["merchant_capture_reference": .string(ref),
                                               "capture_amount": ["value": .number(JSONNumber(amount)), "currency": .string(o.currency)],
                                               "created_at": .string(now)])
            }
            return nil
        }
    }

    func cancel(orderID: String) -> HTTPResponse {
        let now = Self.now()
        return mutateOrder(orderID) { o in
            guard o.status == "AUTHORIZED" else {
                return Self.error(422, "INVALID_ORDER_STATE", "Only an AUTHORIZED order can be cancelled; this one is \(o.status).")
            }
            o.status = "CANCELLED"
            o.updatedAt = now
            for i in o.payments.indices { o.payments[i].status = "CANCELLED"; o.payments[i].updatedAt = now }
            return nil
        }
    }

    /// POST /api/pay/v1/refunds/{order_id}: a refund is a new order of type REFUND.
    func refund(orderID: String, _ body: JSONObject) -> HTTPResponse {
        guard let reference = body["merchant_order_reference"], reference.stringValue.map({ !$0.isEmpty }) ?? (reference.numberValue?.isInteger ?? false) else {
            return Self.error(400, "INVALID_REQUEST", "merchant_order_reference is required.")
        }
        // Without order_amount, Plural refunds whatever is left to refund.
        var requested: (Int64, String)? = nil
        if body["order_amount"] != nil {
            guard case .ok(let amount, let currency) = Self.readAmount(body["order_amount"]) else {
                return Self.error(400, "INVALID_REQUEST", "order_amount must be {value: integer paise > 0, currency}.")
            }
            guard amount >= 100 else { return Self.error(400, "INVALID_REQUEST", "Refunds under INR 1.00 are not allowed.") }
            requested = (amount, currency)
        }
        let key = SimOrder.key(reference)
        let now = Self.now()
        let id = nextID()
        var extra = body
        for k in ["merchant_order_reference", "order_amount"] { extra[k] = nil }
        let result = state.withLock { s -> Result<SimOrder, HTTPResponseBox> in
            // A repeated reference returns the refund already made: refunds are idempotent by it.
            if let existing = s.refundByReference[key], let r = s.orders[existing] { return .success(r) }
            guard var parent = s.orders[orderID] else { return .failure(Self.error(404, "ORDER_NOT_FOUND", "Order \(orderID) was not found.")) }
            guard parent.type == "CHARGE", ["PROCESSED", "PARTIALLY_REFUNDED"].contains(parent.status) else {
                return .failure(Self.error(422, "INVALID_ORDER_STATE", "Only a PROCESSED order can be refunded; this one is \(parent.status)."))
            }
            let (amount, currency) = requested ?? (parent.captured - parent.refunded, parent.currency)
            guard amount > 0 else {
                return .failure(Self.error(400, "INVALID_REQUEST", "Nothing is left to refund on order \(orderID)."))
            }
            // `refund_cap: false` (a test's setting) lets refunds pass the captured amount, so a test can show that
            // the sidecar's own limit, not the gateway's, stopped them.
            guard amount <= parent.captured - parent.refunded || !s.refundCap else {
                return .failure(Self.error(400, "INVALID_REQUEST", "The refund (\(amount)) exceeds the refundable amount (\(parent.captured - parent.refunded))."))
            }
            parent.refunded += amount
            parent.status = parent.refunded >= parent.captured ? "FULLY_REFUNDED" : "PARTIALLY_REFUNDED"
            parent.updatedAt = now
            s.orders[orderID] = parent
            var r = SimOrder(id: id, reference: reference, amount: amount, currency: currency, preAuth: false, extra: extra,
                             createdAt: now, updatedAt: now)
            r.type = "REFUND"
            r.status = "PROCESSED"
            r.parentID = orderID
            s.orders[id] = r
            s.refundByReference[key] = id
            return .success(r)
        }
        switch result {
        case .success(let o):
            // A repeated reference answers the refund already made, and announces nothing again.
            if o.id == id { announce(o) }
            return Self.json(200, ["data": o.json(merchantID: settings.merchantID)])
        case .failure(let r): return r.response
        }
    }

    /// Applies `change` to an order under the lock; `change` returns an error answer to refuse.
    func mutateOrder(_ id: String, _ change: (inout SimOrder) -> HTTPResponse?) -> HTTPResponse {
        let result = state.withLock { s -> Result<(SimOrder, changed: Bool), HTTPResponseBox> in
            guard var o = s.orders[id] else { return .failure(Self.error(404, "ORDER_NOT_FOUND", "Order \(id) was not found.")) }
            let before = o.status
            if let refusal = change(&o) { return .failure(refusal) }
            s.orders[id] = o
            return .success((o, o.status != before))
        }
        switch result {
        case .success(let (o, changed)):
            if changed { announce(o) }
            return Self.json(200, ["data": o.json(merchantID: settings.merchantID)])
        case .failure(let r): return r.response
        }
    }

    enum AmountRead { case ok(Int64, String), bad }

    static func readAmount(_ v: JSONValue?) -> AmountRead {
        // The value is a number, or digits in a string where the definition types it as text (`AmountText`).
        guard case .object(let o)? = v, case .string(let currency)? = o["currency"], currency.count == 3 else { return .bad }
        let value: Int64?
        switch o["value"] {
        case .number(let n)?: value = n.int64
        case .string(let digits)?: value = Int64(digits)
        default: value = nil
        }
        guard let value, value > 0 else { return .bad }
        return .ok(value, currency)
    }

    struct InstrumentError: Error { let message: String }

    /// What the gateway reports about the instrument. The card number is checked and then dropped: the
    /// simulator, like Plural, never returns it.
    static func describeInstrument(method: String, _ option: JSONValue?) -> Result<JSONObject, InstrumentError> {
        switch method {
        case "CARD", "CREDIT_EMI", "DEBIT_EMI":
            if case .object(let token)? = option?["card_token_details"] {
                // A saved card: Plural reports the token's last four digits, never a number.
                var data: JSONObject = ["token_txn_type": token["token_txn_type"] ?? "ALT_TOKEN", "issuer_name": "SIMULATOR BANK"]
                if let last4 = token["last4_digit"] { data["last4_digit"] = last4 }
                return .success(["card_data": .object(data)])
            }
            guard case .string(let number)? = option?["card_details"]?["card_number"] else {
                return .failure(InstrumentError(message: "card_details (or card_token_details) is required."))
            }
            let digits = Array(number.utf8)
            guard (12...19).contains(digits.count), digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), Redactor.luhn(digits) else {
                return .failure(InstrumentError(message: "card_details.card_number is not a valid card number."))
            }
            let network: String
            switch digits.first {
            case UInt8(ascii: "4"): network = "VISA"
            case UInt8(ascii: "5"), UInt8(ascii: "2"): network = "MASTERCARD"
            case UInt8(ascii: "3"): network = "AMEX"
            case UInt8(ascii: "6"): network = "RUPAY"
            default: network = "UNKNOWN"
            }
            return .success(["card_data": ["card_type": "CREDIT", "network_name": .string(network), "issuer_name": "SIMULATOR BANK",
                                           "card_category": "CONSUMER", "country_code": "IND", "last4_digit": .string(String(decoding: digits.suffix(4), as: UTF8.self)),
                                           "token_txn_type": "ALT_TOKEN"]])
        case "CARDLESS_EMI":
            guard case .object(let cardless)? = option?["cardless_details"], cardless["registered_mobile_number"] != nil else {
                return .failure(InstrumentError(message: "cardless_details is required for CARDLESS_EMI."))
            }
            // The PAN (tax id) is not echoed.
            return .success(["cardless_details": ["registered_mobile_number": cardless["registered_mobile_number"] ?? .null]])
        case "UPI":
            guard case .string(let mode)? = option?["upi_details"]?["txn_mode"], ["COLLECT", "INTENT"].contains(mode) else {
                return .failure(InstrumentError(message: "upi_details.txn_mode must be COLLECT or INTENT."))
            }
            var data: JSONObject = ["txn_mode": .string(mode)]
            if mode == "COLLECT" {
                guard case .string(let vpa)? = option?["upi_details"]?["payer"]?["vpa"], vpa.contains("@") else {
                    return .failure(InstrumentError(message: "upi_details.payer.vpa is required for COLLECT."))
                }
                data["payer"] = ["vpa": .string(vpa)]
            }
            return .success(["upi_details": .object(data)])
        case "NETBANKING":
            guard case .string(let code)? = option?["netbanking_details"]?["pay_code"] else {
                return .failure(InstrumentError(message: "netbanking_details.pay_code is required."))
            }
            return .success(["netbanking_data": ["pay_code": .string(code)]])
        default:
            if case .object(let o)? = option { return .success(Redactor.redact(.object(o)).objectValue ?? JSONObject()) }
            return .success(JSONObject())
        }
    }
}
