import Support

/// Brand wallets (`/payment-option/…wallet…`): a closed-loop wallet per customer, with a balance in integer paise,
/// loaded by you (`loadBrandWallet`) or by the customer (`addMoneyToBrandWallet`, with a gift card or UPI), and
/// spent at checkout. UPI Reserve Pay (`/ps/public/subscriptions/sbmd…`, on the `PLURAL_PS_URL` host): a
/// single-block-multiple-debit mandate that reserves an amount in the customer's UPI account for later debits
/// (each debit is a presentation: createPresentation). The official guides give these requests, not their answers.
extension PluralOperation {
    /// `{customer_id}` as the balance and validate bodies carry it (`customers` is one object there).
    static let walletHolder = Schema.object(["customer_id": Schema.string("Your customer's id.")], required: ["customer_id"])
    static let walletPath = [Param.path("customer_id", "The customer whose wallet it is.")]

    /// A change of one customer's wallet by path, answered with the wallet.
    static func walletChange(_ name: String, _ action: String, _ what: String) -> PluralOperation {
        let path = "/payment-option/wallet/customer/{customer_id}/\(action)"
        return PluralOperation(name, tag: "brand-wallet", summary: "\(what) (POST \(path)).", routes: [Route("POST", path)],
                               params: walletPath, result: "wallet", answer: Schema.ref("BrandWallet"), retry: .notSentOnly)
    }

    static let brandWallet: [PluralOperation] = [
        PluralOperation(
            "createBrandWallet", tag: "brand-wallet",
            summary: "Create brand wallets for one or more customers (POST /payment-option/create/wallet). A customer who has one keeps it.",
            routes: [Route("POST", "/payment-option/create/wallet")],
            params: [
                Param("currency_code", Schema.string("ISO 4217, e.g. INR.", pattern: "^[A-Z]{3}$")),
                Param("customers", required: true, Schema.array(Schema.ref("WalletCustomer"), minItems: 1), "The customers (at least one)."),
                Param("notes", Schema.string("Free text.")),
            ],
            passesThroughParams: true, result: "wallets",
            answer: Schema.object(["wallets": Schema.array(Schema.ref("BrandWallet"))]), retry: .notSentOnly),
        PluralOperation(
            "validateBrandWallet", tag: "brand-wallet",
            summary: "Whether a customer's wallet can pay this amount now (POST /payment-option/wallet/validate). Moves nothing.",
            routes: [Route("POST", "/payment-option/wallet/validate")],
            params: [
                Param("amount", required: true, Schema.ref("Amount"), "The payment to check, integer paise."),
                Param("customers", required: true, walletHolder, "The customer."), Param("notes", Schema.string("Free text.")),
            ],
            passesThroughParams: true, result: "validation",
            answer: Schema.object([
                "customer_id": Schema.string, "is_valid": Schema.boolean("The wallet is active and holds at least the amount."),
                "amount": Schema.ref("ReportedAmount"), "balance": Schema.ref("ReportedAmount"), "reason": Schema.string,
            ]),
            retry: .read),
        PluralOperation(
            "getBrandWalletBalance", tag: "brand-wallet",
            summary: "A customer's wallet and its balance (POST /payment-option/wallet/balance).",
            routes: [Route("POST", "/payment-option/wallet/balance")],
            params: [Param("customers", required: true, walletHolder, "The customer."), Param("notes", Schema.string("Free text."))],
            passesThroughParams: true, result: "wallet", answer: Schema.ref("BrandWallet"), retry: .read),
        PluralOperation(
            "loadBrandWallet", tag: "brand-wallet",
            summary: "Load money into a customer's active wallet (POST /payment-option/wallet/load). Give idempotency_key: the request has no reference of its own, so without one every call is a new load.",
            routes: [Route("POST", "/payment-option/wallet/load")],
            params: [
                Param("amount", required: true, Schema.ref("Amount"), "What to load, integer paise."),
                Param("customer", required: true, walletHolder, "The customer."),
                Param("bucket", Schema.string("The wallet bucket, e.g. CASH.")), Param("notes", Schema.string("Free text.")),
            ],
            passesThroughParams: true, result: "load", answer: Schema.ref("WalletEntry"), retry: .notSentOnly, movesMoney: true),
        walletChange("activateBrandWallet", "activate", "Activate a created or deactivated wallet"),
        walletChange("deactivateBrandWallet", "deactivate", "Deactivate a wallet: no loads or payments until it is activated again"),
        walletChange("resetBrandWalletPin", "reset", "Reset the PIN of a customer's wallet; the balance is kept"),
        PluralOperation(
            "getBrandWalletHistory", tag: "brand-wallet",
            summary: "A wallet's movements, filtered and paged (GET /payment-option/wallet/customer/{customer_id}/history).",
            routes: [Route("GET", "/payment-option/wallet/customer/{customer_id}/history")],
            params: walletPath + [
                Param("start_date", Schema.string("Only movements from this date (YYYY-MM-DD).")),
                Param("end_date", Schema.string("Only movements up to this date (YYYY-MM-DD).")),
                Param("page", Schema.integer("Page number (from 1).")),
                Param("transaction_type", Schema.string("Only movements of this type (LOAD, ADD_MONEY, …).")),
            ],
            query: ["start_date", "end_date", "page", "transaction_type"],
            result: "history",
            answer: Schema.object(["customer_id": Schema.string, "transactions": Schema.array(Schema.ref("WalletEntry")),
                                   "balance": Schema.ref("ReportedAmount"), "page": Schema.integer, "total_pages": Schema.integer]),
            retry: .read),
        PluralOperation(
            "addMoneyToBrandWallet", tag: "brand-wallet-payments",
            summary: "The customer adds money to their wallet with a gift card or UPI (POST /api/pay/v1/add_money). Never sent twice for the same merchant_order_reference.",
            description: "The gift card number and PIN pass through to Plural and nowhere else: never logged, never echoed.",
            routes: [Route("POST", "/api/pay/v1/add_money")],
            params: [
                Param("merchant_order_reference", required: true, Schema.reference("Your unique reference for this top-up.")),
                Param("mode", required: true, Schema.enumeration(["GIFT_CARD", "UPI"], "How the customer pays.")),
                Param("amount", Schema.ref("Amount"), "What to add, integer paise (for a gift card, its value when absent)."),
                Param("payment_option", Schema.object([
                    "gift_card_details": Schema.object(["gift_card_number": Schema.string("Never logged or returned."),
                                                        "pin": Schema.string("Never logged or returned.")],
                                                       required: ["gift_card_number", "pin"]),
                    "upi_details": Schema.anyObject,
                ]), "The instrument."),
                Param("customer", required: true, walletHolder, "Whose wallet."),
            ],
            passesThroughParams: true, result: "top_up", answer: Schema.ref("WalletEntry"),
            retry: .notSentOnly, reference: "merchant_order_reference", movesMoney: true,
            rule: { p throws(ValidationError) in
                let mode = try p.enumeration("mode", ["GIFT_CARD", "UPI"])
                if mode == "GIFT_CARD", try p.optionalObject("payment_option")?.optionalObject("gift_card_details") == nil {
                    throw ValidationError(field: "payment_option.gift_card_details", reason: "is required for GIFT_CARD")
                }
                if mode == "UPI", !p.has("amount") { throw ValidationError(field: "amount", reason: "is required for UPI") }
            }),
    ]

    static let reservePay: [PluralOperation] = [
        PluralOperation(
            "createSbmdSubscription", tag: "upi-reserve-pay",
            summary: "Create a UPI Reserve Pay (SBMD) subscription that reserves an amount for later debits (POST /ps/public/subscriptions/sbmd).",
            host: .ps, routes: [Route("POST", "/ps/public/subscriptions/sbmd")],
            params: [
                Param("merchant_subscription_reference", required: true, Schema.reference("Your unique reference for the subscription.")),
                Param("customer_id", required: true, Schema.string("The customer (createCustomer).")),
                Param("plan_details", required: true, Schema.object([
                    "reserve_amount": Schema.paise("What to reserve, integer paise."), "currency": Schema.string("ISO 4217, e.g. INR.", pattern: "^[A-Z]{3}$"),
                    "validity_days": Schema.integer("How long the reservation holds."), "description": Schema.string,
                ], required: ["reserve_amount", "currency"])),
                Param("merchant_metadata", Schema.stringMap("Your own key/value strings.")),
            ],
            passesThroughParams: true, result: "subscription", answer: Schema.ref("ReservePaySubscription"),
            retry: .notSentOnly, reference: "merchant_subscription_reference", movesMoney: true),
        PluralOperation(
            "getSbmdSubscription", tag: "upi-reserve-pay",
            summary: "A UPI Reserve Pay subscription by id (GET /ps/public/subscriptions/sbmd/{reserve_pay_sub_id}).",
            host: .ps, routes: [Route("GET", "/ps/public/subscriptions/sbmd/{reserve_pay_sub_id}")],
            params: [Param.path("reserve_pay_sub_id", "The subscription_id createSbmdSubscription answered.")],
            result: "subscription", answer: Schema.ref("ReservePaySubscription"), retry: .read),
    ]
}
