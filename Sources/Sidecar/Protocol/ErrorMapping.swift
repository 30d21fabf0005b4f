import JSONRPC
import Plural
import Support

/// Maps everything a handler can throw onto the sidecar's error codes (docs/ARCHITECTURE.md). The only place that does.
enum ErrorMapping {
    static func rpcError(for error: Error, method: String) -> RPCError {
        switch error {
        case let e as RPCError:
            return e
        case let e as ConfigError:
            return RPCError(.settingMissing, e.message, data: ["setting": .string(e.setting)])
        case let e as ValidationError:
            return RPCError.invalidParams(field: e.field, reason: e.reason)
        case let e as GatewayError:
            return gateway(e)
        default:
            Logger.shared.error("unexpected failure", ["method": .string(method), "type": .string(String(describing: type(of: error)))])
            return RPCError(.internalError, "Internal error while running \(method).")
        }
    }

    static func gateway(_ e: GatewayError) -> RPCError {
        switch e {
        case let .api(status, code, message, details, requestID):
            var data: JSONObject = ["http_status": .int(status)]
            data["code"] = code.map { .string($0) } ?? .null
            data["message"] = message.map { .string(Redactor.maskCardNumbers(in: $0)) } ?? .null
            if case .object(let extra)? = details {
                for m in extra where data[m.key] == nil { data[m.key] = m.value }
                // Also under the generic name `details`, so callers need not know Plural's.
                if let d = extra["additional_error_details"] { data["details"] = d }
            }
            if let requestID { data["request_id"] = .string(requestID) }
            let what = [code, message].compactMap { $0 }.joined(separator: ": ")
            return RPCError(.gatewayError, "The gateway answered HTTP \(status)\(what.isEmpty ? "" : " (\(Redactor.maskCardNumbers(in: what)))").",
                            data: .object(data))
        case let .credentialsRefused(status, error, description):
            return RPCError(.credentialsRefused, "The gateway refused the client credentials (HTTP \(status)).",
                            data: ["http_status": .int(status), "error": error.map { .string($0) } ?? .null,
                                   "error_description": description.map { .string($0) } ?? .null])
        case let .unreachable(reason, notSent, requestID):
            let sentence: String
            switch reason {
            case .timeout: sentence = "The gateway did not answer in time; the call may or may not have taken effect."
            case .connect: sentence = "The gateway could not be reached; the call was not sent."
            case .reset: sentence = "The connection to the gateway broke; the call may or may not have taken effect."
            }
            var data: JSONObject = ["reason": .string(reason.rawValue), "outcome": .string(notSent ? "not_sent" : "unknown")]
            if let requestID { data["request_id"] = .string(requestID) }
            return RPCError(.gatewayUnreachable, sentence, data: .object(data))
        case let .circuitOpen(host, requestID):
            var data: JSONObject = ["reason": "circuit_open", "outcome": "not_sent", "host": .string(host)]
            if let requestID { data["request_id"] = .string(requestID) }
            return RPCError(.gatewayUnreachable, "The gateway stopped answering, so the sidecar is failing calls at once for a while (circuit open); the call was not sent.",
                            data: .object(data))
        case let .malformedAnswer(status, reason):
            return RPCError(.badGatewayAnswer, "The gateway's answer could not be used: \(reason).",
                            data: ["http_status": .int(status), "reason": .string(reason)])
        }
    }
}
