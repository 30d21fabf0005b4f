"""Thin client for plural-sidecar: newline-delimited JSON-RPC 2.0 over a child's stdin/stdout or a Unix socket.

    with Sidecar.spawn(env={"PLURAL_ENV": "simulator"}) as sc:
        order = sc.create_order({"merchant_order_reference": "r-1",
                                 "order_amount": {"value": 110000, "currency": "INR"}})

Amounts are integer paise. Errors are :class:`SidecarError` subclasses, one per JSON-RPC code.
"""

from ._aio import AsyncSidecar
from ._client import Sidecar
from ._errors import (BadGatewayAnswer, CredentialsRefused, GatewayError, GatewayUnreachable, InternalError,
                      InvalidParams, InvalidRequest, MethodNotFound, ParseError, SettingMissing, SidecarClosed,
                      SidecarError, SidecarTimeout)
from ._methods import METHODS

__all__ = [
    "Sidecar", "AsyncSidecar", "METHODS",
    "SidecarError", "ParseError", "InvalidRequest", "MethodNotFound", "InvalidParams", "InternalError",
    "GatewayError", "CredentialsRefused", "GatewayUnreachable", "SettingMissing", "BadGatewayAnswer",
    "SidecarClosed", "SidecarTimeout",
]
__version__ = "0.1.0"
