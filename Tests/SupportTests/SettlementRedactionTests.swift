import Support
import XCTest

/// What settlements and brand wallets bring to the redactor: a bank's UTR is an identifier a merchant reconciles
/// by, kept whole in results though 12 digits can pass Luhn; a gift card's number and PIN never reach a log.
final class SettlementRedactionTests: XCTestCase {
    func testUTRIsKeptInResultsEvenWhenItPassesLuhn() {
        // 410000000001 passes the Luhn check: by shape alone it would be masked as a card number.
        let settlement: JSONValue = ["utr_number": "410000000001", "transactions": [["utr_number": "410000000001", "transaction_id": "v1-1"]]]
        XCTAssertEqual(Redactor.redactResult(settlement), settlement)
        // Under another name, the same digits are still masked.
        XCTAssertNotEqual(Redactor.redactResult(["note": "410000000001"]), ["note": "410000000001"])
    }

    func testGiftCardNumberAndPinAreRedactedFromLogs() {
        let params: JSONValue = ["payment_option": ["gift_card_details": ["gift_card_number": "7001234567890123", "pin": "482913"]]]
        let logged = JSONWriter.string(Redactor.redact(params))
        XCTAssertFalse(logged.contains("482913"))
        XCTAssertFalse(logged.contains("7001234567890123"))
    }
}
