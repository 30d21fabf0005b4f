import Support

/// Customers (`/api/v1/customer…`): the saved customer that card tokens and subscriptions belong to.
extension PluralOperation {
    static let customerFields: [Param] = [
        Param("merchant_customer_reference", Schema.reference("Your reference for the customer.")),
        Param("first_name", Schema.string), Param("last_name", Schema.string),
        Param("country_code", Schema.string("Dialling code of the mobile number, e.g. 91.")),
        Param("mobile_number", Schema.string), Param("email_id", Schema.string),
        Param("billing_address", Schema.ref("Address")), Param("shipping_address", Schema.ref("Address")),
    ]

    static let customers: [PluralOperation] = [
        PluralOperation(
            "createCustomer", tag: "customers",
            summary: "Save a customer (POST /api/v1/customer): the owner of card tokens and subscriptions.",
            routes: [Route("POST", "/api/v1/customer")],
            params: customerFields + [
                Param("gstin", Schema.string("The customer's GST number.")),
                Param("merchant_metadata", Schema.stringMap("Your own key/value strings, kept with the customer.")),
            ],
            passesThroughParams: true, result: "customer", answer: Schema.ref("CustomerRecord"), retry: .notSentOnly),
        PluralOperation(
            "getCustomer", tag: "customers",
            summary: "Fetch a customer by customer_id, or find one by mobile number and your reference (GET /api/v1/customer).",
            routes: [Route("GET", "/api/v1/customer/{customer_id}"), Route("GET", "/api/v1/customer")],
            params: [
                Param.path("customer_id", "Plural's customer id.", required: false),
                Param("country_code", Schema.string("Without customer_id: the dialling code, e.g. 91.")),
                Param("mobile_number", Schema.string("Without customer_id: the mobile number.")),
                Param("merchant_customer_reference", Schema.reference("Without customer_id: your reference for the customer.")),
            ],
            query: ["country_code", "mobile_number", "merchant_customer_reference"],
            result: "customer", answer: Schema.ref("CustomerRecord"), retry: .read,
            rule: { p throws(ValidationError) in
                // The lookup without an id takes all three (the definition requires each).
                guard !p.has("customer_id") else { return }
                for name in ["country_code", "mobile_number", "merchant_customer_reference"] where !p.has(name) {
                    throw ValidationError(field: name, reason: "is required without customer_id")
                }
            }),
        PluralOperation(
            "updateCustomer", tag: "customers",
            summary: "Change a customer's details or status (PATCH /api/v1/customer/{customer_id}).",
            routes: [Route("PATCH", "/api/v1/customer/{customer_id}")],
            params: [Param.path("customer_id", "The customer to change.")] + customerFields + [
                Param("status", Schema.enumeration(Components.customerStatuses, "The customer's new status.")),
            ],
            passesThroughParams: true, result: "customer", answer: Schema.ref("CustomerRecord"), retry: .notSentOnly),
    ]
}
