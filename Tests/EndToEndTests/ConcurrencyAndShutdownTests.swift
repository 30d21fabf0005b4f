import Foundation
import Support
import XCTest

/// Pipelining, answers overtaking slow calls, backpressure, and draining at end of input and on SIGTERM.
final class ConcurrencyAndShutdownTests: XCTestCase {
    private let createOrder = #"{"jsonrpc":"2.0","id":%ID%,"method":"createOrder","params":{"merchant_order_reference":"ref-%ID%","order_amount":{"value":1100,"currency":"INR"}}}"#

    private func order(_ id: String) -> String { createOrder.replacingOccurrences(of: "%ID%", with: id) }

    private func slowGateway(_ sidecar: SidecarProcess, ms: Int) throws {
        let a = try sidecar.call("simulator.configure", ["faults": [["kind": "latency", "ms": .int(ms), "path": "/api/pay", "times": .null]]], id: 0)
        XCTAssertNotNil(a["result"], "simulator.configure failed: \(JSONWriter.string(a))")
    }

    func testThousandsOfPipelinedRequestsAreAllAnsweredOnce() throws {
        let sidecar = try SidecarProcess()
        let n = 20_000
        var blob = ""
        for i in 0..<n { blob += #"{"jsonrpc":"2.0","id":\#(i),"method":"ping"}"# + "\n" }
        sidecar.write(Array(blob.utf8))
        let lines = sidecar.stdout.take(n, timeout: 60)
        XCTAssertEqual(lines.count, n)
        var seen = Set<Int>()
        for l in lines {
            let v = try JSONParser.parse(l)
            XCTAssertNotNil(v["result"])
            seen.insert(try XCTUnwrap(v["id"]?.numberValue?.int))
        }
        XCTAssertEqual(seen.count, n, "some ids answered twice or not at all")
        sidecar.closeStdin()
        XCTAssertEqual(sidecar.waitForExit(), 0)
    }

    func testFastAnswersOvertakeASlowCall() throws {
        let sidecar = try SidecarProcess()
        try slowGateway(sidecar, ms: 700)
        sidecar.send(order("1"))
        sidecar.send(#"{"jsonrpc":"2.0","id":2,"method":"ping"}"#)
        sidecar.send(#"{"jsonrpc":"2.0","id":3,"method":"ping"}"#)
        let ids = sidecar.stdout.take(3, timeout: 10).compactMap { try? JSONParser.parse($0)["id"] }
        XCTAssertEqual(ids, [2, 3, 1], "the pings should be answered while createOrder waits on the gateway")
    }

    func testSlowCallsRunConcurrently() throws {
        let sidecar = try SidecarProcess()
        try slowGateway(sidecar, ms: 500)
        let started = Date()
        for i in 1...50 { sidecar.send(order(String(i))) }
        let answers = sidecar.stdout.take(50, timeout: 20)
        XCTAssertEqual(answers.count, 50)
        for a in answers { XCTAssertNotNil(try JSONParser.parse(a)["result"], a) }
        XCTAssertLessThan(Date().timeIntervalSince(started), 5, "50 calls of 0.5 s each did not overlap")
    }

    func testEndOfInputFinishesCallsInFlightThenExitsZero() throws {
        let sidecar = try SidecarProcess()
        try slowGateway(sidecar, ms: 600)
        for i in 1...20 { sidecar.send(order(String(i))) }
        sidecar.closeStdin()
        let out = String(decoding: sidecar.stdout.all(timeout: 15), as: UTF8.self)
        let answers = out.split(separator: "\n").compactMap { try? JSONParser.parse(String($0)) }.filter { $0["id"] != 0 }
        XCTAssertEqual(answers.count, 20, "every call in flight at EOF must be answered")
        XCTAssertTrue(answers.allSatisfy { $0["result"]?["order_id"] != nil })
        XCTAssertEqual(sidecar.waitForExit(), 0)
    }

    func testSIGTERMDrainsInFlightCallsAndExitsZero() throws {
        let sidecar = try SidecarProcess()
        try slowGateway(sidecar, ms: 800)
        for i in 1...10 { sidecar.send(order(String(i))) }
        usleep(200_000)
        sidecar.terminate(signal: SIGTERM)
        let out = String(decoding: sidecar.stdout.all(timeout: 15), as: UTF8.self)
        let answers = out.split(separator: "\n").compactMap { try? JSONParser.parse(String($0)) }.filter { $0["id"] != 0 }
        XCTAssertEqual(answers.count, 10)
        XCTAssertEqual(sidecar.waitForExit(), 0)
    }

    func testSIGTERMDrainHasADeadline() throws {
        let sidecar = try SidecarProcess(environment: ["PLURAL_SHUTDOWN_TIMEOUT": "0.5"])
        try slowGateway(sidecar, ms: 20_000)
        sidecar.send(order("1"))
        usleep(200_000)
        let started = Date()
        sidecar.terminate(signal: SIGINT)
        XCTAssertEqual(sidecar.waitForExit(timeout: 10), 0)
        XCTAssertLessThan(Date().timeIntervalSince(started), 5)
    }

    func testClosedStdoutDoesNotKillTheProcess() throws {
        let sidecar = try SidecarProcess()
        // Close our read end: the sidecar's next write gets EPIPE (SIGPIPE must be ignored).
        close(sidecar.stdoutFD)
        for i in 0..<100 { sidecar.send(#"{"jsonrpc":"2.0","id":\#(i),"method":"ping"}"#) }
        usleep(200_000)
        XCTAssertTrue(sidecar.process.isRunning, "SIGPIPE killed the sidecar")
        sidecar.closeStdin()
        XCTAssertEqual(sidecar.waitForExit(), 0)
    }

    func testBackpressureStopsReadingInsteadOfDropping() throws {
        let sidecar = try SidecarProcess(arguments: ["--max-in-flight", "4"])
        try slowGateway(sidecar, ms: 100)
        for i in 1...40 { sidecar.send(order(String(i))) }
        sidecar.send(#"{"jsonrpc":"2.0","id":"last","method":"ping"}"#)
        let answers = sidecar.stdout.take(41, timeout: 20).compactMap { try? JSONParser.parse($0) }
        XCTAssertEqual(answers.count, 41)
        XCTAssertEqual(answers.filter { $0["result"]?["order_id"] != nil }.count, 40)
        // With four slots, the ping cannot be read before most orders have been answered.
        let pingIndex = try XCTUnwrap(answers.firstIndex { $0["id"] == "last" })
        XCTAssertGreaterThan(pingIndex, 30)
    }
}
