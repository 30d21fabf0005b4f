import Foundation
import Support
import XCTest

/// One way out for every server, SIGHUP alike in every mode, and systemd: socket activation and notify.
final class LifecycleTests: XCTestCase {
    /// SIGHUP's default action kills a process: in every mode it must reload instead.
    func testSIGHUPReloadsInStdioAndSocketModes() throws {
        let stdio = try SidecarProcess()
        _ = stdio.result("ping", [:])
        stdio.terminate(signal: SIGHUP)
        XCTAssertTrue(waitForLog(stdio, "settings reloaded"), stdio.stderr.text)
        XCTAssertEqual(stdio.result("ping", [:])["env"], "simulator")

        let path = temporarySocketPath()
        let socket = try SidecarProcess(arguments: ["--socket", path])
        XCTAssertTrue(waitForFile(path))
        socket.terminate(signal: SIGHUP)
        XCTAssertTrue(waitForLog(socket, "settings reloaded"), socket.stderr.text)
        let client = try SocketClient(path: path)
        client.send(#"{"jsonrpc":"2.0","id":1,"method":"ping"}"#)
        XCTAssertEqual(client.readJSON()?["result"]?["env"], "simulator")
        socket.terminate(signal: SIGINT)
        XCTAssertEqual(socket.waitForExit(), 0)
        XCTAssertFalse(FileManager.default.fileExists(atPath: path))
    }

    /// Under `systemd-socket-activate` (what a .socket unit does) with a notify socket of the test's own:
    /// READY=1 once serving, RELOADING=1 then READY=1 on SIGHUP, STOPPING=1 on SIGTERM; calls in flight drained.
    func testSocketActivationAndNotify() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/systemd-socket-activate") else {
            throw XCTSkip("systemd-socket-activate is not installed (Debian package systemd)")
        }
        let notify = try NotifySocket()
        let path = temporarySocketPath()
        defer { unlink(path) }
        let activator = Process()
        activator.executableURL = URL(fileURLWithPath: "/usr/bin/systemd-socket-activate")
        activator.arguments = ["-l", path, "-E", "PLURAL_ENV=simulator", "-E", "NOTIFY_SOCKET=\(notify.path)", SidecarProcess.binary]
        activator.environment = ["PATH": "/usr/bin:/bin"]
        activator.standardError = FileHandle.nullDevice
        try activator.run()
        defer { if activator.isRunning { kill(activator.processIdentifier, SIGKILL); activator.waitUntilExit() } }
        XCTAssertTrue(waitForFile(path))

        // The first connection starts the sidecar on the inherited socket (it execs in place: same pid).
        let client = try SocketClient(path: path)
        XCTAssertTrue(notify.until("READY=1").last?.contains("READY=1") == true)
        client.send(#"{"jsonrpc":"2.0","id":1,"method":"ping"}"#)
        XCTAssertEqual(client.readJSON()?["result"]?["env"], "simulator")

        kill(activator.processIdentifier, SIGHUP)
        let reload = notify.until("READY=1")
        XCTAssertTrue(reload.first?.hasPrefix("RELOADING=1") == true, "\(reload)")
        XCTAssertTrue(reload.first?.contains("MONOTONIC_USEC=") == true, "\(reload)")

        client.send(#"{"jsonrpc":"2.0","id":2,"method":"simulator.configure","params":{"faults":[{"kind":"latency","ms":600,"path":"/api/pay","times":null}]}}"#)
        _ = client.readJSON()
        client.send(#"{"jsonrpc":"2.0","id":3,"method":"createOrder","params":{"merchant_order_reference":"sa-1","order_amount":{"value":100,"currency":"INR"}}}"#)
        usleep(150_000)
        kill(activator.processIdentifier, SIGTERM)
        XCTAssertTrue(notify.until("STOPPING=1").last?.contains("STOPPING=1") == true)
        XCTAssertNotNil(client.readJSON()?["result"]?["order_id"], "the call in flight was not drained")
        let deadline = Date().addingTimeInterval(10)
        while activator.isRunning && Date() < deadline { usleep(10_000) }
        XCTAssertFalse(activator.isRunning)
        XCTAssertEqual(activator.terminationStatus, 0)
    }

    /// The shipped units name what the README promises; their ExecStart is a command line the binary accepts.
    func testSystemdUnitsAreHardenedAndUseCredentials() throws {
        let dir = repositoryRoot + "/packaging/systemd"
        let service = try String(contentsOfFile: dir + "/plural-sidecar.service", encoding: .utf8)
        let socket = try String(contentsOfFile: dir + "/plural-sidecar.socket", encoding: .utf8)
        for directive in ["Type=notify", "ExecReload=/bin/kill -HUP $MAINPID", "NoNewPrivileges=yes", "ProtectSystem=strict", "PrivateTmp=yes",
                          "RestrictAddressFamilies=AF_UNIX AF_INET AF_INET6", "LoadCredential=PLURAL_CLIENT_SECRET:", "Requires=plural-sidecar.socket",
                          "TimeoutStopSec=30"] {
            XCTAssertTrue(service.contains(directive), "service unit lacks \(directive)")
        }
        XCTAssertTrue(socket.contains("ListenStream=/run/plural-sidecar/plural.sock"))
        XCTAssertTrue(socket.contains("SocketMode=0600"))
        let exec = try XCTUnwrap(service.split(separator: "\n").first { $0.hasPrefix("ExecStart=") })
        let args = exec.dropFirst("ExecStart=".count).split(separator: " ").dropFirst().map(String.init)
        let probe = try SidecarProcess(arguments: args + ["--version"])
        XCTAssertEqual(probe.waitForExit(), 0, "ExecStart's arguments are refused: \(probe.stderr.text)")
    }
}
