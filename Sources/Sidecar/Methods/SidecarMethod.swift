import Dispatch
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

/// What handlers can reach: the gateway, the settings in force, and the served OpenRPC document.
public struct MethodContext: Sendable {
    /// The settings in force (the gateway's own store): replaced on SIGHUP.
    public let store: ConfigStore
    public var config: PluralConfig { store.current }
    public let version: String
    /// PLURAL_ENV as started: a reload cannot change it.
    public let environmentName: String
    public let gateway: PluralGateway
    /// The in-process simulator when `PLURAL_ENV=simulator`; nil otherwise.
    public let simulator: PluralSimulator?

    public init(version: String, gateway: PluralGateway, simulator: PluralSimulator?) {
        self.store = gateway.client.store
        self.version = version
        self.environmentName = gateway.client.config.environmentName
        self.gateway = gateway
        self.simulator = simulator
    }

    /// Wires the gateway to the network, or to an in-process simulator in simulator mode, with the idempotency
    /// ledger and, when `PLURAL_STATE_DIR` is set, its journal (opening it takes the directory's lock).
    public static func make(config raw: PluralConfig, version: String) throws(Journal.Failure) -> MethodContext {
        let userAgent = "plural-sidecar/\(version) (Swift; Linux)"
        let journal = try raw.stateDirectory.map { dir throws(Journal.Failure) in try Journal(directory: dir) }
        let ledger = IdempotencyLedger(journal: journal, ttl: (try? raw.idempotencyTTL()) ?? 86_400)
        let context: MethodContext
        if (try? raw.environment()) == .simulator {
            let config = raw.withSimulatorDefaults()
            let simulator = PluralSimulator(settings: SimulatorSettings(config: config))
            // The customer's pages need a real listener: every challenge_url / redirect_url handed out carries its port.
            do { _ = try simulator.serve(port: try config.simulatorPort()) } catch {
                Logger.shared.error("simulator: cannot serve the checkout pages", ["detail": .string("\(error)")])
            }
            let client = PluralClient(config: config, transport: SimulatorTransport(simulator: simulator), userAgent: userAgent)
            context = MethodContext(version: version, gateway: PluralGateway(client: client, ledger: ledger), simulator: simulator)
        } else {
            let client = PluralClient(config: raw, transport: CurlTransport(), userAgent: userAgent)
            context = MethodContext(version: version, gateway: PluralGateway(client: client, ledger: ledger), simulator: nil)
        }
        context.publishGauges()
        return context
    }

    /// Puts newly read settings in force for calls that start from now on; nil when taken, else why not.
    public func reload(_ raw: PluralConfig) -> String? {
        guard raw.environmentName == environmentName else {
            return "PLURAL_ENV cannot change without a restart (\(environmentName) → \(raw.environmentName))"
        }
        let new = simulator != nil ? raw.withSimulatorDefaults() : raw
        let client = gateway.client
        let done = DispatchSemaphore(value: 0)
        Task {
            await client.reload(new)
            done.signal()
        }
        done.wait()
        return nil
    }

    /// Gauges read from this context at scrape time: the token, the circuits, the build.
    func publishGauges() {
        let client = gateway.client
        Metrics.shared.provide(.tokenRemaining) { [MetricSample([], .number(client.tokens.remainingSeconds.rounded()))] }
        Metrics.shared.provide(.circuitState) {
            APICall.Host.allCases.map { MetricSample([$0.label], .number(Double(client.circuit.state($0).rawValue))) }
        }
        let build = [version, (try? client.config.environment().rawValue) ?? "invalid"]
        Metrics.shared.provide(.buildInfo) { [MetricSample(build, .number(1))] }
    }

    /// Liveness is answering at all; readiness is a configuration complete for the environment and, once a
    /// v3 call has needed a token, the last token request having got one.
    public func readiness() -> [String] {
        var problems = config.problems().map(\.message)
        if gateway.client.tokens.obtainable == false { problems.append("The last access-token request failed.") }
        return problems
    }
}
