import Foundation

/// Calls by method and outcome, and their durations, kept cheap on the hot path: each reading thread counts
/// into a shard of its own with plain stores (one writer, no lock, no atomic read-modify-write); calls that
/// finish on other threads (gateway calls) count into one shard under a lock. A scrape adds the shards up.
///
/// Method and outcome are slots into fixed lists set once at start (`configure`): the method catalogue and
/// the error-code catalogue. A method or code outside them counts as `unknown` / `other`.
public final class CallMetrics: @unchecked Sendable {
    private let lock = NSLock()
    private var methods: [String] = []
    private var codes: [Int] = []
    private var slotOfCode: [Int: Int] = [:]
    private var enabled = true
    private var live: [ObjectIdentifier: CallShard] = [:]
    /// Totals of shards whose threads are gone, and of calls finished off the reading threads.
    private var settled: CallShard?

    /// The method names (the last slot is `unknown`) and error codes; `enabled: false` (PLURAL_METRICS=off)
    /// stops counting altogether.
    public func configure(methods: [String], codes: [Int], enabled: Bool) {
        lock.lock()
        defer { lock.unlock() }
        self.methods = methods + ["unknown"]
        self.codes = codes
        slotOfCode = Dictionary(uniqueKeysWithValues: codes.enumerated().map { ($1, $0 + 1) })
        self.enabled = enabled
        settled = CallShard(methods: self.methods.count, outcomes: codes.count + 2)
        live = [:]
    }

    /// The slot of `unknown`.
    public var unknownSlot: Int { lock.lock(); defer { lock.unlock() }; return max(0, methods.count - 1) }

    /// The outcome slot of an answer: 0 for a result, then the codes in order, then `other`.
    public func outcomeSlot(code: Int?) -> Int {
        guard let code else { return 0 }
        lock.lock(); defer { lock.unlock() }
        return slotOfCode[code] ?? codes.count + 1
    }

    /// A shard for one reading thread, or nil when counting is off (or not configured).
    public func newShard() -> CallShard? {
        lock.lock(); defer { lock.unlock() }
        guard enabled, !methods.isEmpty else { return nil }
        let shard = CallShard(methods: methods.count, outcomes: codes.count + 2)
        live[ObjectIdentifier(shard)] = shard
        return shard
    }

    /// Folds a shard whose thread is done into the settled totals.
    public func retire(_ shard: CallShard) {
        lock.lock(); defer { lock.unlock() }
        live[ObjectIdentifier(shard)] = nil
        settled?.add(shard)
    }

    /// Counts a call finished off its reading thread (under the lock).
    public func recordShared(slot: Int, outcome: Int, nanoseconds: UInt64) {
        lock.lock(); defer { lock.unlock() }
        settled?.record(slot: slot, outcome: outcome, nanoseconds: nanoseconds)
    }

    private func total() -> (CallShard, [String], [String])? {
        lock.lock(); defer { lock.unlock() }
        guard let settled else { return nil }
        let sum = CallShard(methods: methods.count, outcomes: codes.count + 2)
        sum.add(settled)
        for shard in live.values { sum.add(shard) }
        return (sum, methods, ["ok"] + codes.map(String.init) + ["other"])
    }

    func countSamples() -> [MetricSample] {
        guard let (sum, methods, outcomes) = total() else { return [] }
        var out: [MetricSample] = []
        for (m, method) in methods.enumerated() {
            for (o, outcome) in outcomes.enumerated() {
                let n = sum.counts[m * sum.outcomes + o]
                if n > 0 { out.append(MetricSample([method, outcome], .number(Double(n)))) }
            }
        }
        return out
    }

    func durationSamples() -> [MetricSample] {
        guard let (sum, methods, _) = total() else { return [] }
        let width = MetricFamily.buckets.count + 1
        var out: [MetricSample] = []
        for (m, method) in methods.enumerated() {
            let buckets = (0..<width).map { sum.buckets[m * width + $0] }
            let count = buckets.reduce(0, +)
            if count > 0 {
                out.append(MetricSample([method], .histogram(buckets: buckets, sum: Double(sum.nanos[m]) / 1e9, count: count)))
            }
        }
        return out
    }
}

/// One thread's counts. Written by its one thread only; read by scrapes, which may see a count a moment old
/// (aligned 64-bit loads never tear on the platforms the sidecar ships for).
public final class CallShard: @unchecked Sendable {
    let outcomes: Int
    let counts: UnsafeMutablePointer<UInt64>
    let buckets: UnsafeMutablePointer<UInt64>
    let nanos: UnsafeMutablePointer<UInt64>
    private let methodCount: Int
    private static let width = MetricFamily.buckets.count + 1
    /// Bucket bounds in nanoseconds, so the hot path compares integers.
    private static let bounds: [UInt64] = MetricFamily.buckets.map { UInt64($0 * 1e9) }

    init(methods: Int, outcomes: Int) {
        methodCount = methods
        self.outcomes = outcomes
        counts = .allocate(capacity: methods * outcomes)
        counts.initialize(repeating: 0, count: methods * outcomes)
        buckets = .allocate(capacity: methods * Self.width)
        buckets.initialize(repeating: 0, count: methods * Self.width)
        nanos = .allocate(capacity: methods)
        nanos.initialize(repeating: 0, count: methods)
    }

    deinit {
        counts.deallocate()
        buckets.deallocate()
        nanos.deallocate()
    }

    @inline(__always)
    public func record(slot: Int, outcome: Int, nanoseconds: UInt64) {
        guard slot >= 0, slot < methodCount else { return }
        counts[slot * outcomes + outcome] &+= 1
        var b = 0
        let bounds = Self.bounds
        while b < bounds.count && nanoseconds > bounds[b] { b += 1 }
        buckets[slot * Self.width + b] &+= 1
        nanos[slot] &+= nanoseconds
    }

    func add(_ other: CallShard) {
        for i in 0..<(methodCount * outcomes) { counts[i] &+= other.counts[i] }
        for i in 0..<(methodCount * Self.width) { buckets[i] &+= other.buckets[i] }
        for i in 0..<methodCount { nanos[i] &+= other.nanos[i] }
    }
}

/// Monotonic clocks for call durations.
public enum CallClock {
    /// Nanoseconds on the precise monotonic clock (~30 ns a read here): for calls that wait on the gateway.
    @inline(__always)
    public static func precise() -> UInt64 { read(CLOCK_MONOTONIC) }

    /// Nanoseconds on the coarse clock (a few ms of resolution, a third of the cost): for calls answered on
    /// the reading thread in microseconds, where two precise reads would be a visible share of the call.
    @inline(__always)
    public static func coarse() -> UInt64 { read(CLOCK_MONOTONIC_COARSE) }

    @inline(__always)
    static func read(_ clock: clockid_t) -> UInt64 {
        var t = timespec()
        clock_gettime(clock, &t)
        return UInt64(t.tv_sec) &* 1_000_000_000 &+ UInt64(t.tv_nsec)
    }
}
