"""An EMI purchase from the Python client, against the simulated gateway (PLURAL_ENV=simulator):
offer discovery → the offer validated → order → CREDIT_EMI payment with the discovered offer → the order PROCESSED.
An offer the gateway did not make (an invented tenure, or figures changed) is refused."""

from __future__ import annotations

import copy
import uuid
from typing import Any

import pytest

from plural_sidecar import GatewayError, InvalidParams, Sidecar

PRICE = {"value": 1200000, "currency": "INR"}  # ₹12,000.00 in paise
CARD = {"name": "Kevin Bob", "card_number": "4111111111111111", "cvv": "123", "expiry_month": "04", "expiry_year": "2031"}


def ref(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:16]}"


def chosen_offer(sc: Sidecar, months: int) -> Any:
    """The credit-card issuer's offer with the tenure of `months`, as offer_data for validateOffer and createPayment."""
    offers = sc.discover_offers({"order_amount": PRICE, "product_details": [{"product_code": "phone-1", "product_amount": PRICE}]})
    issuer = next(i for i in offers["issuers"] if i["issuer_type"] == "CC_BANK")
    tenure = next(t for t in issuer["tenures"] if t["tenure_value"] == months)
    return {"offer_details": {"id": issuer["id"], "name": issuer["name"], "issuer_type": issuer["issuer_type"],
                              "priority": issuer["priority"], "tenure": tenure}}


def emi_payment(sc: Sidecar, order_id: str, offer: Any) -> Any:
    return sc.create_payment({"order_id": order_id, "payments": [{
        "payment_method": "CREDIT_EMI", "merchant_payment_reference": ref("emi-pay"), "payment_amount": PRICE,
        "payment_option": {"card_details": CARD}, "offer_data": offer}]})


def test_emi_purchase_with_a_discovered_offer(sim: Sidecar) -> None:
    offer = chosen_offer(sim, 9)
    tenure = offer["offer_details"]["tenure"]
    # 15% a year for 9 months on ₹12,000: ₹1,350 interest, 9 instalments of ₹1,483.34; integer paise throughout.
    assert tenure["emi_type"] == "STANDARD"
    assert tenure["interest_amount"]["value"] == 135000
    assert tenure["monthly_emi_amount"]["value"] == 148334
    assert isinstance(tenure["total_emi_amount"]["value"], int)
    assert sim.validate_offer({"payment_method": "CREDIT_EMI", "payment_amount": PRICE, "offer_data": offer})["code"] == "SUCCESS"

    order = sim.create_order({"merchant_order_reference": ref("emi"), "order_amount": PRICE, "pre_auth": False})
    pending = emi_payment(sim, order["order_id"], offer)
    assert pending["status"] == "PENDING"
    assert pending["payments"][0]["payment_method"] == "CREDIT_EMI"
    assert "4111111111111111" not in repr(pending)
    # The customer completes the payment (the bank's page, simulated).
    assert sim.simulator_pay({"order_id": order["order_id"]})["payment_status"] == "PROCESSED"
    paid = sim.get_order({"order_id": order["order_id"]})
    assert paid["status"] == "PROCESSED"
    assert paid["payments"][0]["status"] == "PROCESSED"


def test_an_invented_offer_is_refused(sim: Sidecar) -> None:
    offer = chosen_offer(sim, 12)
    invented = copy.deepcopy(offer)
    invented["offer_details"]["tenure"]["tenure_id"] = "24"
    cheaper = copy.deepcopy(offer)
    cheaper["offer_details"]["tenure"]["monthly_emi_amount"]["value"] = 1
    for bad in (invented, cheaper):
        with pytest.raises(GatewayError) as refused:
            sim.validate_offer({"payment_method": "CREDIT_EMI", "payment_amount": PRICE, "offer_data": bad})
        assert refused.value.data["code"] == "INVALID_OFFER"
    order = sim.create_order({"merchant_order_reference": ref("emi-bad"), "order_amount": PRICE, "pre_auth": False})
    with pytest.raises(GatewayError) as refused:
        emi_payment(sim, order["order_id"], invented)
    assert refused.value.data["code"] == "INVALID_OFFER"
    assert sim.get_order({"order_id": order["order_id"]})["status"] == "CREATED", "nothing was charged"
    # The offer is for the amount it was made for.
    with pytest.raises(GatewayError):
        sim.validate_offer({"payment_method": "CREDIT_EMI", "payment_amount": {"value": 1100000, "currency": "INR"}, "offer_data": offer})
    # EMI without an offer is refused before it is sent.
    with pytest.raises(InvalidParams) as missing:
        sim.create_payment({"order_id": order["order_id"], "payments": [{
            "payment_method": "CREDIT_EMI", "merchant_payment_reference": ref("emi-none"), "payment_option": {"card_details": CARD}}]})
    assert missing.value.data["field"] == "payments[0].offer_data"
