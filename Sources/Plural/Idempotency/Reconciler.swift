import Foundation
import Support

/// Looks up whether a call took effect, within a bounded time.
///
/// After a timeout the gateway may still be working on the request, so lookups go on (0.25 s, 0.5 s, 1 s … apart)
/// until the window closes before "not applied" is believed; after a reset, a 5xx or a garbled answer the gateway
/// has finished with the request, so two lookups that agree are enough. A lookup that hangs is abandoned at the
/// window's end.
enum Reconciler {
    static func run(_ r: Reconciliation, gateway: PluralGateway, ids: JSONObject, params: JSONObject?, afterTimeout: Bool,
                    window: Double) async -> Reconciliation.Effect {
        guard window > 0 else { return .cannotTell }
        let deadline = Date().addingTimeInterval(window)
        var delay = 0.25
        var notApplied = 0
        var last: Reconciliation.Effect = .cannotTell
        while true {
            let remaining = deadline.timeIntervalSinceNow
            if remaining <= 0 { break }
            let effect = await withDeadline(remaining) { await r.resolve(gateway, ids, params) } ?? .cannotTell
            switch effect {
            case .applied: return effect
            case .notApplied:
                notApplied += 1
                if !afterTimeout && notApplied >= 2 { return .notApplied }
            case .cannotTell:
                notApplied = 0
            }
            last = effect
            let pause = min(delay, deadline.timeIntervalSinceNow)
            if pause <= 0 { break }
            try? await Task.sleep(nanoseconds: UInt64(pause * 1e9))
            delay *= 2
        }
        return last
    }

    /// The body's result, or nil if `seconds` pass first (the body then finishes on its own, unheard).
    static func withDeadline<T: Sendable>(_ seconds: Double, _ body: @escaping @Sendable () async -> T) async -> T? {
        await withCheckedContinuation { (c: CheckedContinuation<T?, Never>) in
            let once = Locked(false)
            @Sendable func finish(_ v: T?) {
                if once.withLock({ f -> Bool in defer { f = true }; return !f }) { c.resume(returning: v) }
            }
            // The timer is cancelled as soon as the body answers, so no sleeping task outlives the lookup.
            let timer = Task {
                try? await Task.sleep(nanoseconds: UInt64(max(0, seconds) * 1e9))
                finish(nil)
            }
            Task {
                finish(await body())
                timer.cancel()
            }
        }
    }
}
