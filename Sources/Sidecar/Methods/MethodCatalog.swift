import JSONRPC
import Plural
import Support

/// Every method the sidecar serves: one entry per declared Plural operation, then the local methods. The
/// dispatcher's table, `rpc.discover` / `protocol/openrpc.json` and, from that file, the generated clients
/// all come from this list.
public enum MethodCatalog {
    static let local: [any SidecarMethod.Type] = [
        VerifySignature.self, VerifyWebhook.self, ConfirmPayment.self,
        Ping.self, Discover.self, Stats.self, PendingOutcomes.self,
        SimulatorPay.self, SimulatorConfigure.self, SimulatorWebhooks.self, SimulatorRedeliver.self, SimulatorEvents.self,
    ]

    public static let all: [MethodEntry] = OperationCatalog.all.map(MethodEntry.init(operation:)) + local.map(MethodEntry.init(local:))
}

/// One JSON-RPC method as the dispatcher and the OpenRPC document see it.
public struct MethodEntry: Sendable {
    public let name: String
    public let tag: String
    public let summary: String
    public let description: String
    public let params: [Param]
    public let resultName: String
    public let result: JSONValue
    /// The sidecar's own error codes it can answer with (besides the JSON-RPC ones).
    public let errors: [ErrorCode]
    public let passesThroughParams: Bool
    /// The Plural operation(s) it calls (`x-plural-operations`); empty for local methods.
    public let operation: PluralOperation?
    let makeHandler: @Sendable (MethodContext) -> RPCHandler

    /// The errors every call to the gateway can answer with.
    static let gatewayErrors: [ErrorCode] = [.gatewayError, .credentialsRefused, .gatewayUnreachable, .settingMissing, .badGatewayAnswer]
    /// And those of money-moving calls, which go through the idempotency ledger.
    static let moneyErrors: [ErrorCode] = [.idempotencyConflict, .refusedForSafety]

    init(operation op: PluralOperation) {
        name = op.name
        tag = op.tag
        summary = op.summary
        description = op.description ?? op.summary
        params = op.params
        resultName = op.resultName
        result = op.answer
        errors = op.movesMoney ? Self.gatewayErrors + Self.moneyErrors : Self.gatewayErrors
        passesThroughParams = op.passesThroughParams
        operation = op
        makeHandler = { context in .async { params in try await context.gateway.execute(op, params) } }
    }

    init(local m: any SidecarMethod.Type) {
        name = m.name
        tag = m.tag
        summary = m.summary
        description = m.description
        params = m.params
        resultName = m.resultName
        result = m.result
        errors = m.errors
        passesThroughParams = m.passesThroughParams
        operation = nil
        makeHandler = { m.handler($0) }
    }
}

/// The dispatcher's view of the catalogue, and the one place where failures become JSON-RPC errors.
public struct SidecarTable: MethodTable {
    /// Each handler with its metrics slot: its place in `MethodCatalog.all`.
    private let handlers: [String: (handler: RPCHandler, slot: Int)]
    /// Methods whose call may move money: at a shutdown deadline their outcome is unknown.
    private let moneyMoving: Set<String>

    /// `countCalls: false` (PLURAL_METRICS=off) leaves the per-call counters off.
    public init(context: MethodContext, countCalls: Bool = true) {
        var h: [String: (handler: RPCHandler, slot: Int)] = [:]
        for (slot, m) in MethodCatalog.all.enumerated() { h[m.name] = (ParamsCheck.wrap(m, m.makeHandler(context)), slot) }
        handlers = h
        moneyMoving = Set(MethodCatalog.all.filter { $0.operation?.movesMoney == true }.map(\.name))
        Metrics.shared.calls.configure(methods: MethodCatalog.all.map(\.name), codes: ErrorCode.catalogue.map(\.0.rawValue), enabled: countCalls)
    }

    public var methodNames: [String] { handlers.keys.sorted() }

    public func handler(for method: String) -> RPCHandler? { handlers[method]?.handler }

    public func lookup(_ method: String) -> (handler: RPCHandler, slot: Int)? { handlers[method] }

    public func rpcError(for error: Error, method: String) -> RPCError {
        ErrorMapping.rpcError(for: error, method: method)
    }

    public func shutdownError(method: String) -> RPCError {
        ErrorMapping.shutdownError(method: method, movesMoney: moneyMoving.contains(method))
    }
}
