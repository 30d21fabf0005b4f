import Dispatch
import Foundation
import JSONRPC
import Support

/// Serves JSON-RPC on a Unix socket: up to `PLURAL_MAX_CONNECTIONS` connections, each its own
/// newline-delimited stream with its own reading thread and its own bound on calls running. A connection that
/// goes away mid-call, or stops reading, disturbs nobody else: its answers wait in its own queue (or are
/// dropped), its calls still finish. One sidecar per socket path: a lock file beside it (`PATH.lock`, flock)
/// decides between two started at once. The socket is bound here (`--socket PATH`) or inherited from systemd
/// (socket activation: `LISTEN_FDS`, `LISTEN_PID`). Signals and the way out are `Lifecycle`'s.
public final class SocketServer: Service, @unchecked Sendable {
    let path: String?
    let table: MethodTable
    let options: ServerOptions
    let log: Logger
    private let inFlight: InFlight
    /// Live connections by descriptor, so shutdown can stop their reads and answer their calls.
    private let connections = Locked<[Int32: (writer: FDLineWriter, session: Session)]>([:])
    /// A descriptor held back so that, when the process runs out, one can be freed to accept a client and
    /// tell it so, rather than leave it connected and never served.
    private var reserveFD: Int32 = -1
    /// Running out of descriptors is logged once per episode, not once per attempt.
    private var outOfDescriptors = false
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
                // Two sidecars started at once on one path both see no live socket; the lock decides (exit 2).
                guard UnixSocket.lockPath(path) else {
                    log.error("another sidecar is serving or starting on this socket", ["path": .string(path)])
                    StandardError.write("plural-sidecar: \(path) is in use by another sidecar (locked: \(path).lock)\n")
                    Foundation.exit(2)
                }
                do throws(UnixSocket.Failure) {
                    listenFD = try UnixSocket.listen(path: path)
                } catch {
                    log.error("cannot serve on socket", ["path": .string(path), "reason": .string(error.description)])
                    StandardError.write("plural-sidecar: \(error.description)\n")
                    Foundation.exit(1)
                }
            }
            reserveFD = open("/dev/null", O_RDONLY | O_CLOEXEC)
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

    public func answerUnfinished() -> Int {
        connections.withLock { Array($0.values) }.reduce(0) { $0 + $1.session.answerUnfinished() }
    }

    public func flush(until deadline: DispatchTime) -> Bool {
        connections.withLock { Array($0.values) }.reduce(true) { $1.writer.flush(until: deadline) && $0 }
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
                    refuseForLackOfDescriptors()
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
            if outOfDescriptors {
                outOfDescriptors = false
                log.info("file descriptors available again; accepting connections")
            }
            let writer = FDLineWriter(fd: fd, isSocket: true)
            let session = Session(table: table, output: writer, inFlight: inFlight, maxLineBytes: options.maxLineBytes,
                                  maxInFlight: options.maxInFlightPerConnection, log: log)
            let room = connections.withLock { conns -> Bool? in
                if stopping.current { return nil }
                guard conns.count < options.maxConnections else { return false }
                conns[fd] = (writer, session)
                return true
            }
            guard let room else { close(fd); return }
            guard room else {
                log.warn("connection refused: too many connections", ["limit": .int(options.maxConnections)])
                refuse(fd, reason: "too_many_connections",
                       "The sidecar is serving its limit of \(options.maxConnections) connections (PLURAL_MAX_CONNECTIONS); connect again later.")
                continue
            }
            if options.idleSeconds > 0 {
                var tv = timeval(tv_sec: Int(options.idleSeconds), tv_usec: Int((options.idleSeconds - options.idleSeconds.rounded(.down)) * 1e6))
                setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
            }
            let thread = Thread { [self] in serve(fd: fd, writer: writer, session: session) }
            thread.stackSize = 4 << 20
            thread.start()
        }
    }

    /// Out of descriptors: the reserve is given up to accept the waiting client, which is told why and
    /// closed, then taken back. Logged once until a connection is accepted again.
    private func refuseForLackOfDescriptors() {
        if !outOfDescriptors {
            outOfDescriptors = true
            log.error("out of file descriptors: refusing new connections until some close")
        }
        if reserveFD >= 0 {
            close(reserveFD)
            reserveFD = -1
            let fd = accept(listenFD, nil, nil)
            if fd >= 0 {
                refuse(fd, reason: "out_of_file_descriptors", "The sidecar has run out of file descriptors; connect again later.")
            }
            reserveFD = open("/dev/null", O_RDONLY | O_CLOEXEC)
        }
        // Nothing frees a descriptor faster than a connection closing; do not spin on the listening socket.
        usleep(50_000)
    }

    /// One error line (id null: no call was read) and the connection is closed; never blocks.
    private func refuse(_ fd: Int32, reason: String, _ message: String) {
        var line: [UInt8] = []
        ResponseEncoder.error(id: .null, RPCError(.internalError, message, data: ["reason": .string(reason)]), into: &line)
        line.append(0x0A)
        _ = line.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL | MSG_DONTWAIT)) }
        // Closing with the client's first line unread would reset the connection, and the client could lose
        // the refusal with it: read what already came (without waiting) first.
        Glibc.shutdown(fd, Int32(SHUT_WR))
        var scratch = [UInt8](repeating: 0, count: 4096)
        for _ in 0..<16 where recv(fd, &scratch, scratch.count, Int32(MSG_DONTWAIT)) > 0 {}
        close(fd)
    }

    private func serve(fd: Int32, writer: FDLineWriter, session: Session) {
        log.debug("connection opened", ["fd": .int(Int(fd))])
        LineReader.run(fd: fd, session: session, output: writer, shouldStop: { [stopping] in stopping.current }, idle: { [log] in
            // Silent for the idle timeout: closed only when nothing of it is running or waiting to be written.
            guard !session.hasCallsRunning && writer.isIdle else { return false }
            // A request that arrived just as the read timed out is served, not closed on (closing with
            // unread input would reset the connection and lose the request).
            var pfd = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            guard poll(&pfd, 1, 0) == 0 else { return false }
            log.debug("idle connection closed", ["fd": .int(Int(fd))])
            return true
        })
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
