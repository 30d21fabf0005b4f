import Dispatch
import Foundation
import Support

/// Writes whole lines to a file descriptor from any thread, without ever blocking a shared thread.
///
/// Whoever finds the writer idle starts the write, taking everything queued so far in one system call; others
/// only append. While corked (the reader is working through a chunk of pipelined requests) answers accumulate
/// and go out together at uncork. Calls answered on the cooperative pool never wait for a peer:
/// - on a socket every send is `MSG_DONTWAIT`; what the peer cannot take yet stays queued and `WritePoller`
///   sends it when the socket is writable again;
/// - on stdout (a pipe that is not ours to make non-blocking) the reading thread writes its own answers, and
///   answers finished elsewhere are handed to a writing thread of stdout's own.
/// A peer that stops reading fills only its own queue; past `highWater` its reading thread stops reading
/// (`waitForRoom`), so its calls stop, and nobody else notices. A broken peer (EPIPE) turns later writes
/// into no-ops: the process keeps serving, it just has nobody to answer.
public final class FDLineWriter: LineOutput, @unchecked Sendable {
    let fd: Int32
    private let isSocket: Bool
    private let cond = NSCondition()
    private var buffer: [UInt8] = []
    /// Someone (a thread, the poller, the stdout thread) is responsible for the queue until it is empty.
    private var writing = false
    private var corked = false
    private var broken = false
    /// stdout only: the queue was handed to its writing thread.
    private var handedOff = false
    private var writerThreadStarted = false
    /// Above this many queued bytes the reader stops reading until the peer catches up.
    public let highWater: Int

    /// `isSocket`: sends are `MSG_DONTWAIT | MSG_NOSIGNAL` (never SIGPIPE even if a library reset the handler).
    public init(fd: Int32, isSocket: Bool = false, highWater: Int = 4 << 20) {
        self.fd = fd
        self.isSocket = isSocket
        self.highWater = max(64 * 1024, highWater)
        buffer.reserveCapacity(64 * 1024)
    }

    public func writeLine(_ bytes: [UInt8]) {
        cond.lock()
        defer { cond.unlock() }
        if broken { return }
        buffer.append(contentsOf: bytes)
        buffer.append(0x0A)
        if writing || corked { return }
        startWriting(onReaderThread: false)
    }

    public func cork() {
        cond.lock(); corked = true; cond.unlock()
    }

    /// Called by the reading thread after a chunk: it may write its own answers itself.
    public func uncork() {
        cond.lock()
        corked = false
        if !writing && !buffer.isEmpty { startWriting(onReaderThread: true) }
        cond.unlock()
    }

    /// Blocks the reader while too much is queued for a peer that is not reading.
    public func waitForRoom() {
        cond.lock()
        while buffer.count > highWater && !broken { cond.wait() }
        cond.unlock()
    }

    /// True when nothing is queued or being written.
    public var isIdle: Bool {
        cond.lock(); defer { cond.unlock() }
        return (!writing && buffer.isEmpty) || broken
    }

    /// Waits until everything queued has been written, the peer is gone, or the deadline passes (a peer that
    /// does not read cannot hold the caller). True when everything was written.
    @discardableResult
    public func flush(until deadline: DispatchTime = .distantFuture) -> Bool {
        // No deadline is a plain wait: NSCondition.wait(until: .distantFuture) traps on Linux.
        let limit: Date? = deadline == .distantFuture ? nil
            : Date(timeIntervalSinceNow: Double(Int64(bitPattern: deadline.uptimeNanoseconds &- DispatchTime.now().uptimeNanoseconds)) / 1e9)
        cond.lock()
        defer { cond.unlock() }
        if !writing && !buffer.isEmpty && !broken { startWriting(onReaderThread: false) }
        while (writing || !buffer.isEmpty) && !broken {
            if let limit { if !cond.wait(until: limit) { return false } } else { cond.wait() }
        }
        return !broken || buffer.isEmpty
    }

    // MARK: writing (every function below is called with the lock held and returns with it held)

    private func startWriting(onReaderThread: Bool) {
        writing = true
        if isSocket {
            if sendWithoutBlocking() { WritePoller.shared.watch(self) }
        } else if onReaderThread {
            drainBlocking()
        } else {
            handOff()
        }
    }

    /// Sends until the queue is empty (false) or the socket is full (true: the poller takes over).
    private func sendWithoutBlocking() -> Bool {
        var chunk: [UInt8] = []
        while !buffer.isEmpty && !broken {
            swap(&chunk, &buffer)
            buffer.removeAll(keepingCapacity: true)
            cond.unlock()
            let (sent, failed) = Self.send(fd, chunk)
            cond.lock()
            if failed { broken = true; buffer.removeAll(); break }
            if sent < chunk.count {
                // The peer's socket buffer is full: what it did not take goes back in front of the queue.
                chunk.removeFirst(sent)
                chunk.append(contentsOf: buffer)
                swap(&chunk, &buffer)
                cond.broadcast()
                return true
            }
            chunk.removeAll(keepingCapacity: true)
            cond.broadcast()
        }
        writing = false
        cond.broadcast()
        return false
    }

    /// The poller saw the socket writable (or in error). True while the writer still waits for room.
    /// Leaves the poller under the writer's lock, so a new wait registered right after cannot be lost.
    func socketWritable() {
        cond.lock()
        defer { cond.unlock() }
        if broken { writing = false; cond.broadcast() } else if sendWithoutBlocking() { return }
        WritePoller.shared.unwatch(self)
    }

    /// Bytes sent, and whether the peer is gone. Stops early (without failing) when the socket is full.
    private static func send(_ fd: Int32, _ bytes: [UInt8]) -> (Int, Bool) {
        bytes.withUnsafeBytes { buf in
            var off = 0
            while off < buf.count {
                let n = Glibc.send(fd, buf.baseAddress! + off, buf.count - off, Int32(MSG_NOSIGNAL | MSG_DONTWAIT))
                if n > 0 { off += n; continue }
                if n < 0 && errno == EINTR { continue }
                if n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) { return (off, false) }
                return (off, true)
            }
            return (off, false)
        }
    }

    /// stdout: wake its own writing thread (started on first use), which may block in write(2) for as long as
    /// the reader of stdout takes.
    private func handOff() {
        handedOff = true
        cond.broadcast()
        guard !writerThreadStarted else { return }
        writerThreadStarted = true
        let thread = Thread { [self] in
            cond.lock()
            while true {
                while !handedOff { cond.wait() }
                handedOff = false
                drainBlocking()
            }
        }
        thread.name = "stdout writer"
        thread.start()
    }

    /// Blocking writes on a thread that may wait: the stdio reading thread or stdout's writing thread.
    private func drainBlocking() {
        var chunk: [UInt8] = []
        while !buffer.isEmpty && !broken {
            swap(&chunk, &buffer)
            buffer.removeAll(keepingCapacity: true)
            cond.unlock()
            let ok = Self.writeAll(fd, chunk)
            cond.lock()
            chunk.removeAll(keepingCapacity: true)
            if !ok { broken = true; buffer.removeAll() }
            cond.broadcast()
        }
        writing = false
        cond.broadcast()
    }

    private static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { buf in
            var off = 0
            while off < buf.count {
                let n = write(fd, buf.baseAddress! + off, buf.count - off)
                if n > 0 { off += n; continue }
                if n < 0 && errno == EINTR { continue }
                return false
            }
            return true
        }
    }
}

/// One thread for the whole process that finishes the sends sockets could not take at once: it polls every
/// waiting socket for room and sends what is queued when there is. No thread ever blocks in `send`.
final class WritePoller: @unchecked Sendable {
    static let shared = WritePoller()

    private let lock = NSLock()
    private var waiting: [ObjectIdentifier: FDLineWriter] = [:]
    /// Wakes the poll when a writer is added: a non-blocking pipe (read end, write end).
    private let wake: Int32
    private let wakeWrite: Int32

    private init() {
        var ends: [Int32] = [-1, -1]
        _ = pipe(&ends)
        for fd in ends {
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
        }
        wake = ends[0]
        wakeWrite = ends[1]
        let thread = Thread { [self] in loop() }
        thread.name = "socket writer"
        thread.start()
    }

    func watch(_ writer: FDLineWriter) {
        lock.withLock { waiting[ObjectIdentifier(writer)] = writer }
        var one: UInt8 = 1
        _ = Glibc.write(wakeWrite, &one, 1)
    }

    func unwatch(_ writer: FDLineWriter) {
        _ = lock.withLock { waiting.removeValue(forKey: ObjectIdentifier(writer)) }
    }

    private func loop() {
        while true {
            let writers = lock.withLock { Array(waiting.values) }
            var fds = [pollfd(fd: wake, events: Int16(POLLIN), revents: 0)]
            for w in writers { fds.append(pollfd(fd: w.fd, events: Int16(POLLOUT), revents: 0)) }
            let n = poll(&fds, nfds_t(fds.count), 1000)
            if n < 0 && errno != EINTR { usleep(10_000); continue }
            if fds[0].revents != 0 {
                var drained = [UInt8](repeating: 0, count: 256)
                _ = Glibc.read(wake, &drained, 256)
            }
            for (k, w) in writers.enumerated() where fds[k + 1].revents != 0 {
                w.socketWritable()
            }
        }
    }
}
