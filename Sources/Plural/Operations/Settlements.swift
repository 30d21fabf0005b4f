import Foundation
import Support

/// Settlements (`/api/settlements/v1/…`, on the `PLURAL_SETTLEMENTS_URL` host): what Plural paid into your bank
/// account, by UTR, and the transactions each payout covers. Split settlements
/// (`/api/pay/v1/orders/{order_id}/settlementId/{settlement_id}/release|cancel`): the held parts of a split order,
/// released to their partner merchant or cancelled. Both of those move money, so both are keyed and journalled.
extension PluralOperation {
    /// The paging of the settlement reads: at most 10 a page, one page at a time.
    static let settlementPaging: [Param] = [
        Param("page", Schema.integer("Page number (from 1).")),
        Param("per_page", ["type": "integer", "minimum": 1, "maximum": 10, "description": "Records per page (at most 10)."]),
    ]
    static let settlementDate = Schema.string("A date, YYYY-MM-DD.", pattern: #"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"#)

    static let settlements: [PluralOperation] = [
        PluralOperation(
            "listSettlements", tag: "settlements",
            summary: "Your settlements (payouts by UTR) between two dates, paged (GET /api/settlements/v1/list).",
            description: "The range may span at most 60 days. A settlement tells you money reached your bank, not that a payment succeeded: read the order for that.",
            host: .settlements, routes: [Route("GET", "/api/settlements/v1/list")],
            params: [
                Param("start_date", required: true, settlementDate, "First settlement date included."),
                Param("end_date", required: true, settlementDate, "Last settlement date included."),
            ] + settlementPaging,
            query: ["start_date", "end_date", "page", "per_page"],
            result: "settlements",
            answer: Schema.object([
                "data": Schema.array(Schema.ref("SettlementSummary")),
                "total_settlement_count": Schema.integer, "total_transactions_count": Schema.integer,
                "total_settlement_amount": Components.reportedFigure,
            ]),
            retry: .read, rule: settlementRange),
        PluralOperation(
            "getSettlement", tag: "settlements",
            summary: "One settlement by its UTR, with the transactions it paid out, paged (GET /api/settlements/v1/detail/{utr}).",
            host: .settlements, routes: [Route("GET", "/api/settlements/v1/detail/{utr}")],
            params: [Param.path("utr", "The settlement's UTR (from listSettlements).")] + settlementPaging,
            query: ["page", "per_page"],
            result: "settlement",
            answer: Schema.object([
                "utr_number": Schema.string, "bank_name": Schema.string, "bank_acc_number": Schema.string, "programs": Schema.array(Schema.string),
                "total_transaction_count": Schema.integer,
                "total_transaction_amount": Components.reportedFigure,
                "actual_transaction_amount": Components.reportedFigure,
                "total_refund": Components.reportedFigure, "total_chargeback_recovery_amount": Components.reportedFigure,
                "total_loan_recovery_amount": Components.reportedFigure, "total_mdr_amount": Components.reportedFigure,
                "total_gst_amount": Components.reportedFigure, "total_late_settlement_fee": Components.reportedFigure,
                "total_settled_amount": Components.reportedFigure, "total_mar_amount": Components.reportedFigure,
                "split_fund_amount": Components.reportedFigure, "total_platform_fee": Components.reportedFigure,
                "other_deductions": Components.reportedFigure, "additional_mdr_amount": Components.reportedFigure,
                "total_convenience_fee": Components.reportedFigure, "total_gst_on_c_c_f": Components.reportedFigure,
                "total_cashback_amount": Components.reportedFigure, "total_merchant_cashback": Components.reportedFigure,
                "total_merchant_convenience_fee": Components.reportedFigure,
                "transactions": Schema.array(Schema.ref("SettlementTransaction")),
                "pagination": Schema.object(["total_pages": Schema.integer, "current_page": ["type": ["string", "integer"]]]),
            ], description: "A settlement and the transactions it covers; amounts in integer paise."),
            retry: .read),
    ]

    /// At most 60 days, and not backwards (the definition's limit on a settlement read).
    static let settlementRange: Rule = { p throws(ValidationError) in
        let start = try p.string("start_date"), end = try p.string("end_date")
        guard let from = ISO8601.parse(start + "T00:00:00Z") else { throw ValidationError(field: "start_date", reason: "is not a date") }
        guard let to = ISO8601.parse(end + "T00:00:00Z") else { throw ValidationError(field: "end_date", reason: "is not a date") }
        guard to >= from else { throw ValidationError(field: "end_date", reason: "is before start_date") }
        guard to.timeIntervalSince(from) <= 60 * 86_400 else { throw ValidationError(field: "end_date", reason: "is more than 60 days after start_date") }
    }

    /// Whether a release or cancel whose answer was lost took effect: the order shows the part's new status.
    static func splitReconciliation(_ status: String) -> Reconciliation {
        .read("getOrder", ["order_id": "order_id"], identifiers: ["order_id", "settlement_id"]) { order, ids in
            let wanted = ids["settlement_id"]?.referenceTexts ?? []
            let parts = order["purchase_details"]?["split_info"]?["split_details"]?.arrayValue ?? []
            return parts.contains { p in
                (p["split_settlement_id"]?.referenceTexts.contains { wanted.contains($0) } ?? false) && p["status"]?.stringValue == status
            }
        }
    }

    static let splitPath: [Param] = [
        Param.path("order_id", "The split order."),
        Param.path("settlement_id", "The part (split_settlement_id in the order's purchase_details.split_info)."),
    ]

    static let splitSettlements: [PluralOperation] = [
        PluralOperation(
            "releaseSettlement", tag: "split-settlements",
            summary: "Release a held part of a split order to its partner merchant (PATCH /api/pay/v1/orders/{order_id}/settlementId/{settlement_id}/release). Never sent twice for the same part.",
            routes: [Route("PATCH", "/api/pay/v1/orders/{order_id}/settlementId/{settlement_id}/release")],
            params: splitPath + [Param("release_amount", Schema.ref("Amount"), "How much of the held part to release, integer paise (all of it when absent).")],
            result: "order", answer: Schema.ref("SplitOrder"), retry: .notSentOnly, movesMoney: true,
            reconciliation: splitReconciliation("RELEASED")),
        PluralOperation(
            "cancelSettlement", tag: "split-settlements",
            summary: "Cancel a held part of a split order (PATCH /api/pay/v1/orders/{order_id}/settlementId/{settlement_id}/cancel). Never sent twice for the same part.",
            routes: [Route("PATCH", "/api/pay/v1/orders/{order_id}/settlementId/{settlement_id}/cancel")],
            params: splitPath,
            result: "order", answer: Schema.ref("SplitOrder"), retry: .notSentOnly, movesMoney: true,
            reconciliation: splitReconciliation("CANCELLED")),
    ]
}
