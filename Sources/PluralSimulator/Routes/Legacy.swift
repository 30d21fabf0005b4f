import Foundation
import Plural
import Support

/// The legacy v1/v2 endpoints, signing and checking exactly what the real gateway signs and checks:
/// `X-VERIFY` on base64 request bodies, `ppc_DIA_SECRET` on inquiry and refund both ways, and `dia_secret`
/// on the hosted-checkout callback.
extension PluralSimulator {
    func legacy(_ request: HTTPRequest) -> HTTPResponse {
        let path = request.path
        switch (request.method.uppercased(), path.lowercased()) {
        case ("POST", "/api/v2/accept/payment"): return acceptPayment(request)
        case ("POST", "/api/v2/process/payment"): return processPayment(request)
        case ("POST", "/api/pg/v2"): return transaction(request)
        case ("POST", "/api/v1/order/create/1"): return orderToken(request)
        default: return Self.error(404, "NOT_FOUND", "No legacy route for \(request.method) \(path).")
        }
    }

    /// `{"request": base64}` checked against `X-VERIFY`, then decoded.
    private func signedRequest(_ request: HTTPRequest) -> Result<JSONObject, LegacyRefusal> {
        guard let json = try? JSONParser.parse(request.body), case .string(let b64)? = json["request"] else {
            return .failure(LegacyRefusal(code: "1001", message: "INVALID_REQUEST_BODY"))
        }
        let expected = Hex.encode(merchantKey.mac(b64), uppercase: true)
        guard let verify = request.header("X-VERIFY"), ConstantTime.hexEquals(verify, expected) else {
            return .failure(LegacyRefusal(code: "1160", message: "SECURE_HASH_RETURNED_FROM_MERCHANT_NOT_MATCH"))
        }
        guard let raw = Base64.decode(b64), let decoded = try? JSONParser.parse(raw), case .object(let o) = decoded else {
            return .failure(LegacyRefusal(code: "1002", message: "INVALID_BASE64_REQUEST"))
        }
        return .success(o)
    }

    struct LegacyRefusal: Error { let code: String; let message: String }

    private func merchantMatches(_ m: JSONValue?) -> Bool {
        guard let m, let id = m["merchant_id"].map(SignedFields.text), id == settings.merchantID,
              m["merchant_access_code"]?.stringValue == settings.accessCode else { return false }
        return true
    }

    // MARK: v2 accept / process

    func acceptPayment(_ request: HTTPRequest) -> HTTPResponse {
        let body: JSONObject
        switch signedRequest(request) {
        case .success(let o): body = o
        case .failure(let r): return Self.json(200, ["response_code": .int(Int(r.code) ?? -1), "response_message": .string(r.message)])
        }
        guard merchantMatches(body["merchant_data"]) else {
            return Self.json(200, ["response_code": -1, "response_message": "INVALID_MERCHANT_ID_OR_ACCESS_CODE"])
        }
        guard case .string(let txnID)? = body["merchant_data"]?["unique_merchant_txn_id"], !txnID.isEmpty,
              case .number(let n)? = body["payment_data"]?["amount_in_paisa"], let amount = n.int64, amount > 0 else {
            return Self.json(200, ["response_code": -1, "response_message": "INVALID_REQUEST_DATA"])
        }
        let token = Self.randomToken().replacingOccurrences(of: "sim.", with: "S0")
        let encoded = FormURL.escape(token)
        let duplicate = state.withLock { s -> Bool in
            if s.legacy.transactions[txnID] != nil { return true }
            s.legacy.nextTransactionID += 1
            s.legacy.transactions[txnID] = ["status": "1", "code": "0", "amount": .string(String(amount)),
                                            "pine_id": .string(String(s.legacy.nextTransactionID)), "captured": "0", "refunded": "0",
                                            "mode": .string(SignedFields.text(body["txn_data"]?["payment_mode"] ?? "1")),
                                            "return_url": body["merchant_data"]?["merchant_return_url"] ?? ""]
            s.legacy.tokens[token] = txnID
            return false
        }
        if duplicate { return Self.json(200, ["response_code": -1, "response_message": "DUPLICATE_UNIQUE_MERCHANT_TXN_ID"]) }
        var answer: JSONObject = ["token": .string(encoded), "response_code": 1, "response_message": "SUCCESS"]
        if SignedFields.text(body["txn_data"]?["navigation_mode"] ?? "2") == "2" {
            answer["redirect_url"] = .string("\(publicBaseURL)/pinepg/v2/process/payment?token=\(encoded)")
        }
        return Self.json(200, .object(answer))
    }

    func processPayment(_ request: HTTPRequest) -> HTTPResponse {
        let raw = request.query["token"] ?? ""
        guard let txnID = state.withLock({ $0.legacy.tokens[raw] }) else {
            return Self.json(200, ["response_code": -1, "response_message": "INVALID_TOKEN"])
        }
        guard let json = try? JSONParser.parse(request.body), case .object(let body) = json else {
            return Self.json(200, ["response_code": -1, "response_message": "INVALID_REQUEST_BODY"])
        }
        let pineID = state.withLock { $0.legacy.transactions[txnID]?["pine_id"]?.stringValue ?? "0" }
        if case .object(let card)? = body["card_data"] {
            let digits = Array((card["card_number"]?.stringValue ?? "").utf8.filter { $0 >= 0x30 && $0 <= 0x39 })
            guard (12...19).contains(digits.count), Redactor.luhn(digits) else {
                return Self.json(200, ["response_code": -1, "response_message": "INVALID_CARD_NUMBER"])
            }
            return Self.json(200, ["response_code": 1, "response_message": "SUCCESS",
                                   "redirect_url": .string("\(publicBaseURL)/pinepg/v2/process/payment/redirect?token=\(FormURL.escape(raw))")])
        }
        if case .object(let upi)? = body["upi_data"] {
            if let vpa = upi["vpa"]?.stringValue, !vpa.isEmpty {
                return Self.json(200, ["response_code": 1, "response_message": "SUCCESS"])  // collect: the customer is notified
            }
            let amount = state.withLock { $0.legacy.transactions[txnID]?["amount"]?.stringValue ?? "0" }
            let rupees = (Int64(amount) ?? 0) / 100, paise = (Int64(amount) ?? 0) % 100
            return Self.json(200, [
                "pg_upi_unique_request_id": .string("SIM\(pineID)"),
                "deep_link": .string("upi://pay?pa=sim.merchant@pineaxis&pn=Simulator&am=\(rupees).\(paise < 10 ? "0" : "")\(paise)&tr=\(pineID)&cu=INR"),
                "pine_pg_transaction_id": .number(JSONNumber(text: pineID)),
                "short_link": .string("\(publicBaseURL)/upi/\(pineID)"),
                "response_code": 1, "response_message": "SUCCESS",
            ])
        }
        if body["netbanking_data"] != nil || body["wallet_data"] != nil {
            return Self.json(200, ["response_code": 1, "response_message": "SUCCESS",
                                   "redirect_url": .string("\(publicBaseURL)/pinepg/v2/process/payment/redirect?token=\(FormURL.escape(raw))")])
        }
        return Self.json(200, ["response_code": -1, "response_message": "NO_PAYMENT_INSTRUMENT"])
    }

    /// The customer side of a v2 payment: marks it paid (status 4, code 1) or failed (-7) and returns the
    /// callback fields with their `dia_secret`.
    public func payLegacy(uniqueMerchantTxnID txnID: String, outcome: PayOutcome) -> Result<JSONValue, SimulatorFailure> {
        let now = Self.legacyTimestamp()
        let result = state.withLock { s -> Result<JSONObject, SimulatorFailure> in
            guard var t = s.legacy.transactions[txnID] else {
                return .failure(SimulatorFailure(code: "TXN_NOT_FOUND", message: "No v2 transaction \(txnID)."))
            }
            guard t["status"] == "1" else { return .failure(SimulatorFailure(code: "INVALID_TXN_STATE", message: "Transaction \(txnID) is already complete.")) }
            t["status"] = outcome == .success ? "4" : "-7"
            t["code"] = outcome == .success ? "1" : "-1"
            t["captured"] = outcome == .success ? t["amount"]! : "0"
            t["completed_at"] = .string(now)
            s.legacy.transactions[txnID] = t
            return .success(t)
        }
        switch result {
        case .failure(let f): return .failure(f)
        case .success(let t):
            var fields: [(key: String, value: String)] = [
                ("merchant_id", settings.merchantID), ("merchant_access_code", settings.accessCode), ("unique_merchant_txn_id", txnID),
                ("pine_pg_txn_status", t["status"]!.stringValue!), ("txn_completion_date_time", now),
                ("amount_in_paisa", t["amount"]!.stringValue!), ("txn_response_code", t["code"]!.stringValue!),
                ("txn_response_msg", outcome == .success ? "SUCCESS" : "FAILURE"), ("acquirer_name", "SIMULATOR"),
                ("pine_pg_transaction_id", t["pine_id"]!.stringValue!), ("captured_amount_in_paisa", t["captured"]!.stringValue!),
                ("refund_amount_in_paisa", "0"), ("payment_mode", t["mode"]?.stringValue ?? "1"), ("mobile_no", ""),
                ("udf_field_1", ""), ("udf_field_2", ""), ("udf_field_3", ""), ("udf_field_4", ""),
                ("Acquirer_Response_Code", outcome == .success ? "0300" : "0399"), ("Acquirer_Response_Message", "DEFAULT"),
                ("parent_txn_status", ""), ("parent_txn_response_code", ""), ("parent_txn_response_message", ""),
            ]
            let signature = Hex.encode(merchantKey.mac(SignedFields.message(fields, excluding: [])), uppercase: true)
            fields.append(("dia_secret", signature))
            fields.append(("dia_secret_type", "SHA256"))
            return .success(.object(JSONObject(fields.map { JSONObject.Member(key: $0.key, value: .string($0.value)) })))
        }
    }

    static func legacyTimestamp(_ date: Date = Date()) -> String {
        var t = time_t(date.timeIntervalSince1970)
        var tmv = tm()
        gmtime_r(&t, &tmv)
        let h12 = tmv.tm_hour % 12 == 0 ? 12 : tmv.tm_hour % 12
        func p(_ v: Int32) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return "\(p(tmv.tm_mday))/\(p(tmv.tm_mon + 1))/\(tmv.tm_year + 1900) \(p(h12)):\(p(tmv.tm_min)):\(p(tmv.tm_sec)) \(tmv.tm_hour < 12 ? "AM" : "PM")"
    }

    // MARK: inquiry / refund

    func transaction(_ request: HTTPRequest) -> HTTPResponse {
        let form = FormURL.decode(request.body)
        var fields: [String: String] = [:]
        for (k, v) in form { fields[k] = v }
        let expected = Hex.encode(merchantKey.mac(SignedFields.message(form, excluding: ["ppc_DIA_SECRET", "ppc_DIA_SECRET_TYPE"])), uppercase: true)
        guard let dia = fields["ppc_DIA_SECRET"], ConstantTime.hexEquals(dia, expected) else {
            return signedPPC([("ppc_TxnResponseCode", "-10"), ("ppc_TxnResponseMessage", "HASH_NOT_MATCHED"), ("ppc_PinePGTxnStatus", "-1")])
        }
        guard fields["ppc_MerchantID"] == settings.merchantID, fields["ppc_MerchantAccessCode"] == settings.accessCode else {
            return signedPPC([("ppc_TxnResponseCode", "-1"), ("ppc_TxnResponseMessage", "INVALID MERCHANT"), ("ppc_PinePGTxnStatus", "-1")])
        }
        let txnID = fields["ppc_UniqueMerchantTxnID"] ?? ""
        switch fields["ppc_TransactionType"] {
        case "3":
            guard let t = state.withLock({ $0.legacy.transactions[txnID] }) else {
                return signedPPC([("ppc_UniqueMerchantTxnID", txnID), ("ppc_TxnResponseCode", "-40"), ("ppc_TxnResponseMessage", "TRANSACTION NOT FOUND"),
                                  ("ppc_PinePGTxnStatus", "-1")])
            }
            return signedPPC(ppcFields(txnID, t))
        case "10":
            let amount = Int64(fields["ppc_Amount"] ?? "") ?? 0
            let result = state.withLock { s -> [(String, String)] in
                guard var t = s.legacy.transactions[txnID], t["pine_id"]?.stringValue == fields["ppc_PinePGTransactionID"] else {
                    return [("ppc_UniqueMerchantTxnID", txnID), ("ppc_TxnResponseCode", "-40"), ("ppc_TxnResponseMessage", "TRANSACTION NOT FOUND"),
                            ("ppc_PinePGTxnStatus", "-1")]
                }
                let captured = Int64(t["captured"]?.stringValue ?? "0") ?? 0, refunded = Int64(t["refunded"]?.stringValue ?? "0") ?? 0
                guard t["status"] == "4", amount > 0, amount <= captured - refunded else {
                    return [("ppc_UniqueMerchantTxnID", txnID), ("ppc_TxnResponseCode", "-20"), ("ppc_TxnResponseMessage", "REFUND NOT ALLOWED"),
                            ("ppc_PinePGTxnStatus", "-1"), ("ppc_Parent_TxnStatus", t["status"]?.stringValue ?? ""),
                            ("ppc_ParentTxnResponseCode", t["code"]?.stringValue ?? "")]
                }
                t["refunded"] = .string(String(refunded + amount))
                s.legacy.transactions[txnID] = t
                return [("ppc_MerchantID", settings.merchantID), ("ppc_MerchantAccessCode", settings.accessCode), ("ppc_PinePGTxnStatus", "1"),
                        ("ppc_TransactionCompletionDateTime", Self.legacyTimestamp()), ("ppc_UniqueMerchantTxnID", txnID),
                        ("ppc_Amount", String(amount)), ("ppc_TxnResponseCode", "2"), ("ppc_TxnResponseMessage", "REFUND PROCESS INITIATED"),
                        ("ppc_PinePGTransactionID", "0"), ("ppc_CapturedAmount", "0"), ("ppc_RefundedAmount", "0"),
                        ("ppc_ParentTxnResponseCode", "1"), ("ppc_Parent_TxnStatus", "4"), ("ppc_ParentTxnResponseMessage", "SUCCESS")]
            }
            return signedPPC(result)
        default:
            return signedPPC([("ppc_TxnResponseCode", "-1"), ("ppc_TxnResponseMessage", "INVALID TRANSACTION TYPE")])
        }
    }

    private func ppcFields(_ txnID: String, _ t: JSONObject) -> [(String, String)] {
        [("ppc_MerchantID", settings.merchantID), ("ppc_MerchantAccessCode", settings.accessCode),
         ("ppc_PinePGTxnStatus", t["status"]?.stringValue ?? ""), ("ppc_TransactionCompletionDateTime", t["completed_at"]?.stringValue ?? ""),
         ("ppc_UniqueMerchantTxnID", txnID), ("ppc_Amount", t["amount"]?.stringValue ?? ""),
         ("ppc_TxnResponseCode", t["code"]?.stringValue ?? ""), ("ppc_TxnResponseMessage", t["status"] == "4" ? "SUCCESS" : t["status"] == "1" ? "INITIATED" : "FAILURE"),
         ("ppc_PinePGTransactionID", t["pine_id"]?.stringValue ?? ""), ("ppc_CapturedAmount", t["captured"]?.stringValue ?? "0"),
         ("ppc_RefundedAmount", t["refunded"]?.stringValue ?? "0"), ("ppc_AcquirerName", "SIMULATOR"),
         ("ppc_PaymentMode", t["mode"]?.stringValue ?? "1"), ("ppc_Parent_TxnStatus", t["status"]?.stringValue ?? ""),
         ("ppc_ParentTxnResponseCode", t["code"]?.stringValue ?? ""), ("ppc_ParentTxnResponseMessage", t["status"] == "4" ? "SUCCESS" : ""),
         ("ppc_UdfField1", ""), ("ppc_UdfField2", ""), ("ppc_UdfField3", ""), ("ppc_UdfField4", ""),
         ("ppc_RRN", t["status"] == "4" ? "42014500\(t["pine_id"]?.stringValue ?? "")" : ""), ("ppc_AcquirerResponseCode", "SUCCESS"),
         ("ppc_AcquirerResponseMessage", "SUCCESS")]
    }

    /// A `ppc_` answer with its own `ppc_DIA_SECRET`, as the gateway signs it.
    private func signedPPC(_ pairs: [(String, String)]) -> HTTPResponse {
        let fields = pairs.map { (key: $0.0, value: $0.1) }
        let signature = Hex.encode(merchantKey.mac(SignedFields.message(fields, excluding: [])), uppercase: true)
        var o = JSONObject(fields.map { JSONObject.Member(key: $0.key, value: .string($0.value)) })
        o["ppc_DIA_SECRET"] = .string(signature)
        o["ppc_DIA_SECRET_TYPE"] = "SHA256"
        return Self.json(200, .object(o))
    }

    // MARK: v1 order token

    func orderToken(_ request: HTTPRequest) -> HTTPResponse {
        let body: JSONObject
        switch signedRequest(request) {
        case .success(let o): body = o
        case .failure(let r): return Self.json(400, ["error_code": .string(r.code), "error_message": .string(r.message)])
        }
        guard merchantMatches(body["merchant_data"]) else {
            return Self.json(400, ["error_code": "1002", "error_message": "INVALID_MERCHANT_ID_OR_ACCESS_CODE"])
        }
        guard case .string(let orderID)? = body["merchant_data"]?["merchant_order_id"], !orderID.isEmpty else {
            return Self.json(400, ["error_code": "1003", "error_message": "MERCHANT_ORDER_ID_MISSING"])
        }
        let token = Self.randomToken()
        let pluralID: Int? = state.withLock { s in
            if s.legacy.orderTokens[orderID] != nil { return nil }
            s.legacy.nextTransactionID += 1
            s.legacy.orderTokens[orderID] = token
            return s.legacy.nextTransactionID
        }
        guard let pluralID else { return Self.json(400, ["error_code": "1130", "error_message": "DUPLICATE_ORDER_RECEIVED_ON_MERCHANT"]) }
        return Self.json(200, ["token": .string(FormURL.escape(token)), "plural_order_id": .string(String(pluralID))])
    }
}
