"""Paragraph and sentence segmentation of clean text, with character offsets.

Pure Python and rule based, so it is fast and needs no model. Offsets are ``Span(start, end)``
into the text given; spans never include the whitespace around a paragraph or sentence.

Sentences end at ``.``, ``!``, ``?`` or ``…`` (with any closing quotes or brackets after them)
followed by whitespace and a sentence start (a capital, a digit or an opening quote). A period does
*not* end a sentence after:

- a title or a word that always precedes something (``Gen.``, ``Lt. Col.``, ``Mr.``, ``No. 5``,
  ``e.g.``, ``vs.``);
- an initial (``Mark C. Toner``);
- an ambiguous abbreviation (``U.S.``, ``U.N.``, ``Jan.``, ``Fla.``, ``Corp.``) unless the next word
  is a usual sentence opener ("The", "He", "But", ...), as in "... based in the U.S. The company";
- a decimal point or a dotted acronym inside a word (no whitespace follows).

Paragraph boundaries are always sentence boundaries.
"""
from __future__ import annotations

import re

from .records import Span

__all__ = ["split_paragraphs", "split_sentences", "TITLE_ABBREVIATIONS", "AMBIGUOUS_ABBREVIATIONS"]

# Abbreviations after which a sentence never ends (they always introduce a name or a number).
TITLE_ABBREVIATIONS = frozenset(
    """
    mr mrs ms mssrs messrs dr prof gen gens lt col maj capt cpt sgt cpl pvt adm cmdr cmdt cdr
    brig rep reps sen sens gov govs pres rev fr hon amb supt insp det st ste mt ft
    no nos nr vol vols art arts sec secs fig figs p pp ch chap para vs v e.g i.e cf approx
    est al ca
    """.split()
)

# Abbreviations that may or may not end a sentence.
AMBIGUOUS_ABBREVIATIONS = frozenset(
    """
    jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues wed thu thur thurs fri sat sun
    ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont
    neb nev okla ore pa penn tenn tex va vt wash wis wyo
    inc corp co ltd llc plc jr sr bros dept univ assn govt
    etc a.m p.m
    """.split()
)

# Words that start a new sentence when they follow an ambiguous abbreviation.
_OPENERS = frozenset(
    """
    the a an he she it they we i you this that these those there his her its their our my
    but and so yet however meanwhile in on at for after before when while if as although though
    during since until what who why how where mr mrs ms dr
    """.split()
)

_PARA_RE = re.compile(r"[^\n]+(?:\n[ \t]*[^\s][^\n]*)*")  # runs of non-blank lines
_BOUNDARY_RE = re.compile(
    r"""(?:[.!?…]+)["'”’»)\]]*   # terminal punctuation, then closing quotes/brackets
        (?=\s+)""",
    re.VERBOSE,
)
_WORD_BEFORE_RE = re.compile(r"([\w.'’-]*)$")
_OPENING_RE = re.compile(r"""["'“‘«(\[]*(\w)""")
_NEXT_WORD_RE = re.compile(r"""["'“‘«(\[]*([\w’']+)""")


def split_paragraphs(text: str) -> list[Span]:
    """Paragraphs are separated by blank lines; spans exclude surrounding whitespace."""
    spans: list[Span] = []
    for m in _PARA_RE.finditer(text):
        start, end = m.start(), m.end()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append(Span(start, end))
    return spans


def split_sentences(text: str, paragraphs: list[Span] | tuple[Span, ...] | None = None) -> list[Span]:
    """Sentences of ``text`` within each paragraph (``split_paragraphs(text)`` when not given)."""
    if paragraphs is None:
        paragraphs = split_paragraphs(text)
    out: list[Span] = []
    for para in paragraphs:
        out.extend(_sentences_in(text, para.start, para.end))
    return out


def _sentences_in(text: str, start: int, end: int) -> list[Span]:
    chunk = text[start:end]
    spans: list[Span] = []
    begin = 0
    for m in _BOUNDARY_RE.finditer(chunk):
        stop = m.end()
        nxt = stop
        while nxt < len(chunk) and chunk[nxt].isspace():
            nxt += 1
        if nxt >= len(chunk):
            break
        if "\n" in chunk[stop:nxt]:
            pass  # a line break after terminal punctuation always ends the sentence
        elif not _is_boundary(chunk, m.start(), m.group(), nxt):
            continue
        spans.append(_trimmed(text, start + begin, start + stop))
        begin = nxt
    last = _trimmed(text, start + begin, end)
    if last.end > last.start:
        spans.append(last)
    return [s for s in spans if s.end > s.start]


def _is_boundary(chunk: str, punct_at: int, punct: str, nxt: int) -> bool:
    opening = _OPENING_RE.match(chunk, nxt)
    if opening is None:
        return False
    first = opening.group(1)
    if not (first.isupper() or first.isdigit()) and chunk[nxt] not in "\"'“‘«([":
        return False
    if first.islower():
        return False
    if punct.rstrip("\"'”’»)]") != ".":
        return True  # "!", "?", "…", "..": not an abbreviation period
    window = chunk[max(0, punct_at - 40):punct_at]
    word = _WORD_BEFORE_RE.search(window).group(1)  # type: ignore[union-attr]
    word = word.lstrip("'’-")
    if not word:
        return True
    key = word.lower()
    if key in TITLE_ABBREVIATIONS:
        if key in {"no", "nos", "art", "sec", "fig", "vol", "p", "pp", "ch", "para"}:
            return not first.isdigit()
        return False
    if len(word) == 1 and word.isalpha() and word.isupper():
        return False  # an initial: "Mark C. Toner"
    dotted = "." in word
    if key in AMBIGUOUS_ABBREVIATIONS or dotted:
        if first.isdigit() and key[:4] in {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
                                           "sept", "oct", "nov", "dec"}:
            return False
        nxt_word = _NEXT_WORD_RE.match(chunk, nxt)
        return bool(nxt_word) and nxt_word.group(1).lower() in _OPENERS  # type: ignore[union-attr]
    return True


def _trimmed(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)
