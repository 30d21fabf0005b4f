import Foundation
import Support

/// Verifies Plural's v3 webhooks, signed the Svix way: `webhook-id`, `webhook-timestamp` (unix seconds)
/// and `webhook-signature` (space-separated `v1,<base64>` entries, any of which may match) over
/// `"{id}.{timestamp}.{raw body}"` with HMAC-SHA256.
public struct WebhookVerifier: Sendable {
    /// Plural's plugins refuse timestamps more than five minutes away, either way: it bounds replays.
    public static let tolerance: Double = 300

    public struct Outcome: Sendable {
        public let valid: Bool
        public let webhookID: String
        public let reason: String?
    }

    let key: [UInt8]

    /// The key: `PLURAL_WEBHOOK_SECRET` (`whsec_` + base64 of the key, or the UTF-8 bytes of the value),
    /// defaulting to `PLURAL_CLIENT_SECRET` as the official plugins do.
    public init(config: PluralConfig) throws {
        if let secret = config.values["PLURAL_WEBHOOK_SECRET"] {
            if secret.hasPrefix("whsec_") {
                guard let k = Base64.decode(String(secret.dropFirst(6))), !k.isEmpty else {
                    throw ConfigError(setting: "PLURAL_WEBHOOK_SECRET", problem: "has the whsec_ prefix but is not base64 after it")
                }
                key = k
            } else {
                key = Array(secret.utf8)
            }
        } else if let clientSecret = config.values["PLURAL_CLIENT_SECRET"] {
            key = Array(clientSecret.utf8)
        } else {
            throw ConfigError(setting: "PLURAL_WEBHOOK_SECRET", problem: "is not set (nor PLURAL_CLIENT_SECRET, its default)")
        }
    }

    public init(key: [UInt8]) { self.key = key }

    /// The base64 signature for a message, as Plural computes it.
    public func signature(id: String, timestamp: String, body: String) -> String {
        Base64.encode(HMACSHA256.mac(key: key, message: "\(id).\(timestamp).\(body)"))
    }

    /// `headers` by any case; `body` exactly as received.
    public func verify(headers: [String: String], body: String, now: Date = Date()) throws(ValidationError) -> Outcome {
        var lower: [String: String] = [:]
        for (k, v) in headers { lower[k.lowercased()] = v }
        guard let id = lower["webhook-id"], !id.isEmpty else { throw ValidationError(field: "headers.webhook-id", reason: "is required") }
        guard let ts = lower["webhook-timestamp"], !ts.isEmpty else { throw ValidationError(field: "headers.webhook-timestamp", reason: "is required") }
        guard let sigHeader = lower["webhook-signature"], !sigHeader.isEmpty else {
            throw ValidationError(field: "headers.webhook-signature", reason: "is required")
        }
        guard let seconds = Int64(ts) else { return Outcome(valid: false, webhookID: id, reason: "webhook-timestamp is not unix seconds") }
        if abs(Double(seconds) - now.timeIntervalSince1970) > Self.tolerance {
            return Outcome(valid: false, webhookID: id, reason: "webhook-timestamp is more than \(Int(Self.tolerance)) s from now")
        }
        let expected = HMACSHA256.mac(key: key, message: "\(id).\(ts).\(body)")
        var matched = false
        for entry in sigHeader.split(separator: " ") {
            let parts = entry.split(separator: ",", maxSplits: 1)
            guard parts.count == 2, parts[0] == "v1", let received = Base64.decode(String(parts[1])) else { continue }
            // Check every entry (no early exit) so timing does not reveal which one matched.
            if ConstantTime.equals(received, expected) { matched = true }
        }
        return Outcome(valid: matched, webhookID: id, reason: matched ? nil : "no v1 signature matches")
    }
}
