import Support

/// The v2 transaction API at {PG}/api/PG/V2: inquiry (`ppc_TransactionType=3`) and refund (`=10`).
/// Requests and answers are both signed with `ppc_DIA_SECRET`; an answer whose signature does not verify
/// is refused (-32005), so an unverified payment status never reaches the caller.
extension PluralGateway {
    public func inquiry(_ params: JSONObject) async throws -> JSONValue {
        let p = Params(params)
        let txnID = try p.string("unique_merchant_txn_id", maxLength: 100)
        return try await legacyTransaction(name: "inquiry", type: "3", fields: [("ppc_UniqueMerchantTxnID", txnID)], retry: .read)
    }

    /// A refund of a v2 payment. Not retried once sent.
    public func legacyRefund(_ params: JSONObject) async throws -> JSONValue {
        let p = Params(params)
        let txnID = try p.string("unique_merchant_txn_id", maxLength: 100)
        let pineID: String
        if case .number(let n)? = params["pine_pg_transaction_id"], n.isInteger { pineID = n.text } else {
            pineID = try p.string("pine_pg_transaction_id", maxLength: 50)
        }
        let amount = try p.paise("amount")
        return try await legacyTransaction(name: "legacyRefund", type: "10", fields: [
            ("ppc_UniqueMerchantTxnID", txnID), ("ppc_PinePGTransactionID", pineID), ("ppc_Amount", String(amount)),
        ], retry: .notSentOnly)
    }

    private func legacyTransaction(name: String, type: String, fields: [(String, String)], retry: APICall.RetryPolicy) async throws -> JSONValue {
        let creds = try LegacyCredentials(config)
        var form: [(key: String, value: String)] = [("ppc_MerchantID", creds.merchantID), ("ppc_MerchantAccessCode", creds.accessCode),
                                                    ("ppc_TransactionType", type)]
        form += fields.map { (key: $0.0, value: $0.1) }
        let message = SignedFields.message(form, excluding: CallbackVerifier.Scheme.v2Inquiry.signatureFields)
        form.append(("ppc_DIA_SECRET", SignedFields.sign(message, key: creds.secret)))
        form.append(("ppc_DIA_SECRET_TYPE", "SHA256"))
        var call = APICall(name: name, method: "POST", host: .pg, path: "/api/PG/V2", retry: retry)
        call.bearer = false
        call.rawBody = FormURL.encode(form)
        call.contentType = "application/x-www-form-urlencoded"
        let answer = try await client.send(call)
        // The signature covers the answer as sent, before card numbers and the access code were masked.
        guard case .object(let signed)? = try? JSONParser.parse(answer.body), case .object(var result) = answer.json else {
            throw GatewayError.malformedAnswer(httpStatus: answer.status, reason: "the answer is not a JSON object")
        }
        guard case .string(let received)? = signed["ppc_DIA_SECRET"] else {
            throw GatewayError.malformedAnswer(httpStatus: answer.status, reason: "the answer carries no ppc_DIA_SECRET; its status cannot be trusted")
        }
        let expected = SignedFields.sign(SignedFields.message(SignedFields.fields(of: signed), excluding: CallbackVerifier.Scheme.v2Inquiry.signatureFields),
                                         key: creds.secret)
        guard SignedFields.matches(received: received, expected: expected) else {
            throw GatewayError.malformedAnswer(httpStatus: answer.status, reason: "the answer's ppc_DIA_SECRET does not verify; its status cannot be trusted")
        }
        let status = LegacyStatus(signed)
        result["outcome"] = .string(status.outcome)
        result["payment_succeeded"] = .bool(status.paymentSucceeded)
        return .object(result)
    }
}

/// What a `ppc_` answer means, by the seeds' status table: status 4 with response code 1 is success;
/// -7 is failed; 1 means ask again later. For a refund or a later inquiry the purchase itself is described
/// by the `Parent` fields.
public struct LegacyStatus: Sendable {
    /// A `ppc_` amount field (digits as text) in paise; 0 when absent or not digits.
    public static func paise(_ v: JSONValue?) -> Int64 {
        switch v {
        case .string(let s)?: return Int64(s) ?? 0
        case .number(let n)?: return n.int64 ?? 0
        default: return 0
        }
    }

    public let outcome: String
    public let paymentSucceeded: Bool

    public init(_ f: JSONObject) {
        func s(_ k: String) -> String { f[k].map(SignedFields.text) ?? "" }
        let status = s("ppc_PinePGTxnStatus"), code = s("ppc_TxnResponseCode")
        let parentStatus = s("ppc_Parent_TxnStatus"), parentCode = s("ppc_ParentTxnResponseCode")
        let selfSucceeded = status == "4" && code == "1"
        paymentSucceeded = selfSucceeded || (parentStatus == "4" && parentCode == "1")
        if selfSucceeded { outcome = "success" }
        else if status == "-7" { outcome = "failed" }
        else if status == "1" { outcome = "pending" }
        else if paymentSucceeded { outcome = "success" }
        else if parentStatus == "-7" { outcome = "failed" }
        else { outcome = "unknown" }
    }
}
