import Support

/// The shapes of the payment extras (native OTP, card lookup, Apple Pay) and of the affordability (EMI) suite,
/// from Plural's official definition. Amounts are integer paise; a rate (`interest_rate_percentage`,
/// `conversion_rate`) is a plain number.
extension Components {
    public static let issuerTypes = ["CC_BANK", "DC_BANK", "CARDLESS_BANK", "CC_NBFC", "DC_NBFC", "CARDLESS_NBFC", "NTB", "NTB_BANK", "NTB_NBFC"]
    public static let emiTypes = ["LOW_COST", "NO_COST", "STANDARD"]
    public static let otpNextSteps = ["SUBMIT_OTP", "RESEND_OTP", "NONE"]

    static let number: JSONValue = ["type": "number"]

    /// One EMI plan of an issuer, as offer discovery returns it. Passed back whole (in `offer_data`) to validate
    /// the offer and to pay with it.
    static let emiTenure = Schema.object([
        "tenure_id": Schema.string("The plan's id within the issuer's offer."), "name": Schema.string("e.g. 6 Months."),
        "tenure_type": Schema.openEnumeration(["MONTH"], "The unit of tenure_value."), "tenure_value": Schema.integer("Number of instalments."),
        "issuer_offer_parameters": Schema.array(Schema.object(["program_type": Schema.string, "offer_id": Schema.string, "offer_parameter_id": Schema.string])),
        "details": Schema.array(Schema.anyObject), "discount": Schema.anyObject,
        "auth_amount": Schema.ref("ReportedAmount"), "loan_amount": Schema.ref("ReportedAmount"),
        "total_discount_amount": Schema.ref("ReportedAmount"), "net_payment_amount": Schema.ref("ReportedAmount"),
        "monthly_emi_amount": Schema.ref("ReportedAmount"), "total_emi_amount": Schema.ref("ReportedAmount"),
        "interest_amount": Schema.ref("ReportedAmount"), "total_subvention_amount": Schema.ref("ReportedAmount"),
        "interest_rate_percentage": number, "processing_fee_amount": Schema.ref("ReportedAmount"),
        "processing_fee_details": Schema.object(["percentage": number, "amount": Schema.ref("ReportedAmount")]),
        "convenience_fee_breakdown": Schema.anyObject, "cart_coupon_discount_amount": Schema.ref("ReportedAmount"),
        "total_coupon_discount": Schema.ref("ReportedAmount"), "total_down_payment_amount": Schema.ref("ReportedAmount"),
        "downpayment_details": Schema.object(["downpayment_amount": Schema.ref("ReportedAmount")]),
        "split_emi_display_name": Schema.string, "split_emi_amount": Schema.ref("ReportedAmount"), "split_emi_percentage": number,
        "emi_type": Schema.openEnumeration(emiTypes, "Who pays the interest: STANDARD (the customer), NO_COST or LOW_COST (subvented)."),
    ], description: "An EMI plan: tenure, instalment, interest, subvention, all amounts in integer paise.")

    static let emiOffer = Schema.object([
        "id": Schema.string("The issuer's offer id."), "name": Schema.string, "display_name": Schema.string,
        "issuer_type": Schema.openEnumeration(issuerTypes, "Bank or NBFC, credit, debit or cardless."),
        "priority": Schema.integer, "tenures": Schema.array(Schema.ref("EmiTenure")),
        "issuer_data": Schema.object([
            "otp_length": Schema.integer, "otp_time_in_sec": Schema.integer, "otp_retry_count": Schema.integer,
            "is_consent_page_required": Schema.boolean, "consent_data": Schema.string, "terms_and_conditions": Schema.string,
            "show_key_fact_statement": Schema.boolean, "auth_type": Schema.openEnumeration(["PENNY_DROP", "OTP"], "How the loan is authorised."),
            "penny_transaction_amount": Schema.ref("ReportedAmount"), "is_tokenized_transaction_supported": Schema.boolean,
            "pan_number_last_digit_count": Schema.integer, "offer_validation_parameters_required": Schema.string,
        ]),
    ], description: "One issuer's EMI offer with its plans.")

    static let offerDiscovery = Schema.object(["issuers": Schema.array(Schema.ref("EmiOffer"))],
                                              description: "The EMI offers for an amount, by issuer.")

    /// The offer chosen, as `validateOffer` and `createPayment` take it: one issuer offer from
    /// discovery with the one tenure chosen. Priority is a number in discovery's answer and a string in the
    /// definition's request types; both are taken.
    static let offerData = Schema.object([
        "offer_details": Schema.object([
            "id": Schema.string("The issuer offer's id, from offer discovery."), "name": Schema.string, "display_name": Schema.string,
            "issuer_type": Schema.string("From offer discovery, e.g. CC_BANK."), "priority": ["type": ["string", "integer"]],
            "tenure": Schema.object([
                "tenure_id": Schema.string("The plan chosen, from offer discovery."), "name": Schema.string, "tenure_type": Schema.string,
                "tenure_value": Schema.integer, "interest_rate_percentage": number, "emi_type": Schema.string,
                "loan_amount": Schema.ref("ReportedAmount"), "monthly_emi_amount": Schema.ref("ReportedAmount"),
                "total_emi_amount": Schema.ref("ReportedAmount"), "interest_amount": Schema.ref("ReportedAmount"),
            ], required: ["tenure_id", "name", "tenure_type"], description: "The tenure chosen, as offer discovery returned it (whole)."),
        ], required: ["id", "name", "issuer_type", "priority"]),
    ], required: ["offer_details"], description: "The EMI offer chosen from offer discovery (the issuer offer, with the tenure chosen).")

    static let productDetail = Schema.object([
        "product_code": Schema.string("Your product code (brand EMI offers are per product)."), "product_amount": Schema.ref("Amount"),
        "product_coupon_discount_amount": Schema.ref("Amount"), "product_name": Schema.string, "product_quantity": Schema.integer,
    ], required: ["product_code"])

    static let paymentExtras: [JSONObject.Member] = [
        .init(key: "EmiTenure", value: emiTenure), .init(key: "EmiOffer", value: emiOffer),
        .init(key: "OfferDiscovery", value: offerDiscovery), .init(key: "OfferData", value: offerData),
        .init(key: "ProductDetail", value: productDetail),
    ]
}
