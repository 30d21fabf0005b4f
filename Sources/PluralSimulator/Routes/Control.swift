import Foundation
import Plural
import Support

/// `/_simulator/…`: the control surface of a simulator served over HTTP (`simulate --port N`), for tests
/// and tools in any language. The in-process simulator is driven through the sidecar's `simulator.*` methods.
extension PluralSimulator {
    func control(_ request: HTTPRequest) -> HTTPResponse {
        let body = (try? JSONParser.parse(request.body)) ?? .object(JSONObject())
        switch (request.method.uppercased(), request.path) {
        case ("POST", "/_simulator/pay"):
            let outcome = PayOutcome(rawValue: body["outcome"]?.stringValue ?? "success") ?? .success
            let result: Result<JSONValue, SimulatorFailure>
            if case .string(let txn)? = body["unique_merchant_txn_id"] {
                result = payLegacy(uniqueMerchantTxnID: txn, outcome: outcome)
            } else if case .string(let id)? = body["order_id"] {
                result = pay(orderID: id, outcome: outcome)
            } else {
                return Self.error(400, "INVALID_REQUEST", "order_id or unique_merchant_txn_id is required.")
            }
            switch result {
            case .success(let fields): return Self.json(200, fields)
            case .failure(let f): return Self.error(f.code.hasSuffix("NOT_FOUND") ? 404 : 422, f.code, f.message)
            }
        case ("POST", "/_simulator/faults"):
            return Self.json(200, configure(body))
        case ("DELETE", "/_simulator/faults"):
            clearFaults()
            return Self.json(200, ["faults": 0])
        case ("GET", "/_simulator/stats"):
            return Self.json(200, stats())
        case ("GET", "/_simulator/webhooks"):
            return Self.json(200, webhookDeliveries())
        case ("GET", "/_simulator/events"):
            return Self.json(200, ["events": .array(events())])
        case ("GET", "/_simulator/ledger"):
            return Self.json(200, ledger())
        case ("GET", "/_simulator/uploads"):
            return Self.json(200, ["uploads": .array(uploads())])
        default:
            return Self.error(404, "NOT_FOUND", "No simulator control at \(request.method) \(request.path).")
        }
    }

    /// Applies `{faults: [...], clear?: bool, token_ttl?: seconds, token_form?: "expires_in"|"expires_at", revoke_tokens?: bool, accept_client_secret?: string or [string], payout_balance?: paise, payout_delay?: seconds}`.
    public func configure(_ body: JSONValue) -> JSONValue {
        if body["clear"]?.boolValue == true { clearFaults() }
        if case .array(let list)? = body["faults"] { addFaults(list.compactMap(Fault.parse)) }
        if let ttl = body["token_ttl"]?.numberValue?.double, ttl.isFinite, ttl > 0, ttl <= 31_536_000 {
            setTokenTTL(ttl, form: body["token_form"]?.stringValue.flatMap(SimulatorSettings.TokenForm.init(rawValue:)))
        } else if let form = body["token_form"]?.stringValue.flatMap(SimulatorSettings.TokenForm.init(rawValue:)) {
            state.withLock { $0.tokenFormOverride = form }
        }
        let accepted: [String]?
        switch body["accept_client_secret"] {
        case .string(let secret)?: accepted = [secret]
        case .array(let secrets)?: accepted = secrets.compactMap(\.stringValue)
        default: accepted = nil
        }
        if let accepted {
            // A secret no longer accepted takes its tokens with it, as revoking a credential does.
            state.withLock { s in
                s.acceptedSecrets = accepted
                for (token, secret) in s.tokenSecrets where !accepted.contains(secret) {
                    s.tokens[token] = nil
                    s.tokenSecrets[token] = nil
                }
            }
        }
        if body["revoke_tokens"]?.boolValue == true { revokeTokens() }
        if let cap = body["refund_cap"]?.boolValue { state.withLock { $0.refundCap = cap } }
        if let balance = body["payout_balance"]?.numberValue?.int64, balance >= 0 { setPayoutBalance(balance) }
        if let delay = body["payout_delay"]?.numberValue?.double, delay.isFinite, delay >= 0, delay <= 86_400 { setPayoutDelay(delay) }
        return stats()
    }

    /// Every order and legacy transaction with what moved: a test's view of where the money went.
    public func ledger() -> JSONValue {
        state.withLock { s in
            let orders: [JSONValue] = s.orders.values.sorted { $0.createdAt < $1.createdAt }.map { o in
                var e: JSONObject = ["order_id": .string(o.id), "merchant_order_reference": .string(o.referenceKey), "type": .string(o.type),
                                     "status": .string(o.status), "amount": .number(JSONNumber(o.amount)), "captured": .number(JSONNumber(o.captured)),
                                     "refunded": .number(JSONNumber(o.refunded))]
                if let p = o.parentID { e["parent_order_id"] = .string(p) }
                e["payments"] = .array(o.payments.map { p in
                    ["id": .string(p.id), "merchant_payment_reference": p.reference ?? .null, "status": .string(p.status),
                     "captures": .int(p.captures.count)]
                })
                return .object(e)
            }
            let legacy: [JSONValue] = s.legacy.transactions.sorted { $0.key < $1.key }.map { k, t in
                ["unique_merchant_txn_id": .string(k), "status": t["status"] ?? .null, "amount": t["amount"] ?? .null,
                 "captured": t["captured"] ?? .null, "refunded": t["refunded"] ?? .null]
            }
            return ["orders": .array(orders), "legacy_transactions": .array(legacy)]
        }
    }

    public func stats() -> JSONValue {
        state.withLock { s in
            ["token_requests": .int(s.tokenRequests), "requests": .int(s.requestCount), "orders": .int(s.orders.count),
             "faults_pending": .int(s.faults.count), "recent_requests": .array(Array(s.requestLog.suffix(50)))]
        }
    }
}
