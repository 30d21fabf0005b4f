"""Reconciliation from the Python client, against the simulated gateway (PLURAL_ENV=simulator): orders created
and paid (one captured after pre-auth, one refunded in part) → the settlement they were paid out in → its
transactions, which are exactly those orders, with integer-paise amounts that add up."""

from __future__ import annotations

import time
import uuid
from typing import Any

import pytest

from plural_sidecar import GatewayError, InvalidParams, Sidecar


def ref(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:16]}"


def inr(paise: int) -> Any:
    return {"value": paise, "currency": "INR"}


def paid_order(sc: Sidecar, paise: int, pre_auth: bool = False) -> str:
    order = sc.create_order({"merchant_order_reference": ref("order"), "order_amount": inr(paise), "pre_auth": pre_auth})
    sc.create_payment({"order_id": order["order_id"], "payments": [{
        "payment_method": "UPI", "merchant_payment_reference": ref("pay"), "payment_amount": inr(paise),
        "payment_option": {"upi_details": {"txn_mode": "INTENT"}}}]})
    sc.simulator_pay({"order_id": order["order_id"]})
    return str(order["order_id"])


def today() -> str:
    return time.strftime("%Y-%m-%d", time.gmtime())


def test_settlement_shows_exactly_the_paid_orders_with_amounts_that_add_up(sim: Sidecar) -> None:
    sale = paid_order(sim, 129900)
    held = paid_order(sim, 50000, pre_auth=True)
    assert sim.capture({"order_id": held, "merchant_capture_reference": ref("cap"), "capture_amount": inr(45000)})["status"] == "PROCESSED"
    refunded = paid_order(sim, 20000)
    sim.refund({"order_id": refunded, "merchant_order_reference": ref("refund"), "order_amount": inr(5000)})
    # Neither an unpaid order nor a failed one is settled.
    sim.create_order({"merchant_order_reference": ref("unpaid"), "order_amount": inr(7000)})

    listed = sim.list_settlements({"start_date": today(), "end_date": today(), "page": 1, "per_page": 10})
    assert listed["total_settlement_count"] == 1
    summary = listed["data"][0]
    utr = summary["utr_number"]

    detail = sim.get_settlement({"utr": utr})
    transactions = detail["transactions"]
    assert {t["transaction_id"] for t in transactions} == {sale, held, refunded}
    gross = {sale: 129900, held: 45000, refunded: 20000}
    for t in transactions:
        assert t["utr_number"] == utr
        assert t["actual_transaction_amount"] == gross[t["transaction_id"]], "the captured amount, not the authorised one"
        assert t["settled_amount"] == t["actual_transaction_amount"] - t["total_deduction_amount"]
        assert all(isinstance(t[k], int) for k in ("actual_transaction_amount", "total_deduction_amount", "settled_amount"))
    # The payout is the transactions' amounts less MDR, GST and refunds, to the paisa.
    assert detail["actual_transaction_amount"] == sum(gross.values())
    assert detail["total_refund"] == 5000
    assert detail["total_settled_amount"] == sum(t["settled_amount"] for t in transactions)
    assert detail["total_settled_amount"] == (detail["actual_transaction_amount"] - detail["total_mdr_amount"]
                                              - detail["total_gst_amount"] - detail["total_refund"])
    assert summary["total_amount"] == detail["total_settled_amount"] == listed["total_settlement_amount"]
    assert summary["total_transactions_count"] == detail["total_transaction_count"] == 3

    # Paid later: a settlement of its own; the first one does not change.
    later = paid_order(sim, 1100)
    again = sim.list_settlements({"start_date": today(), "end_date": today()})
    assert again["total_settlement_count"] == 2
    second = next(s["utr_number"] for s in again["data"] if s["utr_number"] != utr)
    assert [t["transaction_id"] for t in sim.get_settlement({"utr": second})["transactions"]] == [later]
    assert sim.get_settlement({"utr": utr})["total_settled_amount"] == detail["total_settled_amount"]


def test_settlement_refusals(sim: Sidecar) -> None:
    with pytest.raises(InvalidParams) as bad:
        sim.list_settlements({"start_date": "2026-01-01", "end_date": "2026-04-01"})
    assert bad.value.data["field"] == "end_date"
    with pytest.raises(GatewayError) as unknown:
        sim.get_settlement({"utr": "999999999999"})
    assert unknown.value.data["http_status"] == 404
