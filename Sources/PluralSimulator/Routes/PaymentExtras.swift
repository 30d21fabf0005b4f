import Foundation
import Plural
import Support

/// Payment extras and the EMI suite, with the rules an integration meets:
/// - Native OTP: generateOtp on a PENDING payment, then submitOtp. The simulator's bank sends `123456`; the right
///   OTP completes the payment as the customer's bank would (AUTHORIZED for pre_auth, else PROCESSED, with the
///   order's webhook); a wrong one is refused, and the third wrong one fails the payment. Three resends at most.
/// - authorizePayment moves a PENDING payment forward the same way (Apple Pay, decoupled authorisation).
/// - notifyPaymentLink only for a link still CREATED.
/// - Offer discovery is a pure function of the financed amount (order amount less any cart coupon): fixed issuers
///   and plans, simple interest in integer paise (rounded half up), instalment rounded up. Every plan it answers is
///   remembered; validateOffer, and createPayment with an EMI method, accept an offer with a tenure only if discovery
///   made it for that amount (its figures unchanged). An offer without a tenure names no plan and is not checked.
/// - An IMEI is blocked for one order at a time.
/// - Convenience fee, BNPL limit, MCC rates and TCS are fixed tables, computed in integer minor units.
extension PluralSimulator {
    func paymentExtras(_ name: String, _ ids: [String: String], _ body: JSONObject, _ request: HTTPRequest) -> HTTPResponse? {
        switch name {
        case "generateOtp", "resendOtp", "submitOtp": return otp(name, paymentID: body["payment_id"]?.stringValue ?? "", otp: body["otp"]?.stringValue)
        case "getCardDetails": return cardDetails(body)
        case "authorizePayment": return authorize(orderID: ids["order_id"] ?? "", paymentID: ids["payments_id"] ?? "")
        case "notifyPaymentLink": return notifyLink(ids["payment_link_id"] ?? "")
        case "discoverOffers", "discoverCardlessOffers": return discoverOffers(body, cardless: name == "discoverCardlessOffers")
        case "getDownpaymentDetails": return downpayment(body)
        case "validateOffer": return validateOffer(body)
        case "validateImei": return imei(orderID: ids["order_id"] ?? "", body)
        case "checkBnplEligibility": return bnpl(body)
        case "calculateConvenienceFee": return convenienceFee(body)
        case "convertCurrency": return convertCurrency(body)
        case "computeTcs": return computeTcs(body)
        default: return nil
        }
    }

    static func money(_ value: Int64, _ currency: String = "INR") -> JSONValue { ["value": .number(JSONNumber(value)), "currency": .string(currency)] }

    static func refuse(_ code: String, _ message: String) -> HTTPResponse { error(422, code, message) }

    /// The order holding a payment, found by the payment's id.
    static func order(holding paymentID: String, in s: SimState) -> SimOrder? {
        s.orders.values.first { o in o.payments.contains { $0.id == paymentID } }
    }

    /// Completes a PENDING payment as its bank would, and answers the order as it then stands.
    func completePayment(_ orderID: String, _ outcome: PayOutcome) -> HTTPResponse? {
        switch pay(orderID: orderID, outcome: outcome) {
        case .success: return nil
        case .failure(let f): return Self.refuse(f.code, f.message)
        }
    }

    // MARK: native OTP

    static let otpMethods: Set<String> = ["CARD", "CREDIT_EMI", "DEBIT_EMI", "BNPL", "WALLET"]

    private enum OTPStep { case answer(HTTPResponse), complete(orderID: String, PayOutcome) }

    func otp(_ name: String, paymentID: String, otp: String?) -> HTTPResponse {
        let resendAfter = ISO8601.format(Date().addingTimeInterval(30))
        let step = state.withLock { s -> OTPStep in
            guard let o = Self.order(holding: paymentID, in: s), let p = o.payments.first(where: { $0.id == paymentID }) else {
                return .answer(Self.error(404, "PAYMENT_NOT_FOUND", "Payment \(paymentID) was not found."))
            }
            guard Self.otpMethods.contains(p.method) else {
                return .answer(Self.refuse("OTP_NOT_SUPPORTED", "Native OTP is not available for \(p.method) payments."))
            }
            guard o.status == "PENDING", p.status == "PENDING" else {
                s.extras.otps[paymentID] = nil
                return .answer(Self.refuse("INVALID_PAYMENT_STATE", "Only a PENDING payment takes an OTP; this one is \(p.status)."))
            }
            let next: [JSONValue]
            switch name {
            case "generateOtp":
                guard s.extras.otps[paymentID] == nil else {
                    return .answer(Self.refuse("OTP_ALREADY_SENT", "An OTP was already sent for this payment: submit it, or resend it."))
                }
                s.extras.otps[paymentID] = PaymentExtrasState.OTPExchange(orderID: o.id)
                next = ["SUBMIT_OTP", "RESEND_OTP"]
            case "resendOtp":
                guard var x = s.extras.otps[paymentID] else { return .answer(Self.refuse("OTP_NOT_GENERATED", "No OTP was generated for this payment.")) }
                guard x.resends < PaymentExtrasState.maxResends else {
                    return .answer(Self.refuse("OTP_RESEND_LIMIT_EXCEEDED", "The OTP was resent \(PaymentExtrasState.maxResends) times already."))
                }
                x.resends += 1
                s.extras.otps[paymentID] = x
                next = x.resends < PaymentExtrasState.maxResends ? ["SUBMIT_OTP", "RESEND_OTP"] : ["SUBMIT_OTP"]
            default:
                guard var x = s.extras.otps[paymentID] else { return .answer(Self.refuse("OTP_NOT_GENERATED", "No OTP was generated for this payment.")) }
                if otp == PaymentExtrasState.otp {
                    s.extras.otps[paymentID] = nil
                    return .complete(orderID: o.id, .success)
                }
                x.wrongAttempts += 1
                s.extras.otps[paymentID] = x
                if x.wrongAttempts >= PaymentExtrasState.maxWrongOTPs {
                    s.extras.otps[paymentID] = nil
                    return .complete(orderID: o.id, .failure)
                }
                // The OTP itself is never quoted.
                return .answer(Self.error(400, "INVALID_OTP", "The OTP is incorrect; \(PaymentExtrasState.maxWrongOTPs - x.wrongAttempts) attempts left."))
            }
            return .answer(Self.json(200, ["status": "SUCCESS", "next": .array(next), "meta_data": ["resend_after": .string(resendAfter)]]))
        }
        switch step {
        case .answer(let r): return r
        case .complete(let orderID, let outcome):
            if let refusal = completePayment(orderID, outcome) { return refusal }
            guard outcome == .success else {
                return Self.refuse("OTP_ATTEMPTS_EXCEEDED", "The OTP was wrong \(PaymentExtrasState.maxWrongOTPs) times: the payment failed.")
            }
            let status = state.withLock { s in s.orders[orderID]?.payments.first { $0.id == paymentID }?.status } ?? "PROCESSED"
            return Self.json(200, ["status": .string(status), "next": ["NONE"]])
        }
    }

    // MARK: card lookup and authorisation

    func cardDetails(_ body: JSONObject) -> HTTPResponse {
        var out: [JSONValue] = []
        for (i, item) in (body["card_details"]?.arrayValue ?? []).enumerated() {
            let kind = item["payment_reference_type"]?.stringValue ?? ""
            var network = "VISA", type = "CREDIT"
            if kind == "CARD" {
                // The same check and network rule as a card payment; the number goes no further.
                switch Self.describeInstrument(method: "CARD", ["card_details": ["card_number": item["payment_identifier"] ?? .null]]) {
                case .success(let o):
                    network = o["card_data"]?["network_name"]?.stringValue ?? network
                    type = o["card_data"]?["card_type"]?.stringValue ?? type
                case .failure:
                    return Self.error(400, "INVALID_REQUEST", "card_details[\(i)].payment_identifier is not a valid card number.")
                }
            }
            out.append(["card_network": .string(network), "card_issuer": "SIMULATOR BANK", "card_type": .string(type), "card_category": "CONSUMER",
                        "is_international_card": false, "is_native_otp_supported": .bool(network != "AMEX"), "country_code": "IND",
                        "currency": "INR", "is_currency_supported": true])
        }
        return Self.json(200, ["card_payment_details": .array(out)])
    }

    func authorize(orderID: String, paymentID: String) -> HTTPResponse {
        let refusal = state.withLock { s -> HTTPResponse? in
            guard let o = s.orders[orderID] else { return Self.error(404, "ORDER_NOT_FOUND", "Order \(orderID) was not found.") }
            guard let p = o.payments.first(where: { $0.id == paymentID }) else {
                return Self.error(404, "PAYMENT_NOT_FOUND", "Payment \(paymentID) is not a payment of order \(orderID).")
            }
            guard o.status == "PENDING", p.status == "PENDING" else {
                return Self.refuse("INVALID_PAYMENT_STATE", "Only a PENDING payment can be authorised; this one is \(p.status).")
            }
            s.extras.otps[paymentID] = nil
            return nil
        }
        if let refusal { return refusal }
        return completePayment(orderID, .success) ?? getOrder(id: orderID)
    }

    func notifyLink(_ id: String) -> HTTPResponse {
        changeLink(id) { l, s in
            guard ["CREATED", "ACTIVE"].contains(l["status"]?.stringValue ?? "") else {
                return Self.refuse("INVALID_STATE", "Only an active payment link can be sent again; this one is \(l["status"]?.stringValue ?? "").")
            }
            s.extras.linkNotifications[id, default: 0] += 1
            return nil
        }
    }

    // MARK: EMI offers

    struct Plan: Sendable { let months: Int64; let rateBasisPoints: Int64; let emiType: String }
    struct Issuer: Sendable { let id, name, type: String; let priority: Int; let plans: [Plan] }

    static let cardIssuers = [
        Issuer(id: "sim-cc-bank", name: "SIMULATOR BANK", type: "CC_BANK", priority: 1, plans: [
            Plan(months: 3, rateBasisPoints: 1500, emiType: "NO_COST"), Plan(months: 6, rateBasisPoints: 1500, emiType: "NO_COST"),
            Plan(months: 9, rateBasisPoints: 1500, emiType: "STANDARD"), Plan(months: 12, rateBasisPoints: 1600, emiType: "STANDARD"),
        ]),
        Issuer(id: "sim-dc-bank", name: "SIMULATOR BANK DEBIT", type: "DC_BANK", priority: 2, plans: [
            Plan(months: 3, rateBasisPoints: 1400, emiType: "STANDARD"), Plan(months: 6, rateBasisPoints: 1400, emiType: "STANDARD"),
        ]),
    ]
    static let cardlessIssuers = [
        Issuer(id: "sim-cardless-nbfc", name: "SIMULATOR FINANCE", type: "CARDLESS_NBFC", priority: 1, plans: [
            Plan(months: 3, rateBasisPoints: 1600, emiType: "STANDARD"), Plan(months: 6, rateBasisPoints: 1600, emiType: "STANDARD"),
        ]),
    ]
    /// EMI is offered from ₹1,000 to ₹50,00,000.
    static let emiRange: ClosedRange<Int64> = 100_000...500_000_000
    static let emiMethods: [String: Set<String>] = [
        "CREDIT_EMI": ["CC_BANK", "CC_NBFC"], "DEBIT_EMI": ["DC_BANK", "DC_NBFC"], "CARDLESS_EMI": ["CARDLESS_BANK", "CARDLESS_NBFC", "NTB", "NTB_BANK", "NTB_NBFC"],
    ]

    static func offerKey(issuer: String, tenure: String, amount: Int64) -> String { "\(issuer)|\(tenure)|\(amount)" }

    /// A rate in basis points as a JSON number with two decimals at most (1500 → 15, 1450 → 14.5).
    static func percentage(_ basisPoints: Int64) -> JSONValue {
        let whole = basisPoints / 100, cents = basisPoints % 100
        return .number(JSONNumber(text: cents == 0 ? "\(whole)" : cents % 10 == 0 ? "\(whole).\(cents / 10)" : "\(whole).\(cents < 10 ? "0" : "")\(cents)"))
    }

    static func tenure(_ issuer: Issuer, _ plan: Plan, principal: Int64, currency: String) -> JSONObject {
        let n = plan.months
        // Simple interest over the tenure, half up: principal × rate × months / 12.
        let fullInterest = (principal * plan.rateBasisPoints * n + 60_000) / 120_000
        let noCost = plan.emiType == "NO_COST"
        let interest = noCost ? 0 : fullInterest
        let total = principal + interest
        let money = { (v: Int64) in Self.money(v, currency) }
        return [
            "tenure_id": .string(String(n)), "name": .string("\(n) Months"), "tenure_type": "MONTH", "tenure_value": .number(JSONNumber(n)),
            "issuer_offer_parameters": [["program_type": "BANK_EMI", "offer_id": .string("\(issuer.id)-offer"), "offer_parameter_id": .string("\(issuer.id)-\(n)")]],
            "auth_amount": money(principal), "loan_amount": money(principal), "net_payment_amount": money(principal),
            "total_discount_amount": money(0), "interest_amount": money(interest), "total_subvention_amount": money(noCost ? fullInterest : 0),
            "monthly_emi_amount": money((total + n - 1) / n), "total_emi_amount": money(total),
            "interest_rate_percentage": percentage(noCost ? 0 : plan.rateBasisPoints), "emi_type": .string(plan.emiType),
        ]
    }

    /// The amount offers are made for: order_amount (or the products' total) less any cart coupon.
    static func financed(_ body: JSONObject) -> (Int64, String)? {
        var amount: Int64 = 0, currency = "INR"
        if case .ok(let v, let c) = readAmount(body["order_amount"]) {
            (amount, currency) = (v, c)
        } else {
            for p in body["product_details"]?.arrayValue ?? [] {
                guard case .ok(let v, let c) = readAmount(p["product_amount"]) else { return nil }
                (amount, currency) = (amount + v * max(1, p["product_quantity"]?.numberValue?.int64 ?? 1), c)
            }
        }
        if case .ok(let coupon, _) = readAmount(body["cart_coupon_discount_amount"]) { amount -= coupon }
        return amount > 0 ? (amount, currency) : nil
    }

    func discoverOffers(_ body: JSONObject, cardless: Bool) -> HTTPResponse {
        guard let (amount, currency) = Self.financed(body) else {
            return Self.error(400, "INVALID_REQUEST", "order_amount (or product_details with product_amount) is required.")
        }
        var issuers = cardless ? Self.cardlessIssuers : Self.cardIssuers
        if cardless {
            guard let mobile = body["payment_option"]?["cardless_details"]?["registered_mobile_number"]?.stringValue else {
                return Self.error(400, "INVALID_REQUEST", "payment_option.cardless_details is required.")
            }
            // A number the lender does not know (ending 0000) has no pre-approved offers.
            if mobile.hasSuffix("0000") { issuers = [] }
        }
        if let id = body["issuer"]?["id"]?.stringValue { issuers = issuers.filter { $0.id == id } }
        if let type = body["issuer"]?["issuer_type"]?.stringValue { issuers = issuers.filter { $0.type == type } }
        if !Self.emiRange.contains(amount) { issuers = [] }
        let answer = state.withLock { s -> [JSONValue] in
            issuers.map { issuer in
                let tenures = issuer.plans.map { plan -> JSONValue in
                    let t = Self.tenure(issuer, plan, principal: amount, currency: currency)
                    s.extras.offers[Self.offerKey(issuer: issuer.id, tenure: String(plan.months), amount: amount)] = ["issuer_type": .string(issuer.type), "tenure": .object(t)]
                    return .object(t)
                }
                return ["id": .string(issuer.id), "name": .string(issuer.name), "display_name": .string(issuer.name),
                        "issuer_type": .string(issuer.type), "priority": .int(issuer.priority), "tenures": .array(tenures),
                        "issuer_data": ["otp_length": 6, "otp_retry_count": .int(PaymentExtrasState.maxWrongOTPs), "auth_type": "OTP",
                                        "is_tokenized_transaction_supported": true]]
            }
        }
        return Self.json(200, ["issuers": .array(answer)])
    }

    /// Why an offer with a tenure is not one discovery made for this amount and method (nil: it is; or it names no
    /// tenure, so no plan to check). The figures compared are those that set what the customer pays.
    func offerProblem(_ offer: JSONValue?, amount: Int64, method: String) -> String? {
        guard let details = offer?["offer_details"], case .object(let tenure)? = details["tenure"] else { return nil }
        let key = Self.offerKey(issuer: details["id"]?.stringValue ?? "", tenure: tenure["tenure_id"]?.stringValue ?? "", amount: amount)
        guard let made = state.withLock({ $0.extras.offers[key] }), case .object(let known)? = made["tenure"] else {
            return "is not an offer discovery made for this amount"
        }
        if let types = Self.emiMethods[method], !types.contains(made["issuer_type"]?.stringValue ?? "") {
            return "is a \(made["issuer_type"]?.stringValue ?? "") offer, not one for \(method)"
        }
        for field in ["tenure_value", "interest_rate_percentage", "emi_type"] where tenure[field] != nil && tenure[field] != known[field] {
            return "changes the offer's tenure.\(field)"
        }
        for field in ["loan_amount", "monthly_emi_amount", "total_emi_amount", "interest_amount"] where tenure[field] != nil && tenure[field]?["value"] != known[field]?["value"] {
            return "changes the offer's tenure.\(field)"
        }
        return nil
    }

    /// createPayment's check of an EMI payment's offer: the offer must be one discovery made for the payment's amount.
    func offerRefusal(orderID: String, _ payment: JSONObject, index: Int) -> HTTPResponse? {
        let method = payment["payment_method"]?.stringValue ?? ""
        guard Self.emiMethods[method] != nil else { return nil }
        var amount = state.withLock { $0.orders[orderID]?.amount } ?? 0
        if case .ok(let v, _) = Self.readAmount(payment["payment_amount"]) { amount = v }
        guard let problem = offerProblem(payment["offer_data"], amount: amount, method: method) else { return nil }
        return Self.refuse("INVALID_OFFER", "payments[\(index)].offer_data \(problem).")
    }

    func validateOffer(_ body: JSONObject) -> HTTPResponse {
        let method = body["payment_method"]?.stringValue ?? ""
        guard case .ok(let amount, _) = Self.readAmount(body["payment_amount"] ?? body["order_amount"]) else {
            return Self.error(400, "INVALID_REQUEST", "payment_amount (or order_amount) is required.")
        }
        guard body["offer_data"]?["offer_details"]?["tenure"] != nil else {
            return Self.refuse("INVALID_OFFER", "offer_data with the tenure chosen is required.")
        }
        if let problem = offerProblem(body["offer_data"], amount: amount, method: method) { return Self.refuse("INVALID_OFFER", "offer_data \(problem).") }
        return Self.json(200, ["code": "SUCCESS", "message": "The offer is valid for this amount."])
    }

    func downpayment(_ body: JSONObject) -> HTTPResponse {
        guard let (amount, currency) = Self.financed(body) else { return Self.error(400, "INVALID_REQUEST", "order_amount is required.") }
        // From 10% to 50% of the order, in steps of 10%.
        return Self.json(200, ["downpayment_details": [
            "amount_range": ["min": Self.money(amount / 10, currency), "max": Self.money(amount / 2, currency)],
            "amount_milestone_list": .array((1...5).map { Self.money(amount * Int64($0) / 10, currency) }),
            "allowed_payment_methods": ["CARD", "UPI", "NETBANKING"],
        ]])
    }

    func imei(orderID: String, _ body: JSONObject) -> HTTPResponse {
        let blocking = body["request_type"] == "BLOCKING"
        let imeis = (body["products"]?.arrayValue ?? []).compactMap { $0["product_imei"]?.stringValue }
        guard !imeis.isEmpty else { return Self.error(400, "INVALID_REQUEST", "products[].product_imei is required.") }
        let refusal = state.withLock { s -> HTTPResponse? in
            guard s.orders[orderID] != nil else { return Self.error(404, "ORDER_NOT_FOUND", "Order \(orderID) was not found.") }
            for imei in imeis {
                let holder = s.extras.imeiBlocks[imei]
                if blocking, let holder, holder != orderID { return Self.refuse("IMEI_ALREADY_BLOCKED", "The IMEI is blocked for another order.") }
                if !blocking, holder != orderID { return Self.refuse("IMEI_NOT_BLOCKED", "The IMEI is not blocked for order \(orderID).") }
            }
            for imei in imeis { s.extras.imeiBlocks[imei] = blocking ? orderID : nil }
            return nil
        }
        return refusal ?? HTTPResponse(status: 204, headers: [:], body: [])
    }

    // MARK: BNPL, fees, conversion, TCS

    /// The simulator's BNPL limit for every customer: ₹10,000.
    static let bnplLimit: Int64 = 1_000_000

    func bnpl(_ body: JSONObject) -> HTTPResponse {
        var amount: Int64 = 0
        if case .ok(let v, _) = Self.readAmount(body["amount"]) { amount = v }
        let eligible = amount <= Self.bnplLimit
        var metadata: JSONObject = ["credit_limit_available_in_paise": .string(String(Self.bnplLimit))]
        if eligible && amount > 0 {
            // Three monthly instalments; the first carries the paise that do not divide.
            let share = amount / 3
            var installments: [JSONValue] = []
            for i in 1...3 {
                let due = ISO8601.format(Date().addingTimeInterval(Double(30 * 86_400 * i)))
                let paise: Int64 = i == 1 ? amount - 2 * share : share
                let item: JSONObject = ["serial_no": .int(i), "amount_in_paise": .number(JSONNumber(paise)), "due_date": .string(due)]
                installments.append(.object(item))
            }
            metadata["installments"] = .array(installments)
        }
        return Self.json(200, ["txn_eligibility": .bool(eligible), "metadata": .object(metadata)])
    }

    /// Fee rates in basis points by method (cards by network), before 18% GST; the fee is capped at ₹500.
    static func feeRate(method: String, network: String?) -> Int64 {
        switch method {
        case "CARD": return network?.uppercased() == "AMEX" ? 300 : 200
        case "UPI", "POINTS": return 0
        case "NETBANKING": return 150
        case "WALLET": return 175
        default: return 250
        }
    }
    static let maximumFee: Int64 = 50_000

    func convenienceFee(_ body: JSONObject) -> HTTPResponse {
        guard case .ok(let amount, let currency) = Self.readAmount(body["amount"]) else {
            return Self.error(400, "INVALID_REQUEST", "amount is required.")
        }
        let method = body["payment_method"]?.stringValue ?? ""
        let network = body["network_type"]?.stringValue
        let fee = (amount * Self.feeRate(method: method, network: network) + 5_000) / 10_000
        let applied = min(fee, Self.maximumFee)
        let tax = (applied * 18 + 50) / 100
        var item: JSONObject = [
            "payment_method": .string(method), "fee_type": "PERCENTAGE", "amount": Self.money(amount, currency),
            "convenience_fee_breakdown": ["fee_amount": Self.money(applied, currency), "tax_amount": Self.money(tax, currency),
                                          "additional_fee_amount": Self.money(0, currency), "maximum_fee_amount": Self.money(Self.maximumFee, currency),
                                          "applicable_fee_amount": Self.money(applied + tax, currency)],
            "payable_amount": Self.money(amount + applied + tax, currency),
        ]
        if method == "CARD" { item["payment_method_metadata"] = ["network_type": .string(network ?? "VISA"), "card_type": "CREDIT"] }
        return Self.json(200, ["data": [.object(item)]])
    }

    /// Rupees per unit × 10,000, by ISO 4217 numeric and alphabetic code (all with two decimals).
    static let ratesInINR: [String: Int64] = [
        "356": 10_000, "INR": 10_000, "840": 832_500, "USD": 832_500, "978": 901_000, "EUR": 901_000,
        "826": 1_055_000, "GBP": 1_055_000, "784": 226_700, "AED": 226_700, "702": 618_000, "SGD": 618_000,
    ]

    func convertCurrency(_ body: JSONObject) -> HTTPResponse {
        let source = body["source_currency"]?.stringValue ?? "", dest = body["dest_currency"]?.stringValue ?? ""
        guard let from = Self.ratesInINR[source], let to = Self.ratesInINR[dest] else {
            return Self.refuse("UNSUPPORTED_CURRENCY", "The simulator converts INR, USD, EUR, GBP, AED and SGD.")
        }
        let text = body["transaction_amount"]?.stringValue ?? ""
        guard let amount = Int64(text), amount > 0 else { return Self.error(400, "INVALID_REQUEST", "transaction_amount must be a positive integer.") }
        let (product, overflow) = amount.multipliedReportingOverflow(by: from)
        guard !overflow else { return Self.error(400, "INVALID_REQUEST", "transaction_amount is too large.") }
        let converted = (product + to / 2) / to
        let rate = (from * 10_000 + to / 2) / to
        let decimals = String(rate % 10_000)
        return Self.json(200, [
            "source_currency": .string(source), "dest_currency": .string(dest), "invoice_id": body["invoice_id"] ?? .null,
            "conversion_rate": .number(JSONNumber(text: "\(rate / 10_000).\(String(repeating: "0", count: 4 - decimals.count))\(decimals)")),
            "converted_amount": .number(JSONNumber(converted)), "transaction_amount": .string(text), "converted_exponent": 2,
        ])
    }

    /// TCS at 20%: on the whole remittance when the customer declared remittances past the ₹10 lakh threshold this
    /// financial year, else on the part above it.
    static let tcsThreshold: Int64 = 100_000_000

    func computeTcs(_ body: JSONObject) -> HTTPResponse {
        let orderID = body["order_id"]?.stringValue ?? ""
        guard state.withLock({ $0.orders[orderID] != nil }) else { return Self.error(404, "ORDER_NOT_FOUND", "Order \(orderID) was not found.") }
        guard case .ok(let amount, let currency) = Self.readAmount(body["amount"]) else {
            return Self.error(400, "INVALID_REQUEST", "amount must be {value: integer paise > 0, currency}.")
        }
        let declared = body["is_tcs_declared"]?.boolValue ?? false
        let taxable = declared ? amount : max(0, amount - Self.tcsThreshold)
        let tcs = (taxable + 2) / 5
        return Self.json(200, ["order_id": .string(orderID), "amount": Self.money(amount, currency), "tcs_amount": Self.money(tcs, currency),
                               "total_amount": Self.money(amount + tcs, currency), "tcs_rate_percentage": 20, "is_tcs_declared": .bool(declared)])
    }
}
