import JSONRPC
import Plural
import Support

/// `ping` → `{version, env}`: a liveness check that touches nothing else.
enum Ping: SidecarMethod {
    static let name = "ping"
    static let tag = "sidecar"
    static let summary = "Liveness check: the sidecar's version and the Plural environment it talks to."
    static let params: [Param] = []
    static let resultName = "pong"
    static let result = Schema.object([
        "version": Schema.string("plural-sidecar version."),
        "env": Schema.string("PLURAL_ENV: uat, prod or simulator."),
    ], required: ["version", "env"])

    static func handler(_ context: MethodContext) -> RPCHandler {
        let answer: JSONValue = ["version": .string(context.version), "env": .string(context.environmentName)]
        return .constant { answer }
    }
}

/// `rpc.discover` → the OpenRPC document listing every method this sidecar serves.
enum Discover: SidecarMethod {
    static let name = "rpc.discover"
    static let tag = "sidecar"
    static let summary = "The OpenRPC document describing every method this sidecar serves."
    static let params: [Param] = []
    static let resultName = "openrpc"
    static let result: JSONValue = ["$ref": "https://raw.githubusercontent.com/open-rpc/meta-schema/master/schema.json"]

    static func handler(_ context: MethodContext) -> RPCHandler {
        // Only what this process serves: the simulator's methods are listed in simulator mode alone.
        let version = context.version, includeSimulator = context.simulator != nil
        return .constant { OpenRPCDocument.build(version: version, includeSimulator: includeSimulator) }
    }
}
