import Support

/// The shapes of settlements, split settlements, UPI Reserve Pay and brand wallets. Settlements and splits from
/// Plural's official definition (the Go SDK's `settlements.go`, `split_settlements.go`, `types.go`); Reserve Pay
/// and brand wallets from the newer guides, which give their requests only: their answers are declared with the
/// members known, none required. Request amounts are integer paise. The settlement reports' figures are
/// numbers without a unit in the definition (`float64`): they are passed on exactly as Plural writes them
/// (the JSON layer keeps a number's text; nothing goes through a float or is rounded), so a report in rupees
/// with decimals reaches the caller intact instead of being refused.
extension Components {
    public static let splitStatuses = ["HOLD", "RELEASED", "CANCELLED"]
    public static let walletStatuses = ["ACTIVE", "INACTIVE"]

    /// A settlement report's figure, as Plural wrote it.
    static let reportedFigure: JSONValue = ["type": "number", "description": "As Plural reports it, passed on exactly as written (never through a float)."]

    static let settlementSummary = Schema.object([
        "utr_number": Schema.string("The bank's Unique Transaction Reference of the payout to you."),
        "total_amount": reportedFigure, "actual_transaction_amount": reportedFigure, "total_deduction_amount": reportedFigure,
        "total_transactions_count": Schema.integer, "last_processed_date": Schema.string, "settled_date": Schema.string,
        "programs": Schema.array(Schema.string), "system": Schema.string, "bank_name": Schema.string, "bank_acc_number": Schema.string,
    ], description: "One settlement (a payout to your bank account, by UTR).")

    static let settlementTransaction = Schema.object([
        "transaction_id": Schema.string, "system": Schema.string, "processed_date": Schema.string, "transaction_date": Schema.string,
        "transaction_amount": reportedFigure, "actual_transaction_amount": reportedFigure,
        "total_deduction_amount": reportedFigure, "settled_amount": reportedFigure,
        "store_address": Schema.string, "acquirer_name": Schema.string, "tid": Schema.string, "is_emi": Schema.boolean,
        "utr_number": Schema.string, "program": Schema.string("The payment method."), "payout_status": Schema.string,
    ], description: "One transaction settled under a UTR.")

    static let splitDetail = Schema.object([
        "split_merchant_id": Schema.string("The partner merchant who receives this part."),
        "split_settlement_id": Schema.string("Plural's id of this part (answers only): release or cancel it by this id."),
        "merchant_settlement_reference": Schema.reference("Your reference for this part."),
        "amount": Schema.ref("ReportedAmount"), "on_hold": Schema.boolean("Held until you release it."),
        "status": Schema.openEnumeration(splitStatuses, "Split status."), "release_amount": Schema.ref("ReportedAmount"),
        "updated_at": time,
    ], description: "One part of a split settlement.")

    static let splitInfo = Schema.object([
        "split_type": Schema.string("How the order is split, e.g. AMOUNT."),
        "split_details": Schema.array(Schema.ref("SplitDetail")),
    ], description: "How an order's money is split between settlement accounts; a part with on_hold waits for releaseSettlement.")

    /// An order as the split-settlement calls answer it (the definition's SplitSettlementResponse): the order, its
    /// parts under purchase_details.split_info.
    static let splitOrder = Schema.object([
        "order_id": Schema.string("Plural's order id."), "merchant_order_reference": Schema.reference("Your reference for the order."),
        "type": Schema.openEnumeration(["CHARGE", "REFUND"], "CHARGE."), "status": Schema.openEnumeration(orderStatuses, "Order status."),
        "merchant_id": ["type": ["string", "integer"]], "order_amount": Schema.ref("ReportedAmount"), "pre_auth": Schema.boolean,
        "purchase_details": Schema.object(["split_info": Schema.ref("SplitInfo")]), "payments": Schema.array(Schema.ref("Payment")),
        "created_at": time, "updated_at": time,
    ], required: ["order_id", "status"], description: "A split order and the state of each of its parts.")

    /// split_info as createOrder sends it: the same parts, their amounts strict (integer paise with a currency).
    static let splitRequest = Schema.object([
        "split_type": Schema.string("How the order is split, e.g. AMOUNT."),
        "split_details": Schema.array(Schema.object([
            "split_merchant_id": Schema.string("The partner merchant who receives this part."),
            "merchant_settlement_reference": Schema.reference("Your reference for this part."),
            "amount": Schema.ref("Amount"), "on_hold": Schema.boolean("Hold this part until releaseSettlement (or cancelSettlement)."),
        ])),
    ], description: "How an order's money is split between settlement accounts; Plural answers each part with its split_settlement_id and status.")

    static let walletCustomer = Schema.object([
        "customer_id": Schema.string("Your customer's id."), "first_name": Schema.string, "last_name": Schema.string,
        "country_code": Schema.string, "mobile_number": Schema.string, "email_id": Schema.string,
    ], required: ["customer_id"])

    static let brandWallet = Schema.object([
        "customer_id": Schema.string, "status": Schema.openEnumeration(walletStatuses, "Wallet status."),
        "balance": Schema.ref("ReportedAmount"), "created_at": time, "updated_at": time,
    ], description: "A customer's brand wallet and its balance in integer paise.")

    static let walletEntry = Schema.object([
        "transaction_id": Schema.string, "transaction_type": Schema.string("LOAD, ADD_MONEY, …"),
        "amount": Schema.ref("ReportedAmount"), "balance": Schema.ref("ReportedAmount"), "bucket": Schema.string,
        "merchant_order_reference": Schema.reference("For add money: your reference."), "notes": Schema.string, "created_at": time,
    ], description: "One movement of a brand wallet.")

    static let reservePaySubscription = Schema.object([
        "subscription_id": Schema.string("Plural's id of the Reserve Pay subscription (reserve_pay_sub_id)."),
        "merchant_subscription_reference": Schema.reference("Your reference."), "customer_id": Schema.string,
        "status": Schema.string, "plan_details": Schema.object([
            "reserve_amount": Schema.integer("Integer paise."), "currency": Schema.string, "validity_days": Schema.integer, "description": Schema.string,
        ]),
        "merchant_metadata": Schema.stringMap("Your own key/value strings."), "redirect_url": Schema.string, "created_at": time,
    ], description: "A UPI Reserve Pay (single block, multiple debits) subscription.")

    static let settlement: [JSONObject.Member] = [
        .init(key: "SettlementSummary", value: settlementSummary), .init(key: "SettlementTransaction", value: settlementTransaction),
        .init(key: "SplitDetail", value: splitDetail), .init(key: "SplitInfo", value: splitInfo), .init(key: "SplitRequest", value: splitRequest),
        .init(key: "SplitOrder", value: splitOrder),
        .init(key: "WalletCustomer", value: walletCustomer), .init(key: "BrandWallet", value: brandWallet),
        .init(key: "WalletEntry", value: walletEntry), .init(key: "ReservePaySubscription", value: reservePaySubscription),
    ]
}
