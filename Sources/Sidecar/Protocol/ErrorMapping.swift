import JSONRPC
import Plural
import Support

/// Maps everything a handler can throw onto DESIGN.md's error codes. The only place that does.
enum ErrorMapping {
    static func rpcError(for error: Error, method: String) -> RPCError {
        switch error {
        case let e as RPCError:
            return e
        case let e as ConfigError:
            return RPCError(.settingMissing, e.message, data: ["setting": .string(e.setting)])
        default:
            Logger.shared.error("unexpected failure", ["method": .string(method), "type": .string(String(describing: type(of: error)))])
            return RPCError(.internalError, "Internal error while running \(method).")
        }
    }
}
