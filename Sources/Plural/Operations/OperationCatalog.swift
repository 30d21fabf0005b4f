import Support

/// Every Plural operation the sidecar serves, by area. Adding one here makes it a JSON-RPC method, an
/// OpenRPC entry (and so a helper in each generated client) and a request shape the simulator enforces.
public enum OperationCatalog {
    public static let all: [PluralOperation] =
        PluralOperation.orders + PluralOperation.payments + PluralOperation.refunds + PluralOperation.checkout
        + PluralOperation.paymentOption + PluralOperation.paymentLinks + PluralOperation.legacy
        + PluralOperation.customers + PluralOperation.cardTokens + PluralOperation.plans + PluralOperation.subscriptions
        + PluralOperation.presentations + PluralOperation.cardPayments + PluralOperation.affordability + PluralOperation.paymentExtras
        + PluralOperation.settlements + PluralOperation.splitSettlements + PluralOperation.brandWallet + PluralOperation.reservePay
        + PluralOperation.international + PluralOperation.eChallans + PluralOperation.payouts

    private static let byName: [String: PluralOperation] = Dictionary(all.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })

    public static func named(_ name: String) -> PluralOperation? { byName[name] }

    /// The v3 operations whose route a request matches, most literal route first (so `…/orders/reference/{r}`
    /// wins over `…/orders/{id}` shapes of the same length), with the path params the request carries.
    public static func matching(method: String, path: String) -> [(operation: PluralOperation, pathParams: [String: String])] {
        var found: [(PluralOperation, [String: String])] = []
        for op in all where op.sender == nil {
            if let captured = op.match(method: method, path: path) { found.append((op, captured)) }
        }
        return found.sorted { $0.1.count < $1.1.count }
    }
}
