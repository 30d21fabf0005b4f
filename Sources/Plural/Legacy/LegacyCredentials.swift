import Support

/// The legacy (v1/v2) merchant identity and signing key, from `PLURAL_MERCHANT_ID`, `PLURAL_ACCESS_CODE`
/// and `PLURAL_MERCHANT_SECRET` (hex).
struct LegacyCredentials {
    let merchantID: String
    let accessCode: String
    let secret: [UInt8]

    init(_ config: PluralConfig, needsIdentity: Bool = true) throws {
        secret = try config.hexKey("PLURAL_MERCHANT_SECRET")
        merchantID = needsIdentity ? try config.require("PLURAL_MERCHANT_ID") : (config.values["PLURAL_MERCHANT_ID"] ?? "")
        accessCode = needsIdentity ? try config.require("PLURAL_ACCESS_CODE") : (config.values["PLURAL_ACCESS_CODE"] ?? "")
    }

    /// `merchant_data` with `merchant_id` / `merchant_access_code` filled from config where the caller left
    /// them out. The v2 docs type `merchant_id` as an integer, so a numeric id is sent as a number.
    func fill(_ merchantData: JSONObject, config: PluralConfig) throws -> JSONObject {
        var m = merchantData
        if m["merchant_id"] == nil || m["merchant_id"]?.isNull == true {
            let id = try config.require("PLURAL_MERCHANT_ID")
            m["merchant_id"] = Int64(id).map { .number(JSONNumber($0)) } ?? .string(id)
        }
        if m["merchant_access_code"] == nil || m["merchant_access_code"]?.isNull == true {
            m["merchant_access_code"] = .string(try config.require("PLURAL_ACCESS_CODE"))
        }
        return m
    }
}


extension PluralGateway {
    /// Sends a v1/v2 request the signed way: `merchant_data` completed from config, the JSON base64-encoded
    /// as `{"request": …}`, and `X-VERIFY` over that base64 text. No bearer token; not retried once sent.
    func sendSigned(name: String, host: APICall.Host, path: String, _ params: JSONObject, merchantData: Params) async throws -> APIAnswer {
        let creds = try LegacyCredentials(config, needsIdentity: false)
        var body = params
        body["merchant_data"] = .object(try creds.fill(merchantData.object, config: config))
        let signed = RequestSigning.encode(.object(body), merchantSecret: creds.secret)
        var call = APICall(name: name, method: "POST", host: host, path: path, body: ["request": .string(signed.base64)], retry: .notSentOnly)
        call.bearer = false
        call.headers = [("X-VERIFY", signed.xVerify)]
        return try await client.send(call)
    }

    /// A v2/v1 answer's `response_code` must be 1; anything else is the gateway refusing (-32001).
    static func requireSuccess(_ answer: APIAnswer) throws {
        let code = answer.json["response_code"]
        if case .number(let n)? = code, n.int == 1 { return }
        if case .string(let s)? = code, s == "1" { return }
        let codeText = code.map(SignedFields.text)
        throw GatewayError.api(httpStatus: answer.status, code: codeText, message: answer.json["response_message"]?.stringValue,
                               details: code.map { ["response_code": $0, "response_message": answer.json["response_message"] ?? .null] },
                               requestID: answer.requestID)
    }
}
