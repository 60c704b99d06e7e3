"""Cleaning: from a ``RawDocument`` to a ``Document`` with article text only.

``clean_document`` does, in order:

1. **Extract.** HTML goes through trafilatura (main text, title, date, site name as publisher, URL;
   htmldate when trafilatura finds no date). Plain text is normalised (NFC, line breaks, odd spaces).
2. **Header (text dumps).** The first headline-like line becomes the title, standalone datelines
   ("March 14, 2015 03:08", "NEWS | Aug. 19, 2014", "Friday, August 21, 2015") give the publication
   date and leave the text; an inline dateline ("TAMPA, Fla., Aug. 19, 2014 - ...") gives the date and
   stays. Press-release chrome ("FOR IMMEDIATE RELEASE", "Release #...", a "By ..." byline) is dropped.
3. **Boilerplate** (``settings.clean.drop_boilerplate``), with general patterns rather than any one
   site's lines: subscription/donation pitches (a "Dear Reader" letter up to its signature, "$5 a
   month", "ad-free"), share and follow prompts ("Join our Facebook page"), newsletter, cookie and
   advert lines, copyright lines, "Related Content"-style tails (the heading and the other articles'
   headlines after it), and photo credits ("(photo credit: REUTERS)": the credit goes, the caption
   stays). Everything dropped is kept in ``Document.dropped`` for audit.
4. **Repair** the dump's breaks: a sentence split across paragraphs (the first part ends with a
   title abbreviation such as "Gen.", with a comma, or with no punctuation before a lowercase start)
   is joined, and a word split at a hyphen ("Iranian- backed") is re-joined.
5. **Identify**: language from stopword and script profiles, ``id`` = 16 hex digits of the SHA-256
   of the normalised text, paragraphs and sentences with offsets (:mod:`intelfile.segment`).

Metadata on the ``RawDocument`` (from JSONL fields or a sidecar index) wins over what is guessed here.
"""
from __future__ import annotations

import calendar
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from .errors import EmptyInput, MalformedRecord
from .records import Document, RawDocument
from .segment import TITLE_ABBREVIATIONS, split_paragraphs, split_sentences
from .settings import Settings

__all__ = [
    "clean_document", "clean_text", "CleanText", "parse_date", "find_date", "url_date", "detect_language",
    "document_id", "normalise_for_id",
]

# --------------------------------------------------------------------------- dates

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_MONTH_RE = (r"(?P<month>January|February|March|April|May|June|July|August|September|October|"
             r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?")
_WEEKDAY_RE = (r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
               r"Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?,?")
_TIME_RE = (r"(?:,?\s*(?:at\s+)?(?P<hour>\d{1,2})[:.h](?P<minute>\d{2})(?::\d{2})?"
            r"\s*(?P<ampm>[ap]\.?\s?m\.?)?)?")
_TZ_RE = r"(?:\s*\(?(?:GMT|UTC|BST|CET|CEST|EET|EEST|IDT|IST|AST|EST|EDT|CST|CDT|PST|PDT|ET|PT)(?:[+-]\d{1,2}(?::?\d{2})?)?\)?)?"
_MDY = rf"{_MONTH_RE}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d{{2}})"
_DMY = rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH_RE},?\s+(?P<year>(?:19|20)\d{{2}})"
_ISO = (r"(?P<year>(?:19|20)\d{2})-(?P<month>\d{2})-(?P<day>\d{2})"
        r"(?:[T ](?P<hour>\d{2}):(?P<minute>\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?")
_DATE_RES = [re.compile(_MDY + _TIME_RE, re.I), re.compile(_DMY + _TIME_RE, re.I), re.compile(_ISO)]

# A line that is only a date, perhaps with a section label, a weekday, a time and a zone.
_LABEL = r"(?:(?:[A-Z][\w&'-]*(?:\s[A-Z][\w&'-]*){0,3})\s*[|•·:/]\s*)?"
_STAMP = r"(?:(?:Published|Posted|Updated|Last updated|First published|Date)(?:\s+on)?\s*:?\s*)?"
_STANDALONE_RE = re.compile(
    rf"^\s*{_LABEL}{_STAMP}(?:{_WEEKDAY_RE}\s+)?(?P<date>.+?)\s*$", re.I)


def _unnamed(pattern: str) -> str:
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


_INLINE_DATELINE_RE = re.compile(
    rf"^[A-Z][A-Za-z .'’-]{{1,40}}(?:,\s*[A-Z][\w.'’ -]{{1,25}}){{0,2}},?\s*\(?(?:{_WEEKDAY_RE}\s+)?"
    rf"(?P<date>{_unnamed(_MDY)}|{_unnamed(_DMY)})\)?\s*[-–—:]\s", re.I)


def _date_from_match(m: re.Match[str]) -> str | None:
    g = m.groupdict()
    month_s = g.get("month") or ""
    month = int(month_s) if month_s.isdigit() else _MONTHS.get(month_s.lower().rstrip("."))
    try:
        year, day = int(g["year"]), int(g["day"])
    except (TypeError, ValueError):
        return None
    if not month or not 1 <= month <= 12 or not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    iso = f"{year:04d}-{month:02d}-{day:02d}"
    if g.get("hour") is not None and g.get("minute") is not None:
        hour, minute = int(g["hour"]), int(g["minute"])
        ampm = (g.get("ampm") or "").lower()
        if ampm.startswith("p") and hour < 12:
            hour += 12
        elif ampm.startswith("a") and hour == 12:
            hour = 0
        if hour < 24 and minute < 60:
            iso += f"T{hour:02d}:{minute:02d}"
    return iso


def find_date(text: str) -> tuple[str, re.Match[str]] | None:
    """The first date in ``text`` as ``(iso, match)``; ISO is ``YYYY-MM-DD`` or ``YYYY-MM-DDTHH:MM``."""
    best: tuple[str, re.Match[str]] | None = None
    for rx in _DATE_RES:
        for m in rx.finditer(text):
            iso = _date_from_match(m)
            if iso and (best is None or m.start() < best[1].start()):
                best = (iso, m)
            if iso:
                break
    return best


def parse_date(text: str) -> str | None:
    """An ISO date (or date and time) when ``text`` is a date: "Aug. 19, 2014", "Friday, August 21,
    2015", "March 14, 2015 03:08", "2015-03-14T03:08:00Z", "2015-03"; ``None`` otherwise."""
    text = text.strip()
    found = _standalone_date(text)
    if found:
        return found
    m = re.fullmatch(r"((?:19|20)\d{2})(?:-(\d{2}))?", text)
    if m:
        return m.group(1) + (f"-{m.group(2)}" if m.group(2) else "")
    return None


def url_date(url: str | None) -> str | None:
    """A date stated in a URL path ("/2017/09/29/slug", "/2017/Nov/01/...")."""
    if not url:
        return None
    m = _URL_DATE_RE.search(url)
    if not m:
        return None
    year, month_s, day = int(m.group(1)), m.group(2), int(m.group(3))
    month = int(month_s) if month_s.isdigit() else _MONTHS.get(month_s.lower())
    if not month or not 1 <= month <= 12 or not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def _standalone_date(line: str) -> str | None:
    """The date when ``line`` is nothing but a dateline."""
    if len(line) > 80:
        return None
    m = _STANDALONE_RE.match(line)
    if not m:
        return None
    rest = m.group("date")
    for rx in _DATE_RES:
        dm = re.fullmatch(rx.pattern + _TZ_RE, rest, rx.flags)
        if dm:
            return _date_from_match(dm)
    return None


# --------------------------------------------------------------------------- boilerplate patterns

def _rx(*parts: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in parts), re.I)


_SOCIAL = r"(?:facebook|twitter|x|instagram|telegram|whatsapp|youtube|tiktok|linkedin|threads|google news|flipboard|viber|reddit)"

# Lines dropped wherever they occur (each is tested only on lines under 400 characters).
_LINE_DROP = _rx(
    # share / follow prompts
    rf"\b(?:join|follow|like|find|subscribe to|add)\s+(?:us|our\b[^.]{{0,40}}?)\s+(?:on|at|in|via)?\s*{_SOCIAL}\b",
    rf"\b(?:join|follow|like|subscribe to)\s+(?:us|our)\b[^.]{{0,30}}\b{_SOCIAL}\s+(?:page|channel|group|account|feed)",
    rf"\b{_SOCIAL}\s+(?:page|channel|group|account|feed)\b.{{0,40}}\b(?:join|follow|like|subscribe)\b",
    r"^be the first to (?:know|hear|read|comment)\b",
    r"^(?:share|tweet|e-?mail|print|pin|whatsapp|copy link|save)(?: (?:this|on|via|the) [\w ]{0,30})?[:!.]?$",
    r"^(?:share|send) (?:this|the) (?:article|story|page|post)\b",
    r"^click (?:here|to)\b", r"\bclick here\s*(?:>>|»|to\b|for\b|\.|$)",
    # newsletters, apps
    r"\b(?:sign up|subscribe|register)\b.{0,50}\bnewsletters?\b",
    r"\bnewsletters?\b.{0,50}\b(?:sign up|subscribe|straight to your inbox|in your inbox|delivered)\b",
    r"^(?:get|receive) (?:our|the) [\w ,'-]{0,40}(?:newsletter|alerts|briefing)\b",
    r"\bdownload (?:our|the) (?:free )?(?:[\w-]+ )?app\b",
    r"^stay (?:informed|updated|up to date|connected)\b.{0,80}\b(?:sign up|subscribe|follow|download|newsletter)",
    # donations
    r"^(?:please )?(?:donate|make a (?:donation|contribution)|chip in)\b.{0,60}\b(?:today|now|here|journalism|reporting|work)\b",
    r"^(?:please )?support (?:us|our (?:work|journalism|reporting)|independent journalism)\b",
    r"\balready (?:a subscriber|have an account)\b", r"^(?:log ?in|sign in|register) (?:to|or) \b",
    # cookies and consent
    r"\b(?:we|this (?:site|website)|our (?:site|website)) uses? cookies\b",
    r"\bcookie (?:policy|settings|preferences|consent)\b", r"\baccept (?:all )?cookies\b",
    r"\bprivacy (?:policy|notice)\b.{0,40}\bterms (?:of (?:use|service)|and conditions)\b",
    # advertisement markers, teasers, navigation
    r"^(?:advertisement|advertising|sponsored(?: content)?|ad|paid (?:content|post)|promoted)\s*:?$",
    r"^(?:story|article) continues (?:below|after)\b", r"^continue reading\b.{0,40}$",
    r"^scroll (?:down )?to (?:continue|read)\b",
    r"^(?:read (?:more|also|next)|also read|see also|watch|listen|more)\s*[:|>»]\s*.{0,200}$",
    r"^(?:read more|read the full (?:story|article)|view (?:comments|gallery))\s*(?:>>|»|\.\.\.)?$",
    r"^(?:tags?|topics?|filed under|categories|keywords)\s*:",
    r"^(?:©|\(c\)|copyright\b)", r"\ball rights reserved\b",
    r"^(?:report an? (?:error|typo|correction)|send us (?:a tip|your feedback))\b",
    # press-release and wire chrome, reporting credits
    r"^for immediate release\.?$", r"^(?:press )?release\s*(?:#|no\.?|number)\s*[\w-]+$",
    r"^(?:\(|\[)?(?:additional )?(?:reporting|writing|editing|compiled|translated) by\b[^.]{0,150}(?:\)|\])?\.?$",
    r"^\W{0,3}(?:photo|image|picture|video|graphic|photograph|credit)s?(?: credit| courtesy)?\s*:\s*[^.]{0,80}$",
    r"^(?:getty images|(?:reuters|afp|ap|epa|anadolu)(?: photo)?)$",
)

# Subscription offers: a call to action (imperative or "For $5 a month") about paid access.
_CTA_START = re.compile(
    r"^(?:subscribe|join|get|upgrade|sign up|become|support|try|start|unlock|enjoy|access|read|"
    r"already|want|for (?:just |only )?[$€£]\s?\d)\b", re.I)
_CTA_TERMS = _rx(
    r"\b(?:subscribe|subscription|subscribers?)\b",
    r"[$€£]\s?\d+(?:\.\d\d)?\s*(?:a|per|/)\s*(?:month|year|week|mo)\b",
    r"\b(?:ad|ads|advert|advertising)[- ]free\b", r"\bpremium\b", r"\bunlimited (?:digital )?access\b",
    r"\bupgrade your (?:experience|subscription|account)\b", r"\bfor (?:just|only) [$€£]\s?\d",
)

# A donation/subscription letter starts with one of these and runs to its signature.
_PITCH_OPEN = _rx(
    r"^dear (?:valued |loyal |fellow )?(?:readers?|subscribers?|friends?|members?|supporters?|visitors?)\b",
    r"^an? (?:personal )?(?:message|note|letter|appeal) (?:from|to) (?:our|the) (?:editors?|publisher|readers?|ceo|newsroom)\b",
    r"^(?:please )?support (?:our|independent|quality|local|trusted) (?:journalism|reporting|newsroom|news)\b",
    r"^we (?:need|rely on|depend on) (?:your|readers'?) (?:help|support)\b",
    r"^(?:become|join us as) an? (?:member|subscriber|supporter|patron)\b",
)
_PITCH_WORDS = _rx(
    r"\b(?:we|our|us|you|your|ours)\b", r"subscri", r"\bdonat", r"\bjournalism\b", r"\bpaywall\b",
    r"\breaders?\b", r"\bmembership\b", r"\bpremium\b", r"\bads?\b", r"[$€£]\s?\d",
    r"\b(?:e-?paper|print edition|digital edition|newsletter)\b", r"\bthank(?:s| you)\b",
)
_SIGNATURE = re.compile(
    r"^[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3},\s*(?:[\w&-]+\s+){0,2}(?:CEO|Editor|Publisher|Chief|"
    r"President|Founder|Director|Chairman|Chairwoman|Managing|Head)\b")

# A heading after which the rest of the page is other articles (a tail).
_TAIL_HEADING = re.compile(
    r"^(?:related(?: content| articles?| stories| news| coverage| posts| links| reading| topics)?|"
    r"more (?:from|on|about|stories|news|like this|in|articles)\b[\w ,'&-]{0,40}|"
    r"(?:you )?(?:may|might) also (?:like|enjoy|be interested(?: in)?)|"
    r"recommended(?: for you| stories| articles| reading)?|read (?:more|next|also)|also (?:read|on|in)\b[\w ]{0,30}|"
    r"see also|further reading|most (?:read|popular|viewed|shared|watched)|popular (?:stories|now|articles|posts)|"
    r"trending(?: now| stories| articles)?|top (?:stories|news|headlines)|latest (?:news|stories|headlines|articles|videos?)|"
    r"what to read next|don'?t miss|editor'?s picks?|around the web|from (?:the|our) (?:web|partners)|"
    r"sponsored (?:stories|links|content)|comments?|\d+ comments?|leave a (?:comment|reply)|"
    r"join the (?:conversation|discussion))\s*[:»>]*$",
    re.I,
)

# Inline photo credits: removed from a caption, the caption text stays.
_CREDIT_INLINE = _rx(
    r"\s*[(\[]\s*(?:photo|image|picture|video|graphic|illustration|photograph|photos|pictures)s?\s*(?:credits?|courtesy(?: of)?|by)?\s*:\s*[^()\[\]\n]{1,80}[)\]]",
    r"\s*[(\[]\s*(?:photo|image|picture|video|graphic|illustration|photograph|photos)s?\s+(?:credits?|courtesy(?: of)?|by)\s*:?\s*[^()\[\]\n]{1,80}[)\]]",
    r"\s*[(\[]\s*(?:credits?|courtesy of)\s*:?\s*[^()\[\]\n]{1,60}[)\]]",
    r"\s*\b(?:REUTERS|AFP|AP|EPA|EPA-EFE|ANADOLU|XINHUA|Getty Images)/(?:[A-Z][\w'’.-]*\s?){1,4}(?=\s*$)",
    r"\s+(?:Photo|Image|Picture|Photograph)(?:\s+credit)?\s*:\s*[A-Z][^.\n]{0,60}\.?$",
)

_BULLET_RE = re.compile(r"^\s*(?:[•·▪►◦‣∙*]|-(?=\s))\s*")
_TERMINAL = ".!?…:\"”’)»"
_HYPHEN_SPLIT_RE = re.compile(
    r"(?<=[A-Za-z])- (?!(?:and|or|to|nor|but|versus|vs|und|et|y|ou|e|o)\b)(?=[a-z]{2,})")
_SPACES_RE = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE_RE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_JOIN_TITLES = frozenset(
    "mr mrs ms dr prof gen lt col maj capt sgt cpl adm cmdr brig rep sen gov pres rev hon amb st "
    "gens sens reps lieut".split()) & (TITLE_ABBREVIATIONS | {"lieut"})
_HEADLINE_MAX = 200
_MIN_HTML_WORDS = 5  # fewer words extracted from a page is navigation, not an article
_BYLINE_RE = re.compile(r"^(?:by|from)\s+(?:an?\s+|the\s+)?[A-Z][^!?:;]{0,80}[^.!?:;,]$", re.I)
_URL_DATE_RE = re.compile(
    r"/((?:19|20)\d{2})[/-](\d{1,2}|[A-Za-z]{3,9})[/-](\d{1,2})(?:/|[-_]|\.html?|$)")


# --------------------------------------------------------------------------- text cleaner


@dataclass
class CleanText:
    """What the text-level cleaner found: the clean text and what it took out."""

    text: str
    title: str | None = None
    published: str | None = None
    dropped: list[str] = field(default_factory=list)


@dataclass
class _Line:
    text: str
    bullet: bool = False
    gap_before: int = 0  # blank lines before this line


def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = _INVISIBLE_RE.sub("", text)
    text = _CONTROL_RE.sub("", text)
    return text


def _lines(text: str) -> list[_Line]:
    out: list[_Line] = []
    gap = 0
    for raw in text.split("\n"):
        if not raw.strip():
            gap += 1
            continue
        bullet = bool(_BULLET_RE.match(raw))
        line = _SPACES_RE.sub(" ", _BULLET_RE.sub("", raw) if bullet else raw).strip()
        if not line:
            gap += 1
            continue
        out.append(_Line(line, bullet, gap))
        gap = 0
    return out


def _unwrap_blocks(lines: list[_Line]) -> list[_Line]:
    """Join hard-wrapped blocks (most lines of a block end mid-sentence) into one line each."""
    out: list[_Line] = []
    i = 0
    while i < len(lines):
        j = i + 1
        while j < len(lines) and lines[j].gap_before == 0 and not lines[j].bullet:
            j += 1
        block = lines[i:j]
        if len(block) >= 3:
            inner = block[:-1]
            open_ends = sum(1 for ln in inner if ln.text[-1] not in _TERMINAL and len(ln.text) >= 40)
            if open_ends >= 0.6 * len(inner):
                joined = " ".join(ln.text for ln in block)
                out.append(_Line(joined, block[0].bullet, block[0].gap_before))
                i = j
                continue
        out.extend(block)
        i = j
    return out


def _is_headline(line: str) -> bool:
    if len(line) > _HEADLINE_MAX or len(line) < 3:
        return False
    if not (line[0].isupper() or line[0].isdigit() or line[0] in "\"'“‘"):
        return False
    if line.endswith("."):
        last = line.split()[-1].rstrip(".").lower()
        return last in TITLE_ABBREVIATIONS or "." in last or len(last) == 1
    return not line.endswith((",", ";", ":"))


def _is_body(line: str) -> bool:
    return len(line) > _HEADLINE_MAX or (len(line) > 80 and line[-1] in _TERMINAL)


def _is_sentence(line: str) -> bool:
    """A line of running text (not a teaser headline): long enough and ends like a sentence."""
    return len(line) >= 80 and line.rstrip()[-1] in ".!?\"”’"


def _drop_line(line: _Line) -> bool:
    t = line.text
    if len(t) >= 400:
        return False
    if _LINE_DROP.search(t):
        return True
    return len(t) < 250 and bool(_CTA_START.match(t)) and bool(_CTA_TERMS.search(t))


def _pitch_compatible(line: _Line) -> bool:
    t = line.text
    return (line.bullet or len(t) < 80 or bool(_SIGNATURE.match(t)) or bool(_PITCH_WORDS.search(t)))


def _strip_credits(text: str) -> tuple[str, list[str]]:
    removed: list[str] = []

    def take(m: re.Match[str]) -> str:
        removed.append(m.group().strip())
        return ""

    text = _CREDIT_INLINE.sub(take, text).strip()
    return text, removed


def _should_join(prev: str, nxt: str) -> str | None:
    """The separator to join ``prev`` and ``nxt`` with, or ``None`` to keep them apart."""
    if not prev or not nxt:
        return None
    last, first = prev[-1], nxt[0]
    if last == "-" and len(prev) > 1 and prev[-2].isalpha() and first.islower():
        return ""
    words = prev.split()
    lastword = words[-1] if words else ""
    if lastword.endswith(".") and lastword[:-1].lower() in _JOIN_TITLES and first.isupper():
        return " "
    if last not in _TERMINAL and first.islower():
        return " "
    if last in ",;" and len(prev) > 60 and first.isalpha():
        return " "
    return None


def clean_text(text: str, *, drop_boilerplate: bool = True, parse_header: bool = True,
               min_paragraph_chars: int = 0) -> CleanText:
    """Clean a plain-text article (see the module docstring for what is done)."""
    lines = _unwrap_blocks(_lines(_normalise(text)))
    dropped: list[str] = []
    title: str | None = None
    published: str | None = None

    # -- header: title and datelines in the first lines
    if parse_header:
        keep: list[_Line] = []
        seen_body = 0
        for idx, line in enumerate(lines):
            if idx >= 10 or seen_body >= 2:
                keep.extend(lines[idx:])
                break
            date = _standalone_date(line.text)
            if date:
                published = published or date
                dropped.append(line.text)
                continue
            if drop_boilerplate and _drop_line(line):
                dropped.append(line.text)
                continue
            if title is None and seen_body == 0 and not keep and _is_headline(line.text):
                title = line.text  # the headline stays in the text: it often states the event
                keep.append(line)
                continue
            if drop_boilerplate and seen_body == 0 and _BYLINE_RE.match(line.text):
                dropped.append(line.text)
                continue
            if _is_body(line.text):
                seen_body += 1
            keep.append(line)
        lines = keep

    # -- boilerplate
    if drop_boilerplate:
        kept: list[_Line] = []
        total = sum(len(ln.text) for ln in lines) or 1
        i = 0
        while i < len(lines):
            line = lines[i]
            if _PITCH_OPEN.search(line.text):
                j = i
                while j < len(lines) and j - i < 40 and (j == i or _pitch_compatible(lines[j])):
                    j += 1
                    if j < len(lines) and lines[j].gap_before >= 2 and j - i > 1:
                        break
                dropped.extend(ln.text for ln in lines[i:j])
                i = j
                continue
            if len(line.text) <= 60 and _TAIL_HEADING.match(line.text):
                # Near the end, the rest of the page is the tail; earlier, only the teaser
                # headlines right after the heading go (the article goes on after them).
                rest = sum(len(ln.text) for ln in lines[i + 1:])
                at_end = rest <= 0.25 * total
                j = i + 1
                while j < len(lines) and (len(lines[j].text) <= 400 if at_end
                                          else not _is_sentence(lines[j].text)):
                    j += 1
                dropped.extend(ln.text for ln in lines[i:j])
                i = j
                continue
            if _drop_line(line):
                dropped.append(line.text)
                i += 1
                continue
            stripped, credits = _strip_credits(line.text)
            if credits:
                dropped.extend(credits)
                if not stripped:
                    i += 1
                    continue
                line = _Line(stripped, line.bullet, line.gap_before)
            kept.append(line)
            i += 1
        lines = kept

    # -- repair: join split sentences, then split words
    paras: list[str] = []
    for line in lines:
        if paras:
            sep = _should_join(paras[-1], line.text)
            if sep is not None:
                paras[-1] = paras[-1] + sep + line.text
                continue
        paras.append(line.text)
    paras = [_HYPHEN_SPLIT_RE.sub("-", p) for p in paras]
    if min_paragraph_chars > 0:
        short = [p for p in paras if len(p) < min_paragraph_chars and p[-1] not in ".!?…\"”"]
        dropped.extend(short)
        paras = [p for p in paras if p not in short]

    # -- inline dateline in the first paragraphs
    if published is None:
        for p in paras[:3]:
            m = _INLINE_DATELINE_RE.match(p)
            if m:
                published = find_date(m.group("date"))[0] if find_date(m.group("date")) else None
                if published:
                    break
    return CleanText(text="\n\n".join(paras), title=title, published=published, dropped=dropped)


# --------------------------------------------------------------------------- HTML


def _extract_html(raw: RawDocument) -> dict[str, Any]:
    import trafilatura

    # No "extensive" date search: it takes copyright years and stray dates for the publication date.
    date_params = {"extensive_search": False, "original_date": True}
    try:
        result = trafilatura.bare_extraction(
            raw.content, url=raw.url, with_metadata=True, include_comments=False,
            date_extraction_params=date_params,
        )
        if result is None or not (getattr(result, "text", None) or "").strip():
            result = trafilatura.bare_extraction(
                raw.content, url=raw.url, with_metadata=True, include_comments=False,
                favor_recall=True, date_extraction_params=date_params,
            )
    except (ValueError, TypeError, LookupError, RecursionError) as exc:  # unparsable markup
        raise MalformedRecord(f"the HTML cannot be parsed: {exc}", source=raw.origin) from exc
    if result is None or not (getattr(result, "text", None) or "").strip():
        raise EmptyInput("no article text found in the HTML", source=raw.origin)
    date = getattr(result, "date", None)
    if not date:
        import htmldate

        try:
            date = htmldate.find_date(raw.content, url=raw.url, original_date=True,
                                      extensive_search=False)
        except ValueError:
            date = None
    return {
        "text": result.text,
        "title": getattr(result, "title", None),
        "published": date,
        "publisher": getattr(result, "sitename", None),
        "url": getattr(result, "url", None),
        "language": getattr(result, "language", None),
    }


# --------------------------------------------------------------------------- language

_STOPWORDS = {
    "en": "the of and to in is that for it was on with as by he at from his are be this have an not but they were which said has had",
    "fr": "le la les de des du et est un une dans que qui pour pas sur au aux par il elle ont été avec ce se sont plus",
    "de": "der die das und ist nicht ein eine zu den von mit sich des auf für im dem auch es an wurde sind bei",
    "es": "el la los las de del y en que un una por con para es se al lo como más pero sus fue ha",
    "it": "il lo la gli le di del della e che un una per con non sono è nel alla anche come più ha",
    "pt": "o a os as de do da dos das e que um uma em no na por para com não foi se ao mais",
    "nl": "de het een en van in is dat op te zijn met voor niet aan er die door werd ook",
    "tr": "ve bir bu da de için ile olarak olan gibi daha çok en ama ancak sonra kadar",
    "id": "yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke oleh adalah",
    "sv": "och att det som en på är av för med till den har inte om ett var",
}
_STOPSETS = {lang: frozenset(words.split()) for lang, words in _STOPWORDS.items()}
_WORD_RE = re.compile(r"[^\W\d_]+", re.UNICODE)
_SCRIPTS = [
    ("ru", re.compile(r"[\u0400-\u04ff]")), ("el", re.compile(r"[\u0370-\u03ff]")),
    ("he", re.compile(r"[\u0590-\u05ff]")), ("ar", re.compile(r"[\u0600-\u06ff\u0750-\u077f]")),
    ("hi", re.compile(r"[\u0900-\u097f]")), ("th", re.compile(r"[\u0e00-\u0e7f]")),
    ("ko", re.compile(r"[\uac00-\ud7af]")), ("ja", re.compile(r"[\u3040-\u30ff]")),
    ("zh", re.compile(r"[\u4e00-\u9fff]")),
]


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of ``text`` from scripts and stopword profiles; ``None`` when unsure."""
    sample = text[:5000]
    letters = sum(1 for ch in sample if ch.isalpha())
    if letters < 20:
        return None
    counts = {code: len(rx.findall(sample)) for code, rx in _SCRIPTS}
    code, n = max(counts.items(), key=lambda kv: kv[1])
    if n > 0.3 * letters:
        if code == "zh" and counts["ja"] > 0.05 * letters:
            return "ja"
        if code == "ar":
            if re.search(r"[ٹڈڑںےھ]", sample):
                return "ur"
            if re.search(r"[پچژگکی]", sample) and not re.search(r"[ة]", sample):
                return "fa"
        if code == "ru":
            if re.search(r"[іїєґ]", sample, re.I):
                return "uk"
        return code
    words = [w.lower() for w in _WORD_RE.findall(sample)]
    if len(words) < 5:
        return None
    scores = {lang: sum(1 for w in words if w in stops) for lang, stops in _STOPSETS.items()}
    lang, best = max(scores.items(), key=lambda kv: kv[1])
    if best < max(2, 0.08 * len(words)):
        return None
    second = sorted(scores.values())[-2]
    return lang if best >= 1.3 * second else None


# --------------------------------------------------------------------------- identity


def normalise_for_id(text: str) -> str:
    """NFC, whitespace collapsed, lowercased: the form ``Document.id`` hashes."""
    return " ".join(unicodedata.normalize("NFC", text).split()).lower()


def document_id(text: str) -> str:
    """First 16 hex digits of the SHA-256 of the normalised text."""
    return hashlib.sha256(normalise_for_id(text).encode("utf-8")).hexdigest()[:16]


def _iso_or_none(value: str | None) -> str | None:
    if not value:
        return None
    return parse_date(value) or None


# --------------------------------------------------------------------------- stage


def clean_document(raw: RawDocument, settings: Settings) -> Document:
    """Clean one raw document. Raises ``EmptyInput`` when no article text is left.

    DOCS: see the module docstring for the steps.
    """
    opts = settings.clean
    meta = dict(raw.meta)
    if raw.format == "html":
        extracted = _extract_html(raw)
        title = raw.title or extracted["title"]
        body = extracted["text"]
        if title and not body.lstrip().startswith(title.strip()):
            body = f"{title.strip()}\n\n{body}"  # as in text dumps, the headline leads the text
        cleaned = clean_text(body, drop_boilerplate=opts.drop_boilerplate,
                             parse_header=False, min_paragraph_chars=opts.min_paragraph_chars)
        published = (raw.published or _iso_or_none(extracted["published"])
                     or url_date(raw.url) or _iso_or_none(meta.get("warc_date")))
        publisher = raw.publisher or extracted["publisher"]
        url = raw.url or extracted["url"]
    else:
        cleaned = clean_text(raw.content, drop_boilerplate=opts.drop_boilerplate,
                             min_paragraph_chars=opts.min_paragraph_chars)
        title = raw.title or cleaned.title
        published = (raw.published or cleaned.published or url_date(raw.url)
                     or _iso_or_none(meta.get("warc_date")))
        publisher = raw.publisher
        url = raw.url
    text = cleaned.text
    if not text.strip():
        raise EmptyInput("no article text left after cleaning", source=raw.origin)
    if raw.format == "html" and len(text.split()) < _MIN_HTML_WORDS:
        raise EmptyInput(f"no article text in the page (only {text[:60]!r})", source=raw.origin)
    if raw.encoding:
        meta.setdefault("encoding", raw.encoding)
    paragraphs = split_paragraphs(text)
    sentences = split_sentences(text, paragraphs)
    return Document(
        id=document_id(text), text=text, origin=raw.origin, url=url, title=title,
        published=published, publisher=publisher, language=detect_language(text),
        paragraphs=tuple(paragraphs), sentences=tuple(sentences), dropped=tuple(cleaned.dropped),
        meta=meta,
    )
