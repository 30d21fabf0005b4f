import Foundation

/// An HTTP request as the gateway layer builds it: transport-neutral, so the simulator can answer it
/// in-process and tests can inspect it.
public struct HTTPRequest: Sendable {
    public var method: String
    /// Absolute URL (scheme, host, port, path and query).
    public var url: URL
    /// Header names as sent; compare case-insensitively with `header(_:)`.
    public var headers: [(name: String, value: String)]
    public var body: [UInt8]
    /// The largest answer body the caller will take (`PLURAL_MAX_ANSWER_BYTES`); a transport stops reading
    /// past it and hands back `HTTPResponse.answerTooLarge` instead of the bytes.
    public var maxAnswerBytes: Int

    public init(method: String, url: URL, headers: [(name: String, value: String)] = [], body: [UInt8] = [],
                maxAnswerBytes: Int = .max) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.maxAnswerBytes = maxAnswerBytes
    }

    public func header(_ name: String) -> String? {
        headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }

    /// Path without the query, e.g. `/api/pay/v1/orders`.
    public var path: String { url.path }

    /// Decoded query items.
    public var query: [String: String] {
        var out: [String: String] = [:]
        for item in URLComponents(url: url, resolvingAgainstBaseURL: false)?.queryItems ?? [] { out[item.name] = item.value ?? "" }
        return out
    }
}

/// An HTTP answer. `headers` keys are lower-cased.
public struct HTTPResponse: Sendable {
    public var status: Int
    public var headers: [String: String]
    public var body: [UInt8]
    /// The answer was longer than the request's `maxAnswerBytes`: it was not read (`body` is empty).
    public var answerTooLarge: Bool

    public init(status: Int, headers: [String: String] = [:], body: [UInt8] = [], answerTooLarge: Bool = false) {
        self.status = status
        self.headers = Dictionary(headers.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { _, b in b })
        self.body = body
        self.answerTooLarge = answerTooLarge
    }
}

/// Why a request got no HTTP answer.
public struct TransportError: Error, Sendable, Equatable {
    public enum Reason: String, Sendable {
        /// No answer before the deadline.
        case timeout
        /// The connection could not be made (refused, no route, DNS): the request was never sent.
        case connect
        /// The connection broke after the request may have been sent.
        case reset
    }
    public let reason: Reason
    /// True when the request certainly never reached the gateway, so even a money-changing call is safe to retry.
    public let notSent: Bool
    public let detail: String

    public init(_ reason: Reason, notSent: Bool, detail: String = "") {
        self.reason = reason
        self.notSent = notSent
        self.detail = detail
    }
}

/// Sends one HTTP request. The gateway layer owns retries and deadlines policy; a transport only sends.
public protocol HTTPTransport: Sendable {
    func send(_ request: HTTPRequest, timeout: Double) async throws(TransportError) -> HTTPResponse
}
