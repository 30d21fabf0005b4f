import Foundation
import Support

/// One Plural operation, declared once, as data: everything else follows from this value — the JSON-RPC
/// method (dispatch, param checks, the OpenRPC entry and the clients generated from it), the HTTP call
/// (verb, path, query, body, retry class, `Idempotency-Key`), the check of the answer, and the simulator's
/// check of each request it receives. `docs/ARCHITECTURE.md` shows how to add one.
public struct PluralOperation: Sendable {
    /// One HTTP form of the operation. `{name}` segments are filled from the param of that name.
    public struct Route: Sendable {
        public let method: String
        public let path: String
        public init(_ method: String, _ path: String) {
            self.method = method
            self.path = path
        }
        /// The params the path takes, in order.
        public var pathParams: [String] {
            path.split(separator: "/").compactMap { s in
                s.hasPrefix("{") && s.hasSuffix("}") ? String(s.dropFirst().dropLast()) : nil
            }
        }
    }

    /// How a call's params become a request, when it is not the plain JSON body of the v3 API.
    public typealias Sender = @Sendable (PluralGateway, JSONObject) async throws -> JSONValue
    /// A rule between fields that a schema cannot say (totals, Luhn, minimums); field shapes belong in `params`.
    public typealias Rule = @Sendable (Params) throws(ValidationError) -> Void

    /// The JSON-RPC method name, as a Plural user would look for it.
    public let name: String
    /// The area (OpenRPC tag): orders, payments, refunds, checkout, payment-links, payment-option, legacy.
    public let tag: String
    public let summary: String
    public let description: String?
    public let host: APICall.Host
    /// The first route whose path params are all given is used (e.g. by id, else by merchant reference).
    public let routes: [Route]
    public let params: [Param]
    /// Params sent in the query string rather than the body.
    public let query: [String]
    /// True where the params are a Plural request body: undeclared members go on to Plural (which adds
    /// fields over time), unless one looks like a misspelling of a declared one.
    public let passesThroughParams: Bool
    public let resultName: String
    /// The schema the gateway's answer (unwrapped from `data`) must match.
    public let answer: JSONValue
    public let retry: APICall.RetryPolicy
    /// Where the merchant's reference that identifies this call sits, as a field path (`merchant_order_reference`,
    /// `payments[].merchant_payment_reference`); nil where there is none. A repeat with the same reference (and
    /// path ids) is the same call: Plural returns the first result for its creates, and the sidecar answers every
    /// repeat of a money-moving call from its idempotency ledger (`Idempotency/`) without sending it again.
    public let reference: String?
    /// Money moves (or is promised): the call takes an optional `idempotency_key`, carries an `Idempotency-Key`
    /// (the same on every attempt), and goes through the idempotency ledger and, when on, the journal.
    public let movesMoney: Bool
    /// How to tell whether the call took effect when its answer was lost; nil: it stays unknown.
    public let reconciliation: Reconciliation?
    /// For refunds: the limit checked before sending (the refunded total may not pass the captured amount).
    public let refundLimit: RefundLimit?
    public let rule: Rule?
    /// Set for the legacy calls, which are signed and encoded their own way.
    public let sender: Sender?
    /// The params that are neither in the path nor in the query: the request body's members.
    public let bodyParams: [Param]
    /// Body members that are amounts Plural's definition types as text (`{"value": "1100", …}`): callers give
    /// integer paise like everywhere else, and the request carries the digits as a string.
    public let amountsAsText: Set<String>
    /// The schema of the request body, as Plural's definition gives it: what the simulator checks each
    /// request against. Built once, with the declaration.
    public let bodySchema: JSONValue
    /// The param that carries a file (a `FileUpload`: base64 content, content type, file name). The request is
    /// then multipart/form-data with the file as the part of that name, the other body params as text parts
    /// (docs/FILES.md).
    public let upload: String?
    /// The answer is a file (a PDF), not JSON: it is returned as a `FileContent` (base64, content type, size).
    public let binaryAnswer: Bool
    /// The param whose value is the whole request body (Plural's bulk creates take a bare JSON array).
    public let wholeBody: String?

    public init(_ name: String, tag: String, summary: String, description: String? = nil, host: APICall.Host = .api,
                routes: [Route], params: [Param], query: [String] = [], passesThroughParams: Bool = false,
                result resultName: String, answer: JSONValue, retry: APICall.RetryPolicy, reference: String? = nil,
                movesMoney: Bool = false, reconciliation: Reconciliation? = nil, refundLimit: RefundLimit? = nil, rule: Rule? = nil,
                amountsAsText: Set<String> = [], sender: Sender? = nil, upload: String? = nil, binaryAnswer: Bool = false, wholeBody: String? = nil) {
        self.name = name
        self.tag = tag
        self.summary = summary
        self.description = description
        self.host = host
        self.routes = routes
        self.params = movesMoney ? params + [Self.idempotencyKeyParam] : params
        self.query = query
        self.passesThroughParams = passesThroughParams
        self.resultName = resultName
        self.answer = answer
        self.retry = retry
        self.reference = reference
        self.movesMoney = movesMoney
        self.reconciliation = reconciliation
        self.refundLimit = refundLimit
        self.rule = rule
        self.sender = sender
        self.amountsAsText = amountsAsText
        self.upload = upload
        self.binaryAnswer = binaryAnswer
        self.wholeBody = wholeBody
        let elsewhere = Set(routes.flatMap(\.pathParams) + query + [Self.idempotencyKey])
        bodyParams = self.params.filter { !elsewhere.contains($0.name) }
        bodySchema = Self.bodySchema(of: bodyParams.map { p in
            amountsAsText.contains(p.name) ? Param(p.name, required: p.required, Schema.ref("AmountText")) : p
        })
    }

    /// A body member as it goes on the wire: an amount the definition types as text gets its paise as digits.
    func wireValue(_ name: String, _ value: JSONValue) -> JSONValue {
        guard amountsAsText.contains(name), case .object(var o) = value, case .number(let n)? = o["value"] else { return value }
        o["value"] = .string(n.text)
        return .object(o)
    }

    /// The sidecar's own param of every money-moving method: never sent in a body (it goes up as the
    /// `Idempotency-Key` header).
    public static let idempotencyKey = "idempotency_key"
    static let idempotencyKeyParam = Param(idempotencyKey, Schema.string(
        "Your key for this call (1–64 of A-Z a-z 0-9 . _ : -): a repeat with the same key and params gets the first call's answer and never reaches the gateway twice; the same key with other params is refused (-32006). Without it, the call's own merchant reference (and path ids) serve as its key.",
        maxLength: 64, pattern: "^[A-Za-z0-9._:-]{1,64}$"))

    static func bodySchema(of body: [Param]) -> JSONValue {
        var properties = JSONObject()
        for p in body { properties[p.name] = p.schema }
        let required = body.filter(\.required).map { JSONValue.string($0.name) }
        var o: JSONObject = ["type": "object", "properties": .object(properties)]
        if !required.isEmpty { o["required"] = .array(required) }
        return .object(o)
    }

    /// The route a call takes: the first whose path params are all present.
    public func route(for params: JSONObject) -> Route? {
        routes.first { r in r.pathParams.allSatisfy { params[$0].map { !$0.isNull } ?? false } }
    }

    /// Which route a request to the gateway matches, with the path params it carries (for the simulator).
    public func match(method: String, path: String) -> [String: String]? {
        let segments = path.split(separator: "?", maxSplits: 1).first.map { $0.split(separator: "/").map(String.init) } ?? []
        for r in routes where r.method == method.uppercased() {
            let parts = r.path.split(separator: "/").map(String.init)
            guard parts.count == segments.count else { continue }
            var captured: [String: String] = [:]
            var ok = true
            for (p, s) in zip(parts, segments) {
                if p.hasPrefix("{") && p.hasSuffix("}") {
                    captured[String(p.dropFirst().dropLast())] = s.removingPercentEncoding ?? s
                } else if p != s { ok = false; break }
            }
            if ok { return captured }
        }
        return nil
    }
}
