"""Actor recognition and resolution: who is named in a document, and which actor each name is.

``ActorDictionary.load(settings, extra)`` reads the shipped dictionary (``data/actors.json``: every
country with its names, demonyms and capitals, state bodies, armed non-state groups and
international organisations), the files listed in ``settings.actors.dictionaries`` (intelfile JSON
or PETRARCH/TABARI format) and ``extra`` actors (e.g. those imported into the store).

``ActorResolver(dictionary, settings=...)`` is the stage: ``resolver(document, doc)`` returns the
document's :class:`~intelfile.records.ActorMention` list, in text order, combining

1. **dictionary** – a token-level matcher over normalised forms (case, diacritics, apostrophes,
   hyphens, "U.S." = "US"); the longest match wins ("Islamic State", not "Islamic"); short
   all-capital acronyms ("US", "IS") match only in capitals;
2. **sector** – a country or demonym followed by a sector noun ("Iraqi army", "U.S. military
   forces", "Iraq's government") becomes that state's sector (``IRQ_MIL``);
3. **patron** / **coalition** – "Iranian-backed militias" (militias with ``patron="IRN"``),
   "US-led coalition" (a coalition with ``lead="USA"``);
4. **affiliation** – people named by NER get an affiliation from a preceding actor and title
   ("Syrian President Bashar Assad" → SYR government) or an apposition ("Gen. Martin Dempsey,
   chairman of the US Joint Chiefs of Staff" → US military); later surname mentions link to them;
5. **coreference** – "the group", "the militants", "its fighters" → the one armed group recently
   mentioned; "the coalition", "the militias" → the coalition/backed militia of the document;
6. **context** – sector nouns alone ("police", "security forces") and common nouns naming unnamed
   actors ("civilians", "26 people", "gunmen", "fighter aircraft") → a sector of the state the
   sentence points to (a same-sector mention nearby, a state or place after "in"), else of the
   story's main country at lower confidence; "its navy", "the country" → the state just named;
   ambiguous names ("Korean", "Congo", "Georgia") are decided by the rest of the document;
7. **ner** – remaining PERSON/ORG/NORP entities become person/group actors (low confidence), less
   capitalised common words ("Precision Strikes") and, given a gazetteer, places ("al-Alam").

Known people (heads of state and government, ministers, leaders of organisations and armed
groups: ``tools/leaders.py``) match by full name, by surname after a title or once named, and
distinctive surnames alone; ethnic and religious groups ("Kurds", "Sunni tribes", "Iraqi Kurdish
reinforcements") get the country of residence the text gives.

``ActorMention.how`` names the rule and ``confidence`` reflects it. Country names used as
locations ("fighting in Iraq") are still mentions, at lower confidence (0.5).

DOCS: docs/actors.md
"""
from __future__ import annotations

import json
import logging
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Sequence

from .errors import ResourceError, UnreadableInput
from .records import Actor, ActorMention, Document
from .settings import Settings

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span as SpacySpan, Token

__all__ = [
    "ActorDictionary", "ActorResolver", "normalize", "alias_keys", "SECTOR_NAMES", "sector_actor_id",
]

log = logging.getLogger(__name__)

SECTOR_NAMES: dict[str, str] = {
    "MIL": "military", "COP": "police", "SPY": "intelligence", "GOV": "government",
    "LEG": "legislature", "JUD": "judiciary", "OPP": "opposition", "REB": "rebels",
    "PRM": "militias", "CVL": "civilians", "MED": "media", "BUS": "business",
}
_STATE_SECTORS = {"MIL", "COP", "SPY", "GOV", "LEG", "JUD"}
_APOSTROPHES = "'’‘`´ʼʻʿʾ"
_HYPHENS = {"-", "–", "—", "‐", "‑"}
_LOCATIVE = {"in", "at", "near", "around", "outside", "inside", "across", "throughout", "into",
             "within", "to", "towards", "toward", "from", "of", "over", "through", "on", "between"}
_BACKED = {"backed", "sponsored", "supported", "funded", "armed", "allied", "aligned", "trained",
           "affiliated", "linked", "allied"}
_LED = {"led"}
_COALITION_NOUNS = {"coalition", "alliance", "forces", "operation", "campaign", "mission"}
_AFTER_COALITION = {"air", "forces", "force", "aircraft", "warplanes", "jets", "troops", "strikes",
                    "airstrikes", "planes", "partners", "members", "military"}
_PATRON_MODIFIERS = {"shiite", "shia", "shii", "sunni", "kurdish", "arab", "tribal", "local",
                     "christian", "druze", "alawite", "yazidi", "turkmen", "islamist", "allied",
                     "proxy", "paramilitary", "armed", "pro", "government", "regime"}
_PATRON_HEADS = {
    "militia": "PRM", "militias": "PRM", "militiamen": "PRM", "paramilitaries": "PRM",
    "groups": "PRM", "group": "PRM", "forces": "PRM", "fighters": "PRM", "proxies": "PRM",
    "proxy": "PRM", "rebels": "REB", "rebel": "REB", "insurgents": "REB", "militants": "REB",
    "factions": "PRM", "faction": "PRM", "units": "PRM", "government": "GOV", "regime": "GOV",
    "separatists": "REB",
}
_MIL_TITLES = {"gen", "general", "lt", "lieutenant", "col", "colonel", "maj", "major", "brig",
               "brigadier", "adm", "admiral", "commander", "cmdr", "sgt", "sergeant", "capt",
               "captain", "marshal", "field", "army", "chief", "staff", "cpl", "corporal", "vice",
               "rear", "air", "gens", "commodore"}
_GOV_TITLES = {"president", "prime", "minister", "secretary", "foreign", "defense", "defence",
               "interior", "deputy", "king", "prince", "crown", "emir", "sheikh", "ambassador",
               "spokesman", "spokeswoman", "spokesperson", "senator", "sen", "rep", "governor",
               "gov", "mayor", "chancellor", "premier", "chairman", "chairwoman", "leader", "state",
               "vice", "supreme", "ayatollah", "grand", "mr", "mrs", "ms", "dr", "department",
               "envoy", "official", "officials", "representative", "cleric", "chair", "director",
               "head", "undersecretary", "under", "assistant", "national", "security", "adviser",
               "advisor", "attorney", "justice", "speaker", "president-elect", "counterpart", "judge",
               "prosecutor", "magistrate"}
_TITLE_WORDS = _MIL_TITLES | _GOV_TITLES | {"of", "the", "s", "and"}
# proper names that news text always capitalises (``ActorResolver._case_fits``)
_PROPER_KINDS = {"state", "media", "igo", "company"}
_WORD_SPLIT = re.compile(r"[\s\-–—‐‑/(),]+")
_MIL_ROLE_WORDS = {"military", "army", "chiefs", "commander", "general", "forces", "armed",
                   "defense", "defence", "navy", "air", "marine", "marines", "troops", "brigade",
                   "command", "division", "corps", "force", "staff"}
_GOV_ROLE_WORDS = {"president", "minister", "ministry", "government", "secretary", "spokesman",
                   "spokeswoman", "spokesperson", "ambassador", "department", "state", "foreign",
                   "envoy", "king", "parliament", "administration", "official"}
_ARMED_ORG_WORDS = {"army", "front", "brigade", "brigades", "battalion", "militia", "movement",
                    "forces", "force", "jihad", "liberation", "resistance", "mujahideen", "legion",
                    "guards", "corps", "fighters", "rebels", "jaish", "jabhat", "ansar", "katibat",
                    "harakat", "lashkar", "tehrik"}
_STRONG_TITLES = {"president", "minister", "secretary", "gen", "general", "col", "colonel", "chairman",
                  "spokesman", "spokeswoman", "spokesperson", "commander", "ambassador", "king", "prince",
                  "sheikh", "ayatollah", "senator", "sen", "governor", "mayor", "lt", "maj", "adm",
                  "admiral", "brig", "envoy", "premier", "chancellor"}
_CONFLICT_WORDS = {
    "attack", "attacks", "attacked", "kill", "killed", "killing", "fighter", "fighters", "fighting",
    "militant", "militants", "insurgent", "insurgents", "rebel", "rebels", "troops", "soldier", "soldiers",
    "army", "military", "militia", "militias", "bomb", "bombing", "bombed", "airstrike", "airstrikes",
    "strike", "strikes", "struck", "shelling", "clashes", "clash", "war", "offensive", "ambush", "terrorist",
    "terrorists", "terrorism", "jihadist", "jihadists", "guerrilla", "guerrillas", "casualties",
    "wounded", "hostage", "hostages", "gunmen", "battle", "combat", "ceasefire", "weapons", "insurgency"}
_AGENT_VERBS = {"say", "announce", "accuse", "warn", "demand", "reject", "deny", "condemn", "threaten",
                "claim", "urge", "agree", "sign", "refuse", "call", "insist", "respond", "retaliate",
                "sanction", "expel", "recall", "protest", "welcome", "praise", "criticize", "criticise"}
_PLACE_CONTESTS = {"battle", "fight", "fighting", "siege", "war", "struggle", "assault", "offensive",
                   "control", "capture", "recapture", "fall", "liberation", "outskirts", "streets",
                   "city", "town", "province", "village", "district", "region"}
_CONF = {
    "name": 0.95, "acronym": 0.9, "demonym": 0.7, "metonym": 0.6, "seat": 0.9, "sector": 0.9,
    "member": 0.9, "patron": 0.85, "coalition": 0.85, "person-affiliated": 0.85, "person": 0.7,
    "surname": 0.8, "reference": 0.7, "reference-weak": 0.5, "context": 0.5, "ner": 0.5,
    "imported": 0.8, "locative": 0.5, "ambiguous": 0.8, "titled-focus": 0.6,
    "generic-near": 0.6, "generic-place": 0.55, "generic-focus": 0.4, "generic-none": 0.35,
    "ethnic": 0.7, "ethnic-stated": 0.8, "ethnic-named": 0.6, "ethnic-home": 0.5,
}
# titles of a state's own leaders: with no other clue, "President Obama" belongs to the story's state
_NATIONAL_TITLES = {"president", "prime", "premier", "chancellor", "king", "queen", "emir", "minister",
                    "secretary", "vice", "judge", "prosecutor"}
_JUDICIAL_TITLES = {"judge", "prosecutor", "magistrate"}
_QUANTITY_WORDS = {"many", "several", "dozens", "hundreds", "thousands", "millions", "scores", "some", "few",
                   "numerous", "countless", "more", "least", "about", "around", "nearly", "almost", "over",
                   "than", "at", "up", "to", "of", "approximately", "roughly", "estimated", "an", "two"}
_QUANTITY_NOUNS = {"many", "several", "dozens", "hundreds", "thousands", "millions", "scores", "numerous",
                   "countless", "few", "some", "more"}
_PEOPLE_ADJECTIVES = {"innocent", "displaced", "injured", "wounded", "unarmed", "missing", "dead", "killed",
                      "civilian", "local", "ordinary", "homeless", "trapped", "stranded", "detained", "arrested"}
_GENERIC_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "ROOT", "obj", "agent", "attr",
                 "dative", "npadvmod", ""}
_NATIONAL_BODY_WORDS = {"party", "committee", "commission", "council", "court", "ministry", "assembly",
                        "parliament", "congress", "senate", "tribunal", "bureau", "department", "agency",
                        "directorate", "guard", "gendarmerie", "police", "electoral", "elections", "election",
                        "unit", "cabinet", "presidency", "judiciary"}
_PERSON_NOT_AFTER = {"in", "near", "at", "outside", "around", "inside", "into", "toward", "towards", "across",
                     "throughout", "nearby"}
# "the opposition newspaper La Prensa": a name after one of these nouns names a body, not a person
_BODY_NOUNS = {"newspaper", "daily", "weekly", "magazine", "paper", "radio", "television", "channel",
               "broadcaster", "party", "movement", "organisation", "organization", "union", "association",
               "front", "faction", "group"}
_MEDIA_BODY_NOUNS = {"newspaper", "daily", "weekly", "magazine", "paper", "radio", "television", "channel",
                     "broadcaster"}
_STATE_REFERENCES = {("the", "country"), ("the", "nation"), ("this", "country")}
_BOTH_STATES = {("both", "countries"), ("both", "nations"), ("both", "governments"), ("both", "states"),
                ("the", "two", "countries"), ("the", "two", "nations"), ("the", "two", "governments"),
                ("the", "two", "neighbours"), ("the", "two", "neighbors")}
ETHNIC = "ethnic/religious group"
# modifiers that make a common noun's people foreign to the story's state ("Western hostages")
_SUPRANATIONAL = {"western", "foreign", "international", "westerners", "european", "african", "asian", "arab",
                  "overseas", "multinational", "expatriate", "expat"}
# heads after an ethnic/religious adjective that make an armed group ("Karen guerrillas"); PRM or REB
_ETHNIC_ARMED = {"militia": "PRM", "militias": "PRM", "militiamen": "PRM", "volunteers": "PRM", "forces": "PRM",
                 "reinforcements": "PRM", "fighters": "PRM", "gunmen": "REB", "rebels": "REB", "rebel": "REB",
                 "guerrillas": "REB", "guerrilla": "REB", "insurgents": "REB", "militants": "REB",
                 "separatists": "REB", "extremists": "REB", "fundamentalists": "REB", "fundamentalist": "REB"}
_PLACE_PREPOSITIONS = {"in", "across", "inside", "throughout", "near", "at", "around", "outside"}


# ------------------------------------------------------------------------------------------
# normalisation
# ------------------------------------------------------------------------------------------

def normalize(text: str) -> str:
    """Lower case, no diacritics, no apostrophes or periods: ``Shi’ite`` → ``shiite``, ``U.S.`` → ``us``."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.lower()
    return "".join(c for c in text if c not in _APOSTROPHES and c != ".")


def alias_keys(alias: str) -> tuple[str, ...]:
    """Word keys of an alias: split on blanks, hyphens and brackets, normalised, empties dropped."""
    parts = re.split(r"[\s\-–—‐‑/(),]+", alias)
    out: list[str] = []
    for part in parts:
        if part.lower() in ("'s", "’s"):
            out.append("s")
            continue
        poss = re.fullmatch(r"(.+)['’]s", part)
        if poss:  # "People's" is tokenised "People" + "'s"
            k = re.sub(r"[^\w&]+", "", normalize(poss.group(1)))
            if k:
                out += [k, "s"]
            continue
        k = normalize(part)
        k = re.sub(r"[^\w&]+", "", k)
        if k:
            out.append(k)
    return tuple(out)


def _is_acronym(alias: str) -> bool:
    letters = re.sub(r"[^A-Za-z0-9]", "", alias)
    return bool(letters) and len(letters) <= 5 and letters.upper() == letters and any(c.isalpha() for c in letters)


def _mixed_case(alias: str) -> str:
    """The letters of a short mixed-case alias ("LeT", "JeM"), else ""."""
    letters = re.sub(r"[^A-Za-z]", "", alias)
    if 2 <= len(letters) <= 5 and letters != letters.upper() and letters != letters.capitalize() \
            and letters != letters.lower():
        return letters
    return ""


def _one_edit(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ by exactly one letter added, dropped or changed."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


def sector_actor_id(country: str, sector: str) -> str:
    return f"{country}_{sector}"


# ------------------------------------------------------------------------------------------
# the trie matcher
# ------------------------------------------------------------------------------------------

@dataclass(slots=True)
class _Entry:
    actor_id: str
    form: str  # name | acronym | demonym | metonym | seat | sector | member | reference | imported
    case_sensitive: bool
    rank: int  # 0 shipped, 1 user dictionaries / extra
    value: str = ""  # sector code for sector entries, reference category for references
    exact: str = ""  # letters a mixed-case short alias must match exactly ("LeT", not "let")


class _Trie:
    __slots__ = ("root",)

    def __init__(self) -> None:
        self.root: dict[str, Any] = {}

    def add(self, keys: tuple[str, ...], entry: _Entry) -> None:
        if not keys:
            return
        node = self.root
        for k in keys:
            node = node.setdefault(k, {})
        node.setdefault("\x00", []).append(entry)

    def longest(self, keys: Sequence[str | None], start: int, ok_end: Sequence[bool]) -> tuple[int, list[_Entry]]:
        """Longest match from key position ``start``; returns (end position exclusive, entries)."""
        node = self.root
        best_end, best = -1, []
        i = start
        while i < len(keys):
            k = keys[i]
            if k is None or k not in node:
                break
            node = node[k]
            i += 1
            if "\x00" in node and ok_end[i - 1]:
                best_end, best = i, node["\x00"]
        return best_end, best


@dataclass(slots=True)
class _Keys:
    """Word keys of a spaCy Doc with the token each key comes from."""

    keys: list[str | None]
    token: list[int]
    first: list[bool]  # key is the first of its token
    last: list[bool]  # key is the last of its token, or is followed in it by "-led"/"-backed"
    start_of: dict[int, int]  # token index -> first key position

    def matches(self, table: "_Trie") -> Iterator[tuple[int, int, list[_Entry]]]:
        """The longest matches of ``table``, left to right, each starting on a token's first key;
        the scan resumes after each match: (key position, end position exclusive, entries)."""
        pos = 0
        while pos < len(self.keys):
            end, entries = table.longest(self.keys, pos, self.last) if self.first[pos] else (-1, [])
            if end < 0:
                pos += 1
                continue
            yield pos, end, entries
            pos = end

    @classmethod
    def of(cls, doc: "Doc") -> "_Keys":
        keys: list[str | None] = []
        token: list[int] = []
        first: list[bool] = []
        last: list[bool] = []
        start_of: dict[int, int] = {}
        for t in doc:
            if t.text in _HYPHENS or (t.text and all(c in _APOSTROPHES for c in t.text)):
                continue  # hyphens join: "al-Qaeda" = "al Qaeda"; "Workers' Party" = "Workers Party"
            if t.is_space:
                if "\n" in t.text:  # a paragraph break ends any match
                    start_of[t.i] = len(keys)
                    keys.append(None)
                    token.append(t.i)
                    first.append(True)
                    last.append(True)
                continue
            if t.text.lower() in ("'s", "’s"):
                parts = ["s"]
            else:
                parts = [re.sub(r"[^\w&]+", "", normalize(p)) for p in re.split(r"[\-–—‐‑/]+", t.text)]
                parts = [p for p in parts if p] or [None]  # punctuation breaks a match
            start_of[t.i] = len(keys)
            for j, p in enumerate(parts):
                keys.append(p)
                token.append(t.i)
                first.append(j == 0)
                # "U.S.-led" is one token: "U.S." may end a match there
                last.append(j == len(parts) - 1 or (j == len(parts) - 2 and parts[-1] in _BACKED | _LED))
        return cls(keys, token, first, last, start_of)


# ------------------------------------------------------------------------------------------
# the dictionary
# ------------------------------------------------------------------------------------------

class ActorDictionary:
    """Actors by id, with the tries the resolver matches against."""

    def __init__(self, actors: Iterable[Actor] = (), *, demonyms: dict[str, list[str]] | None = None,
                 metonyms: dict[str, list[str]] | None = None,
                 sectors: dict[str, list[str]] | None = None,
                 standalone_sectors: dict[str, list[str]] | None = None,
                 member_nouns: Iterable[str] = (), group_references: Iterable[str] = (),
                 members: dict[str, str] | None = None,
                 generic_nouns: dict[str, list[str]] | None = None,
                 ambiguous_names: Iterable[dict[str, Any]] = (),
                 person_surnames: dict[str, tuple[list[str], list[str]]] | None = None,
                 ethnic: dict[str, dict[str, Any]] | None = None, ethnic_heads: Iterable[str] = ()) -> None:
        self.actors: dict[str, Actor] = {}
        self.names = _Trie()
        self.sectors = _Trie()
        self.standalone = _Trie()
        self.references = _Trie()
        self.generic = _Trie()  # common nouns naming unnamed actors ("civilians", "gunmen")
        self.ambiguous: dict[str, dict[str, Any]] = {}  # " ".join(keys) -> spec (docs/actors.md)
        self.member_nouns: set[str] = {normalize(m) for m in member_nouns}
        self.members: dict[str, str] = dict(members or {})  # seat actor id -> sector actor id
        self._sector_codes: set[str] = set()
        self.surnames: dict[str, set[str]] = {}  # surname keys (joined by " ") -> ids of known people
        # shipped people: id -> (surname forms, distinctive surname forms) (docs/actors.md)
        self.person_surnames: dict[str, tuple[list[str], list[str]]] = dict(person_surnames or {})
        self._first_names: dict[str, set[str]] | None = None  # first-name key -> ids of known people
        # ethnic/religious groups: id -> {"adjectives", "homes", "forces"}; nouns after their adjectives
        self.ethnic: dict[str, dict[str, Any]] = dict(ethnic or {})
        self.ethnic_heads: set[str] = {normalize(h) for h in ethnic_heads}
        self.sources: list[str] = []
        self._fuzzy: dict[str, set[str]] | None = None  # one-letter deletions of state names -> ids
        for actor in actors:
            self.add(actor, rank=0)
        for country, forms in (demonyms or {}).items():
            for form in forms:
                keys = alias_keys(form)
                self.names.add(keys, _Entry(country, "demonym", _is_acronym(form), 0))
                if keys and not _is_acronym(form) and not keys[-1].endswith(("s", "ese", "ish", "ch", "sh")):
                    self.names.add(keys[:-1] + (keys[-1] + "s",), _Entry(country, "demonym", False, 0))
        for country, forms in (metonyms or {}).items():
            for form in forms:
                self.names.add(alias_keys(form), _Entry(country, "metonym", True, 0))
        for code, nouns in (sectors or {}).items():
            self._sector_codes.add(code)
            for noun in nouns:
                self.sectors.add(alias_keys(noun), _Entry("", "sector", False, 0, code))
        for code, nouns in (standalone_sectors or {}).items():
            for noun in nouns:
                self.standalone.add(alias_keys(noun), _Entry("", "sector", False, 0, code))
        for ref in group_references:
            self.references.add(alias_keys(ref), _Entry("", "reference", False, 0, "armed-group"))
        for code, nouns in (generic_nouns or {}).items():
            for noun in nouns:
                self.generic.add(alias_keys(noun), _Entry("", "generic", False, 0, code))
        for spec in ambiguous_names:
            keys = alias_keys(spec["form"])
            cands = [c for c in spec.get("candidates", ()) if isinstance(c, str)]
            if not keys or not cands:
                continue
            joined = " ".join(keys)
            self.ambiguous[joined] = dict(spec)
            # "the North" only as written (capitalised); "Korea", "Congo" in any case
            exact = re.sub(r"[^A-Za-z]", "", spec["form"]) if keys[0] == "the" else ""
            self.names.add(keys, _Entry(cands[0], "ambiguous", bool(exact), 0, joined, exact=exact))
        for eid, spec in self.ethnic.items():
            for adj in spec.get("adjectives") or ():
                self.names.add(alias_keys(adj), _Entry(eid, "ethnic-adj", False, 0))
        for ref in ("the coalition", "coalition", "coalition forces", "coalition aircraft",
                    "the international coalition", "international coalition", "the global coalition",
                    "coalition warplanes", "coalition jets", "coalition partners", "coalition air forces"):
            self.references.add(alias_keys(ref), _Entry("", "reference", False, 0, "coalition"))

    # -- building -------------------------------------------------------------------------
    def add(self, actor: Actor, *, rank: int = 1) -> None:
        """Add (or replace) an actor and index its name and aliases."""
        if actor.kind == "agent":
            code = (actor.sector or (actor.cameo or "").replace("~", "")[:3]).upper()
            if code:
                for alias in actor.aliases or (actor.name,):
                    self.sectors.add(alias_keys(alias), _Entry("", "sector", False, rank, code))
            self.actors[actor.id] = actor
            return
        form = "name" if rank == 0 else "imported"
        target = actor.id
        if actor.kind == "person":
            given = self.person_surnames.get(actor.id)
            if given is not None and rank == 0:
                # shipped people list their surnames ("Xi" of "Xi Jinping", "al-Assad"); the
                # distinctive ones also match alone, capitalised ("Putin said")
                for form in given[0]:
                    keys = alias_keys(form)
                    if keys:
                        self.surnames.setdefault(" ".join(keys), set()).add(actor.id)
                for form in given[1]:
                    keys = alias_keys(form)
                    if keys:
                        self.names.add(keys, _Entry(actor.id, "surname", True, rank))
            else:
                for alias in (actor.name, *actor.aliases):
                    keys = alias_keys(alias)
                    if len(keys) >= 2:
                        self.surnames.setdefault(keys[-1], set()).add(actor.id)
        shipped_state = self.actors.get(actor.cameo or "")
        if rank > 0 and actor.kind == "state" and shipped_state is not None and shipped_state.kind == "state":
            # an imported country entry ("AFGHANISTAN_ [AFG]") adds spellings to the shipped state
            target = shipped_state.id
        else:
            self.actors[actor.id] = actor
        for alias in dict.fromkeys((actor.name, *actor.aliases)):
            keys = alias_keys(alias)
            if not keys:
                continue
            acr = _is_acronym(alias)
            if target != actor.id:
                self.names.add(keys, _Entry(target, "imported", acr, rank))
                continue
            entry_form = "seat" if actor.id in self.members else ("acronym" if acr and rank == 0 else form)
            # a one-word alias from a user dictionary ("ORGANIZATION") matches only as a name
            exact = _mixed_case(alias)
            cased = acr or bool(exact) or (rank > 0 and len(keys) == 1)
            self.names.add(keys, _Entry(actor.id, entry_form, cased, rank, exact=exact))
            if actor.kind in ("armed-group", "group") and not acr and not keys[-1].endswith("s"):
                self.names.add(keys[:-1] + (keys[-1] + "s",), _Entry(actor.id, entry_form, cased, rank))

    @classmethod
    def from_json(cls, data: dict[str, Any], *, source: str = "actors.json") -> "ActorDictionary":
        """Build from the shipped JSON schema (docs/actors.md)."""
        if not isinstance(data, dict) or not isinstance(data.get("actors"), list):
            raise ResourceError("actor dictionary must be an object with an 'actors' list", source=source)
        actors, demonyms, metonyms, members = _actors_from_json(data["actors"], source)
        person_surnames = {item["id"]: (list(item.get("surnames") or ()), list(item.get("bare_surnames") or ()))
                           for item in data["actors"] if isinstance(item, dict) and item.get("kind") == "person"
                           and (item.get("surnames") or item.get("bare_surnames"))}
        ethnic = {item["id"]: {k: item.get(k) or ([] if k != "forces" else {}) for k in ("adjectives", "homes", "forces")}
                  for item in data["actors"] if isinstance(item, dict) and item.get("kind") == "ethnic/religious group"}
        d = cls(
            (), ethnic=ethnic, ethnic_heads=data.get("ethnic_heads") or (), demonyms=demonyms, metonyms=metonyms, sectors=data.get("sectors") or {},
            standalone_sectors=data.get("standalone_sectors") or {},
            member_nouns=data.get("member_nouns") or (), group_references=data.get("group_references") or (),
            members=members, generic_nouns=data.get("generic_nouns") or {},
            ambiguous_names=data.get("ambiguous_names") or (), person_surnames=person_surnames,
        )
        for a in actors:
            d.add(a, rank=0)
        d.sources.append(source)
        return d

    @classmethod
    def load(cls, settings: Settings, extra: Iterable[Actor] = ()) -> "ActorDictionary":
        """The shipped dictionary, plus ``settings.actors.dictionaries`` files, plus ``extra``."""
        try:
            text = resources.files("intelfile").joinpath("data/actors.json").read_text(encoding="utf-8")
        except OSError as exc:  # pragma: no cover - broken installation
            raise ResourceError(f"shipped actor dictionary is missing: {exc}", source="data/actors.json") from exc
        dictionary = cls.from_json(json.loads(text), source="intelfile:data/actors.json")
        for path in settings.actors.dictionaries:
            for actor in read_dictionary_file(path):
                dictionary.add(actor, rank=1)
            dictionary.sources.append(str(path))
        for actor in extra:
            dictionary.add(actor, rank=1)
        return dictionary

    # -- lookup ---------------------------------------------------------------------------
    def get(self, actor_id: str) -> Actor | None:
        """The actor with this id; state sectors (``IRQ_MIL``) are built on demand."""
        found = self.actors.get(actor_id)
        if found is not None:
            return found
        m = re.fullmatch(r"([A-Z]{3})_([A-Z]{3})", actor_id)
        if m and m.group(1) in self.actors and m.group(2) in SECTOR_NAMES:
            return self.sector_actor(m.group(1), m.group(2))
        return None

    def sector_actor(self, country: str, sector: str) -> Actor:
        """The actor for a sector of a state, e.g. ("IRQ", "MIL") → ``IRQ_MIL`` "Iraq military"."""
        aid = sector_actor_id(country, sector)
        if aid in self.actors:
            return self.actors[aid]
        state = self.actors.get(country)
        cname = state.name if state else country
        kind = "state-sector" if sector in _STATE_SECTORS else ("armed-group" if sector in ("REB", "PRM") else "group")
        return Actor(id=aid, name=f"{cname} {SECTOR_NAMES.get(sector, sector.lower())}", kind=kind,
                     country=country, sector=sector, cameo=f"{country}{sector}")

    def search(self, name: str) -> list[Actor]:
        """Actors whose name or alias matches ``name`` (exact normalised match first, then partial)."""
        keys = alias_keys(name)
        if not keys:
            return []
        exact: list[Actor] = []
        node: dict[str, Any] | None = self.names.root
        for k in keys:
            node = node.get(k) if node is not None else None
        if node is not None:
            for e in sorted(node.get("\x00", []), key=lambda e: e.rank):
                a = self.actors.get(e.actor_id)
                if a is not None and a not in exact:
                    exact.append(a)
        needle = " ".join(keys)
        partial = [a for a in self.actors.values() if a not in exact and a.kind != "agent" and any(
            needle in " ".join(alias_keys(s)) for s in (a.name, *a.aliases))]
        partial.sort(key=lambda a: (not a.id.isupper(), len(a.name)))
        return exact + partial

    def people_named(self, keys: Sequence[str]) -> list[Actor]:
        """Known people a name's word keys stand for: a surname ("museveni", "al assad") gives every
        person of that surname; a first name + surname gives those with that first name, the surname
        also matching when misspelt by one letter (6+ letters: "Laurent Gbago" → Laurent Gbagbo)."""
        keys = [k for k in keys if k]
        if not keys:
            return []
        ids = self.surnames.get(" ".join(keys))
        if ids:
            return sorted((self.actors[i] for i in ids if i in self.actors), key=lambda a: a.id)
        if len(keys) < 2:
            return []
        if self._first_names is None:
            self._first_names = {}
            for pid, (forms, _) in self.person_surnames.items():
                a = self.actors.get(pid)
                if a is None:
                    continue
                for alias in (a.name, *a.aliases):
                    ak = alias_keys(alias)
                    if len(ak) >= 2:
                        self._first_names.setdefault(ak[0], set()).add(pid)
        out = []
        for pid in sorted(self._first_names.get(keys[0], ())):
            forms = [alias_keys(f) for f in self.person_surnames.get(pid, ([], []))[0]]
            for fk in forms:
                if not fk:
                    continue
                tail = keys[-len(fk):]
                if list(fk) == tail or (len(fk) == 1 and len(fk[0]) >= 6 and _one_edit(fk[0], keys[-1])):
                    out.append(self.actors[pid])
                    break
        return out

    def fuzzy_state(self, word: str) -> Actor | None:
        """The one state whose one-word name or demonym is ``word`` misspelt by one letter added,
        dropped or changed ("Ethopia", "Afganistan", "Quatar"); words under 6 letters never match."""
        key = re.sub(r"[^\w]+", "", normalize(word))
        if len(key) < 6:
            return None
        if self._fuzzy is None:
            self._fuzzy = {}
            for k, node in self.names.root.items():
                if len(k) < 5 or "\x00" not in node:
                    continue
                for e in node["\x00"]:
                    a = self.actors.get(e.actor_id)
                    if a is not None and a.kind == "state" and e.form in ("name", "demonym") and e.rank == 0:
                        for variant in {k, *_deletions(k)}:
                            self._fuzzy.setdefault(variant, set()).add(a.id)
        if key in self.names.root and "\x00" in self.names.root[key]:
            return None  # a word the dictionary knows as it is
        hits: set[str] = set()
        for variant in {key, *_deletions(key)}:
            hits |= self._fuzzy.get(variant, set())
        if len(hits) != 1:
            return None
        actor = self.actors[next(iter(hits))]
        # the deletion index also pairs words two edits apart ("liberal"/"liberia"): check
        forms = [k for k, node in self.names.root.items() if "\x00" in node and abs(len(k) - len(key)) <= 1
                 and any(e.actor_id == actor.id for e in node["\x00"])]
        return actor if any(_one_edit(key, f) for f in forms) else None

    def __len__(self) -> int:
        return len(self.actors)

    def __iter__(self) -> Iterator[Actor]:
        return iter(self.actors.values())

    def is_sector_code(self, code: str) -> bool:
        return code in self._sector_codes


def _actors_from_json(items: list[Any], source: str) -> tuple[list[Actor], dict[str, list[str]], dict[str, list[str]], dict[str, str]]:
    actors: list[Actor] = []
    demonyms: dict[str, list[str]] = {}
    metonyms: dict[str, list[str]] = {}
    members: dict[str, str] = {}
    fields = set(Actor.__dataclass_fields__)  # type: ignore[attr-defined]
    for n, item in enumerate(items):
        if not isinstance(item, dict) or not isinstance(item.get("id"), str) or not isinstance(item.get("name"), str):
            raise ResourceError(f"actor #{n} needs a string 'id' and 'name'", source=source)
        aliases = item.get("aliases") or []
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise ResourceError(f"actor {item['id']}: 'aliases' must be a list of strings", source=source)
        kwargs = {k: v for k, v in item.items() if k in fields}
        kwargs["aliases"] = tuple(aliases)
        actors.append(Actor(**kwargs))
        if item.get("demonyms"):
            demonyms[item["id"]] = list(item["demonyms"])
        if item.get("metonyms"):
            metonyms[item["id"]] = list(item["metonyms"])
        if item.get("member_of"):
            members[item["id"]] = item["member_of"]
    return actors, demonyms, metonyms, members


def read_dictionary_file(path: str | Path) -> list[Actor]:
    """Actors of a user dictionary: intelfile JSON (``{"actors": [...]}`` or a list) or PETRARCH text."""
    from .petrarch import looks_like_petrarch, parse_petrarch, read_dictionary_text

    p = Path(path)
    try:
        text = read_dictionary_text(p)
    except UnreadableInput as exc:
        raise ResourceError(f"cannot read actor dictionary: {exc.message}", source=str(p)) from exc
    if looks_like_petrarch(text):
        parsed = parse_petrarch(text, source=str(p))
        for bad in parsed.malformed:
            log.warning("%s:%d: %s", p, bad.line, bad.reason)
        return parsed.actors
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ResourceError(f"actor dictionary is not valid JSON: {exc}", source=str(p)) from exc
    items = data.get("actors") if isinstance(data, dict) else data
    if not isinstance(items, list):
        raise ResourceError("actor dictionary must be a list of actors or {\"actors\": [...]}", source=str(p))
    actors, demonyms, metonyms, _ = _actors_from_json(items, str(p))
    by_id = {a.id: a for a in actors}
    for aid, forms in {**demonyms, **metonyms}.items():
        by_id[aid] = by_id[aid].replace(aliases=tuple(dict.fromkeys((*by_id[aid].aliases, *forms))))
    return list(by_id.values())


# ------------------------------------------------------------------------------------------
# the resolver
# ------------------------------------------------------------------------------------------

@dataclass(slots=True)
class _M:
    """A mention under construction: token range [start, end), actor, rule, confidence."""

    start: int
    end: int
    actor: Actor
    how: str
    confidence: float
    form: str = ""


@dataclass(slots=True)
class _State:
    doc: "Doc"
    keys: _Keys
    mentions: list[_M] = field(default_factory=list)
    taken: set[int] = field(default_factory=set)
    persons: dict[str, Actor] = field(default_factory=dict)  # surname key -> person actor
    story_ranking: list[str] = field(default_factory=list)  # states by number of mentions
    bylines: dict[tuple[int, int], tuple[int, int]] = field(default_factory=dict)  # name -> role line
    conflict: bool | None = None  # the document mentions fighting, forces, attacks...
    dynamic: dict[str, Actor] = field(default_factory=dict)  # actors made from context
    sent_of: dict[int, int] = field(default_factory=dict)  # token index -> sentence number
    named: set[str] = field(default_factory=set)  # states named by an unambiguous name, demonym or capital
    lower_words: set[str] | None = None  # words the document uses in lower case (computed once)
    generic_seen: dict[tuple[str, str], tuple[str, float]] = field(default_factory=dict)  # noun -> country

    def free(self, start: int, end: int) -> bool:
        return not any(i in self.taken for i in range(start, end))

    def take(self, m: _M) -> None:
        self.mentions.append(m)
        self.taken.update(range(m.start, m.end))

    def drop(self, m: _M) -> None:
        self.mentions.remove(m)
        self.taken.difference_update(range(m.start, m.end))


class ActorResolver:
    """``resolver(document, doc) -> list[ActorMention]``; see the module docstring for the rules.

    ``gazetteer`` (optional, an :class:`intelfile.gazetteer.Gazetteer`) lets the resolver drop NER
    "actors" that are populated places and find the country of "civilians in <town>"; without it
    those rules use the dictionary alone.
    """

    def __init__(self, dictionary: ActorDictionary, *, settings: Settings, gazetteer: Any = None) -> None:
        self.dictionary = dictionary
        self.settings = settings
        self.gazetteer = gazetteer
        self._iso3: dict[str, str] | None = None

    # -- entry point ----------------------------------------------------------------------
    def __call__(self, document: Document, doc: "Doc") -> list[ActorMention]:
        st = _State(doc=doc, keys=_Keys.of(doc))
        st.story_ranking = self._rank_states(st)
        self._dictionary_pass(st)
        self._persons(st)
        story = self._story_country(st)
        self._standalone_sectors(st, story)
        self._references(st)
        self._generic(st, story)
        self._ner(st)
        return self._emit(document, st)

    # -- 1-3: dictionary, sectors, members, patrons, coalitions --------------------------
    def _dictionary_pass(self, st: _State) -> None:
        k = st.keys
        ok_end = k.last
        pos = 0
        while pos < len(k.keys):
            if not k.first[pos] or k.keys[pos] is None:
                pos += 1
                continue
            end, entries = self.dictionary.names.longest(k.keys, pos, ok_end)
            if end < 0:
                pos += 1
                continue
            tok_start, tok_end = k.token[pos], k.token[end - 1] + 1
            if pos > 0 and k.keys[pos - 1] in ("anti", "counter", "non") and (
                    k.token[pos - 1] == tok_start or st.doc[tok_start - 1].text in _HYPHENS):
                # "anti-ISIL fighters" are not ISIL: they are fighters opposed to it
                stop = self._opponents(st, k.token[pos - 1], tok_end, entries)
                pos = end
                while pos < len(k.keys) and k.token[pos] < stop:
                    pos += 1
                continue
            entry = self._choose(st, entries, tok_start, tok_end)
            while entry is None and end - pos > 1:
                # the longest name does not fit here ("Russia today"): a shorter one may ("Russia")
                end, entries = self.dictionary.names.longest(k.keys[:end - 1], pos, ok_end)
                if end < 0:
                    break
                tok_start, tok_end = k.token[pos], k.token[end - 1] + 1
                entry = self._choose(st, entries, tok_start, tok_end)
            if entry is None:
                pos += 1
                continue
            if entry.form == "ambiguous":
                actor = self._disambiguate(st, entry)
            elif entry.form == "surname":  # "Assad": Bashar or Hafez, both of Syria
                actor = self._known_person(st, [self.dictionary.actors[e.actor_id] for e in entries
                                                if e.form == "surname" and e.actor_id in self.dictionary.actors],
                                           st.doc[tok_start:tok_end].text)
            else:
                actor = self.dictionary.actors.get(entry.actor_id)
            if actor is None:
                pos = end
                continue
            if actor.kind == ETHNIC:
                m = self._ethnic(st, actor, entry, tok_start, tok_end)
                if m is None:  # an adjective with no people after it ("Kurdish town")
                    pos = end
                    continue
            else:
                m = self._build(st, actor, entry, tok_start, tok_end, end)
            st.take(m)
            pos = end
            while pos < len(k.keys) and k.token[pos] < m.end:
                pos += 1

    def _conflict(self, st: _State) -> bool:
        """Whether the document speaks of violence or armed forces at all (computed once)."""
        if st.conflict is None:
            st.conflict = any(t.lower_ in _CONFLICT_WORDS or t.lemma_.lower() in _CONFLICT_WORDS for t in st.doc)
        return st.conflict

    def _opponents(self, st: _State, start: int, end: int, entries: list[_Entry]) -> int:
        """``anti-X fighters``: a group of the story's country whose stance against X is in its name.

        Returns the token index where matching resumes.
        """
        doc, d = st.doc, self.dictionary
        if end >= len(doc) or normalize(doc[end].text) not in d.member_nouns:
            return end
        target = d.actors.get(entries[0].actor_id)
        if target is None or not st.free(start, end + 1):
            return end
        home = next((c for c in st.story_ranking if c != target.id), None)
        sector = "REB" if normalize(doc[end].text) in ("rebels", "rebel", "insurgents", "guerrillas") else "PRM"
        aid = f"{home}_{sector}_ANTI_{target.id}" if home else f"{sector}_ANTI_{target.id}"
        actor = st.dynamic.setdefault(aid, Actor(
            id=aid, name=doc[start:end + 1].text, kind="armed-group", country=home, sector=sector,
            cameo=f"{home}{sector}" if home else None))
        st.take(_M(start, end + 1, actor, "context", _CONF["context"], "opponents"))
        return end + 1

    def _choose(self, st: _State, entries: list[_Entry], start: int, end: int) -> _Entry | None:
        doc = st.doc
        text = re.sub(r"[\-–—‐‑](" + "|".join(sorted(_BACKED | _LED)) + r")$", "", doc[start:end].text, flags=re.I)
        good = []
        inside_person = any(e.label_ == "PERSON" and e.start < start and end <= e.end for e in doc.ents)
        # "Jordan Peterson", "Chad Johnson": a one-word name opening a person's name is not the country
        opens_person = end - start == 1 and end < len(doc) and doc[end].is_title and \
            normalize(doc[end].text) not in _TITLE_WORDS and \
            any(e.label_ == "PERSON" and e.start == start and e.end > end for e in doc.ents)
        for e in entries:
            if e.case_sensitive:
                letters = re.sub(r"[^A-Za-z]", "", text)
                if not letters:
                    continue
                if e.exact:
                    if letters != e.exact and letters[1:] != e.exact[1:]:
                        continue  # "the South", also "The South" opening a sentence
                elif e.form == "metonym":
                    if not doc[start].is_title:
                        continue  # "male", "BAGHDAD (Reuters)": not a government speaking
                elif e.form == "surname":
                    if not doc[end - 1].text[:1].isupper():
                        continue  # "putin" in lower case is no name ("bin Laden", "al-Assad" are)
                elif e.form == "imported" and not _is_acronym(text):
                    if not doc[start].is_title and not doc[start].is_upper:
                        continue  # "organization" is not the group whose alias is ORGANIZATION
                elif letters.upper() != letters:
                    continue
                if _shouting(_sentence(doc, start)):
                    continue
            if inside_person and (e.form in ("imported", "metonym", "demonym") or not e.case_sensitive):
                continue  # "Sabah" in "Tahira Sabah Alimyar" is part of a name
            if not e.case_sensitive and e.form in ("name", "seat") and not self._case_fits(st, e, text, start):
                continue  # "the island's" is not Iceland ("Island"), "Russia today" not Russia Today
            if e.form == "surname" and _after_locative(doc, start):
                continue  # "in Kerry": a place
            if (e.form == "surname" or (e.form == "name" and e.actor_id.startswith("PERSON_"))) and \
                    _inside_other_entity(doc, start, end):
                continue  # "Sadr City", "the Nelson Mandela Foundation": a place or body named after someone
            if e.form == "surname" and any(
                    ent.label_ == "PERSON" and ent.start < start and end <= ent.end
                    and any(normalize(t.text) not in _TITLE_WORDS and t.is_alpha for t in doc[ent.start:start])
                    for ent in doc.ents):
                continue  # "Laura Bush": another person of that surname
            if opens_person and e.form in ("name", "imported", "ambiguous", "metonym", "surname", "ethnic-adj"):
                continue
            if e.form == "ambiguous" and e.exact and end < len(doc) and doc[end].is_title:
                continue  # "the North Atlantic": not "the North"
            if e.form == "acronym" and not self._conflict(st):
                actor = self.dictionary.actors.get(e.actor_id)
                if actor is not None and actor.kind == "armed-group":
                    continue  # "FSA" in a business story is not the Free Syrian Army
            good.append(e)
        if not good:
            return None
        order = {"ambiguous": -1, "name": 0, "seat": 0, "surname": 0, "acronym": 1, "imported": 2, "demonym": 3, "metonym": 4}
        good.sort(key=lambda e: (e.rank if e.form != "ambiguous" else -1, order.get(e.form, 5)))
        chosen = good[0]
        if chosen.form == "metonym" and _place_like(doc, start, end):
            return None
        return chosen

    def _case_fits(self, st: _State, entry: _Entry, text: str, start: int) -> bool:
        """Whether a proper name of a state, outlet, company or international body is written as
        one of its aliases is: a word the alias capitalises is not written in lower case, unless
        the whole sentence is (a common noun that spells like a name is no name: "island",
        "Russia today"). Other actors (armed groups, peoples) are often written in lower case."""
        if not any(w[:1].islower() for w in _WORD_SPLIT.split(text) if w[:1].isalpha()):
            return True
        actor = self.dictionary.actors.get(entry.actor_id)
        if actor is None or actor.kind not in _PROPER_KINDS:
            return True
        sent = _sentence(st.doc, start)
        if not any(t.is_title and t.i != sent.start for t in sent):
            return True  # a text written all in lower case
        words = [w for w in _WORD_SPLIT.split(text) if w]
        keys = alias_keys(text)
        same_length = False
        for alias in (actor.name, *actor.aliases):
            if alias_keys(alias) != keys:
                continue
            aw = [w for w in _WORD_SPLIT.split(alias) if w]
            if len(aw) != len(words):
                return True  # cannot compare word by word
            same_length = True
            if not any(x[:1].islower() and y[:1].isupper() for x, y in zip(words, aw)):
                return True
        return not same_length

    def _build(self, st: _State, actor: Actor, entry: _Entry, start: int, end: int, key_end: int) -> _M:
        doc, k, d = st.doc, st.keys, self.dictionary
        form = entry.form
        conf = _CONF["imported"] if form == "imported" else _CONF.get(form, 0.9)
        how = "imported" if form == "imported" else "dictionary"
        if form == "seat" and actor.id in d.members:
            target = d.get(d.members[actor.id])
            if target is not None:
                return _M(start, end, target, "dictionary", _CONF["seat"], form)
        is_state = actor.kind == "state"
        # "the Albanians of southern Serbia" (not "Americans in Iraq": people abroad, not a minority)
        abroad = None
        if is_state and form == "demonym" and doc[end - 1].lower_.endswith("s"):
            ethnic = start > 0 and doc[start - 1].lower_ == "ethnic"
            abroad = self._stated_residence(st, end) if ethnic else self._stated_residence(st, end, ("of",))
        if is_state and form == "demonym" and ((start > 0 and doc[start - 1].lower_ == "ethnic")
                                               or (abroad and abroad != actor.id)):
            # "ethnic Albanians" (in Macedonia), "the Albanians of southern Serbia": a people living
            # in another state, not that state
            mstart = start - 1 if start > 0 and doc[start - 1].lower_ == "ethnic" else start
            country = abroad if abroad and abroad != actor.id else \
                next((c for c in st.story_ranking if c != actor.id), None)
            aid = f"ETHNIC_{actor.id}_{country}" if country else f"ETHNIC_{actor.id}"
            group = st.dynamic.setdefault(aid, Actor(
                id=aid, name=f"ethnic {doc[start:end].text}", kind=ETHNIC, country=country))
            conf = _CONF["ethnic-stated"] if abroad else (_CONF["ethnic-named"] if country else _CONF["ethnic"])
            return _M(mstart, end, group, "dictionary", conf, "ethnic")
        # patron: "Iranian-backed militias"; coalition: "US-led coalition" (also one token "U.S.-led")
        inner = key_end < len(k.keys) and k.token[key_end] == end - 1
        if inner and k.keys[key_end] in _BACKED:
            m = self._patron(st, actor, start, end)
            if m is not None:
                return m
        if inner and k.keys[key_end] in _LED:
            m = self._coalition(st, actor, start, end)
            if m is not None:
                return m
        if end < len(doc) and doc[end].text in _HYPHENS and end + 1 < len(doc):
            nxt = doc[end + 1].lower_
            if nxt in _BACKED:
                m = self._patron(st, actor, start, end + 2)
                if m is not None:
                    return m
            if nxt in _LED:
                m = self._coalition(st, actor, start, end + 2)
                if m is not None:
                    return m
        if is_state:
            # "Iraqi army", "U.S. military forces", "Iraq's government"
            pos = key_end
            if pos < len(k.keys) and k.keys[pos] == "s" and doc[k.token[pos]].lower_ in ("'s", "’s"):
                pos += 1
            s_end, s_entries = d.sectors.longest(k.keys, pos, k.last) if pos < len(k.keys) else (-1, [])
            if s_end > 0 and k.first[pos]:
                s_entries = sorted(s_entries, key=lambda e: e.rank)
                code = s_entries[0].value
                tok_end = k.token[s_end - 1] + 1
                return _M(start, tok_end, d.sector_actor(actor.id, code), "sector", _CONF["sector"], "sector")
            if _after_locative(doc, start) and form in ("name", "acronym", "imported"):
                conf = _CONF["locative"]
        if form == "ambiguous" and is_state and _after_locative(doc, start):
            conf = _CONF["locative"]
        if actor.kind in ("armed-group", "group") or (actor.kind == "state-sector" and actor.sector in ("MIL", "PRM")):
            # "Islamic State insurgents", "Taliban fighters"
            if end < len(doc) and normalize(doc[end].text) in d.member_nouns:
                return _M(start, end + 1, actor, how, conf, "member")
        return _M(start, end, actor, how, conf, form)

    def _ethnic(self, st: _State, group: Actor, entry: _Entry, start: int, end: int) -> _M | None:
        """An ethnic or religious group ("Kurds", "Sunni tribes", "Iraqi Kurdish reinforcements"):
        the group with its country of residence (a demonym before, "in/of/from <state or place>"
        after, else the one home state the document names, else its only home state); with an
        armed noun ("Karen guerrillas") an armed group of that country, or the force the dictionary
        names for it ("Iraqi Kurdish forces" → the peshmerga). None for an adjective with no people
        noun after it ("a Kurdish town")."""
        doc, d = st.doc, self.dictionary
        spec = d.ethnic.get(group.id, {})
        head = end
        if head + 1 < len(doc) and doc[head].is_lower and doc[head].pos_ == "ADJ" \
                and normalize(doc[head + 1].text) in d.ethnic_heads:
            head += 1  # "Ibo traditional elders"
        if head >= len(doc) or normalize(doc[head].text) not in d.ethnic_heads or not doc[head].is_lower:
            head = -1
        if entry.form == "ethnic-adj" and head < 0:
            return None
        mend = end if head < 0 else head + 1
        while head >= 0 and mend < len(doc) and mend < head + 3 and doc[mend].is_lower \
                and normalize(doc[mend].text) in d.ethnic_heads:
            mend += 1  # "Hutu rebel group"
        heads = [normalize(doc[i].text) for i in range(head, mend)] if head >= 0 else []
        # the last noun decides: "fundamentalist demonstrators" are demonstrators, "rebel group" is armed
        armed = _ETHNIC_ARMED.get(heads[-1]) if heads else None
        if heads and heads[-1] in ("group", "groups") and any(h in _ETHNIC_ARMED for h in heads):
            armed = next(_ETHNIC_ARMED[h] for h in heads if h in _ETHNIC_ARMED)
        if armed == "PRM" and heads[-1].startswith("militia") and any(
                a.patron and a.sector == "PRM" for a in st.dynamic.values()):
            return None  # "Shiite militias" in a story of backed militias: those militias (coreference)
        mstart, country, conf = start, None, _CONF["ethnic"]
        prev = next((m for m in st.mentions if m.end == start and m.actor.kind == "state"
                     and m.confidence > _CONF["locative"] and m.form == "demonym"), None)
        if prev is not None:  # "Iraqi Kurds", "Syrian Kurdish fighters"
            country, conf, mstart = prev.actor.id, _CONF["ethnic-stated"], prev.start
        else:
            country = self._stated_residence(st, mend)
            if country:
                conf = _CONF["ethnic-stated"]
        if country is None:
            homes = [h for h in spec.get("homes") or () if h in d.actors]
            named = [h for h in homes if h in st.named]
            if len(named) == 1:
                country, conf = named[0], _CONF["ethnic-named"]
            elif len(homes) == 1:
                country, conf = homes[0], _CONF["ethnic-home"]
            else:
                # the story's clear state, when the group lives there ("Moslem demonstrators" in an
                # Egypt story); a group of no particular state (a religion) takes it too
                acting = self._acting_country(st, clear=True) or (st.story_ranking[0] if armed and st.story_ranking
                                                                  else None)
                if acting and (not homes or acting in homes):
                    country, conf = acting, _CONF["generic-focus"]
        forces = spec.get("forces") or {}
        if armed and country and forces.get(country) in d.actors:
            actor = d.actors[forces[country]]
        elif armed:
            aid = f"{country}_{armed}_{group.id}" if country else f"{armed}_{group.id}"
            actor = st.dynamic.setdefault(aid, Actor(
                id=aid, name=doc[mstart:mend].text, kind="armed-group", country=country, sector=armed,
                cameo=f"{country}{armed}" if country else armed))
        else:
            aid = f"{group.id}_{country}" if country else group.id
            state = d.actors.get(country or "")
            actor = group if not country else st.dynamic.setdefault(aid, group.replace(
                id=aid, name=f"{group.name} ({state.name if state else country})", country=country))
        if prev is not None:
            st.drop(prev)
        return _M(mstart, mend, actor, "dictionary", conf, "ethnic")

    def _stated_residence(self, st: _State, at: int, preps: tuple[str, ...] = ("in", "of", "from", "inside")) -> str | None:
        """The state named by "in/of/from [the] <state or place>" at token ``at`` ("Kurds in Syria")."""
        doc, k = st.doc, st.keys
        if at >= len(doc) or doc[at].lower_ not in preps:
            return None
        j = at + 1
        while j < len(doc) and j < at + 4 and (doc[j].lower_ == "the" or doc[j].lower_.endswith("ern")):
            j += 1  # "of southern Serbia", "in the north-eastern ..."
        pos = k.start_of.get(j)
        if pos is None:
            return None
        e_end, entries = self.dictionary.names.longest(k.keys, pos, k.last)
        for e in sorted(entries, key=lambda e: e.rank) if e_end > 0 else ():
            a = self.dictionary.actors.get(e.actor_id)
            if a is not None and a.kind == "state":
                return a.id
        if j < len(doc) and doc[j].is_title:
            ent = next((e for e in doc.ents if e.start == j and e.label_ in ("GPE", "LOC")), None)
            return self._place_country(ent.text if ent is not None else doc[j].text)
        return None

    def _patron(self, st: _State, patron: Actor, start: int, after: int) -> _M | None:
        """``<patron>-backed [modifiers] <head>`` → a group with that patron."""
        doc = st.doc
        country: str | None = None
        i = after
        limit = min(len(doc), after + 5)
        while i < limit:
            tok = doc[i]
            key = normalize(tok.text)
            if tok.text in _HYPHENS:
                i += 1
                continue
            if key in _PATRON_HEADS:
                # take "militia forces" / "militias groups" as one head
                end = i + 1
                while end < len(doc) and normalize(doc[end].text) in _PATRON_HEADS and end < i + 3:
                    end += 1
                # the first head word decides, unless a later one is more telling ("forces militias")
                heads = [normalize(doc[j].text) for j in range(i, end)]
                strong = [h for h in heads if h in ("militia", "militias", "rebels", "insurgents", "militants")]
                sector = _PATRON_HEADS[strong[-1] if strong else key]
                home = country or next((c for c in st.story_ranking if c not in (patron.id, patron.country)), None)
                aid = f"{home}_{sector}_BACKED_{patron.id}" if home else f"{sector}_BACKED_{patron.id}"
                actor = st.dynamic.get(aid)
                if actor is None:
                    name = f"{patron.name}-backed {doc[after:end].text}"
                    actor = Actor(id=aid, name=name, kind="armed-group", country=home, sector=sector,
                                  patron=patron.id, cameo=f"{home}{sector}" if home else None)
                    st.dynamic[aid] = actor
                return _M(start, end, actor, "patron", _CONF["patron"], "patron")
            entries = self._entries_at(st, i)
            if entries:
                first = self.dictionary.actors.get(entries[0].actor_id)
                if first is not None and first.kind == "state":
                    country = first.id
                    i += 1
                    continue
            if key in _PATRON_MODIFIERS or tok.pos_ in ("ADJ",) or (tok.is_title and tok.pos_ == "PROPN"):
                i += 1
                continue
            break
        return None

    def _coalition(self, st: _State, lead: Actor, start: int, after: int) -> _M | None:
        doc = st.doc
        if after >= len(doc) or normalize(doc[after].text) not in _COALITION_NOUNS:
            return None
        end = after + 1
        while end < len(doc) and normalize(doc[end].text) in _AFTER_COALITION and end < after + 3:
            end += 1
        aid = f"COALITION_{lead.id}"
        actor = st.dynamic.get(aid)
        if actor is None:
            actor = Actor(id=aid, name=f"{lead.name}-led coalition", kind="coalition", country="IGO",
                          sector="MIL", lead=lead.id, cameo="IGOMIL")
            st.dynamic[aid] = actor
        return _M(start, end, actor, "coalition", _CONF["coalition"], "coalition")

    def _entries_at(self, st: _State, tok_i: int) -> list[_Entry]:
        k = st.keys
        pos = k.start_of.get(tok_i)
        if pos is None:
            return []
        end, entries = self.dictionary.names.longest(k.keys, pos, k.last)
        if end < 0 or k.token[end - 1] != tok_i:
            return []
        return entries

    # -- 4: people ------------------------------------------------------------------------
    def _titled_names(self, st: _State) -> list[tuple[int, int]]:
        """Names NER missed after a title: "Secretary of Defense Ash Carter", "Gen. Joseph Votel"."""
        doc = st.doc
        out: list[tuple[int, int]] = []
        i = 0
        while i < len(doc):
            t = doc[i]
            if normalize(t.text) not in _STRONG_TITLES or not t.is_title:
                i += 1
                continue
            j = i + 1
            if j < len(doc) and doc[j].text == ".":
                j += 1
            if j + 1 < len(doc) and doc[j].lower_ == "of" and doc[j + 1].is_title:
                j += 2  # "Secretary of Defense"
                while j < len(doc) and doc[j].is_title and normalize(doc[j].text) in _TITLE_WORDS:
                    j += 1
            k = j
            while k < len(doc) and k < j + 3 and doc[k].is_title and doc[k].is_alpha and not doc[k].is_stop \
                    and normalize(doc[k].text) not in _TITLE_WORDS and doc[k].ent_type_ in ("", "PERSON"):
                k += 1
            if k > j and (k - j >= 2 or (k - j == 1 and normalize(doc[j].text) in self.dictionary.surnames)) \
                    and not self._entries_at(st, j):
                out.append((j, k))  # a lone word only when it is a known person's surname ("President Jonathan")
            i = max(k, i + 1)
        # a byline: a line holding only a name, then a line with a title ("Jen Psaki" / "Department
        # Spokesperson")
        if doc.has_annotation("SENT_START"):
            sents = list(doc.sents)
            for here, nxt in zip(sents, sents[1:]):
                words = [t for t in here if not (t.is_space or t.is_punct)]
                if not 2 <= len(words) <= 4 or not all(
                        (t.is_alpha or re.fullmatch(r"[A-Z]\.", t.text)) and t.is_title and not t.is_stop for t in words):
                    continue
                role_words = {normalize(t.text) for t in nxt if not t.is_space}
                if len(nxt) <= 8 and role_words & _STRONG_TITLES and not self._entries_at(st, words[0].i):
                    out.append((words[0].i, words[-1].i + 1))
                    st.bylines[(words[0].i, words[-1].i + 1)] = (nxt.start, nxt.end)
        return out

    def _known_person(self, st: _State, people: list[Actor], text: str) -> Actor | None:
        """The one person ``people`` (candidates for a name) stand for: the one the document already
        named in full, the only candidate, else, when all share a state, a person of that state
        ("President Bush": father or son, a US president either way)."""
        if not people:
            return None
        named = {a.id for a in st.persons.values()}
        chosen = [p for p in people if p.id in named]
        if len(chosen) == 1 or len(people) == 1:
            return (chosen or people)[0]
        countries = {p.country for p in people}
        if len(countries) != 1:
            return None
        country = next(iter(countries))
        sectors = {p.sector for p in people}
        affiliations = {p.affiliation for p in people}
        name = re.sub(r"['’]s$", "", text).strip()
        aid = "PERSON_" + re.sub(r"[^A-Z0-9]+", "_", normalize(name).upper()).strip("_")
        return st.dynamic.setdefault(aid, Actor(
            id=aid, name=name, kind="person", country=country,
            sector=sectors.pop() if len(sectors) == 1 else None,
            affiliation=affiliations.pop() if len(affiliations) == 1 else None,
            cameo=people[0].cameo if len({p.cameo for p in people}) == 1 else country))

    def _known_people_mentions(self, st: _State) -> None:
        """Dictionary matches of known people: remember their surnames for later mentions and take
        in the title before them ("Syrian President Bashar al-Assad"), and the state or group that
        opens the title when it is the person's own."""
        d = self.dictionary
        for m in sorted((m for m in st.mentions if m.actor.kind == "person"), key=lambda m: m.start):
            person = m.actor
            for form in d.person_surnames.get(person.id, ([], []))[0]:
                keys = alias_keys(form)
                if keys and len(keys[-1]) > 2:
                    st.persons.setdefault(keys[-1], person)
            if m.how != "dictionary":
                continue
            _, _, _, mstart = self._affiliation(st, m.start, m.start, m.end)
            if mstart >= m.start:
                continue
            inside = [o for o in st.mentions if o is not m and o.start >= mstart and o.end <= m.start]
            own = {person.id, person.country, person.affiliation}
            if any(not ({o.actor.id, o.actor.country, o.actor.affiliation} & own) for o in inside):
                continue  # "UN envoy Lakhdar Brahimi": the title names another body
            for o in inside:
                st.drop(o)
            st.drop(m)
            st.take(_M(mstart, m.end, person, m.how, m.confidence, m.form))

    def _persons(self, st: _State) -> None:
        doc = st.doc
        self._known_people_mentions(st)
        spans = [(e.start, e.end) for e in doc.ents if e.label_ == "PERSON"]
        covered = {i for a, b in spans for i in range(a, b)}
        spans += [(a, b) for a, b in self._titled_names(st) if not any(i in covered for i in range(a, b))]
        for start, end in sorted(spans):
            # NER often swallows a leading title ("Gen. Martin Dempsey"): keep the name apart
            name_start = start
            while name_start < end - 1 and normalize(doc[name_start].text) in _TITLE_WORDS:
                name_start += 1
            if any(i in st.taken for i in range(name_start, end)):
                continue
            words = [t for t in doc[name_start:end] if t.is_alpha or "-" in t.text or "'" in t.text]
            if not words:
                continue
            if end - name_start == 1 and start == name_start and not self._is_titled(st, start) and (
                    _looks_adjectival(doc[start].text) or _used_as_place(doc, doc[start].lower_)
                    or doc[start].tag_ == "NNPS"):
                continue  # "Kobani" (after "in" elsewhere), "Alawite": not people
            if start == name_start and start > 0 and not self._is_titled(st, start) and \
                    doc[start - 1].lower_ in _PERSON_NOT_AFTER:
                continue  # "near Ar Raqqah", "in Deir ez-Zor": a place the NER took for a person
            if end - start == 1 and start > 0 and doc[start - 1].lower_ == "the" and not self._is_titled(st, start):
                continue  # "the Rhine", "the Pentagon": a person's name does not take "the"
            if start == name_start and start > 0 and doc[start - 1].lower_ in _BODY_NOUNS and doc[start - 1].is_lower:
                self._named_body(st, start, end)
                continue
            full = doc[name_start:end].text.strip()
            full = re.sub(r"['’]s$", "", full).strip()
            name_keys = [k for w in words if w.lower_ not in ("'s", "’s") for k in alias_keys(w.text)] or ["?"]
            surname = name_keys[-1]
            known = st.persons.get(surname)
            if known is not None and len(name_keys) > 1:
                known_keys = alias_keys(known.name)
                if len(known_keys) < 2 or known_keys[0] != name_keys[0]:
                    known = None  # "Laura Bush" after "President Bush": another person
            if known is not None:
                mstart = self._title_start(st, start, name_start)
                st.take(_M(mstart, end, known, "coreference", _CONF["surname"], "surname"))
                continue
            person = self._dictionary_person(st, name_keys, full, titled=start < name_start or self._is_titled(st, start))
            if person is not None:
                # "President Mugabe" → the one known person of that surname
                mstart = self._title_start(st, start, name_start)
                st.persons[surname] = person
                st.take(_M(mstart, end, person, "dictionary", _CONF["surname"], "surname"))
                continue
            if end - name_start == 1 and start == name_start and not self._is_titled(st, start) and (
                    self._is_place(doc[start].text, min_population=50000)):
                continue  # "Jackson" alone, a city the NER took for a person
            if start == name_start and not self._is_titled(st, start) and _common_words(st, doc[start:end]):
                continue  # "Precision Strikes": capitalised common words, not a name
            affiliation, role, sector_actor, mstart = self._affiliation(st, start, name_start, end)
            conf = _CONF["person-affiliated"] if affiliation else _CONF["person"]
            if affiliation is None:
                # "President Obama", "Prime Minister Abadi": a national title alone gives the story's state
                title_keys = {normalize(t.text) for t in doc[mstart:name_start]}
                story = self._acting_country(st, clear=True) if title_keys & _NATIONAL_TITLES else None
                if story:
                    sector_actor = self.dictionary.sector_actor(story, "JUD" if title_keys & _JUDICIAL_TITLES else "GOV")
                    affiliation, role = sector_actor.id, (role or doc[mstart:name_start].text.strip() or None)
                    conf = _CONF["titled-focus"]
            pid = "PERSON_" + re.sub(r"[^A-Z0-9]+", "_", normalize(full).upper()).strip("_")
            actor = Actor(
                id=pid, name=full, kind="person",
                country=sector_actor.country if sector_actor else None,
                sector=sector_actor.sector if sector_actor else None,
                affiliation=affiliation, role=role,
                cameo=sector_actor.cameo if sector_actor else None,
            )
            st.dynamic[pid] = actor
            if len(surname) > 2:
                st.persons[surname] = actor
            # a preceding dictionary mention that is part of the title joins the person mention
            for m in [m for m in st.mentions if m.start >= mstart and m.end <= name_start]:
                st.drop(m)
            st.take(_M(mstart, end, actor, "affiliation" if affiliation else "ner", conf, "person"))
        # later mentions of a surname, whatever NER made of them ("Soleimani" as GPE)
        if st.persons:
            for t in doc:
                if t.i in st.taken or not t.is_title:
                    continue
                person = st.persons.get(normalize(t.text))
                if person is None or _inside_other_entity(doc, t.i, t.i + 1):
                    continue
                st.take(_M(t.i, t.i + 1, person, "coreference", _CONF["surname"], "surname"))

    def _named_body(self, st: _State, start: int, end: int) -> None:
        """A name the NER took for a person after a noun naming a kind of body ("the opposition
        newspaper La Prensa", "the party Ennahda"): a group (an outlet of the press: sector MED) of
        the story's state when the story clearly has one."""
        doc = st.doc
        text = doc[start:end].text.strip()
        noun = doc[start - 1].lower_
        aid = "ORG_" + re.sub(r"[^A-Z0-9]+", "_", normalize(text).upper()).strip("_")
        country = self._acting_country(st, clear=True)
        sector = "MED" if noun in _MEDIA_BODY_NOUNS else None
        actor = st.dynamic.get(aid) or Actor(id=aid, name=text, kind="group", country=country, sector=sector,
                                             cameo=f"{country or ''}{sector or ''}" or None)
        st.dynamic[aid] = actor
        st.take(_M(start, end, actor, "ner", _CONF["ner"], "ner"))

    def _dictionary_person(self, st: _State, name_keys: Sequence[str], text: str, *, titled: bool) -> Actor | None:
        """The known person a name NER (or a title) found stands for: a shipped person by surname
        after a title ("President Museveni") or by first name + surname, even misspelt by a letter
        ("President Laurent Gbago"); an imported person (PETRARCH) by a surname only one person has."""
        d = self.dictionary
        people = d.people_named(name_keys)
        if not people and titled and name_keys and len(name_keys[-1]) >= 6:
            # "President Dos Sontas": a title and a surname misspelt by one letter
            n = len(name_keys)
            for joined, ids in d.surnames.items():
                sk = joined.split(" ")
                if len(sk) <= n and sk[:-1] == list(name_keys[n - len(sk):-1]) and len(sk[-1]) >= 6 \
                        and _one_edit(sk[-1], name_keys[-1]) and (len(sk) == n or len(sk) > 1):
                    people += [d.actors[i] for i in ids if i in d.actors and i in d.person_surnames]
        shipped = [p for p in people if p.id in d.person_surnames]
        if shipped:
            if len(name_keys) == 1 and not titled and " ".join(name_keys) not in {
                    " ".join(alias_keys(f)) for p in shipped for f in d.person_surnames[p.id][1]}:
                return None  # a common surname alone ("Khan", "Rice") needs a title
            return self._known_person(st, shipped, text)
        known_ids = d.surnames.get(name_keys[-1], set()) if name_keys else set()
        person = d.actors.get(next(iter(known_ids))) if len(known_ids) == 1 else None
        if person is not None and (len(name_keys) == 1 or name_keys[0] == alias_keys(person.name)[0]):
            return person
        return None

    def _is_titled(self, st: _State, start: int) -> bool:
        doc = st.doc
        return start > 0 and normalize(doc[start - 1].text) in (_MIL_TITLES | _GOV_TITLES) and doc[start - 1].is_title

    def _title_start(self, st: _State, start: int, name_start: int) -> int:
        doc = st.doc
        i = min(start, name_start)
        while i > 0 and normalize(doc[i - 1].text) in (_MIL_TITLES | _GOV_TITLES) and doc[i - 1].is_title:
            i -= 1
        return i

    def _affiliation(self, st: _State, start: int, name_start: int, end: int) -> tuple[str | None, str | None, Actor | None, int]:
        """(affiliation id, role, the sector actor it implies, mention start) for a person."""
        doc = st.doc
        # title words left of the name: "Gen.", "Syrian President", "Quds Force commander"
        i = min(start, name_start)
        title_tokens: list["Token"] = []
        while i > 0:
            prev = doc[i - 1]
            key = normalize(prev.text)
            if key in ("of", "the") and i > 1 and normalize(doc[i - 2].text) in (_MIL_TITLES | _GOV_TITLES) \
                    and doc[i - 2].is_title:
                title_tokens.insert(0, prev)  # "Secretary of Defense"
                i -= 1
                continue
            if key in (_MIL_TITLES | _GOV_TITLES) and prev.is_title:
                title_tokens.insert(0, prev)
                i -= 1
                continue
            if prev.text in (".",) and i > 1 and normalize(doc[i - 2].text) in _MIL_TITLES:
                i -= 1
                continue
            break
        if i > 1 and doc[i - 1].lower_ in ("'s", "’s") and title_tokens:
            i -= 1  # "Iran's Supreme Leader Ali Khamenei"
        mstart = i
        title = " ".join(t.text for t in title_tokens)
        title_keys = {normalize(t.text) for t in title_tokens}
        before = [m for m in st.mentions if m.end in (i, start) or (m.end <= name_start and m.start < i <= m.end)]
        if before:
            m = max(before, key=lambda m: m.end)
            org = m.actor
            sector = _sector_of_title(title_keys, org)
            actor = self._affiliation_actor(org, sector)
            role = (doc[m.start:name_start].text.strip() or None)
            return actor.id, role, actor, min(mstart, m.start)
        if (name_start, end) in st.bylines:
            rs, re_ = st.bylines[(name_start, end)]
            role_text = doc[rs:re_].text.strip()
            inner = self._mentions_in(st, rs, re_)
            if inner:
                org = _most_specific(inner)
                actor = self._affiliation_actor(org, _sector_of_title({normalize(t.text) for t in doc[rs:re_]}, org))
                return actor.id, role_text, actor, mstart
            return None, role_text, None, mstart
        # "Qassem Soleimani of the Quds Force"
        if end + 1 < len(doc) and doc[end].lower_ == "of":
            j = end + 2 if doc[end + 1].lower_ == "the" else end + 1
            after = next((m for m in st.mentions if m.start == j and m.actor.kind != "state"), None)
            if after is not None:
                actor = self._affiliation_actor(after.actor, _sector_of_title(title_keys, after.actor))
                return actor.id, doc[end:after.end].text, actor, mstart
        # apposition: "Martin Dempsey, chairman of the US Joint Chiefs of Staff,"
        if end < len(doc) - 1 and doc[end].text == ",":
            j = end + 1
            stop = min(len(doc), end + 16)
            while j < stop and doc[j].text not in (",", ".", ";", ")", "(", "—", "--") and not doc[j].is_sent_start:
                j += 1
            role_span = doc[end + 1:j]
            role_keys = {normalize(t.text) for t in role_span}
            # a role reads "chairman of ...", "the head of ...": not "President Obama has ..."
            if role_span and not (role_span[0].is_lower or role_span[0].lower_ in ("the", "a", "an")) \
                    or any(t.ent_type_ == "PERSON" for t in role_span):
                role_span = doc[end:end]
            if role_span and (role_keys & (_MIL_TITLES | _GOV_TITLES | _MIL_ROLE_WORDS | _GOV_ROLE_WORDS)):
                inner = self._mentions_in(st, end + 1, j)
                if inner:
                    org = _most_specific(inner)
                    sector = _sector_of_title(role_keys | title_keys, org)
                    actor = self._affiliation_actor(org, sector)
                    return actor.id, role_span.text, actor, mstart
                if title_keys:
                    return None, role_span.text, None, mstart
        return None, title or None, None, mstart

    def _mentions_in(self, st: _State, start: int, end: int) -> list[Actor]:
        """Actors named between tokens ``start`` and ``end`` (already found, or matched now)."""
        found = [m.actor for m in st.mentions if start <= m.start and m.end <= end]
        if found:
            return found
        k = st.keys
        out: list[Actor] = []
        for i in range(start, end):
            entries = self._entries_at(st, i)
            if not entries:
                pos = k.start_of.get(i)
                if pos is None:
                    continue
                e_end, entries = self.dictionary.names.longest(k.keys, pos, k.last)
                if e_end < 0 or k.token[e_end - 1] >= end:
                    continue
            a = self.dictionary.actors.get(sorted(entries, key=lambda e: e.rank)[0].actor_id)
            if a is not None:
                out.append(a)
        return out

    def _affiliation_actor(self, org: Actor, sector: str | None) -> Actor:
        d = self.dictionary
        if org.id in d.members:
            got = d.get(d.members[org.id])
            if got is not None:
                return got
        if org.kind == "state" and sector:
            return d.sector_actor(org.id, sector)
        return org

    # -- 5: references --------------------------------------------------------------------
    def _references(self, st: _State) -> None:
        doc, k, d = st.doc, st.keys, self.dictionary
        sent_of = {t.i: n for n, s in enumerate(doc.sents) for t in s} if doc.has_annotation("SENT_START") else {}
        for pos, end, entries in k.matches(d.references):
            ts, te = k.token[pos], k.token[end - 1] + 1
            # "the group" only when it starts a noun phrase: not "the group's ..." is fine, "the group of" skipped
            if not st.free(ts, te) or (te + 1 < len(doc) and doc[te].lower_ == "of" and doc[te + 1].tag_ != "VBG"):
                continue
            category = entries[0].value
            target, conf = self._antecedent(st, ts, category, sent_of)
            if target is not None:
                st.take(_M(ts, te, target, "coreference", conf, "reference"))

    def _antecedent(self, st: _State, at: int, category: str, sent_of: dict[int, int]) -> tuple[Actor | None, float]:
        here = sent_of.get(at, 0)
        prior = sorted((m for m in st.mentions if m.end <= at), key=lambda m: m.start)
        if category == "coalition":
            found = [m.actor for m in prior if m.actor.kind == "coalition"] or \
                    [a for a in st.dynamic.values() if a.kind == "coalition"]
            ids = {a.id for a in found}
            if len(ids) == 1:
                return found[-1], _CONF["reference"]
            if not ids and self._conflict(st):  # a coalition the text never introduced with its leader
                generic = st.dynamic.setdefault("COALITION", Actor(
                    id="COALITION", name="coalition", kind="coalition", country="IGO", sector="MIL",
                    cameo="IGOMIL"))
                return generic, _CONF["reference-weak"]
            return None, 0.0
        window = [m for m in prior if here - sent_of.get(m.start, 0) <= 2
                  and m.actor.kind == "armed-group" and m.how != "context"]
        if not window:
            return None, 0.0
        ids = [m.actor.id for m in window]
        if len(set(ids)) == 1:
            return window[-1].actor, _CONF["reference"]
        # several groups: the most recent one if it is in this or the previous sentence and is
        # named at least as often in the window as any other
        last = window[-1]
        counts = Counter(ids)
        others = [n for aid, n in counts.items() if aid != last.actor.id]
        if here - sent_of.get(last.start, 0) <= 1 and counts[last.actor.id] > max(others):
            return last.actor, _CONF["reference-weak"]
        return None, 0.0

    # -- 6: sector nouns alone -----------------------------------------------------------
    def _standalone_sectors(self, st: _State, story: str | None) -> None:
        doc, k, d = st.doc, st.keys, self.dictionary
        for pos, end, entries in k.matches(d.standalone):
            ts, te = k.token[pos], k.token[end - 1] + 1
            if not st.free(ts, te):
                continue
            code = entries[0].value
            if self._inside_name(st, ts):
                pos = end  # inside a proper name: "Korean People's Army" is not "the army"
                continue
            if ts > 0 and doc[ts - 1].lower_ in ("its", "their"):
                pos = end  # "its navy": the state just named (the generic pass)
                continue
            # "Assad's army": a person's or group's possessive gives the country
            owner = None
            if ts >= 2 and doc[ts - 1].lower_ in ("'s", "’s"):
                owner = next((m for m in st.mentions if m.end == ts - 1), None)
            if owner is not None and owner.actor.kind in ("armed-group", "coalition", "igo"):
                st.take(_M(ts, te, owner.actor, "coreference", _CONF["reference"], "sector"))
                continue
            if owner is not None and owner.actor.country and owner.actor.country in d.actors:
                actor = d.sector_actor(owner.actor.country, code)
                st.drop(owner)
                st.take(_M(owner.start, te, actor, "affiliation", _CONF["person-affiliated"], "sector"))
                continue
            # "the Government of Iraq", "the armed forces of Iraq"; "the regime of <a leader>"
            of, state = self._of_state(st, te)
            if of is not None:
                st.drop(of)
                st.take(_M(ts, of.end, d.sector_actor(state, code), "sector", _CONF["sector"], "sector"))
                continue
            # militias of a document that named backed militias are those militias
            if code == "PRM":
                backed = [a for a in st.dynamic.values() if a.patron and a.sector == "PRM"]
                if len({a.id for a in backed}) == 1:
                    left = ts
                    while left > 0 and normalize(doc[left - 1].text) in _PATRON_MODIFIERS and (left - 1) not in st.taken:
                        left -= 1
                    st.take(_M(left, te, backed[0], "coreference", _CONF["reference"], "reference"))
                    continue
            # skip modifiers of another noun ("police station", "army base")
            if te < len(doc) and doc[ts:te].root.dep_ in ("compound", "amod") and doc[te].pos_ in ("NOUN", "PROPN"):
                continue
            # "the South Korean puppet military": a demonym a few lower-case modifiers before
            i = ts - 1
            while i >= 0 and ts - i <= 3 and i not in st.taken and doc[i].is_lower and doc[i].pos_ in ("ADJ", "NOUN"):
                i -= 1
            owner = next((m for m in st.mentions if m.end == i + 1 and i < ts - 1 and m.actor.kind == "state"
                          and m.form == "demonym" and m.confidence > _CONF["locative"]), None) if i >= 0 else None
            if owner is not None:
                st.drop(owner)
                st.take(_M(owner.start, te, d.sector_actor(owner.actor.id, code), "sector", _CONF["demonym"], "sector"))
            elif story:
                # "rival militias in Tripoli": the state the sentence places the noun in, else the story's
                country, _ = self._scope(st, ts, te, code, story)
                st.take(_M(ts, te, d.sector_actor(country or story, code), "context", _CONF["context"], "sector"))

    def _of_state(self, st: _State, te: int) -> tuple["_M | None", str | None]:
        """The mention right after "of" at token ``te`` that names a state ("of Iraq") or a person
        the dictionary places ("of Bashar al-Assad"), with that state's id."""
        if te + 1 >= len(st.doc) or st.doc[te].lower_ != "of":
            return None, None
        for m in st.mentions:
            if m.start != te + 1:
                continue
            if m.actor.kind == "state":
                return m, m.actor.id
            if m.actor.kind == "person" and m.actor.country in self.dictionary.actors:
                return m, m.actor.country
        return None, None

    def _inside_name(self, st: _State, ts: int) -> bool:
        """True when token ``ts`` continues a capitalised name ("People's Army", "Public Security")."""
        doc = st.doc
        if doc[ts].ent_type_ in ("ORG", "FAC", "NORP", "WORK_OF_ART", "EVENT") and doc[ts].ent_iob_ == "I":
            return True
        if not doc[ts].is_title or doc[ts].is_sent_start or ts == 0:
            return False
        p = ts - 1
        if doc[p].lower_ in ("'s", "’s") and p > 0:
            p -= 1
        return doc[p].is_title and p not in st.taken and doc[p].ent_type_ != "PERSON"

    # -- 6b: common nouns naming unnamed actors -------------------------------------------
    def _generic(self, st: _State, story: str | None) -> None:
        """"civilians", "26 people", "gunmen", "fighter aircraft", "the country", "its navy": a sector
        of the state the sentence points to (a same-sector mention nearby, a state or place after "in"),
        else of the story's state at lower confidence, else a countryless sector actor."""
        doc, k, d = st.doc, st.keys, self.dictionary
        pos = 0
        while pos < len(k.keys):
            if not k.first[pos] or k.keys[pos] is None:
                pos += 1
                continue
            ts = k.token[pos]
            key = k.keys[pos]
            # "its navy", "their troops": the sector of the state (or the group) just named
            if key in ("its", "their") and pos + 1 < len(k.keys) and st.free(ts, ts + 1):
                end, entries = d.sectors.longest(k.keys, pos + 1, k.last)
                if end > 0 and st.free(ts, k.token[end - 1] + 1):
                    te = k.token[end - 1] + 1
                    owner = self._recent(st, ts, ("state", "state-sector", "armed-group", "coalition"))
                    if owner is not None:
                        code = entries[0].value
                        if owner.kind in ("armed-group", "coalition"):
                            actor = owner
                        else:
                            actor = d.sector_actor(owner.id if owner.kind == "state" else owner.country or "", code)
                        st.take(_M(ts, te, actor, "coreference", _CONF["reference"], "reference"))
                        pos = end
                        continue
            # "both countries", "the two governments": the last two states named
            both = 2 if tuple(k.keys[pos:pos + 2]) in _BOTH_STATES else (
                3 if tuple(k.keys[pos:pos + 3]) in _BOTH_STATES else 0)
            if both and k.token[pos + both - 1] + 1 <= len(doc) and st.free(ts, k.token[pos + both - 1] + 1):
                te = k.token[pos + both - 1] + 1
                pair = self._last_states(st, ts, 2)
                if len(pair) == 2:
                    sector = "GOV" if k.keys[pos + both - 1] == "governments" else None
                    for state in pair:
                        actor = d.sector_actor(state.id, sector) if sector else state
                        st.take(_M(ts, te, actor, "coreference", _CONF["reference"], "reference"))
                    pos += both
                    continue
            # "the country", "the country's parliament"
            if pos + 1 < len(k.keys) and (key, k.keys[pos + 1]) in _STATE_REFERENCES:
                te = k.token[pos + 1] + 1
                if st.free(ts, te) and not (te < len(doc) and doc[te].pos_ in ("NOUN", "PROPN")
                                             and doc[te].lower_ not in ("'s", "’s")):
                    state = self._recent(st, ts, ("state",), sentences=2)
                    conf = _CONF["reference"]
                    if state is None and story:
                        state, conf = d.actors.get(story), _CONF["generic-focus"]
                    if state is not None:
                        actor, end_tok = state, te
                        if te + 1 < len(doc) and doc[te].lower_ in ("'s", "’s"):
                            s_end, s_entries = d.sectors.longest(k.keys, pos + 3, k.last) if pos + 3 < len(k.keys) \
                                else (-1, [])
                            if s_end > 0:
                                actor = d.sector_actor(state.id, s_entries[0].value)
                                end_tok = k.token[s_end - 1] + 1
                        st.take(_M(ts, end_tok, actor, "coreference", conf, "reference"))
                        pos += 2
                        while pos < len(k.keys) and k.token[pos] < end_tok:
                            pos += 1
                        continue
            end, entries = d.generic.longest(k.keys, pos, k.last)
            if end < 0:
                pos += 1
                continue
            te = k.token[end - 1] + 1
            if not st.free(ts, te) or not self._generic_ok(st, ts, te, k.keys[pos:end]):
                pos = end
                continue
            code = entries[0].value
            start = ts
            while start > 0 and (start - 1) not in st.taken and (
                    doc[start - 1].like_num or (doc[start - 1].lower_ in _QUANTITY_WORDS and (
                        doc[start - 1].lower_ in _QUANTITY_NOUNS or start < ts
                        or doc[start].like_num or doc[start].lower_ in _QUANTITY_NOUNS
                        or (doc[start - 1].lower_ == "of" and start >= 2 and (
                            doc[start - 2].lower_ in _QUANTITY_NOUNS or doc[start - 2].like_num))))
                    or (doc[start - 1].lower_ in _PEOPLE_ADJECTIVES
                        and (doc[start - 1].pos_ == "ADJ" or not doc[start - 1].lower_.endswith("ed")))):
                start -= 1
            while start < ts and doc[start].lower_ in ("of", "to", "than", "up", "an"):
                start += 1
            noun = " ".join(w for w in k.keys[pos:end] if w and w not in ("the", "a", "an"))
            modifiers = {normalize(t.text) for t in doc[max(0, start - 2):ts]}
            if modifiers & _SUPRANATIONAL and not (doc[start].lower_ in ("the", "a", "an") and start < ts - 2):
                # "Western hostages", "foreign fighters": not the story's people, nor the place's
                country, conf = None, _CONF["generic-none"]
                if start > 0 and normalize(doc[start - 1].text) in _SUPRANATIONAL and (start - 1) not in st.taken:
                    start -= 1
            elif code in _STATE_SECTORS and (of_state := self._of_state(st, te)[1]) is not None:
                country, conf = of_state, _CONF["sector"]  # "the regime of <a leader>"
            else:
                # "local fighters": the place's, never just the story's
                fallback = None if "local" in modifiers else (
                    self._acting_country(st) if code in _STATE_SECTORS else story)
                country, conf = self._scope(st, start, te, code, fallback)
            earlier = st.generic_seen.get((noun, code))
            how = "context"
            if doc[start].lower_ in ("the", "this", "that") and earlier is not None and conf < earlier[1]:
                # "a Chinese submarine ... the submarine": the one named before
                country, conf, how = earlier[0], round(min(_CONF["reference"], earlier[1]) * 0.9, 2), "coreference"
            elif country and conf >= _CONF["generic-place"]:
                st.generic_seen[(noun, code)] = (country, conf)
            if country:
                actor = d.sector_actor(country, code)
            else:
                kind = "armed-group" if code in ("REB", "PRM") else ("state-sector" if code in _STATE_SECTORS else "group")
                actor = st.dynamic.setdefault(code, Actor(id=code, name=SECTOR_NAMES.get(code, code.lower()),
                                                          kind=kind, sector=code, cameo=code))
            st.take(_M(start, te, actor, how, conf, "generic"))
            pos = end

    def _generic_ok(self, st: _State, ts: int, te: int, keys: Sequence[str | None]) -> bool:
        """A common noun that names people or forces here: not part of a name, not a modifier
        ("police station"), "people" only with a number or a telling adjective ("26 people")."""
        doc = st.doc
        if self._inside_name(st, ts) or _shouting(_sentence(doc, ts)):
            return False
        head = doc[te - 1]
        if head.pos_ and head.pos_ not in ("NOUN", "PROPN", "PRON"):
            return False
        if head.dep_ not in _GENERIC_DEPS and head.dep_ not in ("compound",):
            return False
        if te < len(doc) and head.dep_ in ("compound", "amod") and doc[te].pos_ in ("NOUN", "PROPN"):
            return False
        if te < len(doc) and doc[te].text in _HYPHENS:
            return False  # "police-run", "civilian-led"
        if doc[ts].is_title and not doc[ts].is_sent_start and ts > 0 and doc[ts - 1].is_title:
            return False  # "Workers' Party", "Free Syrian Army Soldiers"
        if tuple(keys) == ("people",):
            prev = doc[ts - 1] if ts > 0 else None
            if prev is None or not (prev.like_num or prev.lower_ in _QUANTITY_WORDS | _PEOPLE_ADJECTIVES):
                return False
        return True

    def _recent(self, st: _State, at: int, kinds: tuple[str, ...], sentences: int = 1) -> Actor | None:
        """The actor of the nearest mention of one of ``kinds`` before ``at``, in this sentence or the
        ``sentences`` before it: the subject of this sentence first ("Libya offered Britain two of its
        nationals"), then names before demonyms, locative mentions ("in Iraq") only when nothing else
        is there."""
        here = self._sent_no(st, at)
        prior = [m for m in st.mentions if m.end <= at and m.actor.kind in kinds
                 and here - self._sent_no(st, m.start) <= sentences]
        if not prior:
            return None
        subjects = [m for m in prior if self._sent_no(st, m.start) == here and _is_subject(st.doc, m.start, m.end)]
        if subjects:
            return max(subjects, key=lambda m: m.start).actor
        for floor in (_CONF["metonym"], _CONF["locative"]):
            firm = [m for m in prior if m.confidence > floor]
            if firm:
                return max(firm, key=lambda m: m.start).actor
        return max(prior, key=lambda m: m.start).actor

    def _last_states(self, st: _State, at: int, n: int, sentences: int = 2) -> list[Actor]:
        """The last ``n`` distinct states named (as states or their sectors) before token ``at`` in
        this sentence or the ``sentences`` before it, most recent first."""
        here = self._sent_no(st, at)
        out: list[Actor] = []
        for m in sorted((m for m in st.mentions if m.end <= at), key=lambda m: -m.start):
            if here - self._sent_no(st, m.start) > sentences:
                break
            state = m.actor if m.actor.kind == "state" else (
                self.dictionary.actors.get(m.actor.country or "") if m.actor.kind == "state-sector" else None)
            if state is not None and state.kind == "state" and state not in out:
                out.append(state)
            if len(out) == n:
                break
        return out

    def _sent_no(self, st: _State, i: int) -> int:
        if not st.sent_of and st.doc.has_annotation("SENT_START"):
            st.sent_of = {t.i: n for n, sent in enumerate(st.doc.sents) for t in sent}
        return st.sent_of.get(i, 0)

    def _scope(self, st: _State, start: int, end: int, code: str, story: str | None) -> tuple[str | None, float]:
        """(country, confidence) for a sector noun at tokens [start, end)."""
        doc = st.doc
        here = self._sent_no(st, start)
        # "the Government of Iraq": the state after "of"
        j = end + 1 if end < len(doc) and doc[end].lower_ == "of" else -1
        if 0 < j < len(doc) and doc[j].lower_ == "the":
            j += 1
        of = next((m for m in st.mentions if m.start == j and m.actor.kind == "state"), None) if j > 0 else None
        if of is not None:
            return of.actor.id, _CONF["sector"]
        # "a Chinese nuclear-powered submarine": a demonym among the noun's modifiers
        i = start - 1
        while i >= 0 and start - i <= 4 and i not in st.taken and (
                (doc[i].is_lower and not doc[i].is_stop and (
                    doc[i].pos_ not in ("VERB", "AUX", "ADP", "PRON", "DET", "CCONJ", "SCONJ")
                    or (i > 0 and doc[i - 1].text in _HYPHENS)))
                or doc[i].text in _HYPHENS or doc[i].like_num):
            i -= 1
        if i >= 0 and i <= start - 1 and doc[start].lower_ not in ("the", "a", "an", "this", "that"):
            owner = next((m for m in st.mentions if m.end == i + 1 and m.actor.kind == "state"
                          and m.confidence > _CONF["locative"]), None)
            if owner is not None and not _after_place_word(doc, owner.start):
                return owner.actor.id, _CONF["demonym"]
        # "South Korean army officers": a state body named just before, as the noun's modifier
        body = next((m for m in st.mentions if m.end == start and m.actor.kind == "state-sector"
                     and m.actor.country and m.how != "context"), None)
        if body is not None and doc[start - 1].dep_ in ("compound", "amod") and doc[start - 1].head.i >= start:
            return body.actor.country, _CONF["demonym"]
        if code in _STATE_SECTORS:
            # "France is ready to contribute 4,000 troops ... in Liberia": the state the sentence is about
            subj = [m for m in st.mentions if m.actor.kind == "state" and self._sent_no(st, m.start) == here
                    and _is_subject(doc, m.start, m.end)]
            if subj:
                return min(subj, key=lambda m: abs(m.start - start)).actor.id, _CONF["generic-place"]
        if code in ("MIL", "COP", "SPY", "GOV"):
            # "U.S. military forces ... with fighter aircraft": the same sector named just before
            near = [m for m in st.mentions if m.actor.kind == "state-sector" and m.actor.sector == code
                    and m.how != "context" and 0 <= here - self._sent_no(st, m.start) <= 1 and m.end <= start]
            if near:
                return max(near, key=lambda m: m.start).actor.country, _CONF["generic-near"]
        sent = _sentence(doc, start)
        placed: list[tuple[int, str]] = []
        for m in st.mentions:
            if not (sent.start <= m.start < sent.end) or m.actor.kind != "state":
                continue
            if _after_place_word(doc, m.start):
                placed.append((m.start, m.actor.id))
        if not placed and self.gazetteer is not None:
            for ent in sent.ents:
                if ent.label_ in ("GPE", "LOC") and st.free(ent.start, ent.end) and _after_place_word(doc, ent.start):
                    named = {m.actor.country for m in st.mentions if m.actor.kind in ("state", "state-sector")
                             and m.actor.country and not (m.start < ent.end and ent.start < m.end)}
                    iso3 = self._place_country(ent.text, prefer=named)
                    if iso3:
                        placed.append((ent.start, iso3))
        countries = {c for _, c in placed}
        if len(countries) == 1:
            return placed[0][1], _CONF["generic-place"]
        if placed:  # several: the nearest after the noun ("civilians in Yemen"), else before
            after = [p for p in placed if p[0] >= end]
            return (min(after)[1] if after else max(placed)[1]), _CONF["generic-place"]
        if story:
            return story, _CONF["generic-focus"]
        return None, _CONF["generic-none"]

    def _place_country(self, name: str, prefer: set[str] | frozenset[str] = frozenset()) -> str | None:
        """ISO-3 country of the best-known gazetteer place called ``name`` (None without a gazetteer);
        among places of that name, one in a country of ``prefer`` (the states the text names: "Tripoli
        ... the north Lebanese port") first."""
        if self.gazetteer is None:
            return None
        try:
            places = self.gazetteer.lookup(name)
        except Exception as exc:  # a broken gazetteer must not stop actor resolution
            log.debug("gazetteer lookup failed for %r: %s", name, exc)
            return None
        if not places or not places[0].country:
            return None
        if self._iso3 is None:
            import pycountry

            self._iso3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
            self._iso3["XK"] = "XKX"
        codes = [self._iso3.get((p.country or "").upper()) for p in places]
        # only a namesake of comparable size competes ("Tripoli", Lebanon; not "Paris", Texas)
        top = places[0].population or 0
        iso3 = next((c for c, p in zip(codes, places) if c and c in prefer
                     and (p.population or 0) >= max(50000, top // 10)), codes[0])
        return iso3 if iso3 in self.dictionary.actors else None

    def _is_place(self, text: str, *, min_population: int = 1000) -> bool:
        """True when the gazetteer (if given) has a populated place of exactly this name."""
        if self.gazetteer is None:
            return False
        from .gazetteer import normalize_name

        key = normalize_name(text)
        try:
            places = self.gazetteer.lookup(text)
        except Exception as exc:
            log.debug("gazetteer lookup failed for %r: %s", text, exc)
            return False
        return any(p.feature_class in ("P", "A") and p.population >= min_population
                   and normalize_name(p.name) == key for p in places[:3])

    def _disambiguate(self, st: _State, entry: _Entry) -> Actor | None:
        """The actor an ambiguous name stands for in this document ("Korean", "Congo", "Georgia")."""
        d = self.dictionary
        spec = d.ambiguous.get(entry.value)
        if spec is None:
            return d.actors.get(entry.actor_id)
        named = st.named
        cands = [c for c in spec.get("candidates", ()) if c in d.actors]
        if not cands:
            return None
        requires = set(spec.get("requires") or ())
        if requires and not named & requires:
            return None
        rivals = set(spec.get("rivals") or ())
        if named & rivals and not named & set(cands):
            return None  # "Georgia" in a US story: the state, not the country
        chosen = [c for c in cands if c in named]
        return d.actors[chosen[0] if len(chosen) == 1 else cands[0]]

    # -- 7: NER leftovers ----------------------------------------------------------------
    def _ner(self, st: _State) -> None:
        doc = st.doc
        # a misspelt country ("Ethopia", "Afganistan"): a one-word place/group entity, or a proper noun
        # outside any entity
        for t in doc:
            if not t.is_title or not t.is_alpha or t.i in st.taken:
                continue
            alone = t.ent_iob_ == "B" and (t.i + 1 == len(doc) or doc[t.i + 1].ent_iob_ != "I")
            if not ((alone and t.ent_type_ in ("GPE", "LOC", "NORP", "ORG"))
                    or (not t.ent_type_ and t.pos_ == "PROPN")):
                continue
            if (t.i + 1 < len(doc) and doc[t.i + 1].is_title) or (
                    t.i > 0 and not t.is_sent_start and doc[t.i - 1].is_title):
                continue  # part of a longer name: "Liberal Democrats", "Finding Neverland"
            state = self.dictionary.fuzzy_state(t.text)
            if state is not None and not _shouting(_sentence(doc, t.i)):
                st.take(_M(t.i, t.i + 1, state, "dictionary", _CONF["metonym"], "fuzzy"))
        for ent in doc.ents:
            if ent.label_ not in ("ORG", "NORP", "GPE") or not st.free(ent.start, ent.end):
                continue
            if _shouting(_sentence(doc, ent.start)) or (len(ent) == 1 and ent.text.isupper() and len(ent.text) > 3):
                continue  # headlines and shouted words, not names
            if ent.label_ == "NORP" and (ent.root.dep_ in ("amod", "compound") or ent.root.pos_ == "ADJ"
                                         or ent.root.tag_ in ("JJ", "NNP")):
                continue  # "Kurdish", "Western", "Sunni": attributes, not actors (plural "Kurds" stays)
            if ent.label_ == "GPE":
                # a place name acting as an actor: "Kabul said", "Pyongyang warned"
                if ent.root.dep_ != "nsubj" or ent.root.head.lemma_ not in _AGENT_VERBS:
                    continue
                kind = "other"
            else:
                if _after_locative(doc, ent.start):
                    continue
                if len(ent) == 1 and ent.root.dep_ == "compound" and ent.end < len(doc) and doc[ent.end].is_lower:
                    continue  # "the Herat governor": a place naming an office
                if len(ent) == 1 and normalize(ent.text) in _TITLE_WORDS:
                    continue  # "State" of "Secretary of State"
                words = {normalize(t.text) for t in ent}
                if not words & _ARMED_ORG_WORDS and not ent.text.isupper() and (
                        self._is_place(re.sub(r"^(the|The)\s+", "", ent.text))
                        or _common_words(st, ent)):
                    continue  # "al-Alam" (a town the NER took for an organisation), "Precision Strikes"
                kind = "armed-group" if words & _ARMED_ORG_WORDS else "group"
            text = re.sub(r"^(the|The)\s+", "", ent.text).strip()
            if not text or not any(c.isalpha() for c in text):
                continue
            start = ent.start + (1 if ent[0].lower_ == "the" else 0)
            aid = f"{ent.label_}_" + re.sub(r"[^A-Z0-9]+", "_", normalize(text).upper()).strip("_")
            country = None
            if ent.label_ == "ORG":  # "Baghdad University", "Afghan Women's Network": a country inside
                inner = [a for a in self._mentions_in(st, start, ent.end) if a.kind in ("state", "state-sector")]
                country = (inner[0].id if inner[0].kind == "state" else inner[0].country) if inner else None
                if country is None and words & _NATIONAL_BODY_WORDS:
                    # "the National Elections Committee", "the Liberal Democratic Party": a body of the
                    # story's state when the story clearly has one
                    country = self._acting_country(st, clear=True)
            actor = st.dynamic.get(aid) or Actor(id=aid, name=text, kind=kind, country=country)
            st.dynamic[aid] = actor
            st.take(_M(start, ent.end, actor, "ner", _CONF["ner"], "ner"))

    # -- story country -------------------------------------------------------------------
    def _rank_states(self, st: _State) -> list[str]:
        """States named in the document (names, demonyms, sectors), most often named first."""
        k, d = st.keys, self.dictionary
        counts: Counter[str] = Counter()
        for pos, end, entries in k.matches(d.names):
            if any(e.form == "ambiguous" for e in entries):
                continue  # "Korea", "Congo": decided by the other names, not counted with them
            for e in entries:
                a = d.actors.get(e.actor_id)
                if a is not None and a.kind in ("state", "state-sector") and a.country in d.actors:
                    st.named.add(a.country if a.kind == "state-sector" else a.id)
                if a is not None and e.form != "metonym" and a.kind in ("state", "state-sector") and a.country in d.actors:
                    counts[a.country if a.kind == "state-sector" else a.id] += 1
                    break
        return [c for c, _ in counts.most_common()]

    def _story_country(self, st: _State) -> str | None:
        return self._dominant_country(st, exclude=set())

    def _acting_country(self, st: _State, *, clear: bool = False) -> str | None:
        """The story's state among those named as actors, not as places ("in Iraq"): whose officials
        and forces a title or a bare "troops" most likely stand for. ``clear``: the only state named, or
        one named at least twice and more often than any other."""
        if clear:
            return self._dominant_country(st, exclude=set(), acting=True, clear=True)
        return self._dominant_country(st, exclude=set(), acting=True) or self._story_country(st)

    def _dominant_country(self, st: _State, exclude: set[str], acting: bool = False,
                          clear: bool = False) -> str | None:
        counts: Counter[str] = Counter()
        first: dict[str, int] = {}
        for m in st.mentions:
            if acting and (m.confidence <= _CONF["locative"] or m.actor.kind == "person"):
                continue
            c = m.actor.id if m.actor.kind == "state" else (
                m.actor.country if m.actor.kind == "state-sector" and m.how != "context" else None)
            if c and c in self.dictionary.actors and c not in exclude and self.dictionary.actors[c].kind == "state":
                counts[c] += 1
                first.setdefault(c, m.start)
        if not counts:
            return None
        if clear:
            top = counts.most_common(2)
            if len(top) > 1 and (top[0][1] < 2 or top[1][1] >= top[0][1]):
                return None
        return max(counts, key=lambda c: (counts[c], -first[c]))

    # -- output --------------------------------------------------------------------------
    def _emit(self, document: Document, st: _State) -> list[ActorMention]:
        from .annotate import sentence_index

        doc = st.doc
        out: list[ActorMention] = []
        sents = list(doc.sents) if doc.has_annotation("SENT_START") else []
        sent_starts = [s.start for s in sents]
        for m in sorted(st.mentions, key=lambda m: (m.start, m.end)):
            span = doc[m.start:m.end]
            start, end = span.start_char, span.end_char
            if document.sentences:
                sentence = sentence_index(document, start)
            elif sent_starts:
                sentence = _bisect(sent_starts, m.start)
            else:
                sentence = 0
            out.append(ActorMention(doc_id=document.id, sentence=sentence, start=start, end=end,
                                    text=document.text[start:end], actor=m.actor, how=m.how,
                                    confidence=round(m.confidence, 2)))
        return out


# ------------------------------------------------------------------------------------------
# helpers
# ------------------------------------------------------------------------------------------

def _sentence(doc: "Doc", i: int) -> "SpacySpan":
    """The sentence of token ``i``, or the whole doc when sentences are not set."""
    if doc.has_annotation("SENT_START"):
        return doc[i].sent
    return doc[:]


def _bisect(starts: list[int], i: int) -> int:
    lo, hi = 0, len(starts)
    while lo < hi:
        mid = (lo + hi) // 2
        if starts[mid] <= i:
            lo = mid + 1
        else:
            hi = mid
    return max(0, lo - 1)


def _shouting(sent: "SpacySpan") -> bool:
    words = [t.text for t in sent if t.is_alpha and len(t.text) > 1]
    return len(words) >= 4 and sum(w.isupper() for w in words) / len(words) > 0.6


_DIRECTIONS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
               "outskirts", "suburbs", "heart", "centre", "center", "outside", "parts", "rest", "capital",
               "borders", "border", "edge"}
_COMMUNICATION = {"support", "aid", "help", "assistance", "backing", "funding", "message", "call", "pressure",
                  "warning", "request", "demand", "letter", "response", "signal", "appeal", "order", "offer",
                  "proposal", "threat", "criticism", "reply", "overture", "ultimatum", "approval", "orders"}


def _after_locative(doc: "Doc", start: int) -> bool:
    """True when the name at ``start`` is the object of a place preposition ("in Iraq", "north of
    Baghdad"); "of", "between", "from" and "to" alone do not make a place ("the government of Iraq")."""
    i = start - 1
    while i >= 0 and doc[i].lower_ in ("the", "northern", "southern", "eastern", "western", "central"):
        i -= 1
    if i < 0:
        return False
    prev = doc[i].lower_
    if prev == "of" and i > 0 and doc[i - 1].lower_ in _DIRECTIONS:
        return True
    return prev in _LOCATIVE and prev not in ("of", "between", "from", "to")


def _place_like(doc: "Doc", start: int, end: int) -> bool:
    """A capital used as a place: after a place preposition, also as a later conjunct ("from
    Damascus and Baghdad to Paris, Brussels and Ankara"), or in a dateline ("Washington, DC")."""

    def at(i: int) -> bool:
        if _after_locative(doc, i):
            return True
        # "from Damascus", "to Paris" are places, but "support from Tehran" is Iran's support
        return i > 0 and doc[i - 1].lower_ in ("from", "to") and (
            i < 2 or not {doc[i - 2].lemma_.lower(), doc[i - 2].lower_} & _COMMUNICATION)

    if end < len(doc) and doc[end].lower_ in ("'s", "’s"):
        return False  # "bowed to Moscow's will": the state's, not a place
    if end + 1 < len(doc) and doc[end].text in _HYPHENS and doc[end + 1].lower_ in ("based", "born", "area", "bound"):
        return True  # "Paris-based Euronext"
    if at(start):
        return True
    if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].text.replace(".", "") in ("DC", "D C"):
        return True
    tok = doc[start:end].root
    seen = 0
    while tok.dep_ == "conj" and tok.head.i != tok.i and seen < 10:
        tok = tok.head
        seen += 1
    return seen > 0 and at(tok.i)


def _after_place_word(doc: "Doc", start: int) -> bool:
    """True when a place preposition comes just before ``start``, past articles and adjectives
    ("in northwestern Yemen", "across the country")."""
    j = start - 1
    while j >= 0 and start - j <= 3:
        low = doc[j].lower_
        if low in _PLACE_PREPOSITIONS:
            return True
        if not (low in ("the", "a", "an") or (doc[j].is_lower and doc[j].pos_ in ("ADJ", "")) or low.endswith("ern")):
            return False
        j -= 1
    return False


def _is_subject(doc: "Doc", start: int, end: int) -> bool:
    """True when the span's head is the (passive) subject of its clause (needs a parse)."""
    return doc[start:end].root.dep_ in ("nsubj", "nsubjpass")


def _common_words(st: "_State", span: "SpacySpan") -> bool:
    """True when a capitalised phrase of two or more words is made of words the document also uses
    in lower case ("Precision Strikes" beside "precision strikes"): a heading, not a name."""
    words = [t for t in span if t.is_alpha]
    if len(words) < 2 or any(t.is_upper for t in words):
        return False
    if st.lower_words is None:
        st.lower_words = {t.lower_ for t in st.doc if t.is_lower and t.is_alpha}
    lower = st.lower_words
    return all(t.lower_ in lower or t.is_stop for t in words) and any(not t.is_stop for t in words)


def _inside_other_entity(doc: "Doc", start: int, end: int) -> bool:
    """True when tokens [start, end) are part of a longer non-person entity ("Sadr City", "the Nelson
    Mandela Foundation"), titles aside ("President Putin" tagged ORG is still the person)."""
    return any(ent.label_ not in ("PERSON", "NORP") and ent.start <= start and end <= ent.end
               and any(normalize(t.text) not in _TITLE_WORDS and not t.is_punct
                       for t in (*doc[ent.start:start], *doc[end:ent.end]))
               for ent in doc.ents)


def _looks_adjectival(word: str) -> bool:
    return len(word) > 4 and word.lower().endswith(("ite", "ian", "ish", "ese", "ic", "ist", "ites", "ians"))


def _used_as_place(doc: "Doc", lower: str) -> bool:
    """True when the word follows a locative preposition somewhere in the document."""
    for t in doc:
        if t.lower_ != lower or t.i == 0:
            continue
        prev = doc[t.i - 1].lower_
        if prev in ("in", "at", "near", "around", "outside", "inside", "into", "from", "to", "toward", "towards"):
            return True
        if prev in ("for", "of") and t.i > 1 and doc[t.i - 2].lower_ in _PLACE_CONTESTS:
            return True  # "the battle for Kobani", "the siege of Kobani"
    return False


def _sector_of_title(keys: set[str], org: Actor) -> str | None:
    if keys & {"chiefs", "army", "military", "commander", "general", "gen", "col", "colonel", "lt",
               "maj", "brig", "adm", "admiral", "forces", "navy", "marine", "marines", "staff"}:
        return "MIL"
    if keys & _GOV_TITLES or keys & _GOV_ROLE_WORDS:
        return "GOV"
    if org.kind == "state":
        return "GOV"
    return None


def _most_specific(actors: list[Actor]) -> Actor:
    for kinds in (("state-sector",), ("armed-group", "igo", "ngo", "group", "coalition"), ("state",)):
        for a in actors:
            if a.kind in kinds:
                return a
    return actors[0]
