import Glibc
import Support

/// Checks on card details before they leave the process: the number passes Luhn and the card has not
/// expired. The shapes (digit counts, MM, YYYY) are the contract's schemas; this is what a schema cannot
/// say. Error reasons never quote the value.
public enum CardCheck {
    public static func validate(_ card: Params) throws(ValidationError) {
        let number = try card.string("card_number", maxLength: 19)
        guard number.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), (12...19).contains(number.utf8.count) else {
            throw ValidationError(field: card.field("card_number"), reason: "must be 12 to 19 digits, without spaces or dashes")
        }
        guard Redactor.luhn(Array(number.utf8)) else {
            throw ValidationError(field: card.field("card_number"), reason: "fails the Luhn check")
        }
        if card.has("expiry_month") || card.has("expiry_year") {
            let month = try card.string("expiry_month", maxLength: 2)
            let year = try card.string("expiry_year", maxLength: 4)
            try expiry(month: month, year: year, monthField: card.field("expiry_month"), yearField: card.field("expiry_year"))
        }
    }

    /// The card must not have expired: valid through the last day of its expiry month (UTC).
    public static func expiry(month: String, year: String, monthField: String, yearField: String) throws(ValidationError) {
        guard let m = Int(month), (1...12).contains(m) else { throw ValidationError(field: monthField, reason: "must be 01 to 12") }
        guard let y = Int(year), year.count == 4 else { throw ValidationError(field: yearField, reason: "must be four digits (YYYY)") }
        var t = time_t(time(nil))
        var now = tm()
        gmtime_r(&t, &now)
        let current = (Int(now.tm_year) + 1900) * 12 + Int(now.tm_mon)
        if y * 12 + (m - 1) < current { throw ValidationError(field: yearField, reason: "the card has expired") }
    }
}
