import Foundation
import Support
import XCTest

/// The points of SECURITY.md that a test can hold the binary to.
final class SecurityTests: XCTestCase {
    private func runAs(uid: Int, _ arguments: [String], stdin: String? = nil) throws -> (status: Int32, out: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
        p.arguments = ["--reuid=\(uid)", "--regid=\(uid)", "--clear-groups", "--"] + arguments
        let out = Pipe(), input = Pipe()
        p.standardOutput = out
        p.standardInput = input
        p.standardError = FileHandle.nullDevice
        try p.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try? input.fileHandleForWriting.close()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self))
    }

    private var isRoot: Bool { getuid() == 0 }

    func testNoCoreDumpsAndNotDumpable() throws {
        let s = try SidecarProcess()
        XCTAssertNotNil(try s.call("ping")["result"])
        let limits = try String(contentsOfFile: "/proc/\(s.pid)/limits", encoding: .utf8)
        let core = try XCTUnwrap(limits.split(separator: "\n").first { $0.hasPrefix("Max core file size") })
        XCTAssertTrue(core.split(separator: " ").contains("0"), String(core))
        try XCTSkipUnless(isRoot && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"), "needs root to run the sidecar as another user")
        // A non-dumpable process's /proc entries belong to root, so its own user cannot read its memory or environment.
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
        p.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", "--", SidecarProcess.binary]
        p.environment = ["PLURAL_ENV": "simulator", "PLURAL_CLIENT_SECRET": "never-readable"]
        let keepOpen = Pipe()
        p.standardInput = keepOpen
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        defer { try? keepOpen.fileHandleForWriting.close(); p.waitUntilExit() }
        usleep(300_000)
        var st = stat()
        XCTAssertEqual(stat("/proc/\(p.processIdentifier)/environ", &st), 0)
        XCTAssertEqual(st.st_uid, 0, "the sidecar is dumpable: its environment is readable by its own user")
    }

    func testSecretsAreNotInTheProcessArguments() throws {
        let s = try SidecarProcess(environment: ["PLURAL_CLIENT_SECRET": "argv-secret-1"])
        _ = try s.call("ping")
        let cmdline = try String(contentsOfFile: "/proc/\(s.pid)/cmdline", encoding: .utf8)
        XCTAssertFalse(cmdline.contains("argv-secret-1"))
    }

    func testSocketPeersMustBeTheSameUser() throws {
        try XCTSkipUnless(isRoot && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"), "needs root to connect as another user")
        let path = temporarySocketPath()
        defer { unlink(path) }
        let client = """
        import socket,sys
        s=socket.socket(socket.AF_UNIX); s.settimeout(5); s.connect(sys.argv[1])
        s.sendall(b'{"jsonrpc":"2.0","id":1,"method":"ping"}\\n')
        try: print(s.recv(65536).decode() or 'closed')
        except Exception as e: print('error', e)
        """
        for (allow, expectAnswer) in [("", false), ("65534", true)] {
            let server = try SidecarProcess(arguments: ["--socket", path], environment: ["PLURAL_SOCKET_ALLOW_UIDS": allow])
            XCTAssertTrue(waitForFile(path))
            chmod(path, 0o666)  // as if someone loosened the mode: SO_PEERCRED must still hold
            let other = try runAs(uid: 65534, ["/usr/bin/env", "python3", "-c", client, path])
            XCTAssertEqual(other.out.contains("\"result\""), expectAnswer, "allow=\(allow.debugDescription): \(other.out)")
            let me = try SocketClient(path: path)
            me.send(#"{"jsonrpc":"2.0","id":2,"method":"ping"}"#)
            XCTAssertNotNil(me.readJSON()?["result"], "the owner must always be admitted")
            me.close()
            server.terminate()
            XCTAssertEqual(server.waitForExit(), 0)
        }
    }

    func testTLSIsAlwaysVerified() throws {
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: "/usr/bin/openssl"), "needs openssl for a self-signed certificate")
        let dir = NSTemporaryDirectory() + "tls-\(getpid())"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let gen = Process()
        gen.executableURL = URL(fileURLWithPath: "/usr/bin/openssl")
        gen.arguments = ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "\(dir)/key.pem", "-out", "\(dir)/cert.pem",
                         "-days", "1", "-subj", "/CN=127.0.0.1"]
        gen.standardOutput = FileHandle.nullDevice
        gen.standardError = FileHandle.nullDevice
        try gen.run(); gen.waitUntilExit()
        let server = Process()
        server.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        server.arguments = ["python3", "-c", """
        import http.server,ssl,sys,threading
        class H(http.server.BaseHTTPRequestHandler):
            def do_POST(self):
                open(sys.argv[2]+'/hit','w').write('reached'); self.send_response(200); self.end_headers(); self.wfile.write(b'{}')
        srv=http.server.HTTPServer(('127.0.0.1',0),H)
        ctx=ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER); ctx.load_cert_chain(sys.argv[1]+'/cert.pem', sys.argv[1]+'/key.pem')
        srv.socket=ctx.wrap_socket(srv.socket, server_side=True)
        print(srv.server_address[1], flush=True); srv.serve_forever()
        """, dir, dir]
        let out = Pipe()
        server.standardOutput = out
        server.standardError = FileHandle.nullDevice
        try server.run()
        defer { server.terminate(); server.waitUntilExit() }
        let portLine = LineCollector(handle: out.fileHandleForReading)
        portLine.start()
        let port = try XCTUnwrap(portLine.next(timeout: 10))
        let s = try SidecarProcess(environment: ["PLURAL_ENV": "uat", "PLURAL_API_URL": "https://127.0.0.1:\(port)",
                                                 "PLURAL_CLIENT_ID": "a", "PLURAL_CLIENT_SECRET": "b", "PLURAL_TIMEOUT": "5"])
        let e = s.error("createOrder", orderParams("tls-1"))
        XCTAssertEqual(e["code"], -32003)
        XCTAssertEqual(e["data"]?["reason"], "connect")
        XCTAssertEqual(e["data"]?["outcome"], "not_sent")
        XCTAssertFalse(FileManager.default.fileExists(atPath: "\(dir)/hit"), "a request reached a server whose certificate is not trusted")
    }

    func testCardDataEchoedByTheGatewayNeverReachesTheCaller() throws {
        let simulator = try SimulatorProcess()
        let sidecar = try simulator.sidecar()
        _ = sidecar.result("createOrder", orderParams("echo-1"))
        simulator.faults([["kind": "status", "status": 200, "path": "/api/pay/v1/orders/reference", "times": 1,
                           "body": #"{"data":{"order_id":"v1-e","status":"PENDING","payments":[{"id":"p","status":"PENDING","payment_option":{"card_details":{"card_number":"4111111111111111","cvv":"123"}}}]}}"#]])
        let o = sidecar.result("getOrder", ["merchant_order_reference": "echo-1"])
        let text = JSONWriter.string(o)
        XCTAssertFalse(text.contains("4111111111111111"))
        XCTAssertFalse(text.contains("\"123\""))
        XCTAssertEqual(o["order_id"], "v1-e")
    }

    /// Card data under names nobody planned for, and in shapes a key check cannot see: a spaced or dashed
    /// PAN in free text, a 12-digit card number, a non-Luhn PAN under `pan`, CVVs as `security_code`, `cvv2`,
    /// `cardCvc`. A masked form (first six, last four) is what the gateway should send, and stays.
    func testCardDataUnderAnyNameOrShapeNeverReachesTheCaller() throws {
        let simulator = try SimulatorProcess()
        let sidecar = try simulator.sidecar()
        _ = sidecar.result("createOrder", orderParams("echo-2"))
        let body = #"{"data":{"order_id":"v1-e2","status":"PENDING","notes":"card 4111 1111 1111 1111 was declined","#
            + #""payer_ref":"5555-5555-5555-4444","short_card":"501800000009","pan":"4111111111111112","card_pan":"6011000000000004","#
            + #""security_code":"321","cvv2":"654","payment_option":{"cardCvc":"777","masked_card_number":"411111XXXXXX1111"}}}"#
        simulator.faults([["kind": "status", "status": 200, "path": "/api/pay/v1/orders/reference", "times": 1, "body": .string(body)]])
        let o = sidecar.result("getOrder", ["merchant_order_reference": "echo-2"])
        let text = JSONWriter.string(o)
        for leak in ["4111 1111 1111 1111", "5555-5555-5555-4444", "501800000009", "4111111111111112", "6011000000000004", "\"321\"", "\"654\"", "\"777\""] {
            XCTAssertFalse(text.contains(leak), "\(leak) reached the caller: \(text)")
        }
        XCTAssertEqual(o["order_id"], "v1-e2")
        XCTAssertEqual(o["notes"], "card [CARD ****1111] was declined")
        XCTAssertEqual(o["payment_option"]?["masked_card_number"], "411111XXXXXX1111")
    }
}
