#!/usr/bin/env python3
"""Runs a command, then fails if it left any process behind; kills what it left.

  tests/support/leak_check.py COMMAND [ARGS...]

This process makes itself a child subreaper (PR_SET_CHILD_SUBREAPER): a process whose parent dies is
re-parented to it instead of to init. So once COMMAND has exited, every process still alive below us was
started, directly or not, by COMMAND and outlived whoever started it. Each is reported and killed. A
leftover `plural-sidecar` (a sidecar or a simulator) fails the run; anything else is reported and killed
without failing, since test tools are not ours to judge. Exit status: COMMAND's, or 70 on a leak.
"""
import ctypes, os, signal, subprocess, sys, time

PR_SET_CHILD_SUBREAPER = 36


def children_of(pid):
    """Live (non-zombie) processes whose parent is pid: [(pid, cmdline)]."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = open(f"/proc/{entry}/stat").read().rsplit(")", 1)[1].split()
            if int(stat[1]) != pid or stat[0] == "Z":
                continue
            cmdline = open(f"/proc/{entry}/cmdline", "rb").read().replace(b"\0", b" ").decode(errors="replace").strip()
        except (FileNotFoundError, ProcessLookupError, IndexError, ValueError):
            continue
        found.append((int(entry), cmdline))
    return found


def reap():
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return


def main():
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) != 0:
        print("leak_check: cannot become a child subreaper; not checking", file=sys.stderr)
        return subprocess.call(sys.argv[1:])
    # Ctrl-C and SIGTERM reach COMMAND (same process group); we wait for it, then check.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    child = subprocess.Popen(sys.argv[1:])
    signal.signal(signal.SIGTERM, lambda *_: child.send_signal(signal.SIGTERM))
    rc = child.wait()
    reap()
    # Processes that are exiting on their own (a stdio sidecar draining after EOF) get a moment.
    deadline = time.monotonic() + 3
    while children_of(os.getpid()) and time.monotonic() < deadline:
        time.sleep(0.1)
        reap()
    leaked = children_of(os.getpid())
    ours = [(pid, cmd) for pid, cmd in leaked if "plural-sidecar" in cmd]
    for pid, cmd in leaked:
        print(f"leak_check: {'LEAKED' if (pid, cmd) in ours else 'left running'}: pid {pid}: {cmd}", file=sys.stderr)
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    time.sleep(0.1)
    reap()
    if ours:
        print(f"leak_check: {len(ours)} plural-sidecar process(es) outlived the command that started them", file=sys.stderr)
        return 70
    if rc == 0:
        print("leak_check: no process left running", file=sys.stderr)
    return rc


if __name__ == "__main__":
    sys.exit(main())
