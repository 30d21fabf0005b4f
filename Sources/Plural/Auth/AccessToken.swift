import Foundation
import Support

/// An OAuth access token and when to stop using it. Never logged, never returned to a client.
public struct AccessToken: Sendable, Equatable {
    public let value: String
    public let expiresAt: Date
    public let issuedAt: Date

    /// Refresh when less than this much life is left: 60 s, or a tenth of the lifetime for short-lived
    /// tokens, so a token is never sent in its last moments and rejected in flight.
    public var refreshAt: Date {
        let lifetime = expiresAt.timeIntervalSince(issuedAt)
        return expiresAt.addingTimeInterval(-min(60, max(0, lifetime) / 10))
    }

    public func isFresh(at now: Date = Date()) -> Bool { now < refreshAt }

    /// The longest lifetime believed from a token answer.
    public static let maxLifetime: Double = 86_400

    /// Reads the token endpoint's answer. Plural documents two forms: `expires_in` (seconds, the guides)
    /// and `expires_at` (ISO-8601, the API reference); both are accepted, `expires_in` preferred.
    public static func parse(_ body: JSONValue, now: Date = Date()) -> AccessToken? {
        guard case .string(let token)? = body["access_token"], !token.isEmpty else { return nil }
        // A lifetime is believed only within (0, 24 h]: a gateway glitch must not pin a token forever.
        func lifetime(_ seconds: Double?) -> Double? {
            guard let s = seconds, s.isFinite, s > 0 else { return nil }
            return min(s, maxLifetime)
        }
        if case .number(let n)? = body["expires_in"], let seconds = lifetime(n.double) {
            return AccessToken(value: token, expiresAt: now.addingTimeInterval(seconds), issuedAt: now)
        }
        if case .string(let s)? = body["expires_in"], let seconds = lifetime(Double(s)) {
            return AccessToken(value: token, expiresAt: now.addingTimeInterval(seconds), issuedAt: now)
        }
        if case .string(let s)? = body["expires_at"], let at = ISO8601.parse(s), let seconds = lifetime(at.timeIntervalSince(now)) {
            return AccessToken(value: token, expiresAt: now.addingTimeInterval(seconds), issuedAt: now)
        }
        // No lifetime given: assume the documented hour rather than caching forever.
        return AccessToken(value: token, expiresAt: now.addingTimeInterval(3600), issuedAt: now)
    }
}

/// ISO-8601 without a shared formatter (DateFormatter is neither cheap nor Sendable).
public enum ISO8601 {
    /// Accepts `2024-07-15T05:44:51Z`, fractional seconds, and `+05:30`-style offsets.
    public static func parse(_ s: String) -> Date? {
        let b = Array(s.utf8)
        func num(_ from: Int, _ len: Int) -> Int? {
            guard from + len <= b.count else { return nil }
            var v = 0
            for k in from..<(from + len) {
                guard b[k] >= 0x30 && b[k] <= 0x39 else { return nil }
                v = v * 10 + Int(b[k] - 0x30)
            }
            return v
        }
        guard b.count >= 19, let y = num(0, 4), b[4] == 0x2D, let mo = num(5, 2), b[7] == 0x2D, let d = num(8, 2),
              b[10] == 0x54 || b[10] == 0x74 || b[10] == 0x20, let h = num(11, 2), b[13] == 0x3A, let mi = num(14, 2),
              b[16] == 0x3A, let sec = num(17, 2) else { return nil }
        var i = 19
        var fraction = 0.0
        if i < b.count && b[i] == 0x2E {
            i += 1
            var scale = 0.1
            while i < b.count && b[i] >= 0x30 && b[i] <= 0x39 { fraction += Double(b[i] - 0x30) * scale; scale /= 10; i += 1 }
        }
        var offset = 0
        if i < b.count {
            if b[i] == 0x5A || b[i] == 0x7A { i += 1 } else if b[i] == 0x2B || b[i] == 0x2D {
                let sign = b[i] == 0x2B ? 1 : -1
                guard let oh = num(i + 1, 2) else { return nil }
                var j = i + 3
                if j < b.count && b[j] == 0x3A { j += 1 }
                guard let om = num(j, 2) else { return nil }
                offset = sign * (oh * 3600 + om * 60)
                i = j + 2
            } else { return nil }
        }
        guard i == b.count, (1...12).contains(mo), (1...31).contains(d), h < 24, mi < 60, sec < 61 else { return nil }
        var t = tm()
        t.tm_year = Int32(y - 1900); t.tm_mon = Int32(mo - 1); t.tm_mday = Int32(d)
        t.tm_hour = Int32(h); t.tm_min = Int32(mi); t.tm_sec = Int32(sec)
        let epoch = timegm(&t)
        return Date(timeIntervalSince1970: Double(epoch - offset) + fraction)
    }

    /// `2024-07-15T05:44:51.174Z`
    public static func format(_ date: Date) -> String { Logger.timestamp(date) }
}
