"""python -m tracker"""

from .cli import run

run()
