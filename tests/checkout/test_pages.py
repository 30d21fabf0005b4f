"""The customer's side over real HTTP: every URL the in-process simulator hands out opens a page on its own
loopback listener, each choice returns to the merchant's URL with the signed fields, and confirmPayment trusts
only the gateway's record. Standard library only (urllib, html.parser); one sidecar per test, killed on every path."""
import html.parser, json, os, pathlib, re, signal, subprocess, time, urllib.error, urllib.parse, urllib.request

import pytest

REPO = pathlib.Path(__file__).resolve().parent.parent.parent
BINARY = os.environ.get("PLURAL_SIDECAR_BIN", str(REPO / ".build/debug/plural-sidecar"))
RETURN = "http://127.0.0.1:9/shop/return"
FAILED = "http://127.0.0.1:9/shop/failed"


class Sidecar:
    def __init__(self, **env):
        full = dict(os.environ, PLURAL_ENV="simulator", PLURAL_LOG_LEVEL="error")
        full.update(env)
        self.proc = subprocess.Popen([BINARY], stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=full, text=True, start_new_session=True)
        self.n = 0

    def raw(self, method, params):
        self.n += 1
        self.proc.stdin.write(json.dumps({"jsonrpc": "2.0", "id": self.n, "method": method, "params": params}) + "\n")
        self.proc.stdin.flush()
        return json.loads(self.proc.stdout.readline())

    def call(self, method, params):
        answer = self.raw(method, params)
        assert "error" not in answer, answer
        return answer["result"]

    def close(self):
        try:
            os.killpg(self.proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self.proc.wait(timeout=10)


@pytest.fixture
def sc():
    s = Sidecar()
    try:
        yield s
    finally:
        s.close()


class Forms(html.parser.HTMLParser):
    """Every form on a page: its action, hidden fields and button id; and the page's text."""
    def __init__(self, page):
        super().__init__()
        self.forms, self.text = [], []
        self.feed(page)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self.forms.append({"action": a.get("action"), "fields": {}, "button": None})
        elif tag == "input" and self.forms:
            self.forms[-1]["fields"][a["name"]] = a.get("value", "")
        elif tag == "button" and self.forms:
            self.forms[-1]["button"] = a.get("id")

    def handle_data(self, data):
        self.text.append(data)

    def by_button(self, button):
        return next(f for f in self.forms if f["button"] == button)


def get(url):
    with urllib.request.urlopen(url, timeout=10) as r:
        assert r.headers["Content-Type"].startswith("text/html")
        return r.read().decode()


def submit(base, form, **extra):
    body = urllib.parse.urlencode({**form["fields"], **extra}).encode()
    url = urllib.parse.urljoin(base, form["action"])
    with urllib.request.urlopen(urllib.request.Request(url, data=body, method="POST"), timeout=10) as r:
        return r.read().decode()


def returned(page):
    """The form that sends the customer back: its target and the fields Plural signed."""
    form = Forms(page).by_button("return-button")
    return form["action"], form["fields"]


def card_order(sc, ref, amount=1100, pre_auth=False, callback=True):
    params = {"merchant_order_reference": ref, "order_amount": {"value": amount, "currency": "INR"}, "pre_auth": pre_auth}
    if callback:
        params.update(callback_url=RETURN, failure_callback_url=FAILED)
    order = sc.call("createOrder", params)
    paid = sc.call("createPayment", {"order_id": order["order_id"], "payments": [{
        "payment_method": "CARD", "merchant_payment_reference": f"pay-{ref}", "payment_amount": {"value": amount, "currency": "INR"},
        "payment_option": {"card_details": {"name": "Kevin Bob", "card_number": "4111111111111111", "cvv": "123", "expiry_month": "04", "expiry_year": "2031"}}}]})
    return paid


def assert_real_port(url):
    assert re.match(r"^http://127\.0\.0\.1:[1-9][0-9]*/", url), url


def test_card_with_3ds_returns_signed_fields_and_confirm_trusts_the_gateway(sc):
    order = card_order(sc, "ord-3ds", pre_auth=True)
    url = order["challenge_url"]
    assert_real_port(url)
    page = get(url)
    assert "INR 11.00" in page and "ord-3ds" in page and "106598" in page
    three_ds = submit(url, Forms(page).by_button("choice-pay"))
    assert "3-D Secure" in three_ds
    target, fields = returned(submit(url, Forms(three_ds).by_button("otp-submit")))
    assert target == RETURN
    assert set(fields) == {"order_id", "payment_status", "signature"} and fields["payment_status"] == "AUTHORIZED"
    confirmed = sc.call("confirmPayment", {"payload": fields})
    assert confirmed["verified"] and confirmed["paid"] and confirmed["order_status"] == "AUTHORIZED" and confirmed["amount"] == 1100
    # Tampered: nothing is fetched, nothing is paid.
    forged = dict(fields, payment_status="PROCESSED")
    assert sc.call("confirmPayment", {"payload": forged}) == {"verified": False, "paid": False, "scheme": "v3-callback"}
    # The back button and a second submit pay nothing twice: the page says where the order stands.
    again = submit(url, Forms(three_ds).by_button("otp-submit"))
    assert "AUTHORIZED" in again and "return-button" not in again


def test_failure_and_wrong_otp_go_to_the_failure_url_and_are_not_paid(sc):
    order = card_order(sc, "ord-fail")
    url = order["challenge_url"]
    three_ds = submit(url, Forms(get(url)).by_button("choice-pay"))
    target, fields = returned(submit(url, Forms(three_ds).by_button("otp-submit"), otp="000000"))
    assert target == FAILED and fields["payment_status"] == "FAILED" and fields["error_code"] == "USER_AUTHENTICATION_FAILED"
    confirmed = sc.call("confirmPayment", {"payload": fields})
    assert confirmed["verified"] and not confirmed["paid"] and confirmed["order_status"] == "FAILED"
    # A real signature from a failed order cannot be turned into a paid one.
    assert sc.call("confirmPayment", {"payload": dict(fields, payment_status="PROCESSED")})["paid"] is False


def test_hosted_checkout_upi_approve_and_expire(sc):
    for ref, button, status in [("chk-upi", "choice-approve", "PROCESSED"), ("chk-exp", "choice-expire", "FAILED")]:
        session = sc.call("createCheckout", {"merchant_order_reference": ref, "order_amount": {"value": 2500, "currency": "INR"},
                                             "callback_url": RETURN})
        url = session["redirect_url"]
        assert_real_port(url)
        upi = submit(url, Forms(get(url)).by_button("choice-upi"))
        assert "collect request" in upi
        target, fields = returned(submit(url, Forms(upi).by_button(button)))
        assert target == RETURN and fields["payment_status"] == status
        assert sc.call("confirmPayment", {"payload": fields})["paid"] is (status == "PROCESSED")


def test_cancel_before_choosing_cancels_the_order(sc):
    session = sc.call("createCheckout", {"merchant_order_reference": "chk-cancel", "order_amount": {"value": 900, "currency": "INR"},
                                         "callback_url": RETURN, "failure_callback_url": FAILED})
    url = session["redirect_url"]
    target, fields = returned(submit(url, Forms(get(url)).by_button("choice-cancel")))
    assert target == FAILED and fields["payment_status"] == "CANCELLED"
    assert sc.call("getOrder", {"order_id": session["order_id"]})["status"] == "CANCELLED"


def test_payment_link_without_return_url_lands_on_a_simulator_page(sc):
    link = sc.call("createPaymentLink", {"amount": {"value": 2500, "currency": "INR"}, "merchant_payment_link_reference": "link-1"})
    url = link["payment_link"]
    assert_real_port(url)
    upi = submit(url, Forms(get(url)).by_button("choice-upi"))
    done = submit(url, Forms(upi).by_button("choice-approve"))
    assert 'id="no-return"' in done and "PROCESSED" in done
    assert sc.call("getPaymentLink", {"payment_link_id": link["payment_link_id"]})["status"] == "PROCESSED"


def test_v2_hosted_page_returns_dia_secret_and_confirm_uses_inquiry(sc):
    accepted = sc.call("acceptPayment", {"merchant_data": {"merchant_return_url": RETURN, "unique_merchant_txn_id": "TXN-page-1"},
                                         "payment_data": {"amount_in_paisa": 800},
                                         "txn_data": {"navigation_mode": "2", "payment_mode": "1,3,10", "transaction_type": "1"}})
    url = accepted["redirect_url"]
    assert_real_port(url)
    target, fields = returned(submit(url, Forms(get(url)).by_button("choice-success")))
    assert target == RETURN and fields["pine_pg_txn_status"] == "4" and "dia_secret" in fields
    confirmed = sc.call("confirmPayment", {"payload": fields})
    assert confirmed["verified"] and confirmed["paid"] and confirmed["amount"] == 800 and confirmed["scheme"] == "v2-callback"
    assert sc.call("confirmPayment", {"payload": dict(fields, amount_in_paisa="1")}) == {"verified": False, "paid": False, "scheme": "v2-callback"}


def test_everything_echoed_is_escaped(sc):
    order = card_order(sc, '<script>alert("x")</script>', callback=False)
    page = get(order["challenge_url"])
    assert "<script>alert" not in page and "&lt;script&gt;alert(&quot;x&quot;)" in page
    done = submit(order["challenge_url"], Forms(page).by_button("choice-failure"))
    assert 'id="no-return"' in done


def test_unknown_token_is_a_404_page(sc):
    url = card_order(sc, "ord-404")["challenge_url"]
    bad = re.sub(r"token=[^&]+", "token=nope", url)
    with pytest.raises(urllib.error.HTTPError) as e:
        urllib.request.urlopen(bad, timeout=10)
    assert e.value.code == 404


def test_simulator_port_setting_is_used():
    probe = __import__("socket").socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    s = Sidecar(PLURAL_SIMULATOR_PORT=str(port))
    try:
        assert card_order(s, "ord-port")["challenge_url"].startswith(f"http://127.0.0.1:{port}/")
    finally:
        s.close()
