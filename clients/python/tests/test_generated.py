"""The generated parts agree with protocol/openrpc.json: adding a method or an error code to the document
without running scripts/generate-clients fails here."""

from __future__ import annotations

import inspect
import json
import re
from pathlib import Path
from typing import Any, Dict

import plural_sidecar
from plural_sidecar import METHODS, AsyncSidecar, Sidecar, SidecarError, types

DOC: Dict[str, Any] = json.loads((Path(__file__).resolve().parents[3] / "protocol" / "openrpc.json").read_text())


def test_helpers_are_exactly_the_documents_methods() -> None:
    assert [rpc for _, rpc in METHODS] == [m["name"] for m in DOC["methods"]]
    assert len({snake for snake, _ in METHODS}) == len(METHODS)
    for snake, rpc in METHODS:
        assert callable(getattr(Sidecar, snake)), snake
        assert inspect.iscoroutinefunction(getattr(AsyncSidecar, snake)), snake
        assert f"``{rpc}``" in (getattr(Sidecar, snake).__doc__ or ""), snake


def test_helpers_keep_their_names() -> None:
    # Names backends already use: derived from the method names, dots and the rpc. prefix dropped.
    helpers = dict(METHODS)
    assert helpers["create_order"] == "createOrder"
    assert helpers["check_point_balance"] == "checkPointBalance"
    assert helpers["create_order_token"] == "createOrderToken"
    assert helpers["discover"] == "rpc.discover"
    assert helpers["simulator_pay"] == "simulator.pay"
    assert helpers["simulator_configure"] == "simulator.configure"


def test_one_exception_class_per_error_code() -> None:
    errors = DOC["components"]["errors"]
    assert len([n for n in plural_sidecar.__all__ if n in errors]) == len(errors)
    for name, error in errors.items():
        cls = getattr(plural_sidecar, name)
        assert issubclass(cls, SidecarError) and cls.CODE == error["code"]
        assert (cls.__doc__ or "").startswith(error["message"].split(":")[0])
        assert type(SidecarError.from_error({"code": error["code"], "message": "m"})) is cls


def test_a_typed_dict_per_schema_and_per_params_and_result() -> None:
    for key in DOC["components"]["schemas"]:
        name = "".join(part[:1].upper() + part[1:] for part in re.split(r"[^A-Za-z0-9]+", key))
        assert hasattr(types, name), name
    for snake, _ in METHODS:
        base = "".join(word.capitalize() for word in snake.split("_"))
        assert hasattr(types, f"{base}Params") and hasattr(types, f"{base}Result"), base
    assert types.Order.__required_keys__ == frozenset({"order_id", "status"})  # type: ignore[attr-defined]
    assert "pre_auth" in types.CreateOrderParams.__optional_keys__  # type: ignore[attr-defined]
