"""Numbers in event sentences: how many were killed, wounded, captured, and how many fighters.

Pure functions over text, no model:

- ``parse_number("2,000")``, ``parse_number("three hundred")``, ``parse_number("2.5 million")``;
- ``find_quantities(text)``: every amount with its span: figures, ranges ("2,000 to 3,000",
  "between 20 and 30", "20-30" → ``(20, 30)``), number words, and vague amounts kept as words
  ("hundreds", "dozens", "scores", "tens of thousands", "several") with no invented figure;
- ``casualty_numbers(text)``: a ``records.Numbers`` with the amounts the text ties to a casualty or
  force word: a figure *followed* by "killed/dead/died/deaths/wounded/injured/captured/arrested/
  detained/taken prisoner" or *preceded* by "killed/killing/wounded/injuring/captured/arrested" or
  by "lost" when a person noun follows ("lost 2,000 to 3,000 of its fighters" → killed); a figure
  directly followed by a force noun (fighters, troops, soldiers, militants, ...) and no casualty
  word → ``fighters``. Other amounts ("nearly 2 million inhabitants", "$5 a month") are not
  casualties and are ignored.

DOCS: docs/coding.md
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .records import Numbers

__all__ = ["Quantity", "parse_number", "find_quantities", "casualty_numbers"]

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_NUMWORD = "|".join(sorted([*_UNITS, *_TENS, *_SCALES, "dozen", "a", "an", "and"], key=len, reverse=True))

#: Vague amounts, kept as words (longest first so "tens of thousands" wins over "thousands").
VAGUE = ("hundreds of thousands", "tens of thousands", "thousands", "hundreds", "dozens", "scores",
         "several", "a handful of", "a few", "many", "numerous", "countless")

_FIGURE = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_WORDNUM = (rf"(?:(?:{'|'.join(_UNITS)}|{'|'.join(_TENS)})(?:[- ](?:{'|'.join(_UNITS)}))?"
            rf"(?:\s+(?:hundred|thousand|million|billion)(?:\s+(?:and\s+)?(?:{'|'.join(_UNITS)}|{'|'.join(_TENS)}))?)*"
            rf"|a\s+(?:dozen|hundred|thousand|million)|a\s+few\s+dozen)")
_NUM = rf"(?:(?:{_FIGURE})(?:\s+(?:hundred|thousand|million|billion))?|{_WORDNUM})"
_RANGE = re.compile(
    rf"\b(?:between\s+)?(?P<lo>{_NUM})\s*(?:to|-|–|—|and|or)\s*(?P<hi>{_NUM})\b(?!\s*(?:-|–)\s*\d)", re.I)
_SINGLE = re.compile(rf"(?<![\w$£€.,])(?P<n>{_NUM})\b(?![.,]?\d)", re.I)
_VAGUE = re.compile(r"\b(?P<v>" + "|".join(re.escape(v) for v in VAGUE) + r")\b", re.I)
_WORD = re.compile(r"[A-Za-z']+|\d[\d,.]*|[;:()\u2013\u2014]")

KILL_AFTER = {"killed", "dead", "died", "deaths", "death", "fatalities", "slain", "executed",
              "massacred", "murdered", "perished", "beheaded", "lives", "casualties"}
KILL_BEFORE = {"killed", "killing", "kill", "kills", "slew", "executed", "executing", "massacred",
               "beheaded", "claimed", "left"}
WOUND_AFTER = {"wounded", "injured", "hurt", "injuries"}
WOUND_BEFORE = {"wounded", "wounding", "injured", "injuring", "wound", "injure"}
CAPTURE_AFTER = {"captured", "arrested", "detained", "abducted", "kidnapped", "prisoner", "prisoners",
                 "hostage", "hostages", "seized", "held"}
CAPTURE_BEFORE = {"captured", "capturing", "arrested", "arresting", "detained", "detaining",
                  "abducted", "abducting", "kidnapped", "kidnapping", "seized", "rounded"}
PERSON_NOUNS = {"fighters", "militants", "troops", "soldiers", "insurgents", "rebels", "gunmen",
                "men", "personnel", "reinforcements", "people", "civilians", "members", "jihadists",
                "guerrillas", "combatants", "recruits", "policemen", "officers", "militiamen",
                "children", "women", "residents", "villagers", "protesters", "demonstrators",
                "students", "workers", "police", "persons", "terrorists", "attackers", "marines",
                "forces", "hostages", "prisoners", "pilgrims", "worshippers", "passengers"}
FORCE_NOUNS = {"fighters", "militants", "troops", "soldiers", "insurgents", "rebels", "gunmen",
               "personnel", "reinforcements", "jihadists", "guerrillas", "combatants", "recruits",
               "militiamen", "marines", "forces", "men"}
_STOP = {";", ":", "(", ")", "\u2013", "\u2014", "but", "while", "whereas"}


@dataclass(frozen=True, slots=True)
class Quantity:
    """An amount at ``[start, end)`` of the text: ``low``..``high`` or a vague word."""

    text: str
    start: int
    end: int
    low: int | None = None
    high: int | None = None
    vague: str | None = None


def parse_number(text: str) -> int | None:
    """The integer value of a figure or number words (``None`` when it is not a number)."""
    t = text.strip().lower().replace("\u2009", "")
    if not t:
        return None
    m = re.fullmatch(rf"({_FIGURE})(?:\s+(hundred|thousand|million|billion))?", t)
    if m:
        value = float(m.group(1).replace(",", ""))
        if m.group(2):
            value *= _SCALES[m.group(2)]
        return int(round(value))
    if t == "a few dozen":
        return 36
    words = re.split(r"[\s-]+", t)
    total, current, seen = 0, 0, False
    for w in words:
        if w in ("and",):
            continue
        if w in ("a", "an"):
            current = max(current, 1)
            seen = True
        elif w == "dozen":
            current = max(current, 1) * 12
            seen = True
        elif w in _UNITS:
            current += _UNITS[w]
            seen = True
        elif w in _TENS:
            current += _TENS[w]
            seen = True
        elif w == "hundred":
            current = max(current, 1) * 100
            seen = True
        elif w in _SCALES:
            total += max(current, 1) * _SCALES[w]
            current = 0
            seen = True
        else:
            return None
    return total + current if seen else None


def find_quantities(text: str) -> list[Quantity]:
    """Every amount in ``text``, non-overlapping, in text order (ranges before single figures)."""
    found: list[Quantity] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return not any(s < te and ts < e for ts, te in taken)

    for m in _RANGE.finditer(text):
        lo, hi = parse_number(m.group("lo")), parse_number(m.group("hi"))
        if lo is None or hi is None or hi < lo or (lo < 1900 <= hi <= 2100 and lo >= 1900):
            continue
        if re.fullmatch(r"(?:19|20)\d\d", m.group("lo")) and re.fullmatch(r"(?:19|20)?\d\d", m.group("hi")):
            continue  # a span of years ("2014-15"), not an amount
        sep = text[m.end("lo"):m.start("hi")].strip().lower()
        if sep in ("and", "or") and not text[max(0, m.start() - 8):m.start()].lower().endswith(
                ("between ", "between")) and not m.group(0).lower().startswith("between"):
            continue  # "10 and 20" without "between" is usually two separate figures
        found.append(Quantity(m.group(0), m.start(), m.end(), lo, hi))
        taken.append(m.span())
    for m in _VAGUE.finditer(text):
        if free(*m.span()):
            found.append(Quantity(m.group(0), m.start(), m.end(), vague=m.group("v").lower()))
            taken.append(m.span())
    for m in _SINGLE.finditer(text):
        if not free(*m.span()) or m.group("n").strip().lower() in ("a", "an", "and"):
            continue
        n = parse_number(m.group("n"))
        if n is None:
            continue
        found.append(Quantity(m.group(0), m.start(), m.end(), n, n))
        taken.append(m.span())
    found.sort(key=lambda q: q.start)
    return found


def _words(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(0).lower(), m.start(), m.end()) for m in _WORD.finditer(text)]


def _classify(q: Quantity, words: list[tuple[str, int, int]]) -> str | None:
    """killed | wounded | captured | fighters | None for one quantity, from the words around it."""
    before = [w for w, s, e in words if e <= q.start][-3:]
    after_all = [w for w, s, e in words if s >= q.end]
    after: list[str] = []
    for w in after_all[:8]:
        if w in _STOP or w in (",", "and", "or"):
            break
        after.append(w)
    person_after = any(w in PERSON_NOUNS for w in after[:6])
    # a casualty verb just before the amount ("killed 12", "lost hundreds of fighters")
    for w in reversed(before):
        if w in KILL_BEFORE and (w not in ("claimed", "left") or person_after):
            return "killed"
        if w == "lost" and person_after:
            return "killed"
        if w in WOUND_BEFORE:
            return "wounded"
        if w in CAPTURE_BEFORE:
            return "captured"
        if w in ("of", "the", "at", "least", "about", "nearly", "some", "around", "more", "than",
                 "over", "up", "to", "almost", "approximately", "an", "estimated"):
            continue
        break
    # then a casualty word after the amount ("2,000 people were killed", "12 dead")
    for w in after:
        if w in KILL_AFTER:
            return "killed"
        if w in WOUND_AFTER:
            return "wounded"
        if w in CAPTURE_AFTER:
            return "captured"
    if after and (after[0] in FORCE_NOUNS or (len(after) > 1 and after[1] in FORCE_NOUNS
                                             and after[0] not in PERSON_NOUNS)):
        return "fighters"
    return None


def casualty_numbers(text: str, *, victims: str | None = None) -> Numbers | None:
    """Casualty and force figures stated in ``text`` (``None`` when it states none).

    The first amount of each kind wins; ranges are ``(low, high)``, single figures ``(n, n)``;
    vague amounts fill the ``*_vague`` field instead of a figure.
    """
    words = _words(text)
    values: dict[str, object] = {}
    for q in find_quantities(text):
        if q.vague is None and q.low is not None and q.low >= 1900 and q.low == q.high and q.low <= 2100:
            continue  # a year
        kind = _classify(q, words)
        if kind is None:
            continue
        if q.vague is not None:
            values.setdefault(f"{kind}_vague", q.vague)
        else:
            values.setdefault(kind, (q.low, q.high))
    if not values:
        return None
    return Numbers(victims=victims, **values)  # type: ignore[arg-type]
