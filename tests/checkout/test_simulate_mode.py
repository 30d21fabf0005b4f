"""`plural-sidecar simulate --port 0` serves the same pages from its own server: a sidecar pointed at it over
real HTTP (PLURAL_ENV=uat, PLURAL_API_URL) gets URLs on the simulator's port, each opens a page, and a return
signed there is confirmed with the merchant's own keys."""
import os, signal, subprocess

from test_pages import BINARY, RETURN, Forms, Sidecar, assert_real_port, card_order, get, returned, submit

# The simulator signs with its built-in keys; the merchant's sidecar is configured with the same ones.
KEYS = {"PLURAL_SECRET_KEY": "53494d554c41544f522d534543524554", "PLURAL_MERCHANT_SECRET": "53494d2d4d45524348414e542d534543524554",
        "PLURAL_MERCHANT_ID": "106598", "PLURAL_ACCESS_CODE": "4a39a6d4-46b7-474d-929d-21bf0e9ed607"}


def test_every_url_from_a_served_simulator_opens_a_page():
    sim = subprocess.Popen([BINARY, "simulate", "--port", "0"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                           env=dict(os.environ, PLURAL_LOG_LEVEL="error"), start_new_session=True)
    sc = None
    try:
        url = sim.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:")
        sc = Sidecar(PLURAL_ENV="uat", PLURAL_API_URL=url, PLURAL_PG_URL=url, PLURAL_CLIENT_ID="client-1", PLURAL_CLIENT_SECRET="secret-1", **KEYS)
        order = card_order(sc, "served-1")
        checkout = sc.call("createCheckout", {"merchant_order_reference": "served-2", "order_amount": {"value": 700, "currency": "INR"}})
        link = sc.call("createPaymentLink", {"amount": {"value": 900, "currency": "INR"}, "merchant_payment_link_reference": "served-3"})
        accepted = sc.call("acceptPayment", {"merchant_data": {"merchant_return_url": RETURN, "unique_merchant_txn_id": "TXN-served-4"},
                                             "payment_data": {"amount_in_paisa": 800},
                                             "txn_data": {"navigation_mode": "2", "payment_mode": "1", "transaction_type": "1"}})
        for handed_out in [order["challenge_url"], checkout["redirect_url"], link["payment_link"], accepted["redirect_url"]]:
            assert handed_out.startswith(url + "/"), handed_out
            assert_real_port(handed_out)
            assert "Plural simulator checkout" in get(handed_out)
        page = get(order["challenge_url"])
        three_ds = submit(order["challenge_url"], Forms(page).by_button("choice-pay"))
        _, fields = returned(submit(order["challenge_url"], Forms(three_ds).by_button("otp-submit")))
        confirmed = sc.call("confirmPayment", {"payload": fields})
        assert confirmed["verified"] and confirmed["paid"] and confirmed["order_status"] == "PROCESSED"
    finally:
        if sc:
            sc.close()
        os.killpg(sim.pid, signal.SIGKILL)
        sim.wait(timeout=10)
