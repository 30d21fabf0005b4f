import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Plural
import Support
import XCTest

/// Invoices and airway bills of cross-border orders, and the file uploads they take: every method through the
/// sidecar's real HTTP path against the simulator over loopback. An uploaded file must reach the simulator
/// byte for byte, as multipart/form-data, and never appear in the sidecar's log.
final class InternationalPaymentsTests: XCTestCase {
    var simulator: SimulatorProcess!
    var sidecar: SidecarProcess!

    override func setUpWithError() throws {
        simulator = try SimulatorProcess()
        sidecar = try simulator.sidecar(environment: ["PLURAL_LOG_LEVEL": "debug", "PLURAL_MAX_UPLOAD_BYTES": "4096"])
    }

    override func tearDown() { sidecar = nil; simulator = nil }

    /// Every byte value, CR LF and a would-be boundary among them: what a naive multipart writer or a text
    /// conversion would damage.
    static let document: [UInt8] = Array("%PDF-1.4\r\n--plural-sidecar-\r\n".utf8) + (0...255).map(UInt8.init) + (0...255).reversed().map(UInt8.init)

    func file(_ bytes: [UInt8], name: String = "invoice.pdf", type: String = "application/pdf") -> JSONValue {
        ["content_base64": .string(Base64.encode(bytes)), "content_type": .string(type), "file_name": .string(name)]
    }

    func lastUpload() -> JSONValue? { simulator.control("GET", "/_simulator/uploads")?["uploads"]?.arrayValue?.last }

    func testInvoiceAndAirwayBillsWithTheirDocuments() throws {
        let order = try XCTUnwrap(sidecar.result("createOrder", orderParams("intl-1"))["order_id"]?.stringValue)

        // Invoice: captured, then its document uploaded; the GET shows it.
        let invoice = sidecar.result("captureInvoice", ["order_id": .string(order), "invoice_number": "INV-2026-001", "invoice_date": "2026-12-07"])
        XCTAssertEqual(invoice["status"], "CREATED")
        let invoiceID = try XCTUnwrap(invoice["invoice_id"]?.stringValue)
        XCTAssertEqual(sidecar.result("getInvoiceStatus", ["order_id": .string(order)])["invoice_number"], "INV-2026-001")
        let uploaded = sidecar.result("uploadInvoiceFile", ["order_id": .string(order), "invoice_id": .string(invoiceID), "file": file(Self.document)])
        XCTAssertEqual(uploaded["status"], "UPLOADED")
        XCTAssertEqual(uploaded["file"]?["size_bytes"], JSONValue.int(Self.document.count))
        XCTAssertEqual(uploaded["file"]?["file_name"], "invoice.pdf")
        let status = sidecar.result("getInvoiceStatus", ["order_id": .string(order)])
        XCTAssertEqual(status["status"], "UPLOADED")
        XCTAssertEqual(status["file"]?["content_type"], "application/pdf")

        // The simulator holds exactly the bytes sent, received as multipart/form-data.
        let stored = try XCTUnwrap(lastUpload())
        XCTAssertEqual(stored["operation"], "uploadInvoiceFile")
        XCTAssertEqual(Base64.decode(stored["content_base64"]?.stringValue ?? ""), Self.document)
        let put = try XCTUnwrap(simulator.recentRequests.last { $0["path"]?.stringValue?.hasSuffix("/upload") == true })
        XCTAssertEqual(put["method"], "PUT")
        XCTAssertTrue(put["content-type"]?.stringValue?.hasPrefix("multipart/form-data; boundary=") == true, "\(put)")

        // Airway bills: two at once (the body is the array), listed, fetched, one document uploaded.
        let awbs = sidecar.result("createAwb", ["order_id": .string(order), "awbs": [
            ["awb_number": "AWB-2026-001", "awb_date": "2026-12-07", "tracking_url": "https://carrier.example/track/AWB-2026-001"],
            ["awb_number": "AWB-2026-002", "awb_date": "2026-12-07"],
        ]])
        XCTAssertEqual(awbs["awbs"]?.arrayValue?.count, 2)
        let awbID = try XCTUnwrap(awbs["awbs"]?.arrayValue?.first?["awb_id"]?.stringValue)
        XCTAssertEqual(sidecar.result("getAllAwbs", ["order_id": .string(order)])["awbs"]?.arrayValue?.map { $0["awb_number"] }, ["AWB-2026-001", "AWB-2026-002"])
        XCTAssertEqual(sidecar.result("getAwbById", ["order_id": .string(order), "awb_id": .string(awbID)])["tracking_url"], "https://carrier.example/track/AWB-2026-001")
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]
        let awb = sidecar.result("uploadAwbFile", ["order_id": .string(order), "awb_id": .string(awbID), "file": file(png, name: "awb.png", type: "image/png")])
        XCTAssertEqual(awb["status"], "UPLOADED")
        XCTAssertEqual(awb["file"]?["size_bytes"], JSONValue.int(png.count))
        XCTAssertEqual(Base64.decode(lastUpload()?["content_base64"]?.stringValue ?? ""), png)
        XCTAssertEqual(sidecar.result("getAwbById", ["order_id": .string(order), "awb_id": .string(awbID)])["status"], "UPLOADED")

        // The file's bytes never reach the log.
        XCTAssertTrue(waitForLog(sidecar, "gateway call"))
        XCTAssertFalse(sidecar.stderr.text.contains(Base64.encode(Self.document)))
        XCTAssertFalse(sidecar.stderr.text.contains(Base64.encode(png)))
    }

    /// A file of a realistic size (3 MiB) goes through when the line limit is raised to carry it.
    func testALargeFileArrivesWhole() throws {
        let big = try simulator.sidecar(environment: ["PLURAL_MAX_LINE_BYTES": "8388608", "PLURAL_MAX_UPLOAD_BYTES": "4194304"])
        let order = try XCTUnwrap(big.result("createOrder", orderParams("intl-big"))["order_id"]?.stringValue)
        let invoiceID = try XCTUnwrap(big.result("captureInvoice", ["order_id": .string(order), "invoice_number": "INV-BIG"])["invoice_id"]?.stringValue)
        var seed: UInt32 = 2_463_534_242
        let bytes = (0..<(3 << 20)).map { _ -> UInt8 in seed ^= seed << 13; seed ^= seed >> 17; seed ^= seed << 5; return UInt8(truncatingIfNeeded: seed) }
        let answer = big.result("uploadInvoiceFile", ["order_id": .string(order), "invoice_id": .string(invoiceID), "file": file(bytes)])
        XCTAssertEqual(answer["file"]?["size_bytes"], JSONValue.int(bytes.count))
        XCTAssertEqual(Base64.decode(lastUpload()?["content_base64"]?.stringValue ?? ""), bytes)
        // With the default line limit (1 MiB) the same call is refused as a whole line, before anything is sent.
        let line = try sidecar.call("uploadInvoiceFile", ["order_id": .string(order), "invoice_id": .string(invoiceID), "file": file(bytes)])
        XCTAssertNotNil(line["error"])
    }

    /// What the simulator itself takes at an upload or bulk route, sent straight to it as another client would.
    func send(_ method: String, _ path: String, _ body: [UInt8], type: String, token: String? = nil) -> (status: Int, body: JSONValue) {
        var req = URLRequest(url: URL(string: simulator.url + path)!, timeoutInterval: 10)
        req.httpMethod = method
        req.setValue(type, forHTTPHeaderField: "Content-Type")
        if let token {
            for (k, v) in ["Authorization": "Bearer \(token)", "Request-ID": UUID().uuidString, "Request-Timestamp": ISO8601.format(Date())] {
                req.setValue(v, forHTTPHeaderField: k)
            }
        }
        req.httpBody = Data(body)
        let done = DispatchSemaphore(value: 0)
        let result = Locked<(Int, JSONValue)>((0, .null))
        URLSession.shared.dataTask(with: req) { data, response, _ in
            result.withLock { $0 = ((response as? HTTPURLResponse)?.statusCode ?? 0, data.flatMap { try? JSONParser.parse([UInt8]($0)) } ?? .null) }
            done.signal()
        }.resume()
        done.wait()
        return result.current
    }

    func testTheSimulatorHoldsUploadsToTheDeclaration() throws {
        let order = try XCTUnwrap(sidecar.result("createOrder", orderParams("intl-raw"))["order_id"]?.stringValue)
        let invoiceID = try XCTUnwrap(sidecar.result("captureInvoice", ["order_id": .string(order), "invoice_number": "INV-RAW"])["invoice_id"]?.stringValue)
        let credentials = Array(#"{"client_id":"c","client_secret":"s","grant_type":"client_credentials"}"#.utf8)
        let token = try XCTUnwrap(send("POST", "/api/auth/v1/token", credentials, type: "application/json").body["access_token"]?.stringValue)
        let upload = "/api/pay/v1/orders/\(order)/invoice/\(invoiceID)/upload"

        // JSON where the definition takes a form, a form without the file part, a bulk create as an object: 400.
        let json = send("PUT", upload, Array(#"{"file":"your_file"}"#.utf8), type: "application/json", token: token)
        XCTAssertEqual(json.status, 400)
        let noFile = Multipart.encode(fields: [], fileField: "document", file: FileUpload(bytes: [1, 2, 3], contentType: "application/pdf", fileName: "x.pdf"))
        let missing = send("PUT", upload, noFile.body, type: noFile.contentType, token: token)
        XCTAssertEqual(missing.status, 400)
        XCTAssertTrue(missing.body["message"]?.stringValue?.contains("file") == true, "\(missing.body)")
        let object = send("POST", "/api/pay/v1/orders/\(order)/awb", Array(#"{"awb_number":"A1"}"#.utf8), type: "application/json", token: token)
        XCTAssertEqual(object.status, 400)
        // The form the sidecar sends is taken.
        let good = Multipart.encode(fields: [], fileField: "file", file: FileUpload(bytes: [1, 2, 3], contentType: "application/pdf", fileName: "x.pdf"))
        XCTAssertEqual(send("PUT", upload, good.body, type: good.contentType, token: token).body["status"], "UPLOADED")
    }

    func testRefusals() throws {
        let order = try XCTUnwrap(sidecar.result("createOrder", orderParams("intl-2"))["order_id"]?.stringValue)
        let invoiceID = try XCTUnwrap(sidecar.result("captureInvoice", ["order_id": .string(order), "invoice_number": "INV-2"])["invoice_id"]?.stringValue)
        let before = simulator.requestCount
        func uploadError(_ f: JSONValue) -> JSONValue { sidecar.error("uploadInvoiceFile", ["order_id": .string(order), "invoice_id": .string(invoiceID), "file": f]) }

        // Past PLURAL_MAX_UPLOAD_BYTES (4096 here), not canonical base64, no file: -32602 naming the field, nothing sent.
        let big = uploadError(file([UInt8](repeating: 7, count: 5000)))
        XCTAssertEqual(big["code"], -32602)
        XCTAssertEqual(big["data"]?["field"], "file.content_base64")
        XCTAssertTrue(big["data"]?["reason"]?.stringValue?.contains("PLURAL_MAX_UPLOAD_BYTES") == true)
        for bad in ["QUJD\nREVG", "QUJDRA", "QUJDRA=", "QUJD RA==", "QUJ-RA==", "QUJDRB=="] {
            let e = uploadError(["content_base64": .string(bad), "content_type": "application/pdf", "file_name": "x.pdf"])
            XCTAssertEqual(e["code"], -32602, bad)
            XCTAssertEqual(e["data"]?["field"], "file.content_base64", bad)
        }
        XCTAssertEqual(uploadError(["content_base64": "QUJD", "content_type": "application/pdf"])["data"]?["field"], "file.file_name")
        XCTAssertEqual(uploadError(["content_base64": "QUJD", "content_type": "pdf", "file_name": "x.pdf"])["data"]?["field"], "file.content_type")
        XCTAssertEqual(uploadError(["content_base64": "QUJD", "content_type": "application/pdf", "file_name": "../x\"y.pdf"])["data"]?["field"], "file.file_name")
        XCTAssertEqual(sidecar.error("uploadInvoiceFile", ["order_id": .string(order), "invoice_id": .string(invoiceID)])["data"]?["field"], "file")
        XCTAssertEqual(sidecar.error("createAwb", ["order_id": .string(order), "awbs": []])["data"]?["field"], "awbs")
        XCTAssertEqual(simulator.requestCount, before, "refused params never reach the gateway")

        // State errors from the gateway: an unknown order, an unknown airway bill, a second invoice.
        let unknown = sidecar.error("getAllAwbs", ["order_id": "v1-0000000000-aa-nosuch"])
        XCTAssertEqual(unknown["code"], -32001)
        XCTAssertEqual(unknown["data"]?["http_status"], 404)
        XCTAssertEqual(sidecar.error("getAwbById", ["order_id": .string(order), "awb_id": "awb-nosuch"])["data"]?["http_status"], 404)
        XCTAssertEqual(sidecar.error("getInvoiceStatus", ["order_id": "v1-0000000000-aa-nosuch"])["data"]?["http_status"], 404)
        let again = sidecar.error("captureInvoice", ["order_id": .string(order), "invoice_number": "INV-3"])
        XCTAssertEqual(again["code"], -32001)
        XCTAssertEqual(again["data"]?["code"], "DUPLICATE_REQUEST")
    }
}
