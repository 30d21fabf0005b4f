import JSONRPC
import Plural
import Support

/// One JSON-RPC method, declared once: its name, contract and handler live together, and both the
/// dispatcher's table and the OpenRPC document (`rpc.discover`, `protocol/openrpc.json`) are built from
/// `MethodCatalog.all`.
public protocol SidecarMethod: Sendable {
    static var name: String { get }
    static var summary: String { get }
    static var description: String { get }
    static var params: [Param] { get }
    static var resultName: String { get }
    static var result: JSONValue { get }
    /// The sidecar's own error codes this method can answer with (besides the JSON-RPC ones).
    static var errors: [ErrorCode] { get }
    static func handler(_ context: MethodContext) -> RPCHandler
}

extension SidecarMethod {
    public static var description: String { summary }
    public static var errors: [ErrorCode] { [] }
}

/// What handlers can reach: the gateway, configuration, and the served OpenRPC document.
public struct MethodContext: Sendable {
    public let config: PluralConfig
    public let version: String
    public let environmentName: String

    public init(config: PluralConfig, version: String) {
        self.config = config
        self.version = version
        self.environmentName = config.environmentName
    }
}
