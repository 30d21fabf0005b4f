"""Webhooks from the simulator to a real receiver on loopback: the official headers and signature (checked here
with Python's hmac, not the sidecar's), retries with the same webhook-id after a non-2xx or no answer,
simulator.webhooks, and simulator.redeliver as a replay that verifyWebhook flags."""
import base64, hashlib, hmac, http.server, json, socket, threading, time

import pytest

from test_pages import Sidecar, card_order

SECRET = base64.b64decode("c2ltdWxhdG9yLXdlYmhvb2stc2VjcmV0")


class Receiver:
    """Answers each POST with the next status in `statuses` (then 200) and keeps what it got."""
    def __init__(self, statuses):
        self.statuses, self.got = list(statuses), []
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers["Content-Length"]))
                outer.got.append(({k.lower(): v for k, v in self.headers.items()}, body))
                self.send_response(outer.statuses.pop(0) if outer.statuses else 200)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *a):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = "http://127.0.0.1:%d/hook" % self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def wait(self, n, seconds=15):
        deadline = time.time() + seconds
        while len(self.got) < n and time.time() < deadline:
            time.sleep(0.05)
        assert len(self.got) >= n, self.got
        return self.got

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver():
    r = Receiver([500])
    try:
        yield r
    finally:
        r.close()


def signed_right(headers, body):
    mac = hmac.new(SECRET, f"{headers['webhook-id']}.{headers['webhook-timestamp']}.".encode() + body, hashlib.sha256).digest()
    return headers["webhook-signature"] == "v1," + base64.b64encode(mac).decode()


def test_retried_with_the_same_id_listed_and_redelivered_as_a_replay(receiver):
    sc = Sidecar(PLURAL_SIMULATOR_WEBHOOK_URL=receiver.url)
    try:
        order = card_order(sc, "ord-hook")
        sc.call("simulator.pay", {"order_id": order["order_id"]})
        (h1, b1), (h2, b2) = receiver.wait(2)
        assert h1["webhook-id"] == h2["webhook-id"] and b1 == b2, "a retry keeps the id and the body"
        assert signed_right(h1, b1) and signed_right(h2, b2)
        event = json.loads(b1)
        assert event["event_type"] == "ORDER_PROCESSED" and event["data"]["order_id"] == order["order_id"]
        deadline = time.time() + 5
        while time.time() < deadline:
            [d] = sc.call("simulator.webhooks", {})["deliveries"]
            if d["delivered"]:
                break
            time.sleep(0.05)
        assert d == {"webhook_id": h1["webhook-id"], "event_type": "ORDER_PROCESSED", "attempts": 2, "delivered": True, "last_status": 200}
        # The merchant's check: first delivery acted on, the redelivery is a replay.
        first = sc.call("verifyWebhook", {"headers": h2, "body": b2.decode()})
        assert first["valid"] and not first["replay"]
        again = sc.call("simulator.redeliver", {"webhook_id": d["webhook_id"]})
        assert again["attempts"] == 3 and again["last_status"] == 200
        h3, b3 = receiver.wait(3)[2]
        assert h3["webhook-id"] == d["webhook_id"] and b3 == b1 and signed_right(h3, b3)
        assert sc.call("verifyWebhook", {"headers": h3, "body": b3.decode()})["replay"] is True
        assert sc.raw("simulator.redeliver", {"webhook_id": "msg_nope"})["error"]["code"] == -32001
    finally:
        sc.close()


def test_an_unreachable_receiver_gets_the_first_try_and_three_retries():
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    sc = Sidecar(PLURAL_SIMULATOR_WEBHOOK_URL=f"http://127.0.0.1:{port}/hook")
    try:
        order = card_order(sc, "ord-down", pre_auth=True)
        sc.call("simulator.pay", {"order_id": order["order_id"], "outcome": "failure"})
        deadline = time.time() + 20
        while time.time() < deadline:
            deliveries = sc.call("simulator.webhooks", {})["deliveries"]
            if len(deliveries) == 2 and all(d["attempts"] == 4 for d in deliveries):
                break
            time.sleep(0.2)
        assert [d["event_type"] for d in deliveries] == ["PAYMENT_FAILED", "ORDER_FAILED"]
        assert all(d["attempts"] == 4 and not d["delivered"] and d["last_error"] == "connect" for d in deliveries), deliveries
        time.sleep(1.5)
        assert all(d["attempts"] == 4 for d in sc.call("simulator.webhooks", {})["deliveries"]), "no fifth attempt"
    finally:
        sc.close()
