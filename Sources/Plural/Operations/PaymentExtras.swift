import Support

/// Checks and quotes that come before a payment: BNPL eligibility, the convenience fee of a method, the
/// currency conversion of a multi-currency (MCC) order and the TCS on a cross-border (LRS) one. None of them
/// moves money; each is retried like a read.
extension PluralOperation {
    static let paymentExtras: [PluralOperation] = [
        PluralOperation(
            "checkBnplEligibility", tag: "bnpl",
            summary: "Whether a customer may pay an amount by buy-now-pay-later, with their limit and instalments (POST /api/payment-option/eligibility/bnpl).",
            routes: [Route("POST", "/api/payment-option/eligibility/bnpl")],
            params: [
                Param("mobile", required: true, Schema.string("The customer's mobile number.", maxLength: 15)),
                Param("pay_code", required: true, Schema.enumeration(["LAZYPAY"], "The BNPL provider.")),
                Param("amount", Schema.ref("Amount"), "The amount to pay, in integer paise."),
                Param("device_info", Schema.object([
                    "operating_system": Schema.enumeration(["ANDROID", "IOS", "MACOS", "WINDOWS"], "The customer's OS."),
                    "source_ip_address": Schema.string, "browser_ip_address": Schema.string, "browser_user_agent": Schema.string,
                    "device_model": Schema.string, "device_manufacturer": Schema.string,
                ])),
                Param("email", Schema.string("The customer's email.", maxLength: 255)),
            ],
            result: "eligibility",
            answer: Schema.object([
                "txn_eligibility": Schema.boolean("Whether the amount may be paid by BNPL."),
                "metadata": Schema.object([
                    "credit_limit_available_in_paise": Schema.string("The customer's available limit, integer paise as a digit string."),
                    "installments": Schema.array(Schema.object([
                        "serial_no": Schema.integer, "amount_in_paise": Schema.integer("Integer paise."), "due_date": Components.time,
                    ])),
                ]),
            ]),
            retry: .read),
        PluralOperation(
            "calculateConvenienceFee", tag: "convenience-fee",
            summary: "The convenience fee (and its tax) a payment method adds to an amount, and what the customer pays (POST /api/v1/fees).",
            routes: [Route("POST", "/api/v1/fees")],
            params: [
                Param("amount", Schema.ref("Amount"), "The amount, in integer paise."),
                Param("payment_method", required: true, Schema.enumeration(Components.paymentMethods, "The method the fee is for.")),
                Param("network_type", Schema.string("For cards: the network (VISA, MASTERCARD, RUPAY, AMEX…).", maxLength: 30)),
            ],
            result: "fees",
            answer: Schema.object(["data": Schema.array(Schema.object([
                "payment_method": Schema.string, "fee_type": Schema.string, "amount": Schema.ref("ReportedAmount"),
                "convenience_fee_breakdown": Schema.object([
                    "fee_amount": Schema.ref("ReportedAmount"), "tax_amount": Schema.ref("ReportedAmount"),
                    "additional_fee_amount": Schema.ref("ReportedAmount"), "maximum_fee_amount": Schema.ref("ReportedAmount"),
                    "applicable_fee_amount": Schema.ref("ReportedAmount"),
                ]),
                "payable_amount": Schema.ref("ReportedAmount"),
                "payment_method_metadata": Schema.object(["network_type": Schema.string, "card_type": Schema.string]),
            ]))]),
            retry: .read),
        PluralOperation(
            "convertCurrency", tag: "international-payments",
            summary: "Quote a multi-currency (MCC) conversion: the rate and the converted amount (POST /api/conversion/mcc).",
            routes: [Route("POST", "/api/conversion/mcc")],
            params: [
                Param("bank_code", required: true, Schema.string("The acquiring bank, e.g. AXIS.", maxLength: 20)),
                Param("invoice_id", required: true, Schema.string("Your invoice id.", maxLength: 50)),
                Param("source_currency", required: true, Schema.string("ISO 4217 code of the amount's currency, numeric (840) as the definition shows, or alphabetic (USD).", pattern: "^([0-9]{3}|[A-Z]{3})$")),
                Param("dest_currency", required: true, Schema.string("ISO 4217 code to convert to, e.g. 356 (INR).", pattern: "^([0-9]{3}|[A-Z]{3})$")),
                Param("transaction_amount", required: true, Schema.string("The amount in the source currency's minor units, as a digit string (the definition types it as a string).", maxLength: 16, pattern: "^[1-9][0-9]{0,15}$")),
            ],
            result: "conversion",
            answer: Schema.object([
                "source_currency": Schema.string, "dest_currency": Schema.string, "invoice_id": Schema.string,
                "conversion_rate": Components.number, "converted_amount": Schema.integer("In the destination currency's minor units."),
                "transaction_amount": Schema.string, "converted_exponent": Schema.integer("Decimal places of converted_amount."),
            ]),
            retry: .read),
        PluralOperation(
            "computeTcs", tag: "international-payments",
            summary: "Compute the tax collected at source (TCS) on a cross-border (LRS) order (POST /api/v1/tcs/compute).",
            routes: [Route("POST", "/api/v1/tcs/compute")],
            params: [
                Param("order_id", required: true, Schema.string("The cross-border order.", maxLength: 100)),
                Param("amount", required: true, Schema.ref("Amount"), "The remittance, in integer paise."),
                Param("is_tcs_declared", Schema.boolean("The customer declared remittances this financial year beyond the TCS threshold.")),
            ],
            passesThroughParams: true, result: "tcs",
            answer: Schema.object([
                "order_id": Schema.string, "amount": Schema.ref("ReportedAmount"), "tcs_amount": Schema.ref("ReportedAmount"),
                "total_amount": Schema.ref("ReportedAmount"), "tcs_rate_percentage": Components.number, "is_tcs_declared": Schema.boolean,
            ], description: "The TCS on the order. The definition gives no answer shape: known members are checked, the rest passes."),
            retry: .read),
    ]
}
