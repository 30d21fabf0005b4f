import Foundation

/// When to try again: at most `maxAttempts` in all (the first try plus two retries, as Stripe does), waiting
/// `base · 2ⁿ` capped at `cap`, with full jitter so a fleet of sidecars does not retry in step. A server's
/// `Retry-After` is honoured up to twice the cap.
struct Backoff: Sendable {
    let maxAttempts: Int
    let base: Double
    let cap: Double

    func wait(after attempt: Int, retryAfter: String?) async throws {
        var delay = min(cap, base * pow(2, Double(attempt - 1))) * Double.random(in: 0.5...1.0)
        if let ra = retryAfter.flatMap(Double.init), ra.isFinite, ra >= 0 { delay = min(max(delay, ra), cap * 2) }
        try await Task.sleep(nanoseconds: UInt64(delay * 1_000_000_000))
    }
}
