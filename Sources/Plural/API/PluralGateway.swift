import Foundation
import Support

/// The gateway layer's front door: one method per Plural operation. Each validates its params before
/// any network call, sends through `PluralClient`, checks the answer against the typed model, and
/// returns the gateway's object whole (typed fields verified, everything else passed through).
public final class PluralGateway: Sendable {
    public let client: PluralClient
    public var config: PluralConfig { client.config }

    public init(client: PluralClient) {
        self.client = client
    }

    /// Sends a call and checks its answer decodes as `T`; returns the object that was checked, whole.
    ///
    /// The orders API wraps its answers in `{"data": …}` and the checkout API does not; either form is
    /// accepted for every call, so an answer is judged by its content rather than its envelope.
    func perform<T: Codable & Sendable>(_ call: APICall, as type: T.Type) async throws -> JSONValue {
        let answer = try await client.send(call)
        let subject: JSONValue
        if case .object(let data)? = answer.json["data"] { subject = .object(data) } else { subject = answer.json }
        guard case .object = subject else {
            throw GatewayError.malformedAnswer(httpStatus: answer.status, reason: "the answer is not a JSON object")
        }
        if let bad = Self.nonIntegerAmount(in: subject, path: "") {
            throw GatewayError.malformedAnswer(httpStatus: answer.status, reason: "\(bad) is not an integer number of paise")
        }
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        do {
            _ = try decoder.decode(T.self, from: Data(JSONWriter.bytes(subject)))
        } catch {
            throw GatewayError.malformedAnswer(httpStatus: answer.status, reason: "the answer does not match the \(String(describing: T.self)) shape: \(Self.describe(error))")
        }
        return subject
    }

    /// Checks a whole answer decodes as `T` (for calls whose answers need no unwrapping).
    static func check<T: Codable & Sendable>(_ answer: APIAnswer, as type: T.Type) throws {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        do {
            _ = try decoder.decode(T.self, from: Data(answer.body))
        } catch {
            throw GatewayError.malformedAnswer(httpStatus: answer.status, reason: "the answer does not match the \(String(describing: T.self)) shape: \(describe(error))")
        }
    }

    /// The path of the first amount (`{value, currency}` under a key ending in `amount`) whose value is not
    /// an integer as written. JSONDecoder would read `1100.0` or `1E-400` into an Int64; money must not pass that way.
    static func nonIntegerAmount(in v: JSONValue, path: String) -> String? {
        switch v {
        case .object(let o):
            for m in o.members {
                let here = path.isEmpty ? m.key : "\(path).\(m.key)"
                if m.key.hasSuffix("amount"), case .object(let a) = m.value, let value = a["value"] {
                    if case .number(let n) = value, !n.isInteger { return "\(here).value" }
                }
                if let bad = nonIntegerAmount(in: m.value, path: here) { return bad }
            }
        case .array(let items):
            for (i, item) in items.enumerated() {
                if let bad = nonIntegerAmount(in: item, path: "\(path)[\(i)]") { return bad }
            }
        default: break
        }
        return nil
    }

    /// A decoding error as a short path-and-problem sentence, without any values from the body.
    static func describe(_ error: Error) -> String {
        guard let e = error as? DecodingError else { return "undecodable" }
        func path(_ p: [CodingKey]) -> String {
            p.isEmpty ? "the top level" : p.map { $0.intValue.map { "[\($0)]" } ?? snakeCase($0.stringValue) }.joined(separator: ".")
        }
        switch e {
        case .keyNotFound(let k, let c): return "missing \(path(c.codingPath + [k]))"
        case .typeMismatch(_, let c): return "wrong type at \(path(c.codingPath))"
        case .valueNotFound(_, let c): return "null at \(path(c.codingPath))"
        case .dataCorrupted(let c): return "bad value at \(path(c.codingPath))"
        @unknown default: return "undecodable"
        }
    }

    /// `redirectUrl` → `redirect_url`: decoding keys named back as the gateway wrote them.
    static func snakeCase(_ name: String) -> String {
        var out = ""
        for c in name {
            if c.isUppercase { out += "_" + c.lowercased() } else { out.append(c) }
        }
        return out
    }

    /// Percent-encodes one path segment (ids are validated first; this guards what validation allows).
    static func segment(_ s: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "/?#")
        return s.addingPercentEncoding(withAllowedCharacters: allowed) ?? s
    }
}
