#!/usr/bin/env python3
"""Measures what docs/TRANSPORT.md compares: how the sidecar's HTTP transport behaves under faults.

  bench/tools/transport_faults.py --binary PATH [--driver bench/out/driver] [--env NAME=VALUE ...] [--orders 2000]

Prints one line of key=value:
  reset_s, reset_answer   a reset after the gateway read the body of a capture, on a reused keep-alive connection
  wait_cpu_s, wait_s      the sidecar's CPU (utime+stime from /proc) while 8 calls wait 3 s on fresh connections
  orders_per_s, cpu_ms_per_call   2,000 createOrder, 32 in flight, +20 ms gateway (needs --driver: bench/driver.c)
Every process it starts is in its own process group, dies with this script (PR_SET_PDEATHSIG) and is killed
on every exit path.
"""
import argparse, ctypes, json, os, signal, subprocess, sys, threading, time, urllib.request

libc = ctypes.CDLL(None, use_errno=True)
PR_SET_PDEATHSIG = 1
CHILDREN = []


def die_with_us():
    libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)


def spawn(args, env, **kw):
    p = subprocess.Popen(args, env=env, preexec_fn=die_with_us, start_new_session=True, **kw)
    CHILDREN.append(p)
    return p


def kill_all():
    for p in CHILDREN:
        try:
            os.killpg(p.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        p.wait()
    CHILDREN.clear()


class Simulator:
    def __init__(self, binary):
        self.p = spawn([binary, "simulate", "--port", "0"], {"PATH": "/usr/bin:/bin"}, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        self.url = self.p.stdout.readline().decode().strip()
        assert self.url.startswith("http://127.0.0.1:"), self.url

    def control(self, method, path, body=None):
        req = urllib.request.Request(self.url + path, method=method, data=json.dumps(body).encode() if body is not None else None,
                                     headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=10) as r:
            return json.loads(r.read())

    def faults(self, *faults):
        return self.control("POST", "/_simulator/faults", {"faults": list(faults)})


class Sidecar:
    def __init__(self, binary, sim, extra_env):
        env = {"PATH": "/usr/bin:/bin", "PLURAL_ENV": "uat", "PLURAL_API_URL": sim.url, "PLURAL_CLIENT_ID": "c",
               "PLURAL_CLIENT_SECRET": "s", "PLURAL_TIMEOUT": "30", "PLURAL_LOG_LEVEL": "error", **extra_env}
        self.p = spawn([binary], env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        self.answers, self.cond, self.next_id = {}, threading.Condition(), 0
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        for line in self.p.stdout:
            a = json.loads(line)
            with self.cond:
                self.answers[a.get("id")] = a
                self.cond.notify_all()

    def send(self, method, params):
        self.next_id += 1
        self.p.stdin.write((json.dumps({"jsonrpc": "2.0", "id": self.next_id, "method": method, "params": params}) + "\n").encode())
        self.p.stdin.flush()
        return self.next_id

    def wait(self, ids, timeout=60):
        deadline = time.time() + timeout
        with self.cond:
            while not all(i in self.answers for i in ids):
                if not self.cond.wait(max(0.01, deadline - time.time())) and time.time() > deadline:
                    raise TimeoutError(f"no answer to {ids}")
        return [self.answers[i] for i in ids]

    def call(self, method, params, timeout=60):
        return self.wait([self.send(method, params)], timeout)[0]

    def cpu_seconds(self):
        fields = open(f"/proc/{self.p.pid}/stat").read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def order(ref):
    return {"merchant_order_reference": ref, "order_amount": {"value": 1100, "currency": "INR"}, "pre_auth": True}


def measure_reset(binary, env):
    sim = Simulator(binary)
    sc = Sidecar(binary, sim, env)
    oid = sc.call("createOrder", order("reset-1"))["result"]["order_id"]
    sc.call("createPayment", {"order_id": oid, "payments": [{"payment_method": "CARD", "merchant_payment_reference": "p1",
            "payment_amount": {"value": 1100, "currency": "INR"}, "payment_option": {"card_details": {
                "name": "Kevin Bob", "card_number": "4111111111111111", "cvv": "987", "expiry_month": "04", "expiry_year": "2031"}}}]})
    sim.control("POST", "/_simulator/pay", {"order_id": oid})
    sim.faults({"kind": "reset", "path": f"/api/pay/v1/orders/{oid}/capture", "times": 1})
    started = time.time()
    a = sc.call("capture", {"order_id": oid, "merchant_capture_reference": "c1"}, timeout=90)
    took = time.time() - started
    e = a.get("error") or {}
    data = e.get("data") or {}
    return {"reset_s": f"{took:.3f}", "reset_answer": f"{e.get('code')}/{data.get('reason')}/{data.get('outcome')}"}


def measure_wait_cpu(binary, env):
    sim = Simulator(binary)
    sc = Sidecar(binary, sim, env)
    sc.call("getOrder", {"merchant_order_reference": "warm"})  # the token; one connection
    sim.faults({"kind": "latency", "ms": 3000, "path": "/api/pay/v1/orders/reference", "times": None})
    before, started = sc.cpu_seconds(), time.time()
    ids = [sc.send("getOrder", {"merchant_order_reference": f"slow-{i}"}) for i in range(8)]
    sc.wait(ids)
    return {"wait_cpu_s": f"{sc.cpu_seconds() - before:.3f}", "wait_s": f"{time.time() - started:.2f}"}


def measure_orders(binary, env, driver, count):
    rates, cpus = [], []
    for run in range(3):
        sim = Simulator(binary)
        sim.faults({"kind": "latency", "ms": 20, "times": None})
        full_env = {"PATH": "/usr/bin:/bin", "PLURAL_ENV": "uat", "PLURAL_API_URL": sim.url, "PLURAL_CLIENT_ID": "c",
                    "PLURAL_CLIENT_SECRET": "s", **env}
        req = '{"jsonrpc":"2.0","id":@ID@,"method":"createOrder","params":{"merchant_order_reference":"r%d-@ID@","order_amount":{"value":1100,"currency":"INR"}}}' % run
        out = subprocess.run([driver, "pipe", "--timeout", "90", "--count", str(count), "--window", "32", "--req", req,
                              "--expect", '"order_id"', "--", binary], env=full_env, capture_output=True, text=True,
                             preexec_fn=die_with_us, timeout=120)
        kv = dict(x.split("=", 1) for x in out.stdout.strip().splitlines()[-1].split())
        rates.append(float(kv["rate"]))
        cpus.append(float(kv["cpu_us_per_req"]) / 1000)
        kill_all()
    rates.sort(); cpus.sort()
    return {"orders_per_s": f"{rates[1]:.0f}", "orders_runs": "/".join(f"{r:.0f}" for r in rates), "cpu_ms_per_call": f"{cpus[1]:.3f}"}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", required=True)
    ap.add_argument("--driver")
    ap.add_argument("--env", action="append", default=[])
    ap.add_argument("--orders", type=int, default=2000)
    args = ap.parse_args()
    env = dict(e.split("=", 1) for e in args.env)
    out = {}
    try:
        out.update(measure_reset(args.binary, env)); kill_all()
        out.update(measure_wait_cpu(args.binary, env)); kill_all()
        if args.driver:
            out.update(measure_orders(args.binary, env, args.driver, args.orders))
    finally:
        kill_all()
    print(" ".join(f"{k}={v}" for k, v in out.items()))


if __name__ == "__main__":
    main()
