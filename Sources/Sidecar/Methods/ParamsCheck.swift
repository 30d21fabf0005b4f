import JSONRPC
import Plural
import Support

/// Refuses params a method does not take, or that do not match its declared schemas, before it runs.
///
/// A misspelt `pre_auth` must not silently become an order that captures at once, so for pass-through
/// methods an undeclared member that is one or two edits away from a declared one is refused with a
/// suggestion; other undeclared members go on to Plural (which adds fields over time) and are logged.
enum ParamsCheck {
    static func wrap(_ method: MethodEntry, _ handler: RPCHandler) -> RPCHandler {
        let declared = Set(method.params.map(\.name))
        let name = method.name
        let passThrough = method.passesThroughParams
        let validator = SchemaValidator()
        let required = method.params.filter(\.required).map(\.name)
        let schemas = Dictionary(method.params.map { ($0.name, $0.schema) }, uniquingKeysWith: { a, _ in a })
        let check: @Sendable (JSONObject) throws -> Void = { params in
            for r in required where params[r] == nil || params[r]!.isNull {
                throw RPCError.invalidParams(field: r, reason: "is required")
            }
            do throws(SchemaValidator.Failure) {
                for m in params.members where !m.value.isNull {
                    if let schema = schemas[m.key] { try validator.validate(m.value, schema, path: m.key) }
                }
            } catch {
                throw RPCError.invalidParams(field: error.field, reason: error.reason)
            }
            for key in params.keys where !declared.contains(key) {
                if !passThrough {
                    throw RPCError.invalidParams(field: key, reason: "is not a parameter of \(name)")
                }
                if let near = declared.first(where: { looksLikeTypo(key, of: $0) }) {
                    throw RPCError.invalidParams(field: key, reason: "is not a parameter of \(name); did you mean \(near)?")
                }
                Logger.shared.debug("passing an undeclared param through to Plural", ["method": .string(name), "param": .string(key)])
            }
        }
        switch handler {
        case .constant:
            // The session refuses any params for a constant method itself, on its fast path.
            precondition(declared.isEmpty, "\(name): a constant method takes no params")
            return handler
        case .immediate(let body): return .immediate { params in try check(params); return try body(params) }
        case .async(let body): return .async { params in try check(params); return try await body(params) }
        }
    }

    /// Within two edits (one for short names), case-insensitively, but not the same name.
    static func looksLikeTypo(_ a: String, of b: String) -> Bool {
        let x = Array(a.lowercased().utf8), y = Array(b.lowercased().utf8)
        if x == y { return true }
        let limit = min(x.count, y.count) <= 5 ? 1 : 2
        if abs(x.count - y.count) > limit { return false }
        var previous = Array(0...y.count)
        for i in 1...max(1, x.count) where !x.isEmpty {
            var current = [i] + Array(repeating: 0, count: y.count)
            for j in 1...max(1, y.count) where !y.isEmpty {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[y.count] <= limit
    }
}
