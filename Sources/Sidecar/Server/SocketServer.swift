import Dispatch
import Foundation
import JSONRPC
import Support

/// Serves JSON-RPC on a Unix socket: any number of connections, each its own newline-delimited stream
/// with its own reading thread. A connection that goes away mid-call disturbs nobody else: its answers
/// are dropped, its calls still finish. The socket is bound here (`--socket PATH`) or inherited from systemd
/// (socket activation: `LISTEN_FDS`, `LISTEN_PID`). Signals and the way out are `Lifecycle`'s.
public final class SocketServer: Service, @unchecked Sendable {
    let path: String?
    let table: MethodTable
    let options: ServerOptions
    let log: Logger
    private let inFlight: InFlight
    /// Live connections by descriptor, so shutdown can stop their reads.
    private let connections = Locked<[Int32: FDLineWriter]>([:])
    private let stopping = Locked(false)
    private var listenFD: Int32 = -1
    /// True when systemd owns the socket (and its file): it is neither bound nor removed here.
    private let activated: Bool

    /// `inheritedFD`: the listening socket systemd passed (socket activation), served instead of binding `path`.
    public init(path: String?, inheritedFD: Int32? = nil, table: MethodTable, options: ServerOptions, log: Logger = .shared) {
        self.path = path
        self.table = table
        self.options = options
        self.log = log
        self.inFlight = InFlight(limit: options.maxInFlight)
        if let fd = inheritedFD { listenFD = fd }
        activated = inheritedFD != nil
        Metrics.shared.provide(.inFlight) { [inFlight] in [MetricSample([], .number(Double(inFlight.count)))] }
        Metrics.shared.provide(.socketClients) { [connections] in [MetricSample([], .number(Double(connections.withLock { $0.count })))] }
    }

    /// Binds (unless activated), then serves until a termination signal. Exits 1 with a message when it cannot bind.
    public func run(reload: (@Sendable () -> Bool)? = nil) -> Never {
        // Bound inside `start`: once the socket file exists a client (or a supervisor's SIGHUP) may come, and by
        // then every signal must already be handled.
        Lifecycle.run(self, drainSeconds: options.drainSeconds, reload: reload, log: log) { [self] in
            if !activated, let path {
                do throws(UnixSocket.Failure) {
                    listenFD = try UnixSocket.listen(path: path)
                } catch {
                    log.error("cannot serve on socket", ["path": .string(path), "reason": .string(error.description)])
                    FileHandle.standardError.write(Data("plural-sidecar: \(error.description)\n".utf8))
                    Foundation.exit(1)
                }
            }
            log.info("listening", ["socket": path.map { .string($0) } ?? .null, "activated": .bool(activated)])
            let acceptor = Thread { [self] in acceptLoop() }
            acceptor.start()
        }
    }

    public func stopReading() {
        stopping.withLock { $0 = true }
        // shutdown() wakes a thread blocked in accept() or read() on Linux; close() alone would not. An
        // inherited socket is only no longer accepted on: systemd keeps it, and queues clients for the next start.
        if !activated { Glibc.shutdown(listenFD, Int32(SHUT_RDWR)) }
        connections.withLock { conns in
            for fd in conns.keys { Glibc.shutdown(fd, Int32(SHUT_RD)) }
        }
    }

    public func drain(until deadline: DispatchTime) -> Bool { inFlight.waitUntilIdle(deadline: deadline) }

    public func flush() {
        for writer in connections.withLock({ Array($0.values) }) { writer.flush() }
    }

    public func cleanUp() {
        if !activated, let path { unlink(path) }
    }

    private func acceptLoop() {
        while !stopping.current {
            if activated {
                // The inherited socket is systemd's too: it cannot be shut down to wake accept(), so wait in short polls.
                var pfd = pollfd(fd: listenFD, events: Int16(POLLIN), revents: 0)
                if poll(&pfd, 1, 100) <= 0 { continue }
            }
            let fd = accept(listenFD, nil, nil)
            if fd >= 0 { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
            if fd < 0 {
                if errno == EINTR || errno == ECONNABORTED { continue }
                if stopping.current { return }
                if errno == EMFILE || errno == ENFILE {
                    log.error("out of file descriptors; pausing accept")
                    usleep(100_000)
                    continue
                }
                log.error("accept failed", ["errno": .int(Int(errno))])
                usleep(10_000)
                continue
            }
            let (admitted, uid) = options.peers.admits(fd)
            guard admitted else {
                log.warn("connection refused: peer user not allowed", ["uid": uid.map { .int(Int($0)) } ?? .null])
                close(fd)
                continue
            }
            let writer = FDLineWriter(fd: fd, isSocket: true)
            let registered = connections.withLock { conns -> Bool in
                if stopping.current { return false }
                conns[fd] = writer
                return true
            }
            guard registered else { close(fd); return }
            let thread = Thread { [self] in serve(fd: fd, writer: writer) }
            thread.stackSize = 4 << 20
            thread.start()
        }
    }

    private func serve(fd: Int32, writer: FDLineWriter) {
        let session = Session(table: table, output: writer, inFlight: inFlight, maxLineBytes: options.maxLineBytes, log: log)
        log.debug("connection opened", ["fd": .int(Int(fd))])
        LineReader.run(fd: fd, session: session, output: writer, shouldStop: { [stopping] in stopping.current })
        // The client closed its side (or we are stopping): finish its calls, answer what can be answered.
        _ = session.waitForOutstanding()
        writer.flush()
        connections.withLock { conns in
            conns[fd] = nil
            close(fd)
        }
        log.debug("connection closed", ["fd": .int(Int(fd))])
    }
}
