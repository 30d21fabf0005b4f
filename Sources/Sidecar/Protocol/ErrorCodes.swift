import JSONRPC

/// The sidecar's own error codes (docs/ARCHITECTURE.md), beside JSON-RPC's five.
extension ErrorCode {
    /// The gateway answered with an error. `data`: http_status, Plural's code and message, details, request_id.
    public static let gatewayError = ErrorCode(rawValue: -32001)
    /// The token endpoint refused the client credentials. `data`: http_status, error, error_description.
    public static let credentialsRefused = ErrorCode(rawValue: -32002)
    /// The gateway could not be reached or did not answer in time, or its circuit is open. `data`: reason, outcome, request_id.
    public static let gatewayUnreachable = ErrorCode(rawValue: -32003)
    /// A setting the call needs is missing or invalid. `data`: setting.
    public static let settingMissing = ErrorCode(rawValue: -32004)
    /// The gateway's answer was malformed or its signature did not verify. `data`: http_status, reason.
    public static let badGatewayAnswer = ErrorCode(rawValue: -32005)
    /// An idempotency key already used by a call with other params. `data`: idempotency_key, method, first_method.
    public static let idempotencyConflict = ErrorCode(rawValue: -32006)
    /// Refused before sending, to keep money safe. `data`: rule, and its figures.
    public static let refusedForSafety = ErrorCode(rawValue: -32007)

    /// Every code a client may see, with its name (the OpenRPC error's key, and so the clients' exception
    /// classes) and its meaning.
    public static let catalogue: [(code: ErrorCode, name: String, meaning: String)] = [
        (.parseError, "ParseError", "Parse error: the line is not valid JSON (or not valid UTF-8)."),
        (.invalidRequest, "InvalidRequest", "Invalid Request: not a JSON-RPC 2.0 request object, an empty batch, or a line over the size limit."),
        (.methodNotFound, "MethodNotFound", "Method not found."),
        (.invalidParams, "InvalidParams", "Invalid params (every validation failure): data carries {field, reason}, field a path such as payments[0].payment_amount.value."),
        (.internalError, "InternalError", "Internal error."),
        (.gatewayError, "GatewayError", "The gateway answered with an error: data carries http_status, code, message, additional_error_details (also as details), request_id; v1/v2 calls also error_code or response_code."),
        (.credentialsRefused, "CredentialsRefused", "The gateway refused the client credentials: data carries http_status, error, error_description."),
        (.gatewayUnreachable, "GatewayUnreachable", "The gateway could not be reached or did not answer in time: data carries reason (timeout, connect, reset, circuit_open: the host stopped answering and calls fail at once for a cool-down, or shutdown: the sidecar stopped before the call finished), outcome (not_sent; unknown: the gateway may have acted; not_applied: a lookup showed it did not, safe to repeat), request_id, and for money-moving calls reconciled and idempotency_key."),
        (.settingMissing, "SettingMissing", "A setting this call needs is missing or invalid: data carries setting."),
        (.badGatewayAnswer, "BadGatewayAnswer", "The gateway's answer was malformed or its signature did not verify: data carries http_status, reason."),
        (.idempotencyConflict, "IdempotencyConflict", "An idempotency key was used by a call with other params: data carries idempotency_key (the key given, or the merchant reference serving as one), method, first_method. Nothing was sent."),
        (.refusedForSafety, "RefusedForSafety", "Refused before sending, to keep money safe: data carries rule (refund_exceeds_captured with captured, refunded, pending and requested paise; outcome_pending with pending_key). Nothing was sent."),
    ]
}
