import Glibc

/// Splits a byte stream into lines.
///
/// Accepts `\n` and `\r\n` endings, skips blank lines, and never holds more than `maxLineBytes` of one line:
/// a longer line is reported once, then discarded up to its newline without buffering it.
public struct LineFramer {
    public enum Event {
        case line(UnsafeRawBufferPointer)
        /// A line over the limit. `prefix` holds its first bytes (at most `prefixBytes`), enough to read
        /// an `id` written near the start, so the error can still be matched to its call.
        case oversized(prefix: [UInt8])
    }

    /// How much of an oversized line is kept to look for its id.
    public static let prefixBytes = 4096

    public let maxLineBytes: Int
    private var pending: [UInt8] = []
    private var discarding = false

    public init(maxLineBytes: Int) {
        self.maxLineBytes = max(1, maxLineBytes)
    }

    /// Feeds a chunk; `handle` sees every complete line in order. Line buffers are valid only during the call.
    public mutating func feed(_ chunk: UnsafeRawBufferPointer, _ handle: (Event) -> Void) {
        var start = 0
        let n = chunk.count
        guard let base = chunk.baseAddress else { return }
        while start < n {
            guard let nl = memchrIndex(base + start, n - start) else {
                // No newline in the rest of the chunk: keep it, unless the line is now too long.
                if discarding { return }
                if pending.count + (n - start) > maxLineBytes {
                    let prefix = Self.prefix(pending, UnsafeRawBufferPointer(start: base + start, count: n - start))
                    pending.removeAll(keepingCapacity: false)
                    discarding = true
                    handle(.oversized(prefix: prefix))
                } else {
                    pending.append(contentsOf: UnsafeRawBufferPointer(start: base + start, count: n - start))
                }
                return
            }
            let end = start + nl
            if discarding {
                discarding = false
            } else if pending.isEmpty {
                if end - start > maxLineBytes {
                    handle(.oversized(prefix: Self.prefix([], UnsafeRawBufferPointer(start: base + start, count: end - start))))
                } else { emit(UnsafeRawBufferPointer(start: base + start, count: end - start), handle) }
            } else {
                if pending.count + (end - start) > maxLineBytes {
                    let prefix = Self.prefix(pending, UnsafeRawBufferPointer(start: base + start, count: end - start))
                    pending.removeAll(keepingCapacity: false)
                    handle(.oversized(prefix: prefix))
                } else {
                    pending.append(contentsOf: UnsafeRawBufferPointer(start: base + start, count: end - start))
                    let line = pending
                    pending.removeAll(keepingCapacity: true)
                    line.withUnsafeBytes { emit($0, handle) }
                }
            }
            start = end + 1
        }
    }

    /// End of stream: a last line without a newline still counts.
    public mutating func finish(_ handle: (Event) -> Void) {
        if !discarding && !pending.isEmpty {
            let line = pending
            pending.removeAll()
            line.withUnsafeBytes { emit($0, handle) }
        }
        discarding = false
    }

    private static func prefix(_ held: [UInt8], _ more: UnsafeRawBufferPointer) -> [UInt8] {
        var p = Array(held.prefix(prefixBytes))
        if p.count < prefixBytes { p.append(contentsOf: more.prefix(prefixBytes - p.count)) }
        return p
    }

    private func emit(_ line: UnsafeRawBufferPointer, _ handle: (Event) -> Void) {
        var count = line.count
        if count > 0 && line[count - 1] == 0x0D { count -= 1 }
        // Blank (white-space only) lines are ignored.
        var blank = true
        for k in 0..<count {
            let b = line[k]
            if b != 0x20 && b != 0x09 && b != 0x0D { blank = false; break }
        }
        if blank { return }
        handle(.line(UnsafeRawBufferPointer(start: line.baseAddress, count: count)))
    }

    private func memchrIndex(_ p: UnsafeRawPointer, _ count: Int) -> Int? {
        guard let hit = memchr(p, 0x0A, count) else { return nil }
        return UnsafeRawPointer(hit) - p
    }
}
