import Foundation
import Plural
import Support

/// Settlements and split settlements. A settlement run happens whenever settlements are read: every order that
/// has reached PROCESSED (a charge, captured or paid, refunded since or not) and is not yet settled goes into one
/// new settlement with its own UTR, dated today. Each transaction is settled for its captured amount less the
/// simulator's MDR and GST (`FundsState.mdr`, `.gst`) and its refunds, all integer paise, so a settlement's
/// payout is exactly its transactions' amounts less its deductions.
///
/// A split order (`split_info` on createOrder) reports its parts in `purchase_details.split_info`, each with a
/// `split_settlement_id`; a part sent with `on_hold` is HOLD until released (once, and only when the order is
/// PROCESSED) or cancelled (once).
extension PluralSimulator {
    static let settledStatuses: Set<String> = ["PROCESSED", "PARTIALLY_REFUNDED", "FULLY_REFUNDED"]

    func settlements(_ name: String, _ ids: [String: String], _ body: JSONObject, _ request: HTTPRequest) -> HTTPResponse? {
        switch name {
        case "listSettlements", "getSettlement":
            let query = Self.query(request)
            let perPage = max(1, min(10, Int(query["per_page"] ?? "") ?? 10)), page = max(1, Int(query["page"] ?? "") ?? 1)
            let today = String(Self.now().prefix(10))
            let found = state.withLock { s -> [SimSettlement] in
                settleNow(&s, today: today)
                return s.funds.settlements
            }
            if name == "getSettlement" {
                let utr = ids["utr"] ?? ""
                guard let settlement = found.first(where: { $0.utr == utr }) else {
                    return Self.error(404, "NOT_FOUND", "No settlement with UTR \(utr).")
                }
                return Self.json(200, .object(Self.detail(settlement, page: page, perPage: perPage)))
            }
            let from = query["start_date"] ?? "", to = query["end_date"] ?? ""
            guard from.count == 10, to.count == 10 else {
                return Self.error(400, "INVALID_REQUEST", "start_date and end_date (YYYY-MM-DD) are required.")
            }
            let matched = found.filter { $0.settledDate >= from && $0.settledDate <= to }
            let shown = matched.dropFirst((page - 1) * perPage).prefix(perPage)
            return Self.json(200, [
                "data": .array(shown.map { .object(Self.summary($0)) }),
                "total_settlement_count": .int(matched.count),
                "total_transactions_count": .int(matched.reduce(0) { $0 + $1.transactions.count }),
                "total_settlement_amount": .number(JSONNumber(matched.reduce(Int64(0)) { $0 + $1.transactions.reduce(0) { $0 + $1.settled } })),
            ])
        case "releaseSettlement", "cancelSettlement":
            let orderID = ids["order_id"] ?? "", partID = ids["settlement_id"] ?? ""
            let release: Int64?
            switch Self.paise(of: body, "release_amount") {
            case .success(let v): release = v
            case .failure(let r): return r.response
            }
            let now = Self.now()
            return mutateOrder(orderID) { o in
                guard case .object(var details)? = o.extra["purchase_details"], case .object(var info)? = details["split_info"],
                      case .array(var parts)? = info["split_details"],
                      let i = parts.firstIndex(where: { $0["split_settlement_id"]?.stringValue == partID }), case .object(var part) = parts[i] else {
                    return Self.error(404, "NOT_FOUND", "Order \(orderID) has no split settlement \(partID).")
                }
                let status = part["status"]?.stringValue ?? ""
                guard status == "HOLD" else {
                    return Self.error(422, "INVALID_SETTLEMENT_STATE", "Only a settlement on HOLD can be \(name == "releaseSettlement" ? "released" : "cancelled"); this one is \(status).")
                }
                if name == "releaseSettlement" {
                    guard Self.settledStatuses.contains(o.status) else {
                        return Self.error(422, "INVALID_ORDER_STATE", "A settlement is released once its order is PROCESSED; this one is \(o.status).")
                    }
                    let held = part["amount"]?["value"]?.numberValue?.int64 ?? 0
                    let amount = release ?? held
                    guard amount <= held else {
                        return Self.error(400, "INVALID_REQUEST", "release_amount (\(amount)) exceeds the amount held (\(held)).")
                    }
                    part["status"] = "RELEASED"
                    part["release_amount"] = ["value": .number(JSONNumber(amount)), "currency": part["amount"]?["currency"] ?? .string(o.currency)]
                } else {
                    part["status"] = "CANCELLED"
                }
                part["on_hold"] = false
                part["updated_at"] = .string(now)
                parts[i] = .object(part)
                info["split_details"] = .array(parts)
                details["split_info"] = .object(info)
                o.extra["purchase_details"] = .object(details)
                o.updatedAt = now
                return nil
            }
        default:
            return nil
        }
    }

    /// A new order's split_info as Plural reports it: under purchase_details, each part with its id and status.
    static func placeSplits(_ extra: JSONObject, orderID: String, now: String) -> JSONObject {
        guard case .object(var info)? = extra["split_info"] else { return extra }
        var out = extra
        out["split_info"] = nil
        let parts = info["split_details"]?.arrayValue ?? []
        info["split_details"] = .array(parts.enumerated().map { i, p in
            guard case .object(var part) = p else { return p }
            part["split_settlement_id"] = .string("\(orderID)-ss-\(Character(UnicodeScalar(UInt8(97 + i % 26))))")
            part["status"] = part["on_hold"]?.boolValue == true ? "HOLD" : "RELEASED"
            part["updated_at"] = .string(now)
            return .object(part)
        })
        var details = extra["purchase_details"]?.objectValue ?? JSONObject()
        details["split_info"] = .object(info)
        out["purchase_details"] = .object(details)
        return out
    }

    /// The settlement run: every processed order not yet settled, in one new settlement (none when there is none).
    func settleNow(_ s: inout SimState, today: String) {
        let ready = s.orders.values.filter { $0.type == "CHARGE" && Self.settledStatuses.contains($0.status) && !s.funds.settledOrders.contains($0.id) }
            .sorted { ($0.createdAt, $0.id) < ($1.createdAt, $1.id) }
        guard !ready.isEmpty else { return }
        let n = s.funds.settlements.count + 1
        let utr = "4100" + String(String(n + 100_000_000).suffix(8))
        let transactions = ready.map { o -> SettledTransaction in
            let gross = o.captured > 0 ? o.captured : o.amount
            let mdr = FundsState.mdr(gross)
            return SettledTransaction(orderID: o.id, program: o.payments.first?.method ?? "CARD", gross: gross, mdr: mdr, gst: FundsState.gst(mdr),
                                      refund: o.refunded, processedDate: o.updatedAt, transactionDate: o.createdAt)
        }
        s.funds.settlements.append(SimSettlement(utr: utr, settledDate: today, transactions: transactions))
        for o in ready { s.funds.settledOrders.insert(o.id) }
    }

    static let settlementBank: JSONObject = ["system": "PLURAL_ONLINE", "bank_name": "SIMULATOR BANK", "bank_acc_number": "XXXXXXXX4321"]

    static func programs(_ s: SimSettlement) -> JSONValue { .array(Array(Set(s.transactions.map(\.program))).sorted().map { .string($0) }) }

    static func paise(_ v: Int64) -> JSONValue { .number(JSONNumber(v)) }

    static func summary(_ s: SimSettlement) -> JSONObject {
        let t = s.transactions
        var o: JSONObject = [
            "utr_number": .string(s.utr),
            "total_amount": paise(t.reduce(0) { $0 + $1.settled }),
            "actual_transaction_amount": paise(t.reduce(0) { $0 + $1.gross }),
            "total_deduction_amount": paise(t.reduce(0) { $0 + $1.mdr + $1.gst + $1.refund }),
            "total_transactions_count": .int(t.count),
            "last_processed_date": .string(t.map(\.processedDate).max() ?? s.settledDate),
            "settled_date": .string(s.settledDate), "programs": programs(s),
        ]
        for m in settlementBank.members { o[m.key] = m.value }
        return o
    }

    static func detail(_ s: SimSettlement, page: Int, perPage: Int) -> JSONObject {
        let t = s.transactions
        let settled = paise(t.reduce(0) { $0 + $1.settled })
        var o: JSONObject = ["utr_number": .string(s.utr), "bank_name": settlementBank["bank_name"] ?? .null,
                             "bank_acc_number": settlementBank["bank_acc_number"] ?? .null, "programs": programs(s),
                             "total_transaction_count": .int(t.count), "total_transaction_amount": settled,
                             "actual_transaction_amount": paise(t.reduce(0) { $0 + $1.gross }),
                             "total_refund": paise(t.reduce(0) { $0 + $1.refund }),
                             "total_mdr_amount": paise(t.reduce(0) { $0 + $1.mdr }),
                             "total_gst_amount": paise(t.reduce(0) { $0 + $1.gst }),
                             "total_settled_amount": settled]
        for zero in ["total_chargeback_recovery_amount", "total_loan_recovery_amount", "total_late_settlement_fee", "split_fund_amount",
                     "total_platform_fee", "other_deductions"] {
            o[zero] = 0
        }
        o["transactions"] = .array(t.dropFirst((page - 1) * perPage).prefix(perPage).map { x in
            ["transaction_id": .string(x.orderID), "system": "PLURAL_ONLINE", "processed_date": .string(x.processedDate),
             "transaction_date": .string(x.transactionDate), "transaction_amount": paise(x.gross), "actual_transaction_amount": paise(x.gross),
             "total_deduction_amount": paise(x.mdr + x.gst + x.refund), "settled_amount": paise(x.settled),
             "acquirer_name": "SIMULATOR BANK", "tid": "SIM00001", "is_emi": .bool(x.program.hasSuffix("EMI")), "utr_number": .string(s.utr),
             "program": .string(x.program), "payout_status": "SETTLED"]
        })
        o["pagination"] = ["total_pages": .int(max(1, (t.count + perPage - 1) / perPage)), "current_page": .string(String(page))]
        return o
    }

    /// The paise of an optional amount member (nil when absent), or the answer that refuses a malformed one.
    static func paise(of body: JSONObject, _ name: String) -> Result<Int64?, HTTPResponseBox> {
        guard body[name] != nil else { return .success(nil) }
        guard case .ok(let v, _) = readAmount(body[name]) else {
            return .failure(error(400, "INVALID_REQUEST", "\(name) must be {value: integer paise > 0, currency}."))
        }
        return .success(v)
    }

}
