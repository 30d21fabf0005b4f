import Support

/// Payouts as the simulator keeps them: one funding account and its balance (integer paise), and every payout
/// by Plural's id with an index by the merchant's clientReferenceId.
struct PayoutsState: Sendable {
    /// ₹1,00,000 to start with; `simulator.configure {payout_balance}` sets it.
    var balance: Int64 = 10_000_000
    var payouts: [String: JSONObject] = [:]
    var byClientReference: [String: String] = [:]
    /// Payout ids in the order they were made (lists answer in that order).
    var created: [String] = []
    /// Seconds a new payout stays SCHEDULED (cancellable) before it is paid; `simulator.configure {payout_delay}` sets it.
    var delay: Double = 300
}
