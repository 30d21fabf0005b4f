import Foundation
import Support

/// The sidecar's settings, read from the environment or a `--config` JSON file with the same names.
///
/// Secrets come only from here, never from the command line (where `ps` would show them). A setting that
/// is missing or malformed is not fatal at start-up: only the call that needs it fails, with -32004 naming it.
public struct PluralConfig: Sendable {
    public enum Environment: String, Sendable {
        case uat, prod, simulator
    }

    /// Every name the sidecar reads, in the order the README documents them.
    public static let names = [
        "PLURAL_ENV", "PLURAL_CLIENT_ID", "PLURAL_CLIENT_SECRET", "PLURAL_SECRET_KEY", "PLURAL_WEBHOOK_SECRET", "PLURAL_WEBHOOK_SECRET_ENCODING",
        "PLURAL_MERCHANT_ID", "PLURAL_ACCESS_CODE", "PLURAL_MERCHANT_SECRET", "PLURAL_API_URL", "PLURAL_PG_URL", "PLURAL_PS_URL",
        "PLURAL_ORDER_TOKEN_URL", "PLURAL_TIMEOUT", "PLURAL_MAX_ANSWER_BYTES", "PLURAL_LOG_LEVEL", "PLURAL_STATE_DIR",
        "PLURAL_IDEMPOTENCY_TTL", "PLURAL_RECONCILE_TIMEOUT",
    ]
    /// Names whose values are secret: a config file holding any of them must not be readable by others.
    public static let secretNames: Set<String> = [
        "PLURAL_CLIENT_SECRET", "PLURAL_SECRET_KEY", "PLURAL_WEBHOOK_SECRET", "PLURAL_MERCHANT_SECRET", "PLURAL_ACCESS_CODE",
    ]

    /// Raw values by name, after merging file and environment.
    public let values: [String: String]

    public init(values: [String: String]) {
        self.values = values.filter { !$0.value.isEmpty }
    }

    // MARK: typed views

    /// `PLURAL_ENV`, or an error naming it when the value is not one of uat, prod, simulator.
    public func environment() throws(ConfigError) -> Environment {
        guard let raw = values["PLURAL_ENV"] else { return .uat }
        guard let env = Environment(rawValue: raw.lowercased()) else {
            throw ConfigError(setting: "PLURAL_ENV", problem: "must be uat, prod or simulator")
        }
        return env
    }

    /// The environment's name as reported by `ping` (the raw value if it is invalid, so the mistake is visible).
    public var environmentName: String { (try? environment().rawValue) ?? values["PLURAL_ENV"] ?? "uat" }

    public func require(_ name: String) throws(ConfigError) -> String {
        guard let v = values[name] else { throw ConfigError(setting: name, problem: "is not set") }
        return v
    }

    /// A hex-encoded key (`PLURAL_SECRET_KEY`, `PLURAL_MERCHANT_SECRET`) decoded to bytes.
    public func hexKey(_ name: String) throws(ConfigError) -> [UInt8] {
        let raw = try require(name)
        guard let bytes = Hex.decode(raw), !bytes.isEmpty else {
            throw ConfigError(setting: name, problem: "must be a hex string")
        }
        return bytes
    }

    /// Seconds per gateway request; 30 unless `PLURAL_TIMEOUT` says otherwise.
    public func timeout() throws(ConfigError) -> Double {
        guard let raw = values["PLURAL_TIMEOUT"] else { return 30 }
        guard let t = Double(raw), t > 0, t <= 600 else {
            throw ConfigError(setting: "PLURAL_TIMEOUT", problem: "must be a number of seconds between 0 and 600")
        }
        return t
    }

    /// The largest gateway answer read, in bytes; 4 MiB unless `PLURAL_MAX_ANSWER_BYTES` says otherwise.
    public func maxAnswerBytes() throws(ConfigError) -> Int {
        guard let raw = values["PLURAL_MAX_ANSWER_BYTES"] else { return 4 << 20 }
        guard let n = Int(raw), n >= 1024, n <= 1 << 30 else {
            throw ConfigError(setting: "PLURAL_MAX_ANSWER_BYTES", problem: "must be a number of bytes between 1024 and 1073741824")
        }
        return n
    }

    /// Seconds a money-moving call's key is kept (a repeat within it is answered, not sent): 24 h unless
    /// `PLURAL_IDEMPOTENCY_TTL` says otherwise (1 minute to 30 days).
    public func idempotencyTTL() throws(ConfigError) -> Double {
        try seconds("PLURAL_IDEMPOTENCY_TTL", default: 86_400, range: 60...2_592_000)
    }

    /// Seconds the sidecar spends looking up a money-moving call whose answer was lost before it answers
    /// "unknown": 10 unless `PLURAL_RECONCILE_TIMEOUT` says otherwise (0 turns lookups off).
    public func reconcileTimeout() throws(ConfigError) -> Double {
        try seconds("PLURAL_RECONCILE_TIMEOUT", default: 10, range: 0...300)
    }

    /// The journal's directory (`PLURAL_STATE_DIR`); nil: no journal, keys are kept in memory only.
    public var stateDirectory: String? { values["PLURAL_STATE_DIR"] }

    private func seconds(_ name: String, default d: Double, range: ClosedRange<Double>) throws(ConfigError) -> Double {
        guard let raw = values[name] else { return d }
        guard let t = Double(raw), range.contains(t) else {
            throw ConfigError(setting: name, problem: "must be a number of seconds from \(Int(range.lowerBound)) to \(Int(range.upperBound))")
        }
        return t
    }

    public func apiURL() throws(ConfigError) -> String {
        try url("PLURAL_API_URL", defaults: [.uat: "https://pluraluat.v2.pinepg.in", .prod: "https://api.pluralpay.in"])
    }

    public func pgURL() throws(ConfigError) -> String {
        try url("PLURAL_PG_URL", defaults: [.uat: "https://uat.pinepg.in", .prod: "https://pinepg.in"])
    }

    /// The recurring-billing host (`/ps/…`): the official definition serves it from the v3 API's host in both
    /// environments, so it is `PLURAL_API_URL`'s unless `PLURAL_PS_URL` says otherwise.
    public func psURL() throws(ConfigError) -> String {
        values["PLURAL_PS_URL"] == nil ? try apiURL() : try url("PLURAL_PS_URL", defaults: [:])
    }

    public func orderTokenURL() throws(ConfigError) -> String {
        try url("PLURAL_ORDER_TOKEN_URL", defaults: [.uat: "https://api-staging.pluralonline.com"])
    }

    private func url(_ name: String, defaults: [Environment: String]) throws(ConfigError) -> String {
        if let raw = values[name] {
            guard let u = URL(string: raw), let scheme = u.scheme?.lowercased(), scheme == "https" || scheme == "http",
                  u.host != nil else {
                throw ConfigError(setting: name, problem: "must be an http(s) URL")
            }
            return raw.hasSuffix("/") ? String(raw.dropLast()) : raw
        }
        let env = try environment()
        if env == .simulator { return "http://simulator.invalid" }
        guard let d = defaults[env] else { throw ConfigError(setting: name, problem: "is not set and has no default for \(env.rawValue)") }
        return d
    }
}

/// A setting a call needs is missing or invalid (JSON-RPC -32004).
public struct ConfigError: Error, Sendable, Equatable {
    public let setting: String
    public let problem: String
    public init(setting: String, problem: String) { self.setting = setting; self.problem = problem }
    public var message: String { "Setting \(setting) \(problem)." }
}
