import Support

/// Subscriptions (`/ps/api/v1/public/subscriptions…`): a customer's mandate on a plan, and its life — pause,
/// resume, cancel. Creating one promises money (the mandate), so it is keyed and journalled.
extension PluralOperation {
    static func subscriptionAction(_ name: String, _ verb: String, _ summary: String) -> PluralOperation {
        PluralOperation(
            name, tag: "subscriptions", summary: "\(summary) (POST /ps/api/v1/public/subscriptions/{subscription_id}/\(verb)).",
            host: .ps, routes: [Route("POST", "/ps/api/v1/public/subscriptions/{subscription_id}/\(verb)")],
            params: [Param.path("subscription_id", "The subscription.")],
            result: "subscription", answer: Schema.ref("Subscription"), retry: .notSentOnly)
    }

    static let subscriptions: [PluralOperation] = [
        PluralOperation(
            "listSubscriptions", tag: "subscriptions",
            summary: "Your subscriptions, filtered and paged (GET /ps/api/v1/public/subscriptions).",
            host: .ps, routes: [Route("GET", "/ps/api/v1/public/subscriptions")],
            params: listFilters + [Param("status", Schema.string("Only this status."))], query: listFilters.map(\.name) + ["status"],
            result: "subscriptions", answer: Components.list("subscriptions", of: "Subscription"), retry: .read),
        PluralOperation(
            "createSubscription", tag: "subscriptions",
            summary: "Subscribe a customer to a plan (POST /ps/api/v1/public/subscriptions); answers where the customer authorises the mandate.",
            host: .ps, routes: [Route("POST", "/ps/api/v1/public/subscriptions")],
            params: [
                Param("merchant_subscription_reference", required: true, Schema.reference("Your unique reference for the subscription.")),
                Param("plan_id", required: true, Schema.string("The plan.")),
                Param("customer_id", required: true, Schema.string("The customer (createCustomer).")),
                Param("start_date", required: true, Schema.string("ISO-8601 UTC.")),
                Param("end_date", required: true, Schema.string("ISO-8601 UTC.")),
                Param("integration_mode", required: true, Schema.enumeration(["SEAMLESS", "REDIRECT"], "How the mandate is authorised.")),
                Param("allowed_payment_methods", Schema.array(Schema.enumeration(Components.subscriptionPaymentMethods, "A payment method."))),
                Param("enable_notification", Schema.boolean("Plural notifies the customer of each debit.")),
                Param("merchant_metadata", Schema.stringMap("Your own key/value strings.")),
                Param("is_tpv_enabled", Schema.boolean("Third-party validation: only bank_account may pay.")),
                Param("bank_account", Schema.ref("BankAccount")),
                Param("callback_url", Schema.string("Return URL after the mandate is authorised.", maxLength: 2048)),
                Param("failure_callback_url", Schema.string("Return URL after it fails.", maxLength: 2048)),
            ],
            passesThroughParams: true, result: "subscription", answer: Schema.ref("Subscription"), retry: .notSentOnly,
            reference: "merchant_subscription_reference", movesMoney: true,
            reconciliation: .read("getSubscription", ["merchant_subscription_reference": "merchant_subscription_reference"],
                                  identifiers: ["merchant_subscription_reference"], shows: { _, _ in true })),
        PluralOperation(
            "getSubscription", tag: "subscriptions",
            summary: "Fetch a subscription by subscription_id, or by merchant_subscription_reference.",
            host: .ps,
            routes: [Route("GET", "/ps/api/v1/public/subscriptions/{subscription_id}"),
                     Route("GET", "/ps/api/v1/public/subscriptions/reference/{merchant_subscription_reference}")],
            params: [
                Param.path("subscription_id", "Plural's subscription id.", required: false),
                Param.path("merchant_subscription_reference", "Your reference for the subscription.", required: false, reference: true),
            ],
            result: "subscription", answer: Schema.ref("Subscription"), retry: .read),
        PluralOperation(
            "updateSubscription", tag: "subscriptions",
            summary: "Move a subscription to another plan or end date (PATCH /ps/api/v1/public/subscriptions/{subscription_id}).",
            host: .ps, routes: [Route("PATCH", "/ps/api/v1/public/subscriptions/{subscription_id}")],
            params: [
                Param.path("subscription_id", "The subscription."),
                Param("new_plan_id", Schema.string("The plan it moves to.")),
                Param("new_end_date", Schema.string("Its new end (ISO-8601 UTC).")),
                Param("reason", required: true, Schema.string("Why (kept with the change).")),
            ],
            passesThroughParams: true, result: "subscription", answer: Schema.ref("Subscription"), retry: .notSentOnly),
        subscriptionAction("cancelSubscription", "cancel", "Cancel a subscription for good: no further debits"),
        subscriptionAction("pauseSubscription", "pause", "Pause an ACTIVE subscription: no debits until resumed"),
        subscriptionAction("resumeSubscription", "resume", "Resume a PAUSED subscription"),
    ]
}
