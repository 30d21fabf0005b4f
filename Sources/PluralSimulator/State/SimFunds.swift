import Support

/// Settlements, brand wallets and UPI Reserve Pay subscriptions as the simulator keeps them. Split settlements
/// live in their orders (`purchase_details.split_info`), where Plural reports them.
struct FundsState: Sendable {
    /// Every payout made so far, oldest first; an order is settled once (`settledOrders`).
    var settlements: [SimSettlement] = []
    var settledOrders: Set<String> = []
    var wallets: [String: SimWallet] = [:]
    /// Add-money top-ups by merchant_order_reference: a repeat answers the first.
    var topUps: [String: JSONObject] = [:]
    var reservePay: [String: JSONObject] = [:]
    var reservePayByReference: [String: String] = [:]

    /// The simulator's fees, taken from each settled transaction in integer paise (rounded down): MDR 2% of the
    /// amount, GST 18% of the MDR. What is paid out is the amount less MDR, GST and refunds, exactly.
    static func mdr(_ gross: Int64) -> Int64 { gross * 2 / 100 }
    static func gst(_ mdr: Int64) -> Int64 { mdr * 18 / 100 }
}

/// One transaction of a settlement, with the amounts it was settled for.
struct SettledTransaction: Sendable {
    var orderID: String
    var program: String
    var gross: Int64
    var mdr: Int64
    var gst: Int64
    var refund: Int64
    var settled: Int64 { gross - mdr - gst - refund }
    var processedDate: String
    var transactionDate: String
}

/// One payout to the merchant's bank account, by UTR.
struct SimSettlement: Sendable {
    var utr: String
    /// YYYY-MM-DD.
    var settledDate: String
    var transactions: [SettledTransaction]
}

struct SimWallet: Sendable {
    var customerID: String
    var status = "ACTIVE"
    var balance: Int64 = 0
    var currency: String
    var entries: [JSONObject] = []
    var pinResetAt: String?
    var createdAt: String
    var updatedAt: String

    var json: JSONObject {
        var o: JSONObject = ["customer_id": .string(customerID), "status": .string(status),
                             "balance": ["value": .number(JSONNumber(balance)), "currency": .string(currency)],
                             "created_at": .string(createdAt), "updated_at": .string(updatedAt)]
        if let pinResetAt { o["pin_reset_at"] = .string(pinResetAt) }
        return o
    }
}
