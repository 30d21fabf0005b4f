import JSONRPC
import Plural
import Support

/// Signature checks. Pure computation: answered on the reading thread, no gateway call.
enum VerifySignature: SidecarMethod {
    static let name = "verifySignature"
    static let tag = "signatures"
    static let summary = "Verify fields Plural signed (v3 redirect callback, v2 callback, v2 inquiry/refund answer); the scheme is detected from the payload."
    static let description = """
    Pass the fields exactly as received at the return URL (or from an inquiry). v3: HMAC-SHA256 of the sorted k=v&… \
    string of every field but `signature`, under the hex PLURAL_SECRET_KEY. v2: the same without dia_secret/dia_secret_type \
    (or ppc_DIA_SECRET/ppc_DIA_SECRET_TYPE), under the hex PLURAL_MERCHANT_SECRET. A mismatch answers valid: false.
    """
    static let params = [Param("payload", required: true, Schema.object([:], description: "The signed fields, values exactly as received."))]
    static let resultName = "verification"
    static let result = Schema.object([
        "valid": Schema.boolean,
        "scheme": Schema.enumeration(["v3-callback", "v2-callback", "v2-inquiry"], "Which of Plural's schemes signed the payload."),
    ], required: ["valid", "scheme"])
    static let errors: [ErrorCode] = [.settingMissing]

    static func handler(_ c: MethodContext) -> RPCHandler {
        let verifiers = c.store.derived(from: ["PLURAL_SECRET_KEY", "PLURAL_MERCHANT_SECRET"]) { CallbackVerifier(config: $0) }
        return .immediate { params in
            let verifier = verifiers.value
            guard let payloadValue = params["payload"], !payloadValue.isNull else { throw RPCError.invalidParams(field: "payload", reason: "is required") }
            guard case .object(let payload) = payloadValue else { throw RPCError.invalidParams(field: "payload", reason: "must be an object") }
            let outcome = try verifier.verify(payload)
            return ["valid": .bool(outcome.valid), "scheme": .string(outcome.scheme.rawValue)]
        }
    }
}

enum VerifyWebhook: SidecarMethod {
    static let name = "verifyWebhook"
    static let tag = "signatures"
    static let summary = "Verify a Plural webhook (webhook-id, webhook-timestamp, webhook-signature over the raw body); answers the event for de-duplication."
    static let params = [
        Param("headers", required: true, Schema.object([
            "webhook-id": Schema.string, "webhook-timestamp": Schema.string("Unix seconds."),
            "webhook-signature": Schema.string("Space-separated v1,<base64> entries."),
        ], description: "The request's headers; names in any case.")),
        Param("body", required: true, Schema.string("The raw request body, byte for byte as received.")),
    ]
    static let resultName = "verification"
    static let result = Schema.object([
        "valid": Schema.boolean,
        "webhook_id": Schema.string("Redeliveries keep it: de-duplicate on it."),
        "replay": Schema.boolean("True when this webhook-id was already verified within the tolerance (a redelivery): do not act on it twice."),
        "event_type": Schema.string("E.g. ORDER_PROCESSED (only when valid)."),
        "data": Schema.anyObject,
        "reason": Schema.string("Why it is not valid."),
    ], required: ["valid", "webhook_id"])
    static let errors: [ErrorCode] = [.settingMissing]

    static func handler(_ c: MethodContext) -> RPCHandler {
        let verifiers = c.store.derived(from: ["PLURAL_WEBHOOK_SECRET", "PLURAL_WEBHOOK_SECRET_ENCODING"]) { config in Result { try WebhookVerifier(config: config) } }
        return .immediate { params in
            let verifier = verifiers.value
            let p = Params(params)
            let headersObject = try p.object("headers")
            var headers: [String: String] = [:]
            for m in headersObject.object {
                guard case .string(let v) = m.value else { throw RPCError.invalidParams(field: "headers.\(m.key)", reason: "must be a string") }
                headers[m.key] = v
            }
            let body = try p.string("body", maxLength: Int.max, allowEmpty: true)
            let outcome = try verifier.get().verify(headers: headers, body: body)
            var result: JSONObject = ["valid": .bool(outcome.valid), "webhook_id": .string(outcome.webhookID)]
            if outcome.valid {
                result["replay"] = .bool(outcome.replay)
                // Only a verified body is handed back as data.
                let event = try? JSONParser.parse(body)
                let type = event?["event_type"] ?? event?["event"] ?? event?["type"] ?? event?["event_name"]
                result["event_type"] = type ?? .null
                result["data"] = event?["data"] ?? event ?? .null
            } else if let reason = outcome.reason {
                result["reason"] = .string(reason)
            }
            return .object(result)
        }
    }
}
