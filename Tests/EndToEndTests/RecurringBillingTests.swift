import Foundation
import Support
import XCTest

/// Customers, card tokens, plans, subscriptions, presentations and mandate debits: every method through the
/// sidecar's real HTTP path against the simulator over loopback. The simulator refuses a request its
/// declaration refuses (400) and the sidecar refuses an answer its schema refuses (-32005), so each call that
/// succeeds here has passed both checks.
final class RecurringBillingTests: SimulatedTestCase {
    func events(_ type: String) -> [JSONValue] {
        (simulator.control("GET", "/_simulator/events")?["events"]?.arrayValue ?? []).filter { $0["event_type"]?.stringValue == type }
    }

    func string(_ v: JSONValue, _ key: String, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        try XCTUnwrap(v[key]?.stringValue, "\(key) missing in \(JSONWriter.string(v))", file: file, line: line)
    }

    /// customer → card token → plan → subscription (ACTIVE) → presentation → debit, and the events on the way.
    func activeSubscription(_ tag: String) throws -> (customer: String, token: String, plan: String, subscription: String) {
        let customer = try string(sidecar.result("createCustomer", [
            "merchant_customer_reference": .string("cust-\(tag)"), "first_name": "Asha", "country_code": "91", "mobile_number": "9876543210",
            "email_id": "asha@example.com", "merchant_metadata": ["crm": "7"],
        ]), "customer_id")
        let token = try string(sidecar.result("createCardToken", [
            "customer_id": .string(customer), "merchant_token_reference": .string("tok-\(tag)"), "payment_method": "CARD",
            "payment_option": ["encrypted_card_details": "ZW5jcnlwdGVk"],
        ]), "token_id")
        let plan = try string(sidecar.result("createPlan", [
            "plan_name": "Monthly box", "frequency": "Month", "amount": ["value": 49_900, "currency": "INR"],
            "end_date": "2027-12-31T00:00:00Z", "merchant_plan_reference": .string("plan-\(tag)"),
        ]), "plan_id")
        let sub = sidecar.result("createSubscription", [
            "merchant_subscription_reference": .string("sub-\(tag)"), "plan_id": .string(plan), "customer_id": .string(customer),
            "start_date": "2026-12-01T00:00:00Z", "end_date": "2027-12-01T00:00:00Z", "integration_mode": "SEAMLESS",
            "allowed_payment_methods": ["CARD"],
        ])
        XCTAssertEqual(sub["status"], "ACTIVE", "the customer has a card token to debit")
        return (customer, token, plan, try string(sub, "subscription_id"))
    }

    func testRecurringPaymentFromCustomerToCharge() throws {
        let s = try activeSubscription("flow")
        // Customers: by id, by lookup, changed.
        XCTAssertEqual(sidecar.result("getCustomer", ["customer_id": .string(s.customer)])["first_name"], "Asha")
        XCTAssertEqual(sidecar.result("getCustomer", ["country_code": "91", "mobile_number": "9876543210",
                                                      "merchant_customer_reference": "cust-flow"])["customer_id"]?.stringValue, s.customer)
        XCTAssertEqual(sidecar.error("getCustomer", ["mobile_number": "9876543210"])["data"]?["field"], "country_code")
        XCTAssertEqual(sidecar.result("updateCustomer", ["customer_id": .string(s.customer), "last_name": "Rao"])["last_name"], "Rao")
        // Tokens.
        let sp = sidecar.result("getServiceProviderToken", ["identifier": .string(s.token)])
        XCTAssertEqual(sp["card_data"]?["last4_digit"], "1111")
        let crypto = sidecar.result("generateCryptogram", ["token_id": .string(s.token), "merchant_unique_reference": "cg-1",
                                                           "service_provider_token_id": sp["service_provider_token_id"] ?? .null])
        XCTAssertNotNil(crypto["token_data"]?["cryptogram"]?.stringValue)
        XCTAssertEqual(sidecar.result("listCustomerTokens", ["customer_id": .string(s.customer)])["total_tokens"], 1)
        XCTAssertEqual(sidecar.result("getCustomerToken", ["customer_id": .string(s.customer), "token_id": .string(s.token)])["status"], "ACTIVE")
        // Plans.
        XCTAssertEqual(sidecar.result("getPlan", ["merchant_plan_reference": "plan-flow"])["plan_id"]?.stringValue, s.plan)
        XCTAssertEqual(sidecar.result("updatePlan", ["plan_id": .string(s.plan), "plan_description": "Now with more"])["plan_description"], "Now with more")
        XCTAssertEqual(sidecar.result("listPlans", ["size": 10, "page": 0])["plans"]?.arrayValue?.count, 1)
        // Subscriptions.
        XCTAssertEqual(sidecar.result("getSubscription", ["merchant_subscription_reference": "sub-flow"])["subscription_id"]?.stringValue, s.subscription)
        XCTAssertEqual(sidecar.result("listSubscriptions", ["status": "ACTIVE"])["subscriptions"]?.arrayValue?.count, 1)
        XCTAssertEqual(sidecar.result("updateSubscription", ["subscription_id": .string(s.subscription), "new_end_date": "2028-01-01T00:00:00Z",
                                                             "reason": "extended"])["end_date"], "2028-01-01T00:00:00Z")
        // Presentation → debit → SUBSCRIPTION_CHARGED.
        let presentation = try string(sidecar.result("createPresentation", [
            "subscription_id": .string(s.subscription), "due_date": "2026-12-05T00:00:00Z",
            "amount": ["value": 49_900, "currency": "INR"], "merchant_presentation_reference": "pre-flow-1",
        ]), "presentation_id")
        XCTAssertEqual(sidecar.result("listPresentations", ["subscription_id": .string(s.subscription)])["presentations"]?.arrayValue?.count, 1)
        XCTAssertEqual(sidecar.result("getPresentation", ["merchant_presentation_reference": "pre-flow-1"])["status"], "CREATED")
        XCTAssertTrue(events("SUBSCRIPTION_CHARGED").isEmpty)
        let debit = sidecar.result("executeMandateDebit", ["presentation_id": .string(presentation), "merchant_presentation_reference": "pre-flow-1"])
        XCTAssertEqual(debit["status"], "COMPLETED")
        XCTAssertNotNil(debit["order_id"]?.stringValue)
        XCTAssertEqual(sidecar.result("getPresentation", ["presentation_id": .string(presentation)])["status"], "COMPLETED")
        let charged = events("SUBSCRIPTION_CHARGED")
        XCTAssertEqual(charged.count, 1)
        XCTAssertEqual(charged.first?["data"]?["presentation"]?["presentation_id"]?.stringValue, presentation)
        for type in ["CUSTOMER_ACTIVATED", "TOKEN_ACTIVATED", "SUBSCRIPTION_ACTIVATED", "SUBSCRIPTION_UPDATED"] {
            XCTAssertEqual(events(type).count, 1, type)
        }

        // The debit went to the /ps host once, keyed; a repeat is answered from the ledger and never sent again.
        let again = sidecar.result("executeMandateDebit", ["presentation_id": .string(presentation), "merchant_presentation_reference": "pre-flow-1"])
        XCTAssertEqual(again["status"], "COMPLETED")
        let executes = simulator.recentRequests.filter { $0["path"] == "/ps/api/v1/public/subscriptions/execute" }
        XCTAssertEqual(executes.count, 1)
        XCTAssertNotNil(executes.first?["idempotency-key"]?.stringValue)
        XCTAssertEqual(events("SUBSCRIPTION_CHARGED").count, 1)
    }

    func testPauseResumeCancelHaltAndDeletes() throws {
        let s = try activeSubscription("life")
        XCTAssertEqual(sidecar.result("pauseSubscription", ["subscription_id": .string(s.subscription)])["status"], "PAUSED")
        let refused = sidecar.error("sendPreDebitNotification", ["subscription_id": .string(s.subscription), "due_date": "2026-12-05T00:00:00Z",
                                                                 "merchant_presentation_reference": "fail-life-1"])
        XCTAssertEqual(refused["code"], -32001, "a paused subscription is not debited")
        XCTAssertEqual(sidecar.result("resumeSubscription", ["subscription_id": .string(s.subscription)])["status"], "ACTIVE")

        // A debit that keeps failing: executed once, retried twice, then the subscription is HALTED.
        let notice = sidecar.result("sendPreDebitNotification", ["subscription_id": .string(s.subscription), "due_date": "2026-12-05T00:00:00Z",
                                                                 "amount": ["value": 49_900, "currency": "INR"],
                                                                 "merchant_presentation_reference": "fail-life-1"])
        XCTAssertEqual(notice["pdn_status"], "NOTIFIED")
        XCTAssertEqual(sidecar.result("executeMandateDebit", ["merchant_presentation_reference": "fail-life-1"])["status"], "FAILED")
        XCTAssertEqual(sidecar.result("retryMandateDebit", ["merchant_presentation_reference": "fail-life-1", "idempotency_key": "retry-1"])["failure_count"], 2)
        XCTAssertEqual(sidecar.result("retryMandateDebit", ["merchant_presentation_reference": "fail-life-1", "idempotency_key": "retry-1"])["failure_count"], 2,
                       "the same key is the same retry")
        XCTAssertEqual(sidecar.result("retryMandateDebit", ["merchant_presentation_reference": "fail-life-1", "idempotency_key": "retry-2"])["failure_count"], 3)
        XCTAssertEqual(sidecar.result("getSubscription", ["subscription_id": .string(s.subscription)])["status"], "HALTED")
        XCTAssertEqual(events("SUBSCRIPTION_HALTED").count, 1)
        XCTAssertEqual(sidecar.error("retryMandateDebit", ["merchant_presentation_reference": "fail-life-1"])["code"], -32001)

        // Deletes answer {} from a 204; cancel ends it.
        let other = try activeSubscription("life2")
        let p = try string(sidecar.result("createPresentation", ["subscription_id": .string(other.subscription), "merchant_presentation_reference": "pre-life2"]),
                           "presentation_id")
        XCTAssertEqual(sidecar.result("deletePresentation", ["presentation_id": .string(p)]), .object(JSONObject()))
        XCTAssertEqual(sidecar.result("getPresentation", ["presentation_id": .string(p)])["status"], "CANCELLED")
        XCTAssertEqual(sidecar.result("cancelSubscription", ["subscription_id": .string(other.subscription)])["status"], "CANCELLED")
        XCTAssertEqual(events("SUBSCRIPTION_CANCELLED").count, 1)
        XCTAssertEqual(sidecar.result("deletePlan", ["plan_id": .string(other.plan)]), .object(JSONObject()))
        XCTAssertEqual(sidecar.result("getPlan", ["plan_id": .string(other.plan)])["status"], "INACTIVE")
        XCTAssertEqual(sidecar.result("deleteCustomerToken", ["customer_id": .string(other.customer), "token_id": .string(other.token),
                                                              "merchant_unique_reference": "del-1"])["status"], "DEACTIVATED")
        XCTAssertEqual(sidecar.result("deleteCardToken", ["token_id": .string(s.token)])["status"], "DEACTIVATED")
        XCTAssertEqual(events("TOKEN_DEACTIVATED").count, 2)
    }

    /// The definition's required fields are refused by the sidecar (-32602) and by the simulator (400) alike.
    func testRequestsAreCheckedAgainstTheDeclaration() throws {
        let e = sidecar.error("createPlan", ["frequency": "Month", "end_date": "2027-12-31T00:00:00Z", "merchant_plan_reference": "p"])
        XCTAssertEqual(e["code"], -32602)
        XCTAssertEqual(e["data"]?["field"], "plan_name")
        XCTAssertEqual(sidecar.error("createPlan", ["plan_name": "x", "frequency": "Fortnight", "end_date": "e", "merchant_plan_reference": "p"])["data"]?["field"],
                       "frequency")
        XCTAssertEqual(sidecar.error("executeMandateDebit", ["is_merchant_retry": "true"])["data"]?["field"], "presentation_id")
        XCTAssertEqual(sidecar.error("createSubscription", ["plan_id": "p"])["code"], -32602)
    }
}
