"""tests/support/leak_check.py, which ends scripts/test: it must catch, report and kill what a command leaves."""
import os, pathlib, subprocess, sys, time

REPO = pathlib.Path(__file__).resolve().parents[2]
CHECK = REPO / "tests/support/leak_check.py"
BIN = os.environ.get("PLURAL_SIDECAR_BIN") or str(REPO / ".build/debug/plural-sidecar")


def alive(pid):
    try:
        stat = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
        return stat[0] != "Z"
    except FileNotFoundError:
        return False


def test_a_simulator_left_running_fails_the_run_and_is_killed():
    script = f"'{BIN}' simulate --port 0 >/dev/null 2>&1 & echo $!; sleep 0.5"
    done = subprocess.run([sys.executable, str(CHECK), "bash", "-c", script], capture_output=True, text=True, timeout=60)
    assert done.returncode == 70, done.stderr
    assert "LEAKED" in done.stderr and "simulate --port 0" in done.stderr
    pid = int(done.stdout.split()[0])
    deadline = time.monotonic() + 5
    while alive(pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not alive(pid), "the leaked simulator is still running"


def test_a_clean_command_passes_with_its_own_status():
    assert subprocess.run([sys.executable, str(CHECK), "bash", "-c", "exit 3"], capture_output=True, timeout=60).returncode == 3
    done = subprocess.run([sys.executable, str(CHECK), "bash", "-c", f"echo '' | '{BIN}' >/dev/null"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
