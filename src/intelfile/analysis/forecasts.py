"""Forecast tracking: what was predicted or planned, by whom, due when, and did it happen.

A forecast is a merged event with modality ``forecast`` or ``planned``. Its due dates are the
event's ``date_start``/``date_end`` (none when the text gives no date); its speakers the
attributions of its member events. An **outcome** is a later merged event that is asserted, ongoing
or historical, of the same type, with overlapping actors (or none on either side), at a compatible
place (the de-duplication rule: same place, nearby, or the same country for a country-level place;
a forecast with a place needs an outcome with a place), overlapping targets when both name some,
dated on or after the forecast's first report and reported in a different article. A forecast that
names neither a place nor a target cannot be checked and stays open (``checkable`` false).

Status: **borne out** when an outcome exists (``late`` when it came after the due date plus
``settings.dedup.window_days``); **not borne out** when the due date plus that margin has passed by
the corpus's latest date with no outcome; otherwise **open**.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from ..dedup import FACTUAL, FORWARD, EventCluster, places_compatible, parse_date, place_label
from ..records import Record
from .common import Corpus, Evidence

__all__ = ["ForecastStatus", "track_forecasts", "checkable"]


@dataclass(frozen=True, slots=True)
class ForecastStatus(Record):
    cluster: str
    type: str
    modality: str
    actors: tuple[str, ...]
    place: str | None
    speakers: tuple[str, ...]
    published: str | None
    due_start: str | None
    due_end: str | None
    status: str  # borne out | not borne out | open
    late: bool = False
    checkable: bool = True  # names a place or a target (else it stays open)
    statement: str = ""
    evidence: tuple[Evidence, ...] = ()
    outcome: str | None = None  # cluster id of the outcome
    outcome_evidence: tuple[Evidence, ...] = ()


def checkable(forecast: EventCluster) -> bool:
    """A forecast can be checked only when it names a place or a target: "Islamic State will cause
    trouble" is borne out by anything and so by nothing."""
    return forecast.place is not None or bool(forecast.target_ids())


def _matches(forecast: EventCluster, outcome: EventCluster, max_km: float) -> bool:
    if outcome.modality not in FACTUAL or outcome.type != forecast.type:
        return False
    fa, oa = forecast.actor_ids(), outcome.actor_ids()
    if (fa or oa) and not (fa & oa):
        return False
    ft, ot = forecast.target_ids(), outcome.target_ids()
    if ft and ot and not (ft & ot):
        return False
    if not set(outcome.sources) - set(forecast.sources):
        return False
    if forecast.place is not None and outcome.place is None:
        return False
    return places_compatible(forecast.place, outcome.place, max_km)


def track_forecasts(corpus: Corpus, *, as_of: date | None = None) -> list[ForecastStatus]:
    """Every forecast or plan with its status and the evidence for it, in order of due date."""
    as_of = as_of or corpus.as_of()
    margin = timedelta(days=corpus.settings.dedup.window_days)
    max_km = corpus.settings.dedup.max_km
    out = []
    for forecast in corpus.clusters:
        if forecast.modality not in FORWARD:
            continue
        published = parse_date(forecast.first_report)
        members = forecast.events or (forecast.canonical,)
        due_start = next((e.date_start for e in members if e.date_start), None)
        due_end = next((e.date_end for e in members if e.date_end), None) or due_start
        speakers = tuple(dict.fromkeys(e.attribution.speaker for e in members if e.attribution))
        outcomes = []
        for other in corpus.clusters if checkable(forecast) else ():
            if other is forecast or not _matches(forecast, other, max_km):
                continue
            day = corpus.cluster_day(other)
            reported = parse_date(other.first_report)
            if published is not None and ((day is not None and day < published) or
                                          (day is None and (reported is None or reported <= published))):
                continue
            outcomes.append((day or date.max, other))
        outcomes.sort(key=lambda t: (t[0], t[1].id))
        due = parse_date(due_end)
        late = False
        outcome = outcomes[0][1] if outcomes else None
        if outcome is not None:
            status = "borne out"
            late = due is not None and outcomes[0][0] > due + margin
        elif checkable(forecast) and due is not None and as_of is not None and as_of > due + margin:
            status = "not borne out"
        else:
            status = "open"
        out.append(ForecastStatus(
            cluster=forecast.id, type=forecast.type, modality=forecast.modality,
            actors=tuple(sorted(forecast.actor_ids())), place=place_label(forecast.place),
            speakers=speakers, published=forecast.first_report, due_start=due_start, due_end=due_end,
            status=status, late=late, checkable=checkable(forecast), statement=forecast.canonical.evidence,
            evidence=tuple(corpus.cluster_evidence(forecast)),
            outcome=outcome.id if outcome else None,
            outcome_evidence=tuple(corpus.cluster_evidence(outcome)) if outcome else (),
        ))
    out.sort(key=lambda f: (f.due_start or "9999", f.cluster))
    return out
