import Support

/// The legacy v1/v2 APIs: signed with the merchant secret (base64 + `X-VERIFY`, or `ppc_DIA_SECRET` form
/// fields), no OAuth token. They are in no official definition; the seeds are their source. Each is sent
/// by its own function in `Legacy/`; the answer is checked against the schema declared here.
extension PluralOperation {
    /// The `ppc_` answer of inquiry and legacyRefund, verified, with the plain verdict added.
    static let ppcAnswer = Schema.object([
        "ppc_PinePGTxnStatus": Schema.string, "ppc_TxnResponseCode": Schema.string, "ppc_TxnResponseMessage": Schema.string,
        "ppc_UniqueMerchantTxnID": Schema.string, "ppc_PinePGTransactionID": Schema.string, "ppc_Amount": Schema.string,
        "ppc_CapturedAmount": Schema.string, "ppc_RefundedAmount": Schema.string, "ppc_Parent_TxnStatus": Schema.string,
        "ppc_ParentTxnResponseCode": Schema.string, "ppc_DIA_SECRET": Schema.string,
        "outcome": Schema.enumeration(["success", "failed", "pending", "unknown"], "This transaction's state by Plural's status table."),
        "payment_succeeded": ["type": "boolean", "description": "True only when the purchase is status 4 with response code 1 (directly or as the parent)."],
    ], required: ["outcome", "payment_succeeded"], description: "Every ppc_ field as the gateway sent it; ppc_DIA_SECRET has been verified.")

    static let legacy: [PluralOperation] = [
        PluralOperation(
            "acceptPayment", tag: "legacy",
            summary: "v2 hosted checkout: sign and send the payment JSON (base64 + X-VERIFY); answers the token and redirect_url.",
            host: .pg, routes: [Route("POST", "/api/v2/accept/payment")],
            params: [
                Param("merchant_data", required: true, Schema.object([
                    "merchant_id": Schema.integer("Defaults to PLURAL_MERCHANT_ID."),
                    "merchant_access_code": Schema.string("Defaults to PLURAL_ACCESS_CODE."),
                    "unique_merchant_txn_id": Schema.string("Your unique transaction id."),
                    "merchant_return_url": Schema.string("Where the customer returns (whitelisted)."),
                ], required: ["unique_merchant_txn_id", "merchant_return_url"])),
                Param("payment_data", required: true, Schema.object(["amount_in_paisa": Schema.paise()], required: ["amount_in_paisa"])),
                Param("txn_data", required: true, Schema.object([
                    "navigation_mode": Schema.oneOf([Schema.string, Schema.integer], description: "2 redirect, 7 seamless."),
                    "payment_mode": Schema.string("Comma-separated modes, e.g. 1,3,4,10."),
                    "transaction_type": Schema.oneOf([Schema.string, Schema.integer], description: "1 purchase."),
                    "time_stamp": Schema.integer,
                ], required: ["navigation_mode", "payment_mode", "transaction_type"])),
                Param("customer_data", Schema.anyObject),
                Param("udf_data", Schema.anyObject),
                Param("product_details", Schema.array(Schema.object(["product_code": Schema.string,
                                                                     "product_amount": Schema.oneOf([Schema.paise(), Schema.string("Paise as digits.", pattern: "^[1-9][0-9]*$")])],
                                                                    required: ["product_code", "product_amount"])),
                      "Their product_amount values must add up to amount_in_paisa."),
            ],
            passesThroughParams: true, result: "checkout",
            answer: Schema.object(["token": Schema.string, "redirect_url": Schema.string, "response_code": Schema.integer,
                                           "response_message": Schema.string], required: ["token", "response_code"]),
            retry: .notSentOnly, reference: "merchant_data.unique_merchant_txn_id", movesMoney: true, sender: { try await $0.acceptPayment($1) }),
        PluralOperation(
            "processPayment", tag: "legacy",
            summary: "v2 seamless checkout: pay the acceptPayment token with card, netbanking, UPI or wallet data; kind says which answer form came back.",
            host: .pg, routes: [Route("POST", "/api/v2/process/payment")],
            params: [
                Param("token", required: true, Schema.string("The token from acceptPayment (as returned; it is URL-encoded once).")),
                Param("card_data", Schema.object(["card_number": Schema.string("12 to 19 digits; never logged or returned.", pattern: "^[0-9]{12,19}$"),
                                                  "card_expiry_year": Schema.string("YYYY", pattern: "^[0-9]{4}$"),
                                                  "card_expiry_month": Schema.string("MM", pattern: "^(0[1-9]|1[0-2])$"), "card_holder_name": Schema.string,
                                                  "cvv": Schema.string("3 or 4 digits.", pattern: "^[0-9]{3,4}$")],
                                                 required: ["card_number", "card_expiry_year", "card_expiry_month", "card_holder_name", "cvv"])),
                Param("netbanking_data", Schema.object(["pay_code": Schema.string], required: ["pay_code"])),
                Param("upi_data", Schema.object(["vpa": Schema.string, "upi_option": Schema.string("UPI, or the intent/collect option name.")])),
                Param("wallet_data", Schema.anyObject),
                Param("customer_data", Schema.anyObject),
            ],
            passesThroughParams: true, result: "answer",
            answer: Schema.object([
                "kind": Schema.enumeration(["redirect", "upi_intent", "acknowledged"], "Which form the gateway answered with."),
                "response_code": Schema.integer, "response_message": Schema.string, "redirect_url": Schema.string,
                "deep_link": Schema.string, "short_link": Schema.string, "pine_pg_transaction_id": Schema.integer, "pg_upi_unique_request_id": Schema.string,
            ], required: ["kind", "response_code"]),
            retry: .notSentOnly, movesMoney: true, sender: { try await $0.processPayment($1) }),
        PluralOperation(
            "inquiry", tag: "legacy",
            summary: "v2 payment status (ppc_TransactionType 3); the answer's ppc_DIA_SECRET is verified before it is returned.",
            host: .pg, routes: [Route("POST", "/api/PG/V2")],
            params: [
                Param("unique_merchant_txn_id", required: true, Schema.string)
            ],
            passesThroughParams: false, result: "status",
            answer: ppcAnswer,
            retry: .read, sender: { try await $0.inquiry($1) }),
        PluralOperation(
            "legacyRefund", tag: "legacy",
            summary: "Refund a v2 payment (ppc_TransactionType 10); the answer is verified. Not retried once sent.",
            host: .pg, routes: [Route("POST", "/api/PG/V2")],
            params: [
                Param("unique_merchant_txn_id", required: true, Schema.string),
                Param("pine_pg_transaction_id", required: true, Schema.oneOf([Schema.string, Schema.integer])),
                Param("amount", required: true, Schema.paise("Amount to refund in paise.")),
            ],
            passesThroughParams: false, result: "refund",
            answer: ppcAnswer,
            retry: .notSentOnly, movesMoney: true,
            // Taken effect when the refunded total has grown by the amount since the read before the refund.
            reconciliation: Reconciliation(identifiers: ["unique_merchant_txn_id", "amount"]) { gateway, ids, _ in
                guard let txn = ids["unique_merchant_txn_id"], let before = ids["refunded_before"]?.numberValue?.int64,
                      let amount = ids["amount"]?.numberValue?.int64 else { return .cannotTell }
                return await Reconciliation.readEffect(gateway, "inquiry", ["unique_merchant_txn_id": txn]) { answer in
                    LegacyStatus.paise(answer["ppc_RefundedAmount"]) >= before + amount
                }
            },
            refundLimit: RefundLimit(
                parent: { p in p["unique_merchant_txn_id"]?.stringValue.map { "legacy:" + $0 } },
                requested: { $0["amount"]?.numberValue?.int64 },
                read: { gateway, p in
                    let answer = try await gateway.inquiry(["unique_merchant_txn_id": p["unique_merchant_txn_id"] ?? .null])
                    var captured = LegacyStatus.paise(answer["ppc_CapturedAmount"])
                    if captured == 0, answer["payment_succeeded"]?.boolValue == true { captured = LegacyStatus.paise(answer["ppc_Amount"]) }
                    let refunded = LegacyStatus.paise(answer["ppc_RefundedAmount"])
                    return RefundLimit.Reading(captured: captured, refunded: refunded, ids: ["refunded_before": .number(JSONNumber(refunded))])
                }),
            sender: { try await $0.legacyRefund($1) }),
        PluralOperation(
            "createOrderToken", tag: "legacy",
            summary: "v1 order token (POST /api/v1/order/create/1, base64 + X-VERIFY); refusals such as 1160 and 1130 answer -32001 with error_code.",
            host: .orderToken, routes: [Route("POST", "/api/v1/order/create/1")],
            params: [
                Param("merchant_data", required: true, Schema.object([
                    "merchant_id": Schema.string("Defaults to PLURAL_MERCHANT_ID."), "merchant_access_code": Schema.string("Defaults to PLURAL_ACCESS_CODE."),
                    "merchant_return_url": Schema.string, "merchant_order_id": Schema.string("Your unique order id."),
                ], required: ["merchant_return_url", "merchant_order_id"])),
                Param("payment_info_data", required: true, Schema.object(["amount": Schema.paise(), "currency_code": Schema.string, "order_desc": Schema.string],
                                                                         required: ["amount", "currency_code"])),
                Param("customer_data", required: true, Schema.object(["country_code": Schema.string, "mobile_number": Schema.string, "email_id": Schema.string],
                                                                     required: ["country_code", "mobile_number", "email_id"])),
                Param("billing_address_data", Schema.anyObject),
                Param("shipping_address_data", Schema.anyObject),
                Param("product_info_data", Schema.anyObject),
                Param("additional_info_data", Schema.anyObject),
                Param("subscription_data", Schema.anyObject),
                Param("payment_category_type", Schema.string),
            ],
            passesThroughParams: true, result: "order_token",
            answer: Schema.object(["token": Schema.string, "plural_order_id": Schema.oneOf([Schema.string, Schema.integer])],
                                          required: ["token", "plural_order_id"]),
            retry: .notSentOnly, reference: "merchant_data.merchant_order_id", movesMoney: true, sender: { try await $0.createOrderToken($1) }),
    ]
}
