import Dispatch
import Foundation
import JSONRPC
import Support

/// Serves JSON-RPC on stdin/stdout until end of input or a termination signal (see `Lifecycle`).
///
/// At end of input every call in flight finishes and is answered before the process exits 0. On SIGTERM
/// or SIGINT reading stops, calls in flight get until the drain deadline, then the process exits 0.
public final class StdioServer: Service {
    let table: MethodTable
    let options: ServerOptions
    let log: Logger
    private let writer = FDLineWriter(fd: 1)
    private let inFlight: InFlight
    private let stopping = Locked(false)
    private let session: Session

    public init(table: MethodTable, options: ServerOptions, log: Logger = .shared) {
        self.table = table
        self.options = options
        self.log = log
        inFlight = InFlight(limit: options.maxInFlight)
        session = Session(table: table, output: writer, inFlight: inFlight, maxLineBytes: options.maxLineBytes, log: log)
        Metrics.shared.provide(.inFlight) { [inFlight] in [MetricSample([], .number(Double(inFlight.count)))] }
    }

    public func run(reload: (@Sendable () -> Bool)? = nil) -> Never {
        let reader = Thread { [self] in
            LineReader.run(fd: 0, session: session, output: writer, shouldStop: { [stopping] in stopping.current })
            if stopping.current { return }  // a signal is already taking the way out
            log.debug("end of input: finishing calls in flight")
            Lifecycle.shutdown(self, reason: "end of input", deadline: .now() + .milliseconds(Int(options.drainSeconds * 1000)), log: log)
        }
        reader.stackSize = 4 << 20
        Lifecycle.run(self, drainSeconds: options.drainSeconds, reload: reload, log: log) { reader.start() }
    }

    public func stopReading() { stopping.withLock { $0 = true } }
    public func drain(until deadline: DispatchTime) -> Bool { inFlight.waitUntilIdle(deadline: deadline) }
    public func answerUnfinished() -> Int { session.answerUnfinished() }
    public func flush(until deadline: DispatchTime) -> Bool { writer.flush(until: deadline) }
    public func cleanUp() {}
}

/// Limits and policies shared by both servers, read once at start.
public struct ServerOptions: Sendable {
    /// Longest request line accepted; longer lines are answered with an error and skipped.
    public var maxLineBytes = 1 << 20
    /// Calls running at once before the reader stops reading (backpressure).
    public var maxInFlight = 1024
    /// Calls one socket connection may run at once (`PLURAL_MAX_IN_FLIGHT_PER_CONNECTION`).
    public var maxInFlightPerConnection = 256
    /// Socket connections served at once; more are answered with an error and closed (`PLURAL_MAX_CONNECTIONS`).
    public var maxConnections = 512
    /// Seconds a socket connection with nothing running may stay silent before it is closed; 0: never
    /// (`PLURAL_SOCKET_IDLE_TIMEOUT`).
    public var idleSeconds = 0.0
    /// How long a shutdown waits for calls in flight (`PLURAL_SHUTDOWN_TIMEOUT`).
    public var drainSeconds = 25.0
    /// Who may connect to the socket.
    public var peers = PeerPolicy(allowedUIDs: [getuid()])

    public init() {}
}
