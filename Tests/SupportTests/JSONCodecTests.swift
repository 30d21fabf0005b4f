import Support
import XCTest

final class JSONCodecTests: XCTestCase {
    func testNumbersKeepTheirText() throws {
        for text in ["0", "-0", "1.50", "12345678901234567890123", "1e3", "-2.5E-7"] {
            XCTAssertEqual(JSONWriter.string(try JSONParser.parse(text)), text)
        }
        XCTAssertEqual(try JSONParser.parse("1100").numberValue?.int64, 1100)
        XCTAssertNil(try JSONParser.parse("10.5").numberValue?.int64)
        XCTAssertNil(try JSONParser.parse("1e2").numberValue?.int64, "an exponent is not an integer amount")
        XCTAssertNil(try JSONParser.parse("99999999999999999999").numberValue?.int64)
    }

    func testRejectsWhatRFC8259Rejects() {
        for bad in ["", " ", "01", "1.", ".5", "-", "+1", "1e", "[1,]", "{\"a\":1,}", "{'a':1}", "[1 2]", "tru", "nulls", "\"\\x\"",
                    "\"a\tb\"", "\"\\ud800\"", "\"\\udc00x\"", "[", "{\"a\"}", "NaN", "Infinity", "{\"a\":1}x"] {
            XCTAssertThrowsError(try JSONParser.parse(bad), "accepted \(bad.debugDescription)")
        }
    }

    func testStringsDecodeEscapesAndValidateUTF8() throws {
        XCTAssertEqual(try JSONParser.parse(#""a\"b\\c\/d\n\u00e9\ud83d\ude00""#).stringValue, "a\"b\\c/d\né😀")
        XCTAssertEqual(try JSONParser.parse(Array("\"é\"".utf8)).stringValue, "é")
        XCTAssertThrowsError(try JSONParser.parse([0x22, 0xC3, 0x28, 0x22]))
        XCTAssertThrowsError(try JSONParser.parse([0x22, 0xED, 0xA0, 0x80, 0x22]), "encoded surrogate")
        XCTAssertThrowsError(try JSONParser.parse([0x22, 0xC0, 0xAF, 0x22]), "overlong encoding")
    }

    func testDuplicateMembersAndDepth() {
        XCTAssertThrowsError(try JSONParser.parse(#"{"amount":1,"amount":100}"#))
        XCTAssertNoThrow(try JSONParser.parse(String(repeating: "[", count: 200) + String(repeating: "]", count: 200)))
        XCTAssertThrowsError(try JSONParser.parse(String(repeating: "[", count: 300) + String(repeating: "]", count: 300)))
        XCTAssertThrowsError(try JSONParser.parse(String(repeating: "{\"a\":", count: 300) + "1" + String(repeating: "}", count: 300)))
    }

    func testWriterEscapesEveryControlCharacterAndNotSlash() throws {
        let s = String((0..<32).map { Character(UnicodeScalar(UInt8($0))) }) + "/\u{7F}\"\\é"
        let out = JSONWriter.string(.string(s))
        XCTAssertFalse(out.utf8.contains { $0 < 0x20 }, "raw control character in \(out)")
        XCTAssertTrue(out.contains("/") && !out.contains("\\/"))
        XCTAssertEqual(try JSONParser.parse(out).stringValue, s)
    }

    func testObjectsKeepOrderAndCompareAsSets() throws {
        let v = try JSONParser.parse(#"{"b":1,"a":2}"#)
        XCTAssertEqual(JSONWriter.string(v), #"{"b":1,"a":2}"#)
        XCTAssertEqual(v, try JSONParser.parse(#"{"a":2,"b":1}"#))
        XCTAssertEqual(JSONWriter.sortedString(v), #"{"a":2,"b":1}"#)
    }
}

final class RedactorTests: XCTestCase {
    func testMasksSecretsByNameAndCardsByShape() {
        let v: JSONValue = ["card_number": "4111111111111111", "cvv": "123", "client_secret": "s3cr3t", "note": "card 4111 1111 1111 1111 ok",
                            "nested": ["Access_Token": "tok", "amount": 1100], "order_id": "v1-4405071524-aa-qlAtAf"]
        let out = JSONWriter.string(Redactor.redact(v))
        for secret in ["4111111111111111", "4111 1111 1111 1111", "\"123\"", "s3cr3t", "\"tok\""] {
            XCTAssertFalse(out.contains(secret), "\(secret) leaked: \(out)")
        }
        XCTAssertTrue(out.contains("v1-4405071524-aa-qlAtAf"), "an order id is not a card number")
        XCTAssertTrue(out.contains("1100"))
        XCTAssertTrue(out.contains("****1111"))
    }

    func testCardDataNamesAreFoundByTheirWords() {
        for key in ["pan", "card_pan", "PAN", "cardNumber", "card-number", "card_no", "primary_account_number"] {
            XCTAssertEqual(Redactor.cardData(key: key), .cardNumber, key)
        }
        for key in ["cvv", "cvv2", "CVC", "cardCvc", "security_code", "card_security_code", "SecurityCode"] {
            XCTAssertEqual(Redactor.cardData(key: key), .securityCode, key)
        }
        for key in ["company", "japan", "expand", "span", "order_id", "pancake_count", "code", "access_code"] {
            XCTAssertNil(Redactor.cardData(key: key), key)
        }
    }

    func testResultsAreMaskedByShapeUnderAnyName() {
        let v: JSONValue = ["a": "501800000009", "b": "x 5555-5555-5555-4444 y", "c": "501800000008", "pan": "4111111111111112",
                            "masked_pan": "411111XXXXXX1111", "id": "v1-4405071524-aa-qlAtAf"]
        let out = Redactor.redactResult(v)
        XCTAssertEqual(out["a"], "[CARD ****0009]", "12 digits passing Luhn")
        XCTAssertEqual(out["b"], "x [CARD ****4444] y")
        XCTAssertEqual(out["c"], "501800000008", "12 digits failing Luhn, under a name that is not a card's")
        XCTAssertEqual(out["pan"], .string(Redactor.mask), "a PAN under its name, Luhn or not")
        XCTAssertEqual(out["masked_pan"], "411111XXXXXX1111")
        XCTAssertEqual(out["id"], "v1-4405071524-aa-qlAtAf")
        // Identifiers and links go back as they are; a hex token is not a card number.
        let ids: JSONValue = ["merchant_order_reference": "ORD-501800000009", "ppc_PinePGTransactionID": "501800000009",
                              "redirect_url": "https://pay.example/x?t=501800000009", "note": "ref 4b400775977442ec"]
        XCTAssertEqual(Redactor.redactResult(ids), ids)
        let clean: JSONValue = ["order_id": "v1-1", "amount": ["value": 1100]]
        XCTAssertEqual(Redactor.redactResult(clean), clean)
    }

    func testLeavesNonLuhnDigitRunsAlone() {
        XCTAssertEqual(Redactor.maskCardNumbers(in: "rrn 420145000226 ref 1234567890123"), "rrn 420145000226 ref 1234567890123")
    }
}
