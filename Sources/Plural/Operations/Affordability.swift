import Support

/// The affordability suite (`/api/affordability/v1/…`): the EMI offers for an amount (by card, cardless), the
/// down payment a brand-EMI order may take, the check of the offer chosen before paying with it, and the IMEI
/// block of a brand-EMI device. Discovery and validation only read, and are retried like reads.
extension PluralOperation {
    /// What every offer request describes first: the order being financed.
    static let financedOrder: [Param] = [
        Param("order_amount", Schema.ref("Amount"), "The order's amount to finance, in integer paise."),
        Param("product_details", Schema.array(Schema.ref("ProductDetail")), "The products, for brand EMI offers."),
        Param("cart_coupon_discount_amount", Schema.ref("Amount")),
    ]

    static let affordability: [PluralOperation] = [
        PluralOperation(
            "discoverOffers", tag: "affordability-suite",
            summary: "The EMI offers (issuers, tenures, instalments, interest) for an amount (POST /api/affordability/v1/offer/discovery).",
            description: "To pay with one, pass its issuer offer with the tenure chosen (`tenures[i]` as `tenure`) as offer_data to validateOffer and createPayment (CREDIT_EMI, DEBIT_EMI).",
            routes: [Route("POST", "/api/affordability/v1/offer/discovery")],
            params: financedOrder + [
                Param("issuer", Schema.object([
                    "bin": Schema.string("The card's first 6 to 11 digits: that issuer's offers only.", pattern: "^[0-9]{6,11}$"),
                    "id": Schema.string("An issuer's id: its offers only."), "name": Schema.string,
                    "issuer_type": Schema.enumeration(Components.issuerTypes, "Only issuers of this type."),
                ])),
                Param("downpayment_details", Schema.object(["downpayment_amount": Schema.ref("Amount")])),
                Param("payment_options", Schema.object([
                    "card_details": Schema.object(["card_number": Schema.string("Never logged or returned.", pattern: "^[0-9]{12,19}$")]),
                    "card_token_details": Schema.object(["token": Schema.string, "token_id": Schema.string]),
                ]), "The card (or saved card) the customer will pay with: its issuer's offers only."),
                Param("customer_details", Schema.object(["customer_id": Schema.string])),
            ],
            passesThroughParams: true, result: "offers", answer: Schema.ref("OfferDiscovery"), retry: .read),
        PluralOperation(
            "discoverCardlessOffers", tag: "affordability-suite",
            summary: "The cardless EMI offers a customer is eligible for, by PAN and mobile number (POST /api/affordability/v1/offer/discovery/cardless).",
            routes: [Route("POST", "/api/affordability/v1/offer/discovery/cardless")],
            params: financedOrder + [
                Param("payment_option", Schema.object(["cardless_details": Schema.object([
                    "pan_number": Schema.string("The customer's PAN (tax id); never logged."),
                    "registered_mobile_number": Schema.string("The mobile number registered with the lender."),
                ], required: ["pan_number", "registered_mobile_number"])], required: ["cardless_details"])),
            ],
            passesThroughParams: true, result: "offers", answer: Schema.ref("OfferDiscovery"), retry: .read),
        PluralOperation(
            "getDownpaymentDetails", tag: "affordability-suite",
            summary: "The down payment range and the methods it may be paid by, for an EMI order (POST /api/affordability/v1/offer/downpayment/details).",
            routes: [Route("POST", "/api/affordability/v1/offer/downpayment/details")],
            params: financedOrder + [
                Param("issuer", Schema.object(["bin": Schema.string("The card's first digits.", pattern: "^[0-9]{6,11}$")])),
            ],
            passesThroughParams: true, result: "downpayment",
            answer: Schema.object(["downpayment_details": Schema.object([
                "amount_range": Schema.object(["min": Schema.ref("ReportedAmount"), "max": Schema.ref("ReportedAmount")]),
                "amount_milestone_list": Schema.array(Schema.ref("ReportedAmount")),
                "allowed_payment_methods": Schema.array(Schema.openEnumeration(["CARD", "UPI", "POINTS", "NETBANKING", "WALLET"], "A method the down payment may use.")),
            ])]),
            retry: .read),
        PluralOperation(
            "validateOffer", tag: "affordability-suite",
            summary: "Check an EMI offer from discovery against the amount and instrument before paying with it (POST /api/affordability/v1/offer/validate).",
            description: "Plural refuses an offer it did not make for this amount (-32001). The amounts are integer paise; they go to Plural as digit strings, as its definition types them.",
            routes: [Route("POST", "/api/affordability/v1/offer/validate")],
            params: [
                Param("payment_method", required: true, Schema.enumeration(["CREDIT_EMI", "DEBIT_EMI", "CARDLESS_EMI"], "The EMI method the offer is for.")),
                Param("order_amount", Schema.ref("Amount")),
                Param("payment_amount", Schema.ref("Amount")),
                Param("payment_option", Schema.object([
                    "card_details": Schema.object(["card_number": Schema.string("Never logged or returned.", pattern: "^[0-9]{12,19}$"),
                                                   "registered_mobile_number": Schema.string], required: ["card_number"]),
                    "cardless_details": Schema.object(["pan_number": Schema.string("The customer's PAN (tax id)."), "registered_mobile_number": Schema.string],
                                                      required: ["pan_number", "registered_mobile_number"]),
                    "card_token_details": Schema.object(["token": Schema.string, "token_txn_type": Schema.string, "token_id": Schema.string, "last4_digit": Schema.string]),
                ])),
                Param("offer_data", Schema.ref("OfferData"), "The offer chosen, from discoverOffers or discoverCardlessOffers."),
                Param("customer_details", Schema.object(["customer_id": Schema.string])),
            ],
            passesThroughParams: true, result: "validation",
            answer: Schema.object(["code": Schema.string("e.g. SUCCESS."), "message": Schema.string]), retry: .read,
            rule: { p throws(ValidationError) in
                if let card = try p.optionalObject("payment_option")?.optionalObject("card_details") { try CardCheck.validate(card) }
            },
            amountsAsText: ["order_amount", "payment_amount"]),
        PluralOperation(
            "validateImei", tag: "affordability-suite",
            summary: "Block (or release) a brand-EMI device's IMEI against an order (POST /api/affordability/v1/product/{order_id}/imei). Answers {} when Plural sends no body.",
            routes: [Route("POST", "/api/affordability/v1/product/{order_id}/imei")],
            params: [
                Param.path("order_id", "The EMI order the device is sold under."),
                Param("merchant_product_imei_reference", required: true, Schema.reference("Your reference for this request.")),
                Param("request_type", required: true, Schema.enumeration(["BLOCKING", "UNBLOCKED"], "BLOCKING to block the IMEI for this order, UNBLOCKED to release it.")),
                Param("products", Schema.array(Schema.object([
                    "product_code": Schema.string, "dealer_code": Schema.string, "state_code": Schema.string,
                    "product_imei": Schema.string("The device's IMEI or serial number."),
                ]))),
            ],
            result: "imei", answer: Schema.anyObject, retry: .notSentOnly),
    ]
}
