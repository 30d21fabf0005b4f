import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Support
import XCTest

/// `plural-sidecar simulate --port 0` as a separate process: the gateway stand-in the sidecar reaches over
/// real loopback HTTP. Controlled through its `/_simulator/…` endpoints.
final class SimulatorProcess: @unchecked Sendable {
    let process: SidecarProcess
    let url: String

    init(environment: [String: String] = [:]) throws {
        process = try SidecarProcess(arguments: ["simulate", "--port", "0"], environment: environment)
        guard let line = process.stdout.next(timeout: 10), line.hasPrefix("http://127.0.0.1:") else {
            throw NSError(domain: "simulator did not start: \(process.stderr.text)", code: 1)
        }
        url = line
    }

    /// A sidecar pointed at this simulator through its real URLSession path.
    func sidecar(environment: [String: String] = [:], arguments: [String] = []) throws -> SidecarProcess {
        var env = ["PLURAL_ENV": "uat", "PLURAL_API_URL": url, "PLURAL_CLIENT_ID": "client-1", "PLURAL_CLIENT_SECRET": "secret-1",
                   "PLURAL_TIMEOUT": "5", "PLURAL_RECONCILE_TIMEOUT": "2"]
        for (k, v) in environment { env[k] = v }
        return try SidecarProcess(arguments: arguments, environment: env)
    }

    @discardableResult
    func control(_ method: String, _ path: String, _ body: JSONValue? = nil) -> JSONValue? {
        var req = URLRequest(url: URL(string: url + path)!, timeoutInterval: 10)
        req.httpMethod = method
        if let body { req.httpBody = Data(JSONWriter.bytes(body)) }
        let done = DispatchSemaphore(value: 0)
        let result = Locked<JSONValue?>(nil)
        URLSession.shared.dataTask(with: req) { data, _, _ in
            if let data { result.withLock { $0 = try? JSONParser.parse([UInt8](data)) } }
            done.signal()
        }.resume()
        done.wait()
        return result.current
    }

    func faults(_ faults: JSONValue, extra: JSONObject = [:]) {
        var body = extra
        body["faults"] = faults
        control("POST", "/_simulator/faults", .object(body))
    }

    var stats: JSONValue { control("GET", "/_simulator/stats") ?? .null }
    var tokenRequests: Int { stats["token_requests"]?.numberValue?.int ?? -1 }
    var requestCount: Int { stats["requests"]?.numberValue?.int ?? -1 }
    var recentRequests: [JSONValue] { stats["recent_requests"]?.arrayValue ?? [] }

    func pay(_ orderID: String, outcome: String = "success") -> JSONValue? {
        control("POST", "/_simulator/pay", ["order_id": .string(orderID), "outcome": .string(outcome)])
    }
}

extension SidecarProcess {
    /// The result of a call, failing the test if it was an error.
    func result(_ method: String, _ params: JSONValue, file: StaticString = #filePath, line: UInt = #line) -> JSONValue {
        let a = try? call(method, params)
        XCTAssertNil(a?["error"], "\(method) failed: \(a.map(JSONWriter.string) ?? "no answer")", file: file, line: line)
        return a?["result"] ?? .null
    }

    /// The error of a call, failing the test if it succeeded.
    func error(_ method: String, _ params: JSONValue, file: StaticString = #filePath, line: UInt = #line) -> JSONValue {
        let a = try? call(method, params, timeout: 30)
        XCTAssertNotNil(a?["error"], "\(method) unexpectedly succeeded: \(a.map(JSONWriter.string) ?? "no answer")", file: file, line: line)
        return a?["error"] ?? .null
    }
}

extension SimulatorProcess {
    /// An order paid by card through `sidecar`: PROCESSED, or AUTHORIZED (ready to capture) with `preAuth`.
    func paidOrder(through sidecar: SidecarProcess, _ reference: String, preAuth: Bool = false) throws -> String {
        let id = try XCTUnwrap(sidecar.result("createOrder", orderParams(reference, preAuth: preAuth))["order_id"]?.stringValue)
        _ = sidecar.result("createPayment", cardPayment(id, reference: "pay-\(reference)"))
        _ = pay(id)
        return id
    }
}

func orderParams(_ reference: String, value: Int = 1100, preAuth: Bool = true) -> JSONValue {
    ["merchant_order_reference": .string(reference), "order_amount": ["value": .int(value), "currency": "INR"], "pre_auth": .bool(preAuth),
     "purchase_details": ["customer": ["email_id": "kevin.bob@example.com", "first_name": "Kevin", "mobile_number": "9876543210"]]]
}

func cardPayment(_ orderID: String, value: Int = 1100, reference: String = "pay-1", card: String = "4111111111111111") -> JSONValue {
    ["order_id": .string(orderID), "payments": [[
        "payment_method": "CARD", "merchant_payment_reference": .string(reference),
        "payment_amount": ["value": .int(value), "currency": "INR"],
        "payment_option": ["card_details": ["name": "Kevin Bob", "card_number": .string(card), "cvv": "987", "expiry_month": "04", "expiry_year": "2031"]],
    ]]]
}
