import Support

/// The shapes of payouts (`/payouts/v3/…`), from Plural's official definition. This API names its fields in
/// camelCase. Statuses and modes are open sets in answers.
extension Components {
    public static let payoutModes = ["UPI", "IMPS", "NEFT", "RTGS"]
    /// SCHEDULED: received; PENDING: the funding account lacks the balance; PROCESSING: at the bank;
    /// PROCESSED: done by the bank, confirmation pending; SUCCESS; FAILED; CANCELLED (a cancelled scheduled one).
    public static let payoutStatuses = ["SCHEDULED", "PENDING", "PROCESSING", "PROCESSED", "SUCCESS", "FAILED", "CANCELLED"]
    /// ₹1 to ₹10 lakh, in paise.
    public static let payoutMinimum = 100, payoutMaximum = 100_000_000

    static let payoutAmount = Schema.object([
        "value": ["type": "integer", "minimum": .int(payoutMinimum), "maximum": .int(payoutMaximum),
                  "description": "Integer paise, 100 (₹1) to 100000000 (₹10 lakh)."],
        "currency": Schema.string("ISO 4217, e.g. INR.", pattern: "^[A-Z]{3}$"),
    ], required: ["value", "currency"], description: "A payout's amount in integer paise (₹1 to ₹10 lakh).")

    static let payoutLinks = Schema.array(Schema.object(["rel": Schema.string, "href": Schema.string]))

    static let payout = Schema.object([
        "clientReferenceId": Schema.string("Your reference: the payout's idempotency key."),
        "requestReferenceId": Schema.string("Plural's id of the request (a bulk file's payouts share it)."),
        "paymentReferenceId": Schema.string("Plural's id of the payout."),
        "bankTransactionReferenceId": Schema.string("The bank's UTR, once paid."),
        "payeeName": Schema.string, "accountNumber": Schema.string("Masked."), "branchCode": Schema.string, "vpa": Schema.string,
        "email": Schema.string, "phone": Schema.string, "amount": Schema.ref("ReportedAmount"),
        "fees": Schema.ref("ReportedAmount"), "tax": Schema.ref("ReportedAmount"),
        "mode": Schema.openEnumeration(payoutModes, "How it is paid."),
        "status": Schema.openEnumeration(payoutStatuses, "Where the payout stands."),
        "message": Schema.string, "remarks": Schema.string,
        "scheduledAt": Schema.string("When it executes (ISO-8601 UTC); empty once cancelled."),
        "createdAt": time, "updatedAt": time, "_links": payoutLinks,
    ], description: "A payout, as Plural answers it.")

    static let payoutList = Schema.object([
        "payments": Schema.array(Schema.ref("Payout")), "totalRecords": Schema.integer, "nextPage": Schema.integer,
        "totalPages": Schema.integer, "_links": payoutLinks,
    ], description: "Payouts matching a query, paged.")

    static let fundingAccount = Schema.object([
        "accountNumber": Schema.string("The funding account."), "branchCode": Schema.string("Its IFSC."),
        "balance": Schema.ref("ReportedAmount"),
    ], description: "The funding account payouts are paid from, and its balance.")

    static let bulkPayout = Schema.object([
        "requestReferenceId": Schema.string("Plural's id of the bulk request: list its payouts with it."),
        "status": Schema.openEnumeration(["SCHEDULED", "PENDING", "PROCESSING", "PROCESSED", "SUCCESS", "FAILED"], "The file's processing status."),
        "message": Schema.string, "_links": payoutLinks,
    ], description: "A bulk payout file, accepted for processing.")

    static let payouts: [JSONObject.Member] = [
        .init(key: "PayoutAmount", value: payoutAmount), .init(key: "Payout", value: payout), .init(key: "PayoutList", value: payoutList),
        .init(key: "FundingAccount", value: fundingAccount), .init(key: "BulkPayout", value: bulkPayout),
    ]
}
