"""Signals in the first moments of start-up (issue 13, item 10).

A supervisor may send SIGTERM (or a person Ctrl-C) right after starting the sidecar. From the moment the
sidecar's image runs its first constructor the termination signals are blocked and wait for the orderly way
out (drain, answer, exit 0). Before that moment nothing of ours has run: these tests measure how long that is
after exec — the window in which the default action still kills — and hold the shipped binary to a small one.

The binary under test is $PLURAL_SIDECAR_RELEASE_BIN (the static one scripts/release builds; scripts/test sets
it) else $PLURAL_SIDECAR_BIN. Standard library only, besides pytest.
"""
import os
import pathlib
import signal
import statistics
import subprocess
import time

import pytest

REPO = pathlib.Path(__file__).resolve().parents[2]
RELEASE = os.environ.get("PLURAL_SIDECAR_RELEASE_BIN")
BINARY = RELEASE or os.environ.get("PLURAL_SIDECAR_BIN") or str(REPO / ".build/debug/plural-sidecar")
TERMINATION = (signal.SIGTERM, signal.SIGINT, signal.SIGHUP)
# The shipped binary must block the signals within this long of exec, in the lower quartile of 15 starts
# (measured: 2-3 ms on the 2-core VM; 7-11 ms before libcurl was loaded with dlopen, the time its dependencies
# take to load and initialise).
SHIPPED_WINDOW_S = 0.005


@pytest.fixture(autouse=True)
def clean_mask():
    # A signal mask survives fork and exec: a test runner that blocked these would hide the window entirely.
    signal.pthread_sigmask(signal.SIG_UNBLOCK, TERMINATION)
    yield


def spawn():
    env = {"PATH": "/usr/bin:/bin", "PLURAL_ENV": "simulator", "PLURAL_LOG_LEVEL": "info"}
    return subprocess.Popen([BINARY], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)


def blocked(pid):
    """The termination signals blocked in any thread of the process. Any thread, not the main one: once the
    main thread waits in sigwait the kernel shows the signals it waits for as unblocked there, while every
    thread started after the mask was set still shows it. Read from /proc/PID/task/TID/stat ("blocked", the
    32nd field), not status: status takes the process's memory lock, which the loader holds while it maps
    libraries, and would report the moment late."""
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except FileNotFoundError:
        return set()
    for task in tasks:
        try:
            with open(f"/proc/{pid}/task/{task}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except (FileNotFoundError, ProcessLookupError):
            continue
        mask = int(fields[31 - 2])  # fields after "pid (comm)" start at the 3rd
        if all(mask & (1 << (s - 1)) for s in TERMINATION):
            return set(TERMINATION)
    return set()


def wait_until_blocked(proc, limit=5.0):
    """Seconds from the return of Popen (the child has exec'd) until all three are blocked."""
    start = time.perf_counter()
    while blocked(proc.pid) != set(TERMINATION):
        assert proc.poll() is None, "the sidecar exited during start-up"
        assert time.perf_counter() - start < limit, "the termination signals were never blocked"
    return time.perf_counter() - start


@pytest.mark.parametrize("sig", TERMINATION, ids=lambda s: signal.Signals(s).name)
def test_a_signal_right_after_the_mask_takes_the_orderly_way(sig):
    """A signal that arrives while start-up is still under way waits and is acted on, never lost or fatal:
    SIGTERM and SIGINT stop the sidecar by themselves (input still open) with exit 0; after SIGHUP (reread the
    settings) it still serves."""
    for _ in range(5):
        proc = spawn()
        wait_until_blocked(proc)
        proc.send_signal(sig)
        if sig == signal.SIGHUP:
            proc.stdin.write(b'{"jsonrpc":"2.0","id":1,"method":"ping"}\n')
            proc.stdin.flush()
            assert b'"result"' in proc.stdout.readline(), "the sidecar stopped serving after a SIGHUP at start-up"
            out, err = proc.communicate(timeout=20)  # closes stdin: end of input, exit 0
        else:
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
                pytest.fail(f"{signal.Signals(sig).name} during start-up was lost: the sidecar kept running")
            out, err = proc.stdout.read(), proc.stderr.read()
            assert b"signal received" in err, err[-600:]
        assert proc.returncode == 0, f"{signal.Signals(sig).name} during start-up: exit {proc.returncode}; stderr: {err[-600:]!r}"
        assert out == b"", "nothing but answers may reach stdout"


def test_the_window_before_the_first_constructor_is_small():
    # One start first, so the image is in the page cache and its first start's disk reads are not counted.
    proc = spawn()
    wait_until_blocked(proc)
    proc.send_signal(signal.SIGTERM)
    proc.communicate(timeout=20)
    windows = []
    for _ in range(15):
        proc = spawn()
        windows.append(wait_until_blocked(proc))
        proc.send_signal(signal.SIGTERM)
        proc.communicate(timeout=20)
    windows.sort()
    quartile = windows[len(windows) // 4]
    print(f"\n{BINARY}: signals blocked {statistics.median(windows) * 1000:.2f} ms after exec (median of {len(windows)}; "
          f"lower quartile {quartile * 1000:.2f}, min {windows[0] * 1000:.2f}, max {windows[-1] * 1000:.2f})")
    if RELEASE:
        # The lower quartile: the start-up's own time, less the moments another process had the CPU.
        assert quartile < SHIPPED_WINDOW_S, f"the shipped binary leaves {quartile * 1000:.2f} ms in which a signal kills it"
