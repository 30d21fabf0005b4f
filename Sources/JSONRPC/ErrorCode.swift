import Support

/// JSON-RPC error codes as an open set: the spec's five, and room for the application's own (the sidecar
/// declares its gateway codes -32001…-32005 beside these).
public struct ErrorCode: RawRepresentable, Hashable, Sendable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    public static let parseError = ErrorCode(rawValue: -32700)
    public static let invalidRequest = ErrorCode(rawValue: -32600)
    public static let methodNotFound = ErrorCode(rawValue: -32601)
    public static let invalidParams = ErrorCode(rawValue: -32602)
    public static let internalError = ErrorCode(rawValue: -32603)
}

/// An error answer: code, one human sentence, optional structured data.
public struct RPCError: Error, Sendable, Equatable {
    public var code: ErrorCode
    public var message: String
    public var data: JSONValue?

    public init(_ code: ErrorCode, _ message: String, data: JSONValue? = nil) {
        self.code = code
        self.message = message
        self.data = data
    }

    /// -32602 with `data: {field, reason}`: the shape every validation failure takes.
    public static func invalidParams(field: String, reason: String) -> RPCError {
        let end = reason.hasSuffix("?") || reason.hasSuffix(".") ? "" : "."
        return RPCError(.invalidParams, "Invalid params: \(field) \(reason)\(end)", data: ["field": .string(field), "reason": .string(reason)])
    }

    public var json: JSONValue {
        var o = JSONObject()
        o.append("code", .int(code.rawValue))
        o.append("message", .string(message))
        if let data { o.append("data", data) }
        return .object(o)
    }
}
