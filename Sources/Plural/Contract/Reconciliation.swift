import Support

/// How to tell whether a money-moving call took effect when its answer was lost (a timeout, a reset after the
/// body, a 5xx, the sidecar killed mid-call): which of the call's params identify its effect, and the read that
/// shows it. Declared with the operation, beside its reference; `Idempotency/` runs it.
public struct Reconciliation: Sendable {
    public enum Effect: Sendable, Equatable {
        /// It took effect: the answer the call would have had (nil when reads alone cannot rebuild it, e.g. a
        /// checkout session after a restart; a repeat of the call then fetches it).
        case applied(JSONValue?)
        /// A read shows it did not.
        case notApplied
        /// The read failed: still unknown.
        case cannotTell
    }

    public typealias Resolve = @Sendable (_ gateway: PluralGateway, _ ids: JSONObject, _ params: JSONObject?) async -> Effect

    /// Param paths (`order_id`, `payments[].merchant_payment_reference`) whose values identify the effect. They are
    /// kept in the journal (never the params themselves), so the lookup also works after a restart.
    public let identifiers: [String]
    public let resolve: Resolve

    public init(identifiers: [String], resolve: @escaping Resolve) {
        self.identifiers = identifiers
        self.resolve = resolve
    }

    /// Reads with `operation` (its params taken from the identifiers, `param: identifier`) and judges the
    /// answer with `shows`; a 404 means it did not take effect.
    public static func read(_ operation: String, _ readParams: KeyValuePairs<String, String>, identifiers: [String],
                            shows: @escaping @Sendable (_ answer: JSONValue, _ ids: JSONObject) -> Bool) -> Reconciliation {
        let mapping = Array(readParams)
        return Reconciliation(identifiers: identifiers) { gateway, ids, _ in
            var p = JSONObject()
            for (param, identifier) in mapping {
                guard let v = ids[identifier], !v.isNull else { return .cannotTell }
                p[param] = v
            }
            return await Self.readEffect(gateway, operation, p) { shows($0, ids) }
        }
    }

    /// One read: its answer judged, a 404 as "not applied", any other failure as "cannot tell".
    public static func readEffect(_ gateway: PluralGateway, _ operation: String, _ params: JSONObject,
                                  shows: (JSONValue) -> Bool) async -> Effect {
        guard let op = OperationCatalog.named(operation) else { return .cannotTell }
        do {
            let answer = try await gateway.call(op, params)
            return shows(answer) ? .applied(answer) : .notApplied
        } catch GatewayError.api(httpStatus: 404, _, _, _, _) {
            return .notApplied
        } catch {
            return .cannotTell
        }
    }

    /// The identifiers' values in `params`: `a.b` walks objects, `a[].b` collects from every element.
    public func identify(_ params: JSONObject) -> JSONObject {
        var ids = JSONObject()
        for path in identifiers {
            let values = Self.values(at: path.split(separator: ".").map(String.init), in: .object(params))
            if path.contains("[]") { ids[path] = .array(values) } else if let v = values.first { ids[path] = v }
        }
        return ids
    }

    static func values(at path: [String], in v: JSONValue) -> [JSONValue] {
        guard let head = path.first else { return v.isNull ? [] : [v] }
        let rest = Array(path.dropFirst())
        if head.hasSuffix("[]") {
            guard case .array(let items)? = v[String(head.dropLast(2))] else { return [] }
            return items.flatMap { values(at: rest, in: $0) }
        }
        guard let next = v[head] else { return [] }
        return values(at: rest, in: next)
    }
}

extension JSONValue {
    /// The strings (or integers as written) of a value that is one or an array of them: reference matching.
    var referenceTexts: [String] {
        switch self {
        case .string(let s): return [s]
        case .number(let n): return [n.text]
        case .array(let items): return items.flatMap(\.referenceTexts)
        default: return []
        }
    }
}
