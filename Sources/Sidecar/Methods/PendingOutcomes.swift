import Foundation
import JSONRPC
import Plural
import Support

/// `pendingOutcomes` → the money-moving calls whose outcome is still unknown after the sidecar looked them up
/// (and, with a journal, those in flight when an earlier process died that no lookup has settled yet).
enum PendingOutcomes: SidecarMethod {
    static let name = "pendingOutcomes"
    static let tag = "sidecar"
    static let summary = "Money-moving calls whose outcome is still unknown; repeat one with its key to look it up again."
    static let description = """
    Each entry is a call that was sent and whose answer was lost, and that no lookup has settled (by order id or \
    merchant reference) within PLURAL_RECONCILE_TIMEOUT. Repeating the call with the same idempotency key (or \
    merchant reference) looks it up again and answers what happened; a new call for the same merchant reference \
    is refused (-32007, outcome_pending) until then. With PLURAL_STATE_DIR set, the list survives restarts.
    """
    static let params: [Param] = []
    static let resultName = "pending"
    static let result = Schema.object([
        "journal": Schema.boolean("True when a journal (PLURAL_STATE_DIR) keeps these across restarts."),
        "pending": Schema.array(Schema.object([
            "idempotency_key": Schema.string("The caller's idempotency_key, or the method and merchant reference that serve as it."),
            "method": Schema.string, "request_id": Schema.string("The Request-ID Plural saw."),
            "since": Schema.string("When the call was made (ISO-8601 UTC)."),
            "identifiers": Schema.object([:], description: "What the lookup reads by: order id, merchant references."),
        ], required: ["idempotency_key", "method", "since"])),
    ], required: ["journal", "pending"])

    static func handler(_ context: MethodContext) -> RPCHandler {
        let ledger = context.gateway.ledger
        return .immediate { _ in
            let list: [JSONValue] = ledger.pending().map { p in
                var o = JSONObject()
                o.append("idempotency_key", .string(p.key))
                o.append("method", .string(p.method))
                if let rid = p.requestID { o.append("request_id", .string(rid)) }
                o.append("since", .string(ISO8601.format(Date(timeIntervalSince1970: p.since))))
                var ids = p.ids
                ids["reference"] = nil
                o.append("identifiers", .object(ids))
                return .object(o)
            }
            return ["journal": .bool(ledger.journal != nil), "pending": .array(list)]
        }
    }
}
