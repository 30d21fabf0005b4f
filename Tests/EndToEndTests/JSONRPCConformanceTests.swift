import Foundation
import Support
import XCTest

/// The JSON-RPC 2.0 specification, case by case, against the real binary over real pipes.
final class JSONRPCConformanceTests: XCTestCase {
    var sidecar: SidecarProcess!

    override func setUpWithError() throws { sidecar = try SidecarProcess() }
    override func tearDown() { sidecar = nil }

    private func roundTrip(_ line: String) -> JSONValue? {
        sidecar.send(line)
        return sidecar.stdout.nextJSON(timeout: 10)
    }

    private func assertError(_ answer: JSONValue?, code: Int, id: JSONValue = .null, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(answer?["jsonrpc"], "2.0", file: file, line: line)
        XCTAssertEqual(answer?["id"], id, file: file, line: line)
        XCTAssertEqual(answer?["error"]?["code"], .int(code), "answer: \(answer.map(JSONWriter.string) ?? "none")", file: file, line: line)
        XCTAssertNotNil(answer?["error"]?["message"]?.stringValue, file: file, line: line)
        XCTAssertNil(answer?["result"], file: file, line: line)
    }

    func testCallWithNamedParamsAnswersResultWithSameId() {
        let a = roundTrip(#"{"jsonrpc":"2.0","method":"ping","params":{},"id":3}"#)
        XCTAssertEqual(a?["id"], 3)
        XCTAssertEqual(a?["result"]?["version"]?.stringValue?.isEmpty, false)
        XCTAssertEqual(a?["result"]?["env"], "simulator")
        XCTAssertNil(a?["error"])
    }

    func testIdsAreEchoedExactly() throws {
        for id in [#""abc""#, #""""#, "0", "-7", "1.50", "12345678901234567890123", "1e3", #""\u00e9\n""#, "null"] {
            sidecar.send(#"{"jsonrpc":"2.0","method":"ping","id":\#(id)}"#)
            let line = try XCTUnwrap(sidecar.stdout.next())
            XCTAssertTrue(line.hasPrefix(#"{"jsonrpc":"2.0","id":\#(id == #""\u00e9\n""# ? #""é\n""# : id),"#), "id \(id) came back as \(line)")
        }
    }

    func testNotificationIsNeverAnswered() {
        sidecar.send(#"{"jsonrpc":"2.0","method":"ping"}"#)
        sidecar.send(#"{"jsonrpc":"2.0","method":"no_such_method"}"#)
        sidecar.send(#"{"jsonrpc":"2.0","method":"ping","params":[1,2]}"#)
        sidecar.send(#"{"jsonrpc":"2.0","method":"ping","id":"after"}"#)
        XCTAssertEqual(sidecar.stdout.nextJSON()?["id"], "after", "a notification was answered")
    }

    func testNullIdIsARequestAndIsAnswered() {
        let a = roundTrip(#"{"jsonrpc":"2.0","method":"ping","id":null}"#)
        XCTAssertEqual(a?["id"], .null)
        XCTAssertNotNil(a?["result"])
    }

    func testUnknownMethod() {
        assertError(roundTrip(#"{"jsonrpc":"2.0","method":"foobar","id":"1"}"#), code: -32601, id: "1")
    }

    func testParseErrors() {
        assertError(roundTrip(#"{"jsonrpc":"2.0","method":"foobar,"params":"bar","baz]"#), code: -32700)
        assertError(roundTrip(#"{"jsonrpc":"2.0","method":"ping","id":1"#), code: -32700)
        assertError(roundTrip(#"[{"jsonrpc":"2.0","method":"ping","id":"1"},{"jsonrpc":"2.0","method""#), code: -32700)
        assertError(roundTrip("nul"), code: -32700)
        assertError(roundTrip(#"{"a":1} {"b":2}"#), code: -32700)
    }

    func testInvalidUTF8IsAParseError() {
        sidecar.write(Array(#"{"jsonrpc":"2.0","method":"ping","id":"#.utf8) + [0x22, 0xC3, 0x28, 0x22] + Array("}\n".utf8))
        assertError(sidecar.stdout.nextJSON(), code: -32700)
        sidecar.write([0xFF, 0xFE, 0x0A])
        assertError(sidecar.stdout.nextJSON(), code: -32700)
        XCTAssertEqual(roundTrip(#"{"jsonrpc":"2.0","method":"ping","id":9}"#)?["id"], 9, "stopped serving after bad UTF-8")
    }

    func testInvalidRequestObjects() {
        assertError(roundTrip(#"{"jsonrpc":"2.0","method":1,"params":"bar"}"#), code: -32600)
        assertError(roundTrip(#"{"jsonrpc":"1.0","method":"ping","id":5}"#), code: -32600, id: 5)
        assertError(roundTrip(#"{"method":"ping","id":6}"#), code: -32600, id: 6)
        assertError(roundTrip(#"{"jsonrpc":"2.0","id":7}"#), code: -32600, id: 7)
        assertError(roundTrip(#"{"jsonrpc":"2.0","method":"ping","id":{"a":1}}"#), code: -32600)
        assertError(roundTrip(#"{"jsonrpc":"2.0","method":"ping","id":[1]}"#), code: -32600)
        assertError(roundTrip(#"{"jsonrpc":"2.0","method":"ping","id":true}"#), code: -32600)
        assertError(roundTrip("1"), code: -32600)
        assertError(roundTrip(#""ping""#), code: -32600)
        assertError(roundTrip("null"), code: -32600)
    }

    func testScalarParamsAreRejected() {
        assertError(roundTrip(#"{"jsonrpc":"2.0","method":"ping","params":"bar","id":1}"#), code: -32600, id: 1)
        assertError(roundTrip(#"{"jsonrpc":"2.0","method":"ping","params":42,"id":2}"#), code: -32600, id: 2)
        assertError(roundTrip(#"{"jsonrpc":"2.0","method":"ping","params":null,"id":3}"#), code: -32600, id: 3)
    }

    func testPositionalParamsAreInvalidParams() {
        let a = roundTrip(#"{"jsonrpc":"2.0","method":"ping","params":[1],"id":4}"#)
        assertError(a, code: -32602, id: 4)
        XCTAssertEqual(a?["error"]?["data"]?["field"], "params")
    }

    func testEmptyBatch() {
        let a = roundTrip("[]")
        assertError(a, code: -32600)
        XCTAssertNil(a?.arrayValue, "an empty batch is answered with a single error, not an array")
    }

    func testInvalidBatchOfOne() {
        let a = roundTrip("[1]")
        XCTAssertEqual(a?.arrayValue?.count, 1)
        assertError(a?.arrayValue?.first, code: -32600)
    }

    func testInvalidBatchOfThree() {
        let a = roundTrip("[1,2,3]")
        XCTAssertEqual(a?.arrayValue?.count, 3)
        for e in a?.arrayValue ?? [] { assertError(e, code: -32600) }
    }

    func testMixedBatch() throws {
        let a = roundTrip(#"""
        [{"jsonrpc":"2.0","method":"ping","id":"1"},{"jsonrpc":"2.0","method":"ping"},{"jsonrpc":"2.0","method":"ping","id":"2"},\#
        {"foo":"boo"},{"jsonrpc":"2.0","method":"foo.get","params":{"name":"myself"},"id":"5"},{"jsonrpc":"2.0","method":"rpc.discover","id":"9"}]
        """#.replacingOccurrences(of: "\n", with: ""))
        let answers = try XCTUnwrap(a?.arrayValue)
        XCTAssertEqual(answers.count, 5, "the notification must not be answered")
        func answer(_ id: JSONValue) -> JSONValue? { answers.first { $0["id"] == id } }
        XCTAssertNotNil(answer("1")?["result"])
        XCTAssertNotNil(answer("2")?["result"])
        XCTAssertEqual(answer("5")?["error"]?["code"], -32601)
        XCTAssertNotNil(answer("9")?["result"]?["methods"])
        XCTAssertEqual(answers.filter { $0["id"] == .null }.first?["error"]?["code"], -32600)
    }

    func testBatchOfNotificationsGetsNothing() {
        sidecar.send(#"[{"jsonrpc":"2.0","method":"ping","params":{}},{"jsonrpc":"2.0","method":"ping"}]"#)
        sidecar.send(#"{"jsonrpc":"2.0","method":"ping","id":"next"}"#)
        XCTAssertEqual(sidecar.stdout.nextJSON()?["id"], "next")
    }

    func testCRLFAndBlankLines() {
        sidecar.write(Array("\r\n\n   \n\t\r\n".utf8))
        sidecar.write(Array(#"{"jsonrpc":"2.0","method":"ping","id":1}"#.utf8) + [0x0D, 0x0A])
        let a = sidecar.stdout.nextJSON()
        XCTAssertEqual(a?["id"], 1)
        XCTAssertNotNil(a?["result"])
    }

    func testOversizedLineIsAnsweredAndSkipped() throws {
        sidecar = try SidecarProcess(arguments: ["--max-line-bytes", "1000"])
        sidecar.send(#"{"jsonrpc":"2.0","method":"ping","id":1,"pad":"\#(String(repeating: "x", count: 5000))"}"#)
        sidecar.send(#"{"jsonrpc":"2.0","method":"ping","id":2,"pad":"\#(String(repeating: "y", count: 900))"}"#)
        sidecar.send(#"{"jsonrpc":"2.0","pad":"\#(String(repeating: "z", count: 5000))","id":3}"#)
        // The id written near the start of a skipped line is read back, so the caller's call is answered.
        assertError(sidecar.stdout.nextJSON(), code: -32600, id: 1)
        XCTAssertEqual(sidecar.stdout.nextJSON()?["id"], 2)
        // An id beyond the part that is looked at cannot be known: null, as the spec says.
        assertError(sidecar.stdout.nextJSON(), code: -32600)
    }

    func testLineLimitFromTheEnvironment() throws {
        sidecar = try SidecarProcess(environment: ["PLURAL_MAX_LINE_BYTES": "500"])
        sidecar.send(#"{"jsonrpc":"2.0","method":"ping","id":1,"pad":"\#(String(repeating: "x", count: 600))"}"#)
        let a = sidecar.stdout.nextJSON()
        assertError(a, code: -32600, id: 1)
        XCTAssertEqual(a?["error"]?["data"]?["limit"], 500)
    }

    func testDefaultLineLimitIsOneMebibyteAndNeverBuffered() throws {
        // 64 MiB of one line: answered with one error, memory stays flat, the next request is served.
        let chunk = [UInt8](repeating: UInt8(ascii: "a"), count: 1 << 20)
        sidecar.write(Array(#"{"jsonrpc":"2.0","id":1,"method":"ping","pad":""#.utf8))
        for _ in 0..<64 { sidecar.write(chunk) }
        sidecar.send(#""}"#)
        sidecar.send(#"{"jsonrpc":"2.0","method":"ping","id":2}"#)
        let first = sidecar.stdout.nextJSON()
        assertError(first, code: -32600, id: 1)
        XCTAssertEqual(first?["error"]?["data"]?["limit"], .int(1 << 20))
        XCTAssertEqual(sidecar.stdout.nextJSON()?["id"], 2)
        let rss = try residentKiB(pid: sidecar.pid)
        XCTAssertLessThan(rss, 48 * 1024, "RSS \(rss) KiB: the oversized line was buffered")
    }

    func testDuplicateKeysAndDeepNestingAreRejectedNotCrashing() {
        assertError(roundTrip(#"{"jsonrpc":"2.0","method":"ping","id":1,"id":2}"#), code: -32700)
        assertError(roundTrip(String(repeating: "[", count: 100_000)), code: -32700)
        XCTAssertEqual(roundTrip(#"{"jsonrpc":"2.0","method":"ping","id":3}"#)?["id"], 3)
    }

    func testStdoutCarriesOnlyProtocolLines() throws {
        sidecar = try SidecarProcess(environment: ["PLURAL_LOG_LEVEL": "debug"])
        sidecar.send(#"{"jsonrpc":"2.0","method":"ping","id":1}"#)
        sidecar.send("garbage")
        sidecar.send(#"{"jsonrpc":"2.0","method":"nope","id":2}"#)
        sidecar.closeStdin()
        let out = String(decoding: sidecar.stdout.all(), as: UTF8.self)
        let lines = out.split(separator: "\n")
        XCTAssertEqual(lines.count, 3)
        for l in lines {
            let v = try JSONParser.parse(String(l))
            XCTAssertEqual(v["jsonrpc"], "2.0")
        }
        XCTAssertEqual(sidecar.waitForExit(), 0)
        for l in sidecar.stderr.text.split(separator: "\n") {
            let v = try JSONParser.parse(String(l))
            XCTAssertNotNil(v["level"]?.stringValue, "log line without level: \(l)")
            XCTAssertNotNil(v["ts"]?.stringValue)
        }
    }
}

func residentKiB(pid: Int32) throws -> Int {
    let status = try String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)
    for line in status.split(separator: "\n") where line.hasPrefix("VmRSS:") {
        return Int(line.split(separator: " ").dropFirst().first ?? "0") ?? 0
    }
    return 0
}
