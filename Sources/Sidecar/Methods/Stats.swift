import JSONRPC
import Plural
import Support

/// `stats` → the numbers `--metrics` serves, as JSON, and the health `plural-sidecar health` reports.
enum Stats: SidecarMethod {
    static let name = "stats"
    static let tag = "sidecar"
    static let summary = "Health (live, ready and why not) and every metric --metrics serves, as JSON: calls, gateway requests, retries, token, circuits, process."
    static let description = "metrics has one member per metric family (README, Operations): a list of {labels, value}, or for histograms {labels, buckets (cumulative counts by upper bound), sum, count}. Label values come from fixed sets only."
    static let params: [Param] = []
    static let resultName = "stats"
    static let result = Schema.object([
        "health": Schema.object([
            "live": Schema.boolean("Always true: the sidecar answered."),
            "ready": Schema.boolean("Configuration complete for PLURAL_ENV and, once a v3 call needed one, a token obtainable."),
            "problems": Schema.array(Schema.string("Why it is not ready: a setting by name (never its value), or the token."))
        ], required: ["live", "ready", "problems"]),
        "metrics": Schema.anyObject,
    ], required: ["health", "metrics"])

    static func handler(_ context: MethodContext) -> RPCHandler {
        .immediate { _ in
            let problems = context.readiness()
            return ["health": ["live": true, "ready": .bool(problems.isEmpty), "problems": .array(problems.map { .string($0) })],
                    "metrics": Metrics.shared.json()]
        }
    }
}
