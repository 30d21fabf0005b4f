import Support

/// What a refund may take: declared with each refund operation, checked by the sidecar before the refund is
/// sent (Plural's own list of integration mistakes has partial refunds adding up past the captured amount).
public struct RefundLimit: Sendable {
    /// What the gateway says of the refunded order.
    public struct Reading: Sendable {
        public var captured: Int64
        /// As the gateway reports it (0 where it does not say); the sidecar's own record of its refunds counts too.
        public var refunded: Int64
        /// Identifiers the refund's lookup needs that only this read knows (the refunded total before it).
        public var ids: JSONObject = JSONObject()
        public init(captured: Int64, refunded: Int64, ids: JSONObject = JSONObject()) {
            self.captured = captured
            self.refunded = refunded
            self.ids = ids
        }
    }

    /// The refunded order's name in the ledger (`order_id`, `legacy:<txn id>`).
    public let parent: @Sendable (JSONObject) -> String?
    /// The paise asked for; nil where the call refunds whatever is left.
    public let requested: @Sendable (JSONObject) -> Int64?
    /// Reads the captured and refunded amounts (a gateway failure here fails the refund unsent).
    public let read: @Sendable (PluralGateway, JSONObject) async throws -> Reading

    public init(parent: @escaping @Sendable (JSONObject) -> String?, requested: @escaping @Sendable (JSONObject) -> Int64?,
                read: @escaping @Sendable (PluralGateway, JSONObject) async throws -> Reading) {
        self.parent = parent
        self.requested = requested
        self.read = read
    }

    /// What an order shows as captured: its processed payments' captures (or amounts), else, for an order
    /// Plural reports processed or refunded, its amount. A fully refunded order reports everything refunded.
    public static func reading(order: JSONValue) -> Reading {
        let status = order["status"]?.stringValue ?? ""
        var captured: Int64 = 0
        for p in order["payments"]?.arrayValue ?? [] where p["status"]?.stringValue == "PROCESSED" {
            let captures = (p["capture_data"]?.arrayValue ?? []).compactMap { $0["capture_amount"]?["value"]?.numberValue?.int64 }
            captured += captures.isEmpty ? (p["payment_amount"]?["value"]?.numberValue?.int64 ?? 0) : captures.reduce(0, +)
        }
        if captured == 0, ["PROCESSED", "PARTIALLY_REFUNDED", "FULLY_REFUNDED"].contains(status) {
            captured = order["order_amount"]?["value"]?.numberValue?.int64 ?? 0
        }
        return Reading(captured: captured, refunded: status == "FULLY_REFUNDED" ? captured : 0)
    }
}
