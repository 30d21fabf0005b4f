import Support

/// Card payments beyond creating one: Plural's native OTP (the customer types the bank's OTP on your page
/// instead of being sent to the bank), the card lookup before paying, and the decoupled (Apple Pay)
/// authorisation of a payment already created. The OTP and the card number are never logged or echoed.
extension PluralOperation {
    static let paymentID = Param("payment_id", required: true, Schema.string("Plural's payment id (from createPayment: the order's payments[].id).", maxLength: 100))

    static let otpAnswer = Schema.object([
        "status": Schema.string("SUCCESS when an OTP was sent; after submitOtp, the payment's status (AUTHORIZED, PROCESSED)."),
        "next": Schema.array(Schema.openEnumeration(Components.otpNextSteps, "What may be called next.")),
        "meta_data": Schema.object(["resend_after": Schema.string("When resendOtp may be called (ISO-8601 UTC).")]),
    ])

    static let cardPayments: [PluralOperation] = [
        PluralOperation(
            "generateOtp", tag: "card-payments",
            summary: "Send the customer the bank's OTP for a PENDING card payment, for native OTP entry (POST /api/pay/v1/otp/generate).",
            routes: [Route("POST", "/api/pay/v1/otp/generate")],
            params: [paymentID],
            result: "otp", answer: otpAnswer, retry: .notSentOnly),
        PluralOperation(
            "submitOtp", tag: "card-payments",
            summary: "Submit the OTP the customer typed (POST /api/pay/v1/otp/submit); the right one completes the payment.",
            description: """
            Not retried once sent: a wrong OTP counts against the bank's attempts. A lost answer is settled with \
            getOrder (the payment is AUTHORIZED or PROCESSED once the OTP was accepted). The OTP is never logged.
            """,
            routes: [Route("POST", "/api/pay/v1/otp/submit")],
            params: [paymentID, Param("otp", required: true, Schema.string("The OTP the customer received; never logged.", maxLength: 12, pattern: "^[0-9]{4,12}$"))],
            result: "otp", answer: otpAnswer, retry: .notSentOnly),
        PluralOperation(
            "resendOtp", tag: "card-payments",
            summary: "Send the OTP again (POST /api/pay/v1/otp/resend); the bank allows a few resends per payment.",
            routes: [Route("POST", "/api/pay/v1/otp/resend")],
            params: [paymentID],
            result: "otp", answer: otpAnswer, retry: .notSentOnly),
        PluralOperation(
            "getCardDetails", tag: "card-payments",
            summary: "Look up a card before paying: network, issuer, type, international, native OTP support (POST /api/pay/v1/getCardDetails).",
            description: "The card number goes to Plural and nowhere else: never logged, never in the result (which names the card, not its number).",
            routes: [Route("POST", "/api/pay/v1/getCardDetails")],
            params: [
                Param("card_details", required: true, Schema.array(Schema.object([
                    "payment_identifier": Schema.string("The card number (CARD), or the token for a token transaction; never logged or returned.", maxLength: 64),
                    "payment_reference_type": Schema.enumeration(["CARD", "ALT_TOKEN_TXN", "NETWORK_TOKEN_TXN", "ISSUER_TOKEN_TXN"], "What payment_identifier holds."),
                ], required: ["payment_identifier", "payment_reference_type"]), minItems: 1)),
                Param("amount", Schema.string("The amount to pay, integer paise as a digit string (the definition types it as a string).", maxLength: 16, pattern: "^[1-9][0-9]{0,15}$")),
            ],
            result: "card_details",
            answer: Schema.object(["card_payment_details": Schema.array(Schema.object([
                "card_network": Schema.string, "card_issuer": Schema.string, "card_type": Schema.string, "card_category": Schema.string,
                "is_international_card": Schema.boolean, "is_native_otp_supported": Schema.boolean, "country_code": Schema.string,
                "currency": Schema.string, "is_currency_supported": Schema.boolean,
            ]))]),
            retry: .read,
            rule: { p throws(ValidationError) in
                for card in try p.objects("card_details") where try card.enumeration("payment_reference_type", ["CARD", "ALT_TOKEN_TXN", "NETWORK_TOKEN_TXN", "ISSUER_TOKEN_TXN"]) == "CARD" {
                    let number = try card.string("payment_identifier", maxLength: 64)
                    guard (12...19).contains(number.utf8.count), number.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else {
                        throw ValidationError(field: card.field("payment_identifier"), reason: "must be a card number of 12 to 19 digits, without spaces or dashes")
                    }
                    guard Redactor.luhn(Array(number.utf8)) else { throw ValidationError(field: card.field("payment_identifier"), reason: "fails the Luhn check") }
                }
            }),
        PluralOperation(
            "authorizePayment", tag: "apple-pay",
            summary: "Authorise a PENDING payment with card data decrypted from Apple Pay, or after your own 3-D Secure (POST /api/pay/v1/orders/{order_id}/payments/{payments_id}/authorize).",
            description: """
            Moves money: the order becomes AUTHORIZED (pre_auth) or PROCESSED. Keyed by the order and payment ids, so a \
            repeat never authorises twice; a lost answer is settled by getOrder. The decrypted card data is never logged.
            """,
            routes: [Route("POST", "/api/pay/v1/orders/{order_id}/payments/{payments_id}/authorize")],
            params: [
                Param.path("order_id", "The order."),
                Param.path("payments_id", "The payment to authorise (the order's payments[].id)."),
                Param("decrypted_card_details", required: true, Schema.object([
                    "token": Schema.string("The device account number (DPAN) from the decrypted Apple Pay token; never logged."),
                    "expiration_month": Schema.string("MM", pattern: "^(0[1-9]|1[0-2])$"),
                    "expiration_year": Schema.string("YYYY or YY", pattern: "^([0-9]{2}|[0-9]{4})$"),
                    "cryptogram": Schema.string("The online payment cryptogram."), "cavv": Schema.string, "eci": Schema.string,
                    "pan": Schema.string("For a decoupled authorisation with the card itself; never logged.", pattern: "^[0-9]{12,19}$"),
                    "cvv": Schema.string("3 or 4 digits.", pattern: "^[0-9]{3,4}$"), "card_holder_name": Schema.string,
                    "card_meta_data": Schema.object([
                        "card_type": Schema.enumeration(["CREDIT", "DEBIT", "PREPAID"], "Card type."),
                        "network_name": Schema.enumeration(["VISA", "MASTERCARD", "RUPAY", "AMEX"], "Card network."),
                    ], required: ["card_type", "network_name"]),
                ], required: ["token", "expiration_month", "expiration_year", "cryptogram"])),
                Param("acquirer_payment_details", Schema.object([
                    "directory_server_transaction_id": Schema.string, "acs_transaction_id": Schema.string,
                    "three_ds_server_transaction_id": Schema.string, "three_ds_version": Schema.string,
                ]), "The 3-D Secure result, for a decoupled authorisation."),
                Param("authentication_type", Schema.string("e.g. 3ds.")),
            ],
            passesThroughParams: true, result: "order", answer: Schema.ref("Order"), retry: .notSentOnly, movesMoney: true,
            // Taken effect when the payment is past PENDING.
            reconciliation: .read("getOrder", ["order_id": "order_id"], identifiers: ["order_id", "payments_id"], shows: { order, ids in
                (order["payments"]?.arrayValue ?? []).contains { p in
                    p["id"] == ids["payments_id"] && ["AUTHORIZED", "PROCESSED"].contains(p["status"]?.stringValue ?? "")
                }
            })),
    ]
}
