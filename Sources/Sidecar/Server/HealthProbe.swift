import Foundation
import Plural
import PluralSimulator
import Support

/// `plural-sidecar health [--socket PATH]`, for exec probes (Kubernetes, systemd, Docker HEALTHCHECK).
///
/// With `--socket`: asks the running sidecar (`stats`) and exits 0 when it answers and is ready, 1 otherwise
/// (liveness, `--live`, is only that it answers within 2 s). Without: checks the settings this process reads, as a sidecar
/// started the same way would see them. One line on stdout says why.
public enum HealthProbe {
    public static func run(socket path: String?, liveOnly: Bool = false, config: PluralConfig) -> Int32 {
        guard let path else {
            let problems = config.problems().map(\.message)
            return report(problems)
        }
        guard let answer = ask(path) else {
            FileHandle.standardOutput.write(Data("not live: no answer on \(path)\n".utf8))
            return 1
        }
        guard let health = answer["result"]?["health"] else {
            FileHandle.standardOutput.write(Data("not live: unexpected answer on \(path)\n".utf8))
            return 1
        }
        if liveOnly {
            FileHandle.standardOutput.write(Data("live\n".utf8))
            return 0
        }
        return report((health["problems"]?.arrayValue ?? []).compactMap(\.stringValue), ready: health["ready"]?.boolValue == true)
    }

    static func report(_ problems: [String], ready: Bool? = nil) -> Int32 {
        let ok = ready ?? problems.isEmpty
        let line = ok ? "ready" : "not ready: " + problems.joined(separator: " ")
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
        return ok ? 0 : 1
    }

    /// One `stats` call over the socket, with a deadline on every step.
    static func ask(_ path: String) -> JSONValue? {
        guard var addr = try? UnixSocket.address(path) else { return nil }
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var tv = timeval(tv_sec: 2, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
        guard UnixSocket.withSockaddr(&addr, { connect(fd, $0, $1) }) == 0 else { return nil }
        let request = Array(#"{"jsonrpc":"2.0","id":"health","method":"stats"}"#.utf8) + [0x0A]
        guard request.withUnsafeBytes({ send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }) == request.count else { return nil }
        var line: [UInt8] = []
        var buf = [UInt8](repeating: 0, count: 65536)
        while !line.contains(0x0A) {
            let n = buf.withUnsafeMutableBytes { recv(fd, $0.baseAddress, 65536, 0) }
            if n <= 0 { return nil }
            line.append(contentsOf: buf[0..<n])
        }
        return try? JSONParser.parse(Array(line.prefix { $0 != 0x0A }))
    }
}

/// The HTTP simulator (`simulate --port`) under the same lifecycle as the servers.
public struct SimulatorService: Service {
    let server: HTTPServer
    public init(server: HTTPServer) { self.server = server }
    public func stopReading() { server.stop() }
    public func drain(until deadline: DispatchTime) -> Bool { true }
    public func answerUnfinished() -> Int { 0 }
    public func flush(until deadline: DispatchTime) -> Bool { true }
    public func cleanUp() {}
}
