"""The compiled build (TRACKER_COMPILE=1): what keeps it building, checked without a C
compiler.  mypyc refuses a module that does not type-check, and at run time it checks
every annotated value, so the modules it compiles must type-check under mypy; the build
backend must ask for mypy only when compiling.  (Building and running the compiled tree
takes minutes: benchmarks/compiled.py does it.)"""

from __future__ import annotations

import importlib.util
import pathlib
import subprocess
import sys
import tomllib

ROOT = pathlib.Path(__file__).resolve().parent.parent


def _compiled() -> list[str]:
    with open(ROOT / "pyproject.toml", "rb") as f:
        return tomllib.load(f)["tool"]["tracker"]["compiled"]


def test_the_compiled_modules_are_the_per_word_work_and_exist():
    modules = _compiled()
    assert {"tracker/claims.py", "tracker/numbers.py", "tracker/text.py"} <= set(modules)
    for m in modules:
        assert (ROOT / m).is_file(), m


def test_the_compiled_modules_type_check():
    out = subprocess.run(
        [sys.executable, "-m", "mypy", "--no-incremental", *_compiled()],
        cwd=ROOT, capture_output=True, text=True,
    )
    assert out.returncode == 0, out.stdout + out.stderr


def _backend():
    spec = importlib.util.spec_from_file_location("tracker_build_backend", ROOT / "_build" / "backend.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_build_asks_for_mypy_only_when_compiling(monkeypatch):
    backend = _backend()
    monkeypatch.delenv("TRACKER_COMPILE", raising=False)
    assert backend.get_requires_for_build_wheel() == []
    assert backend.get_requires_for_build_editable() == []
    monkeypatch.setenv("TRACKER_COMPILE", "0")
    assert backend.get_requires_for_build_wheel() == []
    monkeypatch.setenv("TRACKER_COMPILE", "1")
    assert any(r.startswith("mypy") for r in backend.get_requires_for_build_wheel())
    assert any(r.startswith("mypy") for r in backend.get_requires_for_build_editable())
    # the other hooks are setuptools' own
    from setuptools import build_meta

    assert backend.build_wheel is build_meta.build_wheel
