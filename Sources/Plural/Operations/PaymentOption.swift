import Support

/// `/payment-option`: reward-points balance, and the UPI VPA registered to a phone number. Both only read.
extension PluralOperation {
    static let paymentOption: [PluralOperation] = [
        PluralOperation(
            "checkPointBalance", tag: "payment-option",
            summary: "Check a card's reward-points balance and eligibility (POST /payment-option). Get the customer's consent before redeeming.",
            routes: [Route("POST", "/payment-option")],
            params: [
                Param("payment_option", required: true, Schema.object(["points_card_details": Schema.object([
                    "card_last4": Schema.string, "card_number": Schema.string("Never logged or returned.", pattern: "^[0-9]{12,19}$"),
                    "registered_mobile_number": Schema.string,
                ])], required: ["points_card_details"])),
                Param("order_details", required: true, Schema.object(["order_amount": Schema.ref("Amount")], required: ["order_amount"])),
            ],
            passesThroughParams: true, result: "balance", answer: Schema.ref("PointBalance"), retry: .read),
        PluralOperation(
            "fetchUpiVpa", tag: "payment-option",
            summary: "Look up the UPI VPA registered to a phone number, to offer UPI collect without typing (POST /payment-option).",
            routes: [Route("POST", "/payment-option")],
            params: [
                Param("payment_method", required: true, Schema.enumeration(["UPI"], "UPI.")),
                Param("payment_option", required: true, Schema.object(["upi_details": Schema.object(["payer": Schema.object([
                    "fetch_vpa": Schema.boolean, "phone_number": Schema.string("The customer's mobile number."),
                ], required: ["phone_number"])], required: ["payer"])], required: ["upi_details"])),
            ],
            passesThroughParams: true, result: "vpa", answer: Schema.anyObject, retry: .read),
    ]
}
