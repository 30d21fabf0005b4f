"""Recurring billing from the Python client, against the simulated gateway (PLURAL_ENV=simulator):
customer → card token → plan → subscription → presentation → debit → SUBSCRIPTION_CHARGED."""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from plural_sidecar import GatewayError, InvalidParams, Sidecar

AMOUNT = {"value": 49900, "currency": "INR"}  # ₹499.00 in paise


def ref(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:16]}"


def active_subscription(sc: Sidecar) -> Any:
    customer = sc.create_customer({"merchant_customer_reference": ref("cust"), "first_name": "Kevin",
                                   "country_code": "91", "mobile_number": "9876543210"})
    sc.create_card_token({"customer_id": customer["customer_id"], "merchant_token_reference": ref("tok"), "payment_method": "CARD",
                          "payment_option": {"encrypted_card_details": "ZW5jcnlwdGVk"}})
    plan = sc.create_plan({"plan_name": "Monthly box", "frequency": "Month", "amount": AMOUNT, "end_date": "2027-12-31T00:00:00Z",
                           "merchant_plan_reference": ref("plan")})
    sub = sc.create_subscription({"merchant_subscription_reference": ref("sub"), "plan_id": plan["plan_id"],
                                  "customer_id": customer["customer_id"], "start_date": "2026-12-01T00:00:00Z",
                                  "end_date": "2027-12-01T00:00:00Z", "integration_mode": "SEAMLESS"})
    assert sub["status"] == "ACTIVE"
    return sub


def test_recurring_payment_is_charged(sim: Sidecar) -> None:
    sub = active_subscription(sim)
    reference = ref("pre")
    presentation = sim.create_presentation({"subscription_id": sub["subscription_id"], "amount": AMOUNT,
                                            "due_date": "2026-12-05T00:00:00Z", "merchant_presentation_reference": reference})
    assert presentation["status"] == "CREATED"
    assert sim.simulator_events({"event_type": "SUBSCRIPTION_CHARGED"})["events"] == []
    debit = sim.execute_mandate_debit({"presentation_id": presentation["presentation_id"], "merchant_presentation_reference": reference})
    assert debit["status"] == "COMPLETED"
    # A repeat is the same debit: answered, never charged twice.
    assert sim.execute_mandate_debit({"presentation_id": presentation["presentation_id"],
                                      "merchant_presentation_reference": reference})["order_id"] == debit["order_id"]
    charged = sim.simulator_events({"event_type": "SUBSCRIPTION_CHARGED"})["events"]
    assert len(charged) == 1
    assert charged[0]["data"]["presentation"]["presentation_id"] == presentation["presentation_id"]


def test_paused_subscription_is_not_debited_and_failures_halt(sim: Sidecar) -> None:
    sub = active_subscription(sim)
    sid = sub["subscription_id"]
    assert sim.pause_subscription({"subscription_id": sid})["status"] == "PAUSED"
    with pytest.raises(GatewayError):
        sim.send_pre_debit_notification({"subscription_id": sid, "due_date": "2026-12-05T00:00:00Z",
                                         "merchant_presentation_reference": ref("fail")})
    assert sim.resume_subscription({"subscription_id": sid})["status"] == "ACTIVE"
    failing = ref("fail")
    sim.send_pre_debit_notification({"subscription_id": sid, "due_date": "2026-12-05T00:00:00Z", "merchant_presentation_reference": failing})
    assert sim.execute_mandate_debit({"merchant_presentation_reference": failing})["status"] == "FAILED"
    for key in ("r1", "r2"):
        sim.retry_mandate_debit({"merchant_presentation_reference": failing, "idempotency_key": ref(key)})
    assert sim.get_subscription({"subscription_id": sid})["status"] == "HALTED"
    assert len(sim.simulator_events({"event_type": "SUBSCRIPTION_HALTED"})["events"]) == 1


def test_plan_needs_its_name(sim: Sidecar) -> None:
    with pytest.raises(InvalidParams) as e:
        sim.create_plan({"frequency": "Month", "end_date": "2027-12-31T00:00:00Z", "merchant_plan_reference": ref("plan")})  # type: ignore[typeddict-item]
    assert e.value.data["field"] == "plan_name"
