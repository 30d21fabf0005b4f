"""Checked with `mypy --strict` by test_typing.py, never run: the types must accept ordinary use and reject
the mistakes they exist to catch. Each `# type: ignore[...]` marks a mistake; under --strict an ignore that
is not needed is itself an error, so every one of them proves that mypy flags that line."""

from __future__ import annotations

import asyncio
from typing import List

from plural_sidecar import (AsyncSidecar, GatewayUnreachable, InvalidParams, Sidecar, SidecarClosed, SidecarError,
                            SidecarTimeout)
from plural_sidecar.types import Amount, PaymentRequest, Order, VerifyWebhookParams


def flow(sc: Sidecar) -> str:
    amount: Amount = {"value": 110000, "currency": "INR"}
    order: Order = sc.create_order({"merchant_order_reference": "r-1", "order_amount": amount, "pre_auth": True})
    payment: PaymentRequest = {
        "payment_method": "CARD", "merchant_payment_reference": "p-1", "payment_amount": amount,
        "payment_option": {"card_details": {"name": "K", "card_number": "4111111111111111", "cvv": "123",
                                            "expiry_month": "12", "expiry_year": "2030"}},
    }
    paying = sc.create_payment({"order_id": order["order_id"], "payments": [payment]})
    url: str = paying.get("challenge_url", "")
    callback = sc.simulator_pay({"order_id": order["order_id"], "outcome": "success"})
    valid: bool = sc.verify_signature({"payload": dict(callback)})["valid"]
    sc.get_order({"merchant_order_reference": "r-1"})
    sc.capture({"order_id": order["order_id"], "merchant_capture_reference": "c-1"}, timeout=5)
    refund = sc.refund({"order_id": order["order_id"], "merchant_order_reference": "rf-1", "order_amount": amount})
    parent: str = refund.get("parent_order_id", "")
    statuses: List[str] = [p["status"] for p in refund.get("payments", [])]
    pong = sc.ping()
    doc = sc.discover()
    status = sc.inquiry({"unique_merchant_txn_id": "t-1"})
    succeeded: bool = status["payment_succeeded"] and status["outcome"] == "success"
    headers: VerifyWebhookParams = {"headers": {"webhook-id": "w"}, "body": "{}"}
    hook_id: str = sc.verify_webhook(headers)["webhook_id"]
    processed = sc.process_payment({"token": "tok", "upi_data": {"vpa": "a@b"}})
    if processed["kind"] == "upi_intent":
        print(processed.get("deep_link"))
    sc.simulator_configure({"faults": [{"kind": "latency", "ms": 1500, "path": "/api/pay/v1/orders"}]})
    raw = sc.call("ping", {}, timeout=1.0)
    try:
        sc.cancel({"order_id": order["order_id"]})
    except InvalidParams as e:
        return str(e.data["field"])
    except GatewayUnreachable as e:
        return f"{e.code} {e.data}"
    except SidecarError as e:
        return f"{e.code} {e.message}"
    except SidecarClosed as e:
        return f"{e.returncode}"
    except SidecarTimeout:
        return "timeout"

    sc.create_order({"merchant_order_reference": "r-2"})  # type: ignore[typeddict-item]  # order_amount is required
    sc.create_order({"merchant_order_reference": "r-3",
                     "order_amount": {"value": "1100", "currency": "INR"}})  # type: ignore[typeddict-item]  # paise are an int
    sc.simulator_pay({"order_id": "x", "outcome": "maybe"})  # type: ignore[arg-type]  # success or failure
    sc.create_order({"merchant_order_reference": "r-4", "order_amount": amount,
                     "pre_authh": True})  # type: ignore[typeddict-unknown-key]  # a misspelt param
    sc.cancel()  # type: ignore[call-arg]  # cancel needs its order_id
    wrong: int = order["order_id"]  # type: ignore[assignment]  # an order id is a string
    return f"{url} {valid} {parent} {statuses} {pong['env']} {doc} {succeeded} {hook_id} {raw} {wrong}"


async def async_flow(sc: AsyncSidecar) -> str:
    order = await sc.create_order({"merchant_order_reference": "r-1",
                                   "order_amount": {"value": 1100, "currency": "INR"}})
    pongs = await asyncio.gather(sc.ping(), sc.ping())
    links = await sc.get_payment_link({"merchant_payment_link_reference": "l-1"})
    await sc.close()
    order_id: int = (await sc.get_order({"order_id": "x"}))["order_id"]  # type: ignore[assignment]
    return f"{order['order_id']} {pongs[0]['version']} {links['payment_link_id']} {order_id}"


def main() -> None:
    with Sidecar.spawn(env={"PLURAL_ENV": "simulator"}, default_timeout=5) as sc:
        print(flow(sc))

    async def run() -> None:
        async with await AsyncSidecar.spawn(env={"PLURAL_ENV": "simulator"}) as sc:
            print(await async_flow(sc))

    asyncio.run(run())
