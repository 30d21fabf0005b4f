import JSONRPC
import Plural
import PluralSimulator
import Support

/// A method the sidecar answers itself, without calling Plural (signatures, ping, the simulator's controls).
/// Methods that call Plural are declared as `PluralOperation`s in `Plural/Operations/` instead; both kinds
/// become `MethodEntry`s in `MethodCatalog`.
public protocol SidecarMethod: Sendable {
    static var name: String { get }
    /// The area it is listed under (OpenRPC tag).
    static var tag: String { get }
    static var summary: String { get }
    static var description: String { get }
    static var params: [Param] { get }
    static var resultName: String { get }
    static var result: JSONValue { get }
    /// The sidecar's own error codes this method can answer with (besides the JSON-RPC ones).
    static var errors: [ErrorCode] { get }
    /// True for methods whose params are a Plural request body passed through: members not declared in
    /// `params` are sent on (Plural adds fields over time) unless they look like a misspelling of one.
    /// False: any undeclared member is refused.
    static var passesThroughParams: Bool { get }
    static func handler(_ context: MethodContext) -> RPCHandler
}

extension SidecarMethod {
    public static var description: String { summary }
    public static var errors: [ErrorCode] { [] }
    public static var passesThroughParams: Bool { false }
}

/// What handlers can reach: the gateway, configuration, and the served OpenRPC document.
public struct MethodContext: Sendable {
    public let config: PluralConfig
    public let version: String
    public let environmentName: String
    public let gateway: PluralGateway
    /// The in-process simulator when `PLURAL_ENV=simulator`; nil otherwise.
    public let simulator: PluralSimulator?

    public init(config: PluralConfig, version: String, gateway: PluralGateway, simulator: PluralSimulator?) {
        self.config = config
        self.version = version
        self.environmentName = config.environmentName
        self.gateway = gateway
        self.simulator = simulator
    }

    /// Wires the gateway to the network, or to an in-process simulator in simulator mode, with the idempotency
    /// ledger and, when `PLURAL_STATE_DIR` is set, its journal (opening it takes the directory's lock).
    public static func make(config raw: PluralConfig, version: String) throws(Journal.Failure) -> MethodContext {
        let userAgent = "plural-sidecar/\(version) (Swift; Linux)"
        let journal = try raw.stateDirectory.map { dir throws(Journal.Failure) in try Journal(directory: dir) }
        let ledger = IdempotencyLedger(journal: journal, ttl: (try? raw.idempotencyTTL()) ?? 86_400)
        if (try? raw.environment()) == .simulator {
            let config = raw.withSimulatorDefaults()
            let simulator = PluralSimulator(settings: SimulatorSettings(config: config))
            // The customer's pages need a real listener: every challenge_url / redirect_url handed out carries its port.
            do { _ = try simulator.serve(port: try config.simulatorPort()) } catch {
                Logger.shared.error("simulator: cannot serve the checkout pages", ["detail": .string("\(error)")])
            }
            let client = PluralClient(config: config, transport: SimulatorTransport(simulator: simulator), userAgent: userAgent)
            return MethodContext(config: config, version: version, gateway: PluralGateway(client: client, ledger: ledger), simulator: simulator)
        }
        let client = PluralClient(config: raw, transport: URLSessionTransport(), userAgent: userAgent)
        return MethodContext(config: raw, version: version, gateway: PluralGateway(client: client, ledger: ledger), simulator: nil)
    }
}
