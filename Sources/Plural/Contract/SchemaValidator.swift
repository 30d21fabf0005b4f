import Foundation
import Support

/// Checks a JSON value against one of the contract's schemas (draft-07). The same check runs on a method's
/// params before any call (-32602 naming the path), on the gateway's answer as received (-32005), and in
/// the simulator on each request it is sent (400 with Plural's error body) — so the contract is enforced,
/// not only documented.
///
/// Supports the draft-07 subset the contract uses: type, properties, required, additionalProperties (false
/// or a schema), items, minItems, enum, minimum, maximum, minLength, maxLength, pattern, oneOf, and `$ref` into
/// `#/components/schemas`.
public struct SchemaValidator: Sendable {
    let components: JSONObject

    public struct Failure: Error, Sendable { public let field: String; public let reason: String }

    /// Resolves `$ref`s against the contract's shared components.
    public init(components: JSONObject = Components.all) { self.components = components }

    public func validate(_ value: JSONValue, _ schema: JSONValue, path: String) throws(Failure) {
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
            // A field that cannot be negative refuses a minus sign too: "-0" is nobody's balance or delay.
            if let min = s["minimum"]?.numberValue?.double, let v = n.double, v < min || (min >= 0 && n.text.hasPrefix("-")) {
                throw Failure(field: path, reason: "must be at least \(s["minimum"]!.numberValue!.text)")
            }
            if let max = s["maximum"]?.numberValue?.double, let v = n.double, v > max {
                throw Failure(field: path, reason: "must be at most \(s["maximum"]!.numberValue!.text)")
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
                } else if case .object(let each)? = s["additionalProperties"], !m.value.isNull {
                    try validate(m.value, .object(each), path: join(path, m.key))
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
