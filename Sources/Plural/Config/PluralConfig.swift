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

    /// Every name the sidecar reads, in the order the README documents them (from `Setting.all`).
    public static let names = Setting.all.map(\.name)
    /// Names whose values are secret: a config file holding any of them must not be readable by others.
    public static let secretNames: Set<String> = Set(Setting.all.filter(\.secret).map(\.name))

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
    public func timeout() throws(ConfigError) -> Double { try seconds("PLURAL_TIMEOUT") }

    /// A declared seconds setting, or its declared default.
    public func seconds(_ name: String) throws(ConfigError) -> Double {
        let raw = try checked(name)
        return Double(raw) ?? 0
    }

    /// A declared whole-number setting, or its declared default.
    public func count(_ name: String) throws(ConfigError) -> Int {
        let raw = try checked(name)
        return Int(raw) ?? 0
    }

    /// The value (or the declared default) after the declaration's check.
    public func checked(_ name: String) throws(ConfigError) -> String {
        guard let setting = Setting.byName[name] else { throw ConfigError(setting: name, problem: "is not a setting") }
        guard let raw = values[name] ?? setting.defaultValue else { throw ConfigError(setting: name, problem: "is not set") }
        if let problem = setting.problem(with: raw) { throw ConfigError(setting: name, problem: problem) }
        return raw
    }

    /// What stops this configuration from serving its environment: an invalid value of any setting, and for
    /// uat and prod the missing client credentials every v3 call needs. Empty when ready.
    public func problems() -> [ConfigError] {
        var out: [ConfigError] = []
        for s in Setting.all {
            if let v = values[s.name], let problem = s.problem(with: v) { out.append(ConfigError(setting: s.name, problem: problem)) }
        }
        if let env = try? environment(), env != .simulator {
            for name in ["PLURAL_CLIENT_ID", "PLURAL_CLIENT_SECRET"] where values[name] == nil {
                out.append(ConfigError(setting: name, problem: "is not set"))
            }
        }
        return out
    }

    /// The same secrets for the token endpoint: when they change, a cached token must go.
    public func sameClientCredentials(as other: PluralConfig) -> Bool {
        values["PLURAL_CLIENT_ID"] == other.values["PLURAL_CLIENT_ID"] && values["PLURAL_CLIENT_SECRET"] == other.values["PLURAL_CLIENT_SECRET"]
            && values["PLURAL_API_URL"] == other.values["PLURAL_API_URL"] && values["PLURAL_ENV"] == other.values["PLURAL_ENV"]
    }

    /// The largest gateway answer read, in bytes; 4 MiB unless `PLURAL_MAX_ANSWER_BYTES` says otherwise.
    public func maxAnswerBytes() throws(ConfigError) -> Int { try count("PLURAL_MAX_ANSWER_BYTES") }

    /// The largest file an upload sends, in bytes: 4 MiB unless `PLURAL_MAX_UPLOAD_BYTES` says otherwise.
    public func maxUploadBytes() throws(ConfigError) -> Int { try count("PLURAL_MAX_UPLOAD_BYTES") }

    /// Seconds a money-moving call's key is kept (a repeat within it is answered, not sent): 24 h unless
    /// `PLURAL_IDEMPOTENCY_TTL` says otherwise (1 minute to 30 days; the range is the declaration's).
    public func idempotencyTTL() throws(ConfigError) -> Double { try seconds("PLURAL_IDEMPOTENCY_TTL") }

    /// Seconds the sidecar spends looking up a money-moving call whose answer was lost before it answers
    /// "unknown": 10 unless `PLURAL_RECONCILE_TIMEOUT` says otherwise (0 turns lookups off).
    public func reconcileTimeout() throws(ConfigError) -> Double { try seconds("PLURAL_RECONCILE_TIMEOUT") }

    /// The journal's directory (`PLURAL_STATE_DIR`); nil: no journal, keys are kept in memory only.
    public var stateDirectory: String? { values["PLURAL_STATE_DIR"] }

    /// `PLURAL_SIMULATOR_PORT`: where the in-process simulator serves its checkout pages (0: any free port).
    public func simulatorPort() throws(ConfigError) -> UInt16 { UInt16(try count("PLURAL_SIMULATOR_PORT")) }

    public func apiURL() throws(ConfigError) -> String {
        try url("PLURAL_API_URL", defaults: [.uat: "https://pluraluat.v2.pinepg.in", .prod: "https://api.pluralpay.in"])
    }

    public func pgURL() throws(ConfigError) -> String {
        try url("PLURAL_PG_URL", defaults: [.uat: "https://uat.pinepg.in", .prod: "https://pinepg.in"])
    }

    /// A host the official definition serves from the v3 API's own (`/ps/…` recurring billing, `/payouts/…`,
    /// `/api/settlements/…`): `PLURAL_API_URL`'s unless its own setting says otherwise.
    public func apiHostURL(_ setting: String) throws(ConfigError) -> String {
        values[setting] == nil ? try apiURL() : try url(setting, defaults: [:])
    }

    public func orderTokenURL() throws(ConfigError) -> String {
        try url("PLURAL_ORDER_TOKEN_URL", defaults: [.uat: "https://api-staging.pluralonline.com"])
    }

    private func url(_ name: String, defaults: [Environment: String]) throws(ConfigError) -> String {
        if let raw = values[name] {
            if let problem = Setting.byName[name]?.problem(with: raw) { throw ConfigError(setting: name, problem: problem) }
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
