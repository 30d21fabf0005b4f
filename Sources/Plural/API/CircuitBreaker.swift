import Foundation
import Support

/// Fails calls at once while a gateway host is down, instead of letting each wait out `PLURAL_TIMEOUT`: a
/// pool of PHP workers blocked 30 s each would take the whole shop down, not just payments.
///
/// Per host (`api`, `pg`, `order_token`). After `threshold` consecutive connection failures or timeouts the
/// circuit opens: every request to that host fails at once (-32003 `circuit_open`, `not_sent`) for `cooldown`
/// seconds; then one trial request goes, and its outcome closes the circuit or opens it again. Any HTTP
/// answer, 4xx and 5xx included, proves the gateway alive and closes it: only silence opens it.
public final class CircuitBreaker: Sendable {
    public enum State: Int, Sendable { case closed = 0, open = 1, halfOpen = 2 }

    private struct Host {
        var state = State.closed
        var failures = 0
        var openedAt = Date.distantPast
    }

    public let threshold: Int
    public let cooldown: Double
    private let hosts = Locked<[APICall.Host: Host]>([:])
    private let log: Logger

    public init(threshold: Int, cooldown: Double, log: Logger = .shared) {
        self.threshold = max(1, threshold)
        self.cooldown = cooldown
        self.log = log
    }

    /// Whether a request to `host` may go now. In half-open state exactly one caller is let through.
    public func admit(_ host: APICall.Host, now: Date = Date()) -> Bool {
        hosts.withLock { all in
            var h = all[host] ?? Host()
            defer { all[host] = h }
            switch h.state {
            case .closed: return true
            case .halfOpen: return false
            case .open:
                guard now.timeIntervalSince(h.openedAt) >= cooldown else { return false }
                h.state = .halfOpen
                return true
            }
        }
    }

    /// An HTTP answer came (any status): the host is alive.
    public func succeeded(_ host: APICall.Host) {
        let was = hosts.withLock { all -> State in
            let was = all[host]?.state ?? .closed
            all[host] = Host()
            return was
        }
        if was != .closed { log.info("circuit closed: the gateway answers again", ["host": .string(host.label)]) }
    }

    /// No answer (connection failure, timeout, reset).
    public func failed(_ host: APICall.Host, now: Date = Date()) {
        let opened = hosts.withLock { all -> Bool in
            var h = all[host] ?? Host()
            defer { all[host] = h }
            h.failures += 1
            if h.state == .halfOpen || (h.state == .closed && h.failures >= threshold) {
                h.state = .open
                h.openedAt = now
                return true
            }
            return false
        }
        if opened {
            Metrics.shared.circuitOpened.add([host.label])
            log.warn("circuit open: failing calls at once", ["host": .string(host.label), "cooldown_s": .number(JSONNumber(text: String(cooldown)))])
        }
    }

    public func state(_ host: APICall.Host) -> State { hosts.withLock { $0[host]?.state ?? .closed } }
}

