import Foundation
import Support

/// A plain Unix-socket client for the tests: write lines, read lines.
final class SocketClient: @unchecked Sendable {
    let fd: Int32
    private var pending: [UInt8] = []

    init(path: String) throws {
        fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        var addr = unixAddress(path)
        let rc = withUnsafePointer(to: &addr) { p in
            p.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard rc == 0 else { Glibc.close(fd); throw NSError(domain: "connect", code: Int(errno)) }
        var tv = timeval(tv_sec: 20, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
    }

    func send(_ line: String) {
        let bytes = Array((line + "\n").utf8)
        bytes.withUnsafeBytes { buf in
            var off = 0
            while off < buf.count {
                let n = Glibc.send(fd, buf.baseAddress! + off, buf.count - off, Int32(MSG_NOSIGNAL))
                if n <= 0 { return }
                off += n
            }
        }
    }

    /// The next line, or nil at end of stream or timeout.
    func readLine() -> String? {
        while true {
            if let nl = pending.firstIndex(of: 0x0A) {
                let line = String(decoding: pending[..<nl], as: UTF8.self)
                pending.removeSubrange(...nl)
                return line
            }
            var buf = [UInt8](repeating: 0, count: 65536)
            let n = buf.withUnsafeMutableBytes { recv(fd, $0.baseAddress, 65536, 0) }
            if n <= 0 { return nil }
            pending.append(contentsOf: buf[0..<n])
        }
    }

    func readJSON() -> JSONValue? { readLine().flatMap { try? JSONParser.parse($0) } }

    func close() { Glibc.close(fd) }
}

func waitForFile(_ path: String, timeout: Double = 10) -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
        if FileManager.default.fileExists(atPath: path) { return true }
        usleep(10_000)
    }
    return false
}

/// The socket file exists from bind(), a moment before listen(): wait until a connection is accepted.
func waitForListener(_ path: String, timeout: Double = 10) -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
        if let probe = try? SocketClient(path: path) { probe.close(); return true }
        usleep(10_000)
    }
    return false
}

func temporarySocketPath() -> String {
    "/tmp/plural-sidecar-test-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).sock"
}

/// A Unix-socket address for `path`.
func unixAddress(_ path: String) -> sockaddr_un {
    var addr = sockaddr_un()
    addr.sun_family = sa_family_t(AF_UNIX)
    withUnsafeMutableBytes(of: &addr.sun_path) { raw in
        let b = Array(path.utf8)
        raw.copyBytes(from: b)
        raw[b.count] = 0
    }
    return addr
}
