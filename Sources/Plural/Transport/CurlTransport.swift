import CCurl
import Foundation

/// The real network path: the system libcurl, driven through its multi interface on a loop of our own
/// (`CurlLoop`), shared by every call. Why libcurl directly and not URLSession: docs/TRANSPORT.md.
///
/// TLS is always verified (curl's default; nothing here turns it off). Redirects are refused: curl does not
/// follow them unless told to, so a 3xx is handed back as the answer; a payment API that redirects a POST is
/// misconfigured, and following it could send card data elsewhere. Only http and https are spoken. curl's
/// verbose output is never switched on, so no request or answer byte is ever printed.
public final class CurlTransport: HTTPTransport, @unchecked Sendable {
    private let maxConnectionsPerHost: Int
    /// Started on the first request: a sidecar that only verifies signatures never starts libcurl.
    private lazy var loop = CurlLoop(maxConnectionsPerHost: maxConnectionsPerHost)
    private let loopLock = NSLock()

    public init(maxConnectionsPerHost: Int = 64) {
        self.maxConnectionsPerHost = maxConnectionsPerHost
    }

    public func send(_ request: HTTPRequest, timeout: Double) async throws(TransportError) -> HTTPResponse {
        // Loaded in the background since start-up (main); the first call waits for it if it is not done yet.
        if let problem = CurlLibrary.load() {
            throw TransportError(.connect, notSent: true, detail: "libcurl could not be loaded: \(problem)")
        }
        let loop = loopLock.withLock { self.loop }
        guard let easy = loop.easyHandle() else {
            throw TransportError(.connect, notSent: true, detail: "curl_easy_init failed")
        }
        let result: Result<HTTPResponse, TransportError> = await withCheckedContinuation { continuation in
            loop.submit(CurlTransfer(easy: easy, request: request, timeout: timeout) { continuation.resume(returning: $0) })
        }
        return try result.get()
    }
}
