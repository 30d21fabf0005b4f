import Foundation
import Support

/// The gateway layer's front door: `call(operation, params)` runs any declared operation (see
/// `OperationCall.swift`); the legacy calls' own senders live in `Legacy/`. Answers are checked against the
/// declared schema and returned whole (declared fields verified, everything else passed through).
public final class PluralGateway: Sendable {
    public let client: PluralClient
    /// The keys of money-moving calls (and the journal, when `PLURAL_STATE_DIR` is set).
    public let ledger: IdempotencyLedger
    public var config: PluralConfig { client.config }

    /// Without a ledger, keys are kept in memory for `PLURAL_IDEMPOTENCY_TTL`.
    public init(client: PluralClient, ledger: IdempotencyLedger? = nil) {
        self.client = client
        self.ledger = ledger ?? IdempotencyLedger(journal: nil, ttl: (try? client.config.idempotencyTTL()) ?? 86_400)
    }

    /// The path of the first amount (`{value, currency}` under a key ending in `amount`) whose value is not
    /// an integer as written (`1100.0`, `1E3`), anywhere in an answer — declared or not: money is never rounded.
    static func nonIntegerAmount(in v: JSONValue, path: String) -> String? {
        switch v {
        case .object(let o):
            for m in o.members {
                let here = path.isEmpty ? m.key : "\(path).\(m.key)"
                if m.key.hasSuffix("amount"), case .object(let a) = m.value, let value = a["value"] {
                    if case .number(let n) = value, !n.isInteger { return "\(here).value" }
                }
                if let bad = nonIntegerAmount(in: m.value, path: here) { return bad }
            }
        case .array(let items):
            for (i, item) in items.enumerated() {
                if let bad = nonIntegerAmount(in: item, path: "\(path)[\(i)]") { return bad }
            }
        default: break
        }
        return nil
    }

    /// Percent-encodes one path segment (ids are validated first; this guards what validation allows).
    static func segment(_ s: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "/?#")
        return s.addingPercentEncoding(withAllowedCharacters: allowed) ?? s
    }
}
