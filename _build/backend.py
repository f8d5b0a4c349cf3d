"""setuptools' build backend, asking for mypy only when TRACKER_COMPILE is set: the
default pure-Python install downloads nothing more (setuptools documents this pattern
as "dynamic build dependencies")."""

import os

from setuptools.build_meta import *  # noqa: F401,F403  (the hooks this module does not change)


def compiling() -> bool:
    """Whether this build compiles (TRACKER_COMPILE set, and not to 0); setup.py asks too."""
    return os.environ.get("TRACKER_COMPILE", "") not in ("", "0")


def _compile() -> list[str]:
    return ["mypy>=1.10"] if compiling() else []


# (setuptools' own hooks would run setup.py to ask, which needs mypyc already there when
# TRACKER_COMPILE is set; setup.py asks for nothing, and setuptools >= 70.1 builds wheels
# by itself)
def get_requires_for_build_wheel(config_settings=None):
    return _compile()


def get_requires_for_build_editable(config_settings=None):
    return _compile()
