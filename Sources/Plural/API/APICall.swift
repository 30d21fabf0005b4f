import Support

/// One gateway operation as the client layer sends it.
public struct APICall: Sendable {
    /// Which of Plural's hosts serves it. Each is one setting; the official definition serves `/ps/…`,
    /// `/payouts/…` and `/api/settlements/…` from the v3 API's host, so those settings default to it.
    public enum Host: String, Sendable, CaseIterable {
        case api, pg, orderToken = "order_token", ps, payouts, settlements

        /// The setting that names its base URL.
        public var setting: String {
            switch self {
            case .api: return "PLURAL_API_URL"
            case .pg: return "PLURAL_PG_URL"
            case .orderToken: return "PLURAL_ORDER_TOKEN_URL"
            case .ps: return "PLURAL_PS_URL"
            case .payouts: return "PLURAL_PAYOUTS_URL"
            case .settlements: return "PLURAL_SETTLEMENTS_URL"
            }
        }

        /// The metrics and log label: a fixed set.
        public var label: String { rawValue }
    }

    /// When a failed attempt may be repeated. This is what stops a retry from charging twice.
    public enum RetryPolicy: Sendable {
        /// Reads and the token call: no effect to repeat. Retried on connection errors, timeouts, 429 and 5xx.
        case read
        /// Changes money, but a repeat with the same `merchant_*_reference` returns the first result
        /// (creating an order, payment, checkout, link or refund): retried like a read.
        case idempotentByReference
        /// Changes money with no idempotency guarantee (capture, cancel, cancelling a link, legacy calls):
        /// retried only when the request certainly never reached the gateway (connection refused, 429).
        case notSentOnly
    }

    public var name: String
    public var method: String
    public var host: Host
    /// Path plus query, starting with `/`. Ids in it are validated (`Params.pathID`) before they get here.
    public var path: String
    public var body: JSONValue?
    public var retry: RetryPolicy
    /// False for the calls signed some other way (token endpoint, legacy `X-VERIFY` / `ppc_DIA_SECRET`).
    public var bearer: Bool = true
    /// Extra headers (e.g. `X-VERIFY`). Logged by name only.
    public var headers: [(name: String, value: String)] = []
    /// A pre-encoded body (form-urlencoded legacy calls); used instead of `body` when set.
    public var rawBody: [UInt8]? = nil
    public var contentType = "application/json"
    /// The answer is a file (a PDF), returned as `FileContent` rather than parsed as JSON.
    public var binaryAnswer = false
    /// Sent as `Idempotency-Key` on every attempt of this call (operations that move money), so Plural can
    /// tell a retry from a second request.
    public var idempotencyKey: String? = nil
    /// The `Request-ID` of every attempt; made fresh when nil. Money-moving calls set it first, so their journal
    /// intent names the request Plural will see.
    public var requestID: String? = nil

    public init(name: String, method: String, host: Host = .api, path: String, body: JSONValue? = nil, retry: RetryPolicy) {
        self.name = name
        self.method = method
        self.host = host
        self.path = path
        self.body = body
        self.retry = retry
    }
}

/// An answer the gateway gave with a 2xx status, parsed.
public struct APIAnswer: Sendable {
    public let status: Int
    public let json: JSONValue
    public let body: [UInt8]
    public let requestID: String
}
