import Support

/// An `idempotency_key` (or derived key) already taken by a call with other params (-32006).
public struct IdempotencyConflict: Error, Sendable, Equatable {
    public let key: String
    public let method: String
    public let firstMethod: String
}

/// A call refused before it was sent, to keep money safe (-32007). Nothing reached the gateway.
public struct SafetyRefusal: Error, Sendable, Equatable {
    public enum Rule: String, Sendable {
        /// The refund would take the refunded total past what was captured (refunds in flight counted).
        case refundExceedsCaptured = "refund_exceeds_captured"
        /// Another call for the same merchant reference has an outcome still unknown.
        case outcomePending = "outcome_pending"
    }
    public let rule: Rule
    public let message: String
    /// The figures behind it (paise: captured, refunded, pending, requested), or the pending call's key.
    public let details: JSONObject
}

/// A money-moving call whose answer was lost, after the sidecar looked it up: `original` is the failure as it
/// happened; `applied` false means a lookup showed it did not take effect (safe to repeat), nil that it is
/// still unknown.
public struct ReconciledFailure: Error, Sendable {
    public let original: GatewayError
    /// "not_applied" or "unknown".
    public let outcome: String
    public let reconciled: Bool
    public let key: String?
}
