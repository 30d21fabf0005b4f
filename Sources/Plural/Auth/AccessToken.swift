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
