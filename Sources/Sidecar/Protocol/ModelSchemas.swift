import Support

/// Shared schemas referenced from method results (`#/components/schemas/...`).
enum ModelSchemas {
    static var all: JSONObject {
        JSONObject()
    }
}

/// One example pairing per method for the OpenRPC document, taken from `protocol/examples/`.
enum MethodExamples {
    static func pairing(for method: String) -> JSONValue? { nil }
}
