"""The asyncio client: the same protocol, with a reader task instead of a reader thread."""

from __future__ import annotations

import asyncio
import itertools
import json
from typing import Any, Mapping, Optional, Sequence, Type
from types import TracebackType

from ._errors import SidecarClosed, SidecarTimeout
from ._methods import AsyncMethodHelpers
from ._protocol import Correlator, Params, ProtocolViolation, child_env, describe_exit, encode_request, resolve_binary

# asyncio's StreamReader refuses lines over 64 KiB by default; answers (rpc.discover, orders with many
# payments) can be larger, and the sidecar's own request limit is 1 MiB. 16 MiB leaves ample room.
_LINE_LIMIT = 16 << 20


class AsyncSidecar(AsyncMethodHelpers):
    """:class:`Sidecar` for asyncio: ``await sc.create_order({...})``. Many calls may be in flight at once."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, *,
                 process: Optional[asyncio.subprocess.Process] = None, label: str = "plural-sidecar",
                 default_timeout: Optional[float] = None) -> None:
        self._reader = reader
        self._writer = writer
        self._process = process
        self._label = label
        self.default_timeout = default_timeout
        self._ids = itertools.count(1)
        self._calls: Correlator["asyncio.Future[Any]"] = Correlator()
        self._closed: Optional[SidecarClosed] = None
        self._closing = False
        self._task = asyncio.get_running_loop().create_task(self._read_loop())

    @classmethod
    async def spawn(cls, binary: Optional[str] = None, env: Optional[Mapping[str, str]] = None, *,
                    args: Sequence[str] = (), default_timeout: Optional[float] = None) -> "AsyncSidecar":
        """As :meth:`Sidecar.spawn`."""
        process = await asyncio.create_subprocess_exec(
            resolve_binary(binary), *args, stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
            stderr=None, env=child_env(env), limit=_LINE_LIMIT)
        assert process.stdout is not None and process.stdin is not None
        return cls(process.stdout, process.stdin, process=process, default_timeout=default_timeout)

    @classmethod
    async def connect(cls, socket_path: str, *, default_timeout: Optional[float] = None) -> "AsyncSidecar":
        """As :meth:`Sidecar.connect`."""
        reader, writer = await asyncio.open_unix_connection(socket_path, limit=_LINE_LIMIT)
        return cls(reader, writer, label=f"plural-sidecar on {socket_path}", default_timeout=default_timeout)

    @property
    def pid(self) -> Optional[int]:
        return self._process.pid if self._process else None

    @property
    def returncode(self) -> Optional[int]:
        return self._process.returncode if self._process else None

    async def call(self, method: str, params: Params = None, timeout: Optional[float] = None) -> Any:
        """As :meth:`Sidecar.call`."""
        if self._closed is not None:
            raise self._closed_error()
        request_id = next(self._ids)
        line = encode_request(request_id, method, params)
        future: "asyncio.Future[Any]" = asyncio.get_running_loop().create_future()
        self._calls.add(request_id, future)
        try:
            self._writer.write(line)
            await self._writer.drain()
        except (ConnectionError, RuntimeError):
            pass  # the reader task sees the end of input and fails the call with the reason
        wait = self.default_timeout if timeout is None else timeout
        try:
            # shield: on timeout the future must stay intact, so a late answer is dropped by the correlator
            return await asyncio.wait_for(asyncio.shield(future), wait)
        except asyncio.TimeoutError:
            if self._calls.pop(request_id) is None and future.done():
                return future.result()
            raise SidecarTimeout(f"{method} got no answer within {wait} s; it may still complete in the sidecar") from None
        except asyncio.CancelledError:
            self._calls.pop(request_id)  # nobody will read the answer now
            raise

    async def close(self, timeout: float = 30.0) -> None:
        """Ends the input, lets the sidecar answer what is in flight, waits for it to exit."""
        self._closing = True
        try:
            if self._process is not None:
                self._writer.close()  # closing the child's stdin is its end of input
            elif self._writer.can_write_eof():
                self._writer.write_eof()  # half-close: the socket server still answers
        except (ConnectionError, RuntimeError, OSError):
            pass
        try:
            await asyncio.wait_for(asyncio.shield(self._task), timeout)
        except asyncio.TimeoutError:
            pass
        if self._process is not None:
            if self._process.returncode is None:
                try:
                    await asyncio.wait_for(self._process.wait(), 5 if self._task.done() else 0.1)
                except asyncio.TimeoutError:
                    self._process.kill()
                    await self._process.wait()
        else:
            self._writer.close()
            try:
                await self._writer.wait_closed()
            except (ConnectionError, OSError):
                pass
        self._task.cancel()
        self._shut("the sidecar client is closed", None)

    async def __aenter__(self) -> "AsyncSidecar":
        return self

    async def __aexit__(self, exc_type: Optional[Type[BaseException]], exc: Optional[BaseException],
                        tb: Optional[TracebackType]) -> None:
        await self.close()

    def _closed_error(self) -> SidecarClosed:
        assert self._closed is not None
        return SidecarClosed(str(self._closed), self._closed.returncode)

    async def _read_loop(self) -> None:
        reason: Optional[str] = None
        try:
            while True:
                line = await self._reader.readline()
                if not line:
                    break
                if not line.strip():
                    continue
                try:
                    settled = self._calls.answer(json.loads(line))
                except (ValueError, ProtocolViolation) as e:
                    reason = f"plural-sidecar broke the protocol ({e}); the connection was dropped"
                    self._writer.close()
                    break
                for future, result, error in settled:
                    if future.done():
                        continue
                    if error is not None:
                        future.set_exception(error)
                    else:
                        future.set_result(result)
        except (OSError, ValueError) as e:
            reason = f"reading from plural-sidecar failed: {e}"
        returncode: Optional[int] = None
        if reason is None:
            if self._closing:
                reason = "the sidecar client is closed"
            elif self._process is not None:
                try:
                    returncode = await asyncio.wait_for(self._process.wait(), 2)
                except asyncio.TimeoutError:
                    returncode = None
                reason = describe_exit(returncode)
            else:
                reason = f"{self._label} closed the connection"
        self._shut(reason, returncode)

    def _shut(self, reason: str, returncode: Optional[int]) -> None:
        if self._closed is None:
            self._closed = SidecarClosed(reason, returncode)
        for future in self._calls.drain():
            if not future.done():
                future.set_exception(self._closed_error())
