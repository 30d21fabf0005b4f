import Foundation
import Plural
import Support

extension PluralSimulator {
    /// POST /api/auth/v1/token with `client_credentials`. Errors take the token endpoint's own form
    /// (`{error, error_description}`), not the API's.
    func issueToken(_ request: HTTPRequest) -> HTTPResponse {
        state.withLock { $0.tokenRequests += 1 }
        guard let json = try? JSONParser.parse(request.body), case .object(let body) = json else {
            return Self.json(400, ["error": "invalid_request", "error_description": "The body must be a JSON object."])
        }
        guard body["grant_type"] == .string("client_credentials") else {
            return Self.json(400, ["error": "unsupported_grant_type", "error_description": "grant_type must be client_credentials."])
        }
        guard case .string(let id)? = body["client_id"], !id.isEmpty, case .string(let secret)? = body["client_secret"], !secret.isEmpty else {
            return Self.json(400, ["error": "invalid_request", "error_description": "client_id and client_secret are required."])
        }
        if let accepted = state.withLock({ $0.acceptedSecrets }), !accepted.contains(where: { ConstantTime.equals(Array(secret.utf8), Array($0.utf8)) }) {
            return Self.json(401, ["error": "invalid_client", "error_description": "Client authentication failed."])
        }
        if let expectedID = settings.clientID, let expectedSecret = settings.clientSecret,
           !(ConstantTime.equals(Array(id.utf8), Array(expectedID.utf8)) && ConstantTime.equals(Array(secret.utf8), Array(expectedSecret.utf8))) {
            return Self.json(401, ["error": "invalid_client", "error_description": "Client authentication failed."])
        }
        let token = Self.randomToken()
        let (ttl, form) = state.withLock { s -> (Double, SimulatorSettings.TokenForm) in
            let ttl = s.tokenTTLOverride ?? settings.tokenTTL
            s.tokens[token] = Date().timeIntervalSince1970 + ttl
            if s.acceptedSecrets != nil { s.tokenSecrets[token] = secret }
            // Forget long-expired tokens so a long soak does not grow without bound.
            if s.tokens.count > 10_000 {
                let now = Date().timeIntervalSince1970
                s.tokens = s.tokens.filter { $0.value > now }
                s.tokenSecrets = s.tokenSecrets.filter { s.tokens[$0.key] != nil }
            }
            return (ttl, s.tokenFormOverride ?? settings.tokenForm)
        }
        switch form {
        case .expiresIn:
            let seconds = ttl == ttl.rounded() ? JSONValue.int(Int(ttl)) : .number(JSONNumber(text: String(ttl)))
            return Self.json(200, ["access_token": .string(token), "expires_in": seconds])
        case .expiresAt:
            return Self.json(200, ["access_token": .string(token), "expires_at": .string(ISO8601.format(Date().addingTimeInterval(ttl)))])
        }
    }

    static func randomToken() -> String {
        var g = SystemRandomNumberGenerator()
        let bytes = (0..<24).map { _ in UInt8.random(in: 0...255, using: &g) }
        return "sim." + Base64.encode(bytes).replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
    }
}
