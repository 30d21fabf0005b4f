import Foundation
import Plural
import XCTest

/// docs/OPERATIONS.md lists every official operation with the method that serves it; the catalogue is the
/// truth about what is served, so the two are compared both ways.
final class OperationsDocTests: XCTestCase {
    struct Row { let verb: String; let path: String; let methods: [String]; let served: Bool }

    func rows() throws -> [Row] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let text = try String(contentsOf: root.appendingPathComponent("docs/OPERATIONS.md"), encoding: .utf8)
        return text.split(separator: "\n").compactMap { line -> Row? in
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count == 7, ["GET", "POST", "PUT", "PATCH", "DELETE"].contains(cells[2]) else { return nil }
            let methods = cells[4].split(separator: ",").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " `")) }
            return Row(verb: cells[2], path: cells[3].trimmingCharacters(in: CharacterSet(charactersIn: "`")), methods: methods, served: cells[5] == "yes")
        }
    }

    static func shape(_ path: String) -> String { path.replacingOccurrences(of: #"\{[^}]*\}"#, with: "{}", options: .regularExpression) }

    func testEveryOfficialOperationIsListedOnce() throws {
        let rows = try rows()
        XCTAssertEqual(rows.count, 93, "the official definitions have 93 distinct operations")
        XCTAssertEqual(Set(rows.map { $0.verb + " " + Self.shape($0.path) }).count, rows.count, "an operation is listed twice")
    }

    func testServedOperationsMatchTheCatalogue() throws {
        let rows = try rows()
        var byShape: [String: Row] = [:]
        for r in rows { byShape[r.verb + " " + Self.shape(r.path)] = r }
        var routed = Set<String>()
        for op in OperationCatalog.all where op.sender == nil {
            for route in op.routes {
                let key = route.method + " " + Self.shape(route.path)
                routed.insert(key)
                guard let row = byShape[key] else { XCTFail("\(op.name) serves \(key), missing from docs/OPERATIONS.md"); continue }
                XCTAssertTrue(row.served, "\(key) is served by \(op.name) but marked not served")
                XCTAssertTrue(row.methods.contains(op.name), "\(key) should name \(op.name), names \(row.methods)")
            }
        }
        // The token call is the sidecar's own (the token cache), not a method.
        for r in rows where r.served && r.path != "/api/auth/v1/token" {
            XCTAssertTrue(routed.contains(r.verb + " " + Self.shape(r.path)), "\(r.verb) \(r.path) is marked served but no declaration routes it")
        }
        XCTAssertEqual(rows.filter(\.served).count, routed.count + 1)
    }
}
