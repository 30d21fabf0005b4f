import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Support
import XCTest

/// The shapes Plural's official definition fixes, through the sidecar's real HTTP path against the simulator
/// over loopback — and the simulator itself refusing what the definition refuses, since both check requests
/// against the same declarations.
final class ContractTests: SimulatedTestCase {
    /// A v3 request straight to the simulator, with a real token, as any Plural client would send it.
    func raw(_ method: String, _ path: String, _ body: JSONValue?) throws -> (status: Int, body: JSONValue) {
        let token = try XCTUnwrap(http("POST", "/api/auth/v1/token", ["client_id": "c", "client_secret": "s", "grant_type": "client_credentials"],
                                       headers: [:]).body["access_token"]?.stringValue)
        return try http(method, path, body, headers: ["Authorization": "Bearer \(token)", "Request-ID": UUID().uuidString,
                                                     "Request-Timestamp": ISO8601.format(Date())])
    }

    func http(_ method: String, _ path: String, _ body: JSONValue?, headers: [String: String]) throws -> (status: Int, body: JSONValue) {
        var req = URLRequest(url: URL(string: simulator.url + path)!, timeoutInterval: 10)
        req.httpMethod = method
        req.setValue("application/json", forHTTPHeaderField: "Content-Type")
        for (k, v) in headers { req.setValue(v, forHTTPHeaderField: k) }
        if let body { req.httpBody = Data(JSONWriter.bytes(body)) }
        let done = DispatchSemaphore(value: 0)
        let result = Locked<(Int, JSONValue)>((0, .null))
        URLSession.shared.dataTask(with: req) { data, response, _ in
            let status = (response as? HTTPURLResponse)?.statusCode ?? 0
            let json = data.flatMap { try? JSONParser.parse([UInt8]($0)) } ?? .null
            result.withLock { $0 = (status, json) }
            done.signal()
        }.resume()
        done.wait()
        return result.current
    }

    func paidOrder(_ reference: String) throws -> String { try simulator.paidOrder(through: sidecar, reference) }

    // 2. merchant_payment_reference is required, by the sidecar and by the simulator.
    func testPaymentReferenceIsRequired() throws {
        let id = try XCTUnwrap(sidecar.result("createOrder", orderParams("c-pay-ref"))["order_id"]?.stringValue)
        var params = cardPayment(id).objectValue!
        var payment = params["payments"]!.arrayValue![0].objectValue!
        payment["merchant_payment_reference"] = nil
        params["payments"] = [.object(payment)]
        let e = sidecar.error("createPayment", .object(params))
        XCTAssertEqual(e["code"], -32602)
        XCTAssertEqual(e["data"]?["field"], "payments[0].merchant_payment_reference")

        let direct = try raw("POST", "/api/pay/v1/orders/\(id)/payments", ["payments": [.object(payment)]])
        XCTAssertEqual(direct.status, 400)
        XCTAssertEqual(direct.body["code"], "INVALID_REQUEST")
        XCTAssertTrue(direct.body["message"]?.stringValue?.contains("payments[0].merchant_payment_reference") ?? false, "\(direct.body)")
    }

    // 3. merchant_metadata and cart_details live inside purchase_details.
    func testMetadataAndCartBelongInPurchaseDetails() throws {
        var params = orderParams("c-meta").objectValue!
        params["merchant_metadata"] = ["k": "v"]
        let e = sidecar.error("createOrder", .object(params))
        XCTAssertEqual(e["data"]?["field"], "merchant_metadata")
        XCTAssertTrue(e["data"]?["reason"]?.stringValue?.contains("purchase_details") ?? false)

        params["merchant_metadata"] = nil
        params["purchase_details"] = ["merchant_metadata": ["batch": 7]]
        XCTAssertEqual(sidecar.error("createOrder", .object(params))["data"]?["field"], "purchase_details.merchant_metadata.batch",
                       "merchant_metadata maps strings to strings")

        params["purchase_details"] = ["merchant_metadata": ["batch": "7"], "cart_details": ["cart_items": [["item_id": "sku-1", "item_quantity": 2]]]]
        let order = sidecar.result("createOrder", .object(params))
        XCTAssertEqual(order["purchase_details"]?["merchant_metadata"]?["batch"], "7")
        XCTAssertEqual(simulator.recentRequests.last?["path"], "/api/pay/v1/orders")
    }

    // 4. createCheckout: the reference is top-level.
    func testCheckoutReferenceIsTopLevel() throws {
        let nested = sidecar.error("createCheckout", ["order_amount": ["value": 1100, "currency": "INR", "merchant_order_reference": "co-1"]])
        XCTAssertEqual(nested["data"]?["field"], "merchant_order_reference")
        let both = sidecar.error("createCheckout", ["merchant_order_reference": "co-1",
                                                   "order_amount": ["value": 1100, "currency": "INR", "merchant_order_reference": "co-1"]])
        XCTAssertEqual(both["data"]?["field"], "order_amount.merchant_order_reference")
        let ok = sidecar.result("createCheckout", ["merchant_order_reference": "co-1", "order_amount": ["value": 1100, "currency": "INR"]])
        XCTAssertNotNil(ok["redirect_url"]?.stringValue)
        let direct = try raw("POST", "/api/checkout/v1/orders", ["order_amount": ["value": 1100, "currency": "INR", "merchant_order_reference": "co-2"]])
        XCTAssertEqual(direct.status, 400, "the simulator refuses the nested form too")
    }

    // 5. Cards: digits only, four-digit year; EMI needs offer_data.
    func testCardShapesAndEMIOffers() throws {
        let id = try XCTUnwrap(sidecar.result("createOrder", orderParams("c-card"))["order_id"]?.stringValue)
        let spaced = sidecar.error("createPayment", cardPayment(id, card: "4111 1111 1111 1111"))
        XCTAssertEqual(spaced["data"]?["field"], "payments[0].payment_option.card_details.card_number")
        var p = cardPayment(id).objectValue!
        var payment = p["payments"]!.arrayValue![0].objectValue!
        payment["payment_option"] = ["card_details": ["card_number": "4111111111111111", "cvv": "123", "expiry_month": "04", "expiry_year": "31"]]
        p["payments"] = [.object(payment)]
        XCTAssertEqual(sidecar.error("createPayment", .object(p))["data"]?["field"], "payments[0].payment_option.card_details.expiry_year")
        payment["payment_option"] = ["card_details": ["card_number": "4111111111111111", "cvv": "123", "expiry_month": "04", "expiry_year": "2031"]]
        payment["payment_method"] = "CREDIT_EMI"
        p["payments"] = [.object(payment)]
        let emi = sidecar.error("createPayment", .object(p))
        XCTAssertEqual(emi["data"]?["field"], "payments[0].offer_data")
        payment["offer_data"] = ["offer_details": ["id": "offer-1", "name": "No cost EMI", "issuer_type": "BANK", "priority": "1"]]
        p["payments"] = [.object(payment)]
        XCTAssertEqual(sidecar.result("createPayment", .object(p))["status"], "PENDING")
    }

    // 6. A 422 from the token endpoint is a refusal of the credentials.
    func testToken422IsCredentialsRefused() throws {
        simulator.faults([["kind": "status", "status": 422, "path": "/api/auth/v1/token",
                           "body": #"{"error":"invalid_client","error_description":"Unknown client."}"#]])
        let e = sidecar.error("getOrder", ["order_id": "v1-x"])
        XCTAssertEqual(e["code"], -32002)
        XCTAssertEqual(e["data"]?["http_status"], 422)
        XCTAssertEqual(e["data"]?["error"], "invalid_client")
    }

    // 7. A refund without order_amount refunds what is left; an answer whose amounts lack members is still a result.
    func testRefundAmountOptionalAndSparseAnswerAmounts() throws {
        let id = try paidOrder("c-refund")
        let whole = sidecar.result("refund", ["order_id": .string(id), "merchant_order_reference": "c-refund-all"])
        XCTAssertEqual(whole["order_amount"]?["value"], 1100)
        XCTAssertEqual(sidecar.result("getOrder", ["order_id": .string(id)])["status"], "FULLY_REFUNDED")

        // Orders with something left to refund, so the sidecar's own refund limit lets these through.
        let sparseID = try paidOrder("c-refund-sparse"), fractionalID = try paidOrder("c-refund-fraction")
        let sparse = #"{"data":{"order_id":"v1-r","type":"REFUND","status":"PROCESSED","order_amount":{},"parent_order_id":"\#(sparseID)"}}"#
        simulator.faults([["kind": "status", "status": 200, "path": .string("/api/pay/v1/refunds/\(sparseID)"), "body": .string(sparse)]])
        let refund = sidecar.result("refund", ["order_id": .string(sparseID), "merchant_order_reference": "c-refund-2"])
        XCTAssertEqual(refund["status"], "PROCESSED", "a completed refund must not become -32005")
        let fractional = #"{"data":{"order_id":"v1-r","status":"PROCESSED","order_amount":{"value":10.5}}}"#
        simulator.faults([["kind": "status", "status": 200, "path": .string("/api/pay/v1/refunds/\(fractionalID)"), "body": .string(fractional)]])
        XCTAssertEqual(sidecar.error("refund", ["order_id": .string(fractionalID), "merchant_order_reference": "c-refund-3"])["code"], -32005)
    }

    // 8. Links: pre_auth is a string; no cardless EMI for links or checkout.
    func testPaymentLinkShapes() throws {
        let base: JSONObject = ["amount": ["value": 5000, "currency": "INR"], "merchant_payment_link_reference": "c-link-1"]
        var p = base
        p["pre_auth"] = true
        XCTAssertEqual(sidecar.error("createPaymentLink", .object(p))["data"]?["field"], "pre_auth")
        p["pre_auth"] = "true"
        p["allowed_payment_methods"] = ["CARD", "CARDLESS_EMI"]
        XCTAssertEqual(sidecar.error("createPaymentLink", .object(p))["data"]?["field"], "allowed_payment_methods[1]")
        p["allowed_payment_methods"] = ["CARD", "UPI"]
        XCTAssertNotNil(sidecar.result("createPaymentLink", .object(p))["payment_link_id"]?.stringValue)
        XCTAssertEqual(sidecar.error("createCheckout", ["merchant_order_reference": "c-co-emi", "order_amount": ["value": 1100, "currency": "INR"],
                                                       "allowed_payment_methods": ["CARDLESS_EMI"]])["data"]?["field"], "allowed_payment_methods[0]")
    }

    // 9. /payment-option: UPI VPA lookup; is_eligible may be absent.
    func testPaymentOptionVPALookupAndOptionalEligibility() throws {
        let vpa = sidecar.result("fetchUpiVpa", ["payment_method": "UPI",
                                                 "payment_option": ["upi_details": ["payer": ["fetch_vpa": true, "phone_number": "9876543210"]]]])
        XCTAssertEqual(vpa["payer"]?["vpa"], "9876543210@simbank")
        XCTAssertEqual(simulator.recentRequests.last?["path"], "/payment-option")
        simulator.faults([["kind": "status", "status": 200, "path": "/payment-option", "body": #"{"balance":{"value":100,"currency":"INR"}}"#]])
        let balance = sidecar.result("checkPointBalance", ["payment_option": ["points_card_details": ["card_last4": "1111"]],
                                                          "order_details": ["order_amount": ["value": 1100, "currency": "INR"]]])
        XCTAssertEqual(balance["balance"]?["value"], 100)
    }

    // 10. Idempotency-Key on money-moving calls, the same on every attempt; payment creation retried.
    func testIdempotencyKeyAndPaymentRetries() throws {
        let id = try XCTUnwrap(sidecar.result("createOrder", orderParams("c-idem"))["order_id"]?.stringValue)
        let created = simulator.recentRequests.last
        XCTAssertNotNil(created?["idempotency-key"]?.stringValue, "createOrder moves money: it carries an Idempotency-Key")
        _ = sidecar.result("getOrder", ["order_id": .string(id)])
        XCTAssertNil(simulator.recentRequests.last?["idempotency-key"], "a read carries none")

        simulator.faults([["kind": "status", "status": 503, "path": .string("/api/pay/v1/orders/\(id)/payments"), "times": 1]])
        let before = simulator.requestCount
        XCTAssertEqual(sidecar.result("createPayment", cardPayment(id))["status"], "PENDING", "a 503 on payment creation is retried")
        let attempts = simulator.recentRequests.filter { $0["path"]?.stringValue == "/api/pay/v1/orders/\(id)/payments" }
        XCTAssertEqual(attempts.count, 2)
        XCTAssertGreaterThan(simulator.requestCount, before)
        XCTAssertEqual(attempts[0]["idempotency-key"], attempts[1]["idempotency-key"], "one key for every attempt of one call")
        XCTAssertEqual(attempts[0]["request-id"], attempts[1]["request-id"])
        XCTAssertNotNil(attempts[0]["idempotency-key"]?.stringValue)
    }

    // 11. The simulator's drift: upi_details, saved cards and cardless EMI accepted, refund references, token form.
    func testSimulatorFollowsTheDefinition() throws {
        let upiOrder = try XCTUnwrap(sidecar.result("createOrder", orderParams("c-upi", preAuth: false))["order_id"]?.stringValue)
        let upi = sidecar.result("createPayment", ["order_id": .string(upiOrder), "payments": [[
            "payment_method": "UPI", "merchant_payment_reference": "c-upi-p", "payment_amount": ["value": 1100, "currency": "INR"],
            "payment_option": ["upi_details": ["txn_mode": "COLLECT", "payer": ["vpa": "kevin@okbank"]]]]]])
        let option = upi["payments"]?.arrayValue?.first?["payment_option"]
        XCTAssertEqual(option?["upi_details"]?["txn_mode"], "COLLECT")
        XCTAssertNil(option?["upi_data"])

        let tokenOrder = try XCTUnwrap(sidecar.result("createOrder", orderParams("c-tok"))["order_id"]?.stringValue)
        let saved = sidecar.result("createPayment", ["order_id": .string(tokenOrder), "payments": [[
            "payment_method": "CARD", "merchant_payment_reference": "c-tok-p",
            "payment_option": ["card_token_details": ["token": "tok_123", "token_txn_type": "ALT_TOKEN", "last4_digit": "1111"]]]]])
        XCTAssertEqual(saved["status"], "PENDING", "a saved card (card_token_details) is accepted; payment_amount defaults to the order's")
        XCTAssertEqual(saved["payments"]?.arrayValue?.first?["payment_amount"]?["value"], 1100)

        let emiOrder = try XCTUnwrap(sidecar.result("createOrder", orderParams("c-cl", preAuth: false))["order_id"]?.stringValue)
        XCTAssertEqual(sidecar.result("createPayment", ["order_id": .string(emiOrder), "payments": [[
            "payment_method": "CARDLESS_EMI", "merchant_payment_reference": "c-cl-p", "payment_amount": ["value": 1100, "currency": "INR"],
            "offer_data": ["offer_details": ["id": "o", "name": "n", "issuer_type": "NBFC", "priority": "1"]],
            "payment_option": ["cardless_details": ["pan_number": "ABCDE1234F", "registered_mobile_number": "9876543210"]]]]])["status"], "PENDING")

        let a = try paidOrder("c-ref-a"), b = try paidOrder("c-ref-b")
        let first = sidecar.result("refund", ["order_id": .string(a), "merchant_order_reference": "c-shared", "order_amount": ["value": 500, "currency": "INR"]])
        let reused = sidecar.result("refund", ["order_id": .string(b), "merchant_order_reference": "c-shared", "order_amount": ["value": 500, "currency": "INR"]])
        XCTAssertEqual(reused["order_id"], first["order_id"], "a reused refund reference returns the refund it made, never a 409")

        let token = try http("POST", "/api/auth/v1/token", ["client_id": "c", "client_secret": "s", "grant_type": "client_credentials"], headers: [:])
        XCTAssertNotNil(token.body["expires_at"]?.stringValue, "the definition's token form is the default")
        XCTAssertNil(token.body["expires_in"])
    }

    /// The answer is checked against the declared schema as received: a v2 response_code written as a string
    /// is outside the published contract.
    func testAnswersOutsideTheContractAreRefused() throws {
        simulator.faults([["kind": "status", "status": 200, "path": "/api/pay/v1/orders/v1-shape",
                           "body": #"{"data":{"order_id":"v1-shape","status":"PROCESSED","payments":[{"id":"p","status":7}]}}"#]])
        let e = sidecar.error("getOrder", ["order_id": "v1-shape"])
        XCTAssertEqual(e["code"], -32005)
        XCTAssertTrue(e["data"]?["reason"]?.stringValue?.contains("payments[0].status") ?? false, "\(e)")
        simulator.faults([["kind": "status", "status": 200, "path": "/api/pay/v1/orders/v1-new",
                           "body": #"{"data":{"order_id":"v1-new","status":"SOMETHING_NEW","extra":{"a":1}}}"#]])
        XCTAssertEqual(sidecar.result("getOrder", ["order_id": "v1-new"])["status"], "SOMETHING_NEW", "statuses Plural adds later pass")
    }
}
