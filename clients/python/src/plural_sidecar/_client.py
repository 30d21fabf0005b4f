"""The thread-based client: one reader thread resolves per-id futures; writers share one lock."""

from __future__ import annotations

import itertools
import json
import socket
import subprocess
import threading
import time
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from typing import IO, Any, Mapping, Optional, Sequence, Tuple, Type
from types import TracebackType

from ._errors import SidecarClosed, SidecarTimeout
from ._methods import MethodHelpers
from ._protocol import Correlator, Params, ProtocolViolation, child_env, describe_exit, encode_request, resolve_binary


class _Transport:
    """A byte stream to the sidecar: a child's pipes or a Unix socket."""

    def readline(self) -> bytes:
        raise NotImplementedError

    def write(self, data: bytes) -> None:
        raise NotImplementedError

    def end_output(self) -> None:
        """Half-close: the sidecar sees end of input, answers what is in flight, then closes its side."""
        raise NotImplementedError

    def ended(self) -> Tuple[str, Optional[int]]:
        """Why the input ended, once it has: a sentence and the child's exit status if there is one."""
        raise NotImplementedError

    def finish(self, timeout: float) -> None:
        """Releases everything, waiting up to ``timeout`` seconds for a child to exit before killing it."""
        raise NotImplementedError


class _PipeTransport(_Transport):
    def __init__(self, process: "subprocess.Popen[bytes]") -> None:
        self.process = process
        assert process.stdin is not None and process.stdout is not None
        self._in: IO[bytes] = process.stdin
        self._out: IO[bytes] = process.stdout

    def readline(self) -> bytes:
        return self._out.readline()

    def write(self, data: bytes) -> None:
        self._in.write(data)
        self._in.flush()

    def end_output(self) -> None:
        try:
            self._in.close()
        except OSError:
            pass  # already broken: the child is gone, which is what closing wants anyway

    def ended(self) -> Tuple[str, Optional[int]]:
        # Its stdout ends when it exits; give the exit a moment to be reaped so the status can be reported.
        try:
            code: Optional[int] = self.process.wait(timeout=2)
        except subprocess.TimeoutExpired:
            code = None
        return describe_exit(code), code

    def finish(self, timeout: float) -> None:
        self.end_output()
        try:
            self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            # SIGTERM makes it drain what is in flight (its own deadline); SIGKILL if even that hangs.
            self.process.terminate()
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._out.close()


class _SocketTransport(_Transport):
    def __init__(self, sock: socket.socket, path: str) -> None:
        self.sock = sock
        self.path = path
        self._file = sock.makefile("rb")

    def readline(self) -> bytes:
        return self._file.readline()

    def write(self, data: bytes) -> None:
        self.sock.sendall(data)

    def end_output(self) -> None:
        try:
            self.sock.shutdown(socket.SHUT_WR)
        except OSError:
            pass

    def ended(self) -> Tuple[str, Optional[int]]:
        return f"plural-sidecar closed the connection on {self.path}", None

    def finish(self, timeout: float) -> None:
        self._file.close()
        self.sock.close()


class Sidecar(MethodHelpers):
    """A connection to one plural-sidecar: a spawned child (stdin/stdout) or a Unix socket.

    Safe to share between threads: any number of calls may be in flight at once, each answered by id.
    Every helper (``create_order``, ``get_order``, ... ``simulator_pay``; generated from protocol/openrpc.json
    into ``_methods.py``) is ``call`` with the method name filled in. Use :meth:`spawn` or :meth:`connect`,
    preferably as a context manager.
    """

    def __init__(self, transport: _Transport, default_timeout: Optional[float] = None) -> None:
        self._transport = transport
        self.default_timeout = default_timeout
        self._lock = threading.Lock()  # guards the correlator and the closed state
        self._write_lock = threading.Lock()  # one whole line at a time
        self._ids = itertools.count(1)
        self._calls: Correlator["Future[Any]"] = Correlator()
        self._closed: Optional[SidecarClosed] = None
        self._closing = False
        self._reader = threading.Thread(target=self._read_loop, name="plural-sidecar-reader", daemon=True)
        self._reader.start()

    @classmethod
    def spawn(cls, binary: Optional[str] = None, env: Optional[Mapping[str, str]] = None, *,
              args: Sequence[str] = (), default_timeout: Optional[float] = None) -> "Sidecar":
        """Starts ``plural-sidecar`` as a child speaking JSON-RPC on its stdin/stdout.

        ``binary``: the executable; default ``$PLURAL_SIDECAR_BIN``, else ``plural-sidecar`` on PATH.
        ``env`` is merged over ``os.environ`` (settings and secrets travel this way, never as arguments).
        ``args``: extra command-line arguments, e.g. ``["--config", path]``. The child's stderr (its JSON
        log lines) is inherited: it goes wherever this process's stderr goes.
        """
        process = subprocess.Popen([resolve_binary(binary), *args], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                   stderr=None, env=child_env(env), close_fds=True)
        return cls(_PipeTransport(process), default_timeout)

    @classmethod
    def connect(cls, socket_path: str, *, default_timeout: Optional[float] = None) -> "Sidecar":
        """Connects to ``plural-sidecar --socket PATH`` running elsewhere (e.g. under a supervisor)."""
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            sock.connect(socket_path)
        except OSError:
            sock.close()
            raise
        return cls(_SocketTransport(sock, socket_path), default_timeout)

    @property
    def pid(self) -> Optional[int]:
        """The child's process id (None when connected over a socket)."""
        t = self._transport
        return t.process.pid if isinstance(t, _PipeTransport) else None

    @property
    def returncode(self) -> Optional[int]:
        """The child's exit status once it has exited (negative: killed by that signal)."""
        t = self._transport
        return t.process.poll() if isinstance(t, _PipeTransport) else None

    def call(self, method: str, params: Params = None, timeout: Optional[float] = None) -> Any:
        """Calls ``method`` and returns its result.

        Raises a :class:`SidecarError` subclass for an error answer, :class:`SidecarClosed` if the sidecar
        goes away first (outcome unknown), :class:`SidecarTimeout` after ``timeout`` seconds (default: the
        ``default_timeout`` given at spawn/connect; None waits as long as the sidecar takes, which is
        bounded by its own PLURAL_TIMEOUT for gateway calls).
        """
        with self._lock:
            if self._closed is not None:
                raise self._closed_error()
            request_id = next(self._ids)
        line = encode_request(request_id, method, params)  # bad params raise here, before anything is sent
        future: "Future[Any]" = Future()
        with self._lock:
            if self._closed is not None:
                raise self._closed_error()
            self._calls.add(request_id, future)
        try:
            with self._write_lock:
                self._transport.write(line)
        except (OSError, ValueError):
            # The other end is gone (or we closed it): the reader is about to see the end of input and fail
            # every pending call with the reason. Wait for that rather than guess the reason here.
            self._reader.join(timeout=5)
            self._shut("cannot write to plural-sidecar")
        wait = self.default_timeout if timeout is None else timeout
        try:
            return future.result(timeout=wait)
        except FutureTimeout:
            with self._lock:
                gave_up = self._calls.pop(request_id) is not None
            if not gave_up:
                return future.result()  # the answer won the race with the timeout
            raise SidecarTimeout(f"{method} got no answer within {wait} s; it may still complete in the sidecar")

    def close(self, timeout: float = 30.0) -> None:
        """Ends the input; the sidecar answers every call in flight, then exits. Waits up to ``timeout``
        seconds for that before terminating the child. Idempotent."""
        with self._lock:
            self._closing = True
        with self._write_lock:
            self._transport.end_output()
        deadline = time.monotonic() + timeout
        self._reader.join(timeout)
        self._transport.finish(max(0.0, deadline - time.monotonic()))
        self._shut("the sidecar client is closed")

    def __enter__(self) -> "Sidecar":
        return self

    def __exit__(self, exc_type: Optional[Type[BaseException]], exc: Optional[BaseException],
                 tb: Optional[TracebackType]) -> None:
        self.close()

    def _closed_error(self) -> SidecarClosed:
        # A fresh instance per raise: one exception object raised in many threads would share a traceback.
        assert self._closed is not None
        return SidecarClosed(str(self._closed), self._closed.returncode)

    def _read_loop(self) -> None:
        reason: Optional[str] = None
        try:
            for line in iter(self._transport.readline, b""):
                if not line.strip():
                    continue
                try:
                    with self._lock:
                        settled = self._calls.answer(json.loads(line))
                except (ValueError, ProtocolViolation) as e:
                    reason = f"plural-sidecar broke the protocol ({e}); the connection was dropped"
                    self._transport.end_output()
                    break
                for future, result, error in settled:
                    if error is not None:
                        future.set_exception(error)
                    else:
                        future.set_result(result)
        except (OSError, ValueError) as e:
            reason = f"reading from plural-sidecar failed: {e}"
        self._shut(reason)

    def _shut(self, reason: Optional[str]) -> None:
        """Marks the connection closed (first reason wins) and fails every pending call."""
        returncode: Optional[int] = None
        if reason is None:
            with self._lock:
                closing = self._closing
            reason, returncode = ("the sidecar client is closed", None) if closing else self._transport.ended()
        with self._lock:
            if self._closed is None:
                self._closed = SidecarClosed(reason, returncode)
            waiters = self._calls.drain()
        for future in waiters:
            future.set_exception(self._closed_error())
