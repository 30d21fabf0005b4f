import Foundation
import Support
import XCTest

/// One settings reader: environment, `--config`, `NAME_FILE`, `$CREDENTIALS_DIRECTORY`; limits refused at start.
final class SettingsTests: XCTestCase {
    /// These three were read straight from the environment, so `--config` refused them as unknown.
    func testEveryNameWorksInTheConfigFile() throws {
        let path = temporaryPath("config") + ".json"
        // A directory of its own: the journal takes its state directory over (0700, a lock, its files).
        let state = temporaryPath("state")
        defer { unlink(path); try? FileManager.default.removeItem(atPath: state) }
        try writeFile(path, #"{"PLURAL_MAX_IN_FLIGHT":"4","PLURAL_SHUTDOWN_TIMEOUT":"0.5","PLURAL_SOCKET_ALLOW_UIDS":"0","PLURAL_STATE_DIR":"\#(state)","PLURAL_IDEMPOTENCY_TTL":"600","PLURAL_CIRCUIT_THRESHOLD":"3"}"#)
        let sidecar = try SidecarProcess(arguments: ["--config", path])
        XCTAssertEqual(sidecar.result("ping", [:])["env"], "simulator", sidecar.stderr.text)
        // The shutdown timeout from the file is the one in force: a call stuck on the gateway is cut at 0.5 s.
        _ = try sidecar.call("simulator.configure", ["faults": [["kind": "latency", "ms": 20_000, "path": "/api/pay", "times": .null]]], id: 0)
        sidecar.send(#"{"jsonrpc":"2.0","id":9,"method":"createOrder","params":{"merchant_order_reference":"slow","order_amount":{"value":100,"currency":"INR"}}}"#)
        usleep(200_000)
        let started = Date()
        sidecar.terminate()
        XCTAssertEqual(sidecar.waitForExit(timeout: 10), 0)
        XCTAssertLessThan(Date().timeIntervalSince(started), 3)
    }

    func testInvalidLimitsAreRefusedAtStartWithTheirName() throws {
        for (name, value) in [("PLURAL_MAX_IN_FLIGHT", "abc"), ("PLURAL_MAX_IN_FLIGHT", "0"), ("PLURAL_MAX_IN_FLIGHT", "100000000"),
                              ("PLURAL_MAX_LINE_BYTES", "-1"), ("PLURAL_SHUTDOWN_TIMEOUT", "forever"), ("PLURAL_SOCKET_ALLOW_UIDS", "root"),
                              ("PLURAL_CIRCUIT_THRESHOLD", "0"), ("PLURAL_METRICS", "maybe")] {
            let s = try SidecarProcess(environment: [name: value])
            XCTAssertEqual(s.waitForExit(), 2, "\(name)=\(value) was accepted")
            XCTAssertTrue(s.stderr.text.contains(name), "\(name)=\(value): \(s.stderr.text)")
        }
        for flag in [["--max-in-flight", "100000000"], ["--max-line-bytes", "0"]] {
            let s = try SidecarProcess(arguments: flag)
            XCTAssertEqual(s.waitForExit(), 2, "\(flag) was accepted")
            XCTAssertTrue(s.stderr.text.contains("\(flag[0]) must be a whole number from"), s.stderr.text)
        }
        let path = temporaryPath("config") + ".json"
        defer { unlink(path) }
        try writeFile(path, #"{"PLURAL_MAX_IN_FLIGHT":"lots"}"#)
        let fromFile = try SidecarProcess(arguments: ["--config", path])
        XCTAssertEqual(fromFile.waitForExit(), 2)
        XCTAssertTrue(fromFile.stderr.text.contains("PLURAL_MAX_IN_FLIGHT must be a whole number"), fromFile.stderr.text)
    }

    /// Container platforms mount secrets as files; systemd hands them over in $CREDENTIALS_DIRECTORY.
    func testSecretsFromFilesAndFromTheCredentialsDirectory() throws {
        let simulator = try SimulatorProcess()
        simulator.control("POST", "/_simulator/faults", ["accept_client_secret": "mounted-secret-7"])
        let file = temporaryPath("secret")
        defer { unlink(file) }
        try writeFile(file, "mounted-secret-7\n", mode: 0o644)

        let viaFile = try simulator.sidecar(environment: ["PLURAL_CLIENT_SECRET": "", "PLURAL_CLIENT_SECRET_FILE": file])
        XCTAssertNotNil(viaFile.result("createOrder", orderParams("file-1"))["order_id"], viaFile.stderr.text)

        let dir = temporaryPath("credentials")
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try writeFile(dir + "/PLURAL_CLIENT_SECRET", "mounted-secret-7")
        let viaCredentials = try simulator.sidecar(environment: ["PLURAL_CLIENT_SECRET": "", "CREDENTIALS_DIRECTORY": dir])
        XCTAssertNotNil(viaCredentials.result("createOrder", orderParams("cred-1"))["order_id"], viaCredentials.stderr.text)

        // Both the value and its file: nobody can tell which was meant.
        let both = try simulator.sidecar(environment: ["PLURAL_CLIENT_SECRET": "x", "PLURAL_CLIENT_SECRET_FILE": file])
        XCTAssertEqual(both.waitForExit(), 2)
        XCTAssertTrue(both.stderr.text.contains("PLURAL_CLIENT_SECRET_FILE"), both.stderr.text)
        XCTAssertFalse(both.stderr.text.contains("mounted-secret-7"))
    }

    /// The README's table is `plural-sidecar docs settings`, generated from the one declaration.
    func testTheREADMESettingsTableIsTheDeclaration() throws {
        let docs = try SidecarProcess(arguments: ["docs", "settings"])
        let table = docs.stdout.take(200, timeout: 5).joined(separator: "\n")
        XCTAssertTrue(table.contains("`PLURAL_MAX_IN_FLIGHT`"))
        let readme = try String(contentsOfFile: repositoryRoot + "/README.md", encoding: .utf8)
        XCTAssertTrue(readme.contains(table), "README's settings region is stale: run scripts/generate-docs")
    }
}

let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
