import Dispatch
import Foundation
import Glibc
import Plural
import Support

/// A small HTTP/1.1 server on a loopback address, for putting the gateway simulator behind real sockets.
///
/// One thread per connection with blocking sockets: simple to reason about, and the simulator never
/// needs more than a few hundred connections. Connections are kept alive by default, so URLSession
/// and other pooling clients reuse them. The handler may answer, or inject a transport fault.
///
/// The accept thread keeps the server alive: it serves until `stop()`, and cannot be started again after.
public final class HTTPServer: Sendable {
    /// What to do with one request. Fault injection for tests needs more than a normal answer.
    public enum Action: Sendable {
        case respond(HTTPResponse)
        /// Abort the connection with a TCP reset (SO_LINGER {1,0} then close) without answering.
        case reset
        /// Close the connection cleanly without answering.
        case close
        /// Write these raw bytes (e.g. a truncated or non-HTTP answer), then close.
        case raw([UInt8])
    }

    /// Called once per request, on a detached task; the connection waits for it before reading the next request.
    public typealias Handler = @Sendable (HTTPRequest) async -> Action

    /// Why the server could not start.
    public struct Failure: Error, CustomStringConvertible, Sendable {
        public let description: String
    }

    /// Idle keep-alive connections are closed after this long without a byte from the client.
    static let idleTimeoutSeconds = 60

    private struct State {
        var listenFD: Int32 = -1
        var boundPort: UInt16 = 0
        var started = false
        var stopping = false
        var accepted = 0
        /// Open connections, so stop() can wake their blocked reads. Descriptors are closed only while
        /// holding the lock, so stop() never touches a number the kernel has handed to someone else.
        var connections: Set<Int32> = []
    }

    private let host: String
    private let requestedPort: UInt16
    private let handler: Handler
    private let state = Locked(State())

    /// port 0 picks a free ephemeral port.
    public init(host: String = "127.0.0.1", port: UInt16 = 0, handler: @escaping Handler) {
        self.host = host
        self.requestedPort = port
        self.handler = handler
    }

    /// Binds and listens (SO_REUSEADDR), starts the accept thread; returns the bound port. Throws a descriptive error if the port is taken.
    public func start() throws -> UInt16 {
        if let port = state.withLock({ $0.started ? $0.boundPort : nil }) { return port }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = requestedPort.bigEndian
        let literal = host == "localhost" ? "127.0.0.1" : host
        guard inet_pton(AF_INET, literal, &address.sin_addr) == 1 else {
            throw Failure(description: "cannot listen on \(host): not an IPv4 address")
        }
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw Failure(description: "socket(): \(String(cString: strerror(errno)))") }
        var one: Int32 = 1
        // Lets a restarted simulator rebind while old connections sit in TIME_WAIT; it does not let two
        // live listeners share a port on Linux, so a taken port still fails below.
        _ = setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size))
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0 else {
            let reason = String(cString: strerror(errno))
            close(fd)
            throw Failure(description: "cannot bind \(host):\(requestedPort): \(reason)")
        }
        guard listen(fd, 1024) == 0 else {
            let reason = String(cString: strerror(errno))
            close(fd)
            throw Failure(description: "cannot listen on \(host):\(requestedPort): \(reason)")
        }
        var actual = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &actual) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        let port = UInt16(bigEndian: actual.sin_port)
        let won = state.withLock { s -> Bool in
            // A concurrent start() or a stop() before start() finished: keep the first outcome.
            guard !s.started, !s.stopping else { return false }
            s.started = true
            s.listenFD = fd
            s.boundPort = port
            return true
        }
        guard won else {
            close(fd)
            if let port = state.withLock({ $0.started ? $0.boundPort : nil }) { return port }
            throw Failure(description: "server was stopped before it started")
        }
        let origin = "http://\(literal):\(port)"
        let acceptor = Thread { [self] in acceptLoop(fd, origin: origin) }
        acceptor.name = "http-accept-\(port)"
        acceptor.start()
        return port
    }

    /// The bound port; 0 until `start()` succeeds.
    public var port: UInt16 { state.withLock { $0.boundPort } }

    /// Stops accepting, closes every open connection, joins nothing (returns promptly).
    public func stop() {
        state.withLock { s in
            s.stopping = true
            // shutdown() wakes threads blocked in accept() or recv(); close() alone would leave them asleep.
            if s.listenFD >= 0 { Glibc.shutdown(s.listenFD, Int32(SHUT_RDWR)) }
            for fd in s.connections { Glibc.shutdown(fd, Int32(SHUT_RDWR)) }
        }
    }

    /// Number of TCP connections accepted so far (tests use it to prove keep-alive reuse).
    public var connectionsAccepted: Int { state.withLock { $0.accepted } }

    private func acceptLoop(_ listenFD: Int32, origin: String) {
        while true {
            // Glibc's module map does not expose accept4, so CLOEXEC is set just after; the simulator does
            // not fork, so the gap is harmless.
            let fd = accept(listenFD, nil, nil)
            if fd >= 0 { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
            if fd < 0 {
                let error = errno
                if state.withLock({ $0.stopping }) { break }
                if error == EINTR || error == ECONNABORTED { continue }
                // Out of descriptors or memory: back off rather than spin; existing connections free some.
                usleep(error == EMFILE || error == ENFILE || error == ENOMEM || error == ENOBUFS ? 50_000 : 10_000)
                continue
            }
            let admitted = state.withLock { s -> Bool in
                guard !s.stopping else { return false }
                s.accepted += 1
                s.connections.insert(fd)
                return true
            }
            guard admitted else {
                close(fd)
                break
            }
            let worker = Thread { [self] in serve(fd, origin: origin) }
            worker.stackSize = 512 * 1024
            worker.start()
        }
        state.withLock { s in
            close(s.listenFD)
            s.listenFD = -1
        }
    }

    private enum Ending {
        /// Plain close: the request was consumed, nothing unread is expected.
        case close
        /// Half-close and discard input first, so an error answer survives a client still uploading.
        case drain
        /// The handler asked for a fault: RST instead of FIN.
        case reset
    }

    private func serve(_ fd: Int32, origin: String) {
        var one: Int32 = 1
        _ = setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
        var timeout = timeval(tv_sec: Self.idleTimeoutSeconds, tv_usec: 0)
        _ = setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        // A client that stops reading must not hold this thread forever either.
        _ = setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))

        let reader = SocketReader(fd: fd)
        while true {
            if let ending = exchange(fd, reader, origin: origin) {
                finish(fd, ending)
                return
            }
        }
    }

    /// One request and its answer. Returns nil to keep the connection open, or how to end it.
    private func exchange(_ fd: Int32, _ reader: SocketReader, origin: String) -> Ending? {
        let head: HTTPRequestHead
        let body: [UInt8]
        do throws(HTTPParseError) {
            head = try HTTPRequestParser.readHead(reader)
            let framing = try HTTPRequestParser.framing(head)
            if let expectation = head.header("Expect") {
                guard expectation.lowercased() == "100-continue" else {
                    throw HTTPParseError(status: 417, reason: "unsupported expectation")
                }
                // Only after framing() accepted the length: a client told 413 up front never sends the body.
                if framing != .none && head.minorVersion >= 1 {
                    guard HTTPResponseWriter.sendAll(fd, Array("HTTP/1.1 100 Continue\r\n\r\n".utf8)) else { return .close }
                }
            }
            body = try HTTPRequestParser.readBody(reader, framing: framing)
        } catch {
            guard let status = error.status else { return .close }
            HTTPResponseWriter.sendAll(fd, HTTPResponseWriter.errorResponse(status, error.reason))
            return .drain
        }
        guard let url = Self.url(origin: origin, target: head.target) else {
            HTTPResponseWriter.sendAll(fd, HTTPResponseWriter.errorResponse(400, "malformed request target"))
            return .close
        }

        switch call(HTTPRequest(method: head.method, url: url, headers: head.headers, body: body)) {
        case .respond(let response):
            // Both framings present is the request-smuggling shape; RFC 9112 §6.1 says close after answering.
            let ambiguous = head.header("Transfer-Encoding") != nil && head.header("Content-Length") != nil
            let handlerCloses = response.headers["connection"]?.lowercased().contains("close") ?? false
            let keepAlive = head.wantsKeepAlive && !ambiguous && !handlerCloses && !state.withLock({ $0.stopping })
            let bytes = HTTPResponseWriter.serialize(response, keepAlive: keepAlive, isHead: head.method == "HEAD")
            guard HTTPResponseWriter.sendAll(fd, bytes) else { return .close }
            return keepAlive ? nil : .close
        case .reset:
            return .reset
        case .close:
            return .close
        case .raw(let bytes):
            HTTPResponseWriter.sendAll(fd, bytes)
            return .close
        }
    }

    /// Runs the async handler from this dedicated (non-pool) thread and waits for its answer.
    private func call(_ request: HTTPRequest) -> Action {
        let result = Locked<Action?>(nil)
        let done = DispatchSemaphore(value: 0)
        let handler = self.handler
        Task.detached {
            let action = await handler(request)
            result.withLock { $0 = action }
            done.signal()
        }
        done.wait()
        return result.current ?? .close
    }

    /// `origin` + the request target. Absolute-form targets keep only their path and query, so the
    /// handler always sees this server's own origin.
    static func url(origin: String, target: String) -> URL? {
        var pathAndQuery = target
        if !target.hasPrefix("/") {
            if target == "*" {
                pathAndQuery = "/"
            } else if let parts = URLComponents(string: target), parts.scheme != nil, parts.host != nil {
                pathAndQuery = (parts.percentEncodedPath.isEmpty ? "/" : parts.percentEncodedPath)
                    + (parts.percentEncodedQuery.map { "?" + $0 } ?? "")
            } else {
                return nil
            }
        }
        return URL(string: origin + normalizedTarget(pathAndQuery))
    }

    /// Lax clients send bytes RFC 3986 does not allow ({, }, |, ^, a '%' that starts no escape). Encode
    /// just those: given such a string, Foundation's URL(string:) re-encodes every '%', mangling valid escapes.
    static func normalizedTarget(_ target: String) -> String {
        let bytes = Array(target.utf8)
        var out = ""
        var clean = true
        for (i, b) in bytes.enumerated() {
            let validEscape = b == 0x25 && i + 2 < bytes.count
                && HTTPRequestParser.isHexDigit(bytes[i + 1]) && HTTPRequestParser.isHexDigit(bytes[i + 2])
            if (b != 0x25 && allowedInTarget(b)) || validEscape {
                out.unicodeScalars.append(UnicodeScalar(b))
            } else {
                out += String(format: "%%%02X", b)
                clean = false
            }
        }
        return clean ? target : out
    }

    private static func allowedInTarget(_ b: UInt8) -> Bool {
        switch b {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
        default: return "-._~:/?@!$&'()*+,;=%".utf8.contains(b)
        }
    }

    private func finish(_ fd: Int32, _ ending: Ending) {
        switch ending {
        case .close: break
        case .drain: HTTPResponseWriter.drainBeforeClose(fd)
        case .reset: HTTPResponseWriter.armReset(fd)
        }
        state.withLock { s in
            s.connections.remove(fd)
            close(fd)
        }
    }
}
