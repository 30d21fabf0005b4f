import Foundation
import Support
import XCTest

/// Clients that do not read, hog the call slots, never send a whole line, or come by the hundred; shutdown
/// with such clients connected; the edges of start-up (issue 13, items 3–6 and 10).
final class HostileClientTests: XCTestCase {
    var path = ""

    override func setUpWithError() throws { path = temporarySocketPath() }
    override func tearDown() { unlink(path); unlink(path + ".lock") }

    private func serve(_ env: [String: String] = [:]) throws -> SidecarProcess {
        let s = try SidecarProcess(arguments: ["--socket", path], environment: env)
        XCTAssertTrue(waitForListener(path), "socket never accepted a connection: \(s.stderr.text)")
        return s
    }

    private func order(_ id: Int, _ ref: String) -> String {
        #"{"jsonrpc":"2.0","id":\#(id),"method":"createOrder","params":{"merchant_order_reference":"\#(ref)-\#(id)","order_amount":{"value":1100,"currency":"INR"}}}"#
    }

    private func configure(_ client: SocketClient, _ faults: String) {
        client.send(#"{"jsonrpc":"2.0","id":0,"method":"simulator.configure","params":{"faults":\#(faults)}}"#)
        XCTAssertNotNil(client.readJSON()?["result"])
    }

    /// Sends without ever blocking the test: stops when the sidecar stops reading. Returns lines sent whole.
    private func flood(_ fd: Int32, _ lines: [String], for seconds: Double) -> Int {
        var sent = 0
        let deadline = Date().addingTimeInterval(seconds)
        for line in lines {
            var bytes = Array((line + "\n").utf8)[...]
            while !bytes.isEmpty {
                let n = bytes.withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL | MSG_DONTWAIT)) }
                if n > 0 { bytes = bytes.dropFirst(n); continue }
                if Date() > deadline { return sent }
                usleep(1000)
            }
            sent += 1
        }
        return sent
    }

    /// Item 3: answers went out with blocking send() on the cooperative pool; clients that stopped reading
    /// took its threads, and every gateway call of every client froze.
    func testClientsThatNeverReadStarveNobody() throws {
        let s = try serve()
        let nonReaders = try (0..<max(2, ProcessInfo.processInfo.activeProcessorCount)).map { _ in try SocketClient(path: path) }
        for (k, c) in nonReaders.enumerated() {
            // About 1 MB of answers each: far more than a socket buffer holds, less than the sidecar's own queue.
            let sent = flood(c.fd, (1...2000).map { order($0, "stuck\(k)") }, for: 5)
            XCTAssertGreaterThan(sent, 500, "the sidecar stopped reading a non-reader far too early")
        }
        // Let the thousands of calls already read run their course (their cost is CPU, not the point here).
        usleep(2_000_000)
        let good = try SocketClient(path: path)
        for i in 1...5 {
            let started = Date()
            good.send(order(i, "good"))
            let answer = good.readJSON()
            XCTAssertNotNil(answer?["result"]?["order_id"], "gateway call \(i) not answered: \(answer.map(JSONWriter.string) ?? "nothing")")
            good.send(#"{"jsonrpc":"2.0","id":"p\#(i)","method":"ping"}"#)
            XCTAssertEqual(good.readJSON()?["id"], .string("p\(i)"))
            // Before the fix the answer never came (the pool's threads sat in send()); 5 s allows a busy machine.
            XCTAssertLessThan(Date().timeIntervalSince(started), 5, "a reading client waited on the ones that do not read")
        }
        for c in nonReaders { c.close() }
        s.terminate()
        XCTAssertEqual(s.waitForExit(), 0)
    }

    /// Item 4: SIGTERM must exit within PLURAL_SHUTDOWN_TIMEOUT even with a client that does not read, and a
    /// call still running at the deadline is answered -32003 `shutdown` (money-moving and sent: unknown).
    func testShutdownIsBoundedAndAnswersCallsStillRunning() throws {
        let s = try serve(["PLURAL_SHUTDOWN_TIMEOUT": "1"])
        let reader = try SocketClient(path: path)
        configure(reader, #"[{"kind":"latency","ms":30000,"path":"/api/pay","times":null}]"#)
        let nonReader = try SocketClient(path: path)
        var pings = ""
        for i in 0..<5000 { pings += #"{"jsonrpc":"2.0","id":\#(i),"method":"ping","params":{}}"# + "\n" }
        _ = flood(nonReader.fd, [pings], for: 2)
        reader.send(order(1, "drain"))
        reader.send(#"{"jsonrpc":"2.0","id":2,"method":"getOrder","params":{"order_id":"v1-000000000000-aa-AAAAAA"}}"#)
        usleep(300_000)
        let started = Date()
        s.terminate(signal: SIGTERM)
        var answers: [JSONValue] = []
        while answers.count < 2, let a = reader.readJSON() { answers.append(a) }
        XCTAssertEqual(s.waitForExit(timeout: 8), 0, "SIGTERM did not exit: \(s.stderr.text.suffix(600))")
        XCTAssertLessThan(Date().timeIntervalSince(started), 4, "shutdown took far longer than PLURAL_SHUTDOWN_TIMEOUT")
        let byID = Dictionary(answers.compactMap { a in a["id"]?.numberValue?.int.map { ($0, a) } }, uniquingKeysWith: { a, _ in a })
        let moving = try XCTUnwrap(byID[1], "createOrder was not answered at shutdown: \(answers)")
        XCTAssertEqual(moving["error"]?["code"], -32003)
        XCTAssertEqual(moving["error"]?["data"]?["reason"], "shutdown")
        XCTAssertEqual(moving["error"]?["data"]?["outcome"], "unknown")
        let reading = try XCTUnwrap(byID[2], "getOrder was not answered at shutdown: \(answers)")
        XCTAssertEqual(reading["error"]?["data"]?["reason"], "shutdown")
        XCTAssertEqual(reading["error"]?["data"]?["outcome"], "not_sent")
        XCTAssertTrue(s.stderr.text.contains("answered as shut down"), s.stderr.text)
    }

    /// Item 4 on stdio: the deadline answers the call instead of exiting with it unanswered.
    func testStdioShutdownDeadlineAnswersTheCall() throws {
        let s = try SidecarProcess(environment: ["PLURAL_SHUTDOWN_TIMEOUT": "0.5"])
        _ = try s.call("simulator.configure", ["faults": [["kind": "latency", "ms": 20_000, "path": "/api/pay", "times": .null]]], id: 0)
        s.send(order(1, "stdio-drain"))
        usleep(200_000)
        s.terminate(signal: SIGINT)
        let answer = s.stdout.nextJSON(timeout: 5)
        XCTAssertEqual(answer?["error"]?["data"]?["reason"], "shutdown", "\(answer.map(JSONWriter.string) ?? "no answer")")
        XCTAssertEqual(s.waitForExit(timeout: 5), 0)
    }

    /// Item 5: one connection cannot take every call slot; another's calls and pings go on.
    func testOneConnectionCannotTakeEveryCallSlot() throws {
        let s = try serve(["PLURAL_MAX_IN_FLIGHT": "8", "PLURAL_MAX_IN_FLIGHT_PER_CONNECTION": "4"])
        let hog = try SocketClient(path: path)
        configure(hog, #"[{"kind":"latency","ms":3000,"path":"/api/pay","times":null}]"#)
        for i in 1...20 { hog.send(order(i, "hog")) }
        usleep(300_000)
        let other = try SocketClient(path: path)
        let started = Date()
        other.send(order(1, "other"))
        other.send(#"{"jsonrpc":"2.0","id":"ping","method":"ping"}"#)
        XCTAssertEqual(other.readJSON()?["id"], "ping")
        XCTAssertLessThan(Date().timeIntervalSince(started), 1, "a ping waited for another connection's calls")
        XCTAssertNotNil(other.readJSON()?["result"]?["order_id"])
        XCTAssertLessThan(Date().timeIntervalSince(started), 5, "a call waited for another connection's calls")
        hog.close()
        s.terminate(signal: SIGKILL)
    }

    /// Item 6: past PLURAL_MAX_CONNECTIONS a client is told so and closed; a slot freed serves again.
    func testConnectionCap() throws {
        let s = try serve(["PLURAL_MAX_CONNECTIONS": "3"])
        // waitForListener's probe holds a slot until the server has seen it close: a client may be refused until then.
        func admitted() throws -> SocketClient? {
            for _ in 0..<50 {
                let c = try SocketClient(path: path)
                c.send(#"{"jsonrpc":"2.0","id":1,"method":"ping"}"#)
                if c.readJSON()?["result"] != nil { return c }
                c.close()
                usleep(100_000)
            }
            return nil
        }
        let held = try (0..<3).compactMap { _ in try admitted() }
        XCTAssertEqual(held.count, 3, "three connections under a cap of three were not all served")
        let extra = try SocketClient(path: path)
        let refusal = extra.readJSON()
        XCTAssertEqual(refusal?["error"]?["data"]?["reason"], "too_many_connections", "\(refusal.map(JSONWriter.string) ?? "nothing")")
        XCTAssertNil(extra.readLine(), "a refused connection must be closed")
        held.first?.close()
        XCTAssertNotNil(try admitted(), "a freed connection slot was never given to a new client")
        s.terminate(signal: SIGKILL)
    }

    /// Item 6: a silent connection (a slowloris's half line included) is closed after the idle timeout; one
    /// with a call running is not.
    func testIdleConnectionsAreClosed() throws {
        let s = try serve(["PLURAL_SOCKET_IDLE_TIMEOUT": "0.5"])
        let busy = try SocketClient(path: path)
        configure(busy, #"[{"kind":"latency","ms":1500,"path":"/api/pay","times":null}]"#)
        busy.send(order(1, "busy"))
        let slow = try SocketClient(path: path)
        let half = Array(#"{"jsonrpc":"2.0","id":1,"method":"pi"#.utf8)
        _ = half.withUnsafeBytes { Glibc.send(slow.fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        let started = Date()
        XCTAssertNil(slow.readLine(), "the half-sent line's connection was never closed")
        XCTAssertLessThan(Date().timeIntervalSince(started), 3)
        XCTAssertNotNil(busy.readJSON()?["result"]?["order_id"], "a connection with a call running was closed as idle")
        s.terminate(signal: SIGKILL)
    }

    /// Item 6: out of descriptors, a new client is told so and closed (not left connected, never served),
    /// and it is logged once.
    func testOutOfDescriptorsRefusesCleanly() throws {
        let s = try SidecarProcess(arguments: ["--socket", path], environment: ["PLURAL_MAX_CONNECTIONS": "1000"], limitDescriptors: 64)
        XCTAssertTrue(waitForListener(path), s.stderr.text)
        var clients: [SocketClient] = []
        var refusals = 0
        for _ in 0..<80 {
            guard let c = try? SocketClient(path: path) else { continue }
            clients.append(c)
            c.send(#"{"jsonrpc":"2.0","id":1,"method":"ping"}"#)
            guard let a = c.readJSON() else { XCTFail("a client was left unanswered"); break }
            if a["error"]?["data"]?["reason"] == "out_of_file_descriptors" { refusals += 1 }
        }
        XCTAssertGreaterThan(refusals, 0)
        XCTAssertEqual(s.stderr.text.components(separatedBy: "out of file descriptors").count - 1, 1, s.stderr.text)
        s.terminate(signal: SIGKILL)
    }

    /// Item 10: with stderr closed or full, a refusal at start is exit 2, not a trap.
    func testUnusableStderrIsNoTrap() throws {
        for redirect in ["2>&-", "2>/dev/full"] {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/bin/sh")
            p.arguments = ["-c", "exec \"$0\" \(redirect)", SidecarProcess.binary]
            p.environment = ["PATH": "/usr/bin:/bin", "PLURAL_ENV": "simulator", "PLURAL_MAX_IN_FLIGHT": "0"]
            try p.run()
            p.waitUntilExit()
            XCTAssertEqual(p.terminationReason, .exit, "\(redirect): trapped")
            XCTAssertEqual(p.terminationStatus, 2, redirect)
        }
    }

    /// Item 10: --max-line-bytes is bounded like PLURAL_MAX_LINE_BYTES.
    func testMaxLineBytesFlagIsBounded() throws {
        let s = try SidecarProcess(arguments: ["--max-line-bytes", "9223372036854775807"])
        XCTAssertEqual(s.waitForExit(), 2)
        XCTAssertTrue(s.stderr.text.contains("--max-line-bytes"), s.stderr.text)
    }

    /// Item 10: two sidecars started at once on one socket path: exactly one serves, the other exits 2.
    func testOneInstancePerSocketPath() throws {
        for _ in 0..<8 {
            let a = try SidecarProcess(arguments: ["--socket", path])
            let b = try SidecarProcess(arguments: ["--socket", path])
            XCTAssertTrue(waitForListener(path))
            usleep(300_000)
            let running = [a, b].filter { $0.process.isRunning }
            XCTAssertEqual(running.count, 1, "a: \(a.stderr.text) b: \(b.stderr.text)")
            for loser in [a, b] where !loser.process.isRunning { XCTAssertEqual(loser.process.terminationStatus, 2, loser.stderr.text) }
            let c = try SocketClient(path: path)
            c.send(#"{"jsonrpc":"2.0","id":1,"method":"ping"}"#)
            XCTAssertNotNil(c.readJSON()?["result"])
            c.close()
            for s in running { s.terminate(); XCTAssertEqual(s.waitForExit(), 0) }
        }
    }
}
