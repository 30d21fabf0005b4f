import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Support
import XCTest

/// An HTTP GET over loopback TCP; the body as text, or nil.
func httpGet(_ url: String, timeout: Double = 10) -> (status: Int, body: String)? {
    var req = URLRequest(url: URL(string: url)!, timeoutInterval: timeout)
    req.httpMethod = "GET"
    let done = DispatchSemaphore(value: 0)
    let result = Locked<(Int, String)?>(nil)
    URLSession.shared.dataTask(with: req) { data, response, _ in
        if let http = response as? HTTPURLResponse { result.withLock { $0 = (http.statusCode, String(decoding: data ?? Data(), as: UTF8.self)) } }
        done.signal()
    }.resume()
    _ = done.wait(timeout: .now() + timeout + 1)
    return result.current.map { (status: $0.0, body: $0.1) }
}

/// The address a sidecar started with `--metrics …:0` logged.
func metricsAddress(of sidecar: SidecarProcess, timeout: Double = 10) -> String? {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
        for line in sidecar.stderr.text.split(separator: "\n") where line.contains("\"metrics listening\"") {
            if let v = try? JSONParser.parse(String(line)), let a = v["address"]?.stringValue { return a }
        }
        usleep(20_000)
    }
    return nil
}

/// Waits until the process's stderr contains `text`.
func waitForLog(_ process: SidecarProcess, _ text: String, timeout: Double = 10) -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
        if process.stderr.text.contains(text) { return true }
        usleep(20_000)
    }
    return false
}

/// A notify socket as systemd would hold one: an AF_UNIX datagram socket the process under test writes to.
final class NotifySocket: @unchecked Sendable {
    let path = "/tmp/plural-notify-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).sock"
    let fd: Int32

    init() throws {
        fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue), 0)
        var addr = unixAddress(path)
        let rc = withUnsafePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) } }
        guard rc == 0 else { throw NSError(domain: "bind notify socket", code: Int(errno)) }
    }

    /// The next datagram, or nil after the timeout.
    func next(timeout: Double = 10) -> String? {
        var pfd = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        guard poll(&pfd, 1, Int32(timeout * 1000)) > 0 else { return nil }
        var buf = [UInt8](repeating: 0, count: 4096)
        let n = buf.withUnsafeMutableBytes { recv(fd, $0.baseAddress, 4096, 0) }
        return n > 0 ? String(decoding: buf[0..<n], as: UTF8.self) : nil
    }

    /// Datagrams until one contains `state`; all of them, in order.
    func until(_ state: String, timeout: Double = 10) -> [String] {
        var seen: [String] = []
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline, let m = next(timeout: max(0.01, deadline.timeIntervalSinceNow)) {
            seen.append(m)
            if m.split(separator: "\n").contains(Substring(state)) { break }
        }
        return seen
    }

    deinit {
        close(fd)
        unlink(path)
    }
}

/// A file with these contents and mode, removed by the caller.
func writeFile(_ path: String, _ text: String, mode: mode_t = 0o600) throws {
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    chmod(path, mode)
}

func temporaryPath(_ name: String) -> String { "/tmp/plural-\(name)-\(getpid())-\(UInt32.random(in: 0...UInt32.max))" }
