import Foundation
@testable import Plural
import PluralSimulator
import Support
import XCTest

/// The gateway layer without processes: token cache, parsing, validation, signature rules.
final class TokenCacheUnitTests: XCTestCase {
    func testSingleFlightUnderConcurrency() async throws {
        let fetches = Locked(0)
        let cache = TokenCache {
            fetches.withLock { $0 += 1 }
            try await Task.sleep(nanoseconds: 50_000_000)
            return AccessToken(value: "t", expiresAt: Date().addingTimeInterval(3600), issuedAt: Date())
        }
        try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<200 { group.addTask { try await cache.token().value } }
            for try await v in group { XCTAssertEqual(v, "t") }
        }
        XCTAssertEqual(fetches.current, 1)
    }

    func testAFailedFetchIsNotCachedAndInvalidateDropsOnlyThatToken() async throws {
        let n = Locked(0)
        let cache = TokenCache {
            let k = n.withLock { $0 += 1; return $0 }
            if k == 1 { throw GatewayError.credentialsRefused(httpStatus: 401, error: "invalid_client", description: nil) }
            return AccessToken(value: "t\(k)", expiresAt: Date().addingTimeInterval(3600), issuedAt: Date())
        }
        do { _ = try await cache.token(); XCTFail("expected the refusal") } catch {}
        let t2 = try await cache.token()
        XCTAssertEqual(t2.value, "t2")
        await cache.invalidate(AccessToken(value: "other", expiresAt: Date(), issuedAt: Date()))
        let still = try await cache.token()
        XCTAssertEqual(still.value, "t2")
        await cache.invalidate(t2)
        let t3 = try await cache.token()
        XCTAssertEqual(t3.value, "t3")
    }

    func testTokenAnswerForms() {
        let now = Date(timeIntervalSince1970: 1_700_000_000)
        let a = AccessToken.parse(["access_token": "x", "expires_in": 3600], now: now)
        XCTAssertEqual(a?.expiresAt, now.addingTimeInterval(3600))
        XCTAssertEqual(a?.refreshAt, now.addingTimeInterval(3540), "refresh 60 s early")
        let b = AccessToken.parse(["access_token": "x", "expires_at": "2023-11-14T22:13:20Z"], now: now.addingTimeInterval(-10))
        XCTAssertEqual(b?.expiresAt, now)
        XCTAssertEqual(b?.refreshAt, now.addingTimeInterval(-1), "short lifetimes refresh a tenth early")
        XCTAssertNil(AccessToken.parse(["expires_in": 5]))
        XCTAssertNil(AccessToken.parse(["access_token": ""]))
    }

    func testISO8601() {
        XCTAssertEqual(ISO8601.parse("2024-07-15T05:44:51Z")?.timeIntervalSince1970, 1_721_022_291)
        XCTAssertEqual(ISO8601.parse("2024-07-15T11:14:51+05:30")?.timeIntervalSince1970, 1_721_022_291)
        XCTAssertEqual(ISO8601.parse("2024-07-15T05:44:51.5Z")?.timeIntervalSince1970, 1_721_022_291.5)
        for bad in ["2024-07-15", "2024-13-15T05:44:51Z", "2024-07-15T05:44:51+0", "yesterday"] { XCTAssertNil(ISO8601.parse(bad), bad) }
    }
}

final class ValidationUnitTests: XCTestCase {
    func testPaise() throws {
        XCTAssertEqual(try Params.paise(.int(1100), field: "a"), 1100)
        for bad: JSONValue in [.number(JSONNumber(text: "10.5")), .number(JSONNumber(text: "1e3")), .number(JSONNumber(text: "1100.0")), "1100", 0, -1,
                               .number(JSONNumber(text: "9007199254740992")), .null, true] {
            XCTAssertThrowsError(try Params.paise(bad, field: "a"), "\(bad)")
        }
    }

    func testCardChecks() {
        XCTAssertNoThrow(try CardCheck.validate(Params(["card_number": "4111111111111111", "cvv": "123", "expiry_month": "12", "expiry_year": "2099"])))
        XCTAssertThrowsError(try CardCheck.validate(Params(["card_number": "4111 1111 1111 1111"])), "no separators (Plural's definition)")
        XCTAssertThrowsError(try CardCheck.validate(Params(["card_number": "4111111111111112"])))
        XCTAssertThrowsError(try CardCheck.validate(Params(["card_number": "4111111111111111", "expiry_month": "12", "expiry_year": "99"])))
        // Shapes are the contract's: a two-digit CVV is refused by the PaymentOption schema.
        let validator = SchemaValidator()
        XCTAssertThrowsError(try validator.validate(["card_details": ["card_number": "4111111111111111", "cvv": "12"]], Schema.ref("PaymentOption"), path: ""))
        XCTAssertNoThrow(try validator.validate(["card_details": ["card_number": "4111111111111111", "cvv": "123"]], Schema.ref("PaymentOption"), path: ""))
        XCTAssertThrowsError(try CardCheck.validate(Params(["card_number": "4111111111111111", "expiry_month": "13", "expiry_year": "2099"])))
        XCTAssertThrowsError(try CardCheck.validate(Params(["card_number": "4111111111111111", "expiry_month": "01", "expiry_year": "2001"])))
    }

    /// Ids that go into a URL path are checked by the contract's path-id schema (`Param.path`).
    func testPathIDsCannotEscapeThePath() {
        let validator = SchemaValidator(), schema = Schema.pathID("An id.")
        for bad in ["../x", "a/b", "a?b", "a#b", "..", "a\u{0}b"] {
            XCTAssertThrowsError(try validator.validate(.string(bad), schema, path: "order_id"), bad)
        }
        XCTAssertNoThrow(try validator.validate("v1-4405071524-aa-qlAtAf", schema, path: "order_id"))
    }
}

final class SignatureUnitTests: XCTestCase {
    func testSignedStringIsByteOrderedAndExact() {
        let m = SignedFields.message([("b", "2"), ("A", " x "), ("a", ""), ("signature", "S")], excluding: ["signature"])
        XCTAssertEqual(m, "A= x &a=&b=2")
    }

    func testCallbackVerifierMatchesTheSimulator() throws {
        let config = PluralConfig(values: ["PLURAL_SECRET_KEY": SimulatorSettings.defaultSecretKeyHex])
        let key = Hex.decode(SimulatorSettings.defaultSecretKeyHex)!
        let signature = SignedFields.sign("order_id=v1-1&payment_status=AUTHORIZED", key: key)
        let v = CallbackVerifier(config: config)
        XCTAssertEqual(try v.verify(["order_id": "v1-1", "payment_status": "AUTHORIZED", "signature": .string(signature)]).valid, true)
        XCTAssertEqual(try v.verify(["order_id": "v1-1", "payment_status": "AUTHORIZED", "signature": .string(signature.lowercased())]).valid, true)
        XCTAssertEqual(try v.verify(["order_id": "v1-2", "payment_status": "AUTHORIZED", "signature": .string(signature)]).valid, false)
        XCTAssertThrowsError(try v.verify(["order_id": "v1-1"]))
        XCTAssertThrowsError(try CallbackVerifier(config: PluralConfig(values: [:])).verify(["signature": "AB"]))
    }

    func testWebhookVerifier() throws {
        let v = WebhookVerifier(key: Array("k".utf8))
        let now = Date(timeIntervalSince1970: 1_700_000_000)
        let sig = v.signature(id: "m", timestamp: "1700000000", body: "{}")
        XCTAssertTrue(try v.verify(headers: ["Webhook-Id": "m", "Webhook-Timestamp": "1700000000", "Webhook-Signature": "v1,AAAA v1,\(sig)"], body: "{}", now: now).valid)
        XCTAssertFalse(try v.verify(headers: ["webhook-id": "m", "webhook-timestamp": "1700000000", "webhook-signature": "v1,\(sig)"], body: "{} ", now: now).valid)
        XCTAssertFalse(try v.verify(headers: ["webhook-id": "m", "webhook-timestamp": "1700000000", "webhook-signature": "v1,\(sig)"], body: "{}",
                                    now: now.addingTimeInterval(301)).valid)
        XCTAssertThrowsError(try v.verify(headers: ["webhook-id": "m"], body: "", now: now))
        let whsec = try WebhookVerifier(config: PluralConfig(values: ["PLURAL_WEBHOOK_SECRET": "whsec_" + Base64.encode(Array("k".utf8))]))
        XCTAssertEqual(whsec.signature(id: "m", timestamp: "1", body: "b"), v.signature(id: "m", timestamp: "1", body: "b"))
    }

    /// Plural's official test vector, checked at the time it was signed.
    func testOfficialWebhookVector() throws {
        let v = try WebhookVerifier(config: PluralConfig(values: ["PLURAL_WEBHOOK_SECRET": "YWJjMTIzNA=="]))
        let headers = ["webhook-id": "msg_2nEfCaUDn9fynC9Kz2upo1QSydl", "webhook-timestamp": "1728543028",
                       "webhook-signature": "v1,Ns46HrH+Nfu9dZtBUVvSLyrOD5JH0SAGlNo3M5yobfQ="]
        let at = Date(timeIntervalSince1970: 1_728_543_028)
        let first = try v.verify(headers: headers, body: #"{"payload":"payload"}"#, now: at)
        XCTAssertTrue(first.valid)
        XCTAssertFalse(first.replay)
        var equalsForm = headers
        equalsForm["webhook-signature"] = "v1=Ns46HrH+Nfu9dZtBUVvSLyrOD5JH0SAGlNo3M5yobfQ="
        let second = try v.verify(headers: equalsForm, body: #"{"payload":"payload"}"#, now: at.addingTimeInterval(60))
        XCTAssertTrue(second.valid)
        XCTAssertTrue(second.replay, "the same webhook-id within the tolerance is a replay")
        // Non-canonical base64 of the same signature is refused (padding dropped).
        var loose = headers
        loose["webhook-id"] = "msg_other"
        loose["webhook-signature"] = "v1,Ns46HrH+Nfu9dZtBUVvSLyrOD5JH0SAGlNo3M5yobfQ"
        XCTAssertFalse(try v.verify(headers: loose, body: #"{"payload":"payload"}"#, now: at).valid)
        // The raw-bytes rule gives another key, which does not verify the vector.
        let raw = try WebhookVerifier(config: PluralConfig(values: ["PLURAL_WEBHOOK_SECRET": "YWJjMTIzNA==", "PLURAL_WEBHOOK_SECRET_ENCODING": "raw"]))
        XCTAssertFalse(try raw.verify(headers: headers, body: #"{"payload":"payload"}"#, now: at).valid)
    }

    func testReplayGuardIsBounded() {
        let guardian = ReplayGuard(limit: 3)
        XCTAssertFalse(guardian.record("a", until: 10, now: 0))
        XCTAssertTrue(guardian.record("a", until: 10, now: 1))
        XCTAssertFalse(guardian.record("a", until: 30, now: 11), "expired ids are new again")
        for id in ["b", "c", "d", "e"] { XCTAssertFalse(guardian.record(id, until: 40, now: 12)) }
        XCTAssertFalse(guardian.record("a", until: 50, now: 12), "the oldest id went to keep within the limit")
    }

    func testLegacyStatusTable() {
        XCTAssertEqual(LegacyStatus(["ppc_PinePGTxnStatus": "4", "ppc_TxnResponseCode": "1"]).outcome, "success")
        XCTAssertEqual(LegacyStatus(["ppc_PinePGTxnStatus": "-7", "ppc_TxnResponseCode": "9"]).outcome, "failed")
        XCTAssertEqual(LegacyStatus(["ppc_PinePGTxnStatus": "1", "ppc_TxnResponseCode": "0"]).outcome, "pending")
        let sample = LegacyStatus(["ppc_PinePGTxnStatus": "7", "ppc_TxnResponseCode": "1", "ppc_Parent_TxnStatus": "4", "ppc_ParentTxnResponseCode": "1"])
        XCTAssertTrue(sample.paymentSucceeded)
        XCTAssertFalse(LegacyStatus(["ppc_PinePGTxnStatus": "4", "ppc_TxnResponseCode": "0"]).paymentSucceeded)
    }

    func testRequestSigningNeverEscapesSlash() {
        let signed = RequestSigning.encode(["merchant_return_url": "https://shop.example/return"], merchantSecret: [1, 2, 3])
        let json = String(decoding: Base64.decode(signed.base64)!, as: UTF8.self)
        XCTAssertEqual(json, #"{"merchant_return_url":"https://shop.example/return"}"#)
        XCTAssertEqual(signed.xVerify, signed.xVerify.uppercased())
        XCTAssertEqual(signed.xVerify, Hex.encode(HMACSHA256.mac(key: [1, 2, 3], message: signed.base64), uppercase: true))
    }

    func testFormEncoding() {
        XCTAssertEqual(String(decoding: FormURL.encode([("a b", "x&y=z/é")]), as: UTF8.self), "a%20b=x%26y%3Dz%2F%C3%A9")
        XCTAssertEqual(FormURL.decode(FormURL.encode([("k", "v w+")])).first?.value, "v w+")
    }
}

final class SettlementFigureTests: XCTestCase {
    /// The definition gives the settlement reports' figures no unit (`float64`): a figure with decimals is Plural's
    /// to write and passes the answer check, kept to the character (the JSON layer never reads it into a float).
    func testSettlementFiguresPassAsWritten() throws {
        let op = try XCTUnwrap(OperationCatalog.named("getSettlement"))
        let figure = JSONValue.number(JSONNumber(text: "123456.78"))
        let answer: JSONValue = ["utr_number": "UTIB0000123", "total_transaction_amount": figure, "actual_transaction_amount": 130000,
                                 "data": [["transaction_id": "v1-1", "settled_amount": .number(JSONNumber(text: "0.10"))]]]
        XCTAssertNoThrow(try SchemaValidator().validate(answer, op.answer, path: ""))
        XCTAssertEqual(JSONWriter.string(answer["total_transaction_amount"] ?? .null), "123456.78")
        XCTAssertThrowsError(try SchemaValidator().validate(["total_transaction_amount": "123456.78"], op.answer, path: ""), "a string is not a figure")
    }
}
