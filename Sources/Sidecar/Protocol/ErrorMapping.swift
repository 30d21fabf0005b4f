import JSONRPC
import Plural
import Support

/// Maps everything a handler can throw onto the sidecar's error codes (docs/ARCHITECTURE.md). The only place that does.
enum ErrorMapping {
    /// A call still running when the shutdown deadline passed (-32003 `shutdown`). Its request may already be
    /// with the gateway: a money-moving call's outcome is unknown (look it up, or repeat it with its idempotency
    /// key); any other call moved nothing, so it is not_sent.
    static func shutdownError(method: String, movesMoney: Bool) -> RPCError {
        RPCError(.gatewayUnreachable,
                 "The sidecar shut down before \(method) finished" + (movesMoney ? "; the call may or may not have taken effect." : "; nothing was changed."),
                 data: ["reason": "shutdown", "outcome": .string(movesMoney ? "unknown" : "not_sent")])
    }

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
        case let e as ReconciledFailure:
            return reconciled(e)
        case let e as IdempotencyConflict:
            return RPCError(.idempotencyConflict, "The idempotency key \(e.key) was already used by a \(e.firstMethod) call with other params; nothing was sent.",
                            data: ["idempotency_key": .string(e.key), "method": .string(e.method), "first_method": .string(e.firstMethod)])
        case let e as SafetyRefusal:
            var data: JSONObject = ["rule": .string(e.rule.rawValue)]
            for m in e.details { data[m.key] = m.value }
            return RPCError(.refusedForSafety, e.message + " Nothing was sent.", data: .object(data))
        default:
            Logger.shared.error("unexpected failure", ["method": .string(method), "type": .string(String(describing: type(of: error)))])
            return RPCError(.internalError, "Internal error while running \(method).")
        }
    }

    /// A lost answer after the sidecar looked the call up: the failure as it happened, with what the lookup found.
    static func reconciled(_ e: ReconciledFailure) -> RPCError {
        var error = gateway(e.original)
        var data = error.data?.objectValue ?? JSONObject()
        data["outcome"] = .string(e.outcome)
        data["reconciled"] = .bool(e.reconciled)
        if let key = e.key { data["idempotency_key"] = .string(key) }
        error.data = .object(data)
        if e.outcome == "not_applied" {
            error.message += " A lookup shows it did not take effect: it is safe to repeat."
        } else {
            error.message = error.message.replacingOccurrences(of: "; the call may or may not have taken effect.", with: ".")
            error.message += " Lookups could not tell whether it took effect; repeat it with the same key to look again (pendingOutcomes lists it)."
        }
        return error
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
            var sentence: String
            switch reason {
            case .timeout: sentence = "The gateway did not answer in time"
            case .connect: sentence = "The gateway could not be reached"
            case .reset: sentence = "The connection to the gateway broke"
            }
            sentence += notSent ? "; the call was not sent." : "; the call may or may not have taken effect."
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
