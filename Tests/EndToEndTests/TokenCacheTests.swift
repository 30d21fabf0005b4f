import Foundation
import Support
import XCTest

/// The OAuth token cache, observed from the simulator's side of the wire.
final class TokenCacheTests: XCTestCase {
    var simulator: SimulatorProcess!

    override func setUpWithError() throws { simulator = try SimulatorProcess() }
    override func tearDown() { simulator = nil }

    func testOneTokenFetchUnder200ConcurrentCalls() throws {
        let sidecar = try simulator.sidecar()
        simulator.faults([["kind": "latency", "ms": 100, "path": "/api/auth", "times": .null]])
        var blob = ""
        for i in 0..<200 {
            blob += JSONWriter.string(["jsonrpc": "2.0", "id": .int(i), "method": "createOrder", "params": orderParams("conc-\(i)")]) + "\n"
        }
        sidecar.write(Array(blob.utf8))
        let answers = sidecar.stdout.take(200, timeout: 60).compactMap { try? JSONParser.parse($0) }
        XCTAssertEqual(answers.count, 200)
        XCTAssertEqual(answers.filter { $0["result"]?["order_id"] != nil }.count, 200)
        XCTAssertEqual(simulator.tokenRequests, 1, "a cold cache under concurrency must fetch exactly one token")
        _ = sidecar.result("getOrder", ["merchant_order_reference": "conc-7"])
        XCTAssertEqual(simulator.tokenRequests, 1, "the token must be reused")
    }

    func testRefreshAfterExpiresIn() throws {
        simulator.control("POST", "/_simulator/faults", ["token_ttl": 2, "token_form": "expires_in"])
        let sidecar = try simulator.sidecar()
        _ = sidecar.result("createOrder", orderParams("ttl-1"))
        _ = sidecar.result("createOrder", orderParams("ttl-2"))
        XCTAssertEqual(simulator.tokenRequests, 1)
        usleep(2_100_000)
        _ = sidecar.result("createOrder", orderParams("ttl-3"))
        XCTAssertEqual(simulator.tokenRequests, 2, "an expired token must be replaced before use")
    }

    func testRefreshAfterExpiresAt() throws {
        simulator.control("POST", "/_simulator/faults", ["token_ttl": 2, "token_form": "expires_at"])
        let sidecar = try simulator.sidecar()
        _ = sidecar.result("createOrder", orderParams("at-1"))
        XCTAssertEqual(simulator.tokenRequests, 1)
        usleep(2_200_000)
        _ = sidecar.result("createOrder", orderParams("at-2"))
        XCTAssertEqual(simulator.tokenRequests, 2)
    }

    func testA401DropsTheTokenAndRetriesOnce() throws {
        let sidecar = try simulator.sidecar()
        _ = sidecar.result("createOrder", orderParams("r401-1"))
        simulator.faults([["kind": "unauthorized", "path": "/api/pay/v1/orders", "times": 1]])
        let order = sidecar.result("getOrder", ["merchant_order_reference": "r401-1"])
        XCTAssertNotNil(order["order_id"])
        XCTAssertEqual(simulator.tokenRequests, 2)
    }

    func testA401ThatPersistsIsAGatewayError() throws {
        let sidecar = try simulator.sidecar()
        simulator.faults([["kind": "unauthorized", "path": "/api/pay", "times": 5]])
        let e = sidecar.error("getOrder", ["order_id": "v1-x"])
        XCTAssertEqual(e["code"], -32001)
        XCTAssertEqual(e["data"]?["http_status"], 401)
    }

    func testRefusedCredentialsAreMinus32002() throws {
        simulator = try SimulatorProcess(environment: ["PLURAL_CLIENT_ID": "right", "PLURAL_CLIENT_SECRET": "right-secret"])
        let sidecar = try simulator.sidecar(environment: ["PLURAL_CLIENT_ID": "right", "PLURAL_CLIENT_SECRET": "wrong"])
        let e = sidecar.error("createOrder", orderParams("cred-1"))
        XCTAssertEqual(e["code"], -32002)
        XCTAssertEqual(e["data"]?["http_status"], 401)
        XCTAssertEqual(e["data"]?["error"], "invalid_client")
        XCTAssertNotNil(e["data"]?["error_description"]?.stringValue)
        XCTAssertFalse(JSONWriter.string(e).contains("wrong"))
        let ok = try simulator.sidecar(environment: ["PLURAL_CLIENT_ID": "right", "PLURAL_CLIENT_SECRET": "right-secret"])
        XCTAssertNotNil(ok.result("createOrder", orderParams("cred-2"))["order_id"])
    }

    func testTokenEndpointOutageIsRetried() throws {
        let sidecar = try simulator.sidecar()
        simulator.faults([["kind": "status", "status": 503, "path": "/api/auth", "times": 2]])
        XCTAssertNotNil(sidecar.result("createOrder", orderParams("tok-503"))["order_id"])
        XCTAssertEqual(simulator.tokenRequests, 1, "the two 503s are answered by the fault, the third attempt reaches the token endpoint")
    }
}
