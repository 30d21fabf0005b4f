import Support

/// Everything the gateway layer can fail with. The sidecar maps each case onto one JSON-RPC code
/// (docs/ARCHITECTURE.md); nothing here carries a secret, a token or card data.
public enum GatewayError: Error, Sendable, Equatable {
    /// The gateway answered with an error (-32001). `details` holds further members for the error's data
    /// (`additional_error_details`, or the legacy APIs' `error_code`/`response_code` fields), already redacted.
    case api(httpStatus: Int, code: String?, message: String?, details: JSONValue?, requestID: String?)
    /// The token endpoint refused the client credentials (-32002).
    case credentialsRefused(httpStatus: Int, error: String?, description: String?)
    /// No answer: could not connect, timed out, or the connection broke (-32003).
    case unreachable(reason: TransportError.Reason, notSent: Bool, requestID: String?)
    /// The host's circuit is open (-32003 `circuit_open`, `not_sent`): it stopped answering, so nothing was sent.
    case circuitOpen(host: String, requestID: String?)
    /// The answer could not be understood, or its signature did not verify (-32005).
    case malformedAnswer(httpStatus: Int, reason: String)
}

/// A params problem found before any call is made (-32602). `field` is a path such as
/// `payments[0].payment_amount.value`.
public struct ValidationError: Error, Sendable, Equatable {
    public let field: String
    public let reason: String
    public init(field: String, reason: String) { self.field = field; self.reason = reason }
}
