import Foundation
import Support
import XCTest

/// `--socket PATH`: permissions, stale files, concurrent clients, vanishing clients, shutdown.
final class SocketServerTests: XCTestCase {
    var path = ""
    var server: SidecarProcess?

    override func setUpWithError() throws {
        path = temporarySocketPath()
    }

    override func tearDown() {
        server = nil
        unlink(path)
    }

    private func startServer(_ extra: [String] = []) throws -> SidecarProcess {
        let s = try SidecarProcess(arguments: ["--socket", path] + extra)
        XCTAssertTrue(waitForListener(path), "socket never accepted a connection: \(s.stderr.text)")
        server = s
        return s
    }

    func testSocketIsOwnerOnlyAndServes() throws {
        _ = try startServer()
        var st = stat()
        XCTAssertEqual(lstat(path, &st), 0)
        XCTAssertEqual(st.st_mode & S_IFMT, S_IFSOCK)
        XCTAssertEqual(st.st_mode & 0o777, 0o600)
        let c = try SocketClient(path: path)
        c.send(#"{"jsonrpc":"2.0","id":1,"method":"ping"}"#)
        XCTAssertEqual(c.readJSON()?["result"]?["env"], "simulator")
    }

    func testStaleSocketIsReplaced() throws {
        // A socket file nobody listens on, as a crashed server leaves behind.
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        var addr = sockaddr_un()
        addr.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &addr.sun_path) { raw in let b = Array(path.utf8); raw.copyBytes(from: b); raw[b.count] = 0 }
        _ = withUnsafePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) } }
        close(fd)
        XCTAssertTrue(FileManager.default.fileExists(atPath: path))
        _ = try startServer()
        // The stale file exists from the start, so wait until the new server answers on it.
        var client: SocketClient?
        for _ in 0..<500 where client == nil { client = try? SocketClient(path: path); if client == nil { usleep(10_000) } }
        let c = try XCTUnwrap(client, "the stale socket was never replaced")
        c.send(#"{"jsonrpc":"2.0","id":1,"method":"ping"}"#)
        XCTAssertNotNil(c.readJSON()?["result"])
    }

    func testOtherFilesAreLeftAloneAndTheProcessExitsNonZero() throws {
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data("precious".utf8)))
        let s = try SidecarProcess(arguments: ["--socket", path])
        let status = s.waitForExit()
        XCTAssertNotNil(status)
        XCTAssertNotEqual(status, 0)
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "precious")
        XCTAssertTrue(s.stderr.text.contains("not a socket"), s.stderr.text)
    }

    func testALiveSocketIsNotStolen() throws {
        _ = try startServer()
        let second = try SidecarProcess(arguments: ["--socket", path])
        XCTAssertNotEqual(second.waitForExit(), 0)
        XCTAssertTrue(second.stderr.text.contains("in use"), second.stderr.text)
        let c = try SocketClient(path: path)
        c.send(#"{"jsonrpc":"2.0","id":1,"method":"ping"}"#)
        XCTAssertNotNil(c.readJSON()?["result"], "the first server stopped serving")
    }

    func testConcurrentClientsEachGetTheirOwnAnswers() throws {
        _ = try startServer()
        let clients = 16, perClient = 300
        let failures = Locked(0)
        let path = self.path
        DispatchQueue.concurrentPerform(iterations: clients) { k in
            guard let c = try? SocketClient(path: path) else { failures.withLock { $0 += 1 }; return }
            defer { c.close() }
            for i in 0..<perClient { c.send(#"{"jsonrpc":"2.0","id":"\#(k)-\#(i)","method":"ping"}"#) }
            var seen = Set<String>()
            for _ in 0..<perClient {
                guard let id = c.readJSON()?["id"]?.stringValue, id.hasPrefix("\(k)-") else { failures.withLock { $0 += 1 }; return }
                seen.insert(id)
            }
            if seen.count != perClient { failures.withLock { $0 += 1 } }
        }
        XCTAssertEqual(failures.current, 0)
    }

    func testAClientVanishingMidCallDisturbsNoOne() throws {
        _ = try startServer()
        let setup = try SocketClient(path: path)
        setup.send(#"{"jsonrpc":"2.0","id":0,"method":"simulator.configure","params":{"faults":[{"kind":"latency","ms":500,"path":"/api/pay","times":null}]}}"#)
        XCTAssertNotNil(setup.readJSON()?["result"])
        let leaver = try SocketClient(path: path)
        for i in 0..<5 {
            leaver.send(#"{"jsonrpc":"2.0","id":\#(i),"method":"createOrder","params":{"merchant_order_reference":"gone-\#(i)","order_amount":{"value":100,"currency":"INR"}}}"#)
        }
        leaver.close()
        let stayer = try SocketClient(path: path)
        stayer.send(#"{"jsonrpc":"2.0","id":"s","method":"createOrder","params":{"merchant_order_reference":"stay","order_amount":{"value":100,"currency":"INR"}}}"#)
        stayer.send(#"{"jsonrpc":"2.0","id":"p","method":"ping"}"#)
        XCTAssertEqual(stayer.readJSON()?["id"], "p")
        let order = stayer.readJSON()
        XCTAssertEqual(order?["id"], "s")
        XCTAssertNotNil(order?["result"]?["order_id"])
        usleep(700_000)
        // The abandoned calls still ran to completion at the gateway.
        stayer.send(#"{"jsonrpc":"2.0","id":"g","method":"getOrder","params":{"merchant_order_reference":"gone-4"}}"#)
        XCTAssertNotNil(stayer.readJSON()?["result"]?["order_id"])
        XCTAssertTrue(server?.process.isRunning ?? false)
    }

    func testSIGTERMDrainsRemovesTheSocketAndExitsZero() throws {
        let s = try startServer()
        let c = try SocketClient(path: path)
        c.send(#"{"jsonrpc":"2.0","id":0,"method":"simulator.configure","params":{"faults":[{"kind":"latency","ms":600,"path":"/api/pay","times":null}]}}"#)
        XCTAssertNotNil(c.readJSON())
        c.send(#"{"jsonrpc":"2.0","id":1,"method":"createOrder","params":{"merchant_order_reference":"drain","order_amount":{"value":100,"currency":"INR"}}}"#)
        usleep(150_000)
        s.terminate(signal: SIGTERM)
        let answer = c.readJSON()
        XCTAssertEqual(answer?["id"], 1)
        XCTAssertNotNil(answer?["result"]?["order_id"], "the call in flight at SIGTERM was not answered")
        XCTAssertEqual(s.waitForExit(), 0)
        XCTAssertFalse(FileManager.default.fileExists(atPath: path), "socket file left behind")
    }
}
