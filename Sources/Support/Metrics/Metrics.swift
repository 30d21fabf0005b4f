import Foundation

/// One series of a family: its label values (in the family's label order) and its value.
public struct MetricSample: Sendable {
    public enum Value: Sendable {
        case number(Double)
        /// Per-bucket counts (not cumulative, one per `MetricFamily.buckets` bound plus +Inf), the sum and the count.
        case histogram(buckets: [UInt64], sum: Double, count: UInt64)
    }
    public let labels: [String]
    public let value: Value

    public init(_ labels: [String], _ value: Value) {
        self.labels = labels
        self.value = value
    }
}

/// The process's metrics: every family of `MetricFamily.all`, each read at scrape time from whoever owns the
/// numbers (counters here, gauges from the servers, the token cache and the circuit breakers).
public final class Metrics: Sendable {
    public static let shared = Metrics()

    public typealias Provider = @Sendable () -> [MetricSample]
    private let providers = Locked<[String: Provider]>([:])

    public let gatewayRequests = LabeledCounter()
    public let gatewayLatency = LabeledHistogram()
    public let retries = LabeledCounter()
    public let tokenFetches = LabeledCounter()
    public let circuitOpened = LabeledCounter()
    public let configReloads = LabeledCounter()
    public let calls = CallMetrics()

    init() {
        provide(.gatewayRequests) { [gatewayRequests] in gatewayRequests.samples }
        provide(.gatewayLatency) { [gatewayLatency] in gatewayLatency.samples }
        provide(.retries) { [retries] in retries.samples }
        provide(.tokenFetches) { [tokenFetches] in tokenFetches.samples }
        provide(.circuitOpened) { [circuitOpened] in circuitOpened.samples }
        provide(.configReloads) { [configReloads] in configReloads.samples }
        provide(.calls) { [calls] in calls.countSamples() }
        provide(.callDuration) { [calls] in calls.durationSamples() }
        provide(.residentMemory) { [MetricSample([], .number(ProcessFigures.residentBytes()))] }
        provide(.openFDs) { [MetricSample([], .number(ProcessFigures.openFDs()))] }
        let started = Date().timeIntervalSince1970
        provide(.startTime) { [MetricSample([], .number(started.rounded()))] }
    }

    /// Sets (or replaces) where a family's numbers come from.
    public func provide(_ family: MetricFamily, _ provider: @escaping Provider) {
        providers.withLock { $0[family.name] = provider }
    }

    /// Every family with its current samples, in the declared order.
    public func snapshot() -> [(MetricFamily, [MetricSample])] {
        let current = providers.current
        return MetricFamily.all.map { family in (family, current[family.name]?() ?? []) }
    }

    /// The Prometheus text exposition format, version 0.0.4.
    public func exposition() -> String {
        var out = ""
        for (family, samples) in snapshot() {
            out += "# HELP \(family.name) \(Self.escapeHelp(family.help))\n# TYPE \(family.name) \(family.kind.rawValue)\n"
            for s in samples {
                let pairs = zip(family.labels, s.labels).map { "\($0)=\"\(Self.escapeLabel($1))\"" }
                switch s.value {
                case .number(let v):
                    out += "\(family.name)\(Self.braces(pairs)) \(Self.format(v))\n"
                case .histogram(let buckets, let sum, let count):
                    var cumulative: UInt64 = 0
                    for (i, n) in buckets.enumerated() {
                        cumulative += n
                        let le = i < MetricFamily.buckets.count ? Self.format(MetricFamily.buckets[i]) : "+Inf"
                        out += "\(family.name)_bucket\(Self.braces(pairs + ["le=\"\(le)\""])) \(cumulative)\n"
                    }
                    out += "\(family.name)_sum\(Self.braces(pairs)) \(Self.format(sum))\n"
                    out += "\(family.name)_count\(Self.braces(pairs)) \(count)\n"
                }
            }
        }
        return out
    }

    /// The same numbers as JSON: `{family: [{labels: {…}, value} | {labels, buckets: {le: cumulative}, sum, count}]}`.
    public func json() -> JSONValue {
        var out = JSONObject()
        for (family, samples) in snapshot() {
            out[family.name] = .array(samples.map { s in
                var labels = JSONObject()
                for (k, v) in zip(family.labels, s.labels) { labels[k] = .string(v) }
                var o: JSONObject = ["labels": .object(labels)]
                switch s.value {
                case .number(let v): o["value"] = Self.jsonNumber(v)
                case .histogram(let buckets, let sum, let count):
                    var cumulative: UInt64 = 0
                    var b = JSONObject()
                    for (i, n) in buckets.enumerated() {
                        cumulative += n
                        b[i < MetricFamily.buckets.count ? Self.format(MetricFamily.buckets[i]) : "+Inf"] = .int(Int(cumulative))
                    }
                    o["buckets"] = .object(b)
                    o["sum"] = Self.jsonNumber(sum)
                    o["count"] = .int(Int(count))
                }
                return .object(o)
            })
        }
        return .object(out)
    }

    static func braces(_ pairs: [String]) -> String { pairs.isEmpty ? "" : "{" + pairs.joined(separator: ",") + "}" }

    static func format(_ v: Double) -> String {
        if v.isNaN { return "NaN" }
        if v.isInfinite { return v > 0 ? "+Inf" : "-Inf" }
        if v == v.rounded() && abs(v) < 1e15 { return String(Int64(v)) }
        return String(v)
    }

    static func jsonNumber(_ v: Double) -> JSONValue {
        .number(JSONNumber(text: v.isFinite ? format(v) : "0"))
    }

    static func escapeLabel(_ s: String) -> String {
        s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"").replacingOccurrences(of: "\n", with: "\\n")
    }

    static func escapeHelp(_ s: String) -> String {
        s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\n", with: "\\n")
    }
}

/// A counter per label-value tuple, for the slow paths (gateway requests, retries, token fetches): a lock is
/// nothing beside an HTTP request.
public final class LabeledCounter: Sendable {
    private let counts = Locked<[[String]: UInt64]>([:])

    public func add(_ labels: [String], _ n: UInt64 = 1) { counts.withLock { $0[labels, default: 0] += n } }

    public func value(_ labels: [String]) -> UInt64 { counts.withLock { $0[labels] ?? 0 } }

    public var samples: [MetricSample] {
        counts.current.sorted { $0.key.lexicographicallyPrecedes($1.key) }.map { MetricSample($0.key, .number(Double($0.value))) }
    }
}

/// A histogram per label-value tuple, for the slow paths.
public final class LabeledHistogram: Sendable {
    private struct Series { var buckets = [UInt64](repeating: 0, count: MetricFamily.buckets.count + 1); var sum = 0.0; var count: UInt64 = 0 }
    private let series = Locked<[[String]: Series]>([:])

    public func observe(_ labels: [String], seconds: Double) {
        let i = MetricFamily.buckets.firstIndex { seconds <= $0 } ?? MetricFamily.buckets.count
        series.withLock { all in
            all[labels, default: Series()].buckets[i] += 1
            all[labels, default: Series()].sum += seconds
            all[labels, default: Series()].count += 1
        }
    }

    public var samples: [MetricSample] {
        series.current.sorted { $0.key.lexicographicallyPrecedes($1.key) }.map {
            MetricSample($0.key, .histogram(buckets: $0.value.buckets, sum: $0.value.sum, count: $0.value.count))
        }
    }
}

/// What `/proc` says about this process.
enum ProcessFigures {
    static func residentBytes() -> Double {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        let fields = text.split(separator: " ")
        guard fields.count > 1, let pages = Double(fields[1]) else { return 0 }
        return pages * Double(sysconf(Int32(_SC_PAGESIZE)))
    }

    static func openFDs() -> Double {
        // Minus the descriptor that reading the directory itself holds open.
        Double(max(0, ((try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd"))?.count ?? 1) - 1))
    }
}
