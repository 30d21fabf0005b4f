import Support

/// Payouts (`/payouts/v3/payments…`, on the `PLURAL_PAYOUTS_URL` host): money from your funding account to a
/// beneficiary's bank account or UPI address, one at a time or as a file, and the scheduled ones changed or
/// cancelled. This API names its fields in camelCase.
extension PluralOperation {
    static let paymentReferencePath = Param.path("paymentReferenceId", "Plural's id of the payout (paymentReferenceId).")

    static let payoutFilters: [Param] = [
        Param("paymentReferenceId", Schema.string("Only this payout.")),
        Param("clientReferenceId", Schema.string("Only the payout with your reference.")),
        Param("requestReferenceId", Schema.string("Only the payouts of this request (a bulk file).")),
        Param("bankTransactionReferenceId", Schema.string("Only the payout with this bank UTR.")),
        Param("mode", Schema.enumeration(Components.payoutModes, "Only this mode.")),
        Param("dateFrom", Schema.string("Only those initiated after this (ISO-8601 UTC).")),
        Param("dateTo", Schema.string("Only those initiated before this (ISO-8601 UTC).")),
        Param("status", Schema.enumeration(Array(Components.payoutStatuses.dropLast()), "Only this status.")),
        Param("page", Schema.string("Page number (default 1).", pattern: "^[0-9]{1,6}$")),
        Param("count", Schema.string("Records per page.", pattern: "^[0-9]{1,4}$")),
    ]

    /// The payout a list shows for one filter (`clientReferenceId` or `paymentReferenceId`), when `shows` holds.
    static func payoutLookup(_ filter: String, shows: @escaping @Sendable (JSONValue) -> Bool = { _ in true }) -> Reconciliation {
        Reconciliation(identifiers: [filter]) { gateway, ids, _ in
            guard let wanted = ids[filter], !wanted.isNull else { return .cannotTell }
            var found: JSONValue? = nil
            let effect = await Reconciliation.readEffect(gateway, "listPayouts", [filter: wanted]) { list in
                found = list["payments"]?.arrayValue?.first { $0[filter]?.referenceTexts == wanted.referenceTexts }
                return found.map(shows) ?? false
            }
            if case .applied = effect { return .applied(found) }
            return effect
        }
    }

    static let payouts: [PluralOperation] = [
        PluralOperation(
            "createPayout", tag: "payouts",
            summary: "Pay a beneficiary from your funding account (POST /payouts/v3/payments/banks): IMPS, NEFT or RTGS to an account, or UPI to a VPA.",
            description: """
            Moves money. clientReferenceId is the payout's idempotency key: the sidecar answers a repeat from its ledger \
            and Plural refuses a second payout with it (409 DUPLICATE_REQUEST). A payout whose answer was lost is looked \
            up by clientReferenceId. PENDING means the funding account lacks the balance.
            """,
            host: .payouts, routes: [Route("POST", "/payouts/v3/payments/banks")],
            params: [
                Param("clientReferenceId", required: true, Schema.string("Your unique reference for the payout (no spaces): its idempotency key.",
                                                                          maxLength: 50, pattern: #"^\S+$"#)),
                Param("payeeName", required: true, Schema.string("The beneficiary account holder's name (letters and spaces).", maxLength: 100, pattern: "^[A-Za-z ]+$")),
                Param("amount", required: true, Schema.ref("PayoutAmount"), "Integer paise, ₹1 to ₹10 lakh."),
                Param("mode", required: true, Schema.enumeration(Components.payoutModes, "How it is paid.")),
                Param("remarks", required: true, Schema.string("Text for the transfer (A-Z a-z 0-9 - and space).", maxLength: 50, pattern: "^[A-Za-z0-9 -]+$")),
                Param("accountNumber", Schema.string("The beneficiary's account number; required for IMPS, NEFT and RTGS.", pattern: "^[0-9]{9,18}$")),
                Param("branchCode", Schema.string("The beneficiary bank's IFSC; required for IMPS, NEFT and RTGS.", pattern: "^[A-Za-z]{4}0[A-Za-z0-9]{6}$")),
                Param("vpa", Schema.string("The beneficiary's UPI address; required for UPI.", maxLength: 255)),
                Param("email", Schema.string("The beneficiary's email.", maxLength: 255)),
                Param("phone", Schema.string("The beneficiary's mobile number (10 digits).", pattern: "^[0-9]{10}$")),
            ],
            passesThroughParams: true, result: "payout", answer: Schema.ref("Payout"),
            retry: .notSentOnly, reference: "clientReferenceId", movesMoney: true, reconciliation: payoutLookup("clientReferenceId"),
            rule: { p throws(ValidationError) in
                let mode = try p.enumeration("mode", Components.payoutModes)
                let needed = mode == "UPI" ? ["vpa"] : ["accountNumber", "branchCode"]
                for field in needed where !p.has(field) { throw ValidationError(field: field, reason: "is required for \(mode)") }
            }),
        PluralOperation(
            "listPayouts", tag: "payouts",
            summary: "Your payouts, filtered and paged (GET /payouts/v3/payments).",
            host: .payouts, routes: [Route("GET", "/payouts/v3/payments")],
            params: payoutFilters, query: payoutFilters.map(\.name),
            result: "payouts", answer: Schema.ref("PayoutList"), retry: .read),
        PluralOperation(
            "getPayoutBalance", tag: "payouts",
            summary: "The funding account payouts are paid from, and its balance (GET /payouts/v3/payments/funding-account).",
            host: .payouts, routes: [Route("GET", "/payouts/v3/payments/funding-account")],
            params: [], result: "funding_account", answer: Schema.ref("FundingAccount"), retry: .read),
        PluralOperation(
            "createBulkPayout", tag: "payouts",
            summary: "Pay many beneficiaries from one file (POST /payouts/v3/payments/banks/file, multipart/form-data); list them by its requestReferenceId.",
            description: "Moves money. file is a FileUpload (docs/FILES.md) of Plural's bulk template, at most PLURAL_MAX_UPLOAD_BYTES, sent as the multipart part `file` and never logged. Give idempotency_key to make a repeat the same upload.",
            host: .payouts, routes: [Route("POST", "/payouts/v3/payments/banks/file")],
            params: [Param("file", required: true, Schema.ref("FileUpload"), "The bulk payout file (CSV or spreadsheet of beneficiaries).")],
            result: "bulk_payout", answer: Schema.ref("BulkPayout"), retry: .notSentOnly, movesMoney: true, upload: "file"),
        PluralOperation(
            "updateScheduledPayout", tag: "payouts",
            summary: "Move a SCHEDULED payout to another time (PUT /payouts/v3/payments/banks/{paymentReferenceId}).",
            host: .payouts, routes: [Route("PUT", "/payouts/v3/payments/banks/{paymentReferenceId}")],
            params: [paymentReferencePath, Param("scheduleAt", required: true, Schema.string("The new time it executes (ISO-8601 UTC)."))],
            result: "payout", answer: Schema.ref("Payout"), retry: .notSentOnly),
        PluralOperation(
            "cancelScheduledPayout", tag: "payouts",
            summary: "Cancel a SCHEDULED payout (PUT /payouts/v3/payments/banks/{paymentReferenceId}/cancel); its amount returns to the funding account.",
            description: "Moves money back. The payout's id is its idempotency key; a cancel whose answer was lost is looked up by listing the payout.",
            host: .payouts, routes: [Route("PUT", "/payouts/v3/payments/banks/{paymentReferenceId}/cancel")],
            params: [paymentReferencePath],
            result: "payout", answer: Schema.ref("Payout"), retry: .notSentOnly, movesMoney: true,
            reconciliation: payoutLookup("paymentReferenceId", shows: { $0["status"] == "CANCELLED" })),
    ]
}
