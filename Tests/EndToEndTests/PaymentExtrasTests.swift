import Foundation
import Support
import XCTest

/// Native OTP, card lookup, Apple Pay authorisation, link notification, the EMI suite, BNPL, convenience fee, MCC
/// and TCS: every method through the sidecar's real HTTP path against the simulator over loopback. Each call that
/// succeeds has passed the simulator's check of the request (its declaration) and the sidecar's check of the answer.
final class PaymentExtrasTests: SimulatedTestCase {
    /// An order with one card payment waiting for the customer: (order id, payment id).
    func pendingCardPayment(_ reference: String, value: Int = 1100, preAuth: Bool = true) throws -> (String, String) {
        let order = try XCTUnwrap(sidecar.result("createOrder", orderParams(reference, value: value, preAuth: preAuth))["order_id"]?.stringValue)
        let paid = sidecar.result("createPayment", cardPayment(order, value: value, reference: "pay-\(reference)"))
        XCTAssertEqual(paid["status"], "PENDING")
        return (order, try XCTUnwrap(paid["payments"]?.at(0)?["id"]?.stringValue))
    }

    func gatewayCode(_ error: JSONValue) -> String? { error["data"]?["code"]?.stringValue }

    func testNativeOtpCompletesThePayment() throws {
        let (order, payment) = try pendingCardPayment("otp-ok")
        XCTAssertEqual(gatewayCode(sidecar.error("submitOtp", ["payment_id": .string(payment), "otp": "123456"])), "OTP_NOT_GENERATED")
        let sent = sidecar.result("generateOtp", ["payment_id": .string(payment)])
        XCTAssertEqual(sent["next"], ["SUBMIT_OTP", "RESEND_OTP"])
        XCTAssertNotNil(sent["meta_data"]?["resend_after"]?.stringValue)
        XCTAssertEqual(gatewayCode(sidecar.error("generateOtp", ["payment_id": .string(payment)])), "OTP_ALREADY_SENT")
        // Three resends, then no more.
        XCTAssertEqual(sidecar.result("resendOtp", ["payment_id": .string(payment)])["next"], ["SUBMIT_OTP", "RESEND_OTP"])
        _ = sidecar.result("resendOtp", ["payment_id": .string(payment)])
        XCTAssertEqual(sidecar.result("resendOtp", ["payment_id": .string(payment)])["next"], ["SUBMIT_OTP"])
        XCTAssertEqual(gatewayCode(sidecar.error("resendOtp", ["payment_id": .string(payment)])), "OTP_RESEND_LIMIT_EXCEEDED")
        // A wrong OTP is refused and leaves the payment waiting; the right one authorises the (pre_auth) order.
        let wrong = sidecar.error("submitOtp", ["payment_id": .string(payment), "otp": "654321"])
        XCTAssertEqual(wrong["code"], -32001)
        XCTAssertEqual(gatewayCode(wrong), "INVALID_OTP")
        XCTAssertFalse(JSONWriter.string(wrong).contains("654321"), "the OTP is never quoted back")
        XCTAssertEqual(sidecar.result("getOrder", ["order_id": .string(order)])["status"], "PENDING")
        XCTAssertEqual(sidecar.result("submitOtp", ["payment_id": .string(payment), "otp": "123456"])["status"], "AUTHORIZED")
        let after = sidecar.result("getOrder", ["order_id": .string(order)])
        XCTAssertEqual(after["status"], "AUTHORIZED")
        XCTAssertEqual(after["payments"]?.at(0)?["status"], "AUTHORIZED")
        XCTAssertEqual(gatewayCode(sidecar.error("submitOtp", ["payment_id": .string(payment), "otp": "123456"])), "INVALID_PAYMENT_STATE")
        XCTAssertEqual(sidecar.result("capture", ["order_id": .string(order), "merchant_capture_reference": "cap-otp"])["status"], "PROCESSED")
        // Params the definition refuses.
        XCTAssertEqual(sidecar.error("generateOtp", [:])["data"]?["field"], "payment_id")
        XCTAssertEqual(sidecar.error("submitOtp", ["payment_id": .string(payment), "otp": "12ab"])["data"]?["field"], "otp")
        XCTAssertFalse(sidecar.stderr.text.contains("654321"), "the OTP is never logged")
    }

    func testThreeWrongOtpsFailThePayment() throws {
        let (order, payment) = try pendingCardPayment("otp-fail", preAuth: false)
        _ = sidecar.result("generateOtp", ["payment_id": .string(payment)])
        XCTAssertEqual(gatewayCode(sidecar.error("submitOtp", ["payment_id": .string(payment), "otp": "000001"])), "INVALID_OTP")
        XCTAssertEqual(gatewayCode(sidecar.error("submitOtp", ["payment_id": .string(payment), "otp": "000002"])), "INVALID_OTP")
        XCTAssertEqual(gatewayCode(sidecar.error("submitOtp", ["payment_id": .string(payment), "otp": "000003"])), "OTP_ATTEMPTS_EXCEEDED")
        XCTAssertEqual(sidecar.result("getOrder", ["order_id": .string(order)])["status"], "FAILED")
        XCTAssertEqual(gatewayCode(sidecar.error("generateOtp", ["payment_id": .string(payment)])), "INVALID_PAYMENT_STATE")
        XCTAssertEqual(gatewayCode(sidecar.error("generateOtp", ["payment_id": "v1-nope-cc-a"])), "PAYMENT_NOT_FOUND")
    }

    func testCardDetailsNameTheCardNeverItsNumber() throws {
        let pan = "5555555555554444"
        let details = sidecar.result("getCardDetails", ["amount": "1100", "card_details": [
            ["payment_identifier": .string(pan), "payment_reference_type": "CARD"],
            ["payment_identifier": "tok_abc", "payment_reference_type": "ALT_TOKEN_TXN"],
        ]])
        let cards = try XCTUnwrap(details["card_payment_details"]?.arrayValue)
        XCTAssertEqual(cards.count, 2)
        XCTAssertEqual(cards[0]["card_network"], "MASTERCARD")
        XCTAssertEqual(cards[0]["is_native_otp_supported"], true)
        XCTAssertFalse(JSONWriter.string(details).contains(pan))
        let amex = sidecar.result("getCardDetails", ["card_details": [["payment_identifier": "378282246310005", "payment_reference_type": "CARD"]]])
        XCTAssertEqual(amex["card_payment_details"]?.at(0)?["card_network"], "AMEX")
        XCTAssertEqual(amex["card_payment_details"]?.at(0)?["is_native_otp_supported"], false)
        let bad = sidecar.error("getCardDetails", ["card_details": [["payment_identifier": "5555555555554445", "payment_reference_type": "CARD"]]])
        XCTAssertEqual(bad["code"], -32602)
        XCTAssertEqual(bad["data"]?["field"], "card_details[0].payment_identifier")
        XCTAssertFalse(JSONWriter.string(bad).contains("5555555555554445"))
        XCTAssertEqual(sidecar.error("getCardDetails", ["card_details": [["payment_identifier": .string(pan), "payment_reference_type": "CARD"]],
                                                        "amount": "11.00"])["data"]?["field"], "amount")
        XCTAssertFalse(sidecar.stderr.text.contains(pan), "the card number is never logged")
    }

    func testAuthorizeMovesAPendingPaymentOnce() throws {
        let (order, payment) = try pendingCardPayment("apple")
        let decrypted: JSONValue = ["token": "4895370012003478", "expiration_month": "12", "expiration_year": "2030", "cryptogram": "AgAAAAAABk4DWZ4C28yUQAAAAAA=",
                                    "eci": "07", "card_meta_data": ["card_type": "CREDIT", "network_name": "VISA"]]
        let missing = sidecar.error("authorizePayment", ["order_id": .string(order), "payments_id": .string(payment),
                                                         "decrypted_card_details": ["token": "4895370012003478", "expiration_month": "12", "expiration_year": "2030"]])
        XCTAssertEqual(missing["data"]?["field"], "decrypted_card_details.cryptogram")
        let params: JSONValue = ["order_id": .string(order), "payments_id": .string(payment), "decrypted_card_details": decrypted]
        let authorised = sidecar.result("authorizePayment", params)
        XCTAssertEqual(authorised["status"], "AUTHORIZED")
        XCTAssertEqual(authorised["payments"]?.at(0)?["status"], "AUTHORIZED")
        XCTAssertFalse(JSONWriter.string(authorised).contains("4895370012003478"))
        // A repeat is the same call (keyed by order and payment): answered from the ledger, never sent again.
        let before = simulator.requestCount
        XCTAssertEqual(sidecar.result("authorizePayment", params)["status"], "AUTHORIZED")
        XCTAssertEqual(simulator.requestCount, before, "a repeat of an authorisation never reaches the gateway")
        XCTAssertEqual(sidecar.result("getOrder", ["order_id": .string(order)])["status"], "AUTHORIZED")
        // A payment that is not waiting cannot be authorised.
        let (other, otherPayment) = try pendingCardPayment("apple-2")
        _ = simulator.pay(other, outcome: "failure")
        let refused = sidecar.error("authorizePayment", ["order_id": .string(other), "payments_id": .string(otherPayment), "decrypted_card_details": decrypted])
        XCTAssertEqual(refused["code"], -32001)
        XCTAssertEqual(gatewayCode(refused), "INVALID_PAYMENT_STATE")
    }

    func testNotifyOnlyAnActiveLink() throws {
        let link = sidecar.result("createPaymentLink", ["amount": ["value": 2500, "currency": "INR"], "merchant_payment_link_reference": "link-notify",
                                                        "customer": ["email_id": "kevin.bob@example.com", "mobile_number": "9876543210"]])
        let id = try XCTUnwrap(link["payment_link_id"]?.stringValue)
        let notified = sidecar.result("notifyPaymentLink", ["payment_link_id": .string(id)])
        XCTAssertEqual(notified["status"], "CREATED")
        XCTAssertEqual(notified["payment_link_id"]?.stringValue, id)
        XCTAssertEqual(sidecar.result("cancelPaymentLink", ["payment_link_id": .string(id)])["status"], "CANCELLED")
        let refused = sidecar.error("notifyPaymentLink", ["payment_link_id": .string(id)])
        XCTAssertEqual(refused["code"], -32001)
        XCTAssertEqual(refused["data"]?["http_status"], 422)
        XCTAssertEqual(sidecar.error("notifyPaymentLink", ["payment_link_id": "../x"])["data"]?["field"], "payment_link_id")
    }

    /// The offer chosen from discovery validates and pays an EMI order; an invented or altered one is refused.
    func testDiscoveredEmiOfferValidatesAndPays() throws {
        let amount: JSONValue = ["value": 1_200_000, "currency": "INR"]
        let offers = sidecar.result("discoverOffers", ["order_amount": amount, "product_details": [["product_code": "phone-1", "product_amount": amount]]])
        let issuers = try XCTUnwrap(offers["issuers"]?.arrayValue)
        XCTAssertEqual(issuers.map { $0["issuer_type"]?.stringValue }, ["CC_BANK", "DC_BANK"])
        let bank = issuers[0]
        let nine = try XCTUnwrap(bank["tenures"]?.arrayValue?.first { $0["tenure_value"] == 9 })
        // 15% a year for 9 months on ₹12,000: ₹1,350 interest; ₹13,350 in 9 instalments of ₹1,483.34 (rounded up).
        XCTAssertEqual(nine["interest_amount"]?["value"], 135_000)
        XCTAssertEqual(nine["total_emi_amount"]?["value"], 1_335_000)
        XCTAssertEqual(nine["monthly_emi_amount"]?["value"], 148_334)
        XCTAssertEqual(nine["emi_type"], "STANDARD")
        let three = try XCTUnwrap(bank["tenures"]?.arrayValue?.first { $0["tenure_value"] == 3 })
        XCTAssertEqual(three["emi_type"], "NO_COST")
        XCTAssertEqual(three["monthly_emi_amount"]?["value"], 400_000)
        XCTAssertEqual(three["total_subvention_amount"]?["value"], 45_000)
        XCTAssertEqual(sidecar.result("discoverOffers", ["order_amount": ["value": 50_000, "currency": "INR"]])["issuers"], [], "no EMI under ₹1,000")
        XCTAssertEqual(sidecar.result("discoverOffers", ["order_amount": amount, "issuer": ["issuer_type": "DC_BANK"]])["issuers"]?.arrayValue?.count, 1)

        func offer(_ tenure: JSONValue) -> JSONValue {
            ["offer_details": ["id": bank["id"] ?? .null, "name": bank["name"] ?? .null, "issuer_type": bank["issuer_type"] ?? .null,
                               "priority": bank["priority"] ?? .null, "tenure": tenure]]
        }
        let chosen = offer(nine)
        XCTAssertEqual(sidecar.result("validateOffer", ["payment_method": "CREDIT_EMI", "payment_amount": amount, "offer_data": chosen,
                                                        "payment_option": ["card_details": ["card_number": "4111111111111111"]]])["code"], "SUCCESS")
        var altered = nine.objectValue!
        altered["monthly_emi_amount"] = ["value": 100_000, "currency": "INR"]
        XCTAssertEqual(gatewayCode(sidecar.error("validateOffer", ["payment_method": "CREDIT_EMI", "payment_amount": amount, "offer_data": offer(.object(altered))])),
                       "INVALID_OFFER")
        XCTAssertEqual(gatewayCode(sidecar.error("validateOffer", ["payment_method": "CREDIT_EMI", "payment_amount": ["value": 1_100_000, "currency": "INR"],
                                                                   "offer_data": chosen])), "INVALID_OFFER", "an offer is for the amount it was made for")
        XCTAssertEqual(gatewayCode(sidecar.error("validateOffer", ["payment_method": "DEBIT_EMI", "payment_amount": amount, "offer_data": chosen])),
                       "INVALID_OFFER", "a credit card offer is not a debit EMI")
        XCTAssertEqual(sidecar.error("validateOffer", ["payment_method": "CARD", "offer_data": chosen])["data"]?["field"], "payment_method")

        // Pay the order with the offer: the order is PROCESSED once the customer completes the payment.
        let order = try XCTUnwrap(sidecar.result("createOrder", orderParams("emi-1", value: 1_200_000, preAuth: false))["order_id"]?.stringValue)
        var payment = cardPayment(order, value: 1_200_000, reference: "emi-pay-1").objectValue!
        var item = payment["payments"]!.at(0)!.objectValue!
        item["payment_method"] = "CREDIT_EMI"
        var invented = nine.objectValue!
        invented["tenure_id"] = "24"
        item["offer_data"] = offer(.object(invented))
        payment["payments"] = [.object(item)]
        let refused = sidecar.error("createPayment", .object(payment))
        XCTAssertEqual(refused["code"], -32001)
        XCTAssertEqual(gatewayCode(refused), "INVALID_OFFER")
        item["offer_data"] = chosen
        item["merchant_payment_reference"] = "emi-pay-2"
        payment["payments"] = [.object(item)]
        XCTAssertEqual(sidecar.result("createPayment", .object(payment))["status"], "PENDING")
        XCTAssertEqual(simulator.pay(order)?["payment_status"], "PROCESSED")
        let paid = sidecar.result("getOrder", ["order_id": .string(order)])
        XCTAssertEqual(paid["status"], "PROCESSED")
        XCTAssertEqual(paid["payments"]?.at(0)?["payment_method"], "CREDIT_EMI")
    }

    func testCardlessOffersDownPaymentAndImei() throws {
        let cardless = sidecar.result("discoverCardlessOffers", ["order_amount": ["value": 500_000, "currency": "INR"],
                                                                 "payment_option": ["cardless_details": ["pan_number": "ABCDE1234F", "registered_mobile_number": "9876543210"]]])
        let lender = try XCTUnwrap(cardless["issuers"]?.at(0))
        XCTAssertEqual(lender["issuer_type"], "CARDLESS_NBFC")
        XCTAssertEqual(lender["tenures"]?.at(0)?["interest_rate_percentage"], 16)
        XCTAssertFalse(JSONWriter.string(cardless).contains("ABCDE1234F"))
        XCTAssertEqual(sidecar.result("discoverCardlessOffers", ["order_amount": ["value": 500_000, "currency": "INR"],
                                                                 "payment_option": ["cardless_details": ["pan_number": "ABCDE1234F", "registered_mobile_number": "9876540000"]]])["issuers"],
                       [], "a number the lender does not know has no offers")
        XCTAssertEqual(sidecar.error("discoverCardlessOffers", ["order_amount": ["value": 500_000, "currency": "INR"],
                                                                "payment_option": ["cardless_details": ["registered_mobile_number": "9876543210"]]])["data"]?["field"],
                       "payment_option.cardless_details.pan_number")

        let down = sidecar.result("getDownpaymentDetails", ["order_amount": ["value": 50_000, "currency": "INR"]])["downpayment_details"]
        XCTAssertEqual(down?["amount_range"]?["min"]?["value"], 5_000)
        XCTAssertEqual(down?["amount_range"]?["max"]?["value"], 25_000)
        XCTAssertEqual(down?["amount_milestone_list"]?.arrayValue?.count, 5)
        XCTAssertEqual(sidecar.error("getDownpaymentDetails", ["order_amount": ["value": .number(JSONNumber(text: "500.5")), "currency": "INR"]])["data"]?["field"], "order_amount.value")

        let a = try XCTUnwrap(sidecar.result("createOrder", orderParams("imei-a"))["order_id"]?.stringValue)
        let b = try XCTUnwrap(sidecar.result("createOrder", orderParams("imei-b"))["order_id"]?.stringValue)
        func imei(_ order: String, _ type: String) -> JSONValue {
            ["order_id": .string(order), "merchant_product_imei_reference": .string("imei-\(type)"), "request_type": .string(type),
             "products": [["product_code": "phone-1", "dealer_code": "DLR100", "product_imei": "356938035643809"]]]
        }
        XCTAssertEqual(sidecar.result("validateImei", imei(a, "BLOCKING")), .object(JSONObject()))
        XCTAssertEqual(gatewayCode(sidecar.error("validateImei", imei(b, "BLOCKING"))), "IMEI_ALREADY_BLOCKED")
        XCTAssertEqual(gatewayCode(sidecar.error("validateImei", imei(b, "UNBLOCKED"))), "IMEI_NOT_BLOCKED")
        XCTAssertEqual(sidecar.result("validateImei", imei(a, "UNBLOCKED")), .object(JSONObject()))
        XCTAssertEqual(sidecar.result("validateImei", imei(b, "BLOCKING")), .object(JSONObject()), "released, the device may be sold under another order")
        XCTAssertEqual(sidecar.error("validateImei", imei(b, "BLOCK"))["data"]?["field"], "request_type")
    }

    func testFeesBnplConversionAndTcs() throws {
        func fee(_ value: Int, _ method: String, _ network: String? = nil) -> JSONValue {
            var p: JSONObject = ["amount": ["value": .int(value), "currency": "INR"], "payment_method": .string(method)]
            if let network { p["network_type"] = .string(network) }
            return sidecar.result("calculateConvenienceFee", .object(p))["data"]?.at(0) ?? .null
        }
        let visa = fee(50_000, "CARD", "VISA")
        XCTAssertEqual(visa["convenience_fee_breakdown"]?["fee_amount"]?["value"], 1_000)
        XCTAssertEqual(visa["convenience_fee_breakdown"]?["tax_amount"]?["value"], 180)
        XCTAssertEqual(visa["payable_amount"]?["value"], 51_180)
        XCTAssertEqual(fee(50_000, "CARD", "AMEX")["convenience_fee_breakdown"]?["fee_amount"]?["value"], 1_500)
        XCTAssertEqual(fee(50_000, "UPI")["payable_amount"]?["value"], 50_000)
        let capped = fee(10_000_000, "CARD", "VISA")
        XCTAssertEqual(capped["convenience_fee_breakdown"]?["applicable_fee_amount"]?["value"], 59_000, "₹500 cap plus 18% tax")
        XCTAssertEqual(sidecar.error("calculateConvenienceFee", ["amount": ["value": 100, "currency": "INR"], "payment_method": "CHEQUE"])["data"]?["field"], "payment_method")

        let bnpl = sidecar.result("checkBnplEligibility", ["mobile": "9876543210", "pay_code": "LAZYPAY", "amount": ["value": 3_400, "currency": "INR"],
                                                           "device_info": ["device_model": "Samsung S21 Ultra", "browser_user_agent": "Chrome"]])
        XCTAssertEqual(bnpl["txn_eligibility"], true)
        XCTAssertEqual(bnpl["metadata"]?["credit_limit_available_in_paise"], "1000000")
        let instalments = try XCTUnwrap(bnpl["metadata"]?["installments"]?.arrayValue)
        XCTAssertEqual(instalments.compactMap { $0["amount_in_paise"]?.numberValue?.int }, [1_134, 1_133, 1_133])
        XCTAssertEqual(sidecar.result("checkBnplEligibility", ["mobile": "9876543210", "pay_code": "LAZYPAY",
                                                               "amount": ["value": 2_000_000, "currency": "INR"]])["txn_eligibility"], false)
        XCTAssertEqual(sidecar.error("checkBnplEligibility", ["mobile": "9876543210", "pay_code": "SIMPL"])["data"]?["field"], "pay_code")

        let mcc = sidecar.result("convertCurrency", ["bank_code": "AXIS", "invoice_id": "INV-20250716-001", "source_currency": "840",
                                                     "dest_currency": "356", "transaction_amount": "10000"])
        XCTAssertEqual(mcc["converted_amount"], 832_500, "$100.00 at 83.25 is ₹8,325.00")
        XCTAssertEqual(mcc["conversion_rate"]?.numberValue?.double, 83.25)
        XCTAssertEqual(mcc["converted_exponent"], 2)
        XCTAssertEqual(gatewayCode(sidecar.error("convertCurrency", ["bank_code": "AXIS", "invoice_id": "i", "source_currency": "392",
                                                                     "dest_currency": "356", "transaction_amount": "100"])), "UNSUPPORTED_CURRENCY")
        XCTAssertEqual(sidecar.error("convertCurrency", ["bank_code": "AXIS", "invoice_id": "i", "source_currency": "840",
                                                         "dest_currency": "356", "transaction_amount": "1.5"])["data"]?["field"], "transaction_amount")

        let order = try XCTUnwrap(sidecar.result("createOrder", orderParams("lrs-1", value: 100_000))["order_id"]?.stringValue)
        let declared = sidecar.result("computeTcs", ["order_id": .string(order), "amount": ["value": 100_000, "currency": "INR"], "is_tcs_declared": true])
        XCTAssertEqual(declared["tcs_amount"]?["value"], 20_000)
        XCTAssertEqual(declared["total_amount"]?["value"], 120_000)
        XCTAssertEqual(sidecar.result("computeTcs", ["order_id": .string(order), "amount": ["value": 100_000, "currency": "INR"],
                                                     "is_tcs_declared": false])["tcs_amount"]?["value"], 0, "under the threshold")
        XCTAssertEqual(sidecar.result("computeTcs", ["order_id": .string(order), "amount": ["value": 150_000_000, "currency": "INR"]])["tcs_amount"]?["value"],
                       10_000_000, "20% of the ₹5 lakh above the ₹10 lakh threshold")
        XCTAssertEqual(gatewayCode(sidecar.error("computeTcs", ["order_id": "v1-none", "amount": ["value": 100, "currency": "INR"]])), "ORDER_NOT_FOUND")
        XCTAssertEqual(sidecar.error("computeTcs", ["order_id": .string(order)])["data"]?["field"], "amount")
    }
}

private extension JSONValue {
    func at(_ i: Int) -> JSONValue? { arrayValue.flatMap { $0.indices.contains(i) ? $0[i] : nil } }
}
