"""The build: pure Python by default; TRACKER_COMPILE=1 compiles the modules of the
per-word work with mypyc (about 1.7 times fewer instructions; see the README).

    TRACKER_COMPILE=1 pip install .

(_build/backend.py adds mypy to the build's requirements then.)
Everything else is in pyproject.toml, which also lists the modules compiled.
"""

import os
import tomllib

from setuptools import setup

ext_modules = []
if os.environ.get("TRACKER_COMPILE", "") not in ("", "0"):
    try:
        from mypyc.build import mypycify
    except ImportError:
        raise SystemExit("setup.py: TRACKER_COMPILE is set but mypyc is not installed "
                         "(pip install mypy, or build with pip's build isolation)") from None
    with open("pyproject.toml", "rb") as f:
        modules = tomllib.load(f)["tool"]["tracker"]["compiled"]
    ext_modules = mypycify(modules, opt_level="3")

setup(ext_modules=ext_modules)
