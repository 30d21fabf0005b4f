import Support

/// An order as the simulator keeps it. Rendered to Plural's JSON shape on every answer.
struct SimOrder: Sendable {
    var id: String
    /// `merchant_order_reference` as the merchant sent it (string or number).
    var reference: JSONValue
    var type = "CHARGE"
    var status = "CREATED"
    var amount: Int64
    var currency: String
    var preAuth: Bool
    /// Everything else the merchant sent (purchase_details, merchant_metadata, …), echoed back.
    var extra: JSONObject
    var payments: [SimPayment] = []
    var parentID: String?
    var captured: Int64 = 0
    var refunded: Int64 = 0
    var challengeURL: String?
    var createdAt: String
    var updatedAt: String

    var referenceKey: String { Self.key(reference) }

    static func key(_ reference: JSONValue) -> String {
        switch reference {
        case .string(let s): return s
        case .number(let n): return n.text
        default: return JSONWriter.string(reference)
        }
    }

    func json(merchantID: String) -> JSONValue {
        var o = JSONObject()
        o.append("order_id", .string(id))
        o.append("merchant_order_reference", .string(referenceKey))
        o.append("type", .string(type))
        o.append("status", .string(status))
        if let challengeURL { o.append("challenge_url", .string(challengeURL)) }
        if let parentID { o.append("parent_order_id", .string(parentID)) }
        o.append("merchant_id", .string(merchantID))
        o.append("order_amount", ["value": .number(JSONNumber(amount)), "currency": .string(currency)])
        o.append("pre_auth", .bool(preAuth))
        for m in extra where !o.contains(m.key) { o.append(m.key, m.value) }
        o.append("payments", .array(payments.map(\.json)))
        o.append("created_at", .string(createdAt))
        o.append("updated_at", .string(updatedAt))
        return .object(o)
    }
}

struct SimPayment: Sendable {
    var id: String
    var status = "PENDING"
    var amount: Int64
    var currency: String
    var method: String
    var reference: JSONValue?
    /// What the gateway says about the instrument (card network, UPI mode…), never the card number.
    var option: JSONObject
    var captures: [JSONValue] = []
    var acquirer: JSONValue?
    var errorDetail: JSONValue?
    var createdAt: String
    var updatedAt: String

    var json: JSONValue {
        var o = JSONObject()
        o.append("id", .string(id))
        if let reference { o.append("merchant_payment_reference", reference) }
        o.append("status", .string(status))
        o.append("payment_amount", ["value": .number(JSONNumber(amount)), "currency": .string(currency)])
        o.append("payment_method", .string(method))
        o.append("payment_option", .object(option))
        if let acquirer { o.append("acquirer_data", acquirer) }
        if !captures.isEmpty { o.append("capture_data", .array(captures)) }
        if let errorDetail { o.append("error_detail", errorDetail) }
        o.append("created_at", .string(createdAt))
        o.append("updated_at", .string(updatedAt))
        return .object(o)
    }
}

/// The simulator's whole memory. Guarded by one lock in `PluralSimulator`.
struct SimState: Sendable {
    var orders: [String: SimOrder] = [:]
    var orderByReference: [String: String] = [:]
    var refundByReference: [String: String] = [:]
    var links: [String: JSONObject] = [:]
    var linkByReference: [String: String] = [:]
    var tokens: [String: Double] = [:]
    var faults: [Fault] = []
    var tokenRequests = 0
    var requestCount = 0
    /// The last requests seen (method, path, headers that matter): tests read it to check what was sent.
    var requestLog: [JSONValue] = []
    var sequence = 0
    var legacy = LegacyState()
    /// Tokens in the checkout-page URLs handed out (challenge_url, hosted-checkout redirect_url) → order id.
    var pageTokens: [String: String] = [:]
    var webhooks: [WebhookDelivery] = []
    var recurring = RecurringState()
    var extras = PaymentExtrasState()
    var funds = FundsState()
    var documents = DocumentsState()
    var payouts = PayoutsState()
    /// The webhook events state changes produced, oldest first (`{event_type, data}`, as Plural posts them).
    var events: [JSONValue] = []
    /// How many of `events` have been handed to webhook delivery.
    var eventsDelivered = 0
    var tokenTTLOverride: Double?
    /// Set by `accept_client_secret`: from then on the token endpoint accepts only these secrets (a rotation
    /// has a window where both the old and the new one work).
    var acceptedSecrets: [String]?
    /// Which client secret each live token was issued for, so dropping a secret drops its tokens alone.
    var tokenSecrets: [String: String] = [:]
    var tokenFormOverride: SimulatorSettings.TokenForm?
    /// Refunds limited to what is left to refund, as Plural does; a test turns it off to see who else limits them.
    var refundCap = true
}

/// Legacy (v1/v2) transactions, keyed by `unique_merchant_txn_id`.
struct LegacyState: Sendable {
    var transactions: [String: JSONObject] = [:]
    var tokens: [String: String] = [:]
    var orderTokens: [String: String] = [:]
    var nextTransactionID = 342_048_376
}
