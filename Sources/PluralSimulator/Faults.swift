import Support

/// Faults the simulator injects on request, so tests can prove every failure path.
public struct Fault: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// Answer after this many milliseconds (adds to whatever else happens).
        case latency(ms: Int)
        /// Answer with this status and a Plural-style error body (or `body` if given).
        case status(Int, body: String?)
        /// Abort the connection with a TCP reset, no answer.
        case reset
        /// A 200 whose body is not JSON.
        case malformed
        /// Bytes that are not HTTP at all.
        case garbage
        /// A 401 to an API call, and every issued token revoked (as if Plural rotated them).
        case unauthorized
        /// A 200 order answer padded to this many bytes (a gateway or proxy gone wrong), for the answer cap;
        /// `chunked` sends it without a Content-Length, so its size is known only as it arrives.
        case large(bytes: Int, chunked: Bool)
    }

    /// The names `parse` reads, as the simulator's control surfaces list them.
    public static let kindNames = ["latency", "status", "reset", "malformed", "garbage", "unauthorized", "large"]

    public var kind: Kind
    /// Only requests whose path starts with this (nil: every gateway request, including the token call).
    public var path: String?
    public var method: String?
    /// How many matching requests it applies to; nil means until cleared.
    public var times: Int?
    /// Applied after the request has been carried out (the order made, the capture taken): the ambiguous
    /// failures, where the gateway acted and the answer was lost.
    public var after = false

    public init(_ kind: Kind, path: String? = nil, method: String? = nil, times: Int? = 1) {
        self.kind = kind
        self.path = path
        self.method = method
        self.times = times
    }

    func matches(method: String, path: String) -> Bool {
        if let p = self.path, !path.hasPrefix(p) { return false }
        if let m = self.method, m.uppercased() != method.uppercased() { return false }
        return true
    }

    /// Reads `{kind, path?, method?, times?, status?, ms?, body?, bytes?, chunked?}`.
    public static func parse(_ v: JSONValue) -> Fault? {
        guard case .string(let kindName)? = v["kind"] else { return nil }
        let kind: Kind
        switch kindName {
        case "latency":
            guard let ms = v["ms"]?.numberValue?.int, (0...600_000).contains(ms) else { return nil }
            kind = .latency(ms: ms)
        case "status":
            guard let s = v["status"]?.numberValue?.int, (100...599).contains(s) else { return nil }
            kind = .status(s, body: v["body"]?.stringValue)
        case "reset": kind = .reset
        case "malformed": kind = .malformed
        case "garbage": kind = .garbage
        case "unauthorized": kind = .unauthorized
        case "large":
            guard let n = v["bytes"]?.numberValue?.int, (0...(256 << 20)).contains(n) else { return nil }
            kind = .large(bytes: n, chunked: v["chunked"]?.boolValue ?? false)
        default: return nil
        }
        var times: Int? = 1
        if let t = v["times"] { times = t.isNull ? nil : t.numberValue?.int }
        var fault = Fault(kind, path: v["path"]?.stringValue, method: v["method"]?.stringValue, times: times)
        fault.after = v["after"]?.boolValue ?? false
        return fault
    }
}
