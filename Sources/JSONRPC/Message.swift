import Support

/// A request id as the client wrote it. Numbers keep their text so `1.0` comes back as `1.0`.
public enum RequestID: Sendable, Equatable {
    case string(String)
    case number(JSONNumber)
    case null

    init?(_ value: JSONValue) {
        switch value {
        case .string(let s): self = .string(s)
        case .number(let n): self = .number(n)
        case .null: self = .null
        default: return nil
        }
    }

    public var json: JSONValue {
        switch self {
        case .string(let s): return .string(s)
        case .number(let n): return .number(n)
        case .null: return .null
        }
    }
}

/// A well-formed call. `id == nil` means a notification: it runs, and is never answered.
public struct Request: Sendable {
    public let id: RequestID?
    public let method: String
    /// Absent params are an empty object; by-position params arrive as `.array` and are refused by the dispatcher.
    public let params: JSONValue
}

enum Classified {
    case request(Request)
    /// Not a valid Request object; answered with -32600 and the id if one could be read, else null.
    case invalid(RequestID, String)
}

enum Message {
    /// Applies the spec's rules for a Request object to one parsed element.
    static func classify(_ value: JSONValue) -> Classified {
        guard case .object(let o) = value else {
            return .invalid(.null, "a request must be a JSON object")
        }
        // An id we can read is echoed even on a malformed request; one of the wrong type cannot be.
        var id: RequestID? = nil
        if let raw = o["id"] {
            guard let parsed = RequestID(raw) else {
                return .invalid(.null, "id must be a string, a number or null")
            }
            id = parsed
        }
        guard o["jsonrpc"] == .string("2.0") else {
            return .invalid(id ?? .null, "jsonrpc must be exactly \"2.0\"")
        }
        guard case .string(let method)? = o["method"] else {
            return .invalid(id ?? .null, "method must be a string")
        }
        let params: JSONValue
        switch o["params"] {
        case nil: params = .object(JSONObject())
        case .object?: params = o["params"]!
        // An empty by-position list means "no params"; any other list is refused by the dispatcher.
        case .array(let a)?: params = a.isEmpty ? .object(JSONObject()) : .array(a)
        default: return .invalid(id ?? .null, "params must be an object or an array")
        }
        return .request(Request(id: id, method: method, params: params))
    }
}

/// Encodes answers. Built by hand: this is the hot path of every call.
public enum ResponseEncoder {
    private static let head: [UInt8] = Array(#"{"jsonrpc":"2.0","id":"#.utf8)
    private static let resultKey: [UInt8] = Array(#","result":"#.utf8)
    private static let errorKey: [UInt8] = Array(#","error":"#.utf8)

    public static func result(id: RequestID, _ value: JSONValue, into out: inout [UInt8]) {
        out.append(contentsOf: head)
        JSONWriter.write(id.json, into: &out)
        out.append(contentsOf: resultKey)
        JSONWriter.write(value, into: &out)
        out.append(UInt8(ascii: "}"))
    }

    /// A result already encoded as JSON bytes.
    public static func result(id: RequestID, encoded: [UInt8], into out: inout [UInt8]) {
        out.append(contentsOf: head)
        JSONWriter.write(id.json, into: &out)
        out.append(contentsOf: resultKey)
        out.append(contentsOf: encoded)
        out.append(UInt8(ascii: "}"))
    }

    public static func error(id: RequestID, _ error: RPCError, into out: inout [UInt8]) {
        out.append(contentsOf: head)
        JSONWriter.write(id.json, into: &out)
        out.append(contentsOf: errorKey)
        JSONWriter.write(error.json, into: &out)
        out.append(UInt8(ascii: "}"))
    }
}
