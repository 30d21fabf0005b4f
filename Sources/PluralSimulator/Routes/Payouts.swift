import Foundation
import Plural
import Support

/// Payouts from one funding account, with the behaviour Plural documents: a payout is SCHEDULED and its amount
/// debited at once when the balance covers it, else PENDING (nothing debited); a second payout with the same
/// clientReferenceId is refused (409 DUPLICATE_REQUEST); a SCHEDULED one can be moved or cancelled (its amount
/// returns to the balance) until its time comes, when it is paid (SUCCESS, with a bank UTR). A bulk file (CSV with
/// a header row: clientReferenceId, payeeName, amount in paise, mode, remarks, accountNumber, branchCode, vpa)
/// makes one payout per row under one requestReferenceId.
extension PluralSimulator {
    func payouts(_ name: String, _ ids: [String: String], _ body: JSONObject, _ request: HTTPRequest) -> HTTPResponse? {
        let names: Set<String> = ["createPayout", "listPayouts", "getPayoutBalance", "createBulkPayout", "updateScheduledPayout", "cancelScheduledPayout"]
        guard names.contains(name) else { return nil }
        let now = Date()
        return state.withLock { s -> HTTPResponse in
            var p = s.payouts
            defer { s.payouts = p }
            func id(_ prefix: String) -> String { s.sequence += 1; return "\(prefix)-\(String(UUID().uuidString.prefix(8)).lowercased())\(100_000 + s.sequence)" }
            func ok(_ o: JSONObject) -> HTTPResponse { Self.json(200, .object(o)) }
            Self.settlePayouts(&p, now: now)

            switch name {
            case "createPayout":
                if let ref = body["clientReferenceId"]?.referenceText, p.byClientReference[ref] != nil {
                    return Self.error(409, "DUPLICATE_REQUEST", "A payout with clientReferenceId \(ref) already exists.")
                }
                switch Self.newPayout(body, requestID: id("req"), paymentID: id("txn"), now: now, in: &p) {
                case .success(let payout): return ok(payout)
                case .failure(let refusal): return refusal.response
                }
            case "listPayouts":
                let query = Self.query(request)
                let filters = ["paymentReferenceId", "clientReferenceId", "requestReferenceId", "bankTransactionReferenceId", "mode", "status"]
                let from = query["dateFrom"].flatMap(ISO8601.parse), to = query["dateTo"].flatMap(ISO8601.parse)
                let matching = p.created.compactMap { p.payouts[$0] }.filter { payout in
                    let created = payout["createdAt"]?.stringValue.flatMap(ISO8601.parse) ?? now
                    return filters.allSatisfy { f in query[f].map { payout[f]?.stringValue == $0 } ?? true }
                        && from.map { created >= $0 } ?? true && to.map { created <= $0 } ?? true
                }
                let count = max(1, Int(query["count"] ?? "") ?? 20), page = max(1, Int(query["page"] ?? "") ?? 1)
                let pages = max(1, (matching.count + count - 1) / count)
                let slice = matching.dropFirst((page - 1) * count).prefix(count)
                var answer: JSONObject = ["payments": .array(slice.map { .object($0) }), "totalRecords": .int(matching.count), "totalPages": .int(pages)]
                if page < pages { answer["nextPage"] = .int(page + 1) }
                return ok(answer)
            case "getPayoutBalance":
                return ok(["accountNumber": "XXXXXXXX4321", "branchCode": "SIMB0000001",
                           "balance": ["value": .number(JSONNumber(p.balance)), "currency": "INR"]])
            case "createBulkPayout":
                let file = body["file"]
                let text = String(decoding: Base64.decode(file?["content_base64"]?.stringValue ?? "") ?? [], as: UTF8.self)
                var rows = text.split(whereSeparator: \.isNewline).map { $0.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) } }
                let header = rows.isEmpty ? [] : rows.removeFirst()
                let required = ["clientReferenceId", "payeeName", "amount", "mode", "remarks"]
                guard required.allSatisfy(header.contains), !rows.isEmpty else {
                    return Self.error(400, "INVALID_REQUEST", "The file is not a bulk payout file: a header row with \(required.joined(separator: ", ")) and one row per payout.")
                }
                var documents = s.documents
                _ = Self.store(file, operation: name, ids: [:], now: Self.now(), in: &documents)
                s.documents = documents
                let requestID = id("req")
                var accepted = 0
                for row in rows {
                    var payout = JSONObject()
                    for (column, value) in zip(header, row) where !value.isEmpty {
                        payout[column] = column == "amount" ? ["value": Int64(value).map { .number(JSONNumber($0)) } ?? .string(value), "currency": "INR"] : .string(value)
                    }
                    if let ref = payout["clientReferenceId"]?.stringValue, p.byClientReference[ref] != nil { continue }
                    if case .success = Self.newPayout(payout, requestID: requestID, paymentID: id("txn"), now: now, in: &p) { accepted += 1 }
                }
                return ok(["requestReferenceId": .string(requestID), "status": accepted == 0 ? "FAILED" : "SCHEDULED",
                           "message": .string("\(accepted) of \(rows.count) payouts accepted.")])
            case "updateScheduledPayout", "cancelScheduledPayout":
                let pid = ids["paymentReferenceId"] ?? ""
                guard var payout = p.payouts[pid] else { return Self.error(404, "NOT_FOUND", "Payout \(pid) was not found.") }
                guard payout["status"] == "SCHEDULED" else {
                    return Self.error(422, "INVALID_STATE", "Only a SCHEDULED payout can be changed; \(pid) is \(payout["status"]?.stringValue ?? "").")
                }
                if name == "updateScheduledPayout" {
                    guard let text = body["scheduleAt"]?.stringValue, let at = ISO8601.parse(text), at > now else {
                        return Self.error(400, "INVALID_REQUEST", "scheduleAt must be a future ISO-8601 UTC time.")
                    }
                    payout["scheduledAt"] = .string(text)
                    payout["message"] = "Payout rescheduled."
                } else {
                    p.balance += payout["amount"]?["value"]?.numberValue?.int64 ?? 0
                    payout["status"] = "CANCELLED"; payout["scheduledAt"] = ""; payout["message"] = "Payout cancelled."
                }
                payout["updatedAt"] = .string(ISO8601.format(now))
                p.payouts[pid] = payout
                return ok(payout)
            default:
                return Self.error(404, "NOT_FOUND", "No such payout operation.")
            }
        }
    }

    /// Sets the funding account's balance (integer paise), as a top-up or a withdrawal would.
    public func setPayoutBalance(_ paise: Int64) { state.withLock { $0.payouts.balance = paise } }

    /// Sets how many seconds new payouts stay SCHEDULED before they are paid (0: paid at the next read).
    public func setPayoutDelay(_ seconds: Double) { state.withLock { $0.payouts.delay = seconds } }

    /// A payout from a request (or a bulk file's row): refused when Plural's rules refuse it, else SCHEDULED and
    /// debited, or PENDING when the balance does not cover it.
    static func newPayout(_ body: JSONObject, requestID: String, paymentID: String, now: Date, in p: inout PayoutsState) -> Result<JSONObject, HTTPResponseBox> {
        let amount = body["amount"]?["value"]?.numberValue?.int64 ?? 0
        let mode = body["mode"]?.stringValue ?? ""
        guard let ref = body["clientReferenceId"]?.referenceText, !ref.isEmpty, !ref.contains(" ") else {
            return .failure(error(400, "INVALID_REQUEST", "clientReferenceId is required (no spaces)."))
        }
        guard (Int64(Components.payoutMinimum)...Int64(Components.payoutMaximum)).contains(amount), body["amount"]?["currency"] == "INR" else {
            return .failure(error(400, "INVALID_REQUEST", "amount must be INR 100 to 100000000 paise."))
        }
        guard Components.payoutModes.contains(mode) else { return .failure(error(400, "INVALID_REQUEST", "mode must be one of \(Components.payoutModes).")) }
        if mode == "UPI" ? body["vpa"] == nil : (body["accountNumber"] == nil || body["branchCode"] == nil) {
            return .failure(error(400, "INVALID_REQUEST", mode == "UPI" ? "vpa is required for UPI." : "accountNumber and branchCode are required for \(mode)."))
        }
        let covered = p.balance >= amount
        if covered { p.balance -= amount }
        var payout = body
        if let account = body["accountNumber"]?.stringValue { payout["accountNumber"] = .string("XXXXXX" + String(account.suffix(4))) }
        payout["paymentReferenceId"] = .string(paymentID); payout["requestReferenceId"] = .string(requestID)
        payout["status"] = covered ? "SCHEDULED" : "PENDING"
        payout["message"] = covered ? "Payout scheduled." : "Insufficient balance in the funding account."
        payout["scheduledAt"] = .string(ISO8601.format(now.addingTimeInterval(p.delay)))
        payout["fees"] = ["value": 0, "currency": "INR"]; payout["tax"] = ["value": 0, "currency": "INR"]
        payout["createdAt"] = .string(ISO8601.format(now)); payout["updatedAt"] = .string(ISO8601.format(now))
        payout["_links"] = [["rel": "self", "href": .string("/payouts/v3/payments?paymentReferenceId=\(paymentID)")]]
        p.payouts[paymentID] = payout
        p.byClientReference[ref] = paymentID
        p.created.append(paymentID)
        return .success(payout)
    }

    /// SCHEDULED payouts whose time has come are paid.
    static func settlePayouts(_ p: inout PayoutsState, now: Date) {
        for (pid, payout) in p.payouts where payout["status"] == "SCHEDULED" {
            guard let at = payout["scheduledAt"]?.stringValue.flatMap(ISO8601.parse), at <= now else { continue }
            var paid = payout
            paid["status"] = "SUCCESS"; paid["message"] = "Payout credited."
            paid["bankTransactionReferenceId"] = .string("UTR" + String(pid.hashValue.magnitude % 1_000_000_000_000))
            paid["updatedAt"] = .string(ISO8601.format(now))
            p.payouts[pid] = paid
        }
    }
}
