#!/usr/bin/env python3
"""Randomized crash test of the money-moving path (issue 14): never twice, never lost.

Many clients run payment stories (order -> payment -> customer pays -> capture -> partial refunds, some of
them too big) through one sidecar over stdio, against the simulator over loopback HTTP, while:
  * faults are injected: resets and 5xx before or after the gateway acted, answers slower than PLURAL_TIMEOUT,
    lookups that fail;
  * the sidecar is killed with SIGKILL at random moments and restarted on the same PLURAL_STATE_DIR;
  * clients retry every ambiguous answer (and every call cut off by a kill) with the same params and key.
The simulator's own refund limit is off, so only the sidecar stands between the clients and an over-refund.

At the end the simulator's ledger must show: one order per story, captured exactly when its client believes
so and never twice, refunds adding up to exactly what the client believes was refunded and never past the
capture; no outcome left unknown to any client; pendingOutcomes empty.

    python3 tests/crash/crash_test.py [--seconds 40] [--seed N] [--workers 6]
Standard library only.
"""
import argparse, ctypes, json, os, pathlib, random, shutil, signal, subprocess, sys, tempfile, threading, time, urllib.request

REPO = pathlib.Path(__file__).resolve().parent.parent.parent
BINARY = os.environ.get("PLURAL_SIDECAR_BIN", str(REPO / ".build/debug/plural-sidecar"))
CLOSED = {"code": "closed"}


def die_with_parent():
    """Children die with this process, even when it is killed (no orphaned sidecars or simulators). The signal
    comes when the thread that started the child ends, so children are started by the main thread only."""
    ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


class Simulator:
    def __init__(self):
        self.proc = subprocess.Popen([BINARY, "simulate", "--port", "0"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                     text=True, env={"PATH": "/usr/bin:/bin", "PLURAL_LOG_LEVEL": "error"}, preexec_fn=die_with_parent)
        self.url = self.proc.stdout.readline().strip()
        assert self.url.startswith("http://127.0.0.1:"), self.url

    def control(self, method, path, body=None):
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(self.url + path, data=data, method=method, headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(req, timeout=10) as r:
                return json.loads(r.read())
        except urllib.error.HTTPError as e:
            return json.loads(e.read() or b"{}")

    def stop(self):
        self.proc.kill()
        self.proc.wait()


class Sidecar:
    """One sidecar process over stdio; answers matched to calls by id. A kill fails every waiting call with CLOSED."""

    def __init__(self, env, log):
        self.log = log
        with open(log, "ab") as err:
            self.proc = subprocess.Popen([BINARY], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=err,
                                         env=env, preexec_fn=die_with_parent)
        self.killed = False
        self.lock = threading.Lock()
        self.waiting = {}
        self.next_id = 0
        self.alive = True
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        for line in self.proc.stdout:
            answer = json.loads(line)
            with self.lock:
                slot = self.waiting.pop(answer.get("id"), None)
            if slot:
                slot[1] = answer
                slot[0].set()
        with self.lock:
            self.alive = False
            for slot in self.waiting.values():
                slot[1] = {"error": CLOSED}
                slot[0].set()
            self.waiting.clear()

    def call(self, method, params, timeout=60):
        with self.lock:
            if not self.alive:
                return {"error": CLOSED}
            self.next_id += 1
            rid = self.next_id
            slot = [threading.Event(), None]
            self.waiting[rid] = slot
            try:
                self.proc.stdin.write((json.dumps({"jsonrpc": "2.0", "id": rid, "method": method, "params": params}) + "\n").encode())
                self.proc.stdin.flush()
            except (BrokenPipeError, ValueError):
                self.waiting.pop(rid, None)
                return {"error": CLOSED}
        if not slot[0].wait(timeout):
            return {"error": {"code": "no answer"}}
        return slot[1]

    def kill(self):
        self.killed = True
        self.proc.kill()
        self.proc.wait()


class Harness:
    def __init__(self, args):
        self.args = args
        self.rng = random.Random(args.seed)
        self.sim = Simulator()
        self.sim.control("POST", "/_simulator/faults", {"refund_cap": False})
        self.state = tempfile.mkdtemp(prefix="plural-crash-")
        self.env = {"PATH": "/usr/bin:/bin", "PLURAL_ENV": "uat", "PLURAL_API_URL": self.sim.url, "PLURAL_CLIENT_ID": "crash",
                    "PLURAL_CLIENT_SECRET": "crash-secret", "PLURAL_TIMEOUT": "1", "PLURAL_RECONCILE_TIMEOUT": "3",
                    "PLURAL_STATE_DIR": self.state, "PLURAL_LOG_LEVEL": "error",
                    # Injected latency makes timeouts in a row, which open the circuit (issue 12): a short cool-down
                    # keeps it in play without turning a slow moment on a busy machine into 15 s of refusals
                    # that outlast the clients' deadline.
                    "PLURAL_CIRCUIT_COOLDOWN": "0.5"}
        self.sidecar_lock = threading.Lock()
        self.log = os.path.join(tempfile.mkdtemp(prefix="plural-crash-log-"), "sidecar.stderr")
        self.sidecar = Sidecar(self.env, self.log)
        self.died = []
        self.stats = {"calls": 0, "retries": 0, "kills": 0, "faults": 0, "reconciled": 0, "refused_refunds": 0}
        self.stats_lock = threading.Lock()
        self.stop = threading.Event()

    def count(self, key, n=1):
        with self.stats_lock:
            self.stats[key] += n

    def current(self):
        with self.sidecar_lock:
            return self.sidecar

    def restart(self):
        with self.sidecar_lock:
            if self.sidecar.proc.poll() is not None and not self.sidecar.killed:
                self.died.append(self.sidecar.proc.returncode)
            self.sidecar.kill()
            # kill() waited for the process, so its lock on the directory is gone and the next start takes it.
            self.sidecar = Sidecar(self.env, self.log)

    # A call until its outcome is known: the same params (and key) every time.
    def settle(self, method, params, deadline):
        while True:
            self.count("calls")
            answer = self.current().call(method, params)
            error = answer.get("error")
            if error is None:
                if answer["result"].get("reconciled"):
                    self.count("reconciled")
                return answer
            code, data = error.get("code"), error.get("data") or {}
            ambiguous = error is CLOSED or code in ("no answer", -32003) or (code == -32001 and data.get("http_status", 0) >= 500)
            if not ambiguous:
                return answer
            if time.time() > deadline:
                return {"unsettled": error}
            self.count("retries")
            time.sleep(0.05 + self.rng.random() * 0.2)

    def story(self, n, deadline, outcomes):
        rng = random.Random(self.args.seed * 1000 + n)
        ref = f"s{self.args.seed}-{n}"
        amount = rng.choice([1100, 2500, 10000])
        record = {"ref": ref, "amount": amount, "captured": False, "refunded": 0, "refunds": 0, "unsettled": []}
        outcomes.append(record)

        def step(method, params):
            answer = self.settle(method, params, deadline)
            if "unsettled" in answer:
                record["unsettled"].append((method, answer["unsettled"]))
            return answer

        order = step("createOrder", {"merchant_order_reference": ref, "idempotency_key": f"o-{ref}", "pre_auth": True,
                                     "order_amount": {"value": amount, "currency": "INR"}})
        if "result" not in order:
            record["order_failed"] = order
            return
        order_id = order["result"]["order_id"]
        record["order_id"] = order_id
        payment = step("createPayment", {"order_id": order_id, "idempotency_key": f"p-{ref}", "payments": [{
            "payment_method": "CARD", "merchant_payment_reference": f"pay-{ref}", "payment_amount": {"value": amount, "currency": "INR"},
            "payment_option": {"card_details": {"name": "Crash Test", "card_number": "4111111111111111", "cvv": "123",
                                                "expiry_month": "04", "expiry_year": "2031"}}}]})
        if "result" not in payment:
            return
        self.sim.control("POST", "/_simulator/pay", {"order_id": order_id})  # the customer's side; a repeat is refused, harmlessly
        capture = step("capture", {"order_id": order_id, "merchant_capture_reference": f"cap-{ref}", "idempotency_key": f"c-{ref}"})
        record["captured"] = "result" in capture
        if not record["captured"]:
            record["capture_answer"] = capture
            return
        for i in range(rng.randint(1, 4)):
            value = rng.choice([100, 300, amount // 2, amount])
            refund = step("refund", {"order_id": order_id, "merchant_order_reference": f"r{i}-{ref}", "idempotency_key": f"r{i}-{ref}",
                                     "order_amount": {"value": value, "currency": "INR"}})
            if "result" in refund:
                record["refunded"] += value
                record["refunds"] += 1
            elif refund.get("error", {}).get("code") == -32007:
                self.count("refused_refunds")
            elif "unsettled" not in refund:
                record.setdefault("refund_errors", []).append(refund)

    def worker(self, w, deadline, outcomes, counter):
        while not self.stop.is_set() and time.time() < deadline - 8:
            with self.stats_lock:
                counter[0] += 1
                n = counter[0]
            self.story(n, deadline, outcomes)

    def chaos(self, deadline):
        paths = [("/api/pay/v1/orders", "POST"), ("/api/pay/v1/orders/", "PUT"), ("/api/pay/v1/refunds/", "POST"), ("/api/pay/v1/orders/", "GET")]
        next_kill = time.time() + self.rng.uniform(1, 3)
        while time.time() < deadline - 10:
            path, method = self.rng.choice(paths)
            kind = self.rng.choice(["reset", "status", "latency"])
            fault = {"kind": kind, "path": path, "method": method, "times": self.rng.randint(1, 3), "after": self.rng.random() < 0.6}
            if kind == "status":
                fault["status"] = self.rng.choice([500, 502, 503])
            if kind == "latency":
                fault["ms"] = 1500
            self.sim.control("POST", "/_simulator/faults", {"faults": [fault]})
            self.count("faults")
            if time.time() >= next_kill:
                self.restart()
                self.count("kills")
                next_kill = time.time() + self.rng.uniform(1, 4)
            time.sleep(self.rng.uniform(0.1, 0.5))
        self.sim.control("DELETE", "/_simulator/faults")

    def run(self):
        start = time.time()
        deadline = start + self.args.seconds
        outcomes, counter = [], [0]
        threads = [threading.Thread(target=self.worker, args=(w, deadline, outcomes, counter)) for w in range(self.args.workers)]
        for t in threads:
            t.start()
        # Chaos runs on this thread: the death signal of a child (PR_SET_PDEATHSIG) follows the thread that
        # started it, so every sidecar is started here, by a thread that lives as long as the test.
        self.chaos(deadline)
        for t in threads:
            t.join()
        self.sim.control("DELETE", "/_simulator/faults")
        # A last restart on the same directory: whatever was left unknown is looked up at start.
        self.restart()
        pending = None
        for _ in range(100):
            pending = self.current().call("pendingOutcomes", {}).get("result", {}).get("pending")
            if pending == []:
                break
            time.sleep(0.1)
        return self.check(outcomes, pending, time.time() - start)

    def check(self, outcomes, pending, elapsed):
        ledger = self.sim.control("GET", "/_simulator/ledger")["orders"]
        by_ref = {}
        for o in ledger:
            by_ref.setdefault(o["merchant_order_reference"], []).append(o)
        problems = []
        for r in outcomes:
            if r["unsettled"]:
                problems.append(f"{r['ref']}: outcome never known to its client: {r['unsettled']}")
            charges = [o for o in by_ref.get(r["ref"], []) if o["type"] == "CHARGE"]
            if "order_id" not in r:
                if charges and not r["unsettled"]:
                    problems.append(f"{r['ref']}: an order exists that its client was told failed: {r.get('order_failed')}")
                continue
            if len(charges) != 1:
                problems.append(f"{r['ref']}: {len(charges)} orders for one story")
                continue
            o = charges[0]
            captures = sum(p["captures"] for p in o["payments"])
            if captures > 1:
                problems.append(f"{r['ref']}: captured {captures} times")
            if r["captured"] != (o["captured"] > 0):
                problems.append(f"{r['ref']}: client believes captured={r['captured']}, ledger captured {o['captured']} ({r.get('capture_answer')})")
            refunds = [x for x in ledger if x["type"] == "REFUND" and x.get("parent_order_id") == o["order_id"]]
            if o["refunded"] != r["refunded"] or len(refunds) != r["refunds"]:
                problems.append(f"{r['ref']}: client believes {r['refunds']} refunds of {r['refunded']} paise; ledger {len(refunds)} of {o['refunded']}")
            if o["refunded"] > o["captured"]:
                problems.append(f"{r['ref']}: refunded {o['refunded']} past the capture of {o['captured']}")
            for e in r.get("refund_errors", []):
                problems.append(f"{r['ref']}: refund answered {e}")
        if pending != []:
            problems.append(f"pendingOutcomes after the last restart: {pending}")
        if self.died:
            problems.append(f"the sidecar exited by itself (status {self.died}); its stderr ends: "
                            + pathlib.Path(self.log).read_text(errors="replace")[-1500:])
        s = self.stats
        print(f"crash test: seed {self.args.seed}, {elapsed:.0f} s: {len(outcomes)} stories, {s['calls']} calls ({s['retries']} retried), "
              f"{s['kills']} SIGKILLs, {s['faults']} faults, {s['reconciled']} answers reconciled, {s['refused_refunds']} refunds refused "
              f"for passing the capture; {len(problems)} problems")
        for p in problems[:30]:
            print("  " + p)
        return not problems and len(outcomes) > 0 and s["kills"] > 0

    def close(self):
        self.current().kill()
        self.sim.stop()
        shutil.rmtree(self.state, ignore_errors=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=float, default=40)
    ap.add_argument("--seed", type=int, default=20261201)
    ap.add_argument("--workers", type=int, default=6)
    args = ap.parse_args()
    h = Harness(args)
    try:
        ok = h.run()
    finally:
        h.close()
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
