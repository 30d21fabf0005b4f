"""Shared fixtures. The binary is $PLURAL_SIDECAR_BIN, else <repo>/.build/debug/plural-sidecar."""

from __future__ import annotations

import ctypes
import os
import signal
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Iterator

import pytest

from plural_sidecar import Sidecar

REPO = Path(__file__).resolve().parents[3]
BIN = os.environ.get("PLURAL_SIDECAR_BIN") or str(REPO / ".build" / "debug" / "plural-sidecar")
FAKE = str(Path(__file__).with_name("fake_sidecar.py"))


def pytest_configure(config: pytest.Config) -> None:
    if not os.access(BIN, os.X_OK):
        raise pytest.UsageError(f"no plural-sidecar at {BIN}: run `swift build` in {REPO} or set PLURAL_SIDECAR_BIN")


def stop_process(pid: int) -> None:
    """SIGSTOP, then wait until the kernel reports it stopped: kill() returns before the stop takes effect."""
    os.kill(pid, signal.SIGSTOP)
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        with open(f"/proc/{pid}/stat") as f:
            if f.read().rsplit(")", 1)[1].split()[0] == "T":
                return
        time.sleep(0.001)


def die_with_parent() -> None:
    """In the child before exec: SIGKILL when pytest dies, however it dies (PR_SET_PDEATHSIG). A socket
    server does not end at end of input as a stdio sidecar does, so nothing else would stop it."""
    ctypes.CDLL(None).prctl(1, signal.SIGKILL, 0, 0, 0)


@pytest.fixture
def sidecar() -> Iterator[Sidecar]:
    with Sidecar.spawn(BIN) as sc:
        yield sc


@pytest.fixture
def sim() -> Iterator[Sidecar]:
    """A sidecar against the built-in simulated gateway (no credentials, no network)."""
    with Sidecar.spawn(BIN, env={"PLURAL_ENV": "simulator"}) as sc:
        yield sc


@pytest.fixture
def socket_server() -> Iterator[tuple[str, "subprocess.Popen[bytes]"]]:
    """`plural-sidecar --socket PATH` as a subprocess; yields (path, process) once the socket exists."""
    # A short directory of our own: Unix socket paths are limited to ~107 bytes.
    directory = tempfile.mkdtemp(prefix="psc-")
    path = os.path.join(directory, "s.sock")
    process = subprocess.Popen([BIN, "--socket", path], env={**os.environ, "PLURAL_ENV": "simulator"}, preexec_fn=die_with_parent)
    try:
        deadline = time.monotonic() + 10
        while not os.path.exists(path):
            assert process.poll() is None, f"socket server exited with {process.returncode}"
            assert time.monotonic() < deadline, "socket file never appeared"
            time.sleep(0.02)
        yield path, process
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        for leftover in (path, path + ".lock"):  # the sidecar leaves its lock file (PATH.lock) in place
            if os.path.exists(leftover):
                os.unlink(leftover)
        os.rmdir(directory)
