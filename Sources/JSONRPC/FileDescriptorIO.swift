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
    /// Before each read the writer's queue must have room (the connection's own backpressure). `idle` is asked
    /// when a read times out (`SO_RCVTIMEO` set by the caller): true ends the stream.
    public static func run(fd: Int32, session: Session, output: FDLineWriter,
                           shouldStop: @Sendable () -> Bool = { false }, idle: () -> Bool = { false }) {
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
                if errno == EAGAIN || errno == EWOULDBLOCK {
                    if idle() { return }
                    continue
                }
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
            output.cork()
            framer.finish { event in
                if case .line(let line) = event { session.receive(line: line) }
            }
            output.uncork()
        }
    }
}
