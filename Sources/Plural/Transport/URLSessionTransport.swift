import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Support

/// The real network path: one long-lived `URLSession` with keep-alive, shared by every call.
///
/// One session for the life of the process: per-request sessions defeat connection reuse and crash on
/// teardown on Linux. TLS is always verified (no delegate overrides it). Redirects are refused: a payment
/// API that redirects a POST is misconfigured, and following it could send card data elsewhere.
public final class URLSessionTransport: HTTPTransport, @unchecked Sendable {
    private let maxConnectionsPerHost: Int
    /// Created on the first request: a sidecar that only verifies signatures never starts libcurl.
    private lazy var session: URLSession = makeSession()
    private let sessionLock = NSLock()

    public init(maxConnectionsPerHost: Int = 64) {
        self.maxConnectionsPerHost = maxConnectionsPerHost
    }

    private func sharedSession() -> URLSession {
        sessionLock.lock()
        defer { sessionLock.unlock() }
        return session
    }

    private func makeSession() -> URLSession {
        let config = URLSessionConfiguration.ephemeral
        config.httpMaximumConnectionsPerHost = maxConnectionsPerHost
        config.httpCookieAcceptPolicy = .never
        config.httpShouldSetCookies = false
        config.requestCachePolicy = .reloadIgnoringLocalCacheData
        config.urlCache = nil
        config.timeoutIntervalForRequest = 600
        config.timeoutIntervalForResource = 600
        return URLSession(configuration: config, delegate: NoRedirects(), delegateQueue: nil)
    }

    public func send(_ request: HTTPRequest, timeout: Double) async throws(TransportError) -> HTTPResponse {
        var req = URLRequest(url: request.url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: timeout)
        req.httpMethod = request.method
        for h in request.headers { req.addValue(h.value, forHTTPHeaderField: h.name) }
        let body: Data? = request.body.isEmpty ? nil : Data(request.body)

        let session = sharedSession()
        let result: Result<HTTPResponse, TransportError> = await withCheckedContinuation { continuation in
            let once = Locked(false)
            let timedOut = Locked(false)
            @Sendable func finish(_ r: Result<HTTPResponse, TransportError>) {
                let first = once.withLock { f -> Bool in defer { f = true }; return !f }
                if first { continuation.resume(returning: r) }
            }
            let completion: @Sendable (Data?, URLResponse?, Error?) -> Void = { data, response, error in
                if let error {
                    finish(.failure(Self.classify(error, deadlinePassed: timedOut.current)))
                    return
                }
                guard let http = response as? HTTPURLResponse else {
                    finish(.failure(TransportError(.reset, notSent: false, detail: "no HTTP response")))
                    return
                }
                var headers: [String: String] = [:]
                for (k, v) in http.allHeaderFields {
                    if let k = k as? String, let v = v as? String { headers[k.lowercased()] = v }
                }
                finish(.success(HTTPResponse(status: http.statusCode, headers: headers, body: data.map { [UInt8]($0) } ?? [])))
            }
            let task = body.map { session.uploadTask(with: req, from: $0, completionHandler: completion) }
                ?? session.dataTask(with: req, completionHandler: completion)
            // Our own deadline: URLSession's timeouts are idle timeouts, not a bound on the whole exchange.
            DispatchQueue.global().asyncAfter(deadline: .now() + timeout) {
                timedOut.withLock { $0 = true }
                task.cancel()
                finish(.failure(TransportError(.timeout, notSent: false, detail: "no answer within \(timeout) s")))
            }
            task.resume()
        }
        return try result.get()
    }

    static func classify(_ error: Error, deadlinePassed: Bool) -> TransportError {
        guard let e = error as? URLError else {
            return TransportError(.reset, notSent: false, detail: String(describing: type(of: error)))
        }
        switch e.code {
        case .timedOut:
            return TransportError(.timeout, notSent: false, detail: "timed out")
        case .cancelled where deadlinePassed:
            return TransportError(.timeout, notSent: false, detail: "deadline passed")
        case .cannotConnectToHost, .cannotFindHost, .dnsLookupFailed, .notConnectedToInternet,
             .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate, .serverCertificateHasUnknownRoot,
             .serverCertificateNotYetValid, .clientCertificateRejected, .clientCertificateRequired, .cannotLoadFromNetwork,
             .internationalRoamingOff, .dataNotAllowed, .callIsActive:
            // The connection (or its TLS handshake) never completed: the request was not sent.
            return TransportError(.connect, notSent: true, detail: "\(e.code.rawValue)")
        case .unknown where ["SSL", "certificate", "TLS"].contains(where: { e.localizedDescription.contains($0) }):
            // libcurl's certificate and handshake failures reach URLSession on Linux as code -1 with curl's
            // message: the handshake failed, so no request bytes were sent.
            return TransportError(.connect, notSent: true, detail: "TLS: \(e.localizedDescription)")
        default:
            // Includes badURL/unsupportedURL, which libcurl reports for an answer that is not HTTP at all:
            // the request went out, so the outcome is unknown.
            return TransportError(.reset, notSent: false, detail: "\(e.code.rawValue)")
        }
    }
}

/// Refuses every redirect (see `URLSessionTransport`).
private final class NoRedirects: NSObject, URLSessionTaskDelegate, @unchecked Sendable {
    func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                    newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void) {
        completionHandler(nil)
    }
}
