#!/usr/bin/env python3
"""The careful Python integration: what a good engineer writes by hand. One requests.Session whose pooled
adapter keeps up to 32 keep-alive connections (one per thread), the OAuth token fetched once and shared by
every thread, 32 threads each creating orders. No retries (neither does the sidecar retry a create)."""
import requests
from requests.adapters import HTTPAdapter

from common import CREDENTIALS, order_body, order_headers, parse_args, run

args = parse_args()
session = requests.Session()
adapter = HTTPAdapter(pool_connections=1, pool_maxsize=args.threads, max_retries=0, pool_block=True)
session.mount("http://", adapter)
token = None


def fetch_token():
    global token
    r = session.post(f"{args.url}/api/auth/v1/token", json=CREDENTIALS, timeout=10)
    r.raise_for_status()
    token = r.json()["access_token"]


def create_order(i):
    r = session.post(f"{args.url}/api/pay/v1/orders", json=order_body(args.prefix, i),
                     headers=order_headers(token), timeout=10)
    r.raise_for_status()
    return r.json()["data"]["order_id"]


run(args, create_order, before=fetch_token)
