"""Shared by the two Python baselines: arguments, the order body, the headers Plural asks for, the run loop
and the one-line key=value report that bench/run parses. Only the URL given on the command line (a loopback
simulator started by bench/run) is ever contacted."""
import argparse
import concurrent.futures
import datetime
import sys
import threading
import time
import uuid
from urllib.parse import urlparse

CREDENTIALS = {"client_id": "bench-client", "client_secret": "bench-secret", "grant_type": "client_credentials"}


def parse_args():
    p = argparse.ArgumentParser()
    p.add_argument("--url", required=True, help="base URL of the simulator (must be http://127.0.0.1:PORT)")
    p.add_argument("--count", type=int, default=2000)
    p.add_argument("--threads", type=int, default=32)
    p.add_argument("--prefix", default="bench-py")
    p.add_argument("--deadline", type=float, default=60.0, help="seconds; no new order is started after it")
    args = p.parse_args()
    if urlparse(args.url).hostname != "127.0.0.1":
        sys.exit("baseline: only 127.0.0.1 may be contacted")
    return args


def order_headers(token):
    return {
        "Authorization": f"Bearer {token}",
        "Request-ID": str(uuid.uuid4()),
        "Request-Timestamp": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z",
        "Content-Type": "application/json",
        "Accept": "application/json",
    }


def order_body(prefix, i):
    return {"merchant_order_reference": f"{prefix}-{i}", "order_amount": {"value": 1100, "currency": "INR"}}


def run(args, create_order, before=None):
    """create_order(i) -> order_id or raises. Runs args.count of them on args.threads threads."""
    errors = []
    lock = threading.Lock()
    t0 = time.monotonic()
    end = t0 + args.deadline
    if before:
        before()

    def one(i):
        if time.monotonic() > end:
            raise TimeoutError("deadline passed")
        order_id = create_order(i)
        if not order_id:
            raise ValueError("no order_id in the answer")

    done = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.threads) as pool:
        for fut in concurrent.futures.as_completed([pool.submit(one, i) for i in range(1, args.count + 1)]):
            try:
                fut.result()
                done += 1
            except Exception as e:  # noqa: BLE001 - reported, and the run fails
                with lock:
                    errors.append(repr(e))
    secs = time.monotonic() - t0
    print(f"orders={done} count={args.count} secs={secs:.4f} rate={done / secs:.1f} errors={len(errors)}")
    if errors:
        print(f"baseline: {len(errors)} errors; first: {errors[0]}", file=sys.stderr)
        sys.exit(1)
