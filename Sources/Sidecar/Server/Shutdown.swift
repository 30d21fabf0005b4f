import Dispatch
import Foundation
import Support

/// Process-wide shutdown: SIGTERM/SIGINT handling, SIGPIPE immunity, and a single exit path.
public enum Shutdown {
    private static let sources = Locked<[DispatchSourceSignal]>([])
    private static let exiting = Locked(false)

    /// A peer that goes away must never kill the process: writes fail with EPIPE instead.
    public static func ignoreSIGPIPE() {
        signal(SIGPIPE, SIG_IGN)
    }

    /// Runs `handler` once on the first SIGTERM or SIGINT (later ones are ignored while draining).
    public static func onTerminate(_ handler: @escaping @Sendable (Int32) -> Void) {
        let fired = Locked(false)
        for sig in [SIGTERM, SIGINT] {
            signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
            source.setEventHandler {
                let first = fired.withLock { f -> Bool in defer { f = true }; return !f }
                if first { handler(sig) }
            }
            source.resume()
            sources.withLock { $0.append(source) }
        }
    }

    /// Exits once, whichever path (end of input, signal, fatal error) gets here first.
    public static func exit(_ code: Int32) -> Never {
        let first = exiting.withLock { e -> Bool in defer { e = true }; return !e }
        if !first {
            // Another thread is already exiting; wait for it rather than racing it.
            while true { pause() }
        }
        Foundation.exit(code)
    }

    /// How long a shutdown waits for calls in flight: `PLURAL_SHUTDOWN_TIMEOUT` seconds, default 25
    /// (under the 30 s most supervisors allow before SIGKILL).
    public static func drainDeadline(_ environment: [String: String]) -> DispatchTime {
        var seconds = environment["PLURAL_SHUTDOWN_TIMEOUT"].flatMap(Double.init) ?? 25
        if !seconds.isFinite || seconds < 0 { seconds = 25 }
        return .now() + .milliseconds(Int(min(seconds, 3600) * 1000))
    }
}
