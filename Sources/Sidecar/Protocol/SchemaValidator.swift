import Foundation
import JSONRPC
import Support

/// Checks params against the JSON Schemas the methods declare, so the OpenRPC document is not only
/// documentation: a wrong type at any declared field is -32602 naming its path, before any handler runs.
///
/// Supports the draft-07 subset the catalogue uses: type, properties, required, additionalProperties
/// (false), items, minItems, enum, minimum, minLength, maxLength, pattern, oneOf, and `$ref` into
/// `#/components/schemas`.
struct SchemaValidator: Sendable {
    let components: JSONObject

    struct Failure: Error { let field: String; let reason: String }

    func validate(_ value: JSONValue, _ schema: JSONValue, path: String) throws(Failure) {
        guard case .object(let s) = schema else { return }
        if case .string(let ref)? = s["$ref"] {
            let prefix = "#/components/schemas/"
            if ref.hasPrefix(prefix), let target = components[String(ref.dropFirst(prefix.count))] {
                try validate(value, target, path: path)
            }
            return
        }
        if case .array(let options)? = s["oneOf"] {
            var matches = 0
            for o in options where (try? validateOrThrow(value, o, path: path)) != nil { matches += 1 }
            if matches != 1 { throw Failure(field: path, reason: "does not match any of the allowed forms") }
        }
        if let type = s["type"] { try checkType(value, type, path: path) }
        if case .array(let allowed)? = s["enum"], !allowed.contains(value) {
            let names = allowed.compactMap(\.stringValue).joined(separator: ", ")
            throw Failure(field: path, reason: "must be one of \(names)")
        }
        switch value {
        case .number(let n):
            if let min = s["minimum"]?.numberValue?.double, let v = n.double, v < min {
                throw Failure(field: path, reason: "must be at least \(s["minimum"]!.numberValue!.text)")
            }
        case .string(let str):
            if let min = s["minLength"]?.numberValue?.int, str.count < min { throw Failure(field: path, reason: "must be at least \(min) characters") }
            if let max = s["maxLength"]?.numberValue?.int, str.count > max { throw Failure(field: path, reason: "must be at most \(max) characters") }
            if case .string(let pattern)? = s["pattern"], !Self.matches(str, pattern) {
                throw Failure(field: path, reason: "does not have the expected form")
            }
        case .array(let items):
            if let min = s["minItems"]?.numberValue?.int, items.count < min {
                throw Failure(field: path, reason: "must have at least \(min) element\(min == 1 ? "" : "s")")
            }
            if let itemSchema = s["items"] {
                for (i, item) in items.enumerated() { try validate(item, itemSchema, path: "\(path)[\(i)]") }
            }
        case .object(let o):
            let properties = s["properties"]?.objectValue ?? JSONObject()
            if case .array(let required)? = s["required"] {
                for case .string(let name) in required where o[name] == nil || o[name]!.isNull {
                    throw Failure(field: join(path, name), reason: "is required")
                }
            }
            for m in o.members {
                if let p = properties[m.key] {
                    if m.value.isNull { continue }  // an explicit null is "not given"; required-ness is checked above
                    try validate(m.value, p, path: join(path, m.key))
                } else if s["additionalProperties"] == .bool(false) {
                    throw Failure(field: join(path, m.key), reason: "is not an allowed member")
                }
            }
        default:
            break
        }
    }

    private func validateOrThrow(_ value: JSONValue, _ schema: JSONValue, path: String) throws(Failure) -> Bool {
        try validate(value, schema, path: path)
        return true
    }

    private func join(_ path: String, _ name: String) -> String { path.isEmpty ? name : "\(path).\(name)" }

    private func checkType(_ value: JSONValue, _ type: JSONValue, path: String) throws(Failure) {
        let allowed: [String] = type.stringValue.map { [$0] } ?? (type.arrayValue?.compactMap(\.stringValue) ?? [])
        for t in allowed where Self.isA(value, t) { return }
        if allowed.contains("integer"), case .number(let n) = value, !n.isInteger {
            throw Failure(field: path, reason: "must be written as an integer, without a fraction or exponent (amounts are integer paise, never rounded)")
        }
        throw Failure(field: path, reason: "must be \(allowed.map(Self.article).joined(separator: " or ")), not \(value.typeName)")
    }

    static func isA(_ v: JSONValue, _ type: String) -> Bool {
        switch (type, v) {
        case ("string", .string), ("boolean", .bool), ("object", .object), ("array", .array), ("null", .null), ("number", .number): return true
        case ("integer", .number(let n)): return n.isInteger
        default: return false
        }
    }

    static func article(_ type: String) -> String {
        ["integer": "an integer", "object": "an object", "array": "an array", "string": "a string", "boolean": "true or false",
         "number": "a number", "null": "null"][type] ?? type
    }

    private static let regexCache = Locked<[String: NSRegularExpression]>([:])

    static func matches(_ s: String, _ pattern: String) -> Bool {
        let regex = regexCache.withLock { cache -> NSRegularExpression? in
            if let r = cache[pattern] { return r }
            let r = try? NSRegularExpression(pattern: pattern)
            cache[pattern] = r
            return r
        }
        guard let regex else { return true }
        return regex.firstMatch(in: s, range: NSRange(s.startIndex..., in: s)) != nil
    }
}
