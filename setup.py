"""The build: pure Python by default; TRACKER_COMPILE=1 compiles the modules of the
per-word work with mypyc (about 1.7 times fewer instructions; see the README).

    TRACKER_COMPILE=1 pip install .

(_build/backend.py adds mypy to the build's requirements then.)
Everything else is in pyproject.toml, which also lists the modules compiled.
"""

import os
import sys
import tomllib

from setuptools import setup

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "_build"))
from backend import compiling  # noqa: E402  (one reading of TRACKER_COMPILE, the backend's)

ext_modules = []
if compiling():
    try:
        from mypyc.build import mypycify
    except ImportError:
        raise SystemExit("setup.py: TRACKER_COMPILE is set but mypyc is not installed "
                         "(pip install mypy, or build with pip's build isolation)") from None
    with open("pyproject.toml", "rb") as f:
        modules = tomllib.load(f)["tool"]["tracker"]["compiled"]
    ext_modules = mypycify(modules, opt_level="3")

setup(ext_modules=ext_modules)
