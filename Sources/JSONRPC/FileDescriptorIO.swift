import Dispatch
import Foundation
import Support

/// Reads lines from a file descriptor with blocking `read(2)` on the calling thread (a dedicated thread:
/// `FileHandle.readabilityHandler` is unreliable on Linux), feeding them to a session.
public enum LineReader {
    /// How long to poll for the next request after answering one, before blocking.
    static let spinMicroseconds = 200

    /// Polls without blocking until input is ready or the time is up; true when input is ready.
    static func awaitInput(_ fd: Int32, forMicroseconds budget: Int) -> Bool {
        var pfd = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        var start = timespec()
        clock_gettime(CLOCK_MONOTONIC, &start)
        while true {
            if poll(&pfd, 1, 0) > 0 { return true }
            // Give the CPU to anything else runnable (the client itself, on a small machine): the spin must
            // only replace idle time, never compete for work.
            sched_yield()
            var now = timespec()
            clock_gettime(CLOCK_MONOTONIC, &now)
            let elapsed = (now.tv_sec - start.tv_sec) * 1_000_000 + (now.tv_nsec - start.tv_nsec) / 1000
            if elapsed >= budget { return false }
        }
    }

    /// Returns at end of stream, on a read error, or when `shouldStop` turns true between chunks.
    /// `beforeRead` runs before each blocking read (the writer's backpressure hook).
    public static func run(fd: Int32, session: Session, output: FDLineWriter,
                           shouldStop: @Sendable () -> Bool = { false }) {
        var framer = LineFramer(maxLineBytes: session.maxLineBytes)
        let capacity = 64 * 1024
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: capacity, alignment: 16)
        defer { buffer.deallocate() }
        var active = false
        while !shouldStop() {
            output.waitForRoom()
            // Right after answering, the next request usually follows within microseconds. Polling briefly
            // before blocking keeps this thread on its CPU, so it is not put to sleep and woken again (on
            // a VM that wake-up alone costs tens of microseconds per round trip). Idle sidecars never spin.
            if active { active = awaitInput(fd, forMicroseconds: spinMicroseconds) }
            let n = read(fd, buffer.baseAddress, capacity)
            if n < 0 {
                if errno == EINTR { continue }
                break
            }
            if n == 0 { break }
            // Answers of immediate calls in this chunk go out together in one write.
            output.cork()
            // Checked once per chunk, not per line: the check takes a lock, and a chunk is at most 64 KiB.
            let stopping = shouldStop()
            framer.feed(UnsafeRawBufferPointer(start: buffer.baseAddress, count: n)) { event in
                switch event {
                case .line(let line): if !stopping { session.receive(line: line) }
                case .oversized(let prefix): session.receiveOversizedLine(prefix: prefix)
                }
            }
            output.uncork()
            // Spin only after a small read (a caller waiting on each answer); a full buffer means the caller
            // is streaming, and the next read will not block anyway.
            active = n < 4096
        }
        if !shouldStop() {
            framer.finish { event in
                if case .line(let line) = event { session.receive(line: line) }
            }
        }
    }
}

/// Writes whole lines to a file descriptor from any thread.
///
/// Whoever finds the writer idle writes, taking everything queued so far in one `write(2)`; others only
/// append. While corked (the reader is working through a chunk of pipelined requests) answers accumulate
/// and go out together at uncork. A broken peer (EPIPE) turns later writes into no-ops: the process keeps
/// serving, it just has nobody to answer.
public final class FDLineWriter: LineOutput, @unchecked Sendable {
    private let fd: Int32
    private let useSend: Bool
    private let cond = NSCondition()
    private var buffer: [UInt8] = []
    private var writing = false
    private var corked = false
    private var broken = false
    /// Above this many queued bytes the reader stops reading until the peer catches up.
    private let highWater = 4 << 20

    /// `useSend` for sockets: `send(MSG_NOSIGNAL)` never raises SIGPIPE even if a library reset the handler.
    public init(fd: Int32, isSocket: Bool = false) {
        self.fd = fd
        self.useSend = isSocket
        buffer.reserveCapacity(64 * 1024)
    }


    public func writeLine(_ bytes: [UInt8]) {
        cond.lock()
        if broken { cond.unlock(); return }
        buffer.append(contentsOf: bytes)
        buffer.append(0x0A)
        if writing || corked { cond.unlock(); return }
        drainLocked()
        cond.unlock()
    }

    public func cork() {
        cond.lock(); corked = true; cond.unlock()
    }

    public func uncork() {
        cond.lock()
        corked = false
        if !writing && !buffer.isEmpty { drainLocked() }
        cond.unlock()
    }

    /// Blocks the reader while too much is queued for a peer that is not reading.
    public func waitForRoom() {
        cond.lock()
        while buffer.count > highWater && !broken { cond.wait() }
        cond.unlock()
    }

    /// Waits until everything queued has been written (or the peer is gone).
    public func flush() {
        cond.lock()
        while (writing || !buffer.isEmpty) && !broken {
            if !writing { drainLocked() } else { cond.wait() }
        }
        cond.unlock()
    }

    /// Called with the lock held; returns with it held. Releases it around each system call.
    private func drainLocked() {
        writing = true
        var chunk: [UInt8] = []
        while !buffer.isEmpty && !broken {
            swap(&chunk, &buffer)
            buffer.removeAll(keepingCapacity: true)
            cond.unlock()
            let ok = writeAll(chunk)
            cond.lock()
            chunk.removeAll(keepingCapacity: true)
            if !ok { broken = true; buffer.removeAll() }
            cond.broadcast()
        }
        writing = false
        cond.broadcast()
    }

    private func writeAll(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { buf in
            var off = 0
            while off < buf.count {
                let n: Int
                if useSend {
                    n = send(fd, buf.baseAddress! + off, buf.count - off, Int32(MSG_NOSIGNAL))
                } else {
                    n = write(fd, buf.baseAddress! + off, buf.count - off)
                }
                if n > 0 { off += n; continue }
                if n < 0 && errno == EINTR { continue }
                return false
            }
            return true
        }
    }
}
