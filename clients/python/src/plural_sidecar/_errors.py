"""The exceptions' base class, and the two ways a call can end without an answer.

The subclasses, one per JSON-RPC error code, are generated from protocol/openrpc.json into ``_error_codes.py``.
"""

from __future__ import annotations

from typing import Any, Mapping, Optional


class SidecarError(Exception):
    """The sidecar answered the call with a JSON-RPC error.

    ``code`` is the JSON-RPC code, ``message`` the sidecar's one-sentence explanation, ``data`` its
    structured detail (``{field, reason}`` for -32602, ``http_status``/``request_id`` for gateway errors).
    An error answer means the call was *answered*: compare :class:`SidecarClosed`, where the outcome is unknown.
    """

    #: The JSON-RPC code a subclass stands for (None on the base class).
    CODE: Optional[int] = None

    def __init__(self, code: int, message: str, data: Any = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.data = data

    def __str__(self) -> str:
        return f"[{self.code}] {self.message}" + ("" if self.data is None else f" {self.data!r}")

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.code!r}, {self.message!r}, {self.data!r})"

    @staticmethod
    def from_error(error: Mapping[str, Any]) -> "SidecarError":
        """Builds the most specific exception for a JSON-RPC ``error`` object."""
        code = error.get("code")
        if not isinstance(code, int):
            code = -32603
        message = error.get("message")
        from ._error_codes import BY_CODE  # generated; imported here because it imports this module

        cls = BY_CODE.get(code, SidecarError)
        return cls(code, message if isinstance(message, str) else "", error.get("data"))


class SidecarClosed(ConnectionError):
    """The sidecar process died or the socket closed before the call was answered, or the client was closed.

    Deliberately *not* a :class:`SidecarError`: there was no answer, so a payment call that fails this way
    has an unknown outcome (look the order up before retrying). ``except ConnectionError`` catches it.
    ``returncode`` is the child's exit status when known (negative: killed by that signal), else None.
    """

    def __init__(self, message: str, returncode: Optional[int] = None) -> None:
        super().__init__(message)
        self.returncode = returncode


class SidecarTimeout(TimeoutError):
    """No answer within the ``timeout`` given to the call. The call may still complete in the sidecar."""
