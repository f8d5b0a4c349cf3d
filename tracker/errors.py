"""Errors of the tracker.

Every error inherits from `TrackerError` and from the builtin it resembles, so
callers may catch either.  The command line turns them into one `Error: ...`
line and a non-zero exit.
"""


class TrackerError(Exception):
    """Base of every error the tracker raises on purpose."""


class LexiconError(TrackerError, ValueError):
    """A lexicon or profile file is malformed (raised when it loads)."""


class InputError(TrackerError, ValueError):
    """A user's input (file, manifest, option) cannot be used."""


class ProfileError(InputError):
    """A conflict profile is missing or malformed."""
