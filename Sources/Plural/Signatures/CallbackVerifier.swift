import Support

/// Verifies everything Plural signs with a field signature, detecting the scheme from the payload.
public struct CallbackVerifier: Sendable {
    public enum Scheme: String, Sendable {
        /// v3 redirect callback: `signature`, HMAC under the hex `PLURAL_SECRET_KEY`.
        case v3Callback = "v3-callback"
        /// v2 hosted-checkout callback: `dia_secret`, HMAC under the hex `PLURAL_MERCHANT_SECRET`.
        case v2Callback = "v2-callback"
        /// v2 inquiry / refund answer: `ppc_DIA_SECRET`, HMAC under the hex `PLURAL_MERCHANT_SECRET`.
        case v2Inquiry = "v2-inquiry"

        /// The fields that carry the signature and are left out of the signed message.
        public var signatureFields: Set<String> {
            switch self {
            case .v3Callback: return ["signature"]
            case .v2Callback: return ["dia_secret", "dia_secret_type"]
            case .v2Inquiry: return ["ppc_DIA_SECRET", "ppc_DIA_SECRET_TYPE"]
            }
        }

        public var signatureField: String {
            switch self {
            case .v3Callback: return "signature"
            case .v2Callback: return "dia_secret"
            case .v2Inquiry: return "ppc_DIA_SECRET"
            }
        }
    }

    public struct Outcome: Sendable, Equatable {
        public let valid: Bool
        public let scheme: Scheme
    }

    /// Keys decoded once: verification runs on the hot path (tens of thousands a second).
    private let secretKey: Result<HMACKey, ConfigError>
    private let merchantKey: Result<HMACKey, ConfigError>

    public init(config: PluralConfig) {
        func key(_ name: String) -> Result<HMACKey, ConfigError> {
            do throws(ConfigError) { return .success(HMACKey(try config.hexKey(name))) } catch { return .failure(error) }
        }
        secretKey = key("PLURAL_SECRET_KEY")
        merchantKey = key("PLURAL_MERCHANT_SECRET")
    }

    /// Which scheme a payload is signed with, or nil when nothing in it is a signature.
    public static func scheme(of payload: JSONObject) -> Scheme? {
        if payload.contains("ppc_DIA_SECRET") { return .v2Inquiry }
        if payload.contains("dia_secret") { return .v2Callback }
        if payload.contains("signature") { return .v3Callback }
        return nil
    }

    /// A mismatch is `valid: false`, not an error. A payload with no signature field is a params error;
    /// a missing key is a settings error.
    public func verify(_ payload: JSONObject) throws -> Outcome {
        guard let scheme = Self.scheme(of: payload) else {
            throw ValidationError(field: "payload", reason: "has no signature, dia_secret or ppc_DIA_SECRET field: nothing to verify")
        }
        let key = try (scheme == .v3Callback ? secretKey : merchantKey).get()
        guard case .string(let received)? = payload[scheme.signatureField] else { return Outcome(valid: false, scheme: scheme) }
        let message = SignedFields.message(SignedFields.fields(of: payload), excluding: scheme.signatureFields)
        let expected = Hex.encode(key.mac(message), uppercase: true)
        return Outcome(valid: SignedFields.matches(received: received, expected: expected), scheme: scheme)
    }
}
