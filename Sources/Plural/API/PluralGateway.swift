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

    /// Sends a call and checks its answer decodes as `T`; returns the answer's JSON (or its `data` member
    /// when `unwrapData`).
    func perform<T: Codable & Sendable>(_ call: APICall, as type: T.Type, unwrapData: Bool = true) async throws -> JSONValue {
        let answer = try await client.send(call)
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        do {
            if unwrapData {
                _ = try decoder.decode(DataEnvelope<T>.self, from: Data(answer.body))
            } else {
                _ = try decoder.decode(T.self, from: Data(answer.body))
            }
        } catch {
            throw GatewayError.malformedAnswer(httpStatus: answer.status, reason: "the answer does not match the \(String(describing: T.self)) shape: \(Self.describe(error))")
        }
        if unwrapData {
            guard let data = answer.json["data"] else {
                throw GatewayError.malformedAnswer(httpStatus: answer.status, reason: "the answer has no data member")
            }
            return data
        }
        return answer.json
    }

    /// A decoding error as a short path-and-problem sentence, without any values from the body.
    static func describe(_ error: Error) -> String {
        guard let e = error as? DecodingError else { return "undecodable" }
        func path(_ p: [CodingKey]) -> String { p.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".") }
        switch e {
        case .keyNotFound(let k, let c): return "missing \(path(c.codingPath + [k]))"
        case .typeMismatch(_, let c): return "wrong type at \(path(c.codingPath))"
        case .valueNotFound(_, let c): return "null at \(path(c.codingPath))"
        case .dataCorrupted(let c): return "bad value at \(path(c.codingPath))"
        @unknown default: return "undecodable"
        }
    }

    /// Percent-encodes one path segment (ids are validated first; this guards what validation allows).
    static func segment(_ s: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "/?#")
        return s.addingPercentEncoding(withAllowedCharacters: allowed) ?? s
    }
}
