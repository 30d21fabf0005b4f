import Support

/// Recurring billing as the simulator keeps it: customers and their card tokens, plans, subscriptions and
/// their presentations (debits), each as the JSON object Plural answers, with indexes by merchant reference.
struct RecurringState: Sendable {
    var customers: [String: JSONObject] = [:]
    var customerByReference: [String: String] = [:]
    var cardTokens: [String: JSONObject] = [:]
    var plans: [String: JSONObject] = [:]
    var planByReference: [String: String] = [:]
    var subscriptions: [String: JSONObject] = [:]
    var subscriptionByReference: [String: String] = [:]
    var presentations: [String: JSONObject] = [:]
    var presentationByReference: [String: String] = [:]
    /// Failed debits after which Plural halts a subscription.
    static let haltAfterFailures = 3
}
