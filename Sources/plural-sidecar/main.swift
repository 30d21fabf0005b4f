import CEarlySignals
import Foundation
import Plural
import PluralSimulator
import Sidecar
import Support

// Entry point: read the command line and the settings, then hand over to a server. Nothing here writes
// to stdout except the one-shot commands (`openrpc`, `docs`, `health`, `--version`, `--help`), which are not
// protocol mode.

func fail(_ message: String) -> Never {
    StandardError.write("plural-sidecar: \(message)\n")
    exit(2)
}

func emit(_ text: String) {
    FileHandle.standardOutput.write(Data((text + "\n").utf8))
}

plural_early_signals_linked()  // the constructor blocked the signals already; this keeps it linked
Lifecycle.blockSignals()
ProcessHardening.apply()

/// The method context, with the journal opened (a second sidecar on the same PLURAL_STATE_DIR stops here) and
/// the calls an earlier process left unknown being looked up in the background.
func startContext() -> MethodContext {
    do {
        let context = try MethodContext.make(config: config, version: SidecarVersion.current)
        let gateway = context.gateway
        if gateway.ledger.journal != nil {
            Task {
                await gateway.ledger.compactAtStart()
                await gateway.reconcilePending()
            }
        }
        return context
    } catch {
        fail(error.description)
    }
}

let invocation: Invocation
do {
    invocation = try Invocation.parse(Array(CommandLine.arguments.dropFirst()))
} catch {
    fail("\(error.description)\n\(Invocation.usage)")
}

/// The one settings reader, at start and on SIGHUP (it reads the environment as it is now: the secret files
/// `NAME_FILE` and `$CREDENTIALS_DIRECTORY` name are reread, so rotating a mounted secret needs no restart).
struct SettingsReader: Sendable {
    let configFile: String?
    func read() throws(ConfigLoader.Failure) -> PluralConfig {
        try ConfigLoader.load(environment: ProcessInfo.processInfo.environment, configFile: configFile)
    }
}
let settings = SettingsReader(configFile: invocation.configFile)

@Sendable func applyLogLevel(_ config: PluralConfig) {
    guard let name = config.values["PLURAL_LOG_LEVEL"] else { return }
    if let level = Logger.Level(name: name) {
        Logger.shared.level = level
    } else {
        Logger.shared.warn("PLURAL_LOG_LEVEL is not one of error, warn, info, debug; using info", ["value": .string(name)])
    }
}

let config: PluralConfig
do {
    config = try settings.read()
} catch {
    fail(error.description)
}
applyLogLevel(config)

var options = ServerOptions()
// Limits: the flag wins, then the settings (already checked), then the declared defaults.
options.maxLineBytes = invocation.maxLineBytes ?? (try? config.count("PLURAL_MAX_LINE_BYTES")) ?? options.maxLineBytes
options.maxInFlight = invocation.maxInFlight ?? (try? config.count("PLURAL_MAX_IN_FLIGHT")) ?? options.maxInFlight
options.drainSeconds = (try? config.seconds("PLURAL_SHUTDOWN_TIMEOUT")) ?? options.drainSeconds
options.maxInFlightPerConnection = (try? config.count("PLURAL_MAX_IN_FLIGHT_PER_CONNECTION")) ?? options.maxInFlightPerConnection
options.maxConnections = (try? config.count("PLURAL_MAX_CONNECTIONS")) ?? options.maxConnections
options.idleSeconds = (try? config.seconds("PLURAL_SOCKET_IDLE_TIMEOUT")) ?? options.idleSeconds
options.peers = PeerPolicy.from(config)
let countCalls = config.values["PLURAL_METRICS"]?.lowercased() != "off"

/// Everything a serving process shares: the handlers, `--metrics`, and the SIGHUP reload.
func serving(metricsAddress: String?) -> (SidecarTable, @Sendable () -> Bool) {
    // The transport's libcurl (signals blocked and Foundation's debug switches cleared by now), loaded while the
    // rest of start-up goes on; the one-shot commands never load it.
    CurlLibrary.preload()
    let context = startContext()
    let table = SidecarTable(context: context, countCalls: countCalls)
    if let address = metricsAddress {
        do { try MetricsEndpoint(address).start() } catch { fail(error.description) }
    }
    let reload: @Sendable () -> Bool = { [settings] in
        let refusal: String?
        do throws(ConfigLoader.Failure) {
            let fresh = try settings.read()
            refusal = context.reload(fresh)
            if refusal == nil { applyLogLevel(fresh) }
        } catch {
            refusal = error.description
        }
        Metrics.shared.configReloads.add([refusal == nil ? "ok" : "refused"])
        if let refusal {
            Logger.shared.error("settings reload refused; the previous settings stay", ["reason": .string(refusal)])
        } else {
            Logger.shared.info("settings reloaded")
        }
        return refusal == nil
    }
    return (table, reload)
}

switch invocation.command {
case .version:
    emit("plural-sidecar \(SidecarVersion.current)")
case .help:
    emit(Invocation.usage)
case .docs(let what):
    emit(what == "settings" ? Setting.markdownTable() : MetricFamily.markdownTable())
case .health(let socket, let liveOnly):
    exit(HealthProbe.run(socket: socket, liveOnly: liveOnly, config: config))
case .printOpenRPC(let examples):
    var document = OpenRPCDocument.build(version: SidecarVersion.current)
    if let examples {
        do { document = try OpenRPCDocument.addingExamples(document, from: examples) } catch { fail("\(error)") }
    }
    emit(JSONWriter.sortedString(document, pretty: true))
case .serveStdio, .serveSocket:
    // A socket systemd passed (socket activation) is served whatever the command line says.
    let inherited = SocketActivation.inheritedSocket()
    let (table, reload) = serving(metricsAddress: invocation.metricsAddress)
    if case .serveSocket(let path) = invocation.command {
        SocketServer(path: path, inheritedFD: inherited, table: table, options: options).run(reload: reload)
    } else if let inherited {
        SocketServer(path: nil, inheritedFD: inherited, table: table, options: options).run(reload: reload)
    } else {
        StdioServer(table: table, options: options).run(reload: reload)
    }
case .simulate(let port):
    // The simulator signs with the merchant's keys when they are set, else with its built-in ones.
    let simulator = PluralSimulator(settings: SimulatorSettings(config: config))
    do {
        let server = try simulator.serve(port: UInt16(port))
        Logger.shared.info("simulator listening", ["url": .string("http://127.0.0.1:\(server.port)")])
        // The bound port on stdout, so a script that asked for port 0 can read it.
        emit("http://127.0.0.1:\(server.port)")
        Lifecycle.run(SimulatorService(server: server), drainSeconds: 0) {}
    } catch {
        fail("cannot serve the simulator on port \(port): \(error)")
    }
}
