import Foundation
import Support

/// Sends `APICall`s to Plural: headers, the token, deadlines, retries, and turning every failure into a
/// `GatewayError`. The per-area files (`Orders.swift`, `Refunds.swift`, …) build calls; this file sends them.
public final class PluralClient: Sendable {
    /// The settings in force; replaced on SIGHUP (`reload`).
    public let store: ConfigStore
    public var config: PluralConfig { store.current }
    let transport: HTTPTransport
    let log: Logger
    let userAgent: String
    public let tokens: TokenCache
    let backoff: Backoff
    public let circuit: CircuitBreaker
    var maxAttempts: Int { backoff.maxAttempts }

    public init(config: PluralConfig, transport: HTTPTransport, userAgent: String, log: Logger = .shared,
                maxAttempts: Int = 3, backoffBase: Double = 0.2, backoffCap: Double = 2.0) {
        let store = ConfigStore(config)
        self.store = store
        self.transport = transport
        self.log = log
        self.userAgent = userAgent
        self.backoff = Backoff(maxAttempts: max(1, maxAttempts), base: backoffBase, cap: backoffCap)
        // Defaults from the declaration; the loader has already refused invalid values at start.
        self.circuit = CircuitBreaker(threshold: (try? config.count("PLURAL_CIRCUIT_THRESHOLD")) ?? 5,
                                      cooldown: (try? config.seconds("PLURAL_CIRCUIT_COOLDOWN")) ?? 15, log: log)
        let fetcher = TokenFetcher(transport: transport, userAgent: userAgent, log: log, backoff: backoff, circuit: circuit)
        // The token is fetched with the settings in force when it is fetched, not those of the call that
        // needed it: after a rotation a call in flight that meets a 401 gets a token of the new credentials.
        self.tokens = TokenCache(fetch: { try await fetcher.fetch(config: store.current) })
    }

    /// Puts new settings in force for calls that start from now on. Changed client credentials drop the
    /// cached token (and any fetch of one under the old credentials).
    public func reload(_ new: PluralConfig) async {
        let old = store.current
        store.replace(new)
        if !old.sameClientCredentials(as: new) { await tokens.reset() }
    }

    func baseURL(_ host: APICall.Host, _ config: PluralConfig) throws(ConfigError) -> String {
        switch host {
        case .api: return try config.apiURL()
        case .pg: return try config.pgURL()
        case .orderToken: return try config.orderTokenURL()
        case .ps, .payouts, .settlements: return try config.apiHostURL(host.setting)
        }
    }

    /// Sends a call and returns its parsed 2xx answer, or throws `GatewayError` / `ConfigError`.
    public func send(_ call: APICall) async throws -> APIAnswer {
        let config = self.config
        let base = try baseURL(call.host, config)
        guard let url = URL(string: base + call.path) else {
            throw ConfigError(setting: call.host.setting, problem: "does not form a valid URL")
        }
        let timeout = try config.timeout()
        let maxAnswerBytes = try config.maxAnswerBytes()
        // One Request-ID for every attempt of this call, so Plural (and its support) see one operation.
        let requestID = call.requestID ?? UUID().uuidString.lowercased()
        var body: [UInt8] = call.rawBody ?? []
        if call.rawBody == nil, let json = call.body { body = JSONWriter.bytes(json) }

        var attempt = 0
        var reauthorized = false
        var lastFailure: GatewayError? = nil
        while true {
            attempt += 1
            var headers: [(name: String, value: String)] = []
            var token: AccessToken? = nil
            if call.bearer {
                token = try await tokens.token()
                headers.append(("Authorization", "Bearer \(token!.value)"))
            }
            headers.append(("Request-ID", requestID))
            if let key = call.idempotencyKey { headers.append(("Idempotency-Key", key)) }
            headers.append(("Request-Timestamp", ISO8601.format(Date())))
            headers.append(("Accept", call.binaryAnswer ? "*/*" : "application/json"))
            headers.append(("User-Agent", userAgent))
            if !body.isEmpty || call.method == "POST" || call.method == "PUT" { headers.append(("Content-Type", call.contentType)) }
            headers.append(contentsOf: call.headers)
            let request = HTTPRequest(method: call.method, url: url, headers: headers, body: body, maxAnswerBytes: maxAnswerBytes)
            // After the token: fetching it goes through the same circuit, and must not find the trial taken.
            if !circuit.admit(call.host) {
                // A retry that meets an open circuit reports what its last attempt met: that one may have been sent.
                throw lastFailure ?? GatewayError.circuitOpen(host: call.host.label, requestID: requestID)
            }

            let started = Date()
            let response: HTTPResponse
            do {
                response = try await transport.send(request, timeout: timeout)
            } catch {
                let seconds = Date().timeIntervalSince(started)
                circuit.failed(call.host)
                Self.count(call.name, status: error.reason.rawValue, seconds: seconds)
                log.warn("gateway call failed", ["call": .string(call.name), "request_id": .string(requestID), "attempt": .int(attempt), "detail": .string(error.detail),
                                                 "reason": .string(error.reason.rawValue), "ms": .int(Int(seconds * 1000))])
                lastFailure = GatewayError.unreachable(reason: error.reason, notSent: error.notSent, requestID: requestID)
                if attempt < maxAttempts && Self.mayRetry(call.retry, transportError: error) {
                    Metrics.shared.retries.add([error.reason.rawValue])
                    try await backoff.wait(after: attempt, retryAfter: nil)
                    continue
                }
                throw lastFailure!
            }
            circuit.succeeded(call.host)
            Self.count(call.name, status: String(response.status), seconds: Date().timeIntervalSince(started))
            let ms = Int(Date().timeIntervalSince(started) * 1000)
            log.debug("gateway call", ["call": .string(call.name), "method": .string(call.method), "path": .string(Self.loggablePath(call.path)),
                                       "status": .int(response.status), "request_id": .string(requestID), "attempt": .int(attempt), "ms": .int(ms)])
            // Not retried: the gateway answered (it may have acted), and would answer the same again.
            if response.answerTooLarge { throw Self.tooLarge(response, limit: maxAnswerBytes) }

            if (200..<300).contains(response.status) {
                // A delete may answer 204 or an empty 200: nothing to tell but that it was done.
                if response.body.isEmpty && (response.status == 204 || call.method == "DELETE") {
                    return APIAnswer(status: response.status, json: .object(JSONObject()), body: [], requestID: requestID)
                }
                // A file answer (bounded by PLURAL_MAX_ANSWER_BYTES like any other) is handed back as its bytes.
                if call.binaryAnswer {
                    let type = response.headers["content-type"] ?? "application/octet-stream"
                    return APIAnswer(status: response.status, json: FileUpload.content(response.body, contentType: type), body: response.body, requestID: requestID)
                }
                guard let json = try? JSONParser.parse(response.body) else {
                    throw GatewayError.malformedAnswer(httpStatus: response.status, reason: response.body.isEmpty ? "empty body" : "the body is not JSON")
                }
                // Whatever the gateway echoes, card numbers and credentials never reach the caller.
                return APIAnswer(status: response.status, json: Redactor.redactResult(json), body: response.body, requestID: requestID)
            }
            if response.status == 401, let token, !reauthorized {
                // The token was refused (revoked, or expired early): drop it and try once with a new one.
                await tokens.invalidate(token)
                Metrics.shared.retries.add(["unauthorized"])
                reauthorized = true
                attempt -= 1
                continue
            }
            if attempt < maxAttempts && Self.mayRetry(call.retry, status: response.status) {
                Metrics.shared.retries.add([response.status == 429 ? "status_429" : "status_5xx"])
                try await backoff.wait(after: attempt, retryAfter: response.headers["retry-after"])
                continue
            }
            throw Self.apiError(response, requestID: requestID)
        }
    }

    /// One attempt in the gateway metrics. The operation is a declared name and the status a number or a
    /// transport reason: both fixed sets.
    static func count(_ operation: String, status: String, seconds: Double) {
        Metrics.shared.gatewayRequests.add([operation, status])
        Metrics.shared.gatewayLatency.observe([operation], seconds: seconds)
    }

    static func mayRetry(_ policy: APICall.RetryPolicy, transportError e: TransportError) -> Bool {
        switch policy {
        case .read, .idempotentByReference: return true
        case .notSentOnly: return e.notSent
        }
    }

    static func mayRetry(_ policy: APICall.RetryPolicy, status: Int) -> Bool {
        // 429 means the request was turned away before any processing: safe for every call.
        if status == 429 { return true }
        switch policy {
        case .read, .idempotentByReference: return status >= 500 && status != 501
        case .notSentOnly: return false
        }
    }

    /// Plural's `{code, message, additional_error_details}`; any other body (an HTML error page) still
    /// yields the status.
    static func apiError(_ response: HTTPResponse, requestID: String) -> GatewayError {
        let json = try? JSONParser.parse(response.body)
        var code = json?["code"]?.stringValue ?? json?["error_code"]?.stringValue ?? json?["error"]?.stringValue
        if code == nil, case .number(let n)? = json?["code"] { code = n.text }
        let message = json?["message"]?.stringValue ?? json?["error_message"]?.stringValue ?? json?["error_description"]?.stringValue
        // Extra members for the error's data: v3's additional_error_details, v1/v2's own code fields.
        var extra = JSONObject()
        for key in ["additional_error_details", "error_code", "error_message", "response_code", "response_message"] {
            if let v = json?[key] { extra[key] = Redactor.redact(v) }
        }
        return .api(httpStatus: response.status, code: code, message: message, details: extra.isEmpty ? nil : .object(extra), requestID: requestID)
    }

    /// An answer past `PLURAL_MAX_ANSWER_BYTES`, refused unread (-32005).
    static func tooLarge(_ response: HTTPResponse, limit: Int) -> GatewayError {
        .malformedAnswer(httpStatus: response.status, reason: "the answer is larger than PLURAL_MAX_ANSWER_BYTES (\(limit) bytes)")
    }

    /// Paths carry order ids and references, which are fine to log; query strings may carry tokens.
    static func loggablePath(_ path: String) -> String {
        if let q = path.firstIndex(of: "?") { return String(path[..<q]) + "?…" }
        return path
    }
}
