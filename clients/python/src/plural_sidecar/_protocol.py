"""Transport-free pieces shared by the thread and asyncio clients: framing, binary lookup, answer matching."""

from __future__ import annotations

import json
import os
import shutil
import signal
from typing import Any, Dict, Generic, List, Mapping, Optional, Sequence, Set, Tuple, TypeVar, Union

from ._errors import SidecarError

Params = Optional[Union[Mapping[str, Any], Sequence[Any]]]

#: The child's own name on PATH, used when neither ``binary`` nor ``PLURAL_SIDECAR_BIN`` is given.
DEFAULT_BINARY = "plural-sidecar"


def resolve_binary(binary: Optional[str]) -> str:
    """The argument, else ``$PLURAL_SIDECAR_BIN``, else ``plural-sidecar`` on PATH."""
    chosen = binary or os.environ.get("PLURAL_SIDECAR_BIN") or DEFAULT_BINARY
    if os.sep in chosen:
        return chosen
    found = shutil.which(chosen)
    if found is None:
        raise FileNotFoundError(
            f"{chosen} is not on PATH; pass binary=... or set PLURAL_SIDECAR_BIN to the plural-sidecar executable")
    return found


def child_env(env: Optional[Mapping[str, str]]) -> Dict[str, str]:
    merged = dict(os.environ)
    if env:
        merged.update(env)
    return merged


def encode_request(request_id: int, method: str, params: Params) -> bytes:
    """One request line. ``allow_nan=False``: NaN is not JSON, and must fail here rather than in the sidecar."""
    message: Dict[str, Any] = {"jsonrpc": "2.0", "id": request_id, "method": method}
    if params is not None:
        message["params"] = dict(params) if isinstance(params, Mapping) else list(params)
    text = json.dumps(message, separators=(",", ":"), ensure_ascii=False, allow_nan=False)
    return text.encode("utf-8") + b"\n"


def describe_exit(returncode: Optional[int]) -> str:
    if returncode is None:
        return "plural-sidecar closed its output"
    if returncode < 0:
        try:
            name = signal.Signals(-returncode).name
        except ValueError:
            name = str(-returncode)
        return f"plural-sidecar was killed by signal {name}"
    return f"plural-sidecar exited with status {returncode}"


class ProtocolViolation(Exception):
    """The sidecar wrote something that is not a JSON-RPC answer: the stream can no longer be trusted."""


W = TypeVar("W")
Settled = Tuple[W, Any, Optional[SidecarError]]


class Correlator(Generic[W]):
    """Matches answers to waiting calls by id. Not thread-safe: the caller holds its own lock.

    An error answer with ``"id": null`` (the sidecar could not read the request's id, e.g. a line over its
    size limit) belongs to one of the calls pending when it arrived. It is held with that set of candidates;
    each real answer strikes its id off, and when one candidate is left, that call gets the error. Without
    this, the offending call would wait forever.
    """

    def __init__(self) -> None:
        self.pending: Dict[int, W] = {}
        self._orphans: List[Tuple[Set[int], SidecarError]] = []

    def add(self, request_id: int, waiter: W) -> None:
        self.pending[request_id] = waiter

    def pop(self, request_id: int) -> Optional[W]:
        """Gives up on a call (timeout); its late answer, if any, is then ignored."""
        return self.pending.pop(request_id, None)

    def drain(self) -> List[W]:
        waiters = list(self.pending.values())
        self.pending.clear()
        self._orphans.clear()
        return waiters

    def answer(self, message: Any) -> List[Settled[W]]:
        """Everything one decoded line settles. A batch answer (a JSON array) is taken element by element."""
        settled: List[Settled[W]] = []
        for item in message if isinstance(message, list) else [message]:
            if not isinstance(item, dict) or item.get("jsonrpc") != "2.0":
                raise ProtocolViolation(f"not a JSON-RPC 2.0 answer: {str(item)[:200]}")
            request_id, error = item.get("id"), item.get("error")
            if error is not None and not isinstance(error, dict):
                raise ProtocolViolation("an answer's error is not an object")
            if request_id is None:
                if error is not None and self.pending:
                    self._orphans.append((set(self.pending), SidecarError.from_error(error)))
                continue
            for candidates, _ in self._orphans:
                candidates.discard(request_id)
            waiter = self.pending.pop(request_id, None)
            if waiter is None:
                continue  # the caller timed out and stopped waiting
            if error is not None:
                settled.append((waiter, None, SidecarError.from_error(error)))
            elif "result" in item:
                settled.append((waiter, item["result"], None))
            else:
                raise ProtocolViolation("an answer has neither result nor error")
        settled.extend(self._attribute_orphans())
        return settled

    def _attribute_orphans(self) -> List[Settled[W]]:
        settled: List[Settled[W]] = []
        kept: List[Tuple[Set[int], SidecarError]] = []
        for candidates, error in self._orphans:
            if len(candidates) == 1:
                waiter = self.pending.pop(next(iter(candidates)), None)
                if waiter is not None:
                    settled.append((waiter, None, error))
            elif candidates:
                kept.append((candidates, error))
        self._orphans = kept
        return settled
