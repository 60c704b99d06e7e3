"""Typed records exchanged between pipeline stages.

Every record is a small frozen, slotted dataclass with ``as_dict()`` / ``from_dict()`` so it can
cross a process boundary (Dask), be stored (DuckDB JSON columns) and be exported (JSON). Stages
return new records; they never add keys to their inputs.

The flow::

    RawDocument --clean--> Document --annotate--> (spaCy Doc) --actors--> ActorMention
                                                              --geo-----> PlaceMention
                                  --coding--> Event, Relation, Claim --dedup--> EventCluster

Character offsets (``start``/``end``) are always into ``Document.text`` (the clean text), so every
fact links back to the exact sentence it came from.
"""
from __future__ import annotations

import dataclasses
import types
import typing
from dataclasses import dataclass, field
from typing import Any, ClassVar, TypeVar

__all__ = [
    "Record", "Span", "RawDocument", "Document", "Failure", "Actor", "ActorMention", "Place",
    "PlaceMention", "Numbers", "Attribution", "Event", "Relation", "Claim",
]

R = TypeVar("R", bound="Record")


def _to_plain(value: Any) -> Any:
    if isinstance(value, Record):
        return value.as_dict()
    if isinstance(value, (list, tuple)):
        return [_to_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _to_plain(v) for k, v in value.items()}
    return value


def _from_plain(tp: Any, value: Any) -> Any:
    """Rebuild ``value`` as type ``tp`` (handles records, tuples of records and optionals)."""
    if value is None:
        return None
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        for arg in typing.get_args(tp):
            if arg is type(None):
                continue
            return _from_plain(arg, value)
    if origin is tuple:
        args = typing.get_args(tp)
        inner = args[0] if args else Any
        return tuple(_from_plain(inner, v) for v in value)
    if isinstance(tp, type) and issubclass(tp, Record):
        return tp.from_dict(value) if isinstance(value, dict) else value
    return value


class Record:
    """Mixin giving dataclass records ``as_dict`` and ``from_dict``."""

    __slots__ = ()
    _hints: ClassVar[dict[str, Any]]

    def as_dict(self) -> dict[str, Any]:
        return {f.name: _to_plain(getattr(self, f.name)) for f in dataclasses.fields(self)}  # type: ignore[arg-type]

    @classmethod
    def from_dict(cls: type[R], data: dict[str, Any]) -> R:
        hints = cls.__dict__.get("_hints_cache")
        if hints is None:
            hints = typing.get_type_hints(cls)
            setattr(cls, "_hints_cache", hints)
        names = {f.name for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
        kwargs = {k: _from_plain(hints[k], v) for k, v in data.items() if k in names}
        return cls(**kwargs)

    def replace(self: R, **changes: Any) -> R:
        return dataclasses.replace(self, **changes)  # type: ignore[type-var]


@dataclass(frozen=True, slots=True)
class Span(Record):
    """A character range ``[start, end)`` in a document's clean text."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class RawDocument(Record):
    """One article as read from an input, before cleaning.

    ``content`` is decoded text (HTML or plain text, as ``format`` says). ``origin`` locates it
    inside its input: ``path``, ``path:line`` for JSONL, ``path#record`` for WARC.
    """

    origin: str
    content: str
    format: str  # "text" | "html"
    url: str | None = None
    title: str | None = None
    published: str | None = None  # ISO date or datetime when the input states it
    publisher: str | None = None
    encoding: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Document(Record):
    """A clean article. ``id`` is a hash of the normalised clean text (stable across re-runs)."""

    id: str
    text: str
    origin: str
    url: str | None = None
    title: str | None = None
    published: str | None = None  # ISO 8601 date or datetime
    publisher: str | None = None
    language: str | None = None
    paragraphs: tuple[Span, ...] = ()
    sentences: tuple[Span, ...] = ()
    dropped: tuple[str, ...] = ()  # boilerplate lines removed by the cleaner, for audit
    meta: dict[str, Any] = field(default_factory=dict)

    def sentence_text(self, index: int) -> str:
        s = self.sentences[index]
        return self.text[s.start:s.end]


@dataclass(frozen=True, slots=True)
class Failure(Record):
    """One input or record that could not be processed, and why. Nothing is dropped silently."""

    origin: str
    stage: str
    code: str
    reason: str


@dataclass(frozen=True, slots=True)
class Actor(Record):
    """An entry of the actor dictionary (or an actor found in text and described by it).

    ``kind``: state | state-sector | armed-group | igo | ngo | person | group | other.
    ``country``: ISO 3166-1 alpha-3 (or a PETRARCH/CAMEO code such as IGO/IMG when not a state).
    ``sector``: GOV, MIL, POL (police), SPY (intelligence), REB, MILITIA, JUD, LEG, OPP, CVL, ...
    ``patron``/``lead``: actor id of a backer ("Iranian-backed") or of a coalition's leader.
    """

    id: str
    name: str
    kind: str = "other"
    country: str | None = None
    sector: str | None = None
    aliases: tuple[str, ...] = ()
    patron: str | None = None
    lead: str | None = None
    affiliation: str | None = None  # actor id a person belongs to
    role: str | None = None  # "chairman of the US Joint Chiefs of Staff"
    cameo: str | None = None  # CAMEO actor code, e.g. "IRQMIL", "IMGMUSISI"


@dataclass(frozen=True, slots=True)
class ActorMention(Record):
    """A span of text that refers to an actor (by name, alias, demonym or reference)."""

    doc_id: str
    sentence: int
    start: int
    end: int
    text: str
    actor: Actor
    how: str = "dictionary"  # dictionary | ner | affiliation | coreference | imported
    confidence: float = 1.0


@dataclass(frozen=True, slots=True)
class Place(Record):
    """A gazetteer entry. ``precision``: point | town | district | region | country."""

    geonameid: int | None
    name: str
    country: str | None  # ISO 3166-1 alpha-2
    admin1: str | None
    lat: float
    lon: float
    feature_class: str | None = None
    feature_code: str | None = None
    population: int = 0
    precision: str = "town"


@dataclass(frozen=True, slots=True)
class PlaceMention(Record):
    """A toponym in text, with the place it was resolved to (``None`` when unresolved)."""

    doc_id: str
    sentence: int
    start: int
    end: int
    text: str
    place: Place | None
    confidence: float = 0.0


@dataclass(frozen=True, slots=True)
class Numbers(Record):
    """Counts stated for an event. Ranges are kept as (low, high); vague amounts as words.

    ``killed = (2000, 3000)``; ``killed_vague = "hundreds"`` when no figure is given.
    """

    killed: tuple[int, ...] | None = None  # (low, high); low == high for a single figure
    wounded: tuple[int, ...] | None = None
    captured: tuple[int, ...] | None = None
    fighters: tuple[int, ...] | None = None
    killed_vague: str | None = None
    wounded_vague: str | None = None
    captured_vague: str | None = None
    fighters_vague: str | None = None
    victims: str | None = None  # actor id whose people the figures count


@dataclass(frozen=True, slots=True)
class Attribution(Record):
    """Who says so, and how: ``cue`` is the reporting phrase ("told a Senate hearing")."""

    speaker: str  # the speaker's words in the text
    cue: str
    speaker_actor: str | None = None  # actor id when resolved
    anonymous: bool = False
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True, slots=True)
class Event(Record):
    """One coded event, PLOVER-compatible.

    ``type``/``mode``/``context`` follow the PLOVER manual v2.0; ``cameo`` is the mapped CAMEO root
    code and ``quad_class`` the GDELT QuadClass (1 verbal coop, 2 material coop, 3 verbal conflict,
    4 material conflict). ``modality``: asserted | ongoing | historical | forecast | planned |
    hypothetical | denied. Dates are ISO (``YYYY-MM-DD``), ``date_start == date_end`` for a day.
    ``span`` is the evidence in the clean text; ``sentence`` its sentence index.
    """

    id: str
    doc_id: str
    sentence: int
    type: str
    sources: tuple[ActorMention, ...] = ()
    targets: tuple[ActorMention, ...] = ()
    mode: str | None = None
    context: tuple[str, ...] = ()
    cameo: str | None = None
    quad_class: int | None = None
    modality: str = "asserted"
    attribution: Attribution | None = None
    place: PlaceMention | None = None
    date_start: str | None = None
    date_end: str | None = None
    date_text: str | None = None
    numbers: Numbers | None = None
    territory: dict[str, Any] | None = None  # {"place": ..., "from": actor id, "to": actor id}
    confidence: float = 0.5
    evidence: str = ""
    span: Span | None = None
    trigger: str | None = None


@dataclass(frozen=True, slots=True)
class Relation(Record):
    """A stated standing relation between actors that is not a single event.

    ``kind``: cooperation | support | hostility | rivalry | alliance | proxy.
    """

    id: str
    doc_id: str
    sentence: int
    a: str  # actor id
    b: str  # actor id
    kind: str
    scope: str | None = None  # "Iraq only"
    evidence: str = ""
    span: Span | None = None
    modality: str = "asserted"
    attribution: Attribution | None = None


@dataclass(frozen=True, slots=True)
class Claim(Record):
    """An attributed statement: who said what, with which cue and modality."""

    id: str
    doc_id: str
    sentence: int
    speaker: str
    cue: str
    content: str
    speaker_actor: str | None = None
    modality: str = "asserted"
    anonymous: bool = False
    span: Span | None = None
