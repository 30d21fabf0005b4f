# Generated from protocol/openrpc.json by scripts/generate-clients: do not edit by hand.
# Change the document (or the generator) and run scripts/generate-clients.
"""One exception class per error code in protocol/openrpc.json (``components.errors``)."""

from __future__ import annotations

from typing import Dict, Type

from ._errors import SidecarError

__all__ = [
    "ParseError",
    "InvalidRequest",
    "MethodNotFound",
    "InvalidParams",
    "InternalError",
    "GatewayError",
    "CredentialsRefused",
    "GatewayUnreachable",
    "SettingMissing",
    "BadGatewayAnswer",
    "IdempotencyConflict",
    "RefusedForSafety",
]


class ParseError(SidecarError):
    """Parse error: the line is not valid JSON (or not valid UTF-8).

    JSON-RPC error code -32700.
    """

    CODE = -32700


class InvalidRequest(SidecarError):
    """Invalid Request: not a JSON-RPC 2.0 request object, an empty batch, or a line over the size limit.

    JSON-RPC error code -32600.
    """

    CODE = -32600


class MethodNotFound(SidecarError):
    """Method not found.

    JSON-RPC error code -32601.
    """

    CODE = -32601


class InvalidParams(SidecarError):
    """Invalid params (every validation failure): data carries {field, reason}, field a path such as
    payments[0].payment_amount.value.

    JSON-RPC error code -32602.
    """

    CODE = -32602


class InternalError(SidecarError):
    """Internal error.

    JSON-RPC error code -32603.
    """

    CODE = -32603


class GatewayError(SidecarError):
    """The gateway answered with an error: data carries http_status, code, message,
    additional_error_details (also as details), request_id; v1/v2 calls also error_code or
    response_code.

    JSON-RPC error code -32001.
    """

    CODE = -32001


class CredentialsRefused(SidecarError):
    """The gateway refused the client credentials: data carries http_status, error, error_description.

    JSON-RPC error code -32002.
    """

    CODE = -32002


class GatewayUnreachable(SidecarError):
    """The gateway could not be reached or did not answer in time: data carries reason (timeout, connect,
    reset, circuit_open: the host stopped answering and calls fail at once for a cool-down, or shutdown:
    the sidecar stopped before the call finished), outcome (not_sent; unknown: the gateway may have
    acted; not_applied: a lookup showed it did not, safe to repeat), request_id, and for money-moving
    calls reconciled and idempotency_key.

    JSON-RPC error code -32003.
    """

    CODE = -32003


class SettingMissing(SidecarError):
    """A setting this call needs is missing or invalid: data carries setting.

    JSON-RPC error code -32004.
    """

    CODE = -32004


class BadGatewayAnswer(SidecarError):
    """The gateway's answer was malformed or its signature did not verify: data carries http_status,
    reason.

    JSON-RPC error code -32005.
    """

    CODE = -32005


class IdempotencyConflict(SidecarError):
    """An idempotency key was used by a call with other params: data carries idempotency_key (the key
    given, or the merchant reference serving as one), method, first_method. Nothing was sent.

    JSON-RPC error code -32006.
    """

    CODE = -32006


class RefusedForSafety(SidecarError):
    """Refused before sending, to keep money safe: data carries rule (refund_exceeds_captured with
    captured, refunded, pending and requested paise; outcome_pending with pending_key). Nothing was
    sent.

    JSON-RPC error code -32007.
    """

    CODE = -32007


#: The class for each code; SidecarError.from_error falls back to SidecarError itself.
BY_CODE: Dict[int, Type[SidecarError]] = {
    -32700: ParseError,
    -32600: InvalidRequest,
    -32601: MethodNotFound,
    -32602: InvalidParams,
    -32603: InternalError,
    -32001: GatewayError,
    -32002: CredentialsRefused,
    -32003: GatewayUnreachable,
    -32004: SettingMissing,
    -32005: BadGatewayAnswer,
    -32006: IdempotencyConflict,
    -32007: RefusedForSafety,
}
