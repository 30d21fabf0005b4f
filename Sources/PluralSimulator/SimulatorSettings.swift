import Plural
import Support

/// How the simulator behaves where the real gateway would be configured by Pine Labs.
public struct SimulatorSettings: Sendable {
    /// When set, the token endpoint accepts only these credentials; when nil, any non-empty pair.
    public var clientID: String?
    public var clientSecret: String?
    /// Hex key that signs v3 redirect callbacks (the merchant's `PLURAL_SECRET_KEY`).
    public var secretKeyHex: String
    /// Hex key of the legacy v1/v2 APIs (`PLURAL_MERCHANT_SECRET`).
    public var merchantSecretHex: String
    public var merchantID: String
    public var accessCode: String
    /// Lifetime of issued tokens, and which of Plural's two documented answer forms to use.
    public var tokenTTL: Double = 3600
    /// The definition answers `expires_at`; the guides show `expires_in` (simulator.configure switches).
    public var tokenForm: TokenForm = .expiresAt
    /// Base URL the simulator puts into the links it returns (challenge_url, redirect_url).
    public var publicBaseURL: String = "http://127.0.0.1"
    /// Where state changes are sent as webhooks (`PLURAL_SIMULATOR_WEBHOOK_URL`); nil: none are sent.
    public var webhookURL: String?
    /// Signs them with the merchant's `PLURAL_WEBHOOK_SECRET` (the built-in one when unset).
    public var webhookSigner = WebhookVerifier(key: Base64.decode(SimulatorSettings.defaultWebhookSecret) ?? [])

    public enum TokenForm: String, Sendable { case expiresIn = "expires_in", expiresAt = "expires_at" }

    /// Keys the simulator uses when the merchant has set none, so verification works out of the box.
    public static let defaultSecretKeyHex = "53494d554c41544f522d534543524554"  // "SIMULATOR-SECRET"
    /// Base64, as Plural's dashboard gives webhook secrets: the key is "simulator-webhook-secret".
    public static let defaultWebhookSecret = "c2ltdWxhdG9yLXdlYmhvb2stc2VjcmV0"
    public static let defaultMerchantSecretHex = "53494d2d4d45524348414e542d534543524554"  // "SIM-MERCHANT-SECRET"
    public static let defaultMerchantID = "106598"
    public static let defaultAccessCode = "4a39a6d4-46b7-474d-929d-21bf0e9ed607"

    public init(clientID: String? = nil, clientSecret: String? = nil, secretKeyHex: String = defaultSecretKeyHex,
                merchantSecretHex: String = defaultMerchantSecretHex, merchantID: String = defaultMerchantID,
                accessCode: String = defaultAccessCode) {
        self.clientID = clientID
        self.clientSecret = clientSecret
        self.secretKeyHex = secretKeyHex
        self.merchantSecretHex = merchantSecretHex
        self.merchantID = merchantID
        self.accessCode = accessCode
    }

    /// The settings matching a sidecar configuration: the simulator signs with the merchant's keys when
    /// they are set, and with the built-in ones otherwise.
    public init(config: PluralConfig) {
        self.init(clientID: config.values["PLURAL_CLIENT_ID"], clientSecret: config.values["PLURAL_CLIENT_SECRET"],
                  secretKeyHex: config.values["PLURAL_SECRET_KEY"] ?? Self.defaultSecretKeyHex,
                  merchantSecretHex: config.values["PLURAL_MERCHANT_SECRET"] ?? Self.defaultMerchantSecretHex,
                  merchantID: config.values["PLURAL_MERCHANT_ID"] ?? Self.defaultMerchantID,
                  accessCode: config.values["PLURAL_ACCESS_CODE"] ?? Self.defaultAccessCode)
        webhookURL = config.values["PLURAL_SIMULATOR_WEBHOOK_URL"]
        if config.values["PLURAL_WEBHOOK_SECRET"] != nil, let signer = try? WebhookVerifier(config: config) { webhookSigner = signer }
    }
}

extension PluralConfig {
    /// In simulator mode, fills the keys the simulator signs with, so `verifySignature` and the legacy
    /// calls work with no configuration at all. Values the user set are kept.
    public func withSimulatorDefaults() -> PluralConfig {
        var v = values
        if v["PLURAL_SECRET_KEY"] == nil { v["PLURAL_SECRET_KEY"] = SimulatorSettings.defaultSecretKeyHex }
        if v["PLURAL_MERCHANT_SECRET"] == nil { v["PLURAL_MERCHANT_SECRET"] = SimulatorSettings.defaultMerchantSecretHex }
        if v["PLURAL_WEBHOOK_SECRET"] == nil { v["PLURAL_WEBHOOK_SECRET"] = SimulatorSettings.defaultWebhookSecret }
        if v["PLURAL_MERCHANT_ID"] == nil { v["PLURAL_MERCHANT_ID"] = SimulatorSettings.defaultMerchantID }
        if v["PLURAL_ACCESS_CODE"] == nil { v["PLURAL_ACCESS_CODE"] = SimulatorSettings.defaultAccessCode }
        return PluralConfig(values: v)
    }
}
