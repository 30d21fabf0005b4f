import Foundation
import Support
import XCTest

/// Params are checked before any call; settings fail only the calls that need them.
final class ValidationAndConfigTests: XCTestCase {
    func testBadParamsAreMinus32602WithTheFieldPathAndNeverReachTheGateway() throws {
        let simulator = try SimulatorProcess()
        let sidecar = try simulator.sidecar()
        _ = sidecar.result("createOrder", orderParams("v-warm"))
        let before = simulator.requestCount
        let amount = { (v: JSONValue) -> JSONValue in ["merchant_order_reference": "v", "order_amount": ["value": v, "currency": "INR"]] }
        let cases: [(String, JSONValue, String)] = [
            ("createOrder", amount(.number(JSONNumber(text: "10.5"))), "order_amount.value"),
            ("createOrder", amount("1100"), "order_amount.value"),
            ("createOrder", amount(0), "order_amount.value"),
            ("createOrder", amount(-5), "order_amount.value"),
            ("createOrder", amount(.number(JSONNumber(text: "1e3"))), "order_amount.value"),
            ("createOrder", amount(.number(JSONNumber(text: "99999999999999999999"))), "order_amount.value"),
            ("createOrder", ["merchant_order_reference": "v", "order_amount": ["value": 100, "currency": "rupees"]], "order_amount.currency"),
            ("createOrder", ["order_amount": ["value": 100, "currency": "INR"]], "merchant_order_reference"),
            ("createOrder", ["merchant_order_reference": "v"], "order_amount"),
            ("createOrder", ["merchant_order_reference": "v", "order_amount": ["value": 100, "currency": "INR"], "pre_auth": "yes"], "pre_auth"),
            ("getOrder", [:], "order_id"),
            ("getOrder", ["order_id": "../../etc/passwd"], "order_id"),
            ("createPayment", ["order_id": "v1-x", "payments": []], "payments"),
            ("createPayment", cardPayment("v1-x", card: "4111111111111112"), "payments[0].payment_option.card_details.card_number"),
            ("createPayment", ["order_id": "v1-x", "payments": [["merchant_payment_reference": "ref-1", "payment_method": "BITCOIN", "payment_amount": ["value": 1, "currency": "INR"]]]], "payments[0].payment_method"),
            ("createPayment", ["order_id": "v1-x", "payments": [["merchant_payment_reference": "ref-2", "payment_method": "UPI", "payment_amount": ["value": 1, "currency": "INR"],
                                                               "payment_option": ["upi_details": ["txn_mode": "COLLECT", "payer": ["vpa": "nobank"]]]]]],
             "payments[0].payment_option.upi_details.payer.vpa"),
            ("capture", ["order_id": "v1-x"], "merchant_capture_reference"),
            ("capture", ["order_id": "v1-x", "merchant_capture_reference": "c", "capture_amount": ["value": .number(JSONNumber(text: "1.5")), "currency": "INR"]], "capture_amount.value"),
            ("cancel", [:], "order_id"),
            ("refund", ["order_id": "v1-x", "merchant_order_reference": "r", "order_amount": ["value": 99, "currency": "INR"]], "order_amount.value"),
            ("createCheckout", ["order_amount": ["value": 100, "currency": "INR"]], "merchant_order_reference"),
            ("createPaymentLink", ["amount": ["value": 0, "currency": "INR"], "merchant_payment_link_reference": "pl"], "amount.value"),
            ("createPaymentLink", ["amount": ["value": 10, "currency": "INR"]], "merchant_payment_link_reference"),
            ("cancelPaymentLink", [:], "payment_link_id"),
        ]
        for (method, params, field) in cases {
            let e = sidecar.error(method, params)
            XCTAssertEqual(e["code"], -32602, "\(method) \(JSONWriter.string(params))")
            XCTAssertEqual(e["data"]?["field"]?.stringValue, field, "\(method) \(JSONWriter.string(params))")
            XCTAssertNotNil(e["data"]?["reason"]?.stringValue)
        }
        XCTAssertEqual(simulator.requestCount, before, "a call with bad params reached the gateway")
        let expired = cardPayment("v1-x")
        if case .object(var o) = expired, case .array(var payments)? = o["payments"], case .object(var p) = payments[0] {
            p["payment_option"] = ["card_details": ["card_number": "4111111111111111", "cvv": "123", "expiry_month": "01", "expiry_year": "2020"]]
            payments[0] = .object(p); o["payments"] = .array(payments)
            XCTAssertEqual(sidecar.error("createPayment", .object(o))["data"]?["field"], "payments[0].payment_option.card_details.expiry_year")
        }
    }

    func testMissingSettingsFailOnlyTheCallsThatNeedThem() throws {
        let sidecar = try SidecarProcess(environment: ["PLURAL_ENV": "uat", "PLURAL_API_URL": "http://127.0.0.1:9"])
        XCTAssertEqual(sidecar.result("ping", [:])["env"], "uat")
        let e = sidecar.error("createOrder", orderParams("cfg-1"))
        XCTAssertEqual(e["code"], -32004)
        XCTAssertEqual(e["data"]?["setting"], "PLURAL_CLIENT_ID")
        let t = try SidecarProcess(environment: ["PLURAL_ENV": "simulator", "PLURAL_TIMEOUT": "soon"])
        XCTAssertEqual(t.error("createOrder", orderParams("cfg-2"))["data"]?["setting"], "PLURAL_TIMEOUT")
        let env = try SidecarProcess(environment: ["PLURAL_ENV": "staging"])
        XCTAssertEqual(env.error("createOrder", orderParams("cfg-3"))["data"]?["setting"], "PLURAL_ENV")
        XCTAssertEqual(env.result("ping", [:])["env"], "staging")
    }

    func testSimulatorMethodsAreRefusedOutsideSimulatorMode() throws {
        let sidecar = try SidecarProcess(environment: ["PLURAL_ENV": "uat"])
        XCTAssertEqual(sidecar.error("simulator.pay", ["order_id": "v1-x"])["code"], -32601)
    }

    func testConfigFileIsReadAndRefusedWhenOthersCanReadSecrets() throws {
        let path = "/tmp/plural-sidecar-config-\(getpid()).json"
        defer { unlink(path) }
        try Data(#"{"PLURAL_ENV":"simulator","PLURAL_CLIENT_SECRET":"from-file"}"#.utf8).write(to: URL(fileURLWithPath: path))
        chmod(path, 0o644)
        let loose = try SidecarProcess(arguments: ["--config", path], environment: ["PLURAL_ENV": "uat"])
        XCTAssertNotEqual(loose.waitForExit(), 0)
        XCTAssertTrue(loose.stderr.text.contains("chmod 600"), loose.stderr.text)
        XCTAssertFalse(loose.stderr.text.contains("from-file"))
        chmod(path, 0o600)
        let tight = try SidecarProcess(arguments: ["--config", path], environment: ["PLURAL_ENV": "uat"])
        XCTAssertEqual(tight.result("ping", [:])["env"], "simulator")
    }

    func testSecretsAreRefusedOnTheCommandLine() throws {
        let s = try SidecarProcess(arguments: ["--client-secret", "abc"])
        XCTAssertEqual(s.waitForExit(), 2)
        XCTAssertFalse(s.stderr.text.contains("abc"))
    }
}

/// Nothing secret reaches the logs, even at debug level.
final class LogHygieneTests: XCTestCase {
    func testDebugLogsCarryNoSecretsOrCardData() throws {
        let simulator = try SimulatorProcess(environment: ["PLURAL_CLIENT_ID": "client-1", "PLURAL_CLIENT_SECRET": "top-secret-value-1"])
        let sidecar = try simulator.sidecar(environment: ["PLURAL_LOG_LEVEL": "debug", "PLURAL_CLIENT_SECRET": "top-secret-value-1",
                                                          "PLURAL_SECRET_KEY": "a1b2c3d4e5f60718293a4b5c6d7e8f90"])
        let orderID = try XCTUnwrap(sidecar.result("createOrder", orderParams("log-1"))["order_id"]?.stringValue)
        _ = sidecar.result("createPayment", cardPayment(orderID, card: "5555555555554444"))
        _ = sidecar.error("createPayment", cardPayment(orderID, reference: "pay-2", card: "4000056655665556"))  // second payment: refused by state
        _ = sidecar.error("createPayment", cardPayment("v1-x", card: "4111111111111112"))  // refused by validation
        simulator.faults([["kind": "status", "status": 400, "body": #"{"code":"INVALID_REQUEST","message":"bad card 4000056655665556"}"#, "path": "/api/pay", "times": 1]])
        let echoed = sidecar.error("getOrder", ["order_id": .string(orderID)])
        XCTAssertFalse(JSONWriter.string(echoed).contains("4000056655665556"), "a card number echoed by the gateway reached the client")
        sidecar.closeStdin()
        _ = sidecar.waitForExit()
        let logs = sidecar.stderr.text
        XCTAssertTrue(logs.contains("\"level\":\"debug\""), "debug logging is not on")
        for secret in ["5555555555554444", "4000056655665556", "4111111111111112", "\"987\"", "top-secret-value-1", "a1b2c3d4e5f60718293a4b5c6d7e8f90", "Bearer", "sim."] {
            XCTAssertFalse(logs.contains(secret), "\(secret) appears in the logs")
        }
    }

    /// Foundation's URLSession debug switches would print whole requests (client secret, bearer token, card
    /// number) to stderr; the sidecar clears them at start.
    func testFoundationDebugSwitchesCannotLeakSecrets() throws {
        let simulator = try SimulatorProcess()
        let sidecar = try simulator.sidecar(environment: ["URLSessionDebugLibcurl": "1", "URLSessionDebug": "1",
                                                          "PLURAL_CLIENT_SECRET": "top-secret-value-2"])
        let orderID = try XCTUnwrap(sidecar.result("createOrder", orderParams("dbg-1"))["order_id"]?.stringValue)
        _ = sidecar.result("createPayment", cardPayment(orderID, card: "5555555555554444"))
        sidecar.closeStdin()
        _ = sidecar.waitForExit()
        let logs = sidecar.stderr.text
        for secret in ["top-secret-value-2", "5555555555554444", "Bearer", "client_secret"] {
            XCTAssertFalse(logs.contains(secret), "\(secret) appears on stderr")
        }
    }
}
