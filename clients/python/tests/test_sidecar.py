"""Generic tests: they need only ping and rpc.discover, so they pass against any plural-sidecar build."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import stat
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

import plural_sidecar
from plural_sidecar import (METHODS, AsyncSidecar, InvalidParams, InvalidRequest, MethodNotFound, Sidecar,
                            SidecarClosed, SidecarError, SidecarTimeout)

from conftest import BIN, FAKE, stop_process


def test_spawn_and_ping(sidecar: Sidecar) -> None:
    pong = sidecar.ping()
    assert set(pong) >= {"version", "env"}
    assert isinstance(pong["version"], str) and pong["version"]
    assert sidecar.call("ping") == pong


def test_binary_from_environment_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PLURAL_SIDECAR_BIN", BIN)
    with Sidecar.spawn() as sc:
        assert "version" in sc.ping()


def test_missing_binary_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PLURAL_SIDECAR_BIN", raising=False)
    monkeypatch.setenv("PATH", "/nonexistent")
    with pytest.raises(FileNotFoundError, match="PLURAL_SIDECAR_BIN"):
        Sidecar.spawn()


def test_method_not_found(sidecar: Sidecar) -> None:
    with pytest.raises(MethodNotFound) as info:
        sidecar.call("noSuchMethod", {})
    e = info.value
    assert isinstance(e, SidecarError)
    assert e.code == -32601
    assert "noSuchMethod" in e.message
    assert e.data == {"method": "noSuchMethod"}


def test_invalid_params(sidecar: Sidecar) -> None:
    # By-position params are refused: every method takes a by-name object.
    with pytest.raises(InvalidParams) as info:
        sidecar.call("ping", [1, 2])
    e = info.value
    assert e.code == -32602
    assert e.message
    assert e.data["field"] == "params" and e.data["reason"]


def test_each_code_has_its_class() -> None:
    expected = {
        -32700: "ParseError", -32600: "InvalidRequest", -32601: "MethodNotFound", -32602: "InvalidParams",
        -32603: "InternalError", -32001: "GatewayError", -32002: "CredentialsRefused",
        -32003: "GatewayUnreachable", -32004: "SettingMissing", -32005: "BadGatewayAnswer",
    }
    for code, name in expected.items():
        e = SidecarError.from_error({"code": code, "message": "m", "data": {"k": 1}})
        assert type(e) is getattr(plural_sidecar, name)
        assert (e.code, e.message, e.data) == (code, "m", {"k": 1})
    other = SidecarError.from_error({"code": -32099, "message": "new"})
    assert type(other) is SidecarError and other.code == -32099


def test_200_concurrent_calls_on_one_connection(sidecar: Sidecar) -> None:
    # Odd calls fail with a method name of their own, so a mixed-up id would show as a wrong answer.
    def one(i: int) -> object:
        if i % 2 == 0:
            return sidecar.ping()["version"]
        try:
            sidecar.call(f"missing.{i}", {"i": i})
        except MethodNotFound as e:
            return e.data["method"]
        raise AssertionError("expected MethodNotFound")

    with ThreadPoolExecutor(max_workers=200) as pool:
        results = list(pool.map(one, range(200)))
    version = sidecar.ping()["version"]
    assert results == [version if i % 2 == 0 else f"missing.{i}" for i in range(200)]


def test_env_is_passed_to_the_child(monkeypatch: pytest.MonkeyPatch) -> None:
    with Sidecar.spawn(BIN, env={"PLURAL_ENV": "simulator"}) as sc:
        assert sc.ping()["env"] == "simulator"
    # env is merged over os.environ, not a replacement for it
    monkeypatch.setenv("PLURAL_ENV", "prod")
    with Sidecar.spawn(BIN) as sc:
        assert sc.ping()["env"] == "prod"
    with Sidecar.spawn(BIN, env={"PLURAL_LOG_LEVEL": "error"}) as sc:
        assert sc.ping()["env"] == "prod"


def test_helpers_cover_every_discovered_method(sidecar: Sidecar) -> None:
    rpc_names = {rpc for _, rpc in METHODS}
    discovered = {m["name"] for m in sidecar.discover()["methods"]}
    assert discovered <= rpc_names, f"no helper for {sorted(discovered - rpc_names)}"
    assert len({snake for snake, _ in METHODS}) == len(METHODS)
    for snake, _ in METHODS:
        assert callable(getattr(sidecar, snake))


def test_helper_passes_params_and_method(sidecar: Sidecar) -> None:
    # Today's sidecar may not serve createOrder yet; either way the helper must reach it by its RPC name.
    try:
        sidecar.create_order({"merchant_order_reference": "x"})
    except MethodNotFound as e:
        assert e.data == {"method": "createOrder"}
    except SidecarError:
        pass


def test_close_answers_calls_in_flight_and_exits_zero() -> None:
    sc = Sidecar.spawn(BIN)
    with ThreadPoolExecutor(max_workers=20) as pool:
        futures = [pool.submit(sc.ping) for _ in range(50)]
        time.sleep(0.05)
        sc.close()
        answered = sum(1 for f in futures if f.exception() is None)
    # every call written before close() is answered; a call that lost the race to close gets SidecarClosed
    assert all(f.exception() is None or isinstance(f.exception(), SidecarClosed) for f in futures)
    assert answered > 0
    assert sc.returncode == 0
    with pytest.raises(SidecarClosed):
        sc.ping()
    sc.close()  # idempotent


def test_kill_between_calls_raises_closed_promptly() -> None:
    with Sidecar.spawn(BIN) as sc:
        sc.ping()
        assert sc.pid is not None
        os.kill(sc.pid, signal.SIGKILL)
        start = time.monotonic()
        with pytest.raises(SidecarClosed) as info:
            sc.ping()
        assert time.monotonic() - start < 5
        assert info.value.returncode == -signal.SIGKILL
        assert "SIGKILL" in str(info.value)
        assert isinstance(info.value, ConnectionError) and not isinstance(info.value, SidecarError)
        with pytest.raises(SidecarClosed):  # and every later call
            sc.ping()


def test_kill_while_call_pending_fails_it() -> None:
    with Sidecar.spawn(BIN) as sc:
        sc.ping()
        assert sc.pid is not None
        stop_process(sc.pid)  # a stopped sidecar cannot answer: the calls stay pending
        with ThreadPoolExecutor(max_workers=5) as pool:
            futures = [pool.submit(sc.ping) for _ in range(5)]
            time.sleep(0.3)
            assert not any(f.done() for f in futures)
            os.kill(sc.pid, signal.SIGKILL)
            for f in futures:
                assert isinstance(f.exception(timeout=5), SidecarClosed)


def test_fake_sidecar_exits_without_answering() -> None:
    with Sidecar.spawn(sys.executable, args=[FAKE, "exit"]) as sc:
        start = time.monotonic()
        with pytest.raises(SidecarClosed) as info:
            sc.ping()
        assert time.monotonic() - start < 5
        assert info.value.returncode == 3
        assert "status 3" in str(info.value)


def test_output_that_is_not_json_closes_the_connection() -> None:
    with Sidecar.spawn(sys.executable, args=[FAKE, "garbage"]) as sc:
        with pytest.raises(SidecarClosed, match="protocol"):
            sc.ping(timeout=5)


def test_timeout_then_late_answer_is_ignored(sidecar: Sidecar) -> None:
    assert sidecar.pid is not None
    stop_process(sidecar.pid)
    try:
        with pytest.raises(SidecarTimeout):
            sidecar.ping(timeout=0.3)
    finally:
        os.kill(sidecar.pid, signal.SIGCONT)
    assert sidecar.call("ping", timeout=5)["version"]  # the late answer to the first ping was dropped


def test_default_timeout() -> None:
    with Sidecar.spawn(BIN, default_timeout=0.3) as sc:
        assert sc.pid is not None
        stop_process(sc.pid)
        try:
            with pytest.raises(TimeoutError):
                sc.ping()
        finally:
            os.kill(sc.pid, signal.SIGCONT)


def test_error_without_id_reaches_the_call_it_belongs_to() -> None:
    # A line over the sidecar's limit is answered with "id": null; the client still fails the right call.
    with Sidecar.spawn(BIN, args=["--max-line-bytes", "256"]) as sc:
        with pytest.raises(InvalidRequest):
            sc.call("ping", {"pad": "x" * 1000}, timeout=5)
        with ThreadPoolExecutor(max_workers=10) as pool:
            small = [pool.submit(sc.ping) for _ in range(9)]
            big = pool.submit(sc.call, "ping", {"pad": "x" * 1000}, 5)
            assert all("version" in f.result(timeout=5) for f in small)
            assert isinstance(big.exception(timeout=5), InvalidRequest)
        assert "version" in sc.ping()


def test_params_that_are_not_json_fail_before_sending(sidecar: Sidecar) -> None:
    with pytest.raises(ValueError):
        sidecar.call("ping", {"x": float("nan")})
    with pytest.raises(TypeError):
        sidecar.call("ping", {"x": object()})
    assert "version" in sidecar.ping()


def test_socket_mode(socket_server: tuple[str, "subprocess.Popen[bytes]"]) -> None:
    path, process = socket_server
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    with Sidecar.connect(path) as a, Sidecar.connect(path) as b:
        assert a.ping()["env"] == "simulator"
        assert b.ping() == a.ping()
        with ThreadPoolExecutor(max_workers=50) as pool:
            results = list(pool.map(lambda i: (a if i % 2 else b).ping()["env"], range(200)))
        assert results == ["simulator"] * 200
        assert a.pid is None and a.returncode is None
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=10) == 0
        assert not os.path.exists(path)  # the server removes its socket file
        with pytest.raises(SidecarClosed, match="closed the connection"):
            a.ping(timeout=5)


def test_connect_to_missing_socket_fails() -> None:
    with pytest.raises(OSError):
        Sidecar.connect("/nonexistent/plural-sidecar.sock")


def test_child_stderr_is_inherited() -> None:
    # The sidecar's JSON log lines go to the backend's own stderr; run a backend to see them.
    script = (
        "import sys; from plural_sidecar import Sidecar\n"
        f"with Sidecar.spawn({BIN!r}, env={{'PLURAL_LOG_LEVEL': 'debug'}}) as sc: sc.ping()\n"
    )
    src = str(Path(plural_sidecar.__file__).parents[1])
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=30,
                          env={**os.environ, "PYTHONPATH": src})
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""  # nothing of the protocol leaks to the backend's stdout
    logs = [json.loads(line) for line in done.stderr.splitlines() if line.startswith("{")]
    assert logs, f"no JSON log line on stderr: {done.stderr!r}"


def test_asyncio_client() -> None:
    async def main() -> None:
        async with await AsyncSidecar.spawn(BIN, env={"PLURAL_ENV": "simulator"}) as sc:
            assert (await sc.ping())["env"] == "simulator"
            with pytest.raises(MethodNotFound):
                await sc.call("nope")
            with pytest.raises(InvalidParams):
                await sc.call("ping", [1])
            results = await asyncio.gather(*(sc.ping() for _ in range(200)))
            assert all(r["env"] == "simulator" for r in results)
            assert sc.pid is not None
            stop_process(sc.pid)
            pending = asyncio.ensure_future(sc.ping())
            await asyncio.sleep(0.2)
            assert not pending.done()
            os.kill(sc.pid, signal.SIGKILL)
            with pytest.raises(SidecarClosed):
                await asyncio.wait_for(pending, 5)
            with pytest.raises(SidecarClosed):
                await sc.ping()

    asyncio.run(main())


def test_asyncio_socket(socket_server: tuple[str, "subprocess.Popen[bytes]"]) -> None:
    path, _ = socket_server

    async def main() -> None:
        sc = await AsyncSidecar.connect(path)
        assert (await sc.ping())["env"] == "simulator"
        await sc.close()
        with pytest.raises(SidecarClosed):
            await sc.ping()

    asyncio.run(main())


def test_threads_and_close_race_never_hang() -> None:
    # Calls racing close() either succeed or raise SidecarClosed; none may hang.
    for _ in range(5):
        sc = Sidecar.spawn(BIN)
        errors: list[BaseException] = []

        def hammer() -> None:
            for _ in range(50):
                try:
                    sc.ping(timeout=10)
                except SidecarClosed:
                    return
                except BaseException as e:  # noqa: BLE001 - collected and asserted below
                    errors.append(e)
                    return

        threads = [threading.Thread(target=hammer) for _ in range(8)]
        for t in threads:
            t.start()
        time.sleep(0.01)
        sc.close()
        for t in threads:
            t.join(timeout=15)
            assert not t.is_alive()
        assert errors == []
