"""The one list of helper methods: ``snake_name = _Rpc("rpcName")`` per line.

Declared as descriptors in a class body (rather than set with ``setattr`` in a loop) so that the list stays
a single table *and* IDEs and type checkers can see every helper. ``METHODS`` is derived from it.
"""

from __future__ import annotations

import functools
from typing import Any, Callable, Optional, Tuple


class _Rpc:
    """``sc.create_order(params, timeout=None)`` is ``sc.call("createOrder", params, timeout=timeout)``."""

    def __init__(self, rpc_name: str) -> None:
        self.rpc_name = rpc_name

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, obj: Any, owner: Optional[type] = None) -> Callable[..., Any]:
        if obj is None:
            return self  # type: ignore[return-value]  # class access: the descriptor itself, for METHODS
        return functools.partial(obj.call, self.rpc_name)


class MethodHelpers:
    """Mixin: one helper per sidecar method. Each takes ``(params=None, timeout=None)`` like ``call``."""

    create_order = _Rpc("createOrder")
    get_order = _Rpc("getOrder")
    create_payment = _Rpc("createPayment")
    capture = _Rpc("capture")
    cancel = _Rpc("cancel")
    refund = _Rpc("refund")
    create_checkout = _Rpc("createCheckout")
    check_point_balance = _Rpc("checkPointBalance")
    create_payment_link = _Rpc("createPaymentLink")
    get_payment_link = _Rpc("getPaymentLink")
    cancel_payment_link = _Rpc("cancelPaymentLink")
    accept_payment = _Rpc("acceptPayment")
    process_payment = _Rpc("processPayment")
    inquiry = _Rpc("inquiry")
    legacy_refund = _Rpc("legacyRefund")
    create_order_token = _Rpc("createOrderToken")
    verify_signature = _Rpc("verifySignature")
    verify_webhook = _Rpc("verifyWebhook")
    ping = _Rpc("ping")
    discover = _Rpc("rpc.discover")
    simulator_pay = _Rpc("simulator.pay")  # PLURAL_ENV=simulator only
    simulator_configure = _Rpc("simulator.configure")  # PLURAL_ENV=simulator only: inject gateway faults


#: (snake_name, rpc_name) for every helper, in declaration order.
METHODS: Tuple[Tuple[str, str], ...] = tuple(
    (name, d.rpc_name) for name, d in vars(MethodHelpers).items() if isinstance(d, _Rpc)
)
