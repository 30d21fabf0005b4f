import Foundation
import Support
import XCTest

/// Metrics (`--metrics`, `stats`), health probes, and rotating credentials with SIGHUP.
final class OperationsTests: XCTestCase {
    func testMetricsEndpointAndStatsReportTheSameCountsWithFixedLabelsOnly() throws {
        let simulator = try SimulatorProcess()
        let sidecar = try simulator.sidecar(arguments: ["--metrics", "127.0.0.1:0"])
        let address = try XCTUnwrap(metricsAddress(of: sidecar), sidecar.stderr.text)
        let orderID = try XCTUnwrap(sidecar.result("createOrder", orderParams("metrics-ref-77", value: 123_457))["order_id"]?.stringValue)
        _ = sidecar.error("getOrder", ["order_id": "../x"])
        _ = sidecar.result("ping", [:])
        sidecar.send("not json")
        _ = sidecar.stdout.next()
        let page = try XCTUnwrap(httpGet("http://\(address)/metrics"))
        XCTAssertEqual(page.status, 200)
        let text = page.body
        XCTAssertTrue(text.contains(#"plural_sidecar_calls_total{method="createOrder",outcome="ok"} 1"#), text)
        XCTAssertTrue(text.contains(#"plural_sidecar_calls_total{method="getOrder",outcome="-32602"} 1"#), text)
        XCTAssertTrue(text.contains(#"plural_sidecar_calls_total{method="unknown",outcome="-32700"} 1"#), text)
        XCTAssertTrue(text.contains(#"plural_gateway_requests_total{operation="createOrder",status="200"} 1"#), text)
        XCTAssertTrue(text.contains(#"plural_token_fetches_total{result="ok"} 1"#), text)
        XCTAssertTrue(text.contains(#"plural_gateway_circuit_state{host="api"} 0"#), text)
        XCTAssertTrue(text.contains(#"plural_sidecar_build_info{version="#), text)
        XCTAssertTrue(text.contains("# TYPE plural_sidecar_call_duration_seconds histogram"), text)
        for leak in [orderID, "metrics-ref-77", "123457", "secret-1", "client-1"] { XCTAssertFalse(text.contains(leak), "\(leak) in the metrics") }
        XCTAssertEqual(httpGet("http://\(address)/other")?.status, 404)

        let stats = sidecar.result("stats", [:])
        XCTAssertEqual(stats["health"]?["ready"], true)
        let calls = stats["metrics"]?["plural_sidecar_calls_total"]?.arrayValue ?? []
        let created = calls.first { $0["labels"]?["method"] == "createOrder" && $0["labels"]?["outcome"] == "ok" }
        XCTAssertEqual(created?["value"], 1, JSONWriter.string(stats))
    }

    func testMetricsOnAUnixSocketPath() throws {
        let path = temporarySocketPath()
        defer { unlink(path) }
        let sidecar = try SidecarProcess(arguments: ["--metrics", path])
        _ = sidecar.result("ping", [:])
        XCTAssertTrue(waitForFile(path))
        let client = try SocketClient(path: path)
        client.send("GET /metrics HTTP/1.1\r\nHost: x\r\n\r")
        var lines: [String] = []
        while let l = client.readLine() { lines.append(l) }
        XCTAssertEqual(lines.first, "HTTP/1.1 200 OK\r")
        XCTAssertTrue(lines.contains(#"plural_sidecar_calls_total{method="ping",outcome="ok"} 1"#), lines.joined(separator: "\n"))
        XCTAssertNotEqual(try SidecarProcess(arguments: ["--metrics", "0.0.0.0:9999"]).waitForExit(), 0, "metrics must stay on loopback")
    }

    func testHealthProbeExitsZeroOnlyWhenReady() throws {
        XCTAssertEqual(try SidecarProcess(arguments: ["health"]).waitForExit(), 0)
        let incomplete = try SidecarProcess(arguments: ["health"], environment: ["PLURAL_ENV": "prod"])
        XCTAssertEqual(incomplete.waitForExit(), 1)
        XCTAssertTrue(incomplete.stdout.text.contains("PLURAL_CLIENT_ID"), incomplete.stdout.text)

        let path = temporarySocketPath()
        XCTAssertEqual(try SidecarProcess(arguments: ["health", "--socket", path]).waitForExit(), 1, "nothing listens: not live")
        let simulator = try SimulatorProcess()
        let server = try simulator.sidecar(arguments: ["--socket", path])
        XCTAssertTrue(waitForFile(path))
        defer { server.terminate() }
        XCTAssertEqual(try SidecarProcess(arguments: ["health", "--socket", path]).waitForExit(), 0)
        // Once a v3 call needed a token and could not get one, the sidecar is not ready.
        simulator.control("POST", "/_simulator/faults", ["accept_client_secret": "another"])
        let client = try SocketClient(path: path)
        client.send(#"{"jsonrpc":"2.0","id":1,"method":"createOrder","params":{"merchant_order_reference":"h-1","order_amount":{"value":100,"currency":"INR"}}}"#)
        XCTAssertEqual(client.readJSON()?["error"]?["code"], -32002)
        let probe = try SidecarProcess(arguments: ["health", "--socket", path])
        XCTAssertEqual(probe.waitForExit(), 1)
        XCTAssertTrue(probe.stdout.text.contains("token"), probe.stdout.text)
        XCTAssertEqual(try SidecarProcess(arguments: ["health", "--live", "--socket", path]).waitForExit(), 0, "not ready, but live")
    }

    /// Rotation under load: the gateway accepts only the new secret once it switches; no call fails.
    func testRotatingCredentialsWithSIGHUPUnderLoadLosesNoCall() throws {
        let simulator = try SimulatorProcess()
        simulator.control("POST", "/_simulator/faults", ["accept_client_secret": "old-secret", "faults": [["kind": "latency", "ms": 30, "path": "/api/pay", "times": .null]]])
        let path = temporaryPath("rotate") + ".json"
        defer { unlink(path) }
        try writeFile(path, #"{"PLURAL_CLIENT_SECRET":"old-secret"}"#)
        let sidecar = try simulator.sidecar(environment: ["PLURAL_CLIENT_SECRET": ""], arguments: ["--config", path])
        XCTAssertNotNil(sidecar.result("createOrder", orderParams("rot-warm"))["order_id"])

        let total = 400
        let sender = Thread {
            for i in 0..<total {
                sidecar.send(#"{"jsonrpc":"2.0","id":\#(i + 1000),"method":"createOrder","params":{"merchant_order_reference":"rot-\#(i)","order_amount":{"value":100,"currency":"INR"}}}"#)
                usleep(5_000)
            }
        }
        sender.start()
        usleep(600_000)
        // The merchant creates a new secret: for a while the gateway takes both.
        simulator.control("POST", "/_simulator/faults", ["accept_client_secret": ["old-secret", "new-secret"]])
        try writeFile(path, #"{"PLURAL_CLIENT_SECRET":"new-secret"}"#)
        sidecar.terminate(signal: SIGHUP)
        XCTAssertTrue(waitForLog(sidecar, "settings reloaded"), sidecar.stderr.text)
        // The gateway switches: the old secret and every token issued for it stop working.
        simulator.control("POST", "/_simulator/faults", ["accept_client_secret": "new-secret"])
        let answers = sidecar.stdout.take(total, timeout: 60).compactMap { try? JSONParser.parse($0) }
        XCTAssertEqual(answers.count, total)
        let failed = answers.filter { $0["error"] != nil }
        XCTAssertEqual(failed.count, 0, failed.prefix(3).map(JSONWriter.string).joined(separator: "\n"))
        XCTAssertGreaterThanOrEqual(simulator.tokenRequests, 2, "no token was fetched with the new secret")

        // An invalid set is refused with one log line, and the old one stays.
        try writeFile(path, #"{"PLURAL_CLIENT_SECRET":"x","PLURAL_MAX_IN_FLIGHT":"zero"}"#)
        sidecar.terminate(signal: SIGHUP)
        XCTAssertTrue(waitForLog(sidecar, "settings reload refused"), sidecar.stderr.text)
        XCTAssertEqual(sidecar.stderr.text.components(separatedBy: "settings reload refused").count, 2)
        XCTAssertFalse(sidecar.stderr.text.contains("new-secret"))
        XCTAssertNotNil(sidecar.result("createOrder", orderParams("rot-after"))["order_id"], sidecar.stderr.text)
    }
}
