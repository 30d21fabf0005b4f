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

    /// Every code a client may see, with its meaning, for the OpenRPC document and the clients.
    public static let catalogue: [(ErrorCode, String)] = [
        (.parseError, "Parse error: the line is not valid JSON (or not valid UTF-8)."),
        (.invalidRequest, "Invalid Request: not a JSON-RPC 2.0 request object, an empty batch, or a line over the size limit."),
        (.methodNotFound, "Method not found."),
        (.invalidParams, "Invalid params (every validation failure): data carries {field, reason}, field a path such as payments[0].payment_amount.value."),
        (.internalError, "Internal error."),
        (.gatewayError, "The gateway answered with an error: data carries http_status, code, message, additional_error_details (also as details), request_id; v1/v2 calls also error_code or response_code."),
        (.credentialsRefused, "The gateway refused the client credentials: data carries http_status, error, error_description."),
        (.gatewayUnreachable, "The gateway could not be reached or did not answer in time: data carries reason (timeout, connect, reset, or circuit_open: the host stopped answering and calls fail at once for a cool-down), outcome (not_sent, unknown: whether the gateway may have acted) and request_id."),
        (.settingMissing, "A setting this call needs is missing or invalid: data carries setting."),
        (.badGatewayAnswer, "The gateway's answer was malformed or its signature did not verify: data carries http_status, reason."),
    ]
}
