import Foundation
import Support

/// Every money-moving call's key and where it stands, in memory, mirrored to the journal when one is kept.
///
/// A key is taken by a call that moved money or may have, for `ttl` seconds; a call the gateway refused, or that
/// never left, gives its key back (nothing happened, so nothing can happen twice). A repeat of a taken key with the
/// same params is answered from here — the first call's answer, or a wait for it while it runs — and never reaches
/// the gateway; with other params it is refused.
public final class IdempotencyLedger: Sendable {
    public typealias Outcome = Result<JSONValue, any Error>

    enum Phase: Sendable {
        /// A call (or a lookup) is running; repeats wait for it.
        case running([CheckedContinuation<Claim, Never>])
        /// It took effect; the answer is kept in memory (nil after a restart: a lookup rebuilds it).
        case applied(JSONValue?)
        /// Sent, and nothing could tell whether it took effect.
        case unknown
    }

    struct Entry: Sendable {
        var method: String
        var fingerprint: String
        var display: String
        var requestID: String?
        var since: Double
        var expires: Double
        var ids: JSONObject
        var parent: String?
        var paise: Int64?
        var phase: Phase
        /// Being looked up after its outcome was unknown: still listed as pending until the lookup ends.
        var lookingUp = false

        var isUnknown: Bool { if case .unknown = phase { return true } else { return false } }
        var isRunning: Bool { if case .running = phase { return true } else { return false } }
    }

    struct State: Sendable {
        var entries: [String: Entry] = [:]
        /// Keys in the order they were taken (with when), oldest first from `head`: what the bounds evict first.
        var taken: [(key: String, since: Double)] = []
        var head = 0
        /// Keys whose answer is held in memory, oldest first.
        var answered: [String] = []
        var answeredHead = 0
        /// Paise refunded through this sidecar per refunded order (`order_id`, or `legacy:<txn id>`), from keys
        /// still kept.
        var refunded: [String: Int64] = [:]
    }

    /// What a claim on a key comes to.
    public enum Claim: Sendable {
        /// New: the caller sends the call, then reports with `finish`.
        case proceed
        /// A repeat: this is the first call's answer (or error).
        case answer(Outcome)
        /// The key was used by a call with other params (of `method`).
        case conflict(method: String)
        /// A repeat of a call whose outcome is not known here (unknown, or applied before a restart): the caller
        /// looks it up with these ids, then reports with `finish` (or `reopen` when it did not take effect).
        case resolve(ids: JSONObject)
        /// Another call for the same merchant reference has an unknown outcome still (its display name).
        case blocked(by: String)
    }

    public let ttl: Double
    /// Memory bounds: at most this many keys (the oldest settled ones are forgotten first, before their TTL), and
    /// this many first answers held whole; an older key's repeat is answered by a lookup (`reconciled: true`).
    public let maxKeys: Int
    public let maxAnswers: Int
    public let journal: Journal?
    public let fingerprint: Fingerprint
    let state = Locked(State())
    /// One refund at a time per refunded order, so the refundable amount each checks is exact.
    public let refundLocks = KeyedMutex()

    public init(journal: Journal?, ttl: Double, maxKeys: Int = 200_000, maxAnswers: Int = 2_000) {
        self.journal = journal
        self.ttl = ttl
        self.maxKeys = max(1, maxKeys)
        self.maxAnswers = max(0, maxAnswers)
        if let journal {
            fingerprint = Fingerprint(key: journal.fingerprintKey)
        } else {
            var rng = SystemRandomNumberGenerator()
            fingerprint = Fingerprint(key: (0..<32).map { _ in UInt8.random(in: 0...255, using: &rng) })
        }
        if let journal { replay(journal.replayed) }
    }

    static func now() -> Double { Date().timeIntervalSince1970 }

    // MARK: claims

    /// Takes `key` for a new call, or says what a repeat gets. `reference` is the call's merchant reference
    /// (with its method) for the guard against a second call while one with that reference is unreconciled.
    public func claim(_ key: CallKey, method: String, fingerprint fp: String, ids: JSONObject, requestID: String,
                      reference: String?) async -> Claim {
        let now = Self.now()
        return await withCheckedContinuation { (c: CheckedContinuation<Claim, Never>) in
            enum Step { case now(Claim), waiting }
            let step = state.withLock { s -> Step in
                if let e = s.entries[key.ledgerKey], e.expires <= now, !e.isRunning { Self.remove(key.ledgerKey, from: &s) }
                guard var e = s.entries[key.ledgerKey] else {
                    if let reference, let other = s.entries.first(where: { $0.key != key.ledgerKey && $0.value.isUnknown
                        && $0.value.method == method && Self.reference(of: $0.value) == reference }) {
                        return .now(.blocked(by: other.value.display))
                    }
                    evictIfFull(&s)
                    s.entries[key.ledgerKey] = Entry(method: method, fingerprint: fp, display: key.display, requestID: requestID, since: now,
                                                     expires: now + ttl, ids: ids, phase: .running([]))
                    s.taken.append((key.ledgerKey, now))
                    return .now(.proceed)
                }
                guard e.fingerprint == fp, e.method == method else { return .now(.conflict(method: e.method)) }
                switch e.phase {
                case .running(var waiters):
                    waiters.append(c)
                    e.phase = .running(waiters)
                    s.entries[key.ledgerKey] = e
                    return .waiting
                case .applied(let answer?):
                    return .now(.answer(.success(answer)))
                case .applied(nil), .unknown:
                    e.lookingUp = e.isUnknown
                    e.phase = .running([])
                    s.entries[key.ledgerKey] = e
                    return .now(.resolve(ids: e.ids))
                }
            }
            if case .now(let claim) = step { c.resume(returning: claim) }
        }
    }

    /// Forgets the oldest settled key when the ledger is full (running and unknown ones are never forgotten).
    private func evictIfFull(_ s: inout State) {
        // Released keys leave stale places in the queue: drop them once they outnumber the live ones.
        if s.taken.count - s.head > max(1024, 2 * s.entries.count) {
            s.taken = s.taken[s.head...].filter { s.entries[$0.key]?.since == $0.since }
            s.head = 0
        }
        while s.entries.count >= maxKeys && s.head < s.taken.count {
            let (k, since) = s.taken[s.head]
            s.head += 1
            if let e = s.entries[k], e.since == since, !e.isRunning, !e.isUnknown, !e.lookingUp { Self.remove(k, from: &s) }
        }
        if s.head > 4096 && s.head * 2 > s.taken.count {
            s.taken.removeFirst(s.head)
            s.head = 0
        }
    }

    /// Keeps only the newest `maxAnswers` answers whole; older entries keep their key and fingerprint.
    private func dropOldAnswers(_ s: inout State) {
        while s.answered.count - s.answeredHead > maxAnswers {
            let k = s.answered[s.answeredHead]
            s.answeredHead += 1
            if case .applied(.some)? = s.entries[k]?.phase { s.entries[k]?.phase = .applied(nil) }
        }
        if s.answeredHead > 4096 && s.answeredHead * 2 > s.answered.count {
            s.answered.removeFirst(s.answeredHead)
            s.answeredHead = 0
        }
    }

    /// The merchant reference an entry was made for, as `resolve` ids hold it.
    static func reference(of e: Entry) -> String? { e.ids["reference"]?.stringValue }

    /// Records what became of a claimed call, wakes every repeat waiting on it, and journals it.
    public func finish(_ key: CallKey, _ outcome: Outcome, kind: JournalRecord.Kind, resultIDs: JSONObject = JSONObject(), paise: Int64? = nil) async {
        let (waiters, record) = state.withLock { s -> ([CheckedContinuation<Claim, Never>], JournalRecord?) in
            guard var e = s.entries[key.ledgerKey] else { return ([], nil) }
            var waiters: [CheckedContinuation<Claim, Never>] = []
            if case .running(let w) = e.phase { waiters = w }
            e.lookingUp = false
            var r = JournalRecord(kind, key: key.ledgerKey)
            r.time = Self.now()
            switch kind {
            case .applied:
                e.phase = .applied(try? outcome.get())
                if case .applied(.some) = e.phase { s.answered.append(key.ledgerKey) }
                if let parent = e.parent {
                    let moved = paise ?? e.paise ?? 0
                    e.paise = moved
                    s.refunded[parent, default: 0] += moved
                    r.parent = parent
                    r.paise = moved
                }
                r.ids = resultIDs
                s.entries[key.ledgerKey] = e
            case .released:
                Self.remove(key.ledgerKey, from: &s)
            case .unknown, .intent:
                e.phase = .unknown
                s.entries[key.ledgerKey] = e
            }
            dropOldAnswers(&s)
            return (waiters, r)
        }
        for w in waiters { w.resume(returning: .answer(outcome)) }
        if let record, let journal {
            do { try await journal.append([record], sync: false) } catch {
                Logger.shared.error("journal: cannot record an outcome", ["detail": .string("\(error)")])
            }
        }
        await compactIfDue()
    }

    /// A repeat's lookup showed the first call did not take effect: the repeat goes ahead as a new call.
    public func reopen(_ key: CallKey, fingerprint fp: String, requestID: String) {
        state.withLock { s in
            guard var e = s.entries[key.ledgerKey] else { return }
            e.fingerprint = fp
            e.requestID = requestID
            e.since = Self.now()
            e.expires = e.since + ttl
            s.entries[key.ledgerKey] = e
        }
    }

    /// Writes the intent and syncs it, before the request leaves. Throws when the disk refuses: the call is then
    /// not sent (the caller releases the key).
    public func recordIntent(_ key: CallKey, parent: String?, paise: Int64?) async throws {
        let record = state.withLock { s -> JournalRecord? in
            guard var e = s.entries[key.ledgerKey] else { return nil }
            e.parent = parent
            e.paise = paise
            s.entries[key.ledgerKey] = e
            return Self.intent(key.ledgerKey, e)
        }
        guard let journal, let record else { return }
        try await journal.append([record], sync: true)
    }

    static func intent(_ k: String, _ e: Entry) -> JournalRecord {
        var r = JournalRecord(.intent, key: k)
        r.method = e.method
        r.fingerprint = e.fingerprint
        r.requestID = e.requestID
        r.time = e.since
        r.expires = e.expires
        r.ids = e.ids
        r.parent = e.parent
        r.paise = e.paise
        return r
    }

    // MARK: refunds

    /// What this sidecar has refunded of an order, and what may be being refunded (running, or unknown), other
    /// than `except`.
    public func refundTotals(parent: String, except: CallKey?) -> (refunded: Int64, pending: Int64) {
        state.withLock { s in
            var pending: Int64 = 0
            for (k, e) in s.entries where e.parent == parent && k != except?.ledgerKey && (e.isRunning || e.isUnknown) { pending += e.paise ?? 0 }
            return (s.refunded[parent] ?? 0, pending)
        }
    }

    /// Marks a claimed call as a refund of `parent` for `paise` (before its intent is written).
    public func markRefund(_ key: CallKey, parent: String, paise: Int64) {
        state.withLock { s in
            s.entries[key.ledgerKey]?.parent = parent
            s.entries[key.ledgerKey]?.paise = paise
        }
    }

    /// Adds identifiers only a later read learnt (a legacy refund's refunded total before it).
    public func addIDs(_ key: CallKey, _ ids: JSONObject) {
        guard !ids.isEmpty else { return }
        state.withLock { s in for m in ids { s.entries[key.ledgerKey]?.ids[m.key] = m.value } }
    }

    // MARK: unknown outcomes

    public struct Pending: Sendable {
        public let key: String
        public let ledgerKey: String
        public let method: String
        public let requestID: String?
        public let since: Double
        public let ids: JSONObject
    }

    /// Calls whose outcome is still unknown (oldest first).
    public func pending() -> [Pending] {
        state.withLock { s in
            s.entries.filter { $0.value.isUnknown || $0.value.lookingUp }
                .map { Pending(key: $0.value.display, ledgerKey: $0.key, method: $0.value.method, requestID: $0.value.requestID, since: $0.value.since, ids: $0.value.ids) }
                .sorted { $0.since < $1.since }
        }
    }

    /// Takes an unknown entry for a lookup at start (so a repeat arriving meanwhile waits for it).
    func takeForLookup(_ ledgerKey: String) -> Entry? {
        state.withLock { s in
            guard var e = s.entries[ledgerKey], e.isUnknown else { return nil }
            e.phase = .running([])
            e.lookingUp = true
            s.entries[ledgerKey] = e
            return e
        }
    }

    // MARK: replay and compaction

    /// Rebuilds the ledger from the journal: an intent with no outcome after it was in flight when the process
    /// died, so it is unknown until looked up.
    func replay(_ records: [JournalRecord]) {
        let now = Self.now()
        state.withLock { s in
            for r in records {
                switch r.kind {
                case .intent:
                    s.entries[r.key] = Entry(method: r.method, fingerprint: r.fingerprint, display: Self.display(r.key), requestID: r.requestID,
                                             since: r.time, expires: r.expires, ids: r.ids, parent: r.parent, paise: r.paise, phase: .unknown)
                    s.taken.append((r.key, r.time))
                case .applied:
                    guard var e = s.entries[r.key] else { continue }
                    e.phase = .applied(nil)
                    if let parent = e.parent ?? r.parent {
                        e.paise = r.paise ?? e.paise
                        s.refunded[parent, default: 0] += e.paise ?? 0
                    }
                    s.entries[r.key] = e
                case .released:
                    Self.remove(r.key, from: &s)
                case .unknown:
                    s.entries[r.key]?.phase = .unknown
                }
            }
            for (k, e) in s.entries where e.expires <= now { Self.remove(k, from: &s) }
            s.taken.sort { $0.since < $1.since }
        }
    }

    /// The display form of a journal key (`k:<key>` → the key; derived keys → `method ref…`).
    static func display(_ ledgerKey: String) -> String {
        if ledgerKey.hasPrefix("k:") { return String(ledgerKey.dropFirst(2)) }
        if let json = try? JSONParser.parse(Array(ledgerKey.dropFirst(2).utf8)), case .array(let parts) = json {
            return parts.compactMap(\.stringValue).joined(separator: " ")
        }
        return ledgerKey
    }

    static func remove(_ k: String, from s: inout State) {
        guard let e = s.entries.removeValue(forKey: k) else { return }
        if let parent = e.parent, case .applied = e.phase {
            let left = (s.refunded[parent] ?? 0) - (e.paise ?? 0)
            s.refunded[parent] = left > 0 ? left : nil
        }
    }

    /// The records that describe the live keys: what compaction keeps.
    func liveRecords() -> [JournalRecord] {
        let now = Self.now()
        return state.withLock { s in
            for (k, e) in s.entries where e.expires <= now && !e.isRunning { Self.remove(k, from: &s) }
            var out: [JournalRecord] = []
            for (k, e) in s.entries.sorted(by: { $0.value.since < $1.value.since }) {
                out.append(Self.intent(k, e))
                var r = JournalRecord(.applied, key: k)
                r.time = now
                switch e.phase {
                case .applied:
                    r.parent = e.parent
                    r.paise = e.parent == nil ? nil : e.paise
                    out.append(r)
                case .unknown:
                    r.kind = .unknown
                    out.append(r)
                case .running:
                    break
                }
            }
            return out
        }
    }

    public func compact() async throws {
        guard let journal else { return }
        try await journal.compact { [self] in liveRecords() }
    }

    /// At start: rewrites the journal when most of what was replayed is dead (expired, released, superseded).
    public func compactAtStart() async {
        guard let journal else { return }
        let live = state.withLock { $0.entries.count }
        guard journal.replayed.count > 2 * live + 100 else { return }
        do { try await compact() } catch {
            Logger.shared.error("journal: compaction failed", ["detail": .string("\(error)")])
        }
    }

    func compactIfDue() async {
        guard let journal else { return }
        let live = state.withLock { $0.entries.count }
        guard journal.wantsCompaction(liveCount: live) else { return }
        do { try await compact() } catch {
            Logger.shared.error("journal: compaction failed", ["detail": .string("\(error)")])
        }
    }
}
