import Dispatch
import Foundation
import Support

/// What the lifecycle asks of a server (stdio, socket, socket-activated, the HTTP simulator) on the way out.
public protocol Service: Sendable {
    /// Stop reading calls and accepting connections; calls already read keep running.
    func stopReading()
    /// Wait for calls in flight until the deadline; true when every one finished.
    func drain(until deadline: DispatchTime) -> Bool
    /// Answer every call still running with an error saying the sidecar shut down (and whether the gateway
    /// may have acted); returns how many.
    func answerUnfinished() -> Int
    /// Write every answer still queued, giving up at the deadline (a client that does not read cannot hold
    /// the process); true when everything was written.
    func flush(until deadline: DispatchTime) -> Bool
    /// Remove what the server created (its socket file).
    func cleanUp()
}

/// Owns the process's signals and its one way out, for every server alike (as swift-service-lifecycle does
/// for its services): SIGTERM and SIGINT → stop reading → drain until the deadline → answer what is still
/// running as shut down → flush (bounded) → exit 0;
/// SIGHUP → reread the settings; end of input takes the same way out with the same deadline. systemd hears each
/// step (READY=1, RELOADING=1, STOPPING=1) when it started the process with a notify socket.
public enum Lifecycle {
    private static let leaving = Locked(false)
    static let handled: [Int32] = [SIGTERM, SIGINT, SIGHUP]

    /// Blocks SIGTERM, SIGINT and SIGHUP in the calling thread and every thread started after it; `run`'s
    /// signal thread then takes them with `sigwait`. Call it first thing in `main`, before any thread exists:
    /// a signal arriving at any moment after that waits for its handler instead of meeting its default action
    /// (SIGHUP's is to terminate). Dispatch signal sources arm asynchronously, which left that moment open.
    public static func blockSignals() {
        var set = sigset_t()
        sigemptyset(&set)
        for sig in handled { sigaddset(&set, sig) }
        pthread_sigmask(SIG_BLOCK, &set, nil)
    }

    /// Serves until a signal or `shutdown`. `reload` rereads the settings and says whether they were taken.
    /// `start` begins the serving threads; `READY=1` follows it. Never returns: the calling (main) thread
    /// waits for signals from then on.
    public static func run(_ service: Service, drainSeconds: Double, reload: (@Sendable () -> Bool)? = nil, log: Logger = .shared,
                           start: () -> Void) -> Never {
        ignoreSIGPIPE()
        blockSignals()
        start()
        SystemdNotify.send("READY=1")
        // The main thread takes the signals itself. Not dispatchMain(): on Linux it parks the main thread in
        // sigsuspend with an empty mask, which unblocks every signal there and lets SIGHUP kill the process.
        var set = sigset_t()
        sigemptyset(&set)
        for sig in handled { sigaddset(&set, sig) }
        while true {
            var sig: Int32 = 0
            guard sigwait(&set, &sig) == 0 else { continue }
            if sig == SIGHUP {
                guard !leaving.current else { continue }
                guard let reload else { log.info("SIGHUP: nothing to reload"); continue }
                SystemdNotify.send("RELOADING=1\nMONOTONIC_USEC=\(CallClock.precise() / 1000)")
                _ = reload()
                SystemdNotify.send("READY=1")
            } else {
                log.info("signal received: draining", ["signal": .int(Int(sig))])
                shutdown(service, reason: "signal", deadline: .now() + .milliseconds(Int(drainSeconds * 1000)), log: log)
            }
        }
    }

    /// The one way out: whoever comes first (a signal, end of input) runs it; anyone later waits for the exit.
    public static func shutdown(_ service: Service, reason: String, deadline: DispatchTime, log: Logger = .shared) -> Never {
        let first = leaving.withLock { l -> Bool in defer { l = true }; return !l }
        guard first else { while true { pause() } }
        SystemdNotify.send("STOPPING=1")
        service.stopReading()
        if !service.drain(until: deadline) {
            let answered = service.answerUnfinished()
            log.warn("drain deadline passed: calls still in flight answered as shut down", ["calls": .int(answered)])
        }
        // The answers just written get a moment past the deadline to leave; a client that does not read gets no more.
        if !service.flush(until: max(deadline, .now() + .milliseconds(500))) {
            log.warn("answers left unwritten at exit: a client is not reading")
        }
        service.cleanUp()
        log.debug("stopped", ["reason": .string(reason)])
        Foundation.exit(0)
    }

    /// A peer that goes away must never kill the process: writes fail with EPIPE instead.
    public static func ignoreSIGPIPE() {
        signal(SIGPIPE, SIG_IGN)
    }
}

/// sd_notify(3) without libsystemd: one datagram to `$NOTIFY_SOCKET` (a path, or `@name` in the abstract
/// namespace). Nothing happens when the variable is absent, so the same binary runs anywhere.
public enum SystemdNotify {
    static let socketPath: String? = {
        guard let p = getenv("NOTIFY_SOCKET") else { return nil }
        let s = String(cString: p)
        return s.isEmpty ? nil : s
    }()

    public static func send(_ state: String) {
        guard let path = socketPath else { return }
        var addr = sockaddr_un()
        addr.sun_family = sa_family_t(AF_UNIX)
        var bytes = Array(path.utf8)
        if bytes.first == UInt8(ascii: "@") { bytes[0] = 0 }
        guard bytes.count < MemoryLayout.size(ofValue: addr.sun_path) else { return }
        withUnsafeMutableBytes(of: &addr.sun_path) { raw in raw.copyBytes(from: bytes) }
        let length = socklen_t(MemoryLayout<sa_family_t>.size + bytes.count + (bytes.first == 0 ? 0 : 1))
        let fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { return }
        defer { close(fd) }
        let message = Array(state.utf8)
        _ = withUnsafePointer(to: &addr) { p in
            p.withMemoryRebound(to: sockaddr.self, capacity: 1) { sa in
                message.withUnsafeBytes { sendto(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL), sa, length) }
            }
        }
    }
}
