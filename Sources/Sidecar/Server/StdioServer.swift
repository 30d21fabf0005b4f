import Dispatch
import Foundation
import JSONRPC
import Support

/// Serves JSON-RPC on stdin/stdout until end of input or a termination signal.
///
/// At end of input every call in flight finishes and is answered before the process exits 0. On SIGTERM
/// or SIGINT reading stops, calls in flight get until the drain deadline, then the process exits 0.
public struct StdioServer {
    let table: MethodTable
    let options: ServerOptions
    let log: Logger

    public init(table: MethodTable, options: ServerOptions, log: Logger = .shared) {
        self.table = table
        self.options = options
        self.log = log
    }

    public func run() -> Never {
        Shutdown.ignoreSIGPIPE()
        let writer = FDLineWriter(fd: 1)
        let inFlight = InFlight(limit: options.maxInFlight)
        let session = Session(table: table, output: writer, inFlight: inFlight, maxLineBytes: options.maxLineBytes, log: log)
        let stopping = Locked(false)
        let log = self.log
        let deadlineEnv = ProcessInfo.processInfo.environment

        Shutdown.onTerminate { sig in
            stopping.withLock { $0 = true }
            log.info("signal received: draining", ["signal": .int(Int(sig))])
            let drained = inFlight.waitUntilIdle(deadline: Shutdown.drainDeadline(deadlineEnv))
            if !drained { log.warn("drain deadline passed with calls still in flight") }
            writer.flush()
            Shutdown.exit(0)
        }

        let reader = Thread {
            LineReader.run(fd: 0, session: session, output: writer, shouldStop: { stopping.current })
            if stopping.current { return }  // the signal path owns the exit
            _ = inFlight.waitUntilIdle()
            writer.flush()
            log.debug("end of input: all answers written")
            Shutdown.exit(0)
        }
        reader.stackSize = 4 << 20
        reader.start()
        dispatchMain()
    }
}

/// Limits shared by both servers.
public struct ServerOptions: Sendable {
    /// Longest request line accepted; longer lines are answered with an error and skipped.
    public var maxLineBytes = 1 << 20
    /// Calls running at once before the reader stops reading (backpressure).
    public var maxInFlight = 1024

    public init() {}
}
