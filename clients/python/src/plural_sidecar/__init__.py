"""Thin client for plural-sidecar: newline-delimited JSON-RPC 2.0 over a child's stdin/stdout or a Unix socket.

    with Sidecar.spawn(env={"PLURAL_ENV": "simulator"}) as sc:
        order = sc.create_order({"merchant_order_reference": "r-1",
                                 "order_amount": {"value": 110000, "currency": "INR"}})

Amounts are integer paise. Errors are :class:`SidecarError` subclasses, one per JSON-RPC code. The helpers,
the error classes and :mod:`plural_sidecar.types` are generated from protocol/openrpc.json.
"""

from . import _error_codes, types
from ._aio import AsyncSidecar
from ._client import Sidecar
from ._error_codes import *  # noqa: F401,F403 - one class per error code, listed in _error_codes.__all__
from ._errors import SidecarClosed, SidecarError, SidecarTimeout
from ._methods import METHODS

__all__ = [
    "Sidecar", "AsyncSidecar", "METHODS", "types",
    "SidecarError", "SidecarClosed", "SidecarTimeout",
]
__all__ += _error_codes.__all__
__version__ = "0.1.0"
