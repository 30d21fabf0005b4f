"""A one-product shop on Flask that takes payments through plural-sidecar, the way a real integration should:
the customer is sent to Plural's hosted checkout, the return URL trusts only confirmPayment (which asks the
gateway), pre-authorised orders are captured once, and webhooks are verified and acted on once per webhook-id.

    python3 examples/python/shop.py            # PLURAL_ENV=simulator by default; prints its URL
"""
import html, os, pathlib, sys, threading, uuid

from flask import Flask, abort, redirect, request

REPO = pathlib.Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(REPO / "clients/python/src"))
from plural_sidecar import Sidecar, SidecarError  # noqa: E402

PORT = int(os.environ.get("PORT", "8000"))
BASE = f"http://127.0.0.1:{PORT}"
PRICE = 49900  # paise: INR 499.00
env = {"PLURAL_ENV": os.environ.get("PLURAL_ENV", "simulator")}
if env["PLURAL_ENV"] == "simulator":
    env["PLURAL_SIMULATOR_WEBHOOK_URL"] = f"{BASE}/webhooks/plural"
# The binary: $PLURAL_SIDECAR_BIN, then this checkout's debug build, then PATH.
built = REPO / ".build/debug/plural-sidecar"
sidecar = Sidecar.spawn(env=env, binary=os.environ.get("PLURAL_SIDECAR_BIN") or (str(built) if built.exists() else None))

app = Flask(__name__)
lock = threading.Lock()
orders = {}          # order_id -> {"reference", "status", "captures", "events": [...]}
seen_webhooks = set()


def page(title, body, status=200):
    return (f"<!doctype html><html><head><meta charset='utf-8'><title>{html.escape(title)}</title></head>"
            f"<body><h1>{html.escape(title)}</h1>{body}</body></html>", status)


@app.get("/")
def product():
    return page("Masala chai kit", "<p>Assam tea, cardamom, ginger: INR 499.00</p>"
                "<form method='post' action='/buy'><button id='buy'>Buy now</button></form>")


@app.post("/buy")
def buy():
    reference = "shop-" + uuid.uuid4().hex[:12]
    session = sidecar.create_checkout({
        "merchant_order_reference": reference, "order_amount": {"value": PRICE, "currency": "INR"}, "pre_auth": True,
        "callback_url": f"{BASE}/return", "failure_callback_url": f"{BASE}/return"})
    with lock:
        orders[session["order_id"]] = {"reference": reference, "status": "AWAITING_PAYMENT", "captures": 0, "events": [], "returns": []}
    return redirect(session["redirect_url"], code=303)


@app.post("/return")
def returned():
    payload = request.form.to_dict()  # exactly as posted: the signature covers these strings
    confirmed = sidecar.confirm_payment({"payload": payload})
    order_id = payload.get("order_id", "")
    if not confirmed["verified"] or order_id not in orders:
        return page("Payment not verified", "<p id='not-verified'>This return was not signed by Plural; nothing was paid.</p>", 400)
    with lock:
        orders[order_id]["returns"].append(payload)
    status = confirmed["order_status"]
    # Capture only what the gateway says is authorised; a reloaded return finds it PROCESSED and captures nothing.
    if confirmed["paid"] and status == "AUTHORIZED":
        try:
            captured = sidecar.capture({"order_id": order_id, "merchant_capture_reference": "cap-" + order_id})
            status = captured["status"]
            with lock:
                orders[order_id]["captures"] += 1
        except SidecarError:
            status = sidecar.get_order({"order_id": order_id})["status"]
    with lock:
        orders[order_id]["status"] = status
    return redirect(f"/orders/{order_id}", code=303)


@app.post("/webhooks/plural")
def webhook():
    body = request.get_data(as_text=True)  # the raw body: never re-serialise before verifying
    checked = sidecar.verify_webhook({"headers": dict(request.headers), "body": body})
    if not checked["valid"]:
        abort(400)
    with lock:
        if checked["webhook_id"] in seen_webhooks or checked.get("replay"):
            return "duplicate", 200
        seen_webhooks.add(checked["webhook_id"])
        order = orders.get(checked["data"].get("order_id", ""))
        if order is not None:
            order["events"].append(checked["event_type"])
    return "ok", 200


@app.get("/orders/<order_id>")
def order_page(order_id):
    with lock:
        order = orders.get(order_id)
        if order is None:
            abort(404)
        events = ", ".join(order["events"]) or "none yet"
        return page(f"Order {order['reference']}",
                    f"<p>Status: <strong id='status'>{html.escape(order['status'])}</strong></p>"
                    f"<p>Webhooks processed: <span id='events'>{html.escape(events)}</span></p><p><a href='/'>Shop again</a></p>")


def simulator_only():
    if env["PLURAL_ENV"] != "simulator":
        abort(404)


@app.get("/_shop/orders")
def state():
    """For the browser tests: what the shop recorded (never the customer's card: the shop never sees it)."""
    simulator_only()
    with lock:
        return {"orders": orders}


@app.post("/_shop/redeliver/<webhook_id>")
def redeliver(webhook_id):
    """Simulator only: ask the simulator to send a webhook again, to rehearse a replay."""
    simulator_only()
    return sidecar.simulator_redeliver({"webhook_id": webhook_id})


@app.get("/_shop/webhooks")
def webhooks():
    simulator_only()
    return sidecar.simulator_webhooks({})


if __name__ == "__main__":
    print(f"shop: {BASE}/", flush=True)
    app.run(host="127.0.0.1", port=PORT, threaded=True)
