import Support

/// How a method runs.
public enum RPCHandler: Sendable {
    /// Cheap, CPU-only work (ping, signature checks): run on the reading thread, answered at once. No task
    /// hop, so sequential round trips stay in the tens of microseconds.
    case immediate(@Sendable (JSONObject) throws -> JSONValue)
    /// The same answer every time (ping, rpc.discover): encoded once, copied into each response. Such a
    /// method takes no params; any member is -32602.
    /// The value is computed on first use, so start-up pays nothing for answers nobody asks for.
    case constant(@Sendable () -> JSONValue)
    /// Anything that waits (gateway calls): run as its own task; answers may overtake each other.
    case async(@Sendable (JSONObject) async throws -> JSONValue)
}

/// What the dispatcher needs from the application: a handler per method name. The JSON-RPC layer knows
/// nothing else about the methods.
public protocol MethodTable: Sendable {
    func handler(for method: String) -> RPCHandler?
    /// The handler and the method's metrics slot (its place in the list given to `CallMetrics.configure`),
    /// found in one lookup; -1 when the table keeps no slots.
    func lookup(_ method: String) -> (handler: RPCHandler, slot: Int)?
    /// Maps an error thrown by a handler to the answer sent. Errors that are not `RPCError` should become
    /// -32603 without leaking internals.
    func rpcError(for error: Error, method: String) -> RPCError
    /// The answer to a call still running when the shutdown deadline passed: it must say whether the
    /// gateway may have acted.
    func shutdownError(method: String) -> RPCError
}

extension MethodTable {
    public func lookup(_ method: String) -> (handler: RPCHandler, slot: Int)? { handler(for: method).map { ($0, -1) } }

    public func rpcError(for error: Error, method: String) -> RPCError {
        if let e = error as? RPCError { return e }
        return RPCError(.internalError, "Internal error while running \(method).")
    }

    public func shutdownError(method: String) -> RPCError {
        RPCError(.internalError, "The sidecar shut down before \(method) finished.", data: ["reason": "shutdown"])
    }
}
