import Foundation

/// JSON-lines logging on stderr. stdout belongs to the protocol, so nothing here ever touches it.
///
/// Every field passes through `Redactor` before it is written, so a caller that logs a whole request body
/// still cannot leak a card number or a secret.
public final class Logger: Sendable {
    public enum Level: Int, Sendable, Comparable {
        case debug = 0, info, warn, error
        public init?(name: String) {
            switch name.lowercased() {
            case "debug", "trace": self = .debug
            case "info": self = .info
            case "warn", "warning": self = .warn
            case "error": self = .error
            default: return nil
            }
        }
        public var name: String { ["debug", "info", "warn", "error"][rawValue] }
        public static func < (a: Level, b: Level) -> Bool { a.rawValue < b.rawValue }
    }

    /// The process-wide logger. Its level is set once the settings are read (`PLURAL_LOG_LEVEL`, from the one
    /// settings reader like every other setting), and again on each reload.
    public static let shared = Logger(level: .info)

    private let state: Locked<Level>
    private let fd: Int32
    private let writeLock = NSLock()

    public init(level: Level, fd: Int32 = 2) {
        state = Locked(level)
        self.fd = fd
    }

    public var level: Level {
        get { state.current }
        set { state.withLock { $0 = newValue } }
    }

    public func isEnabled(_ level: Level) -> Bool { level >= state.current }

    public func debug(_ message: @autoclosure () -> String, _ fields: @autoclosure () -> JSONObject = JSONObject()) {
        log(.debug, message(), fields())
    }
    public func info(_ message: @autoclosure () -> String, _ fields: @autoclosure () -> JSONObject = JSONObject()) {
        log(.info, message(), fields())
    }
    public func warn(_ message: @autoclosure () -> String, _ fields: @autoclosure () -> JSONObject = JSONObject()) {
        log(.warn, message(), fields())
    }
    public func error(_ message: @autoclosure () -> String, _ fields: @autoclosure () -> JSONObject = JSONObject()) {
        log(.error, message(), fields())
    }

    public func log(_ level: Level, _ message: @autoclosure () -> String, _ fields: @autoclosure () -> JSONObject) {
        guard isEnabled(level) else { return }
        var line = JSONObject()
        line.append("ts", .string(ISO8601.format(Date())))
        line.append("level", .string(level.name))
        line.append("msg", .string(Redactor.maskCardNumbers(in: message())))
        for m in fields().members where !line.contains(m.key) {
            line.append(m.key, Redactor.isSensitive(key: m.key) ? .string(Redactor.mask) : Redactor.redact(m.value))
        }
        var bytes = JSONWriter.bytes(.object(line))
        bytes.append(0x0A)
        writeLock.lock()
        defer { writeLock.unlock() }
        bytes.withUnsafeBytes { buf in
            var off = 0
            while off < buf.count {
                let n = Glibc.write(fd, buf.baseAddress! + off, buf.count - off)
                if n > 0 { off += n } else if n < 0 && errno == EINTR { continue } else { return }
            }
        }
    }
}
