"""Territorial control: who holds which place since when, and whether it is contested.

A **change of control** is a merged event (asserted, ongoing or historical) whose ``territory`` is
``{"place": ..., "from": actor id, "to": actor id}`` (the coder fills it for captured, seized,
retook, drove out, withdrew from...). ``to`` may be empty (a withdrawal with no new holder).
Its date is the event's date, else its first report.

A place is **contested** at a date when, after its latest change of control, a hostile event
(ASSAULT, COERCE, or a siege) at that place sets some actor against the holder; those actors are
listed in ``contested_by``. A place attacked but never reported changing hands appears with no
holder, contested – except whole countries (fighting "in Syria" is not a contest for a place).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from typing import Any, Iterable

from ..dedup import FACTUAL, EventCluster, parse_date, place_key, place_label
from ..records import Event, Record
from .common import Corpus, Evidence

__all__ = ["ControlChange", "PlaceControl", "control_timeline", "holdings", "holdings_geojson", "territory_of"]

CONTEST_TYPES = frozenset({"ASSAULT", "COERCE"})
_SIEGE = re.compile(r"\b(siege|besieg\w*|encircl\w*)\b", re.IGNORECASE)
_WORDS = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class ControlChange(Record):
    """``holder`` took ``place`` from ``previous`` on ``date`` (per ``evidence``)."""

    place_key: str
    place: str
    date: str | None
    holder: str | None
    previous: str | None
    cluster: str
    type: str
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True, slots=True)
class PlaceControl(Record):
    """The state of one place at a date, with its whole timeline of changes."""

    place_key: str
    place: str
    holder: str | None
    since: str | None
    contested: bool
    contested_by: tuple[str, ...] = ()
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    changes: tuple[ControlChange, ...] = ()
    contest_evidence: tuple[Evidence, ...] = ()

    @property
    def sources(self) -> tuple[Evidence, ...]:
        return tuple(e for c in self.changes for e in c.evidence) + self.contest_evidence


def _norm(name: str) -> str:
    """Lower-case words without accents: "Tikrīt" and "Tikrit" are one name."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return " ".join(_WORDS.findall(plain.casefold()))


def territory_of(cluster: EventCluster) -> tuple[Event, dict[str, Any]] | None:
    """The member event that states a change of control, and its territory dict."""
    for event in (cluster.canonical, *cluster.events):
        if event.territory and event.territory.get("place") and (event.territory.get("to") or event.territory.get("from")):
            return event, event.territory
    return None


def _locate(event: Event, territory: dict[str, Any],
            known: dict[str, tuple[str, str, float | None, float | None, str | None]] | None = None,
            ) -> tuple[str, str, float | None, float | None, str | None]:
    """(key, label, lat, lon, country) of the territory's place: the event's resolved place when
    the names agree, else a resolved place of the same name elsewhere in the corpus (``known``)."""
    raw = territory.get("place")
    if isinstance(raw, dict):
        name = raw.get("name") or raw.get("text") or ""
        if raw.get("geonameid"):
            return f"geonames:{raw['geonameid']}", name, raw.get("lat"), raw.get("lon"), raw.get("country")
    else:
        name = str(raw or "")
    pm = event.place
    if pm is not None and (not name or _norm(name) in (_norm(pm.text), _norm(place_label(pm) or ""))):
        key = place_key(pm) or f"name:{_norm(name)}"
        p = pm.place
        return key, place_label(pm) or name, p.lat if p else None, p.lon if p else None, p.country if p else None
    if known and _norm(name) in known:
        return known[_norm(name)]
    return f"name:{_norm(name)}", name, None, None, None


def _is_contest(cluster: EventCluster) -> bool:
    if cluster.modality not in FACTUAL:
        return False
    return cluster.type in CONTEST_TYPES or any(_SIEGE.search(e.trigger or e.evidence or "") for e in cluster.events)


@dataclass
class _Timeline:
    key: str
    label: str
    lat: float | None
    lon: float | None
    country: str | None
    changes: list[ControlChange]
    contests: list[tuple[date | None, EventCluster]]


def _timelines(corpus: Corpus) -> dict[str, _Timeline]:
    return corpus.memo("territory.timelines", lambda: _build_timelines(corpus))


def _build_timelines(corpus: Corpus) -> dict[str, _Timeline]:
    lines: dict[str, _Timeline] = {}
    names: dict[str, str] = {}  # normalised name -> key, to attach contests to places known by name
    known: dict[str, tuple[str, str, float | None, float | None, str | None]] = {}
    for cluster in corpus.clusters:
        for e in cluster.events or (cluster.canonical,):
            pm = e.place
            if pm is not None and pm.place is not None and pm.place.geonameid is not None:
                entry = (place_key(pm) or "", place_label(pm) or pm.text, pm.place.lat, pm.place.lon, pm.place.country)
                known.setdefault(_norm(pm.text), entry)
                known.setdefault(_norm(pm.place.name), entry)
    for cluster in corpus.clusters:
        if cluster.modality not in FACTUAL:
            continue
        found = territory_of(cluster)
        if found is None:
            continue
        event, territory = found
        key, label, lat, lon, country = _locate(event, territory, known)
        day = corpus.cluster_day(cluster)
        line = lines.setdefault(key, _Timeline(key, label, lat, lon, country, [], []))
        if line.lat is None and lat is not None:
            line.lat, line.lon, line.country = lat, lon, country
        names[_norm(label)] = key
        line.changes.append(ControlChange(
            place_key=key, place=label, date=day.isoformat() if day else None,
            holder=territory.get("to") or None, previous=territory.get("from") or None,
            cluster=cluster.id, type=cluster.type, evidence=tuple(corpus.cluster_evidence(cluster)),
        ))
    for cluster in corpus.clusters:
        if not _is_contest(cluster) or territory_of(cluster) is not None or cluster.place is None:
            continue
        if cluster.place.place is not None and cluster.place.place.precision == "country":
            continue  # fighting "in Syria" does not make a country a contested place
        key = place_key(cluster.place)
        if key not in lines:
            key = names.get(_norm(place_label(cluster.place) or ""), names.get(_norm(cluster.place.text), key))
        if key is None:
            continue
        if key not in lines:
            p = cluster.place.place
            lines[key] = _Timeline(key, place_label(cluster.place) or "", p.lat if p else None,
                                   p.lon if p else None, p.country if p else None, [], [])
        lines[key].contests.append((corpus.cluster_day(cluster), cluster))
    for line in lines.values():
        line.changes.sort(key=lambda c: (c.date or "0000", c.cluster))
    return lines


def _state(corpus: Corpus, line: _Timeline, at: date | None) -> PlaceControl:
    changes = [c for c in line.changes if at is None or c.date is None or parse_date(c.date) <= at]
    last = changes[-1] if changes else None
    since = parse_date(last.date) if last else None
    holder = last.holder if last else None
    contested_by: dict[str, None] = {}
    evidence: list[Evidence] = []
    for day, cluster in line.contests:
        if at is not None and day is not None and day > at:
            continue
        if since is not None and (day is None or day < since):
            continue
        sides = cluster.source_ids() | cluster.target_ids()
        if holder is not None and holder not in sides:
            continue
        opponents = sides - {holder} if holder else sides
        if not opponents:
            continue
        for actor in sorted(opponents):
            contested_by[actor] = None
        evidence.extend(corpus.cluster_evidence(cluster))
    return PlaceControl(
        place_key=line.key, place=line.label, holder=holder, since=last.date if last else None,
        contested=bool(contested_by), contested_by=tuple(contested_by), lat=line.lat, lon=line.lon,
        country=line.country, changes=tuple(line.changes), contest_evidence=tuple(evidence),
    )


def control_timeline(corpus: Corpus) -> dict[str, PlaceControl]:
    """Every place with a change of control or a contest: its latest state and its whole timeline."""
    return dict(corpus.memo("territory.control", lambda: {
        key: _state(corpus, line, None) for key, line in sorted(_timelines(corpus).items())}))


def holdings(corpus: Corpus, at: str | date | None = None, *, actor: str | None = None) -> list[PlaceControl]:
    """Who holds what at ``at`` (ISO date; the latest state when ``None``), optionally one holder's."""
    day = parse_date(at) if isinstance(at, str) else at
    states = [_state(corpus, line, day) for line in _timelines(corpus).values()]
    states = [s for s in states if s.holder is not None or s.contested]
    if actor is not None:
        states = [s for s in states if s.holder == actor]
    return sorted(states, key=lambda s: (s.place.casefold(), s.place_key))


def holdings_geojson(states: Iterable[PlaceControl], corpus: Corpus | None = None) -> dict[str, Any]:
    """A GeoJSON FeatureCollection of located places with holder, since and contested."""
    features = []
    for s in states:
        if s.lat is None or s.lon is None:
            continue
        features.append({
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [s.lon, s.lat]},
            "properties": {
                "place": s.place, "place_key": s.place_key, "holder": s.holder,
                "holder_name": corpus.name(s.holder) if corpus and s.holder else s.holder,
                "since": s.since, "contested": s.contested, "contested_by": list(s.contested_by),
                "country": s.country,
                "sources": [{"doc_id": e.doc_id, "sentence": e.sentence, "quote": e.quote} for e in s.sources],
            },
        })
    return {"type": "FeatureCollection", "features": features}
