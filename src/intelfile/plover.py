"""The PLOVER event ontology (manual v2.0) and its bridge to CAMEO and GDELT.

PLOVER keeps CAMEO's 2-digit cue categories as 16 event types and moves the 3- and 4-digit detail into
a ``mode`` (how) and a ``context`` (why / in which domain). This module holds:

- ``EVENT_TYPES``: the 16 types, in CAMEO order;
- ``MODES``: the modes PLOVER defines per type (e.g. ASSAULT: beat, abduct, firearms, explosives,
  aerial, suicide-attack, heavy-weapons, primitive-weapons, sexual, torture, assassination, ...);
- ``CONTEXTS``: the general context values, plus the four modality contexts PLOVER names
  (historical, future, hypothetical, negation);
- ``PLOVER_QUAD``: PLOVER's own quad category per type (verbal/material cooperation/conflict);
- ``QUAD_CLASS``: the GDELT QuadClass (1 verbal cooperation, 2 material cooperation, 3 verbal
  conflict, 4 material conflict) of each type's default CAMEO root;
- the CAMEO→PLOVER table shipped as ``data/plover_cameo.json`` (converted from the PLOVER
  repository's ``CAMEO2PLOVER-2021.txt``, CC BY-SA 4.0, Open Event Data Alliance), read with
  ``CameoTable.load()``; ``plover_for_cameo(code)`` and the inverse ``cameo_root_for(type, mode)``.

Nothing is read at import time: the table is loaded on first use by ``CameoTable.load()`` and kept
on the returned object (``cameo_table()`` caches one; ``reset_caches()`` clears it).

DOCS: docs/coding.md
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .errors import ResourceError

__all__ = [
    "EVENT_TYPES", "MODES", "CONTEXTS", "MODALITY_CONTEXT", "PLOVER_QUAD", "QUAD_CLASS", "QUAD_NAMES",
    "CameoRow", "CameoTable", "cameo_table", "cameo_root_for", "plover_for_cameo",
    "quad_class_for_cameo", "pentaclass_for_cameo", "is_valid_mode", "reset_caches",
]

EVENT_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
    "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)

#: Modes per event type (PLOVER manual v2.0 tables; verbal types mostly have none).
MODES: dict[str, tuple[str, ...]] = {
    "AGREE": (),
    "CONSULT": ("visit", "third-party", "multilateral", "phone"),
    "SUPPORT": (),
    "CONCEDE": (),
    "COOPERATE": (),
    "AID": ("economic", "military", "humanitarian", "asylum"),
    "RETREAT": ("withdraw", "release", "return", "disarm", "ceasefire", "access", "resign"),
    "REQUEST": ("assist", "change", "yield", "meet"),
    "ACCUSE": ("disapprove", "investigate", "allege"),
    "REJECT": ("assist", "change", "yield", "meet"),
    "THREATEN": ("restrict", "ban", "arrest", "relations", "expel", "violence", "territory",
                 "political"),
    "PROTEST": ("demo", "riot", "strike", "boycott", "hunger", "obstruct"),
    "SANCTION": ("convict", "expel", "withdraw", "discontinue", "relations", "restrict"),
    "MOBILIZE": ("troops", "police", "weapons", "militia"),
    "COERCE": ("seize", "restrict", "ban", "arrest", "deport", "censor", "curfew", "martial-law",
               "cyber"),
    "ASSAULT": ("beat", "torture", "sexual", "abduct", "primitive-weapons", "firearms", "explosives",
                "suicide-attack", "aerial", "heavy-weapons", "cbrn", "assassination", "massacre",
                "cleansing"),
}

#: General PLOVER context values (a subset of the manual's table that a rule coder can assign).
CONTEXTS: tuple[str, ...] = (
    "military", "diplomatic", "economic", "humanitarian", "legal", "intelligence", "peacekeeping",
    "territory", "terrorism", "crime", "corruption", "human_rights", "refugees", "elections",
    "political_institutions", "executive", "rights_freedoms", "religion_ethnicity", "cbrn", "asylum",
    "historical", "future", "hypothetical", "negation",
)

#: intelfile modality → the PLOVER context that carries it (asserted and ongoing carry none).
MODALITY_CONTEXT: dict[str, str] = {
    "historical": "historical", "forecast": "future", "planned": "future",
    "hypothetical": "hypothetical", "denied": "negation",
}

#: PLOVER's own quad categories (README of the PLOVER repository).
PLOVER_QUAD: dict[str, str] = {
    **{t: "verbal cooperation" for t in ("AGREE", "CONSULT", "SUPPORT", "CONCEDE")},
    **{t: "material cooperation" for t in ("COOPERATE", "AID", "RETREAT")},
    **{t: "verbal conflict" for t in ("REQUEST", "ACCUSE", "REJECT", "THREATEN", "SANCTION")},
    **{t: "material conflict" for t in ("PROTEST", "MOBILIZE", "COERCE", "ASSAULT")},
}

QUAD_NAMES: dict[int, str] = {
    1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict",
}

#: Default CAMEO root of each type (the root most of its CAMEO codes fall under).
_DEFAULT_ROOT: dict[str, str] = {
    "AGREE": "03", "CONSULT": "04", "SUPPORT": "05", "COOPERATE": "06", "AID": "07",
    "CONCEDE": "08", "RETREAT": "08", "ACCUSE": "11", "REQUEST": "10", "REJECT": "12",
    "THREATEN": "13", "PROTEST": "14", "MOBILIZE": "15", "SANCTION": "16", "COERCE": "17",
    "ASSAULT": "19",
}

#: Modes that the CAMEO table spells differently or leaves out, mapped to a CAMEO root directly.
_MODE_ROOT: dict[tuple[str, str], str] = {
    ("ASSAULT", "aerial"): "19", ("ASSAULT", "firearms"): "19", ("ASSAULT", "heavy-weapons"): "19",
    ("ASSAULT", "primitive-weapons"): "18", ("ASSAULT", "beat"): "18", ("ASSAULT", "torture"): "18",
    ("ASSAULT", "sexual"): "18", ("ASSAULT", "abduct"): "18", ("ASSAULT", "explosives"): "18",
    ("ASSAULT", "suicide-attack"): "18", ("ASSAULT", "assassination"): "18",
    ("ASSAULT", "massacre"): "20", ("ASSAULT", "cbrn"): "20", ("ASSAULT", "cleansing"): "20",
    ("ACCUSE", "investigate"): "09", ("COERCE", "seize"): "17", ("SANCTION", "restrict"): "16",
}


def quad_class_for_cameo(code: str) -> int:
    """GDELT QuadClass of a CAMEO code: 01–05 → 1, 06–08 → 2, 09–13 → 3, 14–20 → 4."""
    root = int(str(code)[:2])
    if not 1 <= root <= 20:
        raise ValueError(f"not a CAMEO event code: {code!r}")
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


def pentaclass_for_cameo(code: str) -> int:
    """Multi-CoPED PentaClass: 0 statement (01), 1–4 as the GDELT QuadClass (02–05 → 1 ...)."""
    root = int(str(code)[:2])
    if root == 1:
        return 0
    return quad_class_for_cameo(code)


#: GDELT QuadClass of each type, from its default CAMEO root.
QUAD_CLASS: dict[str, int] = {t: quad_class_for_cameo(r) for t, r in _DEFAULT_ROOT.items()}


@dataclass(frozen=True, slots=True)
class CameoRow:
    """One line of the CAMEO→PLOVER table."""

    cameo: str
    type: str
    mode: str | None
    context: tuple[str, ...]
    description: str


class CameoTable:
    """The CAMEO→PLOVER table with lookups both ways."""

    def __init__(self, rows: list[CameoRow]) -> None:
        self.rows = rows
        self._by_code = {r.cameo: r for r in rows}
        roots: dict[tuple[str, str | None], Counter[str]] = {}
        for r in rows:
            roots.setdefault((r.type, r.mode), Counter())[r.cameo[:2]] += 1
        self._roots = roots

    @classmethod
    def load(cls) -> "CameoTable":
        """Read the shipped ``data/plover_cameo.json``."""
        try:
            text = resources.files("intelfile").joinpath("data/plover_cameo.json").read_text("utf-8")
            data = json.loads(text)
        except (OSError, ValueError) as exc:
            raise ResourceError(f"cannot read the CAMEO→PLOVER table: {exc}") from exc
        rows = [CameoRow(r["cameo"], r["type"], r.get("mode"), tuple(r.get("context") or ()),
                         r.get("description", "")) for r in data["rows"]]
        return cls(rows)

    def plover(self, code: str) -> CameoRow | None:
        """The PLOVER row for a CAMEO code; falls back to its 3-digit then 2-digit parent."""
        code = str(code).strip()
        for k in (code, code[:3], code[:2] + "0"):
            if k in self._by_code:
                return self._by_code[k]
        return None

    def root_for(self, type_: str, mode: str | None = None) -> str:
        """The CAMEO root (2 digits) an event of this PLOVER type and mode maps back to."""
        type_ = type_.upper()
        if type_ not in _DEFAULT_ROOT:
            raise ValueError(f"unknown PLOVER type: {type_!r}")
        if mode and (type_, mode) in _MODE_ROOT:
            return _MODE_ROOT[(type_, mode)]
        if mode and (type_, mode) in self._roots:
            return self._roots[(type_, mode)].most_common(1)[0][0]
        return _DEFAULT_ROOT[type_]


@lru_cache(maxsize=1)
def cameo_table() -> CameoTable:
    """The shipped table, loaded once on first use (``reset_caches()`` clears it)."""
    return CameoTable.load()


def reset_caches() -> None:
    cameo_table.cache_clear()


def cameo_root_for(type_: str, mode: str | None = None) -> str:
    """CAMEO root code for a PLOVER type and mode: ``cameo_root_for("ASSAULT", "abduct") == "18"``."""
    return cameo_table().root_for(type_, mode)


def plover_for_cameo(code: str) -> CameoRow | None:
    """PLOVER type, mode and context of a CAMEO code (``None`` for 01/02 statements and appeals)."""
    return cameo_table().plover(code)


def is_valid_mode(type_: str, mode: str | None) -> bool:
    return mode is None or mode in MODES.get(type_.upper(), ())
