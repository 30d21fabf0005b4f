import Foundation
import Plural
import Support

/// Customers, card tokens, plans, subscriptions and presentations, with the statuses Plural documents:
/// a subscription is ACTIVE once its customer has an ACTIVE card token to debit (else CREATED until one exists),
/// PAUSED/RESUMED/CANCELLED on request; a debit COMPLETES (SUBSCRIPTION_CHARGED), or FAILS when its
/// merchant_presentation_reference starts with `fail` — after three failed attempts the subscription is HALTED.
/// Every change records the webhook event Plural would send (`events()`).
extension PluralSimulator {
    /// The webhook events recorded so far, oldest first.
    public func events() -> [JSONValue] { state.withLock { $0.events } }

    func recurring(_ name: String, _ ids: [String: String], _ body: JSONObject, _ request: HTTPRequest) -> HTTPResponse? {
        let now = Self.now()
        return state.withLock { s -> HTTPResponse? in
            var r = s.recurring
            defer { s.recurring = r }
            func emit(_ type: String, _ data: JSONObject) { s.events.append(["event_type": .string(type), "data": .object(data)]) }
            func notFound(_ what: String) -> HTTPResponse { Self.error(404, "NOT_FOUND", "\(what) was not found.") }
            func refuse(_ message: String) -> HTTPResponse { Self.error(422, "INVALID_STATE", message) }
            func id(_ prefix: String) -> String { s.sequence += 1; return "v1-\(prefix)-\(100_000_000 + s.sequence)-aa-\(String(UUID().uuidString.prefix(6)))" }
            func ok(_ o: JSONObject) -> HTTPResponse { Self.json(200, .object(o)) }
            let query = Self.query(request)
            func list(_ key: String, _ items: [JSONObject]) -> HTTPResponse {
                let sorted = items.sorted { ($0["created_at"]?.stringValue ?? "") < ($1["created_at"]?.stringValue ?? "") }
                return ok([key: .array(sorted.map { .object($0) }),
                           "page": ["size": .int(sorted.count), "total_elements": .int(sorted.count), "total_pages": 1, "number": 0]])
            }

            switch name {
            // MARK: customers
            case "createCustomer":
                var c = body
                let cid = id("cust")
                c["customer_id"] = .string(cid); c["status"] = "ACTIVE"; c["created_at"] = .string(now); c["updated_at"] = .string(now)
                r.customers[cid] = c
                if let ref = body["merchant_customer_reference"]?.referenceText { r.customerByReference[ref] = cid }
                emit("CUSTOMER_ACTIVATED", c)
                return ok(c)
            case "getCustomer":
                if let cid = ids["customer_id"] { return r.customers[cid].map(ok) ?? notFound("Customer \(cid)") }
                let ref = query["merchant_customer_reference"] ?? ""
                guard let cid = r.customerByReference[ref], let c = r.customers[cid],
                      c["mobile_number"]?.stringValue == query["mobile_number"] else { return notFound("Customer \(ref)") }
                return ok(c)
            case "updateCustomer":
                let cid = ids["customer_id"] ?? ""
                guard var c = r.customers[cid] else { return notFound("Customer \(cid)") }
                for m in body.members { c[m.key] = m.value }
                c["updated_at"] = .string(now)
                r.customers[cid] = c
                if let status = body["status"]?.stringValue, ["SUSPENDED", "DELETED", "ACTIVE"].contains(status) {
                    emit("CUSTOMER_\(status == "ACTIVE" ? "ACTIVATED" : status)", c)
                }
                return ok(c)

            // MARK: card tokens
            case "createCardToken":
                let cid = body["customer_id"]?.stringValue ?? ""
                guard r.customers[cid] != nil else { return notFound("Customer \(cid)") }
                var t = body
                t["payment_option"] = nil; t["payment"] = nil
                let tid = id("tok")
                t["token_id"] = .string(tid); t["status"] = "ACTIVE"; t["service_provider_token_id"] = .string("sp-" + tid)
                t["card_data"] = ["last4_digit": "1111", "card_type": "CREDIT", "network_name": "VISA", "issuer_name": "SIMULATOR BANK",
                                  "country_code": "IND", "international": false, "emi": false, "cvv_required": false]
                t["created_at"] = .string(now); t["updated_at"] = .string(now)
                r.cardTokens[tid] = t
                emit("TOKEN_ACTIVATED", t)
                return ok(t)
            case "getServiceProviderToken":
                let key = ids["identifier"] ?? ""
                return r.cardTokens[key].map(ok) ?? notFound("Token \(key)")
            case "generateCryptogram":
                let tid = ids["token_id"] ?? ""
                guard let t = r.cardTokens[tid], t["status"] == "ACTIVE" else { return notFound("Active token \(tid)") }
                return ok(["token_id": .string(tid), "merchant_token_reference": t["merchant_token_reference"] ?? .null,
                           "service_provider_token_id": body["service_provider_token_id"] ?? .null,
                           "token_data": ["cryptogram": .string(Hex.encode(Array(UUID().uuidString.utf8.prefix(16)))), "token_reference": .string("ref-" + tid),
                                          "token_expiry_month": "12", "token_expiry_year": "2030"]])
            case "deleteCardToken", "deleteCustomerToken":
                let tid = ids["token_id"] ?? ""
                guard var t = r.cardTokens[tid], ids["customer_id"].map({ t["customer_id"]?.stringValue == $0 }) ?? true else { return notFound("Token \(tid)") }
                t["status"] = "DEACTIVATED"; t["updated_at"] = .string(now)
                r.cardTokens[tid] = t
                emit("TOKEN_DEACTIVATED", t)
                var answer: JSONObject = ["token_id": .string(tid), "status": "DEACTIVATED", "customer_id": t["customer_id"] ?? .null]
                if let ref = body["merchant_unique_reference"] { answer["merchant_unique_reference"] = ref }
                return ok(answer)
            case "listCustomerTokens":
                let cid = ids["customer_id"] ?? ""
                guard r.customers[cid] != nil else { return notFound("Customer \(cid)") }
                let tokens = r.cardTokens.values.filter { $0["customer_id"]?.stringValue == cid }
                return ok(["customer_id": .string(cid), "total_tokens": .int(tokens.count), "tokens": .array(tokens.map { .object($0) })])
            case "getCustomerToken":
                let tid = ids["token_id"] ?? ""
                guard let t = r.cardTokens[tid], t["customer_id"]?.stringValue == ids["customer_id"] else { return notFound("Token \(tid)") }
                return ok(t)

            // MARK: plans
            case "listPlans": return list("plans", Array(r.plans.values))
            case "createPlan":
                let ref = body["merchant_plan_reference"]?.referenceText ?? ""
                if let existing = r.planByReference[ref], let p = r.plans[existing] { return ok(p) }
                var p = body
                let pid = id("plan")
                p["plan_id"] = .string(pid); p["status"] = "ACTIVE"; p["created_at"] = .string(now); p["modified_at"] = .string(now)
                r.plans[pid] = p; r.planByReference[ref] = pid
                return ok(p)
            case "getPlan":
                let pid = ids["plan_id"] ?? ids["merchant_plan_reference"].flatMap { r.planByReference[$0] } ?? ""
                return r.plans[pid].map(ok) ?? notFound("Plan")
            case "updatePlan":
                let pid = ids["plan_id"] ?? ""
                guard var p = r.plans[pid] else { return notFound("Plan \(pid)") }
                for m in body.members { p[m.key] = m.value }
                p["modified_at"] = .string(now)
                r.plans[pid] = p
                return ok(p)
            case "deletePlan":
                let pid = ids["plan_id"] ?? ""
                guard var p = r.plans[pid] else { return notFound("Plan \(pid)") }
                p["status"] = "INACTIVE"
                r.plans[pid] = p
                return HTTPResponse(status: 204, headers: [:], body: [])

            // MARK: subscriptions
            case "listSubscriptions":
                return list("subscriptions", r.subscriptions.values.filter { sub in query["status"].map { sub["status"]?.stringValue == $0 } ?? true })
            case "createSubscription":
                let ref = body["merchant_subscription_reference"]?.referenceText ?? ""
                if let existing = r.subscriptionByReference[ref], let sub = r.subscriptions[existing] { return ok(sub) }
                let pid = body["plan_id"]?.stringValue ?? "", cid = body["customer_id"]?.stringValue ?? ""
                guard let plan = r.plans[pid], plan["status"] == "ACTIVE" else { return notFound("Active plan \(pid)") }
                guard r.customers[cid] != nil else { return notFound("Customer \(cid)") }
                let hasCard = r.cardTokens.values.contains { $0["customer_id"]?.stringValue == cid && $0["status"] == "ACTIVE" }
                var sub = body
                let sid = id("sub")
                sub["subscription_id"] = .string(sid); sub["plan_details"] = .object(plan)
                sub["order_id"] = .string(nextIDLocked(&s)); sub["redirect_url"] = .string("\(publicBaseURL)/mandate/\(sid)")
                sub["status"] = hasCard ? "ACTIVE" : "CREATED"
                sub["payment_mode"] = "CARD"; sub["order_amount"] = plan["amount"] ?? .null
                sub["created_at"] = .string(now); sub["modified_at"] = .string(now)
                r.subscriptions[sid] = sub; r.subscriptionByReference[ref] = sid
                emit(hasCard ? "SUBSCRIPTION_ACTIVATED" : "SUBSCRIPTION_PENDING", sub)
                return ok(sub)
            case "getSubscription":
                let sid = ids["subscription_id"] ?? ids["merchant_subscription_reference"].flatMap { r.subscriptionByReference[$0] } ?? ""
                return r.subscriptions[sid].map(ok) ?? notFound("Subscription")
            case "updateSubscription", "pauseSubscription", "resumeSubscription", "cancelSubscription":
                let sid = ids["subscription_id"] ?? ""
                guard var sub = r.subscriptions[sid] else { return notFound("Subscription \(sid)") }
                let status = sub["status"]?.stringValue ?? ""
                let event: String
                switch name {
                case "pauseSubscription":
                    guard ["ACTIVE", "RESUMED"].contains(status) else { return refuse("Only an ACTIVE subscription can be paused; this one is \(status).") }
                    sub["status"] = "PAUSED"; event = "SUBSCRIPTION_PAUSED"
                case "resumeSubscription":
                    guard status == "PAUSED" else { return refuse("Only a PAUSED subscription can be resumed; this one is \(status).") }
                    sub["status"] = "ACTIVE"; event = "SUBSCRIPTION_RESUMED"
                case "cancelSubscription":
                    guard !["CANCELLED", "COMPLETED", "EXPIRED"].contains(status) else { return refuse("The subscription is already \(status).") }
                    sub["status"] = "CANCELLED"; event = "SUBSCRIPTION_CANCELLED"
                default:
                    guard !["CANCELLED", "COMPLETED", "EXPIRED", "HALTED"].contains(status) else { return refuse("A \(status) subscription cannot change.") }
                    if let pid = body["new_plan_id"]?.stringValue {
                        guard let plan = r.plans[pid] else { return notFound("Plan \(pid)") }
                        sub["plan_details"] = .object(plan)
                    }
                    if let end = body["new_end_date"] { sub["end_date"] = end }
                    event = "SUBSCRIPTION_UPDATED"
                }
                sub["modified_at"] = .string(now)
                r.subscriptions[sid] = sub
                emit(event, sub)
                return ok(sub)

            // MARK: presentations and debits
            case "listPresentations":
                let sid = ids["subscription_id"] ?? ""
                guard r.subscriptions[sid] != nil else { return notFound("Subscription \(sid)") }
                return list("presentations", r.presentations.values.filter { $0["subscription_id"]?.stringValue == sid })
            case "createPresentation", "sendPreDebitNotification":
                let sid = ids["subscription_id"] ?? body["subscription_id"]?.stringValue ?? ""
                let ref = body["merchant_presentation_reference"]?.referenceText
                if let ref, let existing = r.presentationByReference[ref], let p = r.presentations[existing] { return ok(p) }
                guard let sub = r.subscriptions[sid] else { return notFound("Subscription \(sid)") }
                guard ["ACTIVE", "RESUMED", "DEBIT_FAILED"].contains(sub["status"]?.stringValue ?? "") else {
                    return refuse("Only an ACTIVE subscription can be debited; this one is \(sub["status"]?.stringValue ?? "").")
                }
                let pid = id("pre")
                var p: JSONObject = ["presentation_id": .string(pid), "subscription_id": .string(sid),
                                     "amount": body["amount"] ?? sub["plan_details"]?["amount"] ?? .null,
                                     "due_date": body["due_date"] ?? .string(now), "pdn_status": "NOTIFIED",
                                     "status": name == "createPresentation" ? "CREATED" : "WAITING_FOR_EXECUTION", "failure_count": 0,
                                     "created_at": .string(now), "updated_at": .string(now)]
                if let ref { p["merchant_presentation_reference"] = .string(ref); r.presentationByReference[ref] = pid }
                r.presentations[pid] = p
                return ok(p)
            case "getPresentation":
                let pid = ids["presentation_id"] ?? ids["merchant_presentation_reference"].flatMap { r.presentationByReference[$0] } ?? ""
                return r.presentations[pid].map(ok) ?? notFound("Presentation")
            case "deletePresentation":
                let pid = ids["presentation_id"] ?? ""
                guard var p = r.presentations[pid] else { return notFound("Presentation \(pid)") }
                guard !["COMPLETED", "PENDING"].contains(p["status"]?.stringValue ?? "") else { return refuse("An executed debit cannot be withdrawn.") }
                p["status"] = "CANCELLED"; p["pdn_status"] = "CANCELLED"
                r.presentations[pid] = p
                return HTTPResponse(status: 204, headers: [:], body: [])
            case "executeMandateDebit", "retryMandateDebit":
                let pid = body["presentation_id"]?.stringValue
                    ?? body["merchant_presentation_reference"]?.referenceText.flatMap { r.presentationByReference[$0] } ?? ""
                guard var p = r.presentations[pid], let sid = p["subscription_id"]?.stringValue, var sub = r.subscriptions[sid] else {
                    return notFound("Presentation \(pid)")
                }
                let status = p["status"]?.stringValue ?? ""
                if name == "retryMandateDebit" {
                    guard status == "FAILED" else { return refuse("Only a FAILED debit can be retried; this one is \(status).") }
                } else {
                    guard ["CREATED", "WAITING_FOR_EXECUTION", "NOTIFIED"].contains(status) else { return refuse("This debit is already \(status).") }
                }
                guard ["ACTIVE", "RESUMED", "DEBIT_FAILED"].contains(sub["status"]?.stringValue ?? "") else {
                    return refuse("The subscription is \(sub["status"]?.stringValue ?? ""): it cannot be debited.")
                }
                let fails = p["merchant_presentation_reference"]?.stringValue?.hasPrefix("fail") ?? false
                p["updated_at"] = .string(now)
                if fails {
                    let count = (p["failure_count"]?.numberValue?.int64 ?? 0) + 1
                    p["status"] = "FAILED"; p["failure_count"] = .int(Int(count))
                    sub["status"] = count >= Int64(RecurringState.haltAfterFailures) ? "HALTED" : "DEBIT_FAILED"
                    if sub["status"] == "HALTED" { emit("SUBSCRIPTION_HALTED", sub) }
                } else {
                    p["status"] = "COMPLETED"; p["order_id"] = .string(nextIDLocked(&s))
                    sub["status"] = "ACTIVE"
                    emit("SUBSCRIPTION_CHARGED", ["subscription": .object(sub), "presentation": .object(p)])
                }
                sub["modified_at"] = .string(now)
                r.presentations[pid] = p; r.subscriptions[sid] = sub
                return ok(p)
            default:
                return nil
            }
        }
    }

    /// An order id made while the state is held (`nextID` takes the lock itself).
    func nextIDLocked(_ s: inout SimState) -> String {
        s.sequence += 1
        return "v1-\(1_000_000_000 + s.sequence)-aa-\(String(UUID().uuidString.prefix(6)))"
    }
}

extension JSONValue {
    /// A merchant reference as text (Plural's samples send some as integers).
    var referenceText: String? {
        switch self {
        case .string(let s): return s
        case .number(let n): return n.text
        default: return nil
        }
    }
}
