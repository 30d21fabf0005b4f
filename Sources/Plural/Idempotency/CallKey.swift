import Support

/// What makes two calls "the same call": the caller's `idempotency_key`, or else the call's own merchant
/// reference with the ids in its path (a capture is `capture` + order id + `merchant_capture_reference`; a cancel
/// is `cancel` + order id). Keys of the second kind are per method, so a refund's reference never meets an
/// order's.
public struct CallKey: Sendable, Hashable {
    /// The ledger's and the journal's name for it.
    public let ledgerKey: String
    /// How errors and `pendingOutcomes` show it: the caller's key, or `method reference…`.
    public let display: String
    /// Sent as `Idempotency-Key`, the same on every attempt and every repeat of the call.
    public let upstream: String

    /// nil when the call has neither (a legacy refund without `idempotency_key`): it is not deduplicated.
    public init?(_ op: PluralOperation, _ params: JSONObject, explicit: String?) {
        if let explicit {
            ledgerKey = "k:" + explicit
            display = explicit
            upstream = explicit
            return
        }
        let pathIDs = (op.route(for: params)?.pathParams ?? []).compactMap { params[$0]?.referenceTexts.first }
        let references = op.referenceValues(in: params)
        if op.reference != nil && references.isEmpty { return nil }
        guard !pathIDs.isEmpty || !references.isEmpty else { return nil }
        let parts: [JSONValue] = [.string(op.name)] + (pathIDs + references).map { .string($0) }
        ledgerKey = "r:" + JSONWriter.string(.array(parts))
        display = ([op.name] + pathIDs + references).joined(separator: " ")
        upstream = Self.uuid(SHA256.hash(ledgerKey))
    }

    /// A key as the journal names it (for the lookups made at start).
    init(ledgerKey: String) {
        self.ledgerKey = ledgerKey
        display = IdempotencyLedger.display(ledgerKey)
        upstream = ledgerKey.hasPrefix("k:") ? display : Self.uuid(SHA256.hash(ledgerKey))
    }

    /// A digest laid out as a UUID (the form Plural's guides send), so a derived key is the same on every host.
    static func uuid(_ d: [UInt8]) -> String {
        let h = Hex.encode(d.prefix(16))
        let c = Array(h)
        return String(c[0..<8]) + "-" + String(c[8..<12]) + "-" + String(c[12..<16]) + "-" + String(c[16..<20]) + "-" + String(c[20..<32])
    }
}

extension PluralOperation {
    /// The values at the declaration's `reference` path in these params (several for `payments[].…`).
    func referenceValues(in params: JSONObject) -> [String] {
        guard let path = reference else { return [] }
        return Reconciliation.values(at: path.split(separator: ".").map(String.init), in: .object(params)).flatMap(\.referenceTexts)
    }
}

/// A keyed digest of a call's params: equal params give equal fingerprints, and the journal that stores it
/// reveals nothing of them (card data included) without the key beside it.
public struct Fingerprint: Sendable {
    let key: HMACKey

    public init(key: [UInt8]) { self.key = HMACKey(key) }

    public func of(method: String, _ params: JSONObject) -> String {
        var p = params
        p[PluralOperation.idempotencyKey] = nil
        let canonical = method + "\n" + JSONWriter.sortedString(.object(p))
        return Hex.encode(key.mac(canonical).prefix(16))
    }
}
