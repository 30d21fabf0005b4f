/// Runs async bodies one at a time per name (refunds of one order), first come first served, without blocking a
/// thread while waiting. Names with nobody waiting take no memory.
public final class KeyedMutex: Sendable {
    private let queues = Locked<[String: [CheckedContinuation<Void, Never>]]>([:])

    public init() {}

    public func run<T: Sendable>(_ name: String, _ body: () async throws -> T) async throws -> T {
        await acquire(name)
        defer { release(name) }
        return try await body()
    }

    private func acquire(_ name: String) async {
        await withCheckedContinuation { (c: CheckedContinuation<Void, Never>) in
            let owned = queues.withLock { q -> Bool in
                if q[name] == nil { q[name] = []; return true }
                q[name]!.append(c)
                return false
            }
            if owned { c.resume() }
        }
    }

    private func release(_ name: String) {
        let next = queues.withLock { q -> CheckedContinuation<Void, Never>? in
            guard var waiting = q[name], !waiting.isEmpty else { q[name] = nil; return nil }
            let first = waiting.removeFirst()
            q[name] = waiting
            return first
        }
        next?.resume()
    }
}
