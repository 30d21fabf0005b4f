"""The sidecar's /metrics read by real Prometheus software: prometheus-client's parser (PyPI) and, when the
Debian package is installed, a Prometheus server scraping it once."""
import json
import os
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest
from prometheus_client.parser import text_string_to_metric_families

REPO = Path(__file__).resolve().parents[2]
BIN = os.environ.get("PLURAL_SIDECAR_BIN") or str(REPO / ".build/debug/plural-sidecar")


@pytest.fixture
def sidecar():
    proc = subprocess.Popen([BIN, "--metrics", "127.0.0.1:0"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env={"PATH": "/usr/bin:/bin", "PLURAL_ENV": "simulator"}, text=True)
    try:
        address = None
        deadline = time.time() + 10
        while address is None and time.time() < deadline:
            line = proc.stderr.readline()
            if '"metrics listening"' in line:
                address = json.loads(line)["address"]
        assert address, "no metrics address logged"
        calls = [{"method": "ping"}, {"method": "createOrder", "params": {"merchant_order_reference": "prom-1",
                 "order_amount": {"value": 1100, "currency": "INR"}}}, {"method": "getOrder", "params": {}}, {"method": "nope"}]
        for i, c in enumerate(calls):
            proc.stdin.write(json.dumps({"jsonrpc": "2.0", "id": i, **c}) + "\n")
        proc.stdin.flush()
        for _ in calls:
            proc.stdout.readline()
        yield address
    finally:
        proc.kill()
        proc.wait()


def declared_families():
    out = subprocess.run([BIN, "docs", "metrics"], check=True, capture_output=True, text=True).stdout
    rows = [line.split("|") for line in out.splitlines()[2:]]
    return {r[1].strip().strip("`"): r[2].strip() for r in rows}


def test_metrics_parse_with_prometheus_client_and_match_the_declaration(sidecar):
    text = urllib.request.urlopen(f"http://{sidecar}/metrics", timeout=10).read().decode()
    families = {f.name: f for f in text_string_to_metric_families(text)}
    declared = declared_families()
    for name, kind in declared.items():
        family = families.get(name) or families.get(name.removesuffix("_total"))
        assert family is not None, f"{name} missing"
        assert family.type == kind, f"{name} is {family.type}, declared {kind}"
    calls = {(s.labels["method"], s.labels["outcome"]): s.value for s in families["plural_sidecar_calls"].samples
             if s.name == "plural_sidecar_calls_total"}
    assert calls[("createOrder", "ok")] == 1
    assert calls[("getOrder", "-32602")] == 1
    assert calls[("unknown", "-32601")] == 1
    buckets = [s for s in families["plural_sidecar_call_duration_seconds"].samples if s.name.endswith("_bucket")]
    assert any(s.labels["le"] == "+Inf" for s in buckets)


@pytest.mark.skipif(shutil.which("prometheus") is None, reason="Debian's prometheus is not installed")
def test_a_real_prometheus_scrapes_it(sidecar, tmp_path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    config = tmp_path / "prometheus.yml"
    config.write_text("global: {scrape_interval: 1s, evaluation_interval: 1s}\n"
                      f"scrape_configs: [{{job_name: sidecar, static_configs: [{{targets: ['{sidecar}']}}]}}]\n")
    prom = subprocess.Popen(["prometheus", f"--config.file={config}", f"--storage.tsdb.path={tmp_path / 'data'}",
                             f"--web.listen-address=127.0.0.1:{port}"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        query = f"http://127.0.0.1:{port}/api/v1/query?query="
        result = None
        deadline = time.time() + 40
        while time.time() < deadline:
            try:
                up = json.load(urllib.request.urlopen(query + "up", timeout=2))["data"]["result"]
                if up and up[0]["value"][1] == "1":
                    calls = json.load(urllib.request.urlopen(
                        query + 'plural_sidecar_calls_total%7Bmethod%3D%22createOrder%22%7D', timeout=2))["data"]["result"]
                    if calls:
                        result = calls
                        break
            except OSError:
                pass
            time.sleep(0.5)
        assert result, "Prometheus never scraped the sidecar: " + prom.stderr.read1(4000).decode(errors="replace") if prom.poll() is not None else "no scrape"
        assert result[0]["metric"]["outcome"] == "ok" and result[0]["value"][1] == "1"
    finally:
        prom.kill()
        prom.wait()
