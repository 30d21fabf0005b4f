import Foundation
import Plural
import Support
import XCTest

/// E-challans: created for an order, read back, and downloaded as a PDF (a binary answer, returned as base64).
final class EChallanTests: SimulatedTestCase {
    static func fee(_ value: Int) -> JSONValue { ["value": .int(value), "currency": "INR"] }

    func testChallanAndItsPDF() throws {
        let order = try XCTUnwrap(sidecar.result("createOrder", orderParams("chl-1", value: 250_000))["order_id"]?.stringValue)
        XCTAssertEqual(sidecar.error("getChallan", ["order_id": .string(order)])["data"]?["http_status"], 404, "no challan yet")

        let challan = sidecar.result("createChallan", ["order_id": .string(order), "convenience_fee_breakdown": [
            "fee_amount": Self.fee(1000), "tax_amount": Self.fee(180), "applicable_fee_amount": Self.fee(1180), "maximum_fee_amount": Self.fee(99_999_999),
        ]])
        let challanID = try XCTUnwrap(challan["challan_id"]?.stringValue)
        XCTAssertEqual(challan["amount_due"], 251_180, "the order's amount plus the applicable fee")
        XCTAssertEqual(challan["order_id"]?.stringValue, order)
        XCTAssertNotNil(challan["virtual_account_id"]?.stringValue)
        XCTAssertEqual(sidecar.result("getChallan", ["order_id": .string(order)])["challan_id"]?.stringValue, challanID)

        let pdf = sidecar.result("getChallanPdf", ["order_id": .string(order)])
        XCTAssertEqual(pdf["content_type"], "application/pdf")
        let bytes = try XCTUnwrap(Base64.decodeCanonical(pdf["content_base64"]?.stringValue ?? ""))
        XCTAssertEqual(pdf["size_bytes"], JSONValue.int(bytes.count))
        XCTAssertEqual(Array(bytes.prefix(5)), Array("%PDF-".utf8))
        let text = String(decoding: bytes, as: UTF8.self)
        XCTAssertTrue(text.contains(challanID))
        XCTAssertTrue(text.contains("INR 2511.80"))
        XCTAssertTrue(text.hasSuffix("%%EOF\n"))
        let get = try XCTUnwrap(simulator.recentRequests.last { $0["path"]?.stringValue?.hasSuffix("/challan/pdf") == true })
        XCTAssertEqual(get["accept"], "*/*")
    }

    func testRefusals() throws {
        let order = try XCTUnwrap(sidecar.result("createOrder", orderParams("chl-2"))["order_id"]?.stringValue)
        let low = sidecar.error("createChallan", ["order_id": .string(order), "convenience_fee_breakdown": ["fee_amount": Self.fee(99)]])
        XCTAssertEqual(low["code"], -32602)
        XCTAssertEqual(low["data"]?["field"], "convenience_fee_breakdown.fee_amount.value")
        XCTAssertEqual(sidecar.error("getChallanPdf", ["order_id": .string(order)])["code"], -32001)
        XCTAssertEqual(sidecar.error("createChallan", ["order_id": "v1-0000000000-aa-nosuch"])["data"]?["http_status"], 404)

        // A PDF past PLURAL_MAX_ANSWER_BYTES is refused unread, like any answer.
        _ = sidecar.result("createChallan", ["order_id": .string(order)])
        let small = try simulator.sidecar(environment: ["PLURAL_MAX_ANSWER_BYTES": "1024"])
        let e = small.error("getChallanPdf", ["order_id": .string(order)])
        XCTAssertEqual(e["code"], -32005)
    }
}
