"""py.typed means something: `mypy --strict` passes over the package and over a typed usage file
(typed_usage.py), whose `# type: ignore[...]` lines prove that mistakes are caught. mypy is installed with
pip when missing; without it only the byte-compilation check runs."""

from __future__ import annotations

import os
import py_compile
import subprocess
import sys
from pathlib import Path
from typing import Iterator

import pytest

CLIENT = Path(__file__).resolve().parents[1]
SRC = CLIENT / "src"


@pytest.fixture(scope="module")
def mypy(tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[str]]:
    try:
        import mypy  # noqa: F401
    except ImportError:
        done = subprocess.run([sys.executable, "-m", "pip", "install", "-q", "mypy"], capture_output=True, text=True,
                              timeout=600)
        if done.returncode != 0:
            pytest.skip(f"mypy is not installed and pip could not install it: {done.stderr.strip()[-300:]}")
    cache = tmp_path_factory.mktemp("mypy-cache")
    yield [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", "--cache-dir", str(cache)]


def run_mypy(command: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, cwd=CLIENT, timeout=600,
                          env={**os.environ, "MYPYPATH": str(SRC)})


def test_package_passes_mypy_strict(mypy: list[str]) -> None:
    done = run_mypy(mypy + ["--python-version", "3.10", "-p", "plural_sidecar"])
    assert done.returncode == 0, done.stdout + done.stderr


def test_typed_usage_passes_mypy_strict(mypy: list[str]) -> None:
    done = run_mypy(mypy + [str(Path(__file__).with_name("typed_usage.py"))])
    assert done.returncode == 0, done.stdout + done.stderr


def test_every_module_compiles(tmp_path: Path) -> None:
    for source in sorted((SRC / "plural_sidecar").glob("*.py")):
        py_compile.compile(str(source), cfile=str(tmp_path / (source.name + "c")), doraise=True)
