import JSONRPC
import Plural
import Support

/// The legacy v1/v2 APIs: signed with the merchant secret, no OAuth token.
enum AcceptPayment: SidecarMethod {
    static let passesThroughParams = true
    static let name = "acceptPayment"
    static let summary = "v2 hosted checkout: sign and send the payment JSON (base64 + X-VERIFY); answers the token and redirect_url."
    static let params = [
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
    ]
    static let resultName = "checkout"
    static let result = Schema.object(["token": Schema.string, "redirect_url": Schema.string, "response_code": Schema.integer,
                                       "response_message": Schema.string], required: ["token", "response_code"])
    static let errors: [ErrorCode] = GatewayCall.errors
    static func handler(_ c: MethodContext) -> RPCHandler { .async { try await c.gateway.acceptPayment($0) } }
}

enum ProcessPayment: SidecarMethod {
    static let passesThroughParams = true
    static let name = "processPayment"
    static let summary = "v2 seamless checkout: pay the acceptPayment token with card, netbanking, UPI or wallet data; kind says which answer form came back."
    static let params = [
        Param("token", required: true, Schema.string("The token from acceptPayment (as returned; it is URL-encoded once).")),
        Param("card_data", Schema.object(["card_number": Schema.string("Never logged or returned."), "card_expiry_year": Schema.string("YYYY"),
                                          "card_expiry_month": Schema.string("MM"), "card_holder_name": Schema.string, "cvv": Schema.string],
                                         required: ["card_number", "card_expiry_year", "card_expiry_month", "card_holder_name", "cvv"])),
        Param("netbanking_data", Schema.object(["pay_code": Schema.string], required: ["pay_code"])),
        Param("upi_data", Schema.object(["vpa": Schema.string, "upi_option": Schema.string("UPI, or the intent/collect option name.")])),
        Param("wallet_data", Schema.anyObject),
        Param("customer_data", Schema.anyObject),
    ]
    static let resultName = "answer"
    static let result = Schema.object([
        "kind": Schema.enumeration(["redirect", "upi_intent", "acknowledged"], "Which form the gateway answered with."),
        "response_code": Schema.integer, "response_message": Schema.string, "redirect_url": Schema.string,
        "deep_link": Schema.string, "short_link": Schema.string, "pine_pg_transaction_id": Schema.integer, "pg_upi_unique_request_id": Schema.string,
    ], required: ["kind", "response_code"])
    static let errors: [ErrorCode] = GatewayCall.errors
    static func handler(_ c: MethodContext) -> RPCHandler { .async { try await c.gateway.processPayment($0) } }
}

/// The `ppc_` answer of inquiry and legacyRefund, verified, with the plain verdict added.
private let ppcAnswer = Schema.object([
    "ppc_PinePGTxnStatus": Schema.string, "ppc_TxnResponseCode": Schema.string, "ppc_TxnResponseMessage": Schema.string,
    "ppc_UniqueMerchantTxnID": Schema.string, "ppc_PinePGTransactionID": Schema.string, "ppc_Amount": Schema.string,
    "ppc_CapturedAmount": Schema.string, "ppc_RefundedAmount": Schema.string, "ppc_Parent_TxnStatus": Schema.string,
    "ppc_ParentTxnResponseCode": Schema.string, "ppc_DIA_SECRET": Schema.string,
    "outcome": Schema.enumeration(["success", "failed", "pending", "unknown"], "This transaction's state by Plural's status table."),
    "payment_succeeded": ["type": "boolean", "description": "True only when the purchase is status 4 with response code 1 (directly or as the parent)."],
], required: ["outcome", "payment_succeeded"], description: "Every ppc_ field as the gateway sent it; ppc_DIA_SECRET has been verified.")

enum Inquiry: SidecarMethod {
    static let name = "inquiry"
    static let summary = "v2 payment status (ppc_TransactionType 3); the answer's ppc_DIA_SECRET is verified before it is returned."
    static let params = [Param("unique_merchant_txn_id", required: true, Schema.string)]
    static let resultName = "status"
    static let result = ppcAnswer
    static let errors: [ErrorCode] = GatewayCall.errors
    static func handler(_ c: MethodContext) -> RPCHandler { .async { try await c.gateway.inquiry($0) } }
}

enum LegacyRefund: SidecarMethod {
    static let name = "legacyRefund"
    static let summary = "Refund a v2 payment (ppc_TransactionType 10); the answer is verified. Not retried once sent."
    static let params = [
        Param("unique_merchant_txn_id", required: true, Schema.string),
        Param("pine_pg_transaction_id", required: true, Schema.oneOf([Schema.string, Schema.integer])),
        Param("amount", required: true, Schema.paise("Amount to refund in paise.")),
    ]
    static let resultName = "refund"
    static let result = ppcAnswer
    static let errors: [ErrorCode] = GatewayCall.errors
    static func handler(_ c: MethodContext) -> RPCHandler { .async { try await c.gateway.legacyRefund($0) } }
}

enum CreateOrderToken: SidecarMethod {
    static let passesThroughParams = true
    static let name = "createOrderToken"
    static let summary = "v1 order token (POST /api/v1/order/create/1, base64 + X-VERIFY); refusals such as 1160 and 1130 answer -32001 with error_code."
    static let params = [
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
    ]
    static let resultName = "order_token"
    static let result = Schema.object(["token": Schema.string, "plural_order_id": Schema.oneOf([Schema.string, Schema.integer])],
                                      required: ["token", "plural_order_id"])
    static let errors: [ErrorCode] = GatewayCall.errors
    static func handler(_ c: MethodContext) -> RPCHandler { .async { try await c.gateway.createOrderToken($0) } }
}
