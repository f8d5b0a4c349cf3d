"""tracker: claimed war losses in Arabic news, with who claimed them, about whom, and when.

Public API:
    extract(paths)                        the claims of articles, as a pandas DataFrame
    extract_claims(text, article_id=...)  the claims of one article, as Claim records
    load_claims(csv_path)                 a claims CSV back as a typed DataFrame
    load_profile(name_or_path)            a conflict profile
    find_numbers(text)                    every number in a text, lenient
    parse_number(phrase)                  one number, strict (raises ValueError like int())
"""

from .claims import Claim, extract_claims
from .errors import InputError, LexiconError, ProfileError, TrackerError
from .numbers import NumberMatch, find_numbers, parse_number
from .profiles import load_profile
from .store import extract, load_claims

__version__ = "0.1.0"

__all__ = [
    "Claim",
    "extract_claims",
    "extract",
    "load_claims",
    "load_profile",
    "NumberMatch",
    "find_numbers",
    "parse_number",
    "TrackerError",
    "InputError",
    "LexiconError",
    "ProfileError",
    "__version__",
]
