import Foundation
import Support

/// `--metrics ADDRESS`: `GET /metrics` in Prometheus' text format on a loopback `host:port` or a Unix socket
/// path (created 0600, like the RPC socket). Loopback only: the figures say how much business the shop does.
/// One short exchange per connection (`Connection: close`), on a thread of its own, away from the RPC path.
public final class MetricsEndpoint: @unchecked Sendable {
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    private let fd: Int32
    /// What it listens on, with the bound port when port 0 was asked for.
    public let address: String
    private let log: Logger

    public init(_ spec: String, log: Logger = .shared) throws(Failure) {
        self.log = log
        if spec.contains("/") {
            do { fd = try UnixSocket.listen(path: spec, backlog: 64) } catch { throw Failure(description: "--metrics \(spec): \(error.description)") }
            address = spec
            return
        }
        guard let colon = spec.lastIndex(of: ":"), let port = UInt16(spec[spec.index(after: colon)...]) else {
            throw Failure(description: "--metrics takes host:port (loopback) or a Unix socket path, not \(spec)")
        }
        let host = spec[..<colon] == "localhost" ? "127.0.0.1" : String(spec[..<colon])
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_port = port.bigEndian
        guard inet_pton(AF_INET, host, &addr.sin_addr) == 1, host.hasPrefix("127.") else {
            throw Failure(description: "--metrics serves on loopback only (127.0.0.1:PORT or a socket path), not \(spec)")
        }
        let s = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        var one: Int32 = 1
        _ = setsockopt(s, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size))
        let bound = withUnsafePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(s, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
        guard s >= 0, bound == 0, listen(s, 64) == 0 else {
            let reason = String(cString: strerror(errno))
            if s >= 0 { close(s) }
            throw Failure(description: "--metrics \(spec): \(reason)")
        }
        var actual = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &actual) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(s, $0, &length) } }
        fd = s
        address = "\(host):\(UInt16(bigEndian: actual.sin_port))"
    }

    public func start() {
        let thread = Thread { [self] in
            while true {
                let c = accept(fd, nil, nil)
                if c < 0 {
                    if errno == EINTR || errno == ECONNABORTED { continue }
                    usleep(10_000)
                    continue
                }
                _ = fcntl(c, F_SETFD, FD_CLOEXEC)
                exchange(c)
                close(c)
            }
        }
        thread.name = "metrics"
        thread.start()
        log.info("metrics listening", ["address": .string(address)])
    }

    /// Reads the request head (bounded, with a deadline), answers, and the caller closes.
    private func exchange(_ c: Int32) {
        var tv = timeval(tv_sec: 2, tv_usec: 0)
        setsockopt(c, SOL_SOCKET, SO_RCVTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
        var head: [UInt8] = []
        var buf = [UInt8](repeating: 0, count: 4096)
        while head.count < 16_384 {
            let n = buf.withUnsafeMutableBytes { recv(c, $0.baseAddress, 4096, 0) }
            if n <= 0 { return }
            head.append(contentsOf: buf[0..<n])
            if head.count >= 4, String(decoding: head.suffix(min(head.count, 4096)), as: UTF8.self).contains("\r\n\r\n") { break }
        }
        let requestLine = String(decoding: head.prefix { $0 != 0x0D && $0 != 0x0A }, as: UTF8.self).split(separator: " ")
        let status: String, body: String, type: String
        if requestLine.count >= 2, requestLine[0] == "GET" || requestLine[0] == "HEAD",
           requestLine[1] == "/metrics" || requestLine[1].hasPrefix("/metrics?") {
            status = "200 OK"; body = Metrics.shared.exposition(); type = "text/plain; version=0.0.4; charset=utf-8"
        } else {
            status = "404 Not Found"; body = "GET /metrics\n"; type = "text/plain; charset=utf-8"
        }
        let bytes = Array(body.utf8)
        var out = Array("HTTP/1.1 \(status)\r\nContent-Type: \(type)\r\nContent-Length: \(bytes.count)\r\nConnection: close\r\n\r\n".utf8)
        if requestLine.first != "HEAD" { out += bytes }
        out.withUnsafeBytes { raw in
            var off = 0
            while off < raw.count {
                let n = send(c, raw.baseAddress! + off, raw.count - off, Int32(MSG_NOSIGNAL))
                if n <= 0 { return }
                off += n
            }
        }
    }
}
