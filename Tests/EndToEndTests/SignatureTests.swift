import Foundation
import Support
import XCTest

/// verifySignature and verifyWebhook, with every expected signature computed by another implementation
/// (Python's hmac module), so the sidecar is never checked against itself.
final class SignatureTests: XCTestCase {
    static let secretKey = "a1b2c3d4e5f60718293a4b5c6d7e8f90"
    static let merchantSecret = "00ff10ee20dd30cc40bb50aa60996088"
    var sidecar: SidecarProcess!

    override func setUpWithError() throws {
        sidecar = try SidecarProcess(environment: ["PLURAL_ENV": "uat", "PLURAL_SECRET_KEY": Self.secretKey,
                                                   "PLURAL_MERCHANT_SECRET": Self.merchantSecret, "PLURAL_WEBHOOK_SECRET": "whsec_c2VjcmV0LWtleS1ieXRlcw=="])
    }

    override func tearDown() { sidecar = nil }

    /// HMAC-SHA256 by Python: `python3 - hexkey|rawkey message` → upper hex or base64.
    static func python(_ script: String, _ args: [String]) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", script] + args
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        p.waitUntilExit()
        return String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func hexHMAC(hexKey: String, _ message: String) throws -> String {
        try python("import hmac,hashlib,sys; print(hmac.new(bytes.fromhex(sys.argv[1]), sys.argv[2].encode(), hashlib.sha256).hexdigest().upper())",
                   [hexKey, message])
    }

    /// Sorted (byte order) k=v&… without the named fields: computed in Python too.
    static func signedString(_ fields: [String: String], excluding: [String]) throws -> String {
        let json = JSONWriter.string(.object(JSONObject(fields.map { JSONObject.Member(key: $0.key, value: .string($0.value)) })))
        return try python("""
        import json,sys
        f=json.loads(sys.argv[1]); ex=set(sys.argv[2].split(','))
        print('&'.join(k+'='+f[k] for k in sorted(f, key=lambda k: k.encode()) if k not in ex), end='')
        """, [json, excluding.joined(separator: ",")])
    }

    private func verify(_ payload: [String: String]) -> JSONValue? {
        let params: JSONValue = ["payload": .object(JSONObject(payload.map { JSONObject.Member(key: $0.key, value: .string($0.value)) }))]
        return try? sidecar.call("verifySignature", params)
    }

    func testV3CallbackValidTamperedLowercaseAndGarbage() throws {
        var fields = ["order_id": "v1-4405071524-aa-qlAtAf", "payment_status": "AUTHORIZED", "error_code": "", "error_message": "Consumer Authentication Required  "]
        let signature = try Self.hexHMAC(hexKey: Self.secretKey, Self.signedString(fields, excluding: []))
        fields["signature"] = signature
        XCTAssertEqual(verify(fields)?["result"], ["valid": true, "scheme": "v3-callback"])
        var lower = fields; lower["signature"] = signature.lowercased()
        XCTAssertEqual(verify(lower)?["result"]?["valid"], true, "comparison must ignore case")
        var tampered = fields; tampered["payment_status"] = "PROCESSED"
        XCTAssertEqual(verify(tampered)?["result"]?["valid"], false)
        var trimmed = fields; trimmed["error_message"] = "Consumer Authentication Required"
        XCTAssertEqual(verify(trimmed)?["result"]?["valid"], false, "values must be used exactly as received")
        var extra = fields; extra["injected"] = "1"
        XCTAssertEqual(verify(extra)?["result"]?["valid"], false)
        for garbage in ["", "zz", "ABC", String(repeating: "G", count: 64), signature + "00", String(signature.dropLast())] {
            var g = fields; g["signature"] = garbage
            XCTAssertEqual(verify(g)?["result"]?["valid"], false, "signature \(garbage.debugDescription)")
        }
        // Field order in the payload does not matter: the signed string is sorted.
        let reordered: JSONValue = ["payload": ["signature": .string(signature), "payment_status": "AUTHORIZED", "error_message": "Consumer Authentication Required  ",
                                                "order_id": "v1-4405071524-aa-qlAtAf", "error_code": ""]]
        XCTAssertEqual(try sidecar.call("verifySignature", reordered)["result"]?["valid"], true)
    }

    func testV2CallbackUsesByteOrderAndTheMerchantSecret() throws {
        var fields = ["merchant_id": "106598", "merchant_access_code": "4a39a6d4-46b7-474d-929d-21bf0e9ed607", "unique_merchant_txn_id": "TestNode3222",
                      "pine_pg_txn_status": "4", "txn_completion_date_time": "18/03/2024 04:44:49 PM", "amount_in_paisa": "1000",
                      "txn_response_code": "1", "txn_response_msg": "SUCCESS", "acquirer_name": "BILLDESK", "pine_pg_transaction_id": "14635747",
                      "Acquirer_Response_Code": "0300", "Acquirer_Response_Message": "DEFAULT", "parent_txn_status": "", "udf_field_1": ""]
        let message = try Self.signedString(fields, excluding: [])
        XCTAssertTrue(message.hasPrefix("Acquirer_Response_Code=0300&Acquirer_Response_Message=DEFAULT&acquirer_name="), "byte order puts upper case first")
        fields["dia_secret"] = try Self.hexHMAC(hexKey: Self.merchantSecret, message)
        fields["dia_secret_type"] = "SHA256"
        XCTAssertEqual(verify(fields)?["result"], ["valid": true, "scheme": "v2-callback"])
        var tampered = fields; tampered["amount_in_paisa"] = "100000"
        XCTAssertEqual(verify(tampered)?["result"]?["valid"], false)
        var wrongKey = fields; wrongKey["dia_secret"] = try Self.hexHMAC(hexKey: Self.secretKey, message)
        XCTAssertEqual(verify(wrongKey)?["result"]?["valid"], false, "v2 must use the merchant secret, not the v3 key")
    }

    func testInquiryAnswerScheme() throws {
        var fields = ["ppc_MerchantID": "106598", "ppc_PinePGTxnStatus": "4", "ppc_TxnResponseCode": "1", "ppc_UniqueMerchantTxnID": "T1"]
        fields["ppc_DIA_SECRET"] = try Self.hexHMAC(hexKey: Self.merchantSecret, Self.signedString(fields, excluding: []))
        fields["ppc_DIA_SECRET_TYPE"] = "SHA256"
        XCTAssertEqual(verify(fields)?["result"], ["valid": true, "scheme": "v2-inquiry"])
        fields["ppc_TxnResponseCode"] = "0"
        XCTAssertEqual(verify(fields)?["result"]?["valid"], false)
    }

    func testNothingToVerifyIsInvalidParamsAndMissingKeyIsASetting() throws {
        let e = try sidecar.call("verifySignature", ["payload": ["order_id": "x"]])
        XCTAssertEqual(e["error"]?["code"], -32602)
        XCTAssertEqual(e["error"]?["data"]?["field"], "payload")
        XCTAssertEqual(try sidecar.call("verifySignature", [:])["error"]?["code"], -32602)
        XCTAssertEqual(try sidecar.call("verifySignature", ["payload": "x"])["error"]?["code"], -32602)
        let bare = try SidecarProcess(environment: ["PLURAL_ENV": "uat"])
        let m = try bare.call("verifySignature", ["payload": ["order_id": "x", "signature": "AB"]])
        XCTAssertEqual(m["error"]?["code"], -32004)
        XCTAssertEqual(m["error"]?["data"]?["setting"], "PLURAL_SECRET_KEY")
    }

    // MARK: webhooks

    private func webhookSignature(key: String, id: String, ts: String, body: String, base64Key: Bool) throws -> String {
        try Self.python("""
        import hmac,hashlib,base64,sys
        k=base64.b64decode(sys.argv[1]) if sys.argv[5]=='1' else sys.argv[1].encode()
        print(base64.b64encode(hmac.new(k, (sys.argv[2]+'.'+sys.argv[3]+'.'+sys.argv[4]).encode(), hashlib.sha256).digest()).decode())
        """, [key, id, ts, body, base64Key ? "1" : "0"])
    }

    func testWebhookValidAnyOfSeveralSignaturesCaseInsensitiveHeaders() throws {
        let body = #"{"event_type":"ORDER_PROCESSED","data":{"order_id":"v1-1","status":"PROCESSED","order_amount":{"value":1100,"currency":"INR"}}}"#
        let ts = String(Int(Date().timeIntervalSince1970))
        let good = try webhookSignature(key: "c2VjcmV0LWtleS1ieXRlcw==", id: "msg_1", ts: ts, body: body, base64Key: true)
        let a = try sidecar.call("verifyWebhook", ["headers": ["Webhook-Id": "msg_1", "WEBHOOK-TIMESTAMP": .string(ts),
                                                              "webhook-signature": .string("v1,bm90IGl0 v1,\(good)")], "body": .string(body)])
        XCTAssertEqual(a["result"]?["valid"], true, "\(a)")
        XCTAssertEqual(a["result"]?["webhook_id"], "msg_1")
        XCTAssertEqual(a["result"]?["event_type"], "ORDER_PROCESSED")
        XCTAssertEqual(a["result"]?["data"]?["order_amount"]?["value"], 1100)
        // One byte of the body changed.
        let t = try sidecar.call("verifyWebhook", ["headers": ["webhook-id": "msg_1", "webhook-timestamp": .string(ts), "webhook-signature": .string("v1,\(good)")],
                                                   "body": .string(body.replacingOccurrences(of: "1100", with: "1101"))])
        XCTAssertEqual(t["result"]?["valid"], false)
        XCTAssertNil(t["result"]?["data"], "unverified data must not be handed back")
        let v2 = try sidecar.call("verifyWebhook", ["headers": ["webhook-id": "msg_1", "webhook-timestamp": .string(ts), "webhook-signature": .string("v2,\(good)")],
                                                    "body": .string(body)])
        XCTAssertEqual(v2["result"]?["valid"], false, "only v1 entries count")
    }

    func testWebhookTimestampToleranceBothWays() throws {
        let body = #"{"event_type":"ORDER_FAILED"}"#
        for offset in [-310, 310, -100_000] {
            let ts = String(Int(Date().timeIntervalSince1970) + offset)
            let sig = try webhookSignature(key: "c2VjcmV0LWtleS1ieXRlcw==", id: "m", ts: ts, body: body, base64Key: true)
            let a = try sidecar.call("verifyWebhook", ["headers": ["webhook-id": "m", "webhook-timestamp": .string(ts), "webhook-signature": .string("v1,\(sig)")],
                                                       "body": .string(body)])
            XCTAssertEqual(a["result"]?["valid"], false, "offset \(offset)")
        }
        let ts = String(Int(Date().timeIntervalSince1970) - 200)
        let sig = try webhookSignature(key: "c2VjcmV0LWtleS1ieXRlcw==", id: "m", ts: ts, body: body, base64Key: true)
        XCTAssertEqual(try sidecar.call("verifyWebhook", ["headers": ["webhook-id": "m", "webhook-timestamp": .string(ts), "webhook-signature": .string("v1,\(sig)")],
                                                          "body": .string(body)])["result"]?["valid"], true)
    }

    func testRawKeyEncodingIsAnExplicitSettingAndTheClientSecretIsNoDefault() throws {
        // The Magento plugin keys with the secret's raw bytes; that form must be asked for by name.
        let s = try SidecarProcess(environment: ["PLURAL_ENV": "uat", "PLURAL_WEBHOOK_SECRET": "client-secret-9",
                                                 "PLURAL_WEBHOOK_SECRET_ENCODING": "raw"])
        let ts = String(Int(Date().timeIntervalSince1970)), body = "{}"
        let sig = try webhookSignature(key: "client-secret-9", id: "w", ts: ts, body: body, base64Key: false)
        XCTAssertEqual(try s.call("verifyWebhook", ["headers": ["webhook-id": "w", "webhook-timestamp": .string(ts), "webhook-signature": .string("v1,\(sig)")],
                                                    "body": .string(body)])["result"]?["valid"], true)
        let missing = try s.call("verifyWebhook", ["headers": ["webhook-id": "w", "webhook-timestamp": .string(ts)], "body": .string(body)])
        XCTAssertEqual(missing["error"]?["data"]?["field"], "headers.webhook-signature")

        // Only the client secret set: no silent fallback onto it (it is not the webhook key).
        let none = try SidecarProcess(environment: ["PLURAL_ENV": "uat", "PLURAL_CLIENT_SECRET": "client-secret-9"])
        let e = try none.call("verifyWebhook", ["headers": ["webhook-id": "w", "webhook-timestamp": .string(ts), "webhook-signature": .string("v1,\(sig)")],
                                                "body": .string(body)])
        XCTAssertEqual(e["error"]?["code"], -32004)
        XCTAssertEqual(e["error"]?["data"]?["setting"], "PLURAL_WEBHOOK_SECRET")
        // A secret that is not canonical base64, with the default encoding, is a setting error naming the way out.
        let bad = try SidecarProcess(environment: ["PLURAL_ENV": "uat", "PLURAL_WEBHOOK_SECRET": "not base64!"])
        let b = try bad.call("verifyWebhook", ["headers": ["webhook-id": "w", "webhook-timestamp": .string(ts), "webhook-signature": .string("v1,\(sig)")],
                                               "body": .string(body)])
        XCTAssertEqual(b["error"]?["data"]?["setting"], "PLURAL_WEBHOOK_SECRET")
        XCTAssertTrue(b["error"]?["message"]?.stringValue?.contains("PLURAL_WEBHOOK_SECRET_ENCODING=raw") ?? false, "\(b)")
    }

    /// The official guide's rule: the key is the base64-decoded secret; `v1,` and `v1=` forms; a redelivery
    /// of a verified webhook-id answers replay: true.
    func testOfficialKeyRuleBothSignatureFormsAndReplay() throws {
        let s = try SidecarProcess(environment: ["PLURAL_ENV": "uat", "PLURAL_WEBHOOK_SECRET": "YWJjMTIzNA=="])
        let ts = String(Int(Date().timeIntervalSince1970)), body = #"{"event_type":"ORDER_PROCESSED","data":{"order_id":"v1-9"}}"#
        let sig = try webhookSignature(key: "YWJjMTIzNA==", id: "msg_replay", ts: ts, body: body, base64Key: true)
        func verify(_ id: String, _ header: String) throws -> JSONValue {
            try s.call("verifyWebhook", ["headers": ["webhook-id": .string(id), "webhook-timestamp": .string(ts), "webhook-signature": .string(header)],
                                         "body": .string(body)])["result"] ?? .null
        }
        let first = try verify("msg_replay", "v1,\(sig)")
        XCTAssertEqual(first["valid"], true)
        XCTAssertEqual(first["replay"], false)
        XCTAssertEqual(first["event_type"], "ORDER_PROCESSED")
        let again = try verify("msg_replay", "v1=\(sig)")
        XCTAssertEqual(again["valid"], true, "the v1= form verifies too")
        XCTAssertEqual(again["replay"], true, "a redelivery of a verified id is flagged")
        // The raw-bytes key (the Magento rule) does not verify under the default.
        let rawSig = try webhookSignature(key: "YWJjMTIzNA==", id: "msg_raw", ts: ts, body: body, base64Key: false)
        XCTAssertEqual(try verify("msg_raw", "v1,\(rawSig)")["valid"], false)
        // A forged signature is not remembered: the genuine first delivery after it is not a replay.
        let forged = try verify("msg_new", "v1,\(rawSig)")
        XCTAssertEqual(forged["valid"], false)
        let genuine = try verify("msg_new", "v1,\(try webhookSignature(key: "YWJjMTIzNA==", id: "msg_new", ts: ts, body: body, base64Key: true))")
        XCTAssertEqual(genuine["valid"], true)
        XCTAssertEqual(genuine["replay"], false)
    }
}
