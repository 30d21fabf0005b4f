#!/usr/bin/env python3
"""The "plugin style" integration, as the official e-commerce plugins do it: every call first asks the
token endpoint for a fresh access token, then creates the order, each request on a new connection
(module-level requests.post, so no session and no keep-alive). 32 threads."""
import requests

from common import CREDENTIALS, order_body, order_headers, parse_args, run

args = parse_args()


def create_order(i):
    t = requests.post(f"{args.url}/api/auth/v1/token", json=CREDENTIALS, timeout=10)
    t.raise_for_status()
    token = t.json()["access_token"]
    r = requests.post(f"{args.url}/api/pay/v1/orders", json=order_body(args.prefix, i),
                      headers=order_headers(token), timeout=10)
    r.raise_for_status()
    return r.json()["data"]["order_id"]


run(args, create_order)
