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

    public init(fetch: @escaping Fetch) {
        self.fetch = fetch
    }

    /// A token that is fresh for at least the safety margin.
    public func token() async throws -> AccessToken {
        if let t = current, t.isFresh() { return t }
        if let task = inFlight { return try await task.value }
        let task = Task { try await fetch() }
        inFlight = task
        do {
            let t = try await task.value
            current = t
            inFlight = nil
            return t
        } catch {
            inFlight = nil
            throw error
        }
    }

    /// Forget `token` because the gateway refused it.
    public func invalidate(_ token: AccessToken) {
        if current == token { current = nil }
    }
}
