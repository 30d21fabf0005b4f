import Support

/// A small vocabulary for the JSON Schemas (draft-07) of the contract, so each operation's declaration reads
/// like Plural's definition of it. The same values are the OpenRPC document's schemas, the sidecar's param
/// and answer checks and the simulator's request checks.
public enum Schema {
    public static let string: JSONValue = ["type": "string"]
    public static let boolean: JSONValue = ["type": "boolean"]
    public static let integer: JSONValue = ["type": "integer"]
    public static let anyObject: JSONValue = ["type": "object"]

    public static func string(_ description: String, maxLength: Int? = nil, pattern: String? = nil) -> JSONValue {
        var o: JSONObject = ["type": "string", "description": .string(description)]
        if let maxLength { o["maxLength"] = .int(maxLength) }
        if let pattern { o["pattern"] = .string(pattern) }
        return .object(o)
    }

    public static func boolean(_ description: String) -> JSONValue { ["type": "boolean", "description": .string(description)] }

    public static func integer(_ description: String) -> JSONValue { ["type": "integer", "description": .string(description)] }

    /// Integer paise, > 0. Never a float or a string: the sidecar refuses both rather than round. At most
    /// 2^53−1, so every client language (JavaScript included) holds the value exactly.
    public static func paise(_ description: String = "Amount in paise (integer, > 0).") -> JSONValue {
        ["type": "integer", "minimum": 1, "maximum": .int(Int(Params.maxPaise)), "description": .string(description)]
    }

    /// A merchant reference: 1–50 characters, or an integer (Plural's own samples send numbers).
    public static func reference(_ description: String) -> JSONValue {
        ["type": ["string", "integer"], "minLength": 1, "maxLength": 50, "description": .string(description)]
    }

    /// A status or other string whose documented values are listed, but which Plural may extend: answers with
    /// a new value still pass (a closed `enum` would turn a completed payment into an error). The known values
    /// are carried as `x-known-values` for documentation and the clients' types.
    public static func openEnumeration(_ values: [String], _ description: String) -> JSONValue {
        ["type": "string", "x-known-values": .array(values.map { .string($0) }), "description": .string(description)]
    }

    /// An object whose members are all strings (Plural's `merchant_metadata`).
    public static func stringMap(_ description: String) -> JSONValue {
        ["type": "object", "additionalProperties": ["type": "string"], "description": .string(description)]
    }

    public static func enumeration(_ values: [String], _ description: String) -> JSONValue {
        ["type": "string", "enum": .array(values.map { .string($0) }), "description": .string(description)]
    }

    /// An object schema. Unknown members are allowed: Plural adds fields over time and the sidecar passes
    /// them through.
    public static func object(_ properties: KeyValuePairs<String, JSONValue>, required: [String] = [], description: String? = nil) -> JSONValue {
        var o: JSONObject = ["type": "object"]
        if let description { o["description"] = .string(description) }
        o["properties"] = .object(JSONObject(properties))
        if !required.isEmpty { o["required"] = .array(required.map { .string($0) }) }
        return .object(o)
    }

    public static func array(_ items: JSONValue, minItems: Int? = nil) -> JSONValue {
        var o: JSONObject = ["type": "array", "items": items]
        if let minItems { o["minItems"] = .int(minItems) }
        return .object(o)
    }

    public static func ref(_ name: String) -> JSONValue { ["$ref": .string("#/components/schemas/\(name)")] }

    public static func oneOf(_ options: [JSONValue], description: String? = nil) -> JSONValue {
        var o: JSONObject = ["oneOf": .array(options)]
        if let description { o["description"] = .string(description) }
        return .object(o)
    }
}

/// One by-name parameter of a method (an OpenRPC content descriptor).
public struct Param: Sendable {
    public let name: String
    public let required: Bool
    public let schema: JSONValue
    public let summary: String

    public init(_ name: String, required: Bool = false, _ schema: JSONValue, _ summary: String = "") {
        self.name = name
        self.required = required
        self.schema = schema
        self.summary = summary
    }
}

extension Schema {
    /// An id that goes into a URL path: 1–100 characters, no `/`, `\`, `?`, `#`, control characters or dot
    /// segments, so a caller's value can never reach another path.
    public static func pathID(_ description: String, reference: Bool = false) -> JSONValue {
        // A merchant reference may be an integer (Plural's samples send them so) and is at most 50 characters.
        [
            "type": reference ? ["string", "integer"] : "string", "minLength": 1, "maxLength": reference ? 50 : 100,
            "pattern": #"^(?!\.\.?$)[^/\\?#\u0000-\u001F\u007F]+$"#, "description": .string(description),
        ]
    }
}

extension Param {
    /// A param that fills `{name}` in a route's path.
    public static func path(_ name: String, _ description: String, required: Bool = true, reference: Bool = false) -> Param {
        Param(name, required: required, Schema.pathID(description, reference: reference))
    }
}
