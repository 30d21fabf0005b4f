import Foundation
import Plural
import PluralSimulator
import Sidecar
import Support

// Entry point: read the command line and configuration, then hand over to a server. Nothing here writes
// to stdout except the one-shot `openrpc` / `--version` / `--help` commands, which are not protocol mode.

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("plural-sidecar: \(message)\n".utf8))
    exit(2)
}

func emit(_ text: String) {
    FileHandle.standardOutput.write(Data((text + "\n").utf8))
}

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

let environment = ProcessInfo.processInfo.environment
let config: PluralConfig
do {
    config = try ConfigLoader.load(environment: environment, configFile: invocation.configFile)
} catch {
    fail(error.description)
}
if let name = config.values["PLURAL_LOG_LEVEL"] {
    if let level = Logger.Level(name: name) {
        Logger.shared.level = level
    } else {
        Logger.shared.warn("PLURAL_LOG_LEVEL is not one of error, warn, info, debug; using info", ["value": .string(name)])
    }
}

var options = ServerOptions()
// Limits: the flag wins, then the environment, then the defaults (1 MiB lines, 1024 calls in flight).
if let n = invocation.maxLineBytes ?? environment["PLURAL_MAX_LINE_BYTES"].flatMap(Int.init), n > 0 { options.maxLineBytes = n }
if let n = invocation.maxInFlight ?? environment["PLURAL_MAX_IN_FLIGHT"].flatMap(Int.init), n > 0 { options.maxInFlight = n }

switch invocation.command {
case .version:
    emit("plural-sidecar \(SidecarVersion.current)")
case .help:
    emit(Invocation.usage)
case .printOpenRPC(let examples):
    var document = OpenRPCDocument.build(version: SidecarVersion.current)
    if let examples {
        do { document = try OpenRPCDocument.addingExamples(document, from: examples) } catch { fail("\(error)") }
    }
    emit(JSONWriter.sortedString(document, pretty: true))
case .serveStdio:
    let context = startContext()
    StdioServer(table: SidecarTable(context: context), options: options).run()
case .serveSocket(let path):
    let context = startContext()
    SocketServer(path: path, table: SidecarTable(context: context), options: options).run()
case .simulate(let port):
    // The simulator signs with the merchant's keys when they are set, else with its built-in ones.
    let simulator = PluralSimulator(settings: SimulatorSettings(config: config))
    do {
        let server = try simulator.serve(port: UInt16(port))
        Logger.shared.info("simulator listening", ["url": .string("http://127.0.0.1:\(server.port)")])
        // The bound port on stdout, so a script that asked for port 0 can read it.
        emit("http://127.0.0.1:\(server.port)")
        Shutdown.onTerminate { _ in
            server.stop()
            Shutdown.exit(0)
        }
        dispatchMain()
    } catch {
        fail("cannot serve the simulator on port \(port): \(error)")
    }
}
