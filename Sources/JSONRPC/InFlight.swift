import Dispatch
import Support

/// Bounds the work running at once across every connection of the process, and lets shutdown wait for it.
///
/// When the bound is reached the reading thread blocks in `enter()`, so the sidecar stops reading: the
/// client's writes back up into the pipe or socket (backpressure). Nothing is dropped or refused.
public final class InFlight: Sendable {
    public let limit: Int
    private let slots: DispatchSemaphore
    private let group = DispatchGroup()
    private let running = Locked(0)

    public init(limit: Int) {
        self.limit = max(1, limit)
        slots = DispatchSemaphore(value: self.limit)
    }

    public func enter() {
        slots.wait()
        group.enter()
        running.withLock { $0 += 1 }
    }

    public func leave() {
        running.withLock { $0 -= 1 }
        group.leave()
        slots.signal()
    }

    /// Calls running now (the `plural_sidecar_calls_in_flight` gauge).
    public var count: Int { running.current }

    /// Waits until no work is running, or the deadline passes. True when everything finished.
    public func waitUntilIdle(deadline: DispatchTime = .distantFuture) -> Bool {
        group.wait(timeout: deadline) == .success
    }
}
