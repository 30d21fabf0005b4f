import Foundation
import Support

/// Holds the OAuth access token and fetches a new one only when needed.
///
/// Single-flight: however many calls arrive on a cold or expiring cache, exactly one token request is
/// made and every caller waits for it. A 401 from the API drops the token that was refused (not a newer
/// one another call already fetched), so the next `token()` fetches afresh.
public actor TokenCache {
    public typealias Fetch = @Sendable () async throws -> AccessToken

    private let fetch: Fetch
    private var current: AccessToken?
    private var inFlight: Task<AccessToken, Error>?
    /// Bumped by `reset`: a fetch started before it must not install its token after it.
    private var generation = 0
    /// For the `plural_token_remaining_seconds` gauge and readiness, readable without awaiting the actor.
    private let published = Locked<(token: AccessToken?, lastFetchFailed: Bool)>((nil, false))

    public init(fetch: @escaping Fetch) {
        self.fetch = fetch
    }

    /// A token that is fresh for at least the safety margin.
    public func token() async throws -> AccessToken {
        if let t = current, t.isFresh() { return t }
        if let task = inFlight { return try await task.value }
        let task = Task { try await fetch() }
        inFlight = task
        let started = generation
        do {
            let t = try await task.value
            if generation == started {
                current = t
                inFlight = nil
                published.withLock { $0 = (t, false) }
            }
            return t
        } catch {
            if generation == started {
                inFlight = nil
                published.withLock { $0.lastFetchFailed = true }
            }
            throw error
        }
    }

    /// Forget the token and any fetch in progress (the client credentials changed).
    public func reset() {
        generation += 1
        current = nil
        inFlight = nil
        published.withLock { $0 = (nil, false) }
    }

    /// Seconds of life left in the cached token (0 without one).
    public nonisolated var remainingSeconds: Double {
        guard let t = published.current.token else { return 0 }
        return max(0, t.expiresAt.timeIntervalSinceNow)
    }

    /// Readiness: nil until a token has been needed; then whether the last fetch got one.
    public nonisolated var obtainable: Bool? {
        let p = published.current
        if p.token != nil && !p.lastFetchFailed { return true }
        return p.lastFetchFailed ? false : nil
    }

    /// Forget `token` because the gateway refused it.
    public func invalidate(_ token: AccessToken) {
        if current == token {
            current = nil
            published.withLock { $0.token = nil }
        }
    }
}
