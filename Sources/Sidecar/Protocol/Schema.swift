import Support

/// A small vocabulary for the JSON Schemas (draft-07) in the OpenRPC document, so each method's declaration
/// reads like its contract.
public enum Schema {
    public static let string: JSONValue = ["type": "string"]
    public static let boolean: JSONValue = ["type": "boolean"]
    public static let integer: JSONValue = ["type": "integer"]
    public static let anyObject: JSONValue = ["type": "object"]

    public static func string(_ description: String, minLength: Int? = nil, maxLength: Int? = nil, pattern: String? = nil) -> JSONValue {
        var o: JSONObject = ["type": "string", "description": .string(description)]
        if let minLength { o["minLength"] = .int(minLength) }
        if let maxLength { o["maxLength"] = .int(maxLength) }
        if let pattern { o["pattern"] = .string(pattern) }
        return .object(o)
    }

    public static func integer(_ description: String, minimum: Int? = nil) -> JSONValue {
        var o: JSONObject = ["type": "integer", "description": .string(description)]
        if let minimum { o["minimum"] = .int(minimum) }
        return .object(o)
    }

    /// Integer paise, > 0. Never a float or a string: the sidecar refuses both rather than round.
    public static func paise(_ description: String = "Amount in paise (integer, > 0).") -> JSONValue {
        ["type": "integer", "minimum": 1, "description": .string(description)]
    }

    public static func enumeration(_ values: [String], _ description: String) -> JSONValue {
        ["type": "string", "enum": .array(values.map { .string($0) }), "description": .string(description)]
    }

    /// An object schema. Unknown members are allowed unless `closed`: Plural adds fields over time and the
    /// sidecar passes them through.
    public static func object(_ properties: KeyValuePairs<String, JSONValue>, required: [String] = [], description: String? = nil,
                              closed: Bool = false) -> JSONValue {
        var o: JSONObject = ["type": "object"]
        if let description { o["description"] = .string(description) }
        o["properties"] = .object(JSONObject(properties))
        if !required.isEmpty { o["required"] = .array(required.map { .string($0) }) }
        if closed { o["additionalProperties"] = false }
        return .object(o)
    }

    public static func array(_ items: JSONValue, description: String? = nil, minItems: Int? = nil) -> JSONValue {
        var o: JSONObject = ["type": "array", "items": items]
        if let description { o["description"] = .string(description) }
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
