import Foundation
import Plural
import Support

/// Cross-border invoices and airway bills, and e-challans, kept per existing order (404 for an unknown one):
/// an invoice or airway bill is CREATED, then UPLOADED once its document arrives (the file's name, type and size
/// show in its answers; the bytes are kept for `/_simulator/uploads`). A challan's amount due is the order's
/// amount plus the applicable convenience fee; its PDF is a small real PDF of it.
extension PluralSimulator {
    /// The request body as the operation's declaration has it: multipart/form-data for an upload (the file part
    /// as a `FileUpload`, so the declaration's schema checks it), a bare JSON array for a `wholeBody` create,
    /// else a JSON object.
    func decodeBody(_ request: HTTPRequest, _ op: PluralOperation) -> Result<JSONObject, HTTPResponseBox> {
        if let name = op.upload {
            guard let parts = Multipart.decode(request.body, contentType: request.header("Content-Type") ?? "") else {
                return .failure(Self.error(400, "INVALID_REQUEST", "The request body must be multipart/form-data with a boundary."))
            }
            var o = JSONObject()
            for p in parts {
                if p.name == name, let fileName = p.fileName {
                    o[name] = ["content_base64": .string(Base64.encode(p.body)), "content_type": .string(p.contentType ?? "application/octet-stream"),
                               "file_name": .string(fileName)]
                } else {
                    o[p.name] = .string(String(decoding: p.body, as: UTF8.self))
                }
            }
            return .success(o)
        }
        if let whole = op.wholeBody {
            guard let json = try? JSONParser.parse(request.body), case .array = json else {
                return .failure(Self.error(400, "INVALID_REQUEST", "The request body must be a JSON array."))
            }
            return .success([whole: json])
        }
        return parseBody(request)
    }

    /// Every file uploads delivered, oldest first, with its bytes in base64.
    public func uploads() -> [JSONValue] { state.withLock { $0.documents.uploads.map { .object($0) } } }

    /// Records a file as received and answers what Plural says of it (`StoredFile`).
    static func store(_ file: JSONValue?, operation: String, ids: [String: String], now: String, in d: inout DocumentsState) -> JSONValue {
        let base64 = file?["content_base64"]?.stringValue ?? ""
        let size = Base64.decode(base64)?.count ?? 0
        var record: JSONObject = ["operation": .string(operation), "file_name": file?["file_name"] ?? .null,
                                  "content_type": file?["content_type"] ?? .null, "size_bytes": .int(size), "content_base64": .string(base64)]
        for (k, v) in ids { record[k] = .string(v) }
        d.uploads.append(record)
        return ["file_name": file?["file_name"] ?? .null, "content_type": file?["content_type"] ?? .null, "size_bytes": .int(size), "uploaded_at": .string(now)]
    }

    func documents(_ name: String, _ ids: [String: String], _ body: JSONObject, _ request: HTTPRequest) -> HTTPResponse? {
        let names: Set<String> = ["captureInvoice", "getInvoiceStatus", "uploadInvoiceFile", "createAwb", "getAllAwbs", "getAwbById", "uploadAwbFile",
                                  "createChallan", "getChallan", "getChallanPdf"]
        guard names.contains(name) else { return nil }
        let now = Self.now()
        return state.withLock { s -> HTTPResponse in
            let orderID = ids["order_id"] ?? ""
            guard let order = s.orders[orderID] else { return Self.error(404, "NOT_FOUND", "Order \(orderID) was not found.") }
            var d = s.documents
            defer { s.documents = d }
            func id(_ prefix: String) -> String { s.sequence += 1; return "\(prefix)-\(100_000_000 + s.sequence)-aa-\(String(UUID().uuidString.prefix(6)))" }
            func ok(_ o: JSONObject) -> HTTPResponse { Self.json(200, .object(o)) }
            func notFound(_ what: String) -> HTTPResponse { Self.error(404, "NOT_FOUND", "\(what) was not found for order \(orderID).") }

            switch name {
            // MARK: invoices
            case "captureInvoice":
                if let existing = d.invoices[orderID] {
                    // The same invoice again is the first answer; another one is refused.
                    if existing["invoice_number"] == body["invoice_number"] { return ok(existing) }
                    return Self.error(409, "DUPLICATE_REQUEST", "Order \(orderID) already has invoice \(existing["invoice_number"]?.stringValue ?? "").")
                }
                var invoice = body
                invoice["invoice_id"] = .string(id("inv")); invoice["order_id"] = .string(orderID); invoice["status"] = "CREATED"
                invoice["created_at"] = .string(now); invoice["updated_at"] = .string(now)
                d.invoices[orderID] = invoice
                return ok(invoice)
            case "getInvoiceStatus":
                return d.invoices[orderID].map(ok) ?? notFound("An invoice")
            case "uploadInvoiceFile":
                guard var invoice = d.invoices[orderID], invoice["invoice_id"]?.stringValue == ids["invoice_id"] else { return notFound("Invoice \(ids["invoice_id"] ?? "")") }
                invoice["file"] = Self.store(body["file"], operation: name, ids: ids, now: now, in: &d)
                invoice["status"] = "UPLOADED"; invoice["updated_at"] = .string(now)
                d.invoices[orderID] = invoice
                return ok(invoice)

            // MARK: airway bills
            case "createAwb":
                let items = body["awbs"]?.arrayValue ?? []
                var list = d.awbs[orderID] ?? []
                let known = Set(list.compactMap { $0["awb_number"]?.stringValue })
                if let dup = items.compactMap({ $0["awb_number"]?.stringValue }).first(where: known.contains) {
                    return Self.error(409, "DUPLICATE_REQUEST", "Airway bill \(dup) is already recorded for order \(orderID).")
                }
                var created: [JSONValue] = []
                for case .object(var awb) in items {
                    awb["awb_id"] = .string(id("awb")); awb["order_id"] = .string(orderID); awb["status"] = "CREATED"
                    awb["created_at"] = .string(now); awb["updated_at"] = .string(now)
                    list.append(awb)
                    created.append(.object(awb))
                }
                d.awbs[orderID] = list
                return ok(["order_id": .string(orderID), "awbs": .array(created)])
            case "getAllAwbs":
                return ok(["order_id": .string(orderID), "awbs": .array((d.awbs[orderID] ?? []).map { .object($0) })])
            case "getAwbById":
                return (d.awbs[orderID] ?? []).first { $0["awb_id"]?.stringValue == ids["awb_id"] }.map(ok) ?? notFound("Airway bill \(ids["awb_id"] ?? "")")
            case "uploadAwbFile":
                var list = d.awbs[orderID] ?? []
                guard let i = list.firstIndex(where: { $0["awb_id"]?.stringValue == ids["awb_id"] }) else { return notFound("Airway bill \(ids["awb_id"] ?? "")") }
                list[i]["file"] = Self.store(body["file"], operation: name, ids: ids, now: now, in: &d)
                list[i]["status"] = "UPLOADED"; list[i]["updated_at"] = .string(now)
                d.awbs[orderID] = list
                return ok(list[i])

            // MARK: e-challans
            case "createChallan":
                if let existing = d.challans[orderID] { return ok(existing) }
                let fee = body["convenience_fee_breakdown"]?["applicable_fee_amount"]?["value"]?.numberValue?.int ?? 0
                let challanID = id("chl")
                let expiry = ISO8601.format(Date().addingTimeInterval(7 * 86_400)).prefix(10)
                let challan: JSONObject = [
                    "challan_id": .string(challanID), "order_id": .string(orderID),
                    "virtual_account_id": .string("PLRL" + String(100_000_000 + s.sequence)), "account_name": "Pine Labs Collections",
                    "account_ifsc": "SIMB0000001", "account_bank_name": "Simulator Bank", "account_bank_branch": "Noida",
                    "challan_pdf_url": .string("\(publicBaseURL)/api/pay/v1/order/\(orderID)/challan/pdf"),
                    "amount_due": .int(Int(order.amount) + fee), "expiry_date": .string(String(expiry)), "created_date": .string(now),
                ]
                d.challans[orderID] = challan
                return ok(challan)
            case "getChallan":
                return d.challans[orderID].map(ok) ?? notFound("An e-challan")
            case "getChallanPdf":
                guard let challan = d.challans[orderID] else { return notFound("An e-challan") }
                return HTTPResponse(status: 200, headers: ["Content-Type": "application/pdf"], body: Self.challanPDF(challan))
            default:
                return Self.error(404, "NOT_FOUND", "No such document operation.")
            }
        }
    }

    /// A one-page PDF (1.4, Helvetica) stating the challan: what is due and where to pay it.
    static func challanPDF(_ c: JSONObject) -> [UInt8] {
        func text(_ key: String) -> String { c[key]?.stringValue ?? c[key].map { JSONWriter.string($0) } ?? "" }
        let due = c["amount_due"]?.numberValue?.int ?? 0
        let lines = [
            "E-challan \(text("challan_id"))", "Order \(text("order_id"))",
            "Amount due: INR \(due / 100).\(String(format: "%02d", due % 100))",
            "Pay to account \(text("virtual_account_id")) (\(text("account_name")))",
            "IFSC \(text("account_ifsc")), \(text("account_bank_name")), \(text("account_bank_branch"))",
            "Valid until \(text("expiry_date"))",
            "", "How to pay",
            "1. Transfer the exact amount due by NEFT, RTGS or IMPS to the account above.",
            "2. Pay before the expiry date; a transfer after it is returned to the sender.",
            "3. One transfer pays this challan; a different amount is returned to the sender.",
            "4. The order is paid once the bank confirms the transfer to Pine Labs.",
        ]
        func escape(_ s: String) -> String {
            s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "(", with: "\\(").replacingOccurrences(of: ")", with: "\\)")
        }
        var content = "BT /F1 14 Tf 56 780 Td 18 TL\n"
        for l in lines { content += "(\(escape(l))) '\n" }
        content += "ET\n"
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length \(content.utf8.count) >>\nstream\n\(content)endstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
        var out = Array("%PDF-1.4\n".utf8)
        var offsets: [Int] = []
        for (i, o) in objects.enumerated() {
            offsets.append(out.count)
            out += Array("\(i + 1) 0 obj\n\(o)\nendobj\n".utf8)
        }
        let xref = out.count
        var table = "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for o in offsets { table += String(format: "%010d 00000 n \n", o) }
        table += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        return out + Array(table.utf8)
    }
}
