import Foundation

/// ISO-8601 UTC timestamps (`2024-07-15T05:44:51.174Z`), as Plural's headers and answers use them, through
/// Foundation's `ISO8601FormatStyle` (a value type: Sendable, no shared formatter to lock).
public enum ISO8601 {
    private static let withFraction = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
    private static let whole = Date.ISO8601FormatStyle()

    /// Accepts whole or fractional seconds, `Z` or a `+05:30`-style offset.
    public static func parse(_ s: String) -> Date? {
        // The parse strategy is lenient about the zone ("+0" passes); Plural writes `Z` or `±hh:mm`.
        let u = Array(s.utf8)
        let zoned = u.last == UInt8(ascii: "Z") || (u.count > 6 && (u[u.count - 6] == UInt8(ascii: "+") || u[u.count - 6] == UInt8(ascii: "-"))
                                                    && u[u.count - 3] == UInt8(ascii: ":"))
        guard zoned else { return nil }
        if let d = try? whole.parse(s) { return d }
        return try? withFraction.parse(s)
    }

    /// Milliseconds, UTC.
    public static func format(_ date: Date) -> String { withFraction.format(date) }
}
