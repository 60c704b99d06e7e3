"""Geoparsing: toponyms in a parsed document → resolved ``PlaceMention``s; an event → its place.

``Geoparser(gazetteer, settings=...)`` is called as ``geoparser(document, doc, actor_mentions)``:

1. **Recognition.** spaCy entities GPE, LOC and FAC are toponyms; an ORG or PERSON entity is one
   only when the gazetteer knows the name and the context says place ("in", "near", "town of",
   "province"...) or the place lies in a country the article is about (spaCy tags "al-Alam" as
   ORG). Capitalised proper-noun runs the NER missed are matched against the gazetteer under the
   same conditions; months, weekdays, demonyms (NORP), people and actor mentions are never places.
   An institution named after a place keeps the place ("Guernsey County Common Pleas Court",
   "Rapides Parish Fire District"); region abbreviations keep their full stop ("W.Va.").
2. **Resolution.** Each toponym's candidates are scored by prior (population, feature code:
   country, region, capital...), the article's country focus (countries named, demonyms, capitals),
   its regions, a qualifier right after the name ("Paris, Texas"; "Sinjar in Syria"), and distance
   to the article's other places. Two passes: the first fixes unambiguous places and the focus,
   the second resolves the rest with it. "X state" / "the state of X" means the region; a country
   or region of that very name outranks a town known by it only as an alternate name ("Mexico");
   an unknown name resolves through the known name inside it ("Port of Los Angeles"), never
   through a street's or a river's ("Main Street", "Kish River"). The word "capital" of a stated
   country ("Yemen's capital", "the capital of Kenya", "the Afghan capital") is a mention of that
   country's capital (GeoNames PPLC), unless the capital is named right after it.
3. ``event_place(doc, trigger_i, place_mentions)`` picks where an event happened, from the
   dependency tree: places attached to the trigger by a locative preposition ("in/at/near X"), its
   object for verbs of taking ("captured X"), a "neighbourhood of X" inside those, else the nearest
   place in the trigger's clause; "from X" (an origin) and places modifying a person ("a driver
   from Abidjan", "Seville fans") are not event places. None when the sentence has no such place.
   A conjunct shares the first conjunct's preposition ("in the towns of X and Y", "against the
   company and Libya": not a site); another verb's destination ("... and deported to X") or
   source ("people who tried to escape X") and a clause about another event ("..., while a
   protest took place in X") count less; a named site or place contains what follows it ("Umm
   al-Fahm junction in northern Israel"), an unnamed one does not ("a town in Pulwama district").
   When the parse gives nothing, a verb right before "in/at/near X" happened there.
   Later rules (tuned on the event-location dev split, not on its gold items): a participle or
   an "and" conjunct with no subject of its own shares its verb's place ("exploded in X, killing
   10"); of two nested places the smaller is the site ("the Kadra district of Velsa" either way
   round, by the gazetteer's precision and population; "of Riyom LGA" names a container); a
   smaller place inside a sentence-opening "In X," wins over X, and a town inside a country or
   region scored nearly as well is the answer; datelines ("BAGHDAD --"), places in actor
   descriptions ("US-led", "Iran-backed"), offices ("the governor of X"), embassies (named for
   their owner, not where they are), what a protest was against ("against the war on X") and
   what someone vowed to do ("vowed to march into X") are not event places.
4. **Learned chooser** (``settings.geo.event_location = "model"``, the default; "rules" = point 3
   alone). ``event_candidates`` gives each place of the trigger's sentence a feature vector
   (:data:`EVENT_FEATURES`: the rules' score and choice, dependency path, governing preposition
   and its head, clause, distance and side, actor/dateline/"In X," frame, precision, population,
   candidates, trigger lemma). :class:`EventLocationModel` (gradient-boosted trees stored as JSON
   in data/event_location_model.json, trained by tools/train_event_location.py on the
   event-location dev split only, scored in plain Python) decides as a hybrid: the rules' choice
   stands when the model gives it enough probability or its rule score is high; else the most
   probable place the rules did not rule out, if probable enough; else none. The model is loaded
   on first use and kept by the Geoparser. Figures: docs/eval.md (event location, round 5).
5. ``event_site`` (what the event coder calls) is ``event_place`` made precise: an event placed at
   "Yemen" in "took Yemen's capital" is at the capital's mention (Sanaa); with no other place, an
   event "in the Afghan capital" is at Kabul. ``event_place`` itself chooses among the words of the
   text only, as the event-location gold marks them.

DOCS: docs/architecture.md (geo)
"""
from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Sequence

from .errors import ConfigError
from .learned import Scorer, read_model_spec
from .gazetteer import COUNTRY_ALIASES, DEMONYMS, Gazetteer, haversine_km, name_key
from .records import ActorMention, Document, Place, PlaceMention
from .settings import Settings

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span as SpacySpan, Token

__all__ = ["EVENT_FEATURES", "EventLocationModel", "Geoparser", "Toponym"]

_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_NEVER = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "god", "allah", "internet", "web", "president", "minister", "army",
    "police", "government", "state", "city", "town", "university", "church", "mr", "mrs", "ms",
    "dr", "sen", "rep", "gov", "gen", "col", "capt", "sgt", "lt", "st", "mt", "north", "south",
    "east", "west", "central", "northern", "southern", "eastern", "western", "christmas",
    "easter", "ramadan", "eid", "islam", "muslim", "christian", "jewish", "today", "tonight",
    "co", "inc", "ltd", "corp", "news", "times", "post", "daily", "man", "woman", "men", "women",
})
_STRONG_CUE_BEFORE = frozenset({"in", "near", "outside", "inside", "around", "at", "into"})
_PLACE_NOUNS = frozenset({
    "town", "city", "village", "province", "governorate", "district", "region", "county",
    "state", "capital", "suburb", "neighbourhood", "neighborhood", "area", "border", "outskirts",
    "countryside", "municipality", "port", "island", "valley", "camp", "base", "airport",
    "desert", "mountains", "river", "hamlet", "township", "borough", "parish", "prefecture",
})
_LOCATIVE_PREPS = frozenset({"in", "at", "near", "around", "outside", "inside", "on", "across",
                             "into", "throughout", "within", "over", "along", "toward",
                             "towards", "to", "through", "off", "by", "north", "south", "east",
                             "west", "between", "among", "beyond", "behind", "under"})
_PERSON_NOUNS = frozenset({
    "driver", "man", "woman", "resident", "residents", "native", "official", "officials",
    "fan", "fans", "people", "citizen", "citizens", "journalist", "photographer", "student",
    "worker", "workers", "leader", "leaders", "member", "members", "spokesman", "spokeswoman",
    "envoy", "ambassador", "minister", "refugee", "refugees", "migrants", "delegation",
    "delegates", "newspaper", "team", "club", "university", "daily", "agency",
})
_AREA_NOUNS = frozenset({"streets", "street", "square", "centre", "center", "market", "outskirts",
                         "edge", "perimeter", "vicinity", "heart", "environs", "surroundings",
                         "countryside", "suburbs", "airport", "embassy", "campaign", "front"})
_TAKE_VERBS = frozenset({
    "capture", "recapture", "seize", "take", "liberate", "overrun", "patrol", "attack", "bomb",
    "shell", "storm", "enter", "raid", "hit", "control", "retake", "occupy", "besiege", "invade",
    "surround", "free", "clear", "reach", "target", "strike", "destroy", "march", "evacuate",
    "visit", "bombard", "encircle", "recover", "secure", "lose", "abandon", "flee", "leave",
})
_EVENT_MIN_SCORE = -1.25
_SITE_NOUNS = frozenset({
    "headquarters", "hotel", "settlement", "home", "house", "airport", "base", "office",
    "school", "market", "prison", "jail", "mosque", "church", "temple", "bridge", "road",
    "street", "highway", "checkpoint", "hospital", "compound", "building", "embassy", "consulate",
    "station", "port", "harbour", "harbor", "square", "stadium", "university", "camp", "outpost",
    "palace", "court", "ministry", "parliament", "plant", "factory", "refinery", "field",
    "mall", "shop", "restaurant", "cafe", "bus", "train", "crossing", "border", "frontier",
    "neighbourhood", "neighborhood", "quarter", "slum", "district", "suburb", "village",
    "installation", "installations", "facility", "facilities", "basin", "wharf", "pier",
    "junction", "intersection", "roundabout", "crossroads", "zone", "point", "post", "hut",
    "outpost", "barracks", "farm", "farms", "mine", "terminal", "complex",
})
_EVENT_NOUNS = frozenset({
    "battle", "attack", "bombing", "strike", "raid", "clash", "offensive", "campaign",
    "fighting", "siege", "assault", "operation", "front", "protest", "rally", "march",
    "demonstration", "explosion", "blast", "ambush", "shelling", "massacre", "violence",
    "conflict", "bombardment", "incursion", "invasion", "occupation",
})
_ADMIN_WORDS = frozenset({"County", "Parish", "Province", "Governorate", "District", "Township",
                         "Borough", "Oblast", "Prefecture"})
_FACILITY_WORDS = frozenset({
    "fire", "station", "jail", "road", "highway", "office", "department", "school", "hospital",
    "church", "police", "sheriff", "sheriff's", "sheriff’s", "courthouse", "library", "college",
    "university", "council", "board", "commission", "high", "middle", "elementary", "airport",
    "city", "hall", "park", "museum", "center", "centre", "mall", "club", "chamber", "-",
    "times", "post", "news", "herald", "daily", "tribune", "journal", "bank", "company",
})
_DIRECTION_PREFIXES = frozenset({
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
    "northern", "southern", "eastern", "western", "central", "upper", "lower", "greater",
})
# both floors: the middle of the plateau measured on the first half of the event-location gold
# items (the second half held out)
_EVENT_SOLE_MIN_SCORE = -2.75
# a place taken over from the verb an event continues ("exploded in X, killing 5") must be that
# verb's own; measured on the event-location dev split (non-gold items) and the first half
_INHERITED_MIN_SCORE = -1.25
# a place inside a sentence-opening "In X," scene wins over X from this score up
_SCENE_YIELD_SCORE = 1.0
# "Dallas police shot ...": the town, when nothing better is named
_LOCAL_FORCE_SCORE = -1.0
_LOCAL_FORCES = frozenset({"police", "policeman", "policemen", "sheriff", "firefighters", "constabulary"})
# a town or district inside a country or region, scored within this of it, is the more precise answer
_PRECISE_MARGIN = 2.0
_DISTANCE_WORDS = frozenset({"km", "kilometers", "kilometres", "miles", "mile", "meters", "metres",
                             "kms", "mi", ")"})
_OF_CUES = frozenset({"vicinity", "outskirts", "edge", "heart", "centre", "center", "siege",
                      "north", "south", "east", "west", "northeast", "northwest", "southeast",
                      "southwest", "parts", "part", "streets", "residents", "people", "battle",
                      "fall", "capture", "liberation", "countryside", "suburbs", "east",
                      "perimeter", "entrance", "gates", "environs", "surroundings"})
_ACTOR_NOUNS = frozenset({
    "force", "forces", "army", "troops", "troop", "soldier", "soldiers", "police", "policeman",
    "official", "officials", "government", "military", "authorities", "jets", "jet", "aircraft",
    "warplanes", "planes", "patrol", "fighters", "militants", "rebels", "leader", "leaders",
    "president", "minister", "ministry", "embassy", "ambassador", "envoy", "delegation",
    "fans", "fan", "refugees", "refugee", "people", "residents", "man", "woman", "men", "women",
    "driver", "journalist", "photographer", "newspaper", "agency", "team", "club", "company",
    "firm", "bank", "students", "student", "citizens", "nationals", "national", "immigrants",
    "migrants", "workers", "worker", "native", "spokesman", "spokeswoman", "media", "television",
    "radio", "court", "parliament", "navy", "airstrike", "airstrikes", "strike", "strikes",
    "coalition", "regime", "administration", "commander", "commanders", "gunmen", "guards",
    "security", "intelligence", "sources", "source", "officer", "officers", "servicemen",
})
_DIRECTIONS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast",
                         "southwest", "outside", "northeastern", "northwestern"})
_OTHER_LABELS = frozenset({"ORG", "PERSON", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT"})
_NAMED_SITE_NOUNS = frozenset({"crossing", "outpost", "school", "museum", "palace", "checkpoint",
                               "airport", "airbase", "base", "camp", "bridge", "square", "mosque"})
_PLACE_SUFFIXES = frozenset({"museum", "palace", "school", "settlement", "outpost", "crossing",
    "square", "street", "road", "avenue", "airport", "province", "governorate", "district",
    "camp", "base", "bridge", "mosque", "hospital", "county", "valley", "mountains", "river",
    "desert", "island", "islands", "port", "gate", "highway", "crossing", "dam", "refinery",
    "prison", "stadium", "embassy", "square", "neighbourhood", "neighborhood", "village", "city",
})
_NAMED_PLACE_NOUNS = frozenset({
    "town", "city", "village", "villages", "settlement", "province", "governorate", "district", "region",
    "neighbourhood", "neighborhood", "suburb", "area", "camp", "hamlet", "municipality",
    "township", "county", "capital",
})
_TITLES = frozenset({"mr", "mrs", "ms", "dr", "president", "minister", "gen", "general", "sen",
                     "senator", "rep", "gov", "governor", "judge", "king", "prince", "sheikh",
                     "col", "lt", "capt", "sgt", "officer", "coach", "chairman", "mayor"})
_NON_LOCATIVE_PREPS = frozenset({"against", "with", "for", "about", "like", "than", "despite",
                                 "regarding", "concerning", "versus", "unlike", "via"})
_DESTINATION_PREPS = frozenset({"to", "into", "toward", "towards", "onto"})
# more nouns of a place's extent, for the event side only ("the Hajira sector", "Indonesia's
# waters", "in Tora Manda locality")
_TERRAIN_NOUNS = frozenset({
    "sector", "locality", "commune", "enclave", "water", "waters", "coast", "coastline", "shore",
    "airspace", "territory", "sky", "skies", "lga", "subdistrict", "sub-district", "tehsil",
    "corridor", "plain", "plains", "hill", "hills", "heights", "mountain", "forest", "jungle",
    "lake", "sea", "gulf", "bay", "strait", "peninsula", "oasis", "highlands", "lowlands",
    "riverbank", "bank", "delta", "coastal", "waterfront", "belt", "frontline", "resort",
    "hometown", "birthplace", "heartland", "backstreets", "alleys",
})
_NOT_LOCATIVE_THINGS = frozenset({
    "interview", "statement", "speech", "report", "broadcast", "television", "radio", "newspaper",
    "conference", "talks", "meeting", "summit", "court", "case", "trial", "election", "vote",
    "accord", "agreement", "deal", "plan", "talk", "letter", "message", "video", "article",
    "edition", "program", "programme", "show", "hearing", "ruling", "address", "session", "game",
    "match", "tournament", "race", "championship", "league", "time", "times", "war", "history",
    "team", "market", "markets", "trading", "economy", "attempt", "bid", "effort", "support",
    "name", "honour", "honor", "memory", "favour", "favor", "wake", "view", "eyes", "opinion",
    "parade", "festival", "ceremony", "celebration", "funeral", "colors", "colours", "flag",
})
# "the governor of X", "the head of X": an office, not where the event was
_OFFICE_NOUNS = frozenset({
    "governor", "commander", "head", "chief", "mayor", "emir", "representative", "deputy",
    "captain", "prefect", "president", "king", "queen", "prince", "bishop", "archbishop",
    "mufti", "imam", "consul", "senator", "judge", "prosecutor", "director", "chairman", "boss",
})
# "US-led", "Iran-backed", "Paris-based": a place inside a description of an actor
_ACTOR_SUFFIX = re.compile(r"\s?[-‐–]\s?(?:led|backed|based|born|made|owned|funded|allied|trained|"
                           r"brokered|sponsored|supported|affiliated|linked|aligned|run|controlled)\b",
                           re.I)
_MIND_VERBS = frozenset({
    "think", "believe", "know", "fear", "hope", "expect", "show", "suggest", "indicate", "reveal",
    "confirm", "feel", "seem", "appear", "mean", "learn", "hear", "see", "find", "understand",
    "realize", "realise", "consider", "doubt", "suspect", "allege", "estimate", "assume", "want",
    "wish", "decide", "agree", "promise", "threaten", "demand", "ensure", "insist", "prove",
})
_LATER_WORDS = frozenset({"later", "then", "subsequently", "afterwards", "afterward", "eventually",
                          "finally"})
_INTENT_VERBS = frozenset({
    "vow", "plan", "threaten", "promise", "want", "intend", "seek", "hope", "aim", "prepare",
    "pledge", "wish", "expect", "decide", "agree", "refuse", "mean",
})
_ROLE_NOUNS = frozenset({
    "coordinator", "commander", "leader", "chief", "head", "member", "militant", "fighter",
    "suspect", "operative", "aide", "deputy", "lieutenant", "founder", "financier", "organizer",
    "organiser", "mastermind", "spokesman", "spokeswoman", "cleric", "activist", "journalist",
    "reporter", "lawyer", "businessman", "politician", "soldier", "officer", "citizen", "national",
    "son", "daughter", "brother", "wife", "husband", "father", "mother", "man", "woman", "boy", "girl",
})
_OWNED_SITES = frozenset({"embassy", "consulate", "legation", "chancery"})
_SPEECH_VERBS = frozenset({"say", "add", "tell", "declare", "stress", "warn", "speak", "accuse",
                           "underscore", "claim", "insist", "note", "report", "announce", "urge",
                           "deny", "state", "quote", "cite", "describe", "call", "ask", "express"})
_LEAVE_VERBS = frozenset({"escape", "flee", "leave", "evacuate", "abandon", "exit", "quit"})
_ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "an", "at", "az", "ed", "es", "en"})
_SUFFIX_WORDS = re.compile(
    r"\s+(province|governorate|city|district|county|region|state|town|village|area|"
    r"municipality|prefecture|oblast|countryside)$", re.I)
_US_STATE_ABBR = {
    "Ala.": "AL", "Ariz.": "AZ", "Ark.": "AR", "Calif.": "CA", "Colo.": "CO", "Conn.": "CT",
    "Del.": "DE", "Fla.": "FL", "Ga.": "GA", "Ill.": "IL", "Ind.": "IN", "Kan.": "KS",
    "Ky.": "KY", "La.": "LA", "Md.": "MD", "Mass.": "MA", "Mich.": "MI", "Minn.": "MN",
    "Miss.": "MS", "Mo.": "MO", "Mont.": "MT", "Neb.": "NE", "Nev.": "NV", "N.H.": "NH",
    "N.J.": "NJ", "N.M.": "NM", "N.Y.": "NY", "N.C.": "NC", "N.D.": "ND", "Okla.": "OK",
    "Ore.": "OR", "Pa.": "PA", "R.I.": "RI", "S.C.": "SC", "S.D.": "SD", "Tenn.": "TN",
    "Tex.": "TX", "Vt.": "VT", "Va.": "VA", "Wash.": "WA", "W.Va.": "WV", "Wis.": "WI",
    "Wyo.": "WY", "D.C.": "DC", "Wis": "WI", "Tenn": "TN", "Calif": "CA",
}
#: Abbreviations of first-level regions (AP style, Canadian provinces) → (ISO2, GeoNames admin1),
#: looked up with spaces and a missing final dot forgiven ("W. Va.", "W.Va" before a full stop).
_REGION_ABBR: dict[str, tuple[str, str]] = {
    **{k.replace(" ", "").rstrip(".").lower(): ("US", v) for k, v in _US_STATE_ABBR.items()},
    **{k: ("US", v) for k, v in {"w.va": "WV", "wva": "WV", "tex": "TX", "penn": "PA",
                                 "ariz": "AZ", "colo": "CO", "conn": "CT", "fla": "FL",
                                 "mass": "MA", "mich": "MI", "minn": "MN", "okla": "OK",
                                 "wash": "WA", "ore": "OR", "neb": "NE", "nev": "NV",
                                 "wyo": "WY", "ill": "IL", "ala": "AL", "ark": "AR"}.items()},
    **{k: ("CA", v) for k, v in {"alta": "01", "b.c": "02", "man": "03", "n.b": "04", "n.l": "05",
                                 "nfld": "05", "n.s": "07", "ont": "08", "p.e.i": "09",
                                 "que": "10", "sask": "11", "n.w.t": "13"}.items()},
}
# words the abbreviation table must not take without a dot ("Man", "Ill", "Mass", "Wash")
_ABBR_NEED_DOT = frozenset({"man", "ill", "mass", "wash", "ore", "ala", "ark", "penn", "que",
                            "tex", "colo", "conn", "mich", "minn", "neb", "nev", "ind", "miss",
                            "mo", "la", "pa", "va", "ga", "del", "md", "me", "mont", "kan",
                            "ky", "fla", "ariz", "okla", "wyo", "alta", "sask", "ont", "nfld",
                            "vt"})


def _region_abbr(text: str, *, dotted: bool = False) -> tuple[str, str] | None:
    """(ISO2, admin1) of a region abbreviation ("Ga.", "W. Va.", "Calif", "B.C."), or None.

    ``dotted``: the token after ``text`` is the full stop the tokenizer split off ("W.Va" ".").
    """
    key = text.replace(" ", "").lower()
    had_dot = key.endswith(".") or dotted
    key = key.rstrip(".")
    if not key or (key in _ABBR_NEED_DOT and not had_dot and "." not in key):
        return None
    return _REGION_ABBR.get(key)


# words after a name that make a natural feature of it ("Kish River"): the name alone is not it
_NATURAL_WORDS = frozenset({"river", "creek", "lake", "lakes", "mountain", "mountains", "mount",
                            "bay", "island", "islands", "forest", "canyon", "sea", "ocean", "gulf",
                            "falls", "springs", "valley", "hills", "peninsula", "desert", "brook",
                            "street", "st", "st.", "avenue", "ave", "ave.", "road", "rd", "rd.",
                            "drive", "lane", "boulevard", "blvd", "trail", "way", "place", "ridge",
                            "parkway", "highway", "pike", "circle", "square", "terrace",
                            "run", "hill", "heights", "woods", "grove", "park", "beach", "point",
                            "harbor", "harbour", "port", "city", "township", "village", "town"})
# the first word after a place name that makes the rest an institution named after the place
# ("Guernsey County Common Pleas Court", "Huntsville Memorial Hospital"): the place is kept
_INSTITUTION_WORDS = frozenset({
    "common", "court", "district", "circuit", "superior", "municipal", "memorial", "regional",
    "general", "community", "medical", "hospital", "health", "recreation", "parks", "democratic",
    "republican", "party", "county's", "police", "sheriff", "sheriff's", "fire", "school",
    "schools", "high", "middle", "elementary", "college", "university", "public", "council",
    "board", "commission", "chamber", "department", "office", "library",
    "museum", "zoo", "airport", "international", "metropolitan", "jail", "detention",
    "correctional", "adult", "development", "area", "art", "arts", "historical", "society",
    "singers", "symphony", "orchestra", "theatre", "theater", "nursing", "cemetery", "church",
    "central", "star-advertiser", "herald", "gazette", "tribune", "times", "news", "post",
    "journal", "daily", "bank", "company", "corporation", "inc", "h.s.", "federal", "agricultural",
    "extension", "emergency", "transit", "water", "housing",
    "economic", "chapter", "branch", "club", "league", "association", "foundation", "center",
    "centre", "hall", "stadium", "arena", "coliseum", "convention", "civic", "senior",
})


@dataclass(frozen=True, slots=True)
class Toponym:
    """A recognised toponym: token range in the Doc and how it was found."""

    start: int  # token index
    end: int  # token index (exclusive)
    text: str
    how: str  # "ner" | "ner-org" | "gazetteer"
    qualifier: str | None = None  # "Texas" in "Paris, Texas"


def _sentence_of(document: Document, char: int, fallback: int) -> int:
    if not document.sentences:
        return fallback
    starts = [s.start for s in document.sentences]
    return max(0, bisect_right(starts, char) - 1)


#: The values of ``settings.geo.event_location``: the hand rules alone, or the learned hybrid.
EVENT_LOCATION_CHOOSERS = ("rules", "model")


class Geoparser:
    """Recognise and resolve toponyms; locate events. See the module docstring."""

    #: Weight of the article's country focus (share of its country evidence) in resolution.
    focus_weight = 9.0
    #: Weight of the article's first-level regions in resolution.
    region_weight = 5.0

    def __init__(self, gazetteer: Gazetteer, *, settings: Settings) -> None:
        self.gazetteer = gazetteer
        self.settings = settings
        self._demonyms = {name_key(k): v for k, v in DEMONYMS.items()}
        self._aliases = {name_key(k): v for k, v in COUNTRY_ALIASES.items()}
        self._event_model: EventLocationModel | None = None  # loaded on first use
        if settings.geo.event_location not in EVENT_LOCATION_CHOOSERS:
            raise ConfigError(f"geo.event_location must be one of {', '.join(EVENT_LOCATION_CHOOSERS)}, "
                              f"not {settings.geo.event_location!r}")

    # ------------------------------------------------------------------ recognition
    def _cue(self, doc: "Doc", start: int, end: int) -> bool:
        """Does the context say 'place' around tokens [start, end)?"""
        i = start - 1
        while i >= 0 and doc[i].lower_ in ("the", "-", "al", "el"):
            i -= 1
        if i >= 0 and doc[i].lower_ in _STRONG_CUE_BEFORE:
            return True
        if i >= 1 and doc[i].lower_ == "of" and (doc[i - 1].lower_ in _PLACE_NOUNS or doc[i - 1].lower_ in _OF_CUES):
            return True
        if i >= 0 and doc[i].pos_ == "VERB" and doc[i].lemma_.lower() in _TAKE_VERBS:
            return True
        if i >= 1 and doc[i].lower_ in ("on", "of") and doc[i - 1].lemma_.lower() in _EVENT_NOUNS:
            return True  # "the siege on Manbij", "the bombardment of X"
        if i >= 0 and doc[i].lower_ in _PLACE_NOUNS:
            return True
        if end < len(doc) and doc[end].lower_ in _PLACE_NOUNS:
            return True
        if end + 1 < len(doc) and doc[end].text == "," and self._is_region_word(doc[end + 1].text):
            return True
        return False

    def _is_region_word(self, text: str) -> bool:
        if _region_abbr(text):
            return True
        return any(p.precision in ("country", "region") for p in self.gazetteer.lookup(text)[:3])

    def _strong_known(self, text: str, focus: Counter[str] | None = None,
                      min_population: int = 100_000) -> bool:
        cands = self.gazetteer.candidates(text)
        for place, alt in cands[:5]:
            if alt:
                continue
            if place.precision in ("country", "region"):
                return True
            if place.population >= min_population:
                return True
            if focus and place.country in focus and place.population >= 1_000:
                return True
        return False

    def _maybe_entity(self, doc: "Doc", ent: "SpacySpan", focus: Counter[str],
                      person_words: set[str], overlaps_actor: Any, add: Any) -> None:
        """An entity the NER did not call a place that may still be one ("al-Alam" as ORG)."""
        label, text = ent.label_, ent.text
        if name_key(text) in _NEVER:
            return
        if ent[-1].lower_ in _PLACE_SUFFIXES and len(ent) > 1:
            add(ent.start, ent.end, "ner-suffix")
            return
        if label == "NORP" and self._demonym_code(text):
            if self.settings.geo.demonym_places:
                add(ent.start, ent.end, "demonym")
            return
        if _region_abbr(text) and ent.start > 1 and doc[ent.start - 1].text == ",":
            add(ent.start, ent.end, "ner-abbr")  # "St. John's, N.L.": the NER calls it ORG
            return
        if not self.gazetteer.knows(text):
            if label == "ORG" and len(ent) > 1:
                # "Rapides Parish Fire District", "Henderson County Sheriff's Office": a body
                # named after its county holds the county's name
                part = self._known_part(doc, ent.start, ent.end)
                if part is None:
                    return
                ptext = doc[part[0]:part[1]].text
                if part[0] == ent.start and part[1] - part[0] > 1 and doc[part[1] - 1].text in _ADMIN_WORDS:
                    add(part[0], part[1], "ner-org-admin")
                elif self.settings.geo.embedded_places and not overlaps_actor(ent.start, ent.end) \
                        and self._strong_known(ptext, None, 100_000):
                    # "Pakistan Army", "Central Bank of Malta": a body named after a country
                    add(part[0], part[1], "ner-org-place")
            return
        cue = self._cue(doc, ent.start, ent.end)
        if overlaps_actor(ent.start, ent.end) and not cue:
            return
        if label == "PERSON":
            before = doc[ent.start - 1].lower_.rstrip(".") if ent.start > 0 else ""
            after = doc[ent.end].lemma_.lower() if ent.end < len(doc) else ""
            if before in _TITLES or after in ("say", "tell", "add", "state") or len(ent) > 2:
                return
            if len(ent) == 1 and ent[0].lower_ in person_words:
                return
            if not cue and not self._strong_known(text, focus, 50_000):
                return
        elif not cue and not self._strong_known(text, focus):
            return
        add(ent.start, ent.end, "ner-" + label.lower())

    def _person_like(self, doc: "Doc", ent: "SpacySpan", person_words: set[str]) -> bool:
        """Is a GPE/LOC entity a person the NER mislabelled? A title before it ("coach Ripley",
        "Gov. Pawlenty"), or, for a name the gazetteer does not know, "X said" or a surname of
        a person named in full elsewhere ("Saakashvili"). "Man" and such are never places."""
        if name_key(ent.text) in ("man", "woman", "men", "women"):
            return True
        before = doc[ent.start - 1].lower_.rstrip(".") if ent.start > 0 else ""
        if before in _TITLES and len(ent) <= 2:
            return True
        if self._candidates(ent.text):
            return False
        after = doc[ent.end].lemma_.lower() if ent.end < len(doc) else ""
        return after in ("say", "tell", "add") or (len(ent) == 1 and ent[0].lower_ in person_words)

    def _demonym_code(self, text: str) -> str | None:
        """The country (or continent) a demonym names ("Syrians" → SY), else None."""
        key = name_key(text)
        return self._demonyms.get(key) or (self._demonyms.get(key[:-1]) if key.endswith("s") else None)

    def _known_part(self, doc: "Doc", s: int, e: int) -> tuple[int, int] | None:
        """The place name inside an entity the gazetteer does not know as a whole: its longest
        known beginning ("Huntsville Memorial Hospital", "West Virginia Democratic Party") or
        the known name after its last "of" ("Arts Center of Cannon County"); None when there
        is none, or the rest makes a natural feature of the name ("Kish River")."""
        if self.gazetteer.knows(doc[s:e].text) or self._candidates(doc[s:e].text):
            return None

        def usable(a: int, b: int) -> bool:
            text = doc[a:b].text
            key = name_key(text)
            return (len(key) >= 3 and key not in _NEVER and key not in self._demonyms
                    and doc[a].is_title and not doc[b - 1].is_punct
                    and bool(self.gazetteer.knows(text) or _region_abbr(text)))

        ofs = [k for k in range(s + 1, e - 1) if doc[k].lower_ == "of"]
        if ofs:
            a = ofs[-1] + 1
            while a < e and doc[a].lower_ == "the":
                a += 1
            for b in range(e, a, -1):
                if usable(a, b):
                    return a, b
            return None
        if doc[e - 1].lower_ in _NATURAL_WORDS:
            return None
        for b in range(e - 1, s, -1):
            if doc[b].lower_ in _NATURAL_WORDS or doc[b].text in ("-", "–", "&", "and"):
                continue
            if usable(s, b):
                return s, b
        return None

    def recognise(self, doc: "Doc", actor_spans: Iterable[tuple[int, int]] = (),
                  actor_names: Iterable[tuple[int, int]] = ()) -> list[Toponym]:
        """Toponym token ranges in ``doc`` (NER places, plus gazetteer names in place context).

        ``actor_spans``: character spans of non-state actor mentions (never taken from the
        gazetteer without a place cue); ``actor_names``: character spans of any actor mention
        the gazetteer does not know: a GPE/LOC entity there with no gazetteer candidate is a
        person or a body ("Soleimani", "the Islamic Republic"), not a place.
        """
        actor_chars = sorted(actor_spans)
        named_chars = sorted(actor_names)
        focus = Counter[str]()
        for ent in doc.ents:
            if ent.label_ == "GPE":
                for p in self.gazetteer.lookup(ent.text)[:1]:
                    if p.precision == "country" and p.country:
                        focus[p.country] += 1
        found: list[Toponym] = []
        covered = [False] * len(doc)
        person_words = {t.lower_ for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1 for t in ent}
        # a name that "said" something somewhere in the article is a person's
        person_words |= {doc[k].lower_ for k in range(len(doc) - 1)
                         if doc[k].pos_ == "PROPN" and doc[k + 1].lemma_.lower() in ("say", "tell")}

        def overlaps_actor(s: int, e: int) -> bool:
            cs, ce = doc[s].idx, doc[e - 1].idx + len(doc[e - 1])
            return any(a < ce and cs < b for a, b in actor_chars)

        def add(s: int, e: int, how: str) -> None:
            while s < e and (doc[s].lower_ == "the" or doc[s].is_punct):
                s += 1
            while e > s and (doc[e - 1].is_punct or doc[e - 1].text in ("'s", "’s", "'")):
                if doc[e - 1].text == "." and e - 2 >= s and doc[e - 2].whitespace_ == "" \
                        and _region_abbr(doc[e - 2].text, dotted=True):
                    break  # "W.Va" "." : the abbreviation's own full stop
                e -= 1
            if s >= e or any(covered[s:e]):
                return
            whole = (s, e)
            if how == "ner" and e - s > 1:
                # "Guernsey County Common Pleas Court", "Port of Los Angeles": the NER's place is
                # an institution named after one; keep the known name inside it
                part = self._known_part(doc, s, e)
                if part is not None and part[0] == s and part[1] < e \
                        and doc[part[1]].lower_ in _INSTITUTION_WORDS:
                    s, e = part
            # "Henderson County": take the administrative word that follows the name
            while e < len(doc) and doc[e].text in _ADMIN_WORDS and not covered[e]:
                e += 1
            # "Mazar-e-Sharif": a hyphenated name the NER cut short
            for e2 in range(min(len(doc), e + 5), e + 1, -1):
                if doc[e2 - 1].is_alpha and all(doc[k - 1].whitespace_ == "" for k in range(e, e2)) and doc[e].text in ("-", "–") \
                        and not any(covered[e:e2]) and self.gazetteer.knows(doc[s:e2].text):
                    e = e2
                    break
            # "Cottonport Fire Station", "Henderson County Jail": keep the known place name
            if e - s > 1 and not self.gazetteer.knows(doc[s:e].text):
                for k in range(e - 1, s, -1):
                    if doc[k].text in _ADMIN_WORDS:
                        continue
                    if doc[s:k].text.lower() in _ARTICLES and doc[k].text in ("-", "–"):
                        break  # "Al-Bayaa": the article is not the place
                    if self.gazetteer.knows(doc[s:k].text) and doc[k].lower_ in _FACILITY_WORDS:
                        e = k
                        break
            text = doc[s:e].text
            if not any(c.isalpha() for c in text):
                return
            for k in range(min(s, whole[0]), max(e, whole[1])):
                covered[k] = True
            qual = None
            if e + 1 < len(doc) and doc[e].text == "," and (
                    doc[e + 1].is_title or _region_abbr(doc[e + 1].text)):
                q_end = e + 2
                while q_end < len(doc) and doc[q_end].is_title and q_end - e < 4 and doc[q_end].ent_iob_ == "I":
                    q_end += 1
                qual = doc[e + 1:q_end].text
            found.append(Toponym(s, e, text, how, qual))

        for ent in doc.ents:
            label = ent.label_
            if label in _PLACE_LABELS:
                if self._person_like(doc, ent, person_words) or all(t.is_lower for t in ent):
                    continue  # a person, or no proper name at all ("big")
                if name_key(ent.text) in self._demonyms and not self.gazetteer.knows(ent.text):
                    if self.settings.geo.demonym_places:
                        add(ent.start, ent.end, "demonym")
                    continue
                if any(a < ent.end_char and ent.start_char < b for a, b in named_chars) \
                        and not self._candidates(ent.text):
                    # "Soleimani", "the Islamic Republic": the NER's GPE is a person or a body;
                    # no part of it is a place either ("Republic", Missouri)
                    for k in range(ent.start, ent.end):
                        covered[k] = True
                    continue
                add(ent.start, ent.end, "ner")
            elif label in _OTHER_LABELS:
                self._maybe_entity(doc, ent, focus, person_words, overlaps_actor, add)

        # "the village of X", "X neighbourhood": a name in place context, known or not
        for k, tok in enumerate(doc):
            if (tok.lower_ in _NAMED_PLACE_NOUNS or tok.lemma_.lower() in _NAMED_PLACE_NOUNS) and not covered[k]:
                if k + 2 < len(doc) and doc[k + 1].lower_ == "of" and doc[k + 2].is_title and doc[k + 2].ent_type_ not in ("NORP", "DATE") or (
                        k + 2 < len(doc) and doc[k + 1].lower_ == "of" and doc[k + 2].lower_ in ("al", "el")):
                    e = k + 2
                    while e < len(doc) and e - k < 6 and (doc[e].is_title or doc[e].text in ("-", "al", "el")) and not covered[e]:
                        e += 1
                    if e > k + 2 and name_key(doc[k + 2:e].text) not in self._demonyms:
                        add(k + 2, e, "context")
            if (tok.lower_ in _NAMED_PLACE_NOUNS or tok.lemma_.lower() in _NAMED_PLACE_NOUNS
                    or tok.lower_ in _NAMED_SITE_NOUNS) and tok.is_lower and not covered[k]:
                if k >= 1 and doc[k - 1].is_title and not covered[k - 1] and doc[k - 1].pos_ == "PROPN" and not doc[k - 1].is_sent_start and doc[k - 1].ent_type_ not in ("NORP", "DATE"):
                    b0 = k - 1
                    while b0 > 0 and k - b0 < 4 and (doc[b0 - 1].is_title or doc[b0 - 1].text in ("-", "al", "el")) and doc[b0 - 1].pos_ == "PROPN" and not covered[b0 - 1]:
                        b0 -= 1
                    if name_key(doc[b0:k].text) not in self._demonyms and doc[b0:k].text.lower() not in _NEVER:
                        add(b0, k, "context")

        # "the Iraqi-Syrian border": a border named by two demonyms
        for k, tok in enumerate(doc):
            if tok.lower_ in ("border", "frontier") and k >= 3 and doc[k - 2].text in ("-", "–") and all(
                    name_key(doc[j].text) in self._demonyms and not covered[j] for j in (k - 3, k - 1)):
                add(k - 3, k + 1, "context")

        # capitalised proper-noun runs not covered by an entity
        i = 0
        n = len(doc)
        while i < n:
            t = doc[i]
            if covered[i] or not (t.is_title or t.is_upper and len(t) > 2) or t.pos_ != "PROPN" or t.ent_type_ in ("NORP", "PERSON", "DATE", "TIME", "MONEY", "CARDINAL", "ORG", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT", "LANGUAGE"):
                i += 1
                continue
            j = i
            while j < n and j - i < 4 and not covered[j] and doc[j].pos_ == "PROPN" and (doc[j].is_title or doc[j].text in ("-", "al", "el")) and doc[j].ent_type_ not in ("PERSON", "ORG", "NORP", "DATE"):
                j += 1
            if j == i:
                i += 1
                continue
            # longest known sub-run starting at i
            for e in range(j, i, -1):
                span_text = doc[i:e].text
                if name_key(span_text).lower() in _NEVER or len(name_key(span_text)) < 3:
                    continue
                if name_key(span_text) in self._demonyms:
                    continue
                if not self.gazetteer.knows(span_text):
                    continue
                if overlaps_actor(i, e):
                    continue
                cue = self._cue(doc, i, e)
                if cue or self._strong_known(span_text, focus) and (
                        not doc[i].is_sent_start or self._strong_known(span_text, None, 100_000)):
                    add(i, e, "gazetteer")
                    i = e - 1
                    break
            i += 1
        found.sort(key=lambda t: t.start)
        return found

    # ------------------------------------------------------------------ resolution
    def _candidates(self, text: str) -> list[tuple[Place, bool, float]]:
        """(place, alternate-only, name-penalty) for a toponym string, trying simple variants."""
        out = [(p, alt, 0.0) for p, alt in self.gazetteer.candidates(text)]
        if not out:
            m = _SUFFIX_WORDS.search(text)
            if m:
                word = m.group(1).lower()
                base = text[:m.start()]
                for p, alt in self.gazetteer.candidates(base):
                    pen = 0.0
                    if word in ("province", "governorate", "region", "state", "prefecture", "oblast"):
                        pen = 0.0 if p.precision == "region" else 2.0
                    elif word in ("district", "county", "countryside"):
                        pen = 0.0 if p.precision in ("district", "region") else 1.0
                    elif word in ("city", "town", "village"):
                        pen = 0.0 if p.precision == "town" else 2.0
                    out.append((p, alt, pen))
        if not out:
            words = text.split()
            if len(words) > 1 and words[0].lower() in _DIRECTION_PREFIXES:
                out = [(p, alt, 0.5) for p, alt in self.gazetteer.candidates(" ".join(words[1:]))]
        if not out and text.lower().startswith(("al ", "el ", "al-", "el-")):
            out = [(p, alt, 0.5) for p, alt in self.gazetteer.candidates(text[3:])]
        abbr = _region_abbr(text)
        if abbr:
            region = self.gazetteer.region(*abbr)
            if region is not None:
                return [(region, False, 0.0)]
        # a demonym stands for its country ("Russian" -> Russia) unless it is a big place's name
        key = name_key(text)
        code = self._demonyms.get(key) or (self._demonyms.get(key[:-1]) if key.endswith("s") else None)
        if code and not any(p.population >= 100_000 and not alt for p, alt, _ in out):
            place = self.gazetteer.country(code) if len(code) == 2 else self.gazetteer.continent(code)
            if place is not None:
                return [(place, False, 0.0)]
        # a country or first-level region of that very name outranks a town known by it only
        # as an alternate name ("Mexico": not Mexico City)
        if any(p.precision == "country" and not alt for p, alt, _ in out):
            out = [c for c in out if not (c[1] and c[0].precision in ("town", "district"))]
        elif any(p.precision == "region" and not alt for p, alt, _ in out):
            # ... and a region does, over a town below a million ("New York": the city stays)
            out = [c for c in out if not (c[1] and c[0].precision in ("town", "district")
                                          and c[0].population < 1_000_000)]
        return out

    #: Prior bonus by GeoNames feature code (on top of 0.8 * log10 population).
    feature_bonus = {"PCLI": 6.0, "PCLD": 4.0, "PCLF": 4.0, "PCLS": 4.0, "TERR": 3.0,
                     "ADM1": 3.5, "PPLC": 3.0, "PPLA": 1.5, "ADM2": 0.5, "PPLA2": 0.7,
                     "CONT": 6.0, "OCN": 12.0, "SEA": 10.0, "GULF": 10.0, "BAY": 9.0,
                     "STRT": 9.0, "CHN": 9.0, "RGN": 9.0, "PEN": 9.0, "DSRT": 9.0, "MTS": 9.0}

    def _prior(self, place: Place, alt: bool) -> float:
        bonus = self.feature_bonus.get(place.feature_code or "", 0.0)
        return 0.8 * math.log10(place.population + 1) + bonus - (2.0 if alt else 0.0)

    def _qualifier_places(self, qualifier: str | None) -> tuple[str | None, str | None]:
        """(country, admin1) named by the qualifier after a toponym ("Paris, Texas")."""
        if not qualifier:
            return None, None
        abbr = _region_abbr(qualifier)
        if abbr:
            return abbr
        for p in self.gazetteer.lookup(qualifier)[:3]:
            if p.precision == "country":
                return p.country, None
            if p.precision == "region":
                return p.country, p.admin1
        return None, None

    def _score(self, place: Place, alt: bool, pen: float, focus: dict[str, float],
               regions: dict[tuple[str, str], float], anchors: list[Place],
               qual: tuple[str | None, str | None]) -> float:
        s = self._prior(place, alt) - pen
        cc = place.country or ""
        s += self.focus_weight * focus.get(cc, 0.0)
        if place.admin1 and place.precision != "region":
            s += self.region_weight * regions.get((cc, place.admin1), 0.0)
        qc, qa = qual
        if qc is not None:
            if cc == qc:
                s += 6.0
                if qa is not None and place.admin1 == qa:
                    s += 6.0
            else:
                s -= 4.0
        if anchors and place.precision in ("town", "district", "point"):
            d = min(haversine_km(place.lat, place.lon, a.lat, a.lon) for a in anchors)
            s += 2.0 if d < 100 else 1.2 if d < 300 else 0.5 if d < 1000 else 0.0
        return s

    #: Bonus for a candidate in a first-level region where the article's other names also have
    #: a candidate ("Gainesville" with "Hall County": both in Georgia), and its cap.
    co_mention_weight = 1.0
    co_mention_cap = 3.0

    def _co_mention_support(self, toponyms: Sequence[Toponym],
                            cands: Sequence[Sequence[tuple[Place, bool, float]]]
                            ) -> list[dict[tuple[str | None, str | None], float]]:
        """Per toponym: (country, admin1) → bonus from the other names of the article that
        have a candidate in that region (a name spread over few regions counts more)."""
        regions_of: dict[str, set[tuple[str | None, str | None]]] = {}
        for t, cs in zip(toponyms, cands):
            key = name_key(t.text)
            if key in regions_of or not cs:
                continue
            regions_of[key] = {(p.country, p.admin1) for p, alt, _ in cs[:12]
                               if p.admin1 and p.precision in ("town", "district", "region")}
        weight: dict[tuple[str | None, str | None], list[tuple[str, float]]] = {}
        for key, regs in regions_of.items():
            if not 0 < len(regs) <= 12:
                continue
            w = 1.0 if len(regs) == 1 else 0.5
            for r in regs:
                weight.setdefault(r, []).append((key, w))
        out: list[dict[tuple[str | None, str | None], float]] = []
        for t, cs in zip(toponyms, cands):
            key = name_key(t.text)
            sup: dict[tuple[str | None, str | None], float] = {}
            countries = {p.country for p, _, _ in cs if p.precision == "country"}
            for p, _, _ in cs[:12]:
                r = (p.country, p.admin1)
                if r in sup or not p.admin1 or p.precision == "country":
                    continue
                if p.precision == "region" and p.country in countries:
                    continue  # "Mexico" the country, not the state named after it
                total = sum(w for other, w in weight.get(r, ()) if other != key)
                if total:
                    sup[r] = min(self.co_mention_cap, self.co_mention_weight * total)
            out.append(sup)
        return out

    @staticmethod
    def _unambiguous(place: Place, cands: Sequence[tuple[Place, bool, float]]) -> bool:
        """May this best-known candidate vote for the article's country focus? A country or
        region votes unless the name also denotes a region or a sizeable town elsewhere
        ("Georgia" the state, "Lebanon" in Pennsylvania); a town only when all its first five
        candidates lie in one country."""
        if place.precision in ("country", "region"):
            return not any(
                p.country != place.country and not alt
                and (p.precision in ("country", "region") or p.population >= 10_000)
                for p, alt, _ in cands)
        return len({c[0].country for c in cands[:5]}) == 1

    @staticmethod
    def _state_named(doc: "Doc", t: Toponym, cands: list[tuple[Place, bool, float]]
                     ) -> list[tuple[Place, bool, float]]:
        """"New York state", "the state of Washington": only its first-level regions."""
        after = doc[t.end].lower_ if t.end < len(doc) else ""
        before = doc[t.start - 2:t.start].text.lower() if t.start >= 2 else ""
        if after in ("state", "province") or before in ("state of", "province of"):
            regions = [c for c in cands if c[0].precision == "region"]
            return regions or cands
        return cands

    def _part_candidates(self, doc: "Doc", t: Toponym) -> list[tuple[Place, bool, float]]:
        """Candidates of the known name inside an unknown toponym ("Whitestown Town Hall",
        "Port of Los Angeles"), a little penalised; none for streets and natural features."""
        if t.end - t.start < 2 or doc[t.start:t.end].text != t.text:
            return []
        part = self._known_part(doc, t.start, t.end)
        if part is None:
            return []
        return [(p, alt, pen + 1.0) for p, alt, pen in self._candidates(doc[part[0]:part[1]].text)]

    def resolve(self, doc: "Doc", toponyms: Sequence[Toponym]) -> list[tuple[Toponym, Place | None, float]]:
        """Resolve toponyms against the gazetteer with document context (two passes)."""
        cands = [self._state_named(doc, t, self._candidates(t.text) or self._part_candidates(doc, t))
                 for t in toponyms]
        quals = [self._qualifier_places(t.qualifier) for t in toponyms]
        # country focus: demonyms, country names, big unambiguous places
        votes: Counter[str] = Counter()
        for tok in doc:
            if tok.ent_type_ == "NORP" or tok.pos_ in ("ADJ", "PROPN"):
                cc = self._demonyms.get(name_key(tok.text))
                if cc:
                    votes[cc] += 0.5
        for t, cs in zip(toponyms, cands):
            if not cs:
                continue
            best = max(cs, key=lambda c: self._prior(c[0], c[1]) - c[2])
            place = best[0]
            # only unambiguous evidence votes: a famous namesake ("Paris") must not pull the
            # article abroad
            if place.country and self._unambiguous(place, cs):
                votes[place.country] += 1.0
        total = sum(votes.values()) or 1.0
        focus = {cc: v / total for cc, v in votes.items()}
        region_votes: Counter[tuple[str, str]] = Counter()
        anchors: list[Place] = []
        first: list[Place | None] = []
        support = self._co_mention_support(toponyms, cands)
        seen_names: set[str] = set()
        own_vote: dict[str, tuple[tuple[str, str], float]] = {}
        for t, cs, q, sup in zip(toponyms, cands, quals, support):
            if not cs:
                first.append(None)
                continue
            ranked = sorted(cs, key=lambda c: -self._score(c[0], c[1], c[2], focus, {}, [], q)
                            - sup.get((c[0].country, c[0].admin1), 0.0))
            place = ranked[0][0]
            first.append(place)
            key = name_key(t.text)
            if key in seen_names:
                continue  # a name repeated twenty times is one piece of evidence
            seen_names.add(key)
            if place.precision == "region" and place.admin1 and place.country:
                own_vote[key] = ((place.country, place.admin1), 1.0)
            elif place.admin1 and place.country and place.precision == "town":
                own_vote[key] = ((place.country, place.admin1), 0.3)
            if key in own_vote:
                region_votes[own_vote[key][0]] += own_vote[key][1]
            if place.precision in ("town", "district") and len(cs) == 1:
                anchors.append(place)
        out: list[tuple[Toponym, Place | None, float]] = []
        for t, cs, q, p0, sup in zip(toponyms, cands, quals, first, support):
            if not cs:
                out.append((t, None, 0.0))
                continue
            # the article's regions as the *other* names vote them: an ambiguous name's own
            # first guess ("Alexandria", Egypt) must not confirm itself
            mine, amount = own_vote.get(name_key(t.text), (None, 0.0))
            rtotal = sum(region_votes.values()) - amount
            regions = {k: min(1.0, (v - (amount if k == mine else 0.0)) / rtotal * 2)
                       for k, v in region_votes.items()} if rtotal > 0 else {}
            others = [a for a in anchors if a is not p0]
            scored = sorted(((self._score(c[0], c[1], c[2], focus, regions, others, q)
                              + sup.get((c[0].country, c[0].admin1), 0.0), i, c[0])
                             for i, c in enumerate(cs)), key=lambda x: (-x[0], x[1]))
            best_s, _, best = scored[0]
            town = self._same_name_town(best, [c[2] for c in scored[1:]])
            if town is not None:
                scored = [x for x in scored if x[2] is town] + [x for x in scored if x[2] is not town]
                best_s, best = scored[0][0] + 0.5, town
            margin = best_s - scored[1][0] if len(scored) > 1 else 5.0
            conf = round(1.0 / (1.0 + math.exp(-(margin + 0.5))), 3)
            out.append((t, best, conf))
        return self._contained(doc, out, cands)

    def _contained(self, doc: "Doc", out: list[tuple[Toponym, Place | None, float]],
                   cands: Sequence[Sequence[tuple[Place, bool, float]]]
                   ) -> list[tuple[Toponym, Place | None, float]]:
        """A place inside a town the text names: "Toronto's Pearson International Airport",
        "Orchard St., Alexandria". Its candidate near that town wins; a street or site with no
        candidate of its own, or a possessed place with none near, is placed at the town (low
        confidence)."""
        by_start = {t.start: k for k, (t, _, _) in enumerate(out)}
        by_end = {t.end: k for k, (t, _, _) in enumerate(out)}
        result = list(out)
        for k, (t, place, conf) in enumerate(out):
            c = None
            possessive = t.start >= 2 and doc[t.start - 1].text in ("'s", "’s")
            if possessive:
                c = by_end.get(t.start - 1)
            elif t.end + 1 < len(doc) and doc[t.end].text == ",":
                c = by_start.get(t.end + 1)
            if c is None or c == k:
                continue
            town = out[c][1]
            if town is None or town.precision not in ("town", "district"):
                continue
            if place is None:
                last = doc[t.end - 1].lower_
                if possessive or last in _NATURAL_WORDS or last in _SITE_NOUNS \
                        or last in _INSTITUTION_WORDS:
                    result[k] = (t, town, 0.3)
                continue
            if haversine_km(place.lat, place.lon, town.lat, town.lon) <= 200:
                continue
            near = [p for p, _, _ in cands[k] if haversine_km(p.lat, p.lon, town.lat, town.lon) <= 100]
            if near:
                result[k] = (t, near[0], min(conf, 0.6))
            elif possessive:
                result[k] = (t, town, 0.3)  # "London's Heathrow": not the namesake in Florida
        return result

    @staticmethod
    def _same_name_town(best: Place, others: Sequence[Place]) -> Place | None:
        """A district or region named after its town means the town ("Mosul", "Raqqa")."""
        if best.precision not in ("district", "region") or best.feature_code not in (
                "ADM1", "ADM2", "ADM3", "ADM1H", "ADMD"):
            return None
        for p in others:
            if p.precision != "town" or p.country != best.country:
                continue
            if p.feature_code == "PPLC" and best.precision == "region":
                return p  # "Washington": the capital over the state
            if p.admin1 == best.admin1 and (best.precision == "district" or p.population >= 100_000):
                return p
        return None

    # ------------------------------------------------------------------ stage
    def __call__(self, document: Document, doc: "Doc",
                 actor_mentions: Sequence[ActorMention] = ()) -> list[PlaceMention]:
        actor_spans = [(m.start, m.end) for m in actor_mentions
                       if m.actor.kind not in ("state",) and not self.gazetteer.knows(m.text)]
        named = [(m.start, m.end) for m in actor_mentions if not self.gazetteer.knows(m.text)]
        toponyms = self.recognise(doc, actor_spans, named)
        sent_starts = {s.start: k for k, s in enumerate(doc.sents)}
        mentions: list[PlaceMention] = []
        for t, place, conf in self.resolve(doc, toponyms):
            span = doc[t.start:t.end]
            sent_i = sent_starts.get(span.sent.start, 0)
            mentions.append(PlaceMention(
                doc_id=document.id,
                sentence=_sentence_of(document, span.start_char, sent_i),
                start=span.start_char, end=span.end_char, text=span.text,
                place=place, confidence=conf if place is not None else 0.0,
            ))
        return mentions + self._capitals_named(document, doc, mentions)

    def _capitals_named(self, document: Document, doc: "Doc",
                        mentions: Sequence[PlaceMention]) -> list[PlaceMention]:
        """The word "capital" of a stated country ("Yemen's capital", "the capital of Yemen", "the
        Yemeni capital") as a mention of that country's capital, unless the capital is named there
        ("the capital, Sanaa"). The country's own mention stays as it is."""
        by_start = {m.start: m for m in mentions}
        by_end = {m.end: m for m in mentions}
        covered = [(m.start, m.end) for m in mentions]
        sent_starts = {s.start: k for k, s in enumerate(doc.sents)}
        out: list[PlaceMention] = []
        for tok in doc:
            if tok.lower_ != "capital" or tok.pos_ not in ("NOUN", "PROPN"):
                continue
            if any(s < tok.idx + len(tok) and tok.idx < e for s, e in covered):
                continue
            named_next = any(tok.idx + len(tok) <= m.start <= tok.idx + len(tok) + 3
                             and m.place is not None and m.place.precision == "town" for m in mentions)
            if named_next:
                continue  # "the capital, Sanaa", "the capital Kabul": named already
            iso2 = None
            if tok.i >= 2 and doc[tok.i - 1].lower_ in ("'s", "’s"):
                owner = by_end.get(doc[tok.i - 2].idx + len(doc[tok.i - 2]))
                iso2 = owner.place.country if owner and owner.place and owner.place.precision == "country" else None
            elif tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "of":
                owner = by_start.get(doc[tok.i + 2].idx)
                iso2 = owner.place.country if owner and owner.place and owner.place.precision == "country" else None
            elif tok.i >= 1:
                code = self._demonyms.get(name_key(doc[tok.i - 1].text))
                iso2 = code if code and len(code) == 2 else None
            capital = self.gazetteer.capital(iso2) if iso2 else None
            if capital is None:
                continue
            out.append(PlaceMention(
                doc_id=document.id,
                sentence=_sentence_of(document, tok.idx, sent_starts.get(tok.sent.start, 0)),
                start=tok.idx, end=tok.idx + len(tok), text=tok.text, place=capital, confidence=0.6))
        return out

    # ------------------------------------------------------------------ events
    def event_place(self, doc: "Doc", trigger_i: int,
                    place_mentions: Sequence[PlaceMention]) -> PlaceMention | None:
        """The place where the event triggered by token ``trigger_i`` happened, or None.

        ``settings.geo.event_location`` chooses how: "rules" (:meth:`_rule_event_place`) or
        "model" (the learned chooser of :class:`EventLocationModel`, which takes the rules'
        score and choice among its features)."""
        if not 0 <= trigger_i < len(doc):
            return None
        place_mentions = [m for m in place_mentions if not _capital_word(m)]
        if self.settings.geo.event_location != "model":
            return self._rule_event_place(doc, trigger_i, place_mentions)
        if _figurative(doc[trigger_i]):
            return None  # "captured the imagination": no event with a place, whatever the model says
        model = self.event_location_model()
        return model.choose(self.event_candidates(doc, trigger_i, place_mentions))

    def event_site(self, doc: "Doc", trigger_i: int,
                   place_mentions: Sequence[PlaceMention]) -> PlaceMention | None:
        """:meth:`event_place`, made precise by a capital the text names through its country: the
        event placed at "Yemen" in "took Yemen's capital" / "the capital of Yemen" is at Sanaa (the
        mention of the word "capital", see ``_capitals_named``); with no other place chosen, an
        event at "the Afghan capital" is at Kabul."""
        chosen = self.event_place(doc, trigger_i, place_mentions)
        capitals = [m for m in place_mentions if _capital_word(m)]
        if not capitals:
            return chosen
        if chosen is None:
            return self._rule_event_place(doc, trigger_i, capitals) if 0 <= trigger_i < len(doc) else None
        text = doc.text
        for cap in capitals:
            after = text[chosen.end:cap.start] if chosen.end <= cap.start else None
            before = text[cap.end:chosen.start] if cap.end <= chosen.start else None
            if (after is not None and after.strip() in ("'s", "’s")) or (
                    before is not None and before.strip() == "of"):
                return cap
        return chosen

    def event_location_model(self) -> "EventLocationModel":
        """The learned event-location chooser named by ``settings.geo.event_location_model``
        ("" = the shipped data/event_location_model.json), loaded on first use and kept."""
        model = self._event_model
        if model is None:
            model = EventLocationModel.load(self.settings.geo.event_location_model or None)
            self._event_model = model
        return model

    def event_candidates(self, doc: "Doc", trigger_i: int, place_mentions: Sequence[PlaceMention]
                         ) -> list[tuple[PlaceMention, list[float]]]:
        """Every place mention in the trigger's sentence with its feature vector
        (:data:`EVENT_FEATURES`, see :func:`_pair_features`)."""
        if not 0 <= trigger_i < len(doc):
            return []
        trigger = doc[trigger_i]
        sent = trigger.sent
        in_sent: list[tuple[PlaceMention, "Token"]] = []
        for m in place_mentions:
            if m.start >= sent.start_char and m.end <= sent.end_char:
                span = doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is not None and len(span) > 0:
                    in_sent.append((m, span.root))
        if not in_sent:
            return []
        rule_choice = self._rule_event_place(doc, trigger_i, place_mentions)
        roots = {root.i for _, root in in_sent}
        sizes = {root.i: _place_size(m.place) for m, root in in_sent}
        rule_scores: list[float | None] = []
        for m, root in in_sent:
            filtered = _in_dateline(doc.text, m.start, m.end) or bool(_ACTOR_SUFFIX.match(doc.text, m.end))
            rule_scores.append(None if filtered else self._event_score(trigger, root, roots, sizes))
        shared = [self._event_score(h, root, roots, sizes) for h, _ in self._sharing_heads(trigger)[:1]
                  for _, root in in_sent]
        known = [s for s in rule_scores if s is not None]
        context = _SentenceContext(
            n=len(in_sent), figurative=_figurative(trigger), rule_none=rule_choice is None,
            best=max(known) if known else None,
            second=sorted(known)[-2] if len(known) > 1 else None,
        )
        out = []
        for k, (m, root) in enumerate(in_sent):
            inherited = shared[k] if shared else None
            out.append((m, _pair_features(self, trigger, m, root, rule_scores[k], inherited,
                                          rule_choice is m, context)))
        return out

    def _rule_event_place(self, doc: "Doc", trigger_i: int,
                          place_mentions: Sequence[PlaceMention]) -> PlaceMention | None:
        """The hand rules' choice (module docstring, point 3)."""
        if not 0 <= trigger_i < len(doc):
            return None
        trigger = doc[trigger_i]
        if _figurative(trigger):
            return None
        sent = trigger.sent
        in_sent: list[tuple[PlaceMention, "Token"]] = []
        for m in place_mentions:
            if m.start >= sent.start_char and m.end <= sent.end_char:
                span = doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is None or len(span) == 0:
                    continue
                in_sent.append((m, span.root))
        in_sent = [(m, root) for m, root in in_sent if not _in_dateline(doc.text, m.start, m.end)
                   and not _ACTOR_SUFFIX.match(doc.text, m.end)]
        if not in_sent:
            return None
        scored: list[tuple[float, int, PlaceMention]] = []
        roots = {root.i for _, root in in_sent}
        sizes = {root.i: _place_size(m.place) for m, root in in_sent}
        fronted: dict[int, int] = {}
        root_of = {id(m): root for m, root in in_sent}
        for m, root in in_sent:
            s = self._event_score(trigger, root, roots, sizes)
            if s is not None:
                scored.append((s, -abs(root.i - trigger_i), m))
                comma = self._fronted_scene(root, sent)
                if comma >= 0:
                    fronted[id(m)] = comma
        if scored:
            scored.sort(key=lambda x: (x[0], x[1]), reverse=True)
            # a lone place the parse does not rule out is usually where it happened
            floor = _EVENT_SOLE_MIN_SCORE if len(scored) == 1 else _EVENT_MIN_SCORE
            if scored[0][0] > floor:
                if id(scored[0][2]) in fronted:
                    # "In Mosul, five butchers in the Nabi Yunis area were shot": the opening
                    # "In X," sets the scene; a place of the event inside it is more precise
                    top = scored[0][2]
                    outer = _place_size(top.place)
                    comma = fronted[id(top)]
                    # "In San Alberto, in northern Cesar province, ...": a container, not inside
                    apposed = (set(t.i for t in doc[comma + 1].subtree)
                               if comma + 1 < len(doc) and doc[comma + 1].pos_ == "ADP" else set())
                    inner = [x for x in scored if id(x[2]) not in fronted and x[0] > _SCENE_YIELD_SCORE
                             and root_of[id(x[2])].i not in apposed
                             and _place_size(x[2].place) < outer
                             and (outer[0] >= _PRECISION_RANK["region"] or not self._is_site(x[2], doc))]
                    if inner:
                        return inner[0][2]
                return self._most_precise(scored, doc)
        else:
            surface = self._surface_object(trigger, in_sent)
            if surface is not None:
                return surface
        return self._inherited_place(trigger, in_sent, roots, sizes)

    def _most_precise(self, scored: Sequence[tuple[float, int, PlaceMention]], doc: "Doc") -> PlaceMention:
        """The best-scored place, or a town or district inside it scored nearly as well when
        the best is a country or region ("positions around Irbil ... in northern Iraq")."""
        best_s, _, best = scored[0]
        big = best.place
        if big is None or _place_size(big)[0] < _PRECISION_RANK["region"]:
            return best
        if self._governing_word(best, doc) in ("across", "throughout", "over", "around"):
            return best  # "demonstrated across Turkey": the whole country
        for s, _, m in scored[1:]:
            small = m.place
            if s < best_s - _PRECISE_MARGIN or small is None or self._is_site(m, doc):
                continue
            if self._governing_word(m, doc) in ("to", "toward", "towards", "into", "from", "near"):
                continue  # where they went or came from, or a reference point
            if _place_size(small)[0] in (1, 2) and small.country == big.country and (
                    big.precision == "country" or (big.admin1 is not None and small.admin1 == big.admin1)):
                return m
        return best

    def _governing_word(self, mention: PlaceMention, doc: "Doc") -> str | None:
        """The preposition that governs the place's phrase, lower-cased."""
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            return None
        root = span.root
        np_root = root.head if root.dep_ in ("compound", "amod", "nmod", "poss") else root
        prep = self._governing_prep(np_root)
        return prep.lower_ if prep is not None else None

    @staticmethod
    def _is_site(mention: PlaceMention, doc: "Doc") -> bool:
        """A building or spot rather than a settlement ("the Beyazit Mosque", "the US consulate")."""
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            return False
        lemma = span.root.lemma_.lower()
        after = doc[span.end] if span.end < len(doc) else None
        return (span.root.ent_type_ == "FAC" or lemma in _SITE_NOUNS or lemma in _OWNED_SITES
                or (after is not None and after.lemma_.lower() in (_SITE_NOUNS | _OWNED_SITES)))

    @staticmethod
    def _fronted_scene(root: "Token", sent: "SpacySpan") -> int:
        """The comma closing a sentence-opening "In X," (or "At X,") whose object holds the
        place; -1 when the place is not in one."""
        cur = root
        for _ in range(4):
            if cur.dep_ in ("pobj", "pcomp") and cur.head.lower_ in ("in", "at", "inside"):
                prep = cur.head
                k = prep.i - 1
                while k >= sent.start and (sent.doc[k].is_punct or sent.doc[k].is_space):
                    k -= 1
                after = prep.right_edge.i + 1
                if k < sent.start and after < sent.end and sent.doc[after].text == ",":
                    return after
                return -1
            if cur.head.i == cur.i:
                return -1
            cur = cur.head
        return -1

    @staticmethod
    def _sharing_heads(trigger: "Token") -> list[tuple["Token", int]]:
        """The verbs whose place the trigger's event shares, with the number of steps up: a
        participle or an "and" conjunct without a subject of its own ("a bomb exploded in X,
        killing 10 and wounding 34"; "gunmen stormed X and killed 5"), up to three steps."""
        out: list[tuple["Token", int]] = []
        if trigger.lemma_.lower() in _SPEECH_VERBS:
            return out  # "..., adding that", "..., warning": where it was said is not given
        doc = trigger.doc
        cur = trigger
        for step in range(1, 4):
            if cur.dep_ not in ("advcl", "conj", "ccomp") or cur.head.i == cur.i:
                break
            head = cur.head
            if head.pos_ not in ("VERB", "AUX") or cur.pos_ not in ("VERB", "AUX"):
                break
            marks = {c.lower_ for c in cur.children if c.dep_ in ("mark", "advmod")}
            own_subject = any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in cur.children)
            if cur.dep_ == "ccomp":
                # "40 fighters were killed, dozens injured in X" (parsed as a complement): not
                # what someone said, thought or saw
                if marks or head.lemma_.lower() in _SPEECH_VERBS or head.lemma_.lower() in _MIND_VERBS:
                    break
                right = cur.right_edge.i + 1
                if cur.i > head.i or right >= len(doc) or doc[right].text != ",":
                    break  # "Nine were shot; Khan ... died at X": another sentence in all but name
            elif cur.dep_ == "advcl" and own_subject and cur.i > head.i and marks & {"when", "as"}:
                pass  # "clashed in X when a bystander was killed": the same scene
            elif own_subject or any(c.dep_ == "mark" for c in cur.children):
                break  # a clause of its own ("..., while police arrested ...")
            elif cur.dep_ == "advcl" and cur.tag_ != "VBG":
                break  # "to free X", "(after) captured": another time or a purpose
            left = cur.left_edge.i
            before = [t for t in doc[max(head.i + 1, left - 2):left] if not t.is_punct]
            if cur.dep_ == "conj" and any(t.dep_ == "cc" and t.lower_ != "and" for t in before):
                break  # "captured in X but released", "or"
            out.append((head, step))
            cur = head
        return out

    def _inherited_place(self, trigger: "Token", in_sent: Sequence[tuple[PlaceMention, "Token"]],
                         roots: set[int], sizes: dict[int, tuple[int, int]]) -> PlaceMention | None:
        """When none of the sentence's places is the trigger's own, the place of the verb whose
        event it continues (:meth:`_sharing_heads`), a step less likely for each step up."""
        for head, step in self._sharing_heads(trigger):
            scored = []
            for m, root in in_sent:
                s = self._event_score(head, root, roots, sizes)
                if s is not None:
                    scored.append((s - 1.0 * step, -abs(root.i - head.i), m))
            if scored:
                best = max(scored, key=lambda x: (x[0], x[1]))
                return best[2] if best[0] > _INHERITED_MIN_SCORE else None
        return None

    @staticmethod
    def _surface_object(trigger: "Token", in_sent: Sequence[tuple[PlaceMention, "Token"]]
                        ) -> PlaceMention | None:
        """When the parse gives no place: a verb of taking right before a place ("captured
        Knin", parsed as a compound) took that place; a verb right before "in/at/near X"
        ("a 16-year-old captured in Afghanistan sobs", misparsed) happened there."""
        take = trigger.lemma_.lower() in _TAKE_VERBS
        doc = trigger.doc
        for m, root in in_sent:
            first = doc.char_span(m.start, m.end, alignment_mode="expand")
            if first is None:
                continue
            k = trigger.i + 1
            if k < first.start and doc[k].lower_ in ("in", "at", "near", "inside", "outside"):
                k += 1
            elif not take:
                continue
            if root.dep_ == "poss":
                continue  # "killed in Syria's civil war": the war, not a place
            if k < first.start and doc[k].lower_ == "the":
                k += 1
            if k == first.start:
                return m
        return None

    def _describes_place(self, np_root: "Token", trigger: "Token") -> bool:
        """Is the trigger inside a clause that describes this place (its apposition, or the
        predicate noun of "X is a town that ...")?"""
        described = [np_root]
        if np_root.dep_ in ("nsubj", "nsubjpass") and np_root.head.lemma_ == "be":
            described += [c for c in np_root.head.children if c.dep_ == "attr"]
        described += [c for c in np_root.children if c.dep_ == "appos"]
        for d in described:
            if d.i == np_root.i or self._is_place_noun(d):
                for clause in d.children:
                    if clause.dep_ in ("relcl", "acl") and trigger.i in {t.i for t in clause.subtree}:
                        return True
        return False

    def _governing_prep(self, np_root: "Token") -> "Token | None":
        """The preposition whose object is the place's phrase ("in" of "in the town of X")."""
        cur = np_root
        for _ in range(3):
            if cur.dep_ in ("pobj", "pcomp") and cur.head.pos_ == "ADP":
                prep = cur.head
                if prep.lower_ == "of" and (self._is_place_noun(prep.head) or prep.head.lower_ in _AREA_NOUNS):
                    cur = prep.head
                    continue
                return prep
            return None
        return None

    @staticmethod
    def _chain(tok: "Token", stop: "Token") -> list["Token"] | None:
        """Tokens from ``tok`` up to (excluding) ``stop``; None when ``stop`` is not an ancestor."""
        chain = []
        cur = tok
        while cur.i != stop.i:
            chain.append(cur)
            if cur.head.i == cur.i:
                return None
            cur = cur.head
        return chain

    @staticmethod
    def _named(noun: "Token", roots: set[int]) -> bool:
        """Does a place or site noun carry its own name ("Khanasir town", "the Gladiola
        outpost", "the town of X")?"""
        for c in noun.children:
            if c.dep_ in ("compound", "nmod", "amod", "appos") and c.i in roots:
                return True
            if c.dep_ == "prep" and c.lower_ == "of" and c.i == noun.i + 1 and any(
                    g.i in roots for g in c.children if g.dep_ == "pobj"):
                return True
        return False

    @staticmethod
    def _locative_thing(noun: "Token") -> bool:
        """Is this noun, which a place name modifies, itself where something is ("in a Las
        Vegas hotel room", "on a Mississippi courthouse lawn"), not a statement or a body
        ("in a Los Angeles Times interview", "under the Abidjan accord")?"""
        cur = noun
        while cur.dep_ == "compound" and cur.head.i != cur.i:
            cur = cur.head
        if cur.lemma_.lower() in _NOT_LOCATIVE_THINGS or cur.lower_ in _NOT_LOCATIVE_THINGS:
            return False
        return (cur.dep_ == "pobj" and cur.head.lower_ in ("in", "at", "on", "inside", "outside", "near")
                and cur.head.head.pos_ in ("VERB", "AUX"))

    def _container_phrase(self, prep: "Token") -> bool:
        """Does the preposition's object name a larger unit by a place noun ("of Riyom LGA",
        "of Plateau State", "in Kandahar Province") rather than the place itself ("the Baghdad
        neighbourhood of Al-Bayaa")?"""
        return any(o.dep_ == "pobj" and (self._is_place_noun(o) or o.text in _ADMIN_WORDS)
                   and any(c.dep_ in ("compound", "nmod", "amod") for c in o.children)
                   for o in prep.children)

    @staticmethod
    def _is_place_noun(tok: "Token") -> bool:
        return (tok.lower_ in _PLACE_NOUNS or tok.lemma_.lower() in _PLACE_NOUNS
                or tok.lemma_.lower() in _TERRAIN_NOUNS)

    def _is_place_tok(self, tok: "Token") -> bool:
        return self._is_place_noun(tok) or tok.ent_type_ in ("GPE", "LOC", "FAC")

    def _event_score(self, trigger: "Token", root: "Token", roots: set[int] = frozenset(),
                     sizes: dict[int, tuple[int, int]] | None = None) -> float | None:
        """Higher = more likely the event's location; None = not a place of this event.
        ``sizes``: how large each place (by its root token) is, see :func:`_place_size`."""
        sizes = sizes or {}
        # the noun phrase the place names: "al-Tijara neighbourhood", "the town of X"
        head = root.head
        np_root = root
        modifier_penalty = 0.0
        if root.dep_ in ("compound", "amod", "nmod", "poss") and root.head.i != root.i:
            lemma = head.lemma_.lower()
            site = lemma in _SITE_NOUNS or self._is_place_noun(head)
            if (lemma in _LOCAL_FORCES and root.dep_ == "compound" and head.dep_ in ("nsubj", "nsubjpass")
                    and head.head.i == trigger.i and sizes.get(root.i, (0, 0))[0] == _PRECISION_RANK["town"]):
                return _LOCAL_FORCE_SCORE  # "Dallas police shot ...": a town's police act in the town
            if head.lower_ in _ACTOR_NOUNS or lemma in _ACTOR_NOUNS or (
                    head.ent_type_ in ("ORG", "PERSON", "NORP") and not site):
                return None  # "U.S. forces", "Mexico's army", "Seville fans", "U.S. jets"
            if head.pos_ in ("NOUN", "PROPN"):
                if (self._is_place_tok(head) or head.lower_ in _AREA_NOUNS or site
                        or lemma in _EVENT_NOUNS or head.i in roots):
                    np_root = head  # "al-Tijara neighbourhood", "the Baghdad headquarters"
                elif root.dep_ != "poss" and self._locative_thing(head):
                    np_root = head  # "in a Las Vegas hotel room", "in Karachi's latest violence"
                    modifier_penalty = 1.0
                else:
                    return None  # "the Abidjan accord", "Syria's civil war", "Los Angeles television"
        elif root.dep_ == "pobj" and head.lower_ == "of" and (
                self._is_place_noun(head.head) or head.head.lower_ in _AREA_NOUNS):
            np_root = head.head
        elif root.dep_ == "appos" and self._is_place_noun(head):
            np_root = head
        chain = self._chain(np_root, trigger)
        score = 2.0
        if chain is None and self._describes_place(np_root, trigger):
            return 4.0  # "Kobani ... is a town that was under attack", "X, a town where ... killed"
        if chain is None:
            gov0 = np_root.head if np_root.dep_ in ("pobj", "pcomp") else None
            fronted = (gov0 is not None and gov0.i < trigger.i and gov0.lower_ in _LOCATIVE_PREPS
                       and all(t.pos_ in ("ADV", "PUNCT", "ADP", "DET", "NOUN", "PROPN", "NUM", "ADJ", "CCONJ")
                               for t in trigger.doc[trigger.sent.start:gov0.i]))
            chain_t = self._chain(trigger, np_root.head) if np_root.head.i != np_root.i else None
            if fronted and gov0.i - trigger.sent.start <= 4:
                score += 0.5  # "In Vienna, ... marched": a fronted locative scopes over the sentence
                chain = [np_root]
            elif chain_t is not None and len(chain_t) <= 2 and np_root.head.pos_ in ("VERB", "AUX"):
                score -= 1.0 + len(chain_t)
                chain = [np_root]
            else:
                return None
        # "in the towns of X and Y", "against the company and Libya": a conjunct shares the
        # preposition of the first one
        lead = np_root
        while lead.dep_ == "conj" and lead.head.i != lead.i and lead.head.pos_ in ("NOUN", "PROPN"):
            lead = lead.head
        gov = lead.head if lead.dep_ in ("pobj", "pcomp") else None
        prep = gov.lower_ if gov is not None else None
        if prep == "from":
            return None  # an origin
        if prep in _NON_LOCATIVE_PREPS:
            score -= 4.0  # "demonstrated against Libya": not a site
        else:
            topic = next((c for c in chain if c.i != np_root.i and c.pos_ == "ADP" and c.head.pos_ in ("VERB", "AUX")
                          and c.lower_ in ("against", "about", "regarding", "concerning")), None)
            if topic is not None:
                # "protested against an attack on Iraq", "... against the war in X": what it was
                # about, not where ("against Bush in Ghent" is mostly a misattached "in")
                about_event = any(o.dep_ == "pobj" and (o.lemma_.lower() in _EVENT_NOUNS or o.lemma_.lower() == "war")
                                  for o in topic.children)
                if about_event:
                    return None
                score -= 1.0 if prep in ("in", "at") else 3.0
        if prep in _DESTINATION_PREPS and gov is not None and gov.head.i != trigger.i and gov.head.pos_ in ("VERB", "AUX") \
                and gov.head.dep_ != "acl":
            score -= 3.0  # "captured ... and deported to X": another verb's destination
        if any(c.dep_ == "xcomp" and c.head.lemma_.lower() in _INTENT_VERBS for c in chain):
            score -= 3.0  # "... and vowed to march into X": what they mean to do, not what they did
        if any(c.lower_ == "according" or c.head.lower_ == "according" for c in chain):
            return None  # "according to sources in Nineveh": where the news came from
        if prep == "of" and gov is not None and (gov.head.lower_ in _PERSON_NOUNS or gov.head.ent_type_ == "PERSON"
                                                  or gov.head.lemma_.lower() in _OFFICE_NOUNS):
            return None
        # crossing clause boundaries
        for c in chain:
            if c.dep_ == "acl" and c.tag_ in ("VBG", "VBN"):
                score -= 1.0  # "reinforcements trying to reach X": where the victims were
            elif c.dep_ in ("relcl", "acl", "ccomp", "parataxis") and c.pos_ in ("VERB", "AUX"):
                score -= 2.5
            elif c.dep_ == "advcl" and c.pos_ in ("VERB", "AUX"):
                own_subject = any(ch.dep_ in ("nsubj", "nsubjpass") for ch in c.children)
                same_time = any(ch.lower_ in ("when", "as") for ch in c.children if ch.dep_ in ("mark", "advmod"))
                # "..., while a protest took place in X": another event ("killed when X hit Y": the same)
                score -= 3.0 if own_subject and not same_time else 1.5
            elif c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"):
                own_subject = any(ch.dep_ in ("nsubj", "nsubjpass") for ch in c.children)
                later = any(ch.lower_ in _LATER_WORDS and not list(ch.children)
                            for ch in c.children if ch.dep_ == "advmod")
                score -= 3.0 if own_subject or later else 2.0  # "... and later died at X"
            elif c.dep_ == "conj" and c.head.i == trigger.i:
                score -= 3.0
        score -= 0.5 * len([c for c in chain if c.pos_ not in ("ADP",)])
        if prep in _LOCATIVE_PREPS:
            attach = gov.head if gov is not None else trigger
            if attach.i == trigger.i or attach.pos_ in ("VERB", "AUX"):
                score += 4.0
            elif self._is_place_tok(attach) and attach.lemma_.lower() not in _OWNED_SITES:
                score += 0.5  # "in Y" after a place: Y contains the event place
            else:
                score += 2.5
        elif prep == "of" and gov is not None and gov.head.lower_ in _DIRECTIONS:
            direction = gov.head
            before = trigger.doc[direction.i - 1] if direction.i > 0 else direction
            if before.text == "," or before.lower_ in _DISTANCE_WORDS or before.like_num or (
                    before.pos_ == "ADV" and direction.i > 1 and trigger.doc[direction.i - 2].text == ","):
                score -= 3.0  # "Amara, south of Baghdad", "100 km west of Mosul": a reference point
            else:
                score += 3.0  # "an ambush north of Karbala"
        # "Manger Square in nearby Bethlehem", "Khanasir town in the countryside of Aleppo":
        # a place right after another place (or a place noun) contains it
        p = self._governing_prep(np_root)
        if p is not None and p.lower_ in ("in", "of", "near", "outside", "at") and p.i > 0:
            k = p.i - 1
            while k > 0 and trigger.doc[k].pos_ == "ADJ":
                k -= 1
            if k > 0 and trigger.doc[k].text == "," and p.lower_ != "of":
                k -= 1  # "in Orgun, in the province of Paktika": the second contains the first
            before = trigger.doc[k]
            if before.lemma_.lower() in _OWNED_SITES:
                pass  # "the Israeli Embassy in Buenos Aires": the city is where it is
            elif before.i in roots or before.ent_type_ in ("GPE", "LOC", "FAC") or (
                    before.pos_ == "PROPN" and before.ent_type_ not in ("PERSON", "ORG", "NORP", "DATE")):
                score -= 2.5
            elif p.lower_ != "of" and (self._is_place_noun(before) or before.lemma_.lower() in _SITE_NOUNS) and self._named(before, roots):
                score -= 2.5  # "Umm al-Fahm junction in northern Israel"; not "a town in Pulwama"
        if root.dep_ == "poss" and (self._is_place_tok(root.head) or root.head.i in roots
                                    or root.head.lower_ in _AREA_NOUNS):
            score -= 3.0  # "Syria's Aleppo province", "Syria's Raqqa", "Qamishli's suburbs"
        if root.dep_ in ("dobj", "nsubjpass") and any(
                c.dep_ == "appos" and (c.lemma_.lower() in _OFFICE_NOUNS or c.lemma_.lower() in _ROLE_NOUNS)
                for c in root.children):
            return None  # "captured Abu Zubaydah, al-Qaida's top coordinator, in X": a person
        if np_root.dep_ == "nsubj" or any(c.dep_ == "nsubj" and c.head.i == trigger.i for c in chain):
            # inside the doer's phrase; "dozens of Iraqis in Tikrit demonstrated": where they were
            # ("the head of the forces in Tabqa was killed": an office, not where)
            local = (prep in ("in", "at") and gov is not None and gov.head.dep_ in ("nsubj", "pobj")
                     and len(chain) <= 4 and not any(c.dep_ in ("relcl", "acl", "appos") for c in chain)
                     and not any(c.lemma_.lower() in _OFFICE_NOUNS for c in chain))
            score -= 1.5 if local else 3.0
        if np_root.dep_ in ("nsubj", "agent") or (np_root.dep_ == "pobj" and prep == "by"):
            return None  # the doer: a state or city named for its government ("Iran captured")
        verb = lead.head
        if lead.dep_ in ("dobj", "nsubjpass") and (verb.i == trigger.i or (
                verb.dep_ == "xcomp" and verb.head.i == trigger.i)):
            if trigger.lemma_.lower() in _TAKE_VERBS or verb.lemma_.lower() in _TAKE_VERBS:
                score += 4.5
            else:
                return None
        elif lead.dep_ == "dobj" and verb.pos_ in ("VERB", "AUX"):
            if verb.lemma_.lower() in _LEAVE_VERBS:
                return None  # "people who tried to escape the city of X": an origin

        # another place stands between this one and the trigger: this one is a container or a
        # reference point ("Amara, south of Baghdad", "Manger Square in nearby Bethlehem")
        if any(c.i in roots and c.i != root.i and c.lemma_.lower() not in _OWNED_SITES for c in chain[1:]):
            score -= 3.0
        inner = [t.i for ch in np_root.children if ch.lower_ in ("of", "in", "at")
                 and not self._container_phrase(ch) for t in ch.subtree if t.i in roots and t.i != root.i]
        if root is not np_root and root.dep_ in ("compound", "amod", "nmod", "poss") and inner and not (
                root.i in sizes and all(o in sizes and sizes[root.i] < sizes[o] for o in inner)):
            # "the south Baghdad neighbourhood of Al-Bayaa", "the US base in Habbaniya"; not when
            # the name is the smaller place ("the Sayida Zaynab district of Damascus")
            score -= 2.5
        if root is not np_root and root.dep_ == "pobj" and root.head.lower_ == "of" and (
                self._is_place_noun(root) or root.text in _ADMIN_WORDS) and (np_root.i in roots or any(
                c.dep_ in ("compound", "nmod", "amod") and c.i in roots for c in np_root.children)):
            score -= 3.0  # "the Rim district of Riyom LGA": the container of the named district
        elif root is not np_root and root.dep_ == "pobj" and root.head.lower_ == "of" and root.i in sizes and any(
                c.dep_ in ("compound", "nmod") and c.i in sizes and sizes[c.i] < sizes[root.i]
                for c in np_root.children):
            score -= 3.0  # "the Zafaraniyah district of Baghdad": the smaller place is the site
        if np_root.dep_ == "nsubjpass" and root.ent_type_ == "PERSON" and root is np_root:
            return None  # "Santacruz was captured": a person the NER saw, not a town
        p_ev = self._governing_prep(np_root)
        if p_ev is not None and p_ev.lower_ in ("of", "on", "in", "against", "near") and (
                p_ev.head.lemma_.lower() in _EVENT_NOUNS) and (
                p_ev.head.i == trigger.i or p_ev.head.head.head.i == trigger.i
                or p_ev.head.head.i == trigger.i):
            score += 2.5  # "the siege of Homs", "the bombardment of Aziziyah district"
        if root.dep_ == "pobj" and root.head.lower_ == "of" and np_root is not root:
            score += 1.0  # the name itself in "the town of X"
        if root.ent_type_ not in ("GPE", "LOC", "FAC") and not self._is_place_tok(np_root):
            score -= 0.5
        score -= modifier_penalty
        if root.lemma_.lower() in _OWNED_SITES or np_root.lemma_.lower() in _OWNED_SITES:
            score -= 4.0  # "the Danish Embassy", "the United States consulate": named for its owner
        return score


_DATELINE_TAIL = re.compile(r"(?:,\s+[A-Z][\w.'’ -]{1,30})?\s*(?:\([A-Za-z.\- ]{1,20}\))?\s*(?:--|—|–|_)\s")
_DATELINE_CITY = re.compile(r"[A-Z][A-Z.'’ -]*[A-Z.],\s+$")
_DATELINE_HEAD = re.compile(r"(?:^|\n|\s{2,}|[-—–_]{1,2}\s*)\W{0,3}$")


def _in_dateline(text: str, start: int, end: int) -> bool:
    """Is the place the dateline of a report ("BAGHDAD -- A suicide bomber...", "TEHRAN, Iran
    (AP) --")? Where the story was filed, not where it happened."""
    name = text[start:end]
    if not any(c.isalpha() for c in name) or not _DATELINE_TAIL.match(text, end):
        return False
    before = text[max(0, start - 40):start]
    if name.upper() == name:
        return bool(_DATELINE_HEAD.search(before))
    city = _DATELINE_CITY.search(before)  # "TEHRAN, Iran --": the country of the dateline
    return city is not None and bool(_DATELINE_HEAD.search(before[:city.start()]))


_PRECISION_RANK = {"point": 0, "town": 1, "district": 2, "region": 3, "country": 4}


def _place_size(place: Place | None) -> tuple[int, int]:
    """How large a resolved place is (precision, then population); an unresolved name counts as
    a small place (most names a gazetteer lacks are villages and neighbourhoods)."""
    if place is None:
        return (0, 0)
    return (_PRECISION_RANK.get(place.precision, 1), place.population)


# senses of "capture" and "shoot" that are no event with a place ("captured the imagination",
# "prices shot up", "shot to fame", "the film was shot in X"); a title or a medal "captured in
# Rome" keeps its place
_CAPTURED_THINGS = frozenset({
    "imagination", "heart", "hearts", "attention", "mood", "spirit", "essence", "fancy",
    "interest", "headlines", "sympathy", "admiration",
})
_FILMED = frozenset({"film", "movie", "scene", "scenes", "episode", "episodes", "documentary",
                     "series", "commercial", "sequence", "footage", "picture", "drama"})
_SHOT_TO = frozenset({"fame", "stardom", "prominence", "notoriety", "celebrity", "glory"})


def _figurative(trigger: "Token") -> bool:
    """Is this "capture" or "shoot" one that is not an attack or an arrest?"""
    lemma = trigger.lemma_.lower()
    kids = list(trigger.children)
    if lemma == "capture":
        return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _CAPTURED_THINGS for c in kids)
    if lemma == "shoot":
        if any(c.dep_ == "prt" and c.lower_ in ("up", "back") for c in kids) and not any(
                c.dep_ == "dobj" for c in kids):
            return True  # "prices shot up", "he shot back": not fire ("shot up the car" is)
        if any(c.dep_ == "prep" and c.lower_ == "to" and any(g.lemma_.lower() in _SHOT_TO for g in c.children)
               for c in kids):
            return True
        return any(c.dep_ in ("nsubjpass", "dobj") and c.lemma_.lower() in _FILMED for c in kids) or (
            trigger.dep_ == "relcl" and trigger.head.lemma_.lower() in _FILMED)
    return False


# ---------------------------------------------------------------------- learned event location
# The learned chooser scores each (trigger, place mention) pair of a sentence with these features
# and takes the best-scored place when its probability reaches the model's threshold, else none.
# tools/train_event_location.py fits it on the event-location dev split (never the gold items);
# data/event_location_model.json holds the feature list, the weights and the figures.
_FEATURE_PREPS = ("in", "at", "near", "on", "outside", "around", "across", "into", "to", "from", "of",
                  "against", "for", "with", "by", "between")
_FEATURE_DEPS = ("pobj", "compound", "dobj", "nsubj", "nsubjpass", "poss", "appos", "conj", "npadvmod", "amod")
_FEATURE_PRECISIONS = ("point", "town", "district", "region", "country")
_FEATURE_LEMMAS = ("kill", "capture", "shoot", "detonate", "demonstrate", "patrol", "march", "bomb",
                   "attack", "arrest", "protest", "clash", "explode", "fire", "storm")

EVENT_FEATURES: tuple[str, ...] = (
    "bias",
    "rule_choice", "rule_none", "rule_scored", "rule_score", "rule_is_best", "rule_margin",
    "inherited_scored", "inherited_score",
    "in_subtree", "path_len", "up_from_place", "up_from_trigger", "lca_is_trigger",
    "same_clause", "other_verb_governs", "verb_hops",
    "distance_log", "after_trigger",
    *(f"prep_{p}" for p in _FEATURE_PREPS), "prep_other", "prep_none",
    "prep_head_trigger", "prep_head_noun", "prep_head_other_verb", "prep_head_place",
    *(f"dep_{d}" for d in _FEATURE_DEPS), "dep_other",
    "ent_gpe", "ent_loc", "ent_fac", "ent_other",
    "modifies_actor", "actor_suffix", "dateline", "fronted_scene", "sentence_start",
    *(f"precision_{p}" for p in _FEATURE_PRECISIONS), "unresolved", "population_log",
    "candidates", "single_candidate", "figurative",
    *(f"trigger_{v}" for v in _FEATURE_LEMMAS), "trigger_other",
)


@dataclass(frozen=True, slots=True)
class _SentenceContext:
    """What the features of every candidate of one sentence share."""

    n: int
    figurative: bool
    rule_none: bool
    best: float | None
    second: float | None


def _verb_above(tok: "Token") -> tuple["Token | None", int]:
    """The nearest verb above a token (itself excluded) and how many steps up it is."""
    cur = tok
    for step in range(1, 40):
        if cur.head.i == cur.i:
            return None, 0
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            return cur, step
    return None, 0


def _pair_features(geoparser: Geoparser, trigger: "Token", mention: PlaceMention, root: "Token",
                   rule_score: float | None, inherited: float | None, rule_choice: bool,
                   ctx: _SentenceContext) -> list[float]:
    """The feature vector of one (trigger, place) pair, in the order of :data:`EVENT_FEATURES`."""
    doc = trigger.doc
    f: dict[str, float] = {"bias": 1.0, "rule_choice": float(rule_choice), "rule_none": float(ctx.rule_none)}
    if rule_score is not None:
        f["rule_scored"] = 1.0
        f["rule_score"] = max(-8.0, min(12.0, rule_score)) / 4.0
        f["rule_is_best"] = float(ctx.best is not None and rule_score >= ctx.best)
        other = ctx.second if ctx.best is not None and rule_score >= ctx.best else ctx.best
        f["rule_margin"] = max(-8.0, min(8.0, rule_score - other)) / 4.0 if other is not None else 2.0
    if inherited is not None:
        f["inherited_scored"] = 1.0
        f["inherited_score"] = max(-8.0, min(12.0, inherited)) / 4.0
    # dependency path through the lowest common ancestor
    up_place = {t.i: k for k, t in enumerate([root, *root.ancestors])}
    up_trigger = 0
    lca = None
    for k, t in enumerate([trigger, *trigger.ancestors]):
        if t.i in up_place:
            lca, up_trigger = t, k
            break
    if lca is not None:
        f["up_from_place"] = min(up_place[lca.i], 10) / 5.0
        f["up_from_trigger"] = min(up_trigger, 10) / 5.0
        f["path_len"] = min(up_place[lca.i] + up_trigger, 15) / 5.0
        f["lca_is_trigger"] = float(lca.i == trigger.i)
    else:
        f["path_len"] = 3.0
    f["in_subtree"] = float(trigger.i in up_place)
    verb, hops = _verb_above(root)
    f["same_clause"] = float(verb is not None and verb.i == trigger.i)
    f["other_verb_governs"] = float(verb is not None and verb.i != trigger.i)
    f["verb_hops"] = min(hops, 8) / 4.0
    f["distance_log"] = math.log1p(abs(root.i - trigger.i)) / 2.0
    f["after_trigger"] = float(root.i > trigger.i)
    np_root = root.head if root.dep_ in ("compound", "amod", "nmod", "poss") and root.head.i != root.i else root
    prep = geoparser._governing_prep(np_root)
    p = prep.lower_ if prep is not None else None
    f[f"prep_{p}" if p in _FEATURE_PREPS else ("prep_none" if p is None else "prep_other")] = 1.0
    if prep is not None:
        ph = prep.head
        f["prep_head_trigger"] = float(ph.i == trigger.i)
        f["prep_head_noun"] = float(ph.i != trigger.i and ph.pos_ in ("NOUN", "PROPN"))
        f["prep_head_other_verb"] = float(ph.i != trigger.i and ph.pos_ in ("VERB", "AUX"))
        f["prep_head_place"] = float(geoparser._is_place_tok(ph))
    dep = root.dep_
    f[f"dep_{dep}" if dep in _FEATURE_DEPS else "dep_other"] = 1.0
    ent = root.ent_type_
    f[{"GPE": "ent_gpe", "LOC": "ent_loc", "FAC": "ent_fac"}.get(ent, "ent_other")] = 1.0
    head = root.head
    f["modifies_actor"] = float(root.dep_ in ("compound", "amod", "nmod", "poss") and (
        head.lower_ in _ACTOR_NOUNS or head.lemma_.lower() in _ACTOR_NOUNS or head.ent_type_ in ("ORG", "PERSON", "NORP")))
    f["actor_suffix"] = float(bool(_ACTOR_SUFFIX.match(doc.text, mention.end)))
    f["dateline"] = float(_in_dateline(doc.text, mention.start, mention.end))
    f["fronted_scene"] = float(geoparser._fronted_scene(root, trigger.sent) >= 0)
    f["sentence_start"] = float(root.left_edge.i - trigger.sent.start <= 2)
    place = mention.place
    if place is None:
        f["unresolved"] = 1.0
    else:
        prec = place.precision if place.precision in _FEATURE_PRECISIONS else "town"
        f[f"precision_{prec}"] = 1.0
        f["population_log"] = math.log1p(max(0, place.population)) / 10.0
    f["candidates"] = min(ctx.n, 8) / 4.0
    f["single_candidate"] = float(ctx.n == 1)
    f["figurative"] = float(ctx.figurative)
    lemma = trigger.lemma_.lower()
    f[f"trigger_{lemma}" if lemma in _FEATURE_LEMMAS else "trigger_other"] = 1.0
    return [f.get(name, 0.0) for name in EVENT_FEATURES]


class EventLocationModel:
    """A learned chooser over :data:`EVENT_FEATURES`: logistic regression (``weights``) or a
    sum of regression trees (``trees``, gradient boosting in log-odds), read from JSON.

    ``probability(features)`` is the chance that the place is where the event happened;
    ``choose(candidates)`` keeps the hand rules' choice when its probability reaches
    ``prefer_rules`` or its rule score reaches ``keep_rule_score``, else returns the most likely place when it reaches ``threshold``, else None.
    """

    def __init__(self, spec: dict[str, Any], *, source: str = "<dict>") -> None:
        self.scorer = Scorer(spec, features=EVENT_FEATURES, source=source,
                             trainer="tools/train_event_location.py")
        self.spec = spec
        self.kind = self.scorer.kind
        self.threshold = float(spec.get("threshold", 0.5))
        #: above 1: the model alone decides
        self.prefer_rules = float(spec.get("prefer_rules", 2.0))
        #: the rules' choice is kept whatever the model says when its rule score reaches this
        self.keep_rule_score = float(spec.get("keep_rule_score", 99.0))
        #: the model picks only among places the rules scored or chose
        self.only_rule_scored = bool(spec.get("only_rule_scored", False))

    @classmethod
    def load(cls, path: str | Path | None = None) -> "EventLocationModel":
        """Read a model file; None = the shipped data/event_location_model.json."""
        spec, source = read_model_spec(path, "event_location_model.json", "event-location model")
        return cls(spec, source=source)

    def probability(self, x: Sequence[float]) -> float:
        return self.scorer.probability(x)

    def choose(self, candidates: Sequence[tuple[PlaceMention, Sequence[float]]]) -> PlaceMention | None:
        """The hybrid decision: the rules' own choice when the model gives it at least
        ``prefer_rules`` or its rule score reaches ``keep_rule_score`` (strong structural
        evidence), else the most probable place (among those the rules scored, when
        ``only_rule_scored``) when it reaches ``threshold``, else None."""
        best: PlaceMention | None = None
        best_p = -1.0
        rule_k = EVENT_FEATURES.index("rule_choice")
        score_k = EVENT_FEATURES.index("rule_score")
        scored_k = EVENT_FEATURES.index("rule_scored")
        for mention, x in candidates:
            p = self.probability(x)
            if x[rule_k] == 1.0 and (p >= self.prefer_rules or x[score_k] * 4.0 >= self.keep_rule_score):
                return mention
            if self.only_rule_scored and x[rule_k] != 1.0 and x[scored_k] != 1.0:
                continue  # a place the rules rule out (an origin, a speech verb's, an actor's)
            if p > best_p:
                best, best_p = mention, p
        return best if best is not None and best_p >= self.threshold else None


def _capital_word(m: PlaceMention) -> bool:
    """A mention of the word "capital" resolved to a country's capital (``_capitals_named``)."""
    return m.text.lower() == "capital" and m.place is not None and m.place.feature_code == "PPLC"
