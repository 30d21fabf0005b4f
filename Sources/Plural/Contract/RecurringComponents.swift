import Support

/// The shapes of the recurring-billing areas (customers, card tokens, plans, subscriptions, presentations),
/// from Plural's official definition. Statuses are open sets, as everywhere in answers.
extension Components {
    public static let customerStatuses = ["INACTIVE", "ACTIVE", "SUSPENDED", "DELETED"]
    public static let tokenStatuses = ["INITIATED", "ACTIVE", "SUSPENDED", "FAILED", "DEACTIVATED"]
    public static let planStatuses = ["ACTIVE", "INACTIVE", "CREATED"]
    public static let planFrequencies = ["Day", "Week", "Month", "Year", "Bi-Monthly", "Quarterly", "Half-Yearly", "AS", "OT", "Not Applicable"]
    public static let subscriptionStatuses = ["CREATED", "TRIAL", "ACTIVE", "PAUSED", "RESUMING", "RESUMED", "DEBIT_FAILED", "UPDATING",
                                              "COMPLETED", "EXPIRED", "CANCELLED", "CANCELLING", "HALTED", "INACTIVE"]
    public static let subscriptionPaymentMethods = ["CARD", "UPI", "POINTS", "NETBANKING", "WALLET"]
    public static let presentationStatuses = ["CREATED", "PENDING", "COMPLETED", "FAILED", "CANCELLED", "PAUSED", "PARTIALLY_REFUNDED",
                                              "REFUNDED", "INITIATED", "WAITING_FOR_EXECUTION", "NOTIFIED", "PDN_FAILED"]
    public static let preDebitNotificationStatuses = ["CREATED", "INITIATED", "NOTIFIED", "FAILED", "CANCELLED", "PAUSED", "PDN_FAILED"]

    static let time = Schema.string("ISO-8601 date-time (UTC).")

    static let customerRecord = Schema.object([
        "customer_id": Schema.string("Plural's customer id."),
        "merchant_customer_reference": Schema.reference("Your reference for the customer."),
        "first_name": Schema.string, "last_name": Schema.string, "country_code": Schema.string, "mobile_number": Schema.string,
        "email_id": Schema.string, "billing_address": Schema.ref("Address"), "shipping_address": Schema.ref("Address"),
        "gstin": Schema.string, "merchant_metadata": Schema.stringMap("Your own key/value strings."),
        "status": Schema.openEnumeration(customerStatuses, "Customer status."),
        "created_at": time, "updated_at": time,
    ], required: ["customer_id"], description: "A saved customer, as Plural returns it.")

    static let cardData = Schema.object([
        "last4_digit": Schema.string, "card_type": Schema.openEnumeration(["CREDIT", "DEBIT"], "Card type."),
        "network_name": Schema.string, "issuer_name": Schema.string, "card_category": Schema.string, "country_code": Schema.string,
        "international": Schema.boolean, "emi": Schema.boolean,
    ], description: "What Plural tells about a tokenised card (never its number). Its cvv_required flag reaches you redacted: the redactor masks every member named like a CVV.")

    static let cardToken = Schema.object([
        "token_id": Schema.string("Plural's token id."), "customer_id": Schema.string,
        "merchant_token_reference": Schema.reference("Your reference for the token."),
        "status": Schema.openEnumeration(tokenStatuses, "Token status."),
        "payment_method": Schema.openEnumeration(["CARD", "UPI", "POINTS"], "Payment method."),
        "service_provider_token_id": Schema.string, "card_data": Schema.ref("CardData"),
        "expired_at": time, "status_reason": Schema.string, "merchant_metadata": Schema.stringMap("Your own key/value strings."),
        "is_compliant": Schema.boolean, "created_at": time, "updated_at": time,
    ], required: ["token_id"], description: "A saved card token.")


    static let plan = Schema.object([
        "plan_id": Schema.string("Plural's plan id."),
        "status": Schema.openEnumeration(planStatuses, "Plan status."),
        "plan_name": Schema.string, "plan_description": Schema.string,
        "frequency": Schema.openEnumeration(planFrequencies, "How often the plan debits."),
        "amount": Schema.ref("ReportedAmount"), "max_limit_amount": Schema.ref("ReportedAmount"),
        "initial_debit_amount": Schema.ref("ReportedAmount"), "trial_period_in_days": Schema.integer,
        "start_date": time, "end_date": time, "merchant_metadata": Schema.stringMap("Your own key/value strings."),
        "merchant_plan_reference": Schema.reference("Your reference for the plan."), "auto_debit_ot": Schema.string,
        "created_at": time, "modified_at": time,
    ], required: ["plan_id"], description: "A subscription plan.")

    static let subscription = Schema.object([
        "subscription_id": Schema.string("Plural's subscription id."),
        "merchant_subscription_reference": Schema.reference("Your reference for the subscription."),
        "order_id": Schema.string("The order of the mandate's first authorisation."),
        "redirect_url": Schema.string("Where the customer authorises the mandate (on create)."),
        "callback_url": Schema.string, "failure_callback_url": Schema.string,
        "status": Schema.openEnumeration(subscriptionStatuses, "Subscription status."),
        "plan_details": Schema.ref("Plan"), "quantity": Schema.integer, "start_date": time, "end_date": time,
        "customer_id": Schema.string, "payment_mode": Schema.openEnumeration(["CARD", "UPI"], "The mandate's instrument."),
        "allowed_payment_methods": Schema.array(Schema.string),
        "integration_mode": Schema.openEnumeration(["SEAMLESS", "REDIRECT"], "How the mandate is authorised."),
        "enable_notification": Schema.boolean, "merchant_metadata": Schema.stringMap("Your own key/value strings."),
        "is_tpv_enabled": Schema.boolean, "bank_account": Schema.ref("BankAccount"),
        "order_amount": Schema.ref("ReportedAmount"), "created_at": time, "modified_at": time,
    ], required: ["subscription_id"], description: "A subscription: a customer's mandate on a plan.")

    static let bankAccount = Schema.object(["account_number": Schema.string, "name": Schema.string, "ifsc": Schema.string],
                                           description: "The account a TPV mandate must debit.")

    static let presentation = Schema.object([
        "presentation_id": Schema.string("Plural's presentation id."), "subscription_id": Schema.string,
        "merchant_presentation_reference": Schema.reference("Your reference for this debit."),
        "due_date": time, "amount": Schema.ref("ReportedAmount"),
        "status": Schema.openEnumeration(presentationStatuses, "Presentation (debit) status."),
        "pdn_status": Schema.openEnumeration(preDebitNotificationStatuses, "Pre-debit notification status."),
        "failure_count": Schema.integer("Failed debit attempts so far."), "order_id": Schema.string("The order of the debit, once executed."),
        "created_at": time, "updated_at": time,
    ], required: ["presentation_id"], description: "A presentation: one scheduled debit of a subscription.")

    static let recurring: [JSONObject.Member] = [
        .init(key: "CustomerRecord", value: customerRecord), .init(key: "CardData", value: cardData),
        .init(key: "CardToken", value: cardToken), .init(key: "Plan", value: plan), .init(key: "BankAccount", value: bankAccount),
        .init(key: "Subscription", value: subscription), .init(key: "Presentation", value: presentation),
    ]

    /// A list answer: `key` holds the items (each `item`), with Plural's page and links.
    static func list(_ key: String, of item: String) -> JSONValue {
        Schema.object([
            key: Schema.array(Schema.ref(item)), "links": Schema.anyObject,
            "page": Schema.object(["size": Schema.integer, "total_elements": Schema.integer, "total_pages": Schema.integer, "number": Schema.integer]),
        ])
    }
}
