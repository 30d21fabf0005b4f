#!/usr/bin/env python3
"""Setup step for bench/run (not measured): obtain one real signed redirect callback from the sidecar's
built-in simulator (createOrder -> createPayment -> simulator.pay) and print it as compact JSON, so the
verifySignature rows verify a genuine v3 callback. Usage: signed_callback.py SIDECAR_BINARY"""
import json
import os
import subprocess
import sys

binary = sys.argv[1]
env = dict(os.environ, PLURAL_ENV="simulator", PLURAL_LOG_LEVEL="warn")
proc = subprocess.Popen([binary], stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env, text=True)
next_id = 0


def call(method, params):
    global next_id
    next_id += 1
    proc.stdin.write(json.dumps({"jsonrpc": "2.0", "id": next_id, "method": method, "params": params}) + "\n")
    proc.stdin.flush()
    answer = json.loads(proc.stdout.readline())
    if "result" not in answer:
        sys.exit(f"signed_callback: {method} failed: {answer}")
    return answer["result"]


try:
    ref = f"bench-cb-{os.getpid()}"
    amount = {"value": 1100, "currency": "INR"}
    order = call("createOrder", {"merchant_order_reference": ref, "order_amount": amount})
    call("createPayment", {"order_id": order["order_id"], "payments": [{
        "payment_method": "CARD", "merchant_payment_reference": ref + "-pay", "payment_amount": amount,
        "payment_option": {"card_details": {"name": "Bench Mark", "card_number": "4111111111111111",
                                            "cvv": "123", "expiry_month": "04", "expiry_year": "2031"}}}]})
    callback = call("simulator.pay", {"order_id": order["order_id"]})
    check = call("verifySignature", {"payload": callback})
    if check.get("valid") is not True:
        sys.exit(f"signed_callback: the simulator's own callback did not verify: {check}")
    print(json.dumps(callback, separators=(",", ":")))
finally:
    proc.stdin.close()
    proc.wait(timeout=10)
