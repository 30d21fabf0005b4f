import Foundation
import Support

/// Fetches a token with `client_credentials`. Kept apart from `PluralClient.send` because the token
/// endpoint has its own error forms and must never itself need a token.
struct TokenFetcher: Sendable {
    let transport: HTTPTransport
    let userAgent: String
    let log: Logger
    let backoff: Backoff
    let circuit: CircuitBreaker

    /// Built-in credentials for the in-process simulator, which has no real ones.
    static let simulatorClientID = "simulator-client"
    static let simulatorClientSecret = "simulator-secret"

    func fetch(config: PluralConfig) async throws -> AccessToken {
        do {
            let token = try await fetchOnce(config: config)
            Metrics.shared.tokenFetches.add(["ok"])
            return token
        } catch GatewayError.credentialsRefused(let status, let error, let description) {
            Metrics.shared.tokenFetches.add(["refused"])
            throw GatewayError.credentialsRefused(httpStatus: status, error: error, description: description)
        } catch {
            Metrics.shared.tokenFetches.add(["error"])
            throw error
        }
    }

    private func fetchOnce(config: PluralConfig) async throws -> AccessToken {
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
        let maxAnswerBytes = try config.maxAnswerBytes()
        let requestID = UUID().uuidString.lowercased()
        var attempt = 0
        var lastFailure: GatewayError? = nil
        while true {
            attempt += 1
            if !circuit.admit(.api) { throw lastFailure ?? GatewayError.circuitOpen(host: APICall.Host.api.label, requestID: requestID) }
            let request = HTTPRequest(method: "POST", url: url, headers: [
                ("Content-Type", "application/json"), ("Accept", "application/json"), ("User-Agent", userAgent),
                ("Request-ID", requestID), ("Request-Timestamp", ISO8601.format(Date())),
            ], body: body, maxAnswerBytes: maxAnswerBytes)
            let response: HTTPResponse
            let started = Date()
            do {
                response = try await transport.send(request, timeout: timeout)
            } catch {
                circuit.failed(.api)
                PluralClient.count("token", status: error.reason.rawValue, seconds: Date().timeIntervalSince(started))
                log.warn("token request failed", ["request_id": .string(requestID), "attempt": .int(attempt), "reason": .string(error.reason.rawValue), "detail": .string(error.detail)])
                lastFailure = GatewayError.unreachable(reason: error.reason, notSent: error.notSent, requestID: requestID)
                if attempt < backoff.maxAttempts {
                    Metrics.shared.retries.add([error.reason.rawValue])
                    try await backoff.wait(after: attempt, retryAfter: nil)
                    continue
                }
                throw lastFailure!
            }
            circuit.succeeded(.api)
            PluralClient.count("token", status: String(response.status), seconds: Date().timeIntervalSince(started))
            log.debug("token request", ["status": .int(response.status), "request_id": .string(requestID), "attempt": .int(attempt)])
            if response.answerTooLarge { throw PluralClient.tooLarge(response, limit: maxAnswerBytes) }
            if (200..<300).contains(response.status) {
                guard let json = try? JSONParser.parse(response.body), let token = AccessToken.parse(json) else {
                    throw GatewayError.malformedAnswer(httpStatus: response.status, reason: "the token answer has no access_token")
                }
                log.info("access token obtained", ["expires_in_s": .int(Int(token.expiresAt.timeIntervalSince(token.issuedAt)))])
                return token
            }
            if (response.status == 429 || response.status >= 500) && attempt < backoff.maxAttempts {
                Metrics.shared.retries.add([response.status == 429 ? "status_429" : "status_5xx"])
                try await backoff.wait(after: attempt, retryAfter: response.headers["retry-after"])
                continue
            }
            if [400, 401, 403, 422].contains(response.status) {
                // 422 is the definition's documented refusal. Two documented bodies: {error, error_description} and
                // {status, type, message, traceId}.
                let json = try? JSONParser.parse(response.body)
                let error = json?["error"]?.stringValue ?? json?["type"]?.stringValue ?? json?["code"]?.stringValue
                let description = json?["error_description"]?.stringValue ?? json?["message"]?.stringValue
                throw GatewayError.credentialsRefused(httpStatus: response.status, error: error, description: description)
            }
            throw PluralClient.apiError(response, requestID: requestID)
        }
    }

}
