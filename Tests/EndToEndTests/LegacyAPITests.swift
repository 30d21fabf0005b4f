import Foundation
import Support
import XCTest

/// The v1/v2 APIs through the real HTTP path against the simulator, which checks X-VERIFY and
/// ppc_DIA_SECRET and signs its answers.
final class LegacyAPITests: XCTestCase {
    var simulator: SimulatorProcess!
    var sidecar: SidecarProcess!
    static let legacy = ["PLURAL_MERCHANT_ID": "106598", "PLURAL_ACCESS_CODE": "4a39a6d4-46b7-474d-929d-21bf0e9ed607",
                         "PLURAL_MERCHANT_SECRET": "53494d2d4d45524348414e542d534543524554"]

    override func setUpWithError() throws {
        simulator = try SimulatorProcess()
        var env = Self.legacy
        env["PLURAL_PG_URL"] = simulator.url
        env["PLURAL_ORDER_TOKEN_URL"] = simulator.url
        sidecar = try simulator.sidecar(environment: env)
    }

    override func tearDown() { sidecar = nil; simulator = nil }

    static func acceptParams(_ txn: String, amount: Int = 800, navigation: String = "7", products: [(String, JSONValue)]? = nil) -> JSONValue {
        var p: JSONObject = [
            "merchant_data": ["unique_merchant_txn_id": .string(txn), "merchant_return_url": "https://shop.example/return?x=a/b"],
            "payment_data": ["amount_in_paisa": .int(amount)],
            "txn_data": ["navigation_mode": .string(navigation), "payment_mode": "1,3,4,10", "transaction_type": "1"],
            "customer_data": ["email_id": "kevin.bob@example.com", "mobile_no": "9876543210"],
        ]
        if let products { p["product_details"] = .array(products.map { ["product_code": .string($0.0), "product_amount": $0.1] }) }
        return .object(p)
    }

    func testAcceptProcessPayInquireRefund() throws {
        let accepted = sidecar.result("acceptPayment", Self.acceptParams("TXN-1", products: [("7803", "500"), ("7804", 300)]))
        XCTAssertEqual(accepted["response_code"], 1)
        let token = try XCTUnwrap(accepted["token"]?.stringValue)
        let sent = try XCTUnwrap(simulator.recentRequests.last { $0["path"] == "/api/v2/accept/payment" })
        XCTAssertNotNil(sent["x-verify"]?.stringValue, "X-VERIFY header missing")

        let card = sidecar.result("processPayment", ["token": .string(token), "card_data": [
            "card_number": "4111111111111111", "card_expiry_year": "2031", "card_expiry_month": "04", "card_holder_name": "Kevin Bob", "cvv": "987"]])
        XCTAssertEqual(card["kind"], "redirect")
        XCTAssertNotNil(card["redirect_url"]?.stringValue)

        let pending = sidecar.result("inquiry", ["unique_merchant_txn_id": "TXN-1"])
        XCTAssertEqual(pending["outcome"], "pending")
        XCTAssertEqual(pending["payment_succeeded"], false)

        // The customer pays on Plural's page (the simulator's control endpoint stands in for them).
        let paid = try XCTUnwrap(simulator.control("POST", "/_simulator/pay", ["unique_merchant_txn_id": "TXN-1"]))
        XCTAssertEqual(paid["pine_pg_txn_status"], "4")
        XCTAssertEqual(sidecar.result("verifySignature", ["payload": paid]), ["valid": true, "scheme": "v2-callback"])

        let done = sidecar.result("inquiry", ["unique_merchant_txn_id": "TXN-1"])
        XCTAssertEqual(done["outcome"], "success")
        XCTAssertEqual(done["payment_succeeded"], true)
        XCTAssertEqual(done["ppc_Amount"], "800")
        let pineID = try XCTUnwrap(done["ppc_PinePGTransactionID"]?.stringValue)

        let refund = sidecar.result("legacyRefund", ["unique_merchant_txn_id": "TXN-1", "pine_pg_transaction_id": .string(pineID), "amount": 300])
        XCTAssertEqual(refund["ppc_TxnResponseCode"], "2")
        XCTAssertEqual(refund["payment_succeeded"], true, "the parent purchase succeeded")
        let tooMuch = sidecar.error("legacyRefund", ["unique_merchant_txn_id": "TXN-1", "pine_pg_transaction_id": .string(pineID), "amount": 600])
        XCTAssertEqual(tooMuch["code"], -32007, "800 captured, 300 refunded: 600 more is refused before it is sent")
        XCTAssertEqual(tooMuch["data"]?["refunded"], 300)
    }

    func testUPIIntentAndCollectAnswers() throws {
        let token = try XCTUnwrap(sidecar.result("acceptPayment", Self.acceptParams("TXN-UPI"))["token"]?.stringValue)
        let intent = sidecar.result("processPayment", ["token": .string(token), "upi_data": ["upi_option": "UPI"]])
        XCTAssertEqual(intent["kind"], "upi_intent")
        XCTAssertTrue(intent["deep_link"]?.stringValue?.hasPrefix("upi://pay") ?? false)
        XCTAssertNotNil(intent["pine_pg_transaction_id"]?.numberValue)
        let collect = sidecar.result("processPayment", ["token": .string(token), "upi_data": ["vpa": "kevin@okbank"]])
        XCTAssertEqual(collect["kind"], "acknowledged")
    }

    func testAcceptPaymentValidation() throws {
        let bad = sidecar.error("acceptPayment", Self.acceptParams("TXN-2", amount: 800, products: [("a", 500), ("b", 200)]))
        XCTAssertEqual(bad["code"], -32602)
        XCTAssertEqual(bad["data"]?["field"], "product_details")
        XCTAssertEqual(sidecar.error("acceptPayment", Self.acceptParams("TXN-3", amount: 0))["data"]?["field"], "payment_data.amount_in_paisa")
        let card = sidecar.error("processPayment", ["token": "t", "card_data": ["card_number": "4111111111111112", "card_expiry_year": "2031",
                                                                               "card_expiry_month": "04", "card_holder_name": "K", "cvv": "987"]])
        XCTAssertEqual(card["data"]?["field"], "card_data.card_number")
        XCTAssertFalse(JSONWriter.string(card).contains("4111111111111112"))
        let expired = sidecar.error("processPayment", ["token": "t", "card_data": ["card_number": "4111111111111111", "card_expiry_year": "2020",
                                                                                  "card_expiry_month": "04", "card_holder_name": "K", "cvv": "987"]])
        XCTAssertEqual(expired["data"]?["field"], "card_data.card_expiry_year")
    }

    func testWrongMerchantSecretIsRefusedByTheGateway() throws {
        var env = Self.legacy
        env["PLURAL_PG_URL"] = simulator.url
        env["PLURAL_ORDER_TOKEN_URL"] = simulator.url
        env["PLURAL_MERCHANT_SECRET"] = "0badc0de"
        let wrong = try simulator.sidecar(environment: env)
        let e = wrong.error("acceptPayment", Self.acceptParams("TXN-W"))
        XCTAssertEqual(e["code"], -32001)
        XCTAssertEqual(e["data"]?["response_code"], 1160)
        // An inquiry answer signed with a key we do not hold must never be believed.
        let i = wrong.error("inquiry", ["unique_merchant_txn_id": "TXN-W"])
        XCTAssertEqual(i["code"], -32005)
    }

    /// v2 answers echo `ppc_MerchantAccessCode`; an inquiry or refund result must not hand it on.
    func testInquiryResultsCarryNoAccessCode() throws {
        _ = sidecar.result("acceptPayment", Self.acceptParams("TXN-AC"))
        let accessCode = try XCTUnwrap(Self.legacy["PLURAL_ACCESS_CODE"])
        let answer = sidecar.result("inquiry", ["unique_merchant_txn_id": "TXN-AC"])
        XCTAssertEqual(answer["outcome"], "pending", "the signature was checked over the answer as sent")
        XCTAssertFalse(JSONWriter.string(answer).contains(accessCode), "the access code reached the caller")
        XCTAssertTrue(simulator.recentRequests.contains { $0["path"] == "/api/PG/V2" })
    }

    func testTamperedInquiryAnswerIsRefused() throws {
        simulator.faults([["kind": "status", "status": 200, "path": "/api/PG/V2", "times": 1,
                           "body": #"{"ppc_PinePGTxnStatus":"4","ppc_TxnResponseCode":"1","ppc_DIA_SECRET":"0000000000000000000000000000000000000000000000000000000000000000","ppc_DIA_SECRET_TYPE":"SHA256"}"#]])
        XCTAssertEqual(sidecar.error("inquiry", ["unique_merchant_txn_id": "TXN-X"])["code"], -32005)
        simulator.faults([["kind": "status", "status": 200, "path": "/api/PG/V2", "times": 1, "body": #"{"ppc_PinePGTxnStatus":"4","ppc_TxnResponseCode":"1"}"#]])
        XCTAssertEqual(sidecar.error("inquiry", ["unique_merchant_txn_id": "TXN-X"])["code"], -32005, "an unsigned answer must be refused")
    }

    func testOrderTokenSuccessDuplicateAndHashMismatch() throws {
        let params: JSONValue = [
            "merchant_data": ["merchant_return_url": "https://shop.example/return", "merchant_order_id": "ORD-1"],
            "payment_info_data": ["amount": 500, "currency_code": "INR", "order_desc": "Test Order"],
            "customer_data": ["country_code": "91", "mobile_number": "9876543210", "email_id": "kevin.bob@example.com"],
        ]
        let ok = sidecar.result("createOrderToken", params)
        XCTAssertNotNil(ok["token"]?.stringValue)
        XCTAssertNotNil(ok["plural_order_id"])
        // A repeat of the same call is answered from the sidecar's ledger; a new call (its own key) for the same
        // merchant_order_id reaches the gateway, which refuses the duplicate.
        XCTAssertEqual(sidecar.result("createOrderToken", params), ok)
        var second = params.objectValue!
        second["idempotency_key"] = "order-token-second"
        let dup = sidecar.error("createOrderToken", .object(second))
        XCTAssertEqual(dup["code"], -32001)
        XCTAssertEqual(dup["data"]?["error_code"], "1130")
        XCTAssertEqual(dup["data"]?["error_message"], "DUPLICATE_ORDER_RECEIVED_ON_MERCHANT")
        var env = Self.legacy
        env["PLURAL_ORDER_TOKEN_URL"] = simulator.url
        env["PLURAL_MERCHANT_SECRET"] = "abcdef"
        let wrong = try simulator.sidecar(environment: env)
        XCTAssertEqual(wrong.error("createOrderToken", params)["data"]?["error_code"], "1160")
    }
}
