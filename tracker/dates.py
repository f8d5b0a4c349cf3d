"""Dates: datelines, named days, and years inferred from weekdays.

Nothing here reads the clock: every function takes the reference date (the
article's publication date, or what its text says) as an argument.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import folded, load
from .normalize import fold
from .text import PhraseTable, Word

_D = r"([0-9٠-٩۰-۹]{1,2})"
_Y = r"([0-9٠-٩۰-۹]{4})"


@dataclass(frozen=True)
class NamedDay:
    date: dt.date
    basis: str  # dateline, explicit, weekday
    start: int
    end: int


@lru_cache(maxsize=1)
def _calendar():
    cal = load("calendar")
    months = {f: int(k) for k, forms in cal["month"].items() for f in folded(forms, "calendar.month")}
    weekdays = {f: int(k) for k, forms in cal["weekday"].items() for f in folded(forms, "calendar.weekday")}
    relative = PhraseTable({f: int(k) for k, forms in cal["relative"].items() for f in folded(forms, "calendar.relative")})
    month_table = PhraseTable(months)
    weekday_table = PhraseTable(weekdays)
    names = "|".join(sorted((re.escape(m).replace(r"\ ", r"\s+") for m in months), key=len, reverse=True))
    dateline = re.compile(rf"^\s*{_D}\s*[-/ ]\s*(?:({names})|{_D})\s*[-/ ]\s*{_Y}\s*$")
    iso = re.compile(rf"^\s*{_Y}-{_D}-{_D}\s*$")
    return months, weekdays, relative, month_table, weekday_table, dateline, iso


@lru_cache(maxsize=1)
def _since() -> frozenset:
    return frozenset(folded(load("calendar")["since"]["forms"], "calendar.since"))


def _after_since(ws: list[Word], i: int, reach: int = 6) -> bool:
    """Whether "منذ" stands in the few words before word i, in the same clause."""
    since = _since()
    for j in range(i - 1, max(-1, i - 1 - reach), -1):
        if ws[j].is_punct:
            return False
        if ws[j].norm in since:
            return True
    return False


def _int(s: str) -> int:
    return int(fold(s))


def find_dateline(text: str) -> dt.date | None:
    """A date standing alone on one of the first lines ("19-سبتمبر-2023", "20/10/2020")."""
    months, _, _, _, _, dateline, iso = _calendar()
    for line in text.splitlines()[:4]:
        folded_line = fold(line)
        m = dateline.match(folded_line)
        try:
            if m:
                day, month_name, month_num, year = m.groups()
                month = months[month_name] if month_name else _int(month_num)
                return dt.date(_int(year), month, _int(day))
            m = iso.match(folded_line)
            if m:
                return dt.date(_int(m.group(1)), _int(m.group(2)), _int(m.group(3)))
        except (ValueError, KeyError):
            continue
    return None


def infer_year(day: int, month: int, weekday: int | None, first: dt.date, last: dt.date) -> int | None:
    """The latest year in [first, last] where day/month falls on `weekday` (any year if None)."""
    for year in range(last.year, first.year - 1, -1):
        try:
            d = dt.date(year, month, day)
        except ValueError:
            continue
        if first <= d <= last and (weekday is None or d.weekday() == weekday):
            return year
    return None


def last_weekday(weekday: int, reference: dt.date) -> dt.date:
    """The day named by a weekday in a report dated `reference`: that day or the closest before."""
    return reference - dt.timedelta(days=(reference.weekday() - weekday) % 7)


def named_days(ws: list[Word], reference: dt.date | None, first: dt.date, last: dt.date) -> list[NamedDay]:
    """The days a sentence names, resolved against the reference date.

    "اليوم الأربعاء", "أمس الثلاثاء", "الثلاثاء" need a reference; "يوم الاثنين 1 آب"
    (day, month, weekday, no year) takes the year from the reference, or the
    latest year within [first, last] where that day is that weekday.
    """
    _, _, relative, month_table, weekday_table, _, _ = _calendar()
    out: list[NamedDay] = []
    i = 0
    n = len(ws)
    rel_heads, wd_heads = relative.heads, weekday_table.heads
    while i < n:
        w = ws[i]
        if not w.norm[:1].isdigit() and w.norm not in rel_heads and w.norm not in wd_heads:
            i += 1
            continue
        # day + month (+ year): "1 آب", "10 نوفمبر/تشرين الثاني 2020"
        if w.norm.isdecimal() and len(w.norm) <= 2:
            j = i + 1
            while j < n and ws[j].norm in ("/", "-", "\\"):
                j += 1
            mm = month_table.match(ws, j)
            if mm is not None:
                day, month = int(w.norm), mm[0]
                k = j + mm[1]
                while k < n and (ws[k].norm in ("/", "-", "\\") or month_table.match(ws, k)):
                    k += month_table.match(ws, k)[1] if month_table.match(ws, k) else 1
                year = int(ws[k].norm) if k < n and ws[k].norm.isdecimal() and len(ws[k].norm) == 4 else None
                weekday = None
                for back in (i - 1, i - 2):
                    if back >= 0:
                        wd = weekday_table.match(ws, back)
                        if wd is not None:
                            weekday = wd[0]
                            break
                basis = "explicit"
                if year is None:
                    if reference is not None:
                        # a report speaks of days past: "3 أكتوبر" in an August report is last year's
                        year = reference.year - ((month, day) > (reference.month, reference.day + 1))
                    else:
                        year = infer_year(day, month, weekday, first, last)
                        basis = "weekday"
                end = ws[k].end if k < n and year is not None and ws[k].norm.isdecimal() else ws[j + mm[1] - 1].end
                since = _after_since(ws, i)  # "منذ 27 سبتمبر", "منذ بدء الغزو في 24 فبراير": a period's start
                if year is not None and not since:
                    try:
                        out.append(NamedDay(dt.date(year, month, day), basis, w.start, end))
                    except ValueError:
                        pass
                i = k + 1
                continue
        if reference is not None:
            rel = relative.match(ws, i, strip=True)
            if rel is not None:
                shift, size = rel
                date = reference + dt.timedelta(days=shift)
                wd = weekday_table.match(ws, i + size)
                if wd is not None:
                    size += wd[1]
                    if shift != 0 or date.weekday() != wd[0]:
                        date = last_weekday(wd[0], reference + dt.timedelta(days=shift))
                out.append(NamedDay(date, "weekday", w.start, ws[i + size - 1].end))
                i += size
                continue
            wd = weekday_table.match(ws, i, strip=True)
            if wd is not None and not (i + 1 < n and ws[i + 1].norm.isdigit()) and not any(
                x.norm in _since() for x in ws[max(0, i - 4):i]  # "منذ بدء القتال الأحد الماضي"
            ):
                out.append(NamedDay(last_weekday(wd[0], reference), "weekday", w.start, ws[i + wd[1] - 1].end))
                i += wd[1]
                continue
        i += 1
    return out
