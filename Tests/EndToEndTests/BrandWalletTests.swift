import Foundation
import Support
import XCTest

/// Brand wallets, add money and UPI Reserve Pay, every method through the sidecar's real HTTP path against the
/// simulator over loopback: balances in integer paise that loads and top-ups credit once, a deactivated wallet
/// that takes nothing, and a Reserve Pay subscription read back as made.
final class BrandWalletTests: SimulatedTestCase {
    func balance(_ customer: String) -> Int64? {
        sidecar.result("getBrandWalletBalance", ["customers": ["customer_id": .string(customer)], "notes": "check"])["balance"]?["value"]?.numberValue?.int64
    }

    func inr(_ paise: Int) -> JSONValue { ["value": .int(paise), "currency": "INR"] }

    func testWalletLoadsTopUpsAndHistory() throws {
        let created = sidecar.result("createBrandWallet", ["currency_code": "INR", "notes": "onboarding", "customers": [
            ["customer_id": "cust-bw-1", "first_name": "Asha", "country_code": "91", "mobile_number": "9876543210"],
            ["customer_id": "cust-bw-2"],
        ]])
        XCTAssertEqual(created["wallets"]?.arrayValue?.map { $0["status"]?.stringValue }, ["ACTIVE", "ACTIVE"])
        XCTAssertEqual(balance("cust-bw-1"), 0)

        // A load, keyed: the repeat is the same load, not a second one.
        let load = sidecar.result("loadBrandWallet", ["amount": inr(50_000), "customer": ["customer_id": "cust-bw-1"], "bucket": "CASH",
                                                      "notes": "Manual load", "idempotency_key": "load-1"])
        XCTAssertEqual(load["balance"]?["value"], 50_000)
        let loadAgain = sidecar.result("loadBrandWallet", ["amount": inr(50_000), "customer": ["customer_id": "cust-bw-1"], "bucket": "CASH",
                                                           "notes": "Manual load", "idempotency_key": "load-1"])
        XCTAssertEqual(loadAgain["transaction_id"], load["transaction_id"])
        XCTAssertEqual(balance("cust-bw-1"), 50_000)
        let loads = simulator.recentRequests.filter { $0["path"] == "/payment-option/wallet/load" }
        XCTAssertEqual(loads.count, 1)
        XCTAssertNotNil(loads.first?["idempotency-key"]?.stringValue)

        // Top-ups: a gift card (its value), then UPI; a repeated reference is the first top-up.
        let gift: JSONValue = ["merchant_order_reference": "ADD-GC-001", "mode": "GIFT_CARD", "customer": ["customer_id": "cust-bw-1"],
                               "payment_option": ["gift_card_details": ["gift_card_number": "7001234567890123", "pin": "482913"]]]
        let topUp = sidecar.result("addMoneyToBrandWallet", gift)
        XCTAssertEqual(topUp["transaction_type"], "ADD_MONEY")
        XCTAssertEqual(topUp["balance"]?["value"], 150_000)
        XCTAssertEqual(sidecar.result("addMoneyToBrandWallet", gift)["transaction_id"], topUp["transaction_id"])
        XCTAssertEqual(sidecar.result("addMoneyToBrandWallet", ["merchant_order_reference": "ADD-UPI-001", "mode": "UPI", "amount": inr(2_500),
                                                                "customer": ["customer_id": "cust-bw-1"]])["balance"]?["value"], 152_500)
        XCTAssertEqual(balance("cust-bw-1"), 152_500)
        XCTAssertEqual(balance("cust-bw-2"), 0, "the other wallet is untouched")
        // The gift card's number and PIN are not in any answer, nor in the sidecar's log.
        XCTAssertFalse(JSONWriter.string(topUp).contains("482913"))
        XCTAssertFalse(sidecar.stderr.text.contains("482913"))
        XCTAssertFalse(sidecar.stderr.text.contains("7001234567890123"))

        // Validation moves nothing.
        XCTAssertEqual(sidecar.result("validateBrandWallet", ["amount": inr(100_000), "customers": ["customer_id": "cust-bw-1"]])["is_valid"], true)
        XCTAssertEqual(sidecar.result("validateBrandWallet", ["amount": inr(200_000), "customers": ["customer_id": "cust-bw-1"]])["is_valid"], false)

        // History: every movement, filterable by type.
        let history = sidecar.result("getBrandWalletHistory", ["customer_id": "cust-bw-1"])
        XCTAssertEqual(history["transactions"]?.arrayValue?.compactMap { $0["amount"]?["value"]?.numberValue?.int64 }, [50_000, 100_000, 2_500])
        XCTAssertEqual(sidecar.result("getBrandWalletHistory", ["customer_id": "cust-bw-1", "transaction_type": "LOAD"])["transactions"]?.arrayValue?.count, 1)

        // Deactivated: no loads (a state error from Plural), cannot pay; activated again: loads.
        XCTAssertEqual(sidecar.result("deactivateBrandWallet", ["customer_id": "cust-bw-1"])["status"], "INACTIVE")
        let refused = sidecar.error("loadBrandWallet", ["amount": inr(1_000), "customer": ["customer_id": "cust-bw-1"], "idempotency_key": "load-2"])
        XCTAssertEqual(refused["code"], -32001)
        XCTAssertEqual(refused["data"]?["http_status"], 422)
        XCTAssertEqual(sidecar.result("validateBrandWallet", ["amount": inr(100), "customers": ["customer_id": "cust-bw-1"]])["is_valid"], false)
        XCTAssertEqual(sidecar.result("activateBrandWallet", ["customer_id": "cust-bw-1"])["status"], "ACTIVE")
        XCTAssertEqual(sidecar.result("loadBrandWallet", ["amount": inr(1_000), "customer": ["customer_id": "cust-bw-1"],
                                                          "idempotency_key": "load-3"])["balance"]?["value"], 153_500)

        // A PIN reset keeps the balance.
        let reset = sidecar.result("resetBrandWalletPin", ["customer_id": "cust-bw-1"])
        XCTAssertNotNil(reset["pin_reset_at"]?.stringValue)
        XCTAssertEqual(reset["balance"]?["value"], 153_500)
    }

    func testWalletRefusals() {
        XCTAssertEqual(sidecar.error("createBrandWallet", ["customers": []])["data"]?["field"], "customers")
        XCTAssertEqual(sidecar.error("addMoneyToBrandWallet", ["merchant_order_reference": "ADD-1", "mode": "GIFT_CARD",
                                                               "customer": ["customer_id": "cust-bw-1"]])["data"]?["field"], "payment_option.gift_card_details")
        XCTAssertEqual(sidecar.error("addMoneyToBrandWallet", ["merchant_order_reference": "ADD-2", "mode": "UPI",
                                                               "customer": ["customer_id": "cust-bw-1"]])["data"]?["field"], "amount")
        let fractional = sidecar.error("loadBrandWallet", ["amount": ["value": .number(JSONNumber(text: "99.5")), "currency": "INR"], "customer": ["customer_id": "cust-bw-1"]])
        XCTAssertEqual(fractional["code"], -32602)
        XCTAssertEqual(fractional["data"]?["field"], "amount.value")
        XCTAssertEqual(sidecar.error("getBrandWalletBalance", ["customers": ["customer_id": "nobody"]])["data"]?["http_status"], 404)
    }

    func testReservePaySubscriptionIsReadBackAsMade() throws {
        let customer = try XCTUnwrap(sidecar.result("createCustomer", ["merchant_customer_reference": "cust-rp", "first_name": "Asha",
                                                                      "country_code": "91", "mobile_number": "9876543210"])["customer_id"]?.stringValue)
        let params: JSONValue = ["merchant_subscription_reference": "sub-rp-1", "customer_id": .string(customer),
                                 "plan_details": ["reserve_amount": 10_000, "currency": "INR", "validity_days": 1, "description": "Tokens"],
                                 "merchant_metadata": ["key1": "DD"]]
        let made = sidecar.result("createSbmdSubscription", params)
        let id = try XCTUnwrap(made["subscription_id"]?.stringValue)
        XCTAssertEqual(made["status"], "CREATED")
        let read = sidecar.result("getSbmdSubscription", ["reserve_pay_sub_id": .string(id)])
        XCTAssertEqual(read, made)
        XCTAssertEqual(read["plan_details"]?["reserve_amount"], 10_000)
        XCTAssertEqual(read["customer_id"]?.stringValue, customer)
        XCTAssertEqual(sidecar.result("createSbmdSubscription", params)["subscription_id"]?.stringValue, id, "the same reference is the same subscription")
        XCTAssertEqual(simulator.recentRequests.filter { $0["path"] == "/ps/public/subscriptions/sbmd" }.count, 1)

        XCTAssertEqual(sidecar.error("getSbmdSubscription", ["reserve_pay_sub_id": "v1-sub-none"])["code"], -32001)
        XCTAssertEqual(sidecar.error("createSbmdSubscription", ["merchant_subscription_reference": "sub-rp-2", "customer_id": .string(customer)])["data"]?["field"],
                       "plan_details")
        XCTAssertEqual(sidecar.error("createSbmdSubscription", ["merchant_subscription_reference": "sub-rp-3", "customer_id": "cust-none",
                                                                "plan_details": ["reserve_amount": 10_000, "currency": "INR"]])["data"]?["http_status"], 404)
    }
}
