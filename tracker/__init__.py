"""tracker: claimed war losses in Arabic news, with who claimed them, about whom, and when.

Public API:
    find_numbers(text)      every number in a text, lenient
    parse_number(phrase)    one number, strict (raises ValueError like int())
"""

from .errors import InputError, LexiconError, ProfileError, TrackerError
from .numbers import NumberMatch, find_numbers, parse_number

__version__ = "0.1.0"

__all__ = [
    "NumberMatch",
    "find_numbers",
    "parse_number",
    "TrackerError",
    "InputError",
    "LexiconError",
    "ProfileError",
    "__version__",
]
