import Foundation
import Plural
import Support

/// Hosted checkout, pay-by-points and payment links.
extension PluralSimulator {
    func createCheckout(_ body: JSONObject) -> HTTPResponse {
        guard case .ok(let amount, let currency) = Self.readAmount(body["order_amount"]) else {
            return Self.error(400, "INVALID_REQUEST", "order_amount must be {value: integer paise > 0, currency}.")
        }
        guard let reference = body["merchant_order_reference"] ?? body["order_amount"]?["merchant_order_reference"],
              reference.stringValue.map({ !$0.isEmpty }) ?? (reference.numberValue?.isInteger ?? false) else {
            return Self.error(400, "INVALID_REQUEST", "merchant_order_reference is required.")
        }
        let key = SimOrder.key(reference)
        let now = Self.now()
        let id = nextID()
        var extra = body
        for k in ["merchant_order_reference", "order_amount", "pre_auth"] { extra[k] = nil }
        let order = state.withLock { s -> SimOrder in
            if let existing = s.orderByReference[key], let o = s.orders[existing] { return o }
            let o = SimOrder(id: id, reference: reference, amount: amount, currency: currency, preAuth: body["pre_auth"]?.boolValue ?? false,
                             extra: extra, createdAt: now, updatedAt: now)
            s.orders[id] = o
            s.orderByReference[key] = id
            return o
        }
        let token = Self.randomToken()
        state.withLock { $0.pageTokens[token] = order.id }
        return Self.json(200, [
            "token": .string(token),
            "order_id": .string(order.id),
            "redirect_url": .string("\(publicBaseURL)\(Self.checkoutPath)?token=\(token)"),
            "response_code": 200,
            "response_message": "Order Creation Successful.",
        ])
    }

    /// `/payment-option`: a points balance. Cards ending 0000 are not eligible, so tests can see both answers.
    func pointBalance(_ body: JSONObject) -> HTTPResponse {
        guard case .object(let card)? = body["payment_option"]?["points_card_details"] else {
            return Self.error(400, "INVALID_REQUEST", "payment_option.points_card_details is required.")
        }
        guard case .ok(let amount, let currency) = Self.readAmount(body["order_details"]?["order_amount"]) else {
            return Self.error(400, "INVALID_REQUEST", "order_details.order_amount must be {value: integer paise > 0, currency}.")
        }
        let number = card["card_number"]?.stringValue ?? card["card_last4"]?.stringValue ?? ""
        let eligible = !number.hasSuffix("0000")
        let redeemable = eligible ? min(amount * 7 / 10, 3500) : 0
        return Self.json(200, [
            "balance": ["value": 23_718_050, "currency": .string(currency)],
            "redeemable_amount": ["value": .number(JSONNumber(redeemable)), "currency": .string(currency)],
            "redeemable_points": .number(JSONNumber(redeemable / 25)),
            "is_eligible": .bool(eligible),
        ])
    }

    func createLink(_ body: JSONObject) -> HTTPResponse {
        guard case .ok(let amount, let currency) = Self.readAmount(body["amount"]) else {
            return Self.error(400, "INVALID_REQUEST", "amount must be {value: integer paise > 0, currency}.")
        }
        let reference = body["merchant_payment_link_reference"]
        let key = reference.map(SimOrder.key)
        let now = Self.now()
        let id = "pl-" + nextID(prefix: "v1")
        let link = state.withLock { s -> JSONObject in
            if let key, let existing = s.linkByReference[key], let l = s.links[existing] { return l }
            var l: JSONObject = ["payment_link_id": .string(id),
                                 "payment_link": .string("\(publicBaseURL)\(Self.linkPath)\(id)"),
                                 "status": "CREATED",
                                 "amount": ["value": .number(JSONNumber(amount)), "currency": .string(currency)]]
            if let reference { l["merchant_payment_link_reference"] = .string(SimOrder.key(reference)) }
            for m in body where !l.contains(m.key) && m.key != "amount" { l[m.key] = m.value }
            l["created_at"] = .string(now)
            l["updated_at"] = .string(now)
            s.links[id] = l
            if let key { s.linkByReference[key] = id }
            return l
        }
        return Self.json(200, .object(link))
    }

    func getLink(id: String) -> HTTPResponse {
        guard let l = state.withLock({ $0.links[id] }) else { return Self.error(404, "PAYMENT_LINK_NOT_FOUND", "Payment link \(id) was not found.") }
        return Self.json(200, .object(l))
    }

    func getLink(reference: String) -> HTTPResponse {
        let decoded = reference.removingPercentEncoding ?? reference
        guard let l = state.withLock({ s in s.linkByReference[decoded].flatMap { s.links[$0] } }) else {
            return Self.error(404, "PAYMENT_LINK_NOT_FOUND", "No payment link with reference \(decoded).")
        }
        return Self.json(200, .object(l))
    }

    func cancelLink(id: String) -> HTTPResponse {
        changeLink(id) { l, _ in
            guard l["status"] == "CREATED" else { return Self.error(422, "INVALID_STATE", "Only an active payment link can be cancelled.") }
            l["status"] = "CANCELLED"
            return nil
        }
    }

    /// A change to one payment link under the state lock: `change` refuses (an answer) or edits the link, which
    /// is then stamped and answered whole; an unknown id is 404.
    func changeLink(_ id: String, _ change: (inout JSONObject, inout SimState) -> HTTPResponse?) -> HTTPResponse {
        let now = Self.now()
        let result = state.withLock { s -> Result<JSONObject, HTTPResponseBox> in
            guard var l = s.links[id] else { return .failure(Self.error(404, "PAYMENT_LINK_NOT_FOUND", "Payment link \(id) was not found.")) }
            if let refusal = change(&l, &s) { return .failure(refusal) }
            l["updated_at"] = .string(now)
            s.links[id] = l
            return .success(l)
        }
        switch result {
        case .success(let l): return Self.json(200, .object(l))
        case .failure(let r): return r.response
        }
    }

    /// `/payment-option` with UPI: the VPA registered to a phone number. Numbers ending 0000 have none.
    func fetchVPA(_ body: JSONObject) -> HTTPResponse {
        guard case .string(let phone)? = body["payment_option"]?["upi_details"]?["payer"]?["phone_number"], !phone.isEmpty else {
            return Self.error(400, "INVALID_REQUEST", "payment_option.upi_details.payer.phone_number is required.")
        }
        guard !phone.hasSuffix("0000") else { return Self.error(404, "VPA_NOT_FOUND", "No VPA is registered to this phone number.") }
        return Self.json(200, ["payer": ["vpa": .string("\(phone)@simbank"), "name": "SIMULATOR CUSTOMER", "phone_number": .string(phone)]])
    }
}
