import Support

/// Presentations and mandate debits (`/ps/api/v1/public/…presentations…`, `…/subscriptions/notify|execute`,
/// `/ps/api/v1/mandate/merchant-retry`): each debit of a subscription, its pre-debit notification, its execution
/// and the merchant's retries of a failed one. Every call that can take money is keyed and journalled.
extension PluralOperation {
    static let presentationIdentity: [Param] = [
        Param("presentation_id", Schema.string("Plural's presentation id.")),
        Param("merchant_presentation_reference", Schema.reference("Or your reference for the presentation.")),
    ]

    /// Whether a debit (execute or retry) whose answer was lost took place: the presentation shows it once it is
    /// past waiting. A FAILED presentation after a retry cannot tell a failed retry from one never made.
    static func debitReconciliation(countsFailure: Bool) -> Reconciliation {
        Reconciliation(identifiers: ["presentation_id", "merchant_presentation_reference"]) { gateway, ids, _ in
            var p = JSONObject()
            if let id = ids["presentation_id"], !id.isNull { p["presentation_id"] = id }
            else if let ref = ids["merchant_presentation_reference"], !ref.isNull { p["merchant_presentation_reference"] = ref }
            else { return .cannotTell }
            let effect = await Reconciliation.readEffect(gateway, "getPresentation", p) { answer in
                let status = answer["status"]?.stringValue ?? ""
                return ["COMPLETED", "PENDING", "INITIATED"].contains(status) || (countsFailure && status == "FAILED")
            }
            return effect == .notApplied && !countsFailure ? .cannotTell : effect
        }
    }

    static let presentations: [PluralOperation] = [
        PluralOperation(
            "listPresentations", tag: "presentations",
            summary: "A subscription's presentations (debits), paged (GET /ps/api/v1/public/subscriptions/{subscription_id}/presentations).",
            host: .ps, routes: [Route("GET", "/ps/api/v1/public/subscriptions/{subscription_id}/presentations")],
            params: [Param.path("subscription_id", "The subscription.")] + pageParams, query: pageParams.map(\.name),
            result: "presentations", answer: Components.list("presentations", of: "Presentation"), retry: .read),
        PluralOperation(
            "createPresentation", tag: "presentations",
            summary: "Schedule a debit of an ACTIVE subscription (POST /ps/api/v1/public/subscriptions/{subscription_id}/presentations).",
            host: .ps, routes: [Route("POST", "/ps/api/v1/public/subscriptions/{subscription_id}/presentations")],
            params: [
                Param.path("subscription_id", "The subscription to debit."),
                Param("due_date", Schema.string("When the debit is due (ISO-8601 UTC).")),
                Param("amount", Schema.ref("Amount"), "What to debit, in integer paise (the plan's amount when absent)."),
                Param("merchant_presentation_reference", Schema.reference("Your unique reference for this debit.")),
            ],
            passesThroughParams: true, result: "presentation", answer: Schema.ref("Presentation"), retry: .notSentOnly,
            reference: "merchant_presentation_reference", movesMoney: true,
            reconciliation: .read("getPresentation", ["merchant_presentation_reference": "merchant_presentation_reference"],
                                  identifiers: ["merchant_presentation_reference"], shows: { _, _ in true })),
        PluralOperation(
            "getPresentation", tag: "presentations",
            summary: "Fetch a presentation by presentation_id, or by merchant_presentation_reference.",
            host: .ps,
            routes: [Route("GET", "/ps/api/v1/public/presentations/{presentation_id}"),
                     Route("GET", "/ps/api/v1/public/presentations/reference/{merchant_presentation_reference}")],
            params: [
                Param.path("presentation_id", "Plural's presentation id.", required: false),
                Param.path("merchant_presentation_reference", "Your reference for the presentation.", required: false, reference: true),
            ],
            result: "presentation", answer: Schema.ref("Presentation"), retry: .read),
        PluralOperation(
            "deletePresentation", tag: "presentations",
            summary: "Withdraw a debit not yet executed (DELETE /ps/api/v1/public/presentations/{presentation_id}). Answers {} when Plural sends no body.",
            host: .ps, routes: [Route("DELETE", "/ps/api/v1/public/presentations/{presentation_id}")],
            params: [Param.path("presentation_id", "The presentation to withdraw.")],
            result: "deleted", answer: Schema.anyObject, retry: .notSentOnly),
        PluralOperation(
            "sendPreDebitNotification", tag: "presentations",
            summary: "Notify the customer of a coming debit (POST /ps/api/v1/public/subscriptions/notify); the debit then waits for executeMandateDebit.",
            host: .ps, routes: [Route("POST", "/ps/api/v1/public/subscriptions/notify")],
            params: [
                Param("subscription_id", required: true, Schema.string("The subscription to debit.")),
                Param("due_date", required: true, Schema.string("When the debit is due (ISO-8601 UTC).")),
                Param("amount", Schema.ref("Amount"), "What will be debited, in integer paise."),
                Param("merchant_presentation_reference", required: true, Schema.reference("Your unique reference for this debit.")),
                Param("is_merchant_retry", Schema.boolean("The notice is for a retry of a failed debit.")),
            ],
            passesThroughParams: true, result: "presentation", answer: Schema.ref("Presentation"), retry: .notSentOnly,
            reference: "merchant_presentation_reference", movesMoney: true,
            reconciliation: .read("getPresentation", ["merchant_presentation_reference": "merchant_presentation_reference"],
                                  identifiers: ["merchant_presentation_reference"], shows: { _, _ in true })),
        PluralOperation(
            "executeMandateDebit", tag: "presentations",
            summary: "Debit a notified presentation now (POST /ps/api/v1/public/subscriptions/execute). Never sent twice for the same presentation.",
            host: .ps, routes: [Route("POST", "/ps/api/v1/public/subscriptions/execute")],
            params: presentationIdentity + [Param("is_merchant_retry", Schema.string("\"true\" when this is your retry of a failed debit."))],
            passesThroughParams: true, result: "debit", answer: Schema.ref("Presentation"), retry: .notSentOnly,
            reference: "merchant_presentation_reference", movesMoney: true,
            reconciliation: debitReconciliation(countsFailure: true),
            rule: requirePresentation),
        PluralOperation(
            "retryMandateDebit", tag: "presentations",
            summary: "Retry a FAILED debit (POST /ps/api/v1/mandate/merchant-retry). Give idempotency_key to make a repeat the same retry.",
            description: "Each retry is a new attempt at the money, so a retry is keyed only by your idempotency_key (without one, every call is a new retry). Plural halts the subscription after repeated failures.",
            host: .ps, routes: [Route("POST", "/ps/api/v1/mandate/merchant-retry")],
            params: presentationIdentity,
            passesThroughParams: true, result: "debit", answer: Schema.ref("Presentation"), retry: .notSentOnly, movesMoney: true,
            reconciliation: debitReconciliation(countsFailure: false),
            rule: requirePresentation),
    ]

    static let requirePresentation: Rule = { p throws(ValidationError) in
        if !p.has("presentation_id") && !p.has("merchant_presentation_reference") {
            throw ValidationError(field: "presentation_id", reason: "is required (or give merchant_presentation_reference)")
        }
    }
}
