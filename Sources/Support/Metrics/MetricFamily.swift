/// One metric as the operator sees it. `MetricFamily.all` is the one list: the `/metrics` exposition, the
/// `stats` method's JSON and the README's metrics table (`plural-sidecar metrics --markdown`) come from it.
/// Label values come only from fixed sets (method names from the catalogue, codes, statuses, host roles):
/// never ids, references or amounts.
public struct MetricFamily: Sendable, Equatable {
    public enum Kind: String, Sendable { case counter, gauge, histogram }
    public let name: String
    public let kind: Kind
    public let labels: [String]
    public let help: String

    init(_ name: String, _ kind: Kind, _ labels: [String] = [], _ help: String) {
        self.name = name
        self.kind = kind
        self.labels = labels
        self.help = help
    }

    public static let calls = MetricFamily("plural_sidecar_calls_total", .counter, ["method", "outcome"],
        "JSON-RPC calls answered, by method (`unknown` for unparseable lines and unknown methods) and outcome (`ok` or the error code).")
    public static let callDuration = MetricFamily("plural_sidecar_call_duration_seconds", .histogram, ["method"],
        "Time from reading a call to its answer being ready. Calls answered on the reading thread are timed with the kernel's coarse clock (a few ms of resolution).")
    public static let inFlight = MetricFamily("plural_sidecar_calls_in_flight", .gauge, [], "Gateway calls running now.")
    public static let socketClients = MetricFamily("plural_sidecar_socket_clients", .gauge, [], "Connected Unix-socket clients.")
    public static let gatewayRequests = MetricFamily("plural_gateway_requests_total", .counter, ["operation", "status"],
        "HTTP requests to Plural (every attempt), by operation and HTTP status, or `timeout`, `connect`, `reset` when none came.")
    public static let gatewayLatency = MetricFamily("plural_gateway_request_duration_seconds", .histogram, ["operation"],
        "Time of one HTTP request to Plural, by operation.")
    public static let retries = MetricFamily("plural_gateway_retries_total", .counter, ["reason"],
        "Attempts repeated, by why: `timeout`, `connect`, `reset`, `status_429`, `status_5xx`, `unauthorized` (a 401 that dropped the token).")
    public static let tokenFetches = MetricFamily("plural_token_fetches_total", .counter, ["result"],
        "OAuth token requests, by result: `ok`, `refused` (credentials), `error`.")
    public static let tokenRemaining = MetricFamily("plural_token_remaining_seconds", .gauge, [],
        "Life left in the cached access token (0 when there is none).")
    public static let circuitState = MetricFamily("plural_gateway_circuit_state", .gauge, ["host"],
        "Circuit breaker per gateway host (`api`, `pg`, `order_token`): 0 closed, 1 open, 2 half-open (one trial call).")
    public static let circuitOpened = MetricFamily("plural_gateway_circuit_opened_total", .counter, ["host"],
        "Times the circuit of a gateway host opened.")
    public static let configReloads = MetricFamily("plural_sidecar_config_reloads_total", .counter, ["result"],
        "SIGHUP rereads of the settings, by result: `ok` or `refused` (the old settings stayed).")
    public static let buildInfo = MetricFamily("plural_sidecar_build_info", .gauge, ["version", "env"],
        "Always 1: the sidecar's version and PLURAL_ENV (`uat`, `prod`, `simulator`, `invalid`).")
    public static let residentMemory = MetricFamily("process_resident_memory_bytes", .gauge, [], "Resident memory of the sidecar process.")
    public static let openFDs = MetricFamily("process_open_fds", .gauge, [], "Open file descriptors of the sidecar process.")
    public static let startTime = MetricFamily("process_start_time_seconds", .gauge, [], "When the process started, in Unix seconds.")

    public static let all: [MetricFamily] = [
        calls, callDuration, inFlight, socketClients, gatewayRequests, gatewayLatency, retries, tokenFetches, tokenRemaining,
        circuitState, circuitOpened, configReloads, buildInfo, residentMemory, openFDs, startTime,
    ]

    /// Upper bounds (seconds) of both histograms' buckets.
    public static let buckets: [Double] = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30]

    /// The README's metrics table.
    public static func markdownTable() -> String {
        var lines = ["| metric | type | labels | meaning |", "|---|---|---|---|"]
        for f in all {
            lines.append("| `\(f.name)` | \(f.kind.rawValue) | \(f.labels.isEmpty ? "—" : f.labels.map { "`\($0)`" }.joined(separator: ", ")) | \(f.help) |")
        }
        return lines.joined(separator: "\n")
    }
}
