import Foundation
import Support

/// Sends `APICall`s to Plural: headers, the token, deadlines, retries, and turning every failure into a
/// `GatewayError`. The per-area files (`Orders.swift`, `Refunds.swift`, …) build calls; this file sends them.
public final class PluralClient: Sendable {
    public let config: PluralConfig
    let transport: HTTPTransport
    let log: Logger
    let userAgent: String
    let tokens: TokenCache
    let backoff: Backoff
    var maxAttempts: Int { backoff.maxAttempts }

    public init(config: PluralConfig, transport: HTTPTransport, userAgent: String, log: Logger = .shared,
                maxAttempts: Int = 3, backoffBase: Double = 0.2, backoffCap: Double = 2.0) {
        self.config = config
        self.transport = transport
        self.log = log
        self.userAgent = userAgent
        self.backoff = Backoff(maxAttempts: max(1, maxAttempts), base: backoffBase, cap: backoffCap)
        let fetcher = TokenFetcher(config: config, transport: transport, userAgent: userAgent, log: log, backoff: backoff)
        self.tokens = TokenCache(fetch: { try await fetcher.fetch() })
    }

    /// How many token requests this process has made (tests and diagnostics).
    public func tokenFetchCount() async -> Int { await tokens.fetchCount }

    func baseURL(_ host: APICall.Host) throws(ConfigError) -> String {
        switch host {
        case .api: return try config.apiURL()
        case .pg: return try config.pgURL()
        case .orderToken: return try config.orderTokenURL()
        }
    }

    /// Sends a call and returns its parsed 2xx answer, or throws `GatewayError` / `ConfigError`.
    public func send(_ call: APICall) async throws -> APIAnswer {
        let base = try baseURL(call.host)
        guard let url = URL(string: base + call.path) else {
            throw ConfigError(setting: call.host == .api ? "PLURAL_API_URL" : "PLURAL_PG_URL", problem: "does not form a valid URL")
        }
        let timeout = try config.timeout()
        // One Request-ID for every attempt of this call, so Plural (and its support) see one operation.
        let requestID = UUID().uuidString.lowercased()
        var body: [UInt8] = call.rawBody ?? []
        if call.rawBody == nil, let json = call.body { body = JSONWriter.bytes(json) }

        var attempt = 0
        var reauthorized = false
        while true {
            attempt += 1
            var headers: [(name: String, value: String)] = []
            var token: AccessToken? = nil
            if call.bearer {
                token = try await tokens.token()
                headers.append(("Authorization", "Bearer \(token!.value)"))
            }
            headers.append(("Request-ID", requestID))
            headers.append(("Request-Timestamp", ISO8601.format(Date())))
            headers.append(("Accept", "application/json"))
            headers.append(("User-Agent", userAgent))
            if !body.isEmpty || call.method == "POST" || call.method == "PUT" { headers.append(("Content-Type", call.contentType)) }
            headers.append(contentsOf: call.headers)
            let request = HTTPRequest(method: call.method, url: url, headers: headers, body: body)

            let started = Date()
            let response: HTTPResponse
            do {
                response = try await transport.send(request, timeout: timeout)
            } catch {
                let ms = Int(Date().timeIntervalSince(started) * 1000)
                log.warn("gateway call failed", ["call": .string(call.name), "request_id": .string(requestID), "attempt": .int(attempt), "detail": .string(error.detail),
                                                 "reason": .string(error.reason.rawValue), "ms": .int(ms)])
                if attempt < maxAttempts && Self.mayRetry(call.retry, transportError: error) {
                    try await backoff.wait(after: attempt, retryAfter: nil)
                    continue
                }
                throw GatewayError.unreachable(reason: error.reason, notSent: error.notSent, requestID: requestID)
            }
            let ms = Int(Date().timeIntervalSince(started) * 1000)
            log.debug("gateway call", ["call": .string(call.name), "method": .string(call.method), "path": .string(Self.loggablePath(call.path)),
                                       "status": .int(response.status), "request_id": .string(requestID), "attempt": .int(attempt), "ms": .int(ms)])

            if (200..<300).contains(response.status) {
                guard let json = try? JSONParser.parse(response.body) else {
                    throw GatewayError.malformedAnswer(httpStatus: response.status, reason: response.body.isEmpty ? "empty body" : "the body is not JSON")
                }
                // Whatever the gateway echoes, card numbers and credentials never reach the caller.
                return APIAnswer(status: response.status, json: Redactor.redactResult(json), body: response.body, requestID: requestID)
            }
            if response.status == 401, let token, !reauthorized {
                // The token was refused (revoked, or expired early): drop it and try once with a new one.
                await tokens.invalidate(token)
                reauthorized = true
                attempt -= 1
                continue
            }
            if attempt < maxAttempts && Self.mayRetry(call.retry, status: response.status) {
                try await backoff.wait(after: attempt, retryAfter: response.headers["retry-after"])
                continue
            }
            throw Self.apiError(response, requestID: requestID)
        }
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

    /// Paths carry order ids and references, which are fine to log; query strings may carry tokens.
    static func loggablePath(_ path: String) -> String {
        if let q = path.firstIndex(of: "?") { return String(path[..<q]) + "?…" }
        return path
    }
}

/// Fetches a token with `client_credentials`. Kept apart from `PluralClient.send` because the token
/// endpoint has its own error forms and must never itself need a token.
struct TokenFetcher: Sendable {
    let config: PluralConfig
    let transport: HTTPTransport
    let userAgent: String
    let log: Logger
    let backoff: Backoff

    /// Built-in credentials for the in-process simulator, which has no real ones.
    static let simulatorClientID = "simulator-client"
    static let simulatorClientSecret = "simulator-secret"

    func fetch() async throws -> AccessToken {
        let env = try config.environment()
        let clientID: String, secret: String
        if env == .simulator {
            clientID = config.values["PLURAL_CLIENT_ID"] ?? Self.simulatorClientID
            secret = config.values["PLURAL_CLIENT_SECRET"] ?? Self.simulatorClientSecret
        } else {
            clientID = try config.require("PLURAL_CLIENT_ID")
            secret = try config.require("PLURAL_CLIENT_SECRET")
        }
        guard let url = URL(string: try config.apiURL() + "/api/auth/v1/token") else {
            throw ConfigError(setting: "PLURAL_API_URL", problem: "does not form a valid URL")
        }
        let body = JSONWriter.bytes(["client_id": .string(clientID), "client_secret": .string(secret), "grant_type": "client_credentials"])
        let timeout = try config.timeout()
        let requestID = UUID().uuidString.lowercased()
        var attempt = 0
        while true {
            attempt += 1
            let request = HTTPRequest(method: "POST", url: url, headers: [
                ("Content-Type", "application/json"), ("Accept", "application/json"), ("User-Agent", userAgent),
                ("Request-ID", requestID), ("Request-Timestamp", ISO8601.format(Date())),
            ], body: body)
            let response: HTTPResponse
            do {
                response = try await transport.send(request, timeout: timeout)
            } catch {
                log.warn("token request failed", ["request_id": .string(requestID), "attempt": .int(attempt), "reason": .string(error.reason.rawValue), "detail": .string(error.detail)])
                if attempt < backoff.maxAttempts { try await backoff.wait(after: attempt, retryAfter: nil); continue }
                throw GatewayError.unreachable(reason: error.reason, notSent: error.notSent, requestID: requestID)
            }
            log.debug("token request", ["status": .int(response.status), "request_id": .string(requestID), "attempt": .int(attempt)])
            if (200..<300).contains(response.status) {
                guard let json = try? JSONParser.parse(response.body), let token = AccessToken.parse(json) else {
                    throw GatewayError.malformedAnswer(httpStatus: response.status, reason: "the token answer has no access_token")
                }
                log.info("access token obtained", ["expires_in_s": .int(Int(token.expiresAt.timeIntervalSince(token.issuedAt)))])
                return token
            }
            if (response.status == 429 || response.status >= 500) && attempt < backoff.maxAttempts {
                try await backoff.wait(after: attempt, retryAfter: response.headers["retry-after"])
                continue
            }
            if [400, 401, 403].contains(response.status) {
                // Two documented forms: {error, error_description} and {status, type, message, traceId}.
                let json = try? JSONParser.parse(response.body)
                let error = json?["error"]?.stringValue ?? json?["type"]?.stringValue ?? json?["code"]?.stringValue
                let description = json?["error_description"]?.stringValue ?? json?["message"]?.stringValue
                throw GatewayError.credentialsRefused(httpStatus: response.status, error: error, description: description)
            }
            throw PluralClient.apiError(response, requestID: requestID)
        }
    }

}

/// When to try again: at most `maxAttempts` in all (the first try plus two retries, as Stripe does), waiting
/// `base · 2ⁿ` capped at `cap`, with full jitter so a fleet of sidecars does not retry in step. A server's
/// `Retry-After` is honoured up to twice the cap.
struct Backoff: Sendable {
    let maxAttempts: Int
    let base: Double
    let cap: Double

    func wait(after attempt: Int, retryAfter: String?) async throws {
        var delay = min(cap, base * pow(2, Double(attempt - 1))) * Double.random(in: 0.5...1.0)
        if let ra = retryAfter.flatMap(Double.init), ra.isFinite, ra >= 0 { delay = min(max(delay, ra), cap * 2) }
        try await Task.sleep(nanoseconds: UInt64(delay * 1_000_000_000))
    }
}
