"""Time expressions: find them in a sentence and resolve them against the article's date.

Pure functions, no model: ``find_time_expressions(text, anchor, future=False)`` returns every
expression found, each resolved to a day range ``[date_start, date_end]``; ``anchor`` is the
publication date (``parse_anchor(Document.published)``) and ``future`` says whether the clause the
expression belongs to looks ahead (a forecast or plan), which decides the direction of bare names:

========================  ===========================  =====================================
expression                article of Sat 2015-03-14     rule
========================  ===========================  =====================================
"on Tuesday"              2015-03-10                    last such weekday on or before the anchor
"on Tuesday" (future)     2015-03-17                    next such weekday after the anchor
"yesterday" / "today"     2015-03-13 / 2015-03-14
"last week"               2015-03-02 .. 2015-03-08      the previous Monday–Sunday week
"last month"/"this year"  2015-02 / 2015                calendar month / year
"last January"            2015-01                       latest January before the anchor month
"in May" (past)           2014-05                       latest May on or before the anchor month
"in May" (future)         2015-05                       next May on or after the anchor month
"June 2014"               2014-06-01 .. 2014-06-30
"2014 spring offensive"   2014-03-01 .. 2014-05-31      meteorological seasons (N. hemisphere)
"last spring"             2014-03-01 .. 2014-05-31      latest season that ended before the anchor
"a few weeks ago"         2015-01-31 .. 2015-02-28      vague counts: "a few" = 2–4, "several" = 3–7
"March 10" / "10 March"   2015-03-10                    year from the anchor, moved by direction
"Aug. 19, 2014", ISO      that day
"in 2014"                 2014-01-01 .. 2014-12-31
========================  ===========================  =====================================

``default_window(anchor, modality)`` is the rule for events that state no time: an event reported as
having happened (asserted) or ongoing is placed in the week before publication
(``anchor - 7 days .. anchor``); forecasts, plans, hypothetical, denied and historical events get no
date. DOCS: docs/coding.md
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

__all__ = [
    "TimeExpression", "parse_anchor", "find_time_expressions", "resolve", "default_window",
    "DEFAULT_WINDOW_DAYS",
]

DEFAULT_WINDOW_DAYS = 7

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
            "sunday": 6}
SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)}
NUMBER_WORDS = {"one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
VAGUE_COUNTS = {"a few": (2, 4), "few": (2, 4), "several": (3, 7), "a couple of": (2, 3),
                "couple of": (2, 3), "some": (2, 5), "many": (3, 10)}

_MON = (r"(?P<mon>jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june?|july?|"
        r"aug(?:ust|\.)?|sep(?:t(?:ember)?)?\.?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?)")
_FULLMON = r"(?P<mon>january|february|march|april|may|june|july|august|september|october|november|december)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_WD = r"(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_SEASON = r"(?P<season>spring|summer|autumn|fall|winter)"
_COUNT = r"(?P<count>\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|few|several|a couple of|couple of|some|many|an?)"
_UNIT = r"(?P<unit>day|week|month|year)s?"
_REL = r"(?P<rel>last|this|next|past|coming|previous)"

# Order matters: longer, more specific patterns first; matches may not overlap.
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [(k, re.compile(p, re.I)) for k, p in [
    ("iso", r"\b(?P<year>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<day>[0-3]\d)\b"),
    ("mdy", rf"\b{_MON}\s+{_DAY},?\s+{_YEAR}\b"),
    ("dmy", rf"\b{_DAY}\s+{_MON}\.?,?\s+{_YEAR}\b"),
    ("season_year", rf"\b(?:the\s+)?{_SEASON}\s+(?:of\s+)?{_YEAR}\b"),
    ("year_season", rf"\b{_YEAR}\s+{_SEASON}\b"),
    ("my", rf"\b{_FULLMON}\s+(?:of\s+)?{_YEAR}\b"),
    ("md", rf"\b{_MON}\s+{_DAY}\b(?!\s*,?\s*\d)"),
    ("dm", rf"\b{_DAY}\s+{_FULLMON}\b"),
    ("ago", rf"\b{_COUNT}\s+{_UNIT}\s+ago\b"),
    ("earlier_this", r"\b(?P<which>earlier|later)\s+this\s+(?P<unit>week|month|year)\b"),
    ("rel_unit", rf"\b{_REL}\s+(?P<unit>week|month|year)(?:'s)?\b"),
    ("rel_season", rf"\b{_REL}\s+{_SEASON}(?:'s)?\b"),
    ("rel_month", rf"\b{_REL}\s+{_FULLMON}\b"),
    ("rel_wd", rf"\b{_REL}\s+{_WD}\b"),
    ("deictic", r"\b(?P<word>yesterday|today|tonight|tomorrow|last\s+night|this\s+(?:morning|afternoon|evening))\b"),
    ("wd", rf"\b{_WD}(?:'s)?\b"),
    ("prep_month", rf"\b(?P<prep>in|since|until|till|by|from|during|through|early|late|mid|mid-|end\s+of|beginning\s+of|start\s+of)\s+{_FULLMON}\b"),
    ("prep_year", rf"\b(?P<prep>in|since|until|by|from|during|through|early|late|mid-?|of|the|its|their|his|her)\s+{_YEAR}\b(?![,.]?\d)"),
]]


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """A time expression at ``[start, end)`` of the searched text, resolved to a day range."""

    text: str
    start: int
    end: int
    date_start: date
    date_end: date
    granularity: str  # day | week | month | season | year | range

    def iso(self) -> tuple[str, str]:
        return self.date_start.isoformat(), self.date_end.isoformat()


def parse_anchor(published: str | None) -> date | None:
    """The publication day of an ISO date or datetime string (``None`` when absent or unreadable)."""
    if not published:
        return None
    text = published.strip()
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        return None


def _month_range(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def _season_range(year: int, season: str) -> tuple[date, date]:
    first, last = SEASONS[season]
    if first <= last:
        return date(year, first, 1), _month_range(year, last)[1]
    return date(year, 12, 1), _month_range(year + 1, 2)[1]  # winter YEAR = Dec YEAR .. Feb YEAR+1


def _month_number(token: str) -> int:
    key = token.lower().rstrip(".")
    if key not in MONTHS:
        key = key[:3]
    return MONTHS[key]


def _safe_day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _count(word: str) -> tuple[int, int]:
    w = word.lower()
    if w.isdigit():
        n = int(w)
        return n, n
    if w in NUMBER_WORDS:
        return NUMBER_WORDS[w], NUMBER_WORDS[w]
    return VAGUE_COUNTS.get(w, (1, 1))


def _shift_months(d: date, months: int) -> date:
    m = d.month - 1 + months
    y = d.year + m // 12
    m = m % 12 + 1
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def _resolve(kind: str, m: re.Match[str], anchor: date | None, future: bool
             ) -> tuple[date, date, str] | None:
    g = m.groupdict()
    if kind == "iso":
        d = _safe_day(int(g["year"]), int(g["m"]), int(g["day"]))
        return (d, d, "day") if d else None
    if kind in ("mdy", "dmy"):
        d = _safe_day(int(g["year"]), _month_number(g["mon"]), int(g["day"]))
        return (d, d, "day") if d else None
    if kind in ("season_year", "year_season"):
        s, e = _season_range(int(g["year"]), g["season"].lower())
        return s, e, "season"
    if kind == "my":
        s, e = _month_range(int(g["year"]), _month_number(g["mon"]))
        return s, e, "month"
    if kind == "prep_year":
        year = int(g["year"])
        prep = g["prep"].lower().rstrip("-")
        if prep == "early":
            return date(year, 1, 1), date(year, 4, 30), "range"
        if prep == "mid":
            return date(year, 5, 1), date(year, 8, 31), "range"
        if prep == "late":
            return date(year, 9, 1), date(year, 12, 31), "range"
        return date(year, 1, 1), date(year, 12, 31), "year"
    if anchor is None:
        return None  # everything below is relative to the publication date
    if kind in ("md", "dm"):
        month, day = _month_number(g["mon"]), int(g["day"])
        d = _safe_day(anchor.year, month, day)
        if d is None:
            return None
        if future and d < anchor:
            d = _safe_day(anchor.year + 1, month, day) or d
        elif not future and d > anchor + timedelta(days=1):
            d = _safe_day(anchor.year - 1, month, day) or d
        return d, d, "day"
    if kind == "ago":
        lo, hi = _count(g["count"])
        unit = g["unit"].lower()
        if unit == "day":
            return anchor - timedelta(days=hi), anchor - timedelta(days=lo), "day" if lo == hi else "range"
        if unit == "week":
            return (anchor - timedelta(days=7 * hi + 3), anchor - timedelta(days=max(7 * lo - 3, 0)),
                    "range")
        if unit == "month":
            s = _shift_months(anchor, -hi)
            e = _shift_months(anchor, -lo)
            return _month_range(s.year, s.month)[0], _month_range(e.year, e.month)[1], "range"
        return date(anchor.year - hi, 1, 1), date(anchor.year - lo, 12, 31), "range"
    if kind == "earlier_this":
        unit = g["unit"].lower()
        later = g["which"].lower() == "later"
        if unit == "week":
            start = anchor - timedelta(days=anchor.weekday())
            end = start + timedelta(days=6)
        elif unit == "month":
            start, end = _month_range(anchor.year, anchor.month)
        else:
            start, end = date(anchor.year, 1, 1), date(anchor.year, 12, 31)
        return (anchor, end, "range") if later else (start, anchor, "range")
    if kind == "rel_unit":
        rel, unit = g["rel"].lower(), g["unit"].lower()
        step = {"last": -1, "past": -1, "previous": -1, "this": 0, "next": 1, "coming": 1}[rel]
        if unit == "week":
            if rel == "past":
                return anchor - timedelta(days=7), anchor, "range"
            monday = anchor - timedelta(days=anchor.weekday()) + timedelta(days=7 * step)
            return monday, monday + timedelta(days=6), "week"
        if unit == "month":
            if rel == "past":
                return anchor - timedelta(days=30), anchor, "range"
            d = _shift_months(anchor.replace(day=1), step)
            s, e = _month_range(d.year, d.month)
            return s, e, "month"
        if rel == "past":
            return anchor - timedelta(days=365), anchor, "range"
        y = anchor.year + step
        return date(y, 1, 1), date(y, 12, 31), "year"
    if kind == "rel_season":
        rel, season = g["rel"].lower(), g["season"].lower()
        if rel in ("last", "past", "previous"):
            for y in range(anchor.year, anchor.year - 3, -1):
                s, e = _season_range(y, season)
                if e < anchor:
                    return s, e, "season"
        elif rel == "this":
            for y in (anchor.year - 1, anchor.year):
                s, e = _season_range(y, season)
                if s <= anchor <= e:
                    return s, e, "season"
            s, e = _season_range(anchor.year, season)
            return s, e, "season"
        else:
            for y in range(anchor.year, anchor.year + 3):
                s, e = _season_range(y, season)
                if s > anchor:
                    return s, e, "season"
        return None
    if kind == "rel_month":
        rel, month = g["rel"].lower(), _month_number(g["mon"])
        if rel in ("last", "past", "previous"):
            y = anchor.year if month < anchor.month else anchor.year - 1
        elif rel == "this":
            y = anchor.year
        else:
            y = anchor.year if month > anchor.month else anchor.year + 1
        s, e = _month_range(y, month)
        return s, e, "month"
    if kind == "prep_month":
        month = _month_number(g["mon"])
        prep = g["prep"].lower()
        if future or prep in ("until", "till", "by") and month >= anchor.month:
            y = anchor.year if month >= anchor.month else anchor.year + 1
        else:
            y = anchor.year if month <= anchor.month else anchor.year - 1
        s, e = _month_range(y, month)
        if prep == "early":
            e = date(y, month, 10)
        elif prep.startswith("mid"):
            s, e = date(y, month, 11), date(y, month, 20)
        elif prep == "late" or prep.startswith("end"):
            s = date(y, month, 21)
        elif prep.startswith(("beginning", "start")):
            e = date(y, month, 10)
        return s, e, "month" if (s.day == 1 and e.day >= 28) else "range"
    if kind == "rel_wd":
        rel, wd = g["rel"].lower(), WEEKDAYS[g["wd"].lower()]
        if rel in ("last", "past", "previous"):
            back = (anchor.weekday() - wd) % 7 or 7
            d = anchor - timedelta(days=back)
        elif rel == "this":
            diff = wd - anchor.weekday()
            d = anchor + timedelta(days=diff)
        else:
            ahead = (wd - anchor.weekday()) % 7 or 7
            d = anchor + timedelta(days=ahead)
        return d, d, "day"
    if kind == "wd":
        wd = WEEKDAYS[g["wd"].lower()]
        if future:
            d = anchor + timedelta(days=(wd - anchor.weekday()) % 7 or 7)
        else:
            d = anchor - timedelta(days=(anchor.weekday() - wd) % 7)
        return d, d, "day"
    if kind == "deictic":
        word = " ".join(g["word"].lower().split())
        offset = {"yesterday": -1, "last night": -1, "tomorrow": 1}.get(word, 0)
        d = anchor + timedelta(days=offset)
        return d, d, "day"
    return None


def find_time_expressions(text: str, anchor: date | None, *, future: bool = False
                          ) -> list[TimeExpression]:
    """Every time expression in ``text`` (non-overlapping, in text order), resolved.

    Expressions that need the anchor (weekdays, "last month", bare month names) are skipped when
    ``anchor`` is ``None``; absolute ones ("June 2014") are always resolved.
    """
    taken: list[tuple[int, int]] = []
    found: list[TimeExpression] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            if kind in ("prep_month", "md", "my") and m.group("mon").lower().startswith("may"):
                # "May" is also the modal verb: only the capitalised name counts
                mon_at = m.start("mon")
                if not text[mon_at].isupper():
                    continue
            if kind == "md" and m.group("mon").lower() in ("mar", "may") and not text[m.start("mon")].isupper():
                continue
            resolved = _resolve(kind, m, anchor, future)
            if resolved is None:
                continue
            start_d, end_d, gran = resolved
            # drop the leading preposition/determiner from prep_* matches: keep the date words
            if kind == "prep_year" and m.group("prep").lower() in ("the", "its", "their", "his", "her", "of"):
                s = m.start("year")
            taken.append((s, e))
            found.append(TimeExpression(text[s:e], s, e, start_d, end_d, gran))
    found.sort(key=lambda t: t.start)
    return found


def resolve(text: str, anchor: date | None, *, future: bool = False) -> TimeExpression | None:
    """The first time expression of ``text``, resolved (``None`` when there is none)."""
    found = find_time_expressions(text, anchor, future=future)
    return found[0] if found else None


def default_window(anchor: date | None, modality: str) -> tuple[date, date] | None:
    """Date range for an event whose sentence states no time (see the module docstring)."""
    if anchor is None or modality not in ("asserted", "ongoing"):
        return None
    return anchor - timedelta(days=DEFAULT_WINDOW_DAYS), anchor
