import Support

/// Subscription plans (`/ps/api/v1/public/plans…`, on the `PLURAL_PS_URL` host): what a subscription debits, how
/// often and until when.
extension PluralOperation {
    /// The paging params of every recurring-billing list.
    static let pageParams: [Param] = [
        Param("size", Schema.integer("Items per page.")), Param("page", Schema.integer("Page number (from 0).")),
        Param("sort", Schema.string("Sort field and direction, e.g. created_at,desc.")),
    ]
    /// The filters the plan and subscription lists share.
    static let listFilters: [Param] = [
        Param("plan_id", Schema.string("Only this plan.")),
        Param("start_date", Schema.string("Only those starting after this (ISO-8601 UTC).")),
        Param("end_date", Schema.string("Only those ending before this (ISO-8601 UTC).")),
        Param("amount", Schema.integer("Compare amounts with this (paise), as amount_range says.")),
        Param("amount_range", Schema.enumeration(["isMore", "isLess", "is Equal", "isEqual"], "How amount compares.")),
        Param("frequency", Schema.string("Only this billing frequency.")),
    ] + pageParams

    static let planAmounts: [Param] = [
        Param("amount", Schema.ref("Amount"), "What each debit takes, in integer paise."),
        Param("max_limit_amount", Schema.ref("Amount"), "The most one debit may take (for variable amounts)."),
    ]

    static let plans: [PluralOperation] = [
        PluralOperation(
            "listPlans", tag: "plans",
            summary: "Your subscription plans, filtered and paged (GET /ps/api/v1/public/plans).",
            host: .ps, routes: [Route("GET", "/ps/api/v1/public/plans")],
            params: listFilters, query: listFilters.map(\.name),
            result: "plans", answer: Components.list("plans", of: "Plan"), retry: .read),
        PluralOperation(
            "createPlan", tag: "plans",
            summary: "Create a subscription plan (POST /ps/api/v1/public/plans).",
            host: .ps, routes: [Route("POST", "/ps/api/v1/public/plans")],
            params: [
                Param("plan_name", required: true, Schema.string("The plan's name.")),
                Param("plan_description", Schema.string),
                Param("frequency", required: true, Schema.enumeration(Components.planFrequencies, "How often it debits.")),
            ] + planAmounts + [
                Param("initial_debit_amount", Schema.ref("Amount"), "Taken when the mandate is set up."),
                Param("trial_period_in_days", Schema.integer),
                Param("start_date", Schema.string("ISO-8601 UTC.")),
                Param("end_date", required: true, Schema.string("ISO-8601 UTC.")),
                Param("merchant_metadata", Schema.stringMap("Your own key/value strings.")),
                Param("merchant_plan_reference", required: true, Schema.reference("Your unique reference for the plan.")),
                Param("auto_debit_ot", Schema.string("For a one-time (OT) plan: debit automatically.")),
            ],
            passesThroughParams: true, result: "plan", answer: Schema.ref("Plan"), retry: .notSentOnly),
        PluralOperation(
            "getPlan", tag: "plans",
            summary: "Fetch a plan by plan_id, or by merchant_plan_reference.",
            host: .ps,
            routes: [Route("GET", "/ps/api/v1/public/plans/{plan_id}"), Route("GET", "/ps/api/v1/public/plans/reference/{merchant_plan_reference}")],
            params: [
                Param.path("plan_id", "Plural's plan id.", required: false),
                Param.path("merchant_plan_reference", "Your reference for the plan.", required: false, reference: true),
            ],
            result: "plan", answer: Schema.ref("Plan"), retry: .read),
        PluralOperation(
            "updatePlan", tag: "plans",
            summary: "Change a plan (PATCH /ps/api/v1/public/plans/{plan_id}).",
            host: .ps, routes: [Route("PATCH", "/ps/api/v1/public/plans/{plan_id}")],
            params: [Param.path("plan_id", "The plan to change."), Param("plan_name", Schema.string), Param("plan_description", Schema.string)]
                + planAmounts + [
                    Param("trial_period_in_days", Schema.integer), Param("end_date", Schema.string("ISO-8601 UTC.")),
                    Param("merchant_metadata", Schema.stringMap("Your own key/value strings.")),
                ],
            passesThroughParams: true, result: "plan", answer: Schema.ref("Plan"), retry: .notSentOnly),
        PluralOperation(
            "deletePlan", tag: "plans",
            summary: "Delete a plan (DELETE /ps/api/v1/public/plans/{plan_id}). Answers {} when Plural sends no body.",
            host: .ps, routes: [Route("DELETE", "/ps/api/v1/public/plans/{plan_id}")],
            params: [Param.path("plan_id", "The plan to delete.")],
            result: "deleted", answer: Schema.anyObject, retry: .notSentOnly),
    ]
}
