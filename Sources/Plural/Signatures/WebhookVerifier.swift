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
        /// True when this `webhook-id` was already verified within the tolerance: Plural redelivers with the same
        /// id, so a handler that acts only when `replay` is false acts once per event.
        public var replay: Bool = false
    }

    let key: [UInt8]
    let seen: ReplayGuard

    /// How `PLURAL_WEBHOOK_SECRET` becomes the HMAC key (`PLURAL_WEBHOOK_SECRET_ENCODING`). Plural's official
    /// guide decodes the secret as base64 (an optional `whsec_` prefix is dropped); the Magento plugin uses
    /// the secret's raw bytes. The guide is the default; `raw` is there for secrets set up the plugin's way.
    public enum KeyEncoding: String, Sendable { case base64, raw }

    public init(config: PluralConfig) throws {
        let encodingName = config.values["PLURAL_WEBHOOK_SECRET_ENCODING"] ?? KeyEncoding.base64.rawValue
        guard let encoding = KeyEncoding(rawValue: encodingName.lowercased()) else {
            throw ConfigError(setting: "PLURAL_WEBHOOK_SECRET_ENCODING", problem: "must be base64 or raw")
        }
        guard let secret = config.values["PLURAL_WEBHOOK_SECRET"] else {
            throw ConfigError(setting: "PLURAL_WEBHOOK_SECRET", problem: "is not set (the webhook secret from Plural's dashboard)")
        }
        switch encoding {
        case .raw:
            key = Array(secret.utf8)
        case .base64:
            let text = secret.hasPrefix("whsec_") ? String(secret.dropFirst(6)) : secret
            guard let k = Base64.decodeCanonical(text), !k.isEmpty else {
                throw ConfigError(setting: "PLURAL_WEBHOOK_SECRET",
                                  problem: "is not canonical base64 (set PLURAL_WEBHOOK_SECRET_ENCODING=raw to key with its bytes, as the Magento plugin does)")
            }
            key = k
        }
        seen = ReplayGuard()
    }

    public init(key: [UInt8]) {
        self.key = key
        seen = ReplayGuard()
    }

    /// The base64 signature for a message, as Plural computes it.
    public func signature(id: String, timestamp: String, body: String) -> String {
        Base64.encode(HMACSHA256.mac(key: key, message: "\(id).\(timestamp).\(body)"))
    }

    /// `headers` by any case; `body` exactly as received. A valid webhook's id is remembered for twice the
    /// tolerance (a redelivery outside it fails the timestamp check anyway).
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
            // `v1,<sig>` as Plural sends it; `v1=<sig>` as the official guide's parser also accepts.
            let parts = entry.split(maxSplits: 1, whereSeparator: { $0 == "," || $0 == "=" })
            guard parts.count == 2, parts[0] == "v1", let received = Base64.decodeCanonical(String(parts[1])) else { continue }
            // Check every entry (no early exit) so timing does not reveal which one matched.
            if ConstantTime.equals(received, expected) { matched = true }
        }
        guard matched else { return Outcome(valid: false, webhookID: id, reason: "no v1 signature matches") }
        var outcome = Outcome(valid: true, webhookID: id, reason: nil)
        outcome.replay = seen.record(id, until: now.timeIntervalSince1970 + 2 * Self.tolerance, now: now.timeIntervalSince1970)
        return outcome
    }
}

/// The `webhook-id`s verified recently, so a redelivered event is told apart from a new one. Bounded: past
/// `limit` ids the expired ones go, then the oldest.
final class ReplayGuard: Sendable {
    private let ids = Locked<[String: Double]>([:])
    let limit: Int

    init(limit: Int = 100_000) { self.limit = limit }

    /// Records `id` as seen until `until`; true if it was already seen and not yet expired.
    func record(_ id: String, until: Double, now: Double) -> Bool {
        ids.withLock { ids in
            if let expiry = ids[id], expiry > now { return true }
            if ids.count >= limit {
                ids = ids.filter { $0.value > now }
                while ids.count >= limit, let oldest = ids.min(by: { $0.value < $1.value }) { ids[oldest.key] = nil }
            }
            ids[id] = until
            return false
        }
    }
}
