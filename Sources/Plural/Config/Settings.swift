import Foundation

/// One setting the sidecar reads. `Setting.all` is the only list of them: the reader, `--config`, `NAME_FILE`,
/// `$CREDENTIALS_DIRECTORY`, the typed accessors and the README's table (`plural-sidecar settings --markdown`)
/// all come from it.
public struct Setting: Sendable {
    public enum Kind: Sendable {
        case text
        case choice([String])
        case url
        /// A hex-encoded key.
        case hex
        /// A number of seconds in the range.
        case seconds(ClosedRange<Double>)
        /// A whole number in the range.
        case count(ClosedRange<Int>)
        /// Comma-separated user ids.
        case uids
        /// A directory path.
        case path
    }

    public let name: String
    public let secret: Bool
    public let kind: Kind
    /// Shown in the README; nil when there is none (or it depends on PLURAL_ENV, said in `doc`).
    public let defaultValue: String?
    public let doc: String
    public let neededBy: String
    /// Refused at start (exit 2) when invalid: the limits the process is built around. Every other setting
    /// fails only the calls that need it, with -32004 naming it.
    public let checkedAtStart: Bool

    init(_ name: String, _ kind: Kind, secret: Bool = false, default defaultValue: String? = nil, atStart: Bool = false,
         neededBy: String = "—", _ doc: String) {
        self.name = name
        self.kind = kind
        self.secret = secret
        self.defaultValue = defaultValue
        self.doc = doc
        self.neededBy = neededBy
        self.checkedAtStart = atStart
    }

    /// Why `value` is not acceptable, as a phrase after the name ("must be …"), or nil when it is.
    public func problem(with value: String) -> String? {
        switch kind {
        case .text, .path: return nil
        case .choice(let allowed):
            return allowed.contains(value.lowercased()) ? nil : "must be " + Self.either(allowed)
        case .url:
            guard let u = URL(string: value), let scheme = u.scheme?.lowercased(), scheme == "https" || scheme == "http", u.host != nil else {
                return "must be an http(s) URL"
            }
            return nil
        case .hex:
            return Hex.decode(value).map { $0.isEmpty } == false ? nil : "must be a hex string"
        case .seconds(let range):
            guard let t = Double(value), t.isFinite, range.contains(t) else {
                return "must be a number of seconds from \(Self.number(range.lowerBound)) to \(Self.number(range.upperBound))"
            }
            return nil
        case .count(let range):
            guard let n = Int(value), range.contains(n) else {
                return "must be a whole number from \(range.lowerBound) to \(range.upperBound)"
            }
            return nil
        case .uids:
            let bad = value.split(separator: ",").first { uid_t($0.trimmingCharacters(in: .whitespaces)) == nil }
            return bad == nil ? nil : "must be user ids separated by commas"
        }
    }

    static func either(_ names: [String]) -> String {
        names.count <= 1 ? names.joined() : names.dropLast().joined(separator: ", ") + " or " + names.last!
    }

    static func number(_ d: Double) -> String { d == d.rounded() ? String(Int(d)) : String(d) }

    /// Names that may be given as `NAME_FILE` (a path whose contents are the value): every secret.
    public var fileName: String { name + "_FILE" }
}

extension Setting {
    /// Every setting, in the order the README documents them.
    public static let all: [Setting] = [
        Setting("PLURAL_ENV", .choice(["uat", "prod", "simulator"]), default: "uat", neededBy: "all",
                "`uat`, `prod`, or `simulator` (in-process simulated gateway: no credentials, no network, no money)"),
        Setting("PLURAL_CLIENT_ID", .text, neededBy: "v3 calls", "v3 OAuth client id"),
        Setting("PLURAL_CLIENT_SECRET", .text, secret: true, neededBy: "v3 calls", "v3 OAuth client secret"),
        Setting("PLURAL_SECRET_KEY", .hex, secret: true, neededBy: "`verifySignature` (v3)", "hex key of v3 redirect-callback signatures"),
        Setting("PLURAL_WEBHOOK_SECRET", .text, secret: true, neededBy: "`verifyWebhook`",
                "the webhook secret from Plural's dashboard, base64 (an optional `whsec_` prefix is dropped); the HMAC key is its decoded bytes, as Plural's official guide has it"),
        Setting("PLURAL_WEBHOOK_SECRET_ENCODING", .choice(["base64", "raw"]), default: "base64", neededBy: "`verifyWebhook`",
                "`raw` keys with the secret's own bytes, as the Magento plugin does"),
        Setting("PLURAL_MERCHANT_ID", .text, neededBy: "legacy calls", "legacy merchant id (filled into v1/v2 requests)"),
        Setting("PLURAL_ACCESS_CODE", .text, secret: true, neededBy: "legacy calls", "legacy access code (filled into v1/v2 requests)"),
        Setting("PLURAL_MERCHANT_SECRET", .hex, secret: true, neededBy: "legacy calls, v2 verification",
                "hex key of v1/v2 signatures (`X-VERIFY`, `dia_secret`, `ppc_DIA_SECRET`)"),
        Setting("PLURAL_API_URL", .url, neededBy: "v3 calls", "v3 base URL (uat `https://pluraluat.v2.pinepg.in`, prod `https://api.pluralpay.in`)"),
        Setting("PLURAL_PG_URL", .url, neededBy: "v2 calls", "v2 base URL (uat `https://uat.pinepg.in`, prod `https://pinepg.in`)"),
        Setting("PLURAL_PS_URL", .url, neededBy: "plans, subscriptions, presentations, UPI Reserve Pay",
                "base URL of the recurring-payments API (`/ps/…`); unset: the v3 API's, as the official definition has it"),
        Setting("PLURAL_PAYOUTS_URL", .url, neededBy: "payouts",
                "base URL of the payouts API (`/payouts/…`); unset: the v3 API's, as the official definition has it"),
        Setting("PLURAL_SETTLEMENTS_URL", .url, neededBy: "settlements",
                "base URL of the settlements API (`/api/settlements/…`); unset: the v3 API's, as the official definition has it"),
        Setting("PLURAL_ORDER_TOKEN_URL", .url, neededBy: "`createOrderToken`", "v1 base URL (uat `https://api-staging.pluralonline.com`)"),
        Setting("PLURAL_TIMEOUT", .seconds(0.001...600), default: "30", neededBy: "gateway calls", "seconds per gateway request, a hard deadline"),
        Setting("PLURAL_MAX_ANSWER_BYTES", .count(1024...(1 << 30)), default: "4194304", neededBy: "gateway calls",
                "largest gateway answer read, in bytes; a longer one is refused as -32005 without being buffered"),
        Setting("PLURAL_MAX_UPLOAD_BYTES", .count(1024...(64 << 20)), default: "4194304", neededBy: "uploads",
                "largest file an upload method sends, in bytes once decoded; a larger one is refused as -32602 (its base64 is a third longer and must fit in `PLURAL_MAX_LINE_BYTES`)"),
        Setting("PLURAL_CIRCUIT_THRESHOLD", .count(1...1000), default: "5", atStart: true, neededBy: "gateway calls",
                "consecutive connection failures or timeouts to one gateway host that open its circuit"),
        Setting("PLURAL_CIRCUIT_COOLDOWN", .seconds(0.1...3600), default: "15", atStart: true, neededBy: "gateway calls",
                "seconds an open circuit answers -32003 `circuit_open` at once before one trial call may go"),
        Setting("PLURAL_LOG_LEVEL", .choice(["error", "warn", "info", "debug"]), default: "info", "log level of the JSON lines on stderr"),
        Setting("PLURAL_METRICS", .choice(["on", "off"]), default: "on", atStart: true,
                "`off` stops counting and timing JSON-RPC calls (`plural_sidecar_calls_total`, `plural_sidecar_call_duration_seconds`); every other metric stays"),
        Setting("PLURAL_SHUTDOWN_TIMEOUT", .seconds(0...3600), default: "25", atStart: true,
                "seconds SIGTERM, SIGINT or end of input waits for calls in flight; any still running is then answered -32003 `shutdown` before exit"),
        Setting("PLURAL_MAX_LINE_BYTES", .count(256...(256 << 20)), default: "1048576", atStart: true,
                "longest request line; the same limit as `--max-line-bytes` (the flag wins)"),
        Setting("PLURAL_MAX_IN_FLIGHT", .count(1...65536), default: "1024", atStart: true,
                "calls running at once; the same limit as `--max-in-flight` (the flag wins)"),
        Setting("PLURAL_MAX_IN_FLIGHT_PER_CONNECTION", .count(1...65536), default: "256", atStart: true, neededBy: "`--socket`",
                "calls one socket connection may run at once (beside `PLURAL_MAX_IN_FLIGHT` for all); past it only that connection stops being read"),
        Setting("PLURAL_MAX_CONNECTIONS", .count(1...65536), default: "512", atStart: true, neededBy: "`--socket`",
                "socket connections served at once; one more is sent an error line (`reason` `too_many_connections`) and closed"),
        Setting("PLURAL_SOCKET_IDLE_TIMEOUT", .seconds(0...86400), default: "0", atStart: true, neededBy: "`--socket`",
                "seconds a socket connection with no call running and nothing to write may stay silent before it is closed; 0: never (the shipped clients do not reconnect)"),
        Setting("PLURAL_SOCKET_ALLOW_UIDS", .uids, atStart: true, neededBy: "`--socket`",
                "extra user ids admitted to the socket besides the sidecar's own (comma-separated)"),
        Setting("PLURAL_STATE_DIR", .path, neededBy: "money-moving calls",
                "directory of the crash-safe journal of money-moving calls (created 0700; one sidecar per directory); unset: keys in memory only"),
        Setting("PLURAL_IDEMPOTENCY_TTL", .seconds(60...2_592_000), default: "86400", neededBy: "money-moving calls",
                "seconds a money-moving call's key is kept (a repeat within it is answered, not sent)"),
        Setting("PLURAL_RECONCILE_TIMEOUT", .seconds(0...300), default: "10", neededBy: "money-moving calls",
                "seconds spent looking up a money-moving call whose answer was lost before answering unknown (0: no lookups)"),
        Setting("PLURAL_SIMULATOR_PORT", .count(0...65535), default: "0", neededBy: "simulator",
                "loopback port of the in-process simulator's checkout pages (`PLURAL_ENV=simulator`; 0: any free port)"),
        Setting("PLURAL_SIMULATOR_WEBHOOK_URL", .url, neededBy: "simulator",
                "where the simulator delivers its signed webhooks (both simulator modes); unset: none are sent"),
    ]

    public static let byName: [String: Setting] = Dictionary(uniqueKeysWithValues: all.map { ($0.name, $0) })

    /// The README's settings table.
    public static func markdownTable() -> String {
        var lines = ["| name | meaning | default | needed by |", "|---|---|---|---|"]
        for s in all {
            let name = s.secret ? "`\(s.name)` (secret)" : "`\(s.name)`"
            lines.append("| \(name) | \(s.doc) | \(s.defaultValue.map { "`\($0)`" } ?? "—") | \(s.neededBy) |")
        }
        return lines.joined(separator: "\n")
    }
}
