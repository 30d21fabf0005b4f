import Glibc

/// Plain text on stderr for the few messages meant for a person (start-up refusals). Written with write(2)
/// and nothing else: with stderr closed or full (/dev/full, a dead pipe) the message is lost, never a trap,
/// as FileHandle's writes would be.
public enum StandardError {
    public static func write(_ text: String) {
        var bytes = Array(text.utf8)
        bytes.withUnsafeMutableBytes { buf in
            var off = 0
            while off < buf.count {
                let n = Glibc.write(2, buf.baseAddress! + off, buf.count - off)
                if n > 0 { off += n } else if n < 0 && errno == EINTR { continue } else { return }
            }
        }
    }
}
