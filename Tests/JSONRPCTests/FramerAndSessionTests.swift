import Foundation
import JSONRPC
import Support
import XCTest

final class LineFramerTests: XCTestCase {
    private func lines(_ chunks: [String], max: Int = 100) -> [String] {
        var framer = LineFramer(maxLineBytes: max)
        var out: [String] = []
        let handle: (LineFramer.Event) -> Void = { e in
            switch e {
            case .line(let l): out.append(String(decoding: l, as: UTF8.self))
            case .oversized: out.append("<oversized>")
            }
        }
        for c in chunks { Array(c.utf8).withUnsafeBytes { framer.feed($0, handle) } }
        framer.finish(handle)
        return out
    }

    func testSplitsAcrossChunksAndStripsCR() {
        XCTAssertEqual(lines(["ab", "c\r\nde", "f\n", "g"]), ["abc", "def", "g"])
    }

    func testSkipsBlankLines() {
        XCTAssertEqual(lines(["\n\r\n  \n\t\nx\n\n"]), ["x"])
    }

    func testOversizedLinesAreReportedOnceAndSkipped() {
        let big = String(repeating: "x", count: 250)
        XCTAssertEqual(lines([big + "\nok\n"]), ["<oversized>", "ok"])
        XCTAssertEqual(lines([String(big.prefix(80)), String(big.prefix(80)), String(big.prefix(80)), "\nok\n"]), ["<oversized>", "ok"])
        XCTAssertEqual(lines([String(repeating: "y", count: 100) + "\n"]), [String(repeating: "y", count: 100)], "exactly the limit is allowed")
    }
}

/// A table with one fast and one slow method, for driving a session in memory.
struct TestTable: MethodTable {
    func handler(for method: String) -> RPCHandler? {
        switch method {
        case "echo": return .immediate { .object($0) }
        case "fail": return .immediate { _ in throw RPCError(.invalidParams, "no") }
        case "crash": return .immediate { _ in throw CocoaError(.fileNoSuchFile) }
        case "slow": return .async { p in try await Task.sleep(nanoseconds: 50_000_000); return .object(p) }
        default: return nil
        }
    }
}

final class CollectingOutput: LineOutput, @unchecked Sendable {
    let lines = Locked<[String]>([])
    func writeLine(_ bytes: [UInt8]) { lines.withLock { $0.append(String(decoding: bytes, as: UTF8.self)) } }
}

final class SessionTests: XCTestCase {
    func run(_ input: [String]) -> [JSONValue] {
        let out = CollectingOutput()
        let session = Session(table: TestTable(), output: out, inFlight: InFlight(limit: 8), maxLineBytes: 1 << 20)
        for l in input { Array(l.utf8).withUnsafeBytes { session.receive(line: $0) } }
        XCTAssertTrue(session.waitForOutstanding(deadline: .now() + 5))
        return out.lines.current.compactMap { try? JSONParser.parse($0) }
    }

    func testImmediateAndAsyncAnswers() {
        let a = run([#"{"jsonrpc":"2.0","id":1,"method":"slow","params":{"x":1}}"#, #"{"jsonrpc":"2.0","id":2,"method":"echo","params":{"y":2}}"#])
        XCTAssertEqual(a.map { $0["id"] }, [2, 1])
        XCTAssertEqual(a.last?["result"]?["x"], 1)
    }

    func testNonRPCErrorsBecomeInternalErrorWithoutDetails() {
        let a = run([#"{"jsonrpc":"2.0","id":1,"method":"crash"}"#])
        XCTAssertEqual(a.first?["error"]?["code"], -32603)
        XCTAssertFalse(JSONWriter.string(a.first!).contains("fileNoSuchFile"))
    }

    func testBatchWithAsyncMembersIsOneArray() {
        let a = run([#"[{"jsonrpc":"2.0","id":1,"method":"slow"},{"jsonrpc":"2.0","id":2,"method":"echo"},{"jsonrpc":"2.0","method":"slow"},{"jsonrpc":"2.0","id":3,"method":"fail"}]"#])
        XCTAssertEqual(a.count, 1)
        XCTAssertEqual(Set(a.first?.arrayValue?.compactMap { $0["id"]?.numberValue?.int } ?? []), [1, 2, 3])
    }
}
