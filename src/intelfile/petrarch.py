"""Reader for PETRARCH/TABARI actor and agent dictionaries, so users keep their dictionaries.

The format (petrarch2 ``docs/source/dictionaries.rst``)::

    # comment            <!-- comment -->        ; legacy comment
    AFGHANISTAN_  [AFG]                 primary phrase, optional default code
    +AFGHAN_                            synonym of the entry above
    HAMID_KARZAI_                       an entry whose codes are date-restricted
    \t[AFGELI 750101-000101]            code between two dates (YYMMDD or YYYYMMDD)
    \t[AFGGOV >011222]                  code after a date (< before a date)
    \t[AFGELI]                          default code
    POLICE {} [~COP]                    agent: plural in {...}, role code after (~COP) or before (COP~)
    !PERSON! = MAN, MEN, WOMAN          substitution set, expanded where !PERSON! occurs

Words are joined by ``_`` or blanks; a trailing ``_`` means "no plural" and is dropped. Each entry
becomes an :class:`~intelfile.records.Actor`: aliases from the phrases, ``cameo`` the code in force
now (open-ended ``>date`` restriction first, then the default, then the latest restriction),
``country`` its first three letters, ``sector`` the next three. Agents become ``kind="agent"``
actors with the role code as sector (``cameo="~COP"``). Malformed lines are collected with their
line numbers, never fatal.

DOCS: docs/actors.md (PETRARCH import)
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from .errors import UnreadableInput
from .records import Actor

__all__ = ["PetrarchDictionary", "Malformed", "parse_petrarch", "read_petrarch", "looks_like_petrarch",
           "phrase_to_text"]

_CODE = re.compile(r"^[A-Z0-9~\-]{1,30}$")
_DATE = r"\d{6}(?:\d{2})?"
_RESTRICTION = re.compile(rf"^(?P<code>[A-Za-z0-9~\-]+)(?:\s+(?P<restr>[<>]\s?{_DATE}|{_DATE}\s*-\s*{_DATE}))?$")
_SUBST = re.compile(r"^(![A-Z]+!)\s*=\s*(.+)$")
#: CAMEO international prefixes that are not countries.
NON_STATE = {"IGO", "NGO", "IMG", "MNC", "INT", "UIS", "NGM", "---"}


@dataclass(frozen=True, slots=True)
class Malformed:
    """A line the reader could not understand."""

    line: int
    text: str
    reason: str


@dataclass(slots=True)
class PetrarchDictionary:
    """What one file yields: actors (and agents), plus the lines that were malformed."""

    source: str
    actors: list[Actor] = field(default_factory=list)
    malformed: list[Malformed] = field(default_factory=list)
    lines: int = 0

    @property
    def agents(self) -> list[Actor]:
        return [a for a in self.actors if a.kind == "agent"]


def phrase_to_text(phrase: str) -> str:
    """``ISLAMIC_STATE_OF_IRAQ_`` → ``Islamic State of Iraq``; short one-word codes stay upper case."""
    words = [w for w in re.split(r"[_\s]+", phrase.strip().strip("_")) if w]
    if len(words) == 1 and len(words[0]) <= 4 and words[0].isalpha():
        return words[0].upper()
    small = {"OF", "THE", "AND", "FOR", "IN", "ON", "AL", "EL", "DE", "DU", "LA", "BIN", "IBN", "AT", "TO"}
    out = []
    for i, w in enumerate(words):
        if i > 0 and w.upper() in small:
            out.append(w.lower())
        elif re.fullmatch(r"\(?[A-Z]{2,5}\)?", w) and len(words) > 1 and w.startswith("("):
            out.append(w)  # "(ETA)" acronyms in brackets
        else:
            out.append("-".join(p[:1].upper() + p[1:].lower() for p in w.split("-")))
    return " ".join(out)


def _strip_comment(line: str, in_html: bool) -> tuple[str, bool]:
    """Remove ``#``, ``;`` and ``<!-- -->`` comments; returns the rest and whether a block is open."""
    text = line
    if in_html:
        end = text.find("-->")
        if end < 0:
            return "", True
        text = text[end + 3:]
    while True:
        start = text.find("<!--")
        if start < 0:
            break
        end = text.find("-->", start + 4)
        if end < 0:
            return text[:start], True
        text = text[:start] + " " + text[end + 3:]
    for mark in ("#", ";"):
        pos = text.find(mark)
        if pos >= 0:
            text = text[:pos]
    return text.rstrip(), False


def _slug(text: str) -> str:
    return re.sub(r"[^A-Z0-9]+", "_", text.upper()).strip("_")


def _code_now(default: str | None, restrictions: list[tuple[str, str | None]]) -> str | None:
    """The code in force today: an open-ended ``>date`` restriction, else the default, else the last."""
    open_ended = [c for c, r in restrictions if r and r.startswith(">")]
    if open_ended:
        return open_ended[-1]
    plain = [c for c, r in restrictions if not r]
    if default:
        return default
    if plain:
        return plain[-1]
    if restrictions:
        def end(r: str | None) -> str:
            if not r:
                return ""
            d = r.split("-")[-1].strip().lstrip("<>")
            return ("20" + d if int(d[:2]) < 50 else "19" + d) if len(d) == 6 else d
        return max(restrictions, key=lambda cr: end(cr[1]))[0]
    return None


def _actor_from(primary: str, synonyms: list[str], code: str | None, *, dated: bool,
                source: str) -> Actor:
    name = phrase_to_text(primary)
    aliases = tuple(dict.fromkeys([name] + [phrase_to_text(s) for s in synonyms if phrase_to_text(s)]))
    country = sector = None
    kind = "group"
    if code and code not in ("---",):
        country = code[:3]
        sector = code[3:6] or None
        if country == "IGO":
            kind = "igo"
        elif country in ("NGO", "NGM"):
            kind = "ngo"
        elif country == "IMG" or sector in ("REB", "INS", "RAD", "SEP", "UAF"):
            kind = "armed-group"
        elif dated:
            kind = "person"
        elif sector is None and country not in NON_STATE:
            kind = "state"
        elif sector in ("GOV", "MIL", "COP", "SPY", "JUD", "LEG"):
            kind = "state-sector"
    elif dated:
        kind = "person"
    return Actor(id=f"petrarch:{_slug(name)}", name=name, kind=kind, country=country, sector=sector,
                 aliases=aliases, cameo=code or None)


def _parse_agent(text: str, subst: dict[str, list[str]]) -> tuple[list[str], str] | None:
    m = re.match(r"^(?P<phrase>[^\[{]+?)\s*(?:\{(?P<plural>[^}]*)\})?\s*\[(?P<code>[^\]]+)\]\s*$", text)
    if not m:
        return None
    code = m.group("code").strip()
    if "~" not in code or not _CODE.match(code):
        return None
    phrase = m.group("phrase").strip()
    forms = [phrase]
    plural = m.group("plural")
    if plural is None:
        if not phrase.endswith("_"):
            forms.append(_plural(phrase))
    elif plural.strip():
        forms.append(plural.strip())
    expanded: list[str] = []
    for f in forms:
        marks = re.findall(r"![A-Z]+!", f)
        if marks:
            for mark in marks:
                for value in subst.get(mark, []):
                    expanded.append(f.replace(mark, value))
        else:
            expanded.append(f)
    return expanded, code


def _plural(phrase: str) -> str:
    p = phrase.rstrip("_")
    if re.search(r"[^AEIOU]Y$", p):
        return p[:-1] + "IES"
    if p.endswith(("SS", "SH", "CH", "X")):
        return p + "ES"
    if p.endswith("S"):
        return p
    return p + "S"


def parse_petrarch(text: str, source: str = "<string>") -> PetrarchDictionary:
    """Parse an actor or agent dictionary given as text."""
    result = PetrarchDictionary(source=source)
    subst: dict[str, list[str]] = {}
    in_html = False
    entry: dict | None = None
    agent_forms: dict[tuple[str, str], list[str]] = {}
    codeless: list[int] = []

    def flush() -> None:
        nonlocal entry
        if entry is None:
            return
        code = _code_now(entry["code"], entry["restrictions"])
        if code is None and not entry["synonyms"]:
            codeless.append(entry["line"])
        result.actors.append(_actor_from(entry["primary"], entry["synonyms"], code,
                                         dated=any(r for _, r in entry["restrictions"]), source=source))
        entry = None

    lines = text.splitlines()
    result.lines = len(lines)
    for number, raw in enumerate(lines, start=1):
        body, in_html = _strip_comment(raw, in_html)
        if not body.strip():
            continue
        stripped = body.strip()
        m = _SUBST.match(stripped)
        if m:
            subst[m.group(1)] = [v.strip() for v in m.group(2).split(",") if v.strip()]
            continue
        if raw[:1] in ("\t", " ") and stripped.startswith("["):
            # date restriction(s) of the current entry, possibly several on one line
            if entry is None:
                result.malformed.append(Malformed(number, raw, "date restriction without an actor"))
                continue
            codes = re.findall(r"\[([^\]]*)\]", stripped)
            rest = re.sub(r"\[[^\]]*\]", "", stripped).strip()
            if not codes or rest:
                result.malformed.append(Malformed(number, raw, "expected [CODE] or [CODE date-restriction]"))
                continue
            for c in codes:
                r = _RESTRICTION.match(c.strip())
                if not r:
                    result.malformed.append(Malformed(number, raw, f"bad code or date restriction [{c}]"))
                    continue
                entry["restrictions"].append((r.group("code").upper(), re.sub(r"\s+", "", r.group("restr") or "") or None))
            continue
        if raw[:1] == "\t" and not stripped.startswith("+") and "[" not in stripped:
            result.malformed.append(Malformed(number, raw, "an indented line must be a [CODE date] restriction"))
            continue
        if stripped.startswith("+"):
            if entry is None:
                result.malformed.append(Malformed(number, raw, "synonym (+) without an actor above it"))
                continue
            syn = re.sub(r"\[[^\]]*\]", "", stripped[1:]).strip()
            if not syn:
                result.malformed.append(Malformed(number, raw, "empty synonym"))
                continue
            entry["synonyms"].append(syn)
            continue
        if "~" in stripped and re.search(r"\[[^\]]*~[^\]]*\]\s*$", stripped):
            flush()
            parsed = _parse_agent(stripped, subst)
            if parsed is None:
                result.malformed.append(Malformed(number, raw, "bad agent line (PHRASE {plural} [~CODE])"))
                continue
            forms, code = parsed
            agent_forms.setdefault((forms[0], code), []).extend(forms)
            continue
        # a new primary phrase, with optional inline codes
        flush()
        codes = re.findall(r"\[([^\]]*)\]", stripped)
        phrase = re.sub(r"\[[^\]]*\]", "", stripped).strip()
        if not phrase or "[" in phrase or "]" in phrase:
            result.malformed.append(Malformed(number, raw, "no actor phrase before the code"))
            continue
        default: str | None = None
        restrictions: list[tuple[str, str | None]] = []
        bad = False
        for c in codes:
            r = _RESTRICTION.match(c.strip())
            if not r:
                result.malformed.append(Malformed(number, raw, f"bad code [{c}]"))
                bad = True
                break
            if r.group("restr"):
                restrictions.append((r.group("code").upper(), re.sub(r"\s+", "", r.group("restr") or "") or None))
            elif default is None:
                default = r.group("code").upper()
        if bad:
            continue
        entry = {"primary": phrase, "synonyms": [], "code": default, "restrictions": restrictions,
                 "line": number}
    flush()
    if agent_forms and codeless:
        # in an agents file every phrase needs a [~CODE]: a bare phrase is an error, not an actor
        bare = set(codeless)
        result.actors = [a for a in result.actors if not (a.cameo is None and a.kind != "agent")]
        for number in sorted(bare):
            result.malformed.append(Malformed(number, lines[number - 1], "agent phrase without a [~CODE]"))
        result.malformed.sort(key=lambda m: m.line)
    for (name, code), forms in agent_forms.items():
        role = code.replace("~", "")
        text_forms = tuple(dict.fromkeys(phrase_to_text(f).lower() for f in forms))
        result.actors.append(Actor(
            id=f"agent:{_slug(phrase_to_text(name))}:{role}", name=phrase_to_text(name).lower(),
            kind="agent", sector=role[:3] or None, aliases=text_forms, cameo=code,
        ))
    result.actors = _merge_same_ids(result.actors)
    return result


def _merge_same_ids(actors: list[Actor]) -> list[Actor]:
    """Entries that end up with one id (the same phrase twice) become one actor with all aliases."""
    merged: dict[str, Actor] = {}
    for a in actors:
        seen = merged.get(a.id)
        if seen is None:
            merged[a.id] = a
        else:
            merged[a.id] = seen.replace(aliases=tuple(dict.fromkeys((*seen.aliases, *a.aliases))),
                                        cameo=seen.cameo or a.cameo, country=seen.country or a.country,
                                        sector=seen.sector or a.sector)
    return list(merged.values())


def read_dictionary_text(path: str | Path) -> str:
    """The text of a dictionary file (UTF-8, or Latin-1 when it is not valid UTF-8)."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise UnreadableInput(f"cannot read dictionary: {exc.strerror}", source=str(p)) from exc
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def read_petrarch(path: str | Path) -> PetrarchDictionary:
    """Read a PETRARCH/TABARI dictionary file."""
    return parse_petrarch(read_dictionary_text(path), source=str(path))


def looks_like_petrarch(text: str) -> bool:
    """True when ``text`` reads as a PETRARCH/TABARI dictionary rather than JSON."""
    head = text.lstrip()[:1]
    return head not in ("{", "[")
