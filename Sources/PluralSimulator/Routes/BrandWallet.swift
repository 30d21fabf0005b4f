import Foundation
import Plural
import Support

/// Brand wallets and UPI Reserve Pay. A wallet per customer, with a balance in integer paise: created ACTIVE and
/// empty, credited by loads and add-money top-ups (a gift card without an amount is worth
/// `giftCardValue`), each movement kept for the history. An INACTIVE wallet takes no loads or top-ups (422) and
/// validates as unable to pay. A PIN reset keeps the balance. A top-up repeated with its merchant_order_reference
/// answers the first. A Reserve Pay subscription is CREATED for an existing customer (until the customer approves
/// the block in their UPI app) and is read back as made; its reference makes a repeat answer the first.
extension PluralSimulator {
    static let giftCardValue: Int64 = 100_000

    func wallets(_ name: String, _ ids: [String: String], _ body: JSONObject, _ request: HTTPRequest) -> HTTPResponse? {
        let now = Self.now()
        let query = Self.query(request)
        return state.withLock { s -> HTTPResponse? in
            var f = s.funds
            defer { s.funds = f }
            func ok(_ o: JSONObject) -> HTTPResponse { Self.json(200, .object(o)) }
            func notFound(_ what: String) -> HTTPResponse { Self.error(404, "NOT_FOUND", "\(what) was not found.") }
            func inactive(_ w: SimWallet) -> HTTPResponse { Self.error(422, "WALLET_INACTIVE", "The wallet of \(w.customerID) is \(w.status): activate it first.") }
            func entryID() -> String { s.sequence += 1; return "wtx-\(100_000_000 + s.sequence)" }
            /// Credits a wallet and records the movement; the entry is the answer.
            func credit(_ w: inout SimWallet, _ amount: Int64, _ type: String, _ extra: JSONObject) -> JSONObject {
                w.balance += amount
                w.updatedAt = now
                var e: JSONObject = ["transaction_id": .string(entryID()), "transaction_type": .string(type), "customer_id": .string(w.customerID),
                                     "amount": ["value": .number(JSONNumber(amount)), "currency": .string(w.currency)],
                                     "balance": ["value": .number(JSONNumber(w.balance)), "currency": .string(w.currency)],
                                     "status": "SUCCESS"]
                for m in extra.members { e[m.key] = m.value }
                e["created_at"] = .string(now)
                w.entries.append(e)
                return e
            }
            /// The body's amount in paise, or the answer refusing it.
            func paise() -> (value: Int64, refusal: HTTPResponse?) {
                if case .ok(let v, _) = Self.readAmount(body["amount"]) { return (v, nil) }
                return (0, Self.error(400, "INVALID_REQUEST", "amount must be {value: integer paise > 0, currency}."))
            }
            let holder = body["customers"]?["customer_id"]?.stringValue ?? body["customer"]?["customer_id"]?.stringValue ?? ids["customer_id"] ?? ""

            switch name {
            case "createBrandWallet":
                let currency = body["currency_code"]?.stringValue ?? "INR"
                var made: [JSONValue] = []
                for c in body["customers"]?.arrayValue ?? [] {
                    guard let cid = c["customer_id"]?.stringValue else { continue }
                    let w = f.wallets[cid] ?? SimWallet(customerID: cid, currency: currency, createdAt: now, updatedAt: now)
                    f.wallets[cid] = w
                    made.append(.object(w.json))
                }
                return ok(["wallets": .array(made)])
            case "getBrandWalletBalance":
                return f.wallets[holder].map { ok($0.json) } ?? notFound("The wallet of \(holder)")
            case "validateBrandWallet":
                guard let w = f.wallets[holder] else { return notFound("The wallet of \(holder)") }
                let (amount, refusal) = paise()
                if let refusal { return refusal }
                var o: JSONObject = ["customer_id": .string(holder), "amount": body["amount"] ?? .null,
                                     "balance": w.json["balance"] ?? .null, "is_valid": .bool(w.status == "ACTIVE" && w.balance >= amount)]
                if w.status != "ACTIVE" { o["reason"] = .string("The wallet is \(w.status).") }
                else if w.balance < amount { o["reason"] = "The balance is less than the amount." }
                return ok(o)
            case "loadBrandWallet":
                guard var w = f.wallets[holder] else { return notFound("The wallet of \(holder)") }
                guard w.status == "ACTIVE" else { return inactive(w) }
                let (amount, refusal) = paise()
                if let refusal { return refusal }
                var extra: JSONObject = ["bucket": body["bucket"] ?? "CASH"]
                if let notes = body["notes"] { extra["notes"] = notes }
                let e = credit(&w, amount, "LOAD", extra)
                f.wallets[holder] = w
                return ok(e)
            case "addMoneyToBrandWallet":
                let ref = body["merchant_order_reference"]?.referenceText ?? ""
                if let first = f.topUps[ref] { return ok(first) }
                guard var w = f.wallets[holder] else { return notFound("The wallet of \(holder)") }
                guard w.status == "ACTIVE" else { return inactive(w) }
                var amount = Self.giftCardValue
                if body["amount"] != nil {
                    let (value, refusal) = paise()
                    if let refusal { return refusal }
                    amount = value
                } else if body["mode"] != "GIFT_CARD" {
                    return Self.error(400, "INVALID_REQUEST", "amount is required for UPI.")
                }
                // The gift card's number and PIN are checked for presence and then dropped: never stored or echoed.
                let e = credit(&w, amount, "ADD_MONEY", ["merchant_order_reference": .string(ref), "order_id": .string(nextIDLocked(&s)),
                                                         "mode": body["mode"] ?? .null])
                f.wallets[holder] = w
                f.topUps[ref] = e
                return ok(e)
            case "activateBrandWallet", "deactivateBrandWallet", "resetBrandWalletPin":
                guard var w = f.wallets[holder] else { return notFound("The wallet of \(holder)") }
                switch name {
                case "activateBrandWallet": w.status = "ACTIVE"
                case "deactivateBrandWallet": w.status = "INACTIVE"
                default: w.pinResetAt = now
                }
                w.updatedAt = now
                f.wallets[holder] = w
                return ok(w.json)
            case "getBrandWalletHistory":
                guard let w = f.wallets[holder] else { return notFound("The wallet of \(holder)") }
                let from = query["start_date"] ?? "", to = query["end_date"] ?? ""
                let entries = w.entries.filter { e in
                    let day = String((e["created_at"]?.stringValue ?? "").prefix(10))
                    return (query["transaction_type"].map { e["transaction_type"]?.stringValue == $0 } ?? true)
                        && (from.isEmpty || day >= from) && (to.isEmpty || day <= to)
                }
                let page = max(1, Int(query["page"] ?? "") ?? 1), size = 10
                return ok(["customer_id": .string(holder), "balance": w.json["balance"] ?? .null,
                           "transactions": .array(entries.dropFirst((page - 1) * size).prefix(size).map { .object($0) }),
                           "page": .int(page), "total_pages": .int(max(1, (entries.count + size - 1) / size))])

            case "createSbmdSubscription":
                let ref = body["merchant_subscription_reference"]?.referenceText ?? ""
                if let existing = f.reservePayByReference[ref], let sub = f.reservePay[existing] { return ok(sub) }
                let cid = body["customer_id"]?.stringValue ?? ""
                guard s.recurring.customers[cid] != nil else { return notFound("Customer \(cid)") }
                s.sequence += 1
                let sid = "v1-sub-\(100_000_000 + s.sequence)-aa-\(String(UUID().uuidString.prefix(6)))"
                var sub = body
                sub["subscription_id"] = .string(sid); sub["status"] = "CREATED"
                sub["redirect_url"] = .string("\(publicBaseURL)/mandate/\(sid)"); sub["created_at"] = .string(now)
                f.reservePay[sid] = sub; f.reservePayByReference[ref] = sid
                return ok(sub)
            case "getSbmdSubscription":
                let sid = ids["reserve_pay_sub_id"] ?? ""
                return f.reservePay[sid].map(ok) ?? notFound("Reserve Pay subscription \(sid)")
            default:
                return nil
            }
        }
    }
}
