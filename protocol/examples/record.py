#!/usr/bin/env python3
"""Records one request/response pair per method from a simulator run, or (--check) replays the same
scenario and checks every answer still has the recorded shape and stable values.

    python3 protocol/examples/record.py            # rewrite protocol/examples/<method>.json
    python3 protocol/examples/record.py --check    # replay; exit 1 on any difference

Values that change from run to run (ids, tokens, timestamps, signatures, links) are compared by type only.
Standard library only.
"""
import base64, hashlib, hmac, json, os, pathlib, subprocess, sys, time

HERE = pathlib.Path(__file__).resolve().parent
REPO = HERE.parent.parent
BINARY = os.environ.get("PLURAL_SIDECAR_BIN", str(REPO / ".build/debug/plural-sidecar"))
WEBHOOK_SECRET = "whsec_" + base64.b64encode(b"example-webhook-key").decode()

# Keys whose values are the same on every run; everything else is compared by JSON type.
STABLE = {"status", "type", "order_amount", "payment_amount", "capture_amount", "amount", "value", "currency", "valid", "scheme",
          "kind", "outcome", "payment_succeeded", "response_code", "response_message", "payment_status", "pre_auth", "is_eligible",
          "env", "event_type", "merchant_order_reference", "payment_method", "ppc_Amount", "ppc_PinePGTxnStatus", "ppc_TxnResponseCode",
          "openrpc", "balance", "verified", "paid", "order_status", "replay", "redeemable_amount", "redeemable_points", "txn_response_code", "pine_pg_txn_status", "journal", "pending"}


class Sidecar:
    def __init__(self):
        env = dict(os.environ, PLURAL_ENV="simulator", PLURAL_WEBHOOK_SECRET=WEBHOOK_SECRET, PLURAL_LOG_LEVEL="error",
                   # Nothing listens on the discard port: the webhooks are attempted, refused and listed.
                   PLURAL_SIMULATOR_WEBHOOK_URL="http://127.0.0.1:9/webhooks")
        self.proc = subprocess.Popen([BINARY], stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env, text=True)
        self.next_id = 0

    def call(self, method, params):
        self.next_id += 1
        self.proc.stdin.write(json.dumps({"jsonrpc": "2.0", "id": self.next_id, "method": method, "params": params}) + "\n")
        self.proc.stdin.flush()
        answer = json.loads(self.proc.stdout.readline())
        if "error" in answer:
            raise SystemExit(f"{method} failed: {answer['error']}")
        return answer["result"]

    def close(self):
        self.proc.stdin.close()
        self.proc.wait(timeout=10)


def scenario(sc):
    """Yields (method, params, result) for every method, in an order that lets each one succeed."""
    run = str(int(time.time() * 1000))
    def call(method, params):
        return method, params, sc.call(method, params)

    yield call("ping", {})
    method, params, doc = call("rpc.discover", {})
    yield method, params, {"openrpc": doc["openrpc"], "info": doc["info"], "methods": "… every method, as in protocol/openrpc.json …"}
    yield call("simulator.configure", {"faults": [{"kind": "latency", "ms": 1, "path": "/api/pay/v1/orders/reference", "times": 1}]})
    ref = f"order-{run}"
    created = call("createOrder", {"merchant_order_reference": ref, "idempotency_key": f"order-{run}", "order_amount": {"value": 1100, "currency": "INR"}, "pre_auth": True,
                                   "purchase_details": {"customer": {"email_id": "kevin.bob@example.com", "first_name": "Kevin", "mobile_number": "9876543210"}}})
    yield created
    order_id = created[2]["order_id"]
    yield call("getOrder", {"merchant_order_reference": ref})
    yield call("createPayment", {"order_id": order_id, "payments": [{
        "payment_method": "CARD", "merchant_payment_reference": f"pay-{run}", "payment_amount": {"value": 1100, "currency": "INR"},
        "payment_option": {"card_details": {"name": "Kevin Bob", "card_number": "4111111111111111", "cvv": "123", "expiry_month": "04", "expiry_year": "2031"}}}]})
    paid = call("simulator.pay", {"order_id": order_id})
    yield paid
    yield call("verifySignature", {"payload": paid[2]})
    yield call("confirmPayment", {"payload": paid[2]})
    while not sc.call("simulator.webhooks", {})["deliveries"][0]["attempts"]:  # the first attempt is made in the background
        time.sleep(0.02)
    hooks = call("simulator.webhooks", {})
    yield hooks
    yield call("simulator.redeliver", {"webhook_id": hooks[2]["deliveries"][0]["webhook_id"]})
    yield call("capture", {"order_id": order_id, "merchant_capture_reference": f"cap-{run}"})
    yield call("refund", {"order_id": order_id, "merchant_order_reference": f"refund-{run}", "order_amount": {"value": 400, "currency": "INR"}})
    second = sc.call("createOrder", {"merchant_order_reference": f"cancel-{run}", "order_amount": {"value": 500, "currency": "INR"}, "pre_auth": True})
    sc.call("createPayment", {"order_id": second["order_id"], "payments": [{"payment_method": "UPI", "merchant_payment_reference": f"upi-{run}", "payment_amount": {"value": 500, "currency": "INR"},
                                                                           "payment_option": {"upi_details": {"txn_mode": "COLLECT", "payer": {"vpa": "kevin@okbank"}}}}]})
    sc.call("simulator.pay", {"order_id": second["order_id"]})
    yield call("cancel", {"order_id": second["order_id"]})
    yield call("createCheckout", {"merchant_order_reference": f"checkout-{run}", "order_amount": {"value": 1100, "currency": "INR"}, "pre_auth": False})
    yield call("checkPointBalance", {"payment_option": {"points_card_details": {"card_last4": "1112", "card_number": "4111111111111112",
                                                                                "registered_mobile_number": "9876543210"}},
                                     "order_details": {"order_amount": {"value": 5000, "currency": "INR"}}})
    yield call("fetchUpiVpa", {"payment_method": "UPI", "payment_option": {"upi_details": {"payer": {"fetch_vpa": True, "phone_number": "9876543210"}}}})
    link = call("createPaymentLink", {"amount": {"value": 2500, "currency": "INR"}, "merchant_payment_link_reference": f"link-{run}", "description": "Invoice 7"})
    yield link
    yield call("getPaymentLink", {"payment_link_id": link[2]["payment_link_id"]})
    yield call("cancelPaymentLink", {"payment_link_id": link[2]["payment_link_id"]})
    txn = f"TXN-{run}"
    accepted = call("acceptPayment", {"merchant_data": {"unique_merchant_txn_id": txn, "merchant_return_url": "https://shop.example/return"},
                                      "payment_data": {"amount_in_paisa": 800},
                                      "txn_data": {"navigation_mode": "7", "payment_mode": "1,3,10", "transaction_type": "1"},
                                      "product_details": [{"product_code": "7803", "product_amount": "800"}]})
    yield accepted
    yield call("processPayment", {"token": accepted[2]["token"], "upi_data": {"upi_option": "UPI"}})
    sc.call("simulator.pay", {"unique_merchant_txn_id": txn})
    inquiry = call("inquiry", {"unique_merchant_txn_id": txn})
    yield inquiry
    yield call("legacyRefund", {"unique_merchant_txn_id": txn, "pine_pg_transaction_id": inquiry[2]["ppc_PinePGTransactionID"], "amount": 300})
    yield call("createOrderToken", {"merchant_data": {"merchant_return_url": "https://shop.example/return", "merchant_order_id": f"v1-{run}"},
                                    "payment_info_data": {"amount": 500, "currency_code": "INR", "order_desc": "Test Order"},
                                    "customer_data": {"country_code": "91", "mobile_number": "9876543210", "email_id": "kevin.bob@example.com"}})
    yield from recurring(call, run)
    yield from payment_extras(call, sc, run)
    yield from funds(sc, call, run)
    yield from documents(call, run, order_id)
    yield from payouts(call, run)
    yield call("pendingOutcomes", {})
    body = json.dumps({"event_type": "ORDER_PROCESSED", "data": {"order_id": order_id, "status": "PROCESSED"}})
    ts = str(int(time.time()))
    key = base64.b64decode(WEBHOOK_SECRET[len("whsec_"):])
    sig = base64.b64encode(hmac.new(key, f"msg_{run}.{ts}.{body}".encode(), hashlib.sha256).digest()).decode()
    yield call("verifyWebhook", {"headers": {"webhook-id": f"msg_{run}", "webhook-timestamp": ts, "webhook-signature": f"v1,{sig}"}, "body": body})
    method, params, stats = call("stats", {})
    # One family of the many, so the example stays readable; every family is listed in the README.
    yield method, params, {"health": stats["health"], "metrics": {"plural_sidecar_build_info": stats["metrics"]["plural_sidecar_build_info"]}}


def recurring(call, run):
    """customer → card token → plan → subscription → presentation → debit, then the rest of each area's methods."""
    amount = {"value": 49900, "currency": "INR"}
    customer = call("createCustomer", {"merchant_customer_reference": f"cust-{run}", "first_name": "Kevin", "country_code": "91",
                                       "mobile_number": "9876543210", "email_id": "kevin.bob@example.com"})
    yield customer
    cid = customer[2]["customer_id"]
    yield call("getCustomer", {"customer_id": cid})
    yield call("updateCustomer", {"customer_id": cid, "last_name": "Bob"})
    token = call("createCardToken", {"customer_id": cid, "merchant_token_reference": f"tok-{run}", "payment_method": "CARD",
                                     "payment_option": {"encrypted_card_details": "ZW5jcnlwdGVkIGNhcmQ="}})
    yield token
    tid = token[2]["token_id"]
    sp = call("getServiceProviderToken", {"identifier": tid})
    yield sp
    yield call("generateCryptogram", {"token_id": tid, "merchant_unique_reference": f"cg-{run}", "service_provider_token_id": sp[2]["service_provider_token_id"]})
    yield call("listCustomerTokens", {"customer_id": cid})
    yield call("getCustomerToken", {"customer_id": cid, "token_id": tid})
    plan = call("createPlan", {"plan_name": "Monthly box", "frequency": "Month", "amount": amount, "end_date": "2027-12-31T00:00:00Z",
                               "merchant_plan_reference": f"plan-{run}"})
    yield plan
    pid = plan[2]["plan_id"]
    yield call("getPlan", {"merchant_plan_reference": f"plan-{run}"})
    yield call("updatePlan", {"plan_id": pid, "plan_description": "A box a month"})
    yield call("listPlans", {"size": 10})
    sub = call("createSubscription", {"merchant_subscription_reference": f"sub-{run}", "plan_id": pid, "customer_id": cid,
                                      "start_date": "2026-12-01T00:00:00Z", "end_date": "2027-12-01T00:00:00Z", "integration_mode": "SEAMLESS"})
    yield sub
    sid = sub[2]["subscription_id"]
    yield call("getSubscription", {"merchant_subscription_reference": f"sub-{run}"})
    yield call("listSubscriptions", {"status": "ACTIVE"})
    yield call("updateSubscription", {"subscription_id": sid, "new_end_date": "2028-01-01T00:00:00Z", "reason": "extended"})
    yield call("pauseSubscription", {"subscription_id": sid})
    yield call("resumeSubscription", {"subscription_id": sid})
    presentation = call("createPresentation", {"subscription_id": sid, "due_date": "2026-12-05T00:00:00Z", "amount": amount,
                                               "merchant_presentation_reference": f"pre-{run}"})
    yield presentation
    yield call("listPresentations", {"subscription_id": sid})
    yield call("executeMandateDebit", {"presentation_id": presentation[2]["presentation_id"], "merchant_presentation_reference": f"pre-{run}"})
    yield call("getPresentation", {"merchant_presentation_reference": f"pre-{run}"})
    yield call("simulator.events", {"event_type": "SUBSCRIPTION_CHARGED"})
    yield call("sendPreDebitNotification", {"subscription_id": sid, "due_date": "2027-01-05T00:00:00Z", "amount": amount,
                                            "merchant_presentation_reference": f"fail-{run}"})
    call("executeMandateDebit", {"merchant_presentation_reference": f"fail-{run}"})
    yield call("retryMandateDebit", {"merchant_presentation_reference": f"fail-{run}", "idempotency_key": f"retry-{run}"})
    spare = call("createPresentation", {"subscription_id": sid, "merchant_presentation_reference": f"spare-{run}"})
    yield call("deletePresentation", {"presentation_id": spare[2]["presentation_id"]})
    yield call("cancelSubscription", {"subscription_id": sid})
    yield call("deletePlan", {"plan_id": pid})
    yield call("deleteCustomerToken", {"customer_id": cid, "token_id": tid, "merchant_unique_reference": f"del-{run}"})
    yield call("deleteCardToken", {"token_id": tid})


def payment_extras(call, sc, run):
    """Native OTP, card lookup, Apple Pay authorisation, link notification, the EMI suite (offer discovered →
    validated → paid), BNPL, convenience fee, MCC and TCS."""
    inr = lambda value: {"value": value, "currency": "INR"}
    card = {"name": "Kevin Bob", "card_number": "4111111111111111", "cvv": "123", "expiry_month": "04", "expiry_year": "2031"}
    def pending(tag, value=1100, method="CARD", **extra):
        order = sc.call("createOrder", {"merchant_order_reference": f"{tag}-{run}", "order_amount": inr(value), "pre_auth": True})
        payment = dict({"payment_method": method, "merchant_payment_reference": f"{tag}-pay-{run}", "payment_amount": inr(value),
                        "payment_option": {"card_details": card}}, **extra)
        paid = sc.call("createPayment", {"order_id": order["order_id"], "payments": [payment]})
        return order["order_id"], paid["payments"][0]["id"]
    order_id, payment_id = pending("otp")
    yield call("generateOtp", {"payment_id": payment_id})
    yield call("resendOtp", {"payment_id": payment_id})
    yield call("submitOtp", {"payment_id": payment_id, "otp": "123456"})
    yield call("getCardDetails", {"amount": "1100", "card_details": [{"payment_identifier": "4012001037141112", "payment_reference_type": "CARD"}]})
    order_id, payment_id = pending("apple")
    yield call("authorizePayment", {"order_id": order_id, "payments_id": payment_id, "decrypted_card_details": {
        "token": "4895370012003478", "expiration_month": "12", "expiration_year": "2030", "cryptogram": "AgAAAAAABk4DWZ4C28yUQAAAAAA=", "eci": "07",
        "card_meta_data": {"card_type": "CREDIT", "network_name": "VISA"}}})
    link = sc.call("createPaymentLink", {"amount": inr(2500), "merchant_payment_link_reference": f"notify-{run}", "description": "Invoice 8"})
    yield call("notifyPaymentLink", {"payment_link_id": link["payment_link_id"]})
    offers = call("discoverOffers", {"order_amount": inr(1200000), "product_details": [{"product_code": "phone-1", "product_amount": inr(1200000)}]})
    yield offers
    issuer = offers[2]["issuers"][0]
    offer_data = {"offer_details": {"id": issuer["id"], "name": issuer["name"], "issuer_type": issuer["issuer_type"],
                                    "priority": issuer["priority"], "tenure": issuer["tenures"][2]}}
    yield call("validateOffer", {"payment_method": "CREDIT_EMI", "payment_amount": inr(1200000), "offer_data": offer_data})
    emi_order, _ = pending("emi", 1200000, "CREDIT_EMI", offer_data=offer_data)
    yield call("discoverCardlessOffers", {"order_amount": inr(500000), "payment_option": {"cardless_details": {
        "pan_number": "ABCDE1234F", "registered_mobile_number": "9876543210"}}})
    yield call("getDownpaymentDetails", {"order_amount": inr(50000)})
    yield call("validateImei", {"order_id": emi_order, "merchant_product_imei_reference": f"imei-{run}", "request_type": "BLOCKING",
                                "products": [{"product_code": "phone-1", "dealer_code": "DLR100", "product_imei": f"IMEI{run}"}]})
    yield call("checkBnplEligibility", {"mobile": "9876543210", "pay_code": "LAZYPAY", "amount": inr(3400)})
    yield call("calculateConvenienceFee", {"amount": inr(50000), "payment_method": "CARD", "network_type": "VISA"})
    yield call("convertCurrency", {"bank_code": "AXIS", "invoice_id": f"INV-{run}", "source_currency": "840", "dest_currency": "356",
                                   "transaction_amount": "10000"})
    yield call("computeTcs", {"order_id": emi_order, "amount": inr(100000), "is_tcs_declared": True})
def funds(sc, call, run):
    """A split order paid, one part released and one cancelled; the settlement of what was paid; a brand wallet
    loaded, topped up and read; a UPI Reserve Pay subscription made and read back."""
    inr = lambda paise: {"value": paise, "currency": "INR"}
    split = sc.call("createOrder", {"merchant_order_reference": f"split-{run}", "order_amount": inr(10000), "split_info": {"split_type": "AMOUNT", "split_details": [
        {"split_merchant_id": "partner-1", "merchant_settlement_reference": f"ss1-{run}", "amount": inr(3000), "on_hold": True},
        {"split_merchant_id": "partner-2", "merchant_settlement_reference": f"ss2-{run}", "amount": inr(2000), "on_hold": True}]}})
    sc.call("createPayment", {"order_id": split["order_id"], "payments": [{"payment_method": "UPI", "merchant_payment_reference": f"split-pay-{run}",
                                                                          "payment_option": {"upi_details": {"txn_mode": "INTENT"}}}]})
    sc.call("simulator.pay", {"order_id": split["order_id"]})
    parts = split["purchase_details"]["split_info"]["split_details"]
    yield call("releaseSettlement", {"order_id": split["order_id"], "settlement_id": parts[0]["split_settlement_id"], "release_amount": inr(3000)})
    yield call("cancelSettlement", {"order_id": split["order_id"], "settlement_id": parts[1]["split_settlement_id"]})
    today = time.strftime("%Y-%m-%d", time.gmtime())
    settlements = call("listSettlements", {"start_date": today, "end_date": today, "page": 1, "per_page": 10})
    yield settlements
    yield call("getSettlement", {"utr": settlements[2]["data"][0]["utr_number"], "per_page": 10})
    customer = {"customer_id": f"cust-bw-{run}"}
    yield call("createBrandWallet", {"currency_code": "INR", "notes": "Onboarding wallets", "customers": [dict(customer, first_name="Kevin", country_code="91", mobile_number="9876543210")]})
    yield call("loadBrandWallet", {"amount": inr(100000), "customer": customer, "bucket": "CASH", "notes": "Manual load", "idempotency_key": f"load-{run}"})
    yield call("addMoneyToBrandWallet", {"merchant_order_reference": f"add-{run}", "mode": "UPI", "amount": inr(2500), "customer": customer})
    yield call("getBrandWalletBalance", {"notes": "Balance check", "customers": customer})
    yield call("validateBrandWallet", {"notes": "POS checkout", "amount": inr(50000), "customers": customer})
    yield call("getBrandWalletHistory", {"customer_id": customer["customer_id"], "transaction_type": "LOAD"})
    yield call("resetBrandWalletPin", {"customer_id": customer["customer_id"]})
    yield call("deactivateBrandWallet", {"customer_id": customer["customer_id"]})
    yield call("activateBrandWallet", {"customer_id": customer["customer_id"]})
    holder = sc.call("createCustomer", {"merchant_customer_reference": f"cust-rp-{run}", "first_name": "Kevin", "country_code": "91", "mobile_number": "9876543210"})
    reserve = call("createSbmdSubscription", {"merchant_subscription_reference": f"sub-rp-{run}", "customer_id": holder["customer_id"],
                                              "plan_details": {"reserve_amount": 10000, "currency": "INR", "validity_days": 1, "description": "Agent spend"},
                                              "merchant_metadata": {"key1": "DD"}})
    yield reserve
    yield call("getSbmdSubscription", {"reserve_pay_sub_id": reserve[2]["subscription_id"]})
def documents(call, run, order_id):
    """A cross-border order's invoice and airway bills with their files; an e-challan and its PDF."""
    pdf = {"content_base64": base64.b64encode(b"%PDF-1.4\n% invoice\n%%EOF\n").decode(), "content_type": "application/pdf", "file_name": "invoice.pdf"}
    invoice = call("captureInvoice", {"order_id": order_id, "invoice_number": f"INV-{run}", "invoice_date": "2026-12-07"})
    yield invoice
    yield call("uploadInvoiceFile", {"order_id": order_id, "invoice_id": invoice[2]["invoice_id"], "file": pdf})
    yield call("getInvoiceStatus", {"order_id": order_id})
    awbs = call("createAwb", {"order_id": order_id, "awbs": [{"awb_number": f"AWB-{run}", "awb_date": "2026-12-07",
                                                              "tracking_url": f"https://carrier.example/track/AWB-{run}"}]})
    yield awbs
    awb_id = awbs[2]["awbs"][0]["awb_id"]
    yield call("uploadAwbFile", {"order_id": order_id, "awb_id": awb_id, "file": dict(pdf, file_name="awb.pdf")})
    yield call("getAllAwbs", {"order_id": order_id})
    yield call("getAwbById", {"order_id": order_id, "awb_id": awb_id})
    fee = {"value": 1180, "currency": "INR"}
    yield call("createChallan", {"order_id": order_id, "convenience_fee_breakdown": {"applicable_fee_amount": fee}})
    yield call("getChallan", {"order_id": order_id})
    yield call("getChallanPdf", {"order_id": order_id})


def payouts(call, run):
    """The funding account's balance, a payout scheduled, moved and cancelled, a bulk file, the list."""
    yield call("getPayoutBalance", {})
    payout = call("createPayout", {"clientReferenceId": f"po-{run}", "payeeName": "Kevin Bob", "amount": {"value": 100000, "currency": "INR"},
                                   "mode": "IMPS", "remarks": "Vendor payment", "accountNumber": "123456789012", "branchCode": "HDFC0001234"})
    yield payout
    ref = payout[2]["paymentReferenceId"]
    yield call("updateScheduledPayout", {"paymentReferenceId": ref, "scheduleAt": "2030-01-01T10:00:00Z"})
    yield call("cancelScheduledPayout", {"paymentReferenceId": ref})
    csv = f"clientReferenceId,payeeName,amount,mode,remarks,vpa\nbulk-{run},Kevin Bob,25000,UPI,Refund 7,kevin@okbank\n"
    yield call("createBulkPayout", {"file": {"content_base64": base64.b64encode(csv.encode()).decode(), "content_type": "text/csv",
                                             "file_name": "payouts.csv"}, "idempotency_key": f"bulk-{run}"})
    yield call("listPayouts", {"clientReferenceId": f"po-{run}"})


def same_shape(recorded, actual, key=None, path="result"):
    problems = []
    if type(recorded) is not type(actual) and not (isinstance(recorded, (int, float)) and isinstance(actual, (int, float))):
        return [f"{path}: type {type(recorded).__name__} became {type(actual).__name__}"]
    if isinstance(recorded, dict):
        if set(recorded) != set(actual):
            problems.append(f"{path}: keys differ: {sorted(set(recorded) ^ set(actual))}")
        for k in set(recorded) & set(actual):
            problems += same_shape(recorded[k], actual[k], k, f"{path}.{k}")
    elif isinstance(recorded, list):
        if len(recorded) != len(actual):
            problems.append(f"{path}: {len(recorded)} items became {len(actual)}")
        for i, (a, b) in enumerate(zip(recorded, actual)):
            problems += same_shape(a, b, key, f"{path}[{i}]")
    elif key in STABLE and key != "merchant_order_reference" and recorded != actual:
        problems.append(f"{path}: {recorded!r} became {actual!r}")
    return problems


def main():
    check = "--check" in sys.argv
    sc = Sidecar()
    seen, problems = set(), []
    try:
        for method, params, result in scenario(sc):
            seen.add(method)
            path = HERE / f"{method}.json"
            if check:
                recorded = json.loads(path.read_text())
                problems += [f"{method}: {p}" for p in same_shape(recorded["result"], result)]
            else:
                path.write_text(json.dumps({"method": method, "params": params, "result": result}, indent=2, sort_keys=True) + "\n")
    finally:
        sc.close()
    expected = {p.stem for p in HERE.glob("*.json")}
    if check and expected != seen:
        problems.append(f"examples without a replay or replays without an example: {sorted(expected ^ seen)}")
    for p in problems:
        print(p)
    print(f"{len(seen)} examples {'replayed' if check else 'recorded'}, {len(problems)} differences")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
