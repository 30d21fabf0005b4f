import Foundation
import Plural

/// What the command line asked for. Secrets are never accepted here: `ps` shows every argument.
public enum Command: Equatable {
    case serveStdio
    case serveSocket(path: String)
    case simulate(port: Int)
    case printOpenRPC(examples: String?)
    /// Probe a running sidecar (`--socket PATH`), or check this configuration; exit 0 when ready.
    case health(socket: String?, liveOnly: Bool)
    /// Print a README table generated from a declaration: `settings` or `metrics`.
    case docs(String)
    case version
    case help
}

public struct Invocation: Equatable {
    public var command: Command = .serveStdio
    public var configFile: String?
    public var maxLineBytes: Int?
    public var maxInFlight: Int?
    /// `--metrics ADDRESS`: serve Prometheus metrics on a loopback host:port or a Unix socket path.
    public var metricsAddress: String?

    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    public static let usage = """
    usage: plural-sidecar [--socket PATH] [--config FILE] [--max-line-bytes N] [--max-in-flight N] [--metrics ADDRESS]
           plural-sidecar health [--live] [--socket PATH]   exit 0 when ready (--live: when it answers); probes
           plural-sidecar simulate --port N
           plural-sidecar openrpc [--examples DIR]   print the OpenRPC document (with example pairings from DIR)
           plural-sidecar docs settings|metrics      print the README's table of settings or metrics
           plural-sidecar --version

    Serves newline-delimited JSON-RPC 2.0 on stdin/stdout (default) or on a Unix socket.
    Settings come from the environment (PLURAL_ENV, PLURAL_CLIENT_ID, ...) or --config FILE (JSON).
    Secrets are never taken from the command line.
    """

    public static func parse(_ args: [String]) throws(Failure) -> Invocation {
        var inv = Invocation()
        var i = 0
        func value(_ flag: String) throws(Failure) -> String {
            i += 1
            guard i < args.count else { throw Failure(description: "\(flag) needs a value") }
            return args[i]
        }
        /// A limit flag, checked like the setting it stands for (the same range, the same words).
        func limit(_ flag: String, as setting: String) throws(Failure) -> Int {
            let raw = try value(flag)
            if let problem = Setting.byName[setting]?.problem(with: raw) { throw Failure(description: "\(flag) \(problem), not \(raw)") }
            guard let n = Int(raw) else { throw Failure(description: "\(flag) takes a whole number, not \(raw)") }
            return n
        }
        if let first = args.first, !first.hasPrefix("-") {
            switch first {
            case "simulate": inv.command = .simulate(port: 0)
            case "openrpc": inv.command = .printOpenRPC(examples: nil)
            case "serve": break
            case "health": inv.command = .health(socket: nil, liveOnly: false)
            case "docs":
                guard args.count > 1, ["settings", "metrics"].contains(args[1]) else { throw Failure(description: "docs takes settings or metrics") }
                inv.command = .docs(args[1])
                return inv
            default: throw Failure(description: "unknown command \(first)")
            }
            i = 1
        }
        while i < args.count {
            let a = args[i]
            switch a {
            case "--socket":
                let path = try value(a)
                if case .health(_, let live) = inv.command { inv.command = .health(socket: path, liveOnly: live) } else { inv.command = .serveSocket(path: path) }
            case "--live":
                guard case .health(let socket, _) = inv.command else { throw Failure(description: "--live belongs to the health command") }
                inv.command = .health(socket: socket, liveOnly: true)
            case "--metrics": inv.metricsAddress = try value(a)
            case "--config": inv.configFile = try value(a)
            case "--max-line-bytes": inv.maxLineBytes = try limit(a, as: "PLURAL_MAX_LINE_BYTES")
            case "--max-in-flight": inv.maxInFlight = try limit(a, as: "PLURAL_MAX_IN_FLIGHT")
            case "--port":
                guard case .simulate = inv.command else { throw Failure(description: "--port belongs to the simulate command") }
                let raw = try value(a)
                guard let p = Int(raw), (0...65535).contains(p) else { throw Failure(description: "--port takes 0-65535, not \(raw)") }
                inv.command = .simulate(port: p)
            case "--examples":
                guard case .printOpenRPC = inv.command else { throw Failure(description: "--examples belongs to the openrpc command") }
                inv.command = .printOpenRPC(examples: try value(a))
            case "--version", "-V": inv.command = .version
            case "--help", "-h": inv.command = .help
            default:
                throw Failure(description: "unknown option \(a) (secrets and settings come from the environment or --config)")
            }
            i += 1
        }
        return inv
    }
}
