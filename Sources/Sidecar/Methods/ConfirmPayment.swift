import JSONRPC
import Plural
import Support

/// The one call a return-URL handler needs. The browser's fields prove only which order came back; whether
/// it is paid is read from the gateway, so a customer who edits the fields (or replays an old return) gets
/// nothing they did not pay for.
enum ConfirmPayment: SidecarMethod {
    static let name = "confirmPayment"
    static let tag = "signatures"
    static let summary = "Confirm a return to your URL: verify the signed fields exactly as received, then read the order from the gateway; paid only when the gateway says so."
    static let description = """
    Pass every field posted to your callback_url (v3: order_id, payment_status, signature…) or merchant_return_url (v2: \
    unique_merchant_txn_id, dia_secret…) exactly as received. A forged or tampered payload answers verified: false, paid: false and \
    fetches nothing. Otherwise the v3 order is fetched (getOrder) or the v2 transaction inquired, and paid is true only when that \
    record is AUTHORIZED or PROCESSED (v2: status 4 with code 1). AUTHORIZED (pre_auth) orders still need capture.
    """
    static let params = [Param("payload", required: true, Schema.object([:], description: "The fields posted to your return URL, values exactly as received."))]
    static let resultName = "confirmation"
    static let result = Schema.object([
        "verified": Schema.boolean("The payload's signature is Plural's."),
        "paid": Schema.boolean("The gateway's own record says the customer paid (never taken from the payload)."),
        "scheme": Schema.enumeration(["v3-callback", "v2-callback"], "Which return was confirmed."),
        "order_status": Schema.string("v3: the order's status (AUTHORIZED needs capture); v2: success, failed, pending or unknown."),
        "amount": Schema.integer("The amount the gateway holds for it, in paise."),
        "order": Schema.anyObject,
    ], required: ["verified", "paid"])
    static let errors: [ErrorCode] = [.settingMissing] + MethodEntry.gatewayErrors

    static let paidStatuses: Set<String> = ["AUTHORIZED", "PROCESSED"]

    static func handler(_ c: MethodContext) -> RPCHandler {
        let verifier = CallbackVerifier(config: c.config)
        let gateway = c.gateway
        return .async { params in
            guard case .object(let payload)? = params["payload"] else { throw RPCError.invalidParams(field: "payload", reason: "must be an object") }
            let outcome = try verifier.verify(payload)
            guard outcome.valid, outcome.scheme != .v2Inquiry else {
                var refused: JSONObject = ["verified": false, "paid": false]
                if outcome.scheme != .v2Inquiry { refused["scheme"] = .string(outcome.scheme.rawValue) }
                return .object(refused)
            }
            if outcome.scheme == .v2Callback {
                guard case .string(let txn)? = payload["unique_merchant_txn_id"] else {
                    throw RPCError.invalidParams(field: "payload.unique_merchant_txn_id", reason: "is required to confirm a v2 return")
                }
                let status = try await gateway.inquiry(["unique_merchant_txn_id": .string(txn)])
                return ["verified": true, "paid": .bool(status["payment_succeeded"]?.boolValue ?? false), "scheme": "v2-callback",
                        "order_status": status["outcome"] ?? "unknown", "amount": .number(JSONNumber(LegacyStatus.paise(status["ppc_Amount"]))),
                        "order": status]
            }
            guard case .string(let id)? = payload["order_id"], !id.isEmpty else {
                throw RPCError.invalidParams(field: "payload.order_id", reason: "is required to confirm a v3 return")
            }
            let answer = try await gateway.call(OperationCatalog.named("getOrder")!, ["order_id": .string(id)])
            let order = answer["data"] ?? answer
            let status = order["status"]?.stringValue ?? ""
            return ["verified": true, "paid": .bool(paidStatuses.contains(status)), "scheme": "v3-callback",
                    "order_status": .string(status), "amount": order["order_amount"]?["value"] ?? .null, "order": order]
        }
    }
}
