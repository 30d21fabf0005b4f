import Foundation
import Support
#if canImport(Glibc)
import Glibc
#endif

/// The crash-safe journal under `PLURAL_STATE_DIR` (docs/JOURNAL.md): an append-only file of checksummed
/// records, written like a database log.
///
/// - An intent is on disk (written and `fdatasync`ed) before its request leaves; concurrent intents share
///   one sync (group commit) on the journal's own queue, so no cooperative thread ever waits on the disk.
/// - Outcomes are appended without a sync of their own: losing one is safe, because an intent without an
///   outcome is looked up again at the next start.
/// - A torn last record (a crash mid-write) is cut off at open; a bad record followed by good ones means the
///   file was damaged some other way, and the sidecar refuses to start rather than guess.
/// - One writer per directory: an exclusive `flock` on `lock`, held for the life of the process.
/// - Files are 0600 in a 0700 directory; compaction rewrites only live records to a new file and renames it.
public final class Journal: @unchecked Sendable {
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public let description: String
    }

    public let directory: String
    /// The key of the params fingerprints, kept beside the journal so fingerprints survive a restart.
    public let fingerprintKey: [UInt8]
    /// What was on disk at open, in order.
    public let replayed: [JournalRecord]

    private var fd: Int32
    private let lockFD: Int32
    private let queue = DispatchQueue(label: "plural.journal")
    private struct Pending { var bytes: [UInt8] = []; var sync = false; var waiters: [CheckedContinuation<Void, Error>] = [] }
    private let pending = Locked(Pending())
    private let scheduled = Locked(false)
    /// Records appended since the last compaction (read on the queue only).
    private var appendedSinceCompaction = 0

    var path: String { directory + "/journal" }

    public init(directory: String) throws(Failure) {
        self.directory = directory.hasSuffix("/") && directory.count > 1 ? String(directory.dropLast()) : directory
        let dir = self.directory
        if mkdir(dir, 0o700) != 0 && errno != EEXIST {
            throw Failure(description: "PLURAL_STATE_DIR \(dir) cannot be created: \(Self.lastError())")
        }
        var st = stat()
        guard stat(dir, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR else {
            throw Failure(description: "PLURAL_STATE_DIR \(dir) is not a directory")
        }
        guard st.st_uid == geteuid() else { throw Failure(description: "PLURAL_STATE_DIR \(dir) belongs to another user") }
        if (st.st_mode & 0o077) != 0 { _ = chmod(dir, 0o700) }

        lockFD = open(dir + "/lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard lockFD >= 0 else { throw Failure(description: "cannot open \(dir)/lock: \(Self.lastError())") }
        guard flock(lockFD, LOCK_EX | LOCK_NB) == 0 else {
            close(lockFD)
            throw Failure(description: "PLURAL_STATE_DIR \(dir) is in use by another plural-sidecar (one writer per directory)")
        }
        var journalFD: Int32 = -1
        do throws(Failure) {
            fingerprintKey = try Self.loadOrCreateKey(dir + "/fingerprint.key")
            journalFD = open(dir + "/journal", O_RDWR | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
            guard journalFD >= 0 else { throw Failure(description: "cannot open \(dir)/journal: \(Self.lastError())") }
            _ = fchmod(journalFD, 0o600)
            replayed = try Self.readAll(fd: journalFD, path: dir + "/journal")
        } catch {
            if journalFD >= 0 { close(journalFD) }
            close(lockFD)
            throw error
        }
        fd = journalFD
    }

    // The last reference may be dropped by a block on the journal's own queue, so no `queue.sync` here: nothing
    // else can be using the journal once it is being freed.
    deinit { closeFiles() }

    private var closed = false

    /// Finishes pending writes and gives up the directory's lock (the process's exit does the same).
    public func closeAndUnlock() {
        queue.sync { closeFiles() }
    }

    private func closeFiles() {
        guard !closed else { return }
        closed = true
        Glibc.close(fd)
        Glibc.close(lockFD)
    }

    // MARK: appending

    /// Appends records; returns once they are written, and synced to disk when `sync` is set.
    public func append(_ records: [JournalRecord], sync: Bool) async throws {
        var bytes: [UInt8] = []
        for r in records { bytes += r.line() }
        try await withCheckedThrowingContinuation { (c: CheckedContinuation<Void, Error>) in
            pending.withLock { p in
                p.bytes += bytes
                p.sync = p.sync || sync
                p.waiters.append(c)
            }
            scheduleFlush(count: records.count)
        }
    }

    private func scheduleFlush(count: Int) {
        let start = scheduled.withLock { s -> Bool in defer { s = true }; return !s }
        guard start else { return }
        queue.async { self.flush() }
    }

    /// Runs on the queue: everything pending goes out in one write and at most one sync.
    private func flush() {
        scheduled.withLock { $0 = false }
        let batch = pending.withLock { p -> Pending in defer { p = Pending() }; return p }
        guard !batch.waiters.isEmpty else { return }
        var failure: Failure? = nil
        if !Self.writeAll(fd, batch.bytes) {
            failure = Failure(description: "cannot write the journal: \(Self.lastError())")
        } else if batch.sync && fdatasync(fd) != 0 {
            failure = Failure(description: "cannot sync the journal: \(Self.lastError())")
        }
        appendedSinceCompaction += batch.waiters.count
        for w in batch.waiters {
            if let failure { w.resume(throwing: failure) } else { w.resume() }
        }
    }

    // MARK: compaction

    /// Rewrites the journal as exactly `live` (the records of keys that have not expired), atomically: a new
    /// file is written and synced, renamed over the old one, and the directory synced. Runs on the journal's
    /// queue, so no append interleaves.
    public func compact(_ live: @escaping @Sendable () -> [JournalRecord]) async throws {
        try await withCheckedThrowingContinuation { (c: CheckedContinuation<Void, Error>) in
            queue.async {
                do throws(Failure) { try self.rewrite(live()); c.resume() } catch { c.resume(throwing: error) }
            }
        }
    }

    /// True when enough has been appended since the last compaction for one to pay (checked by the ledger).
    public func wantsCompaction(liveCount: Int) -> Bool {
        queue.sync { appendedSinceCompaction > max(10_000, liveCount * 4) }
    }

    private func rewrite(_ records: [JournalRecord]) throws(Failure) {
        let tmp = directory + "/journal.tmp"
        let out = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard out >= 0 else { throw Failure(description: "cannot compact the journal: \(Self.lastError())") }
        var bytes: [UInt8] = []
        for r in records { bytes += r.line() }
        guard Self.writeAll(out, bytes), fsync(out) == 0 else {
            close(out)
            unlink(tmp)
            throw Failure(description: "cannot compact the journal: \(Self.lastError())")
        }
        close(out)
        guard rename(tmp, path) == 0 else { throw Failure(description: "cannot compact the journal: \(Self.lastError())") }
        Self.syncDirectory(directory)
        let reopened = open(path, O_RDWR | O_APPEND | O_CLOEXEC, 0o600)
        guard reopened >= 0 else { throw Failure(description: "cannot reopen the journal: \(Self.lastError())") }
        close(fd)
        fd = reopened
        appendedSinceCompaction = 0
    }

    // MARK: reading

    /// Every record in the file. A bad tail is cut off (a crash mid-append); a bad record with good ones after
    /// it is damage no crash makes, and stops the start.
    static func readAll(fd: Int32, path: String) throws(Failure) -> [JournalRecord] {
        var data: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        _ = lseek(fd, 0, SEEK_SET)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            guard n >= 0 else { throw Failure(description: "cannot read \(path): \(lastError())") }
            if n == 0 { break }
            data += buffer[0..<n]
        }
        var records: [JournalRecord] = []
        var goodEnd = 0
        var start = 0
        var damagedAt: Int? = nil
        while start < data.count {
            guard let nl = data[start...].firstIndex(of: UInt8(ascii: "\n")) else { break }  // torn: no newline yet
            if let r = JournalRecord.parse(data[start..<nl]) {
                if let at = damagedAt {
                    throw Failure(description: "the journal \(path) is damaged at byte \(at) with intact records after it; move it aside to start (see docs/JOURNAL.md)")
                }
                records.append(r)
                goodEnd = nl + 1
            } else if damagedAt == nil {
                damagedAt = start
            }
            start = nl + 1
        }
        if goodEnd < data.count {
            guard ftruncate(fd, off_t(goodEnd)) == 0 else { throw Failure(description: "cannot cut the torn tail of \(path): \(lastError())") }
            _ = fdatasync(fd)
            Logger.shared.warn("journal: cut a torn last record left by a crash", ["bytes": .int(data.count - goodEnd)])
        }
        return records
    }

    static func loadOrCreateKey(_ path: String) throws(Failure) -> [UInt8] {
        if let data = FileManager.default.contents(atPath: path), data.count == 32 { return Array(data) }
        var rng = SystemRandomNumberGenerator()
        let key = (0..<32).map { _ in UInt8.random(in: 0...255, using: &rng) }
        let tmp = path + ".tmp"
        let out = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard out >= 0, writeAll(out, key), fsync(out) == 0 else {
            if out >= 0 { close(out) }
            throw Failure(description: "cannot write \(path): \(lastError())")
        }
        close(out)
        guard rename(tmp, path) == 0 else { throw Failure(description: "cannot write \(path): \(lastError())") }
        syncDirectory((path as NSString).deletingLastPathComponent)
        return key
    }

    static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + offset, bytes.count - offset) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { return false }
            offset += n
        }
        return true
    }

    static func syncDirectory(_ dir: String) {
        let d = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if d >= 0 { _ = fsync(d); close(d) }
    }

    static func lastError() -> String { String(cString: strerror(errno)) }
}
