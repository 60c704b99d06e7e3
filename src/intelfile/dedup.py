"""De-duplication: near-duplicate articles, and one merged event per real-world event.

Two stages, both working on records already in the store:

* :class:`DocumentDeduplicator` – an owned index (MinHash LSH from ``datasketch`` over word
  shingles) that reports syndicated copies and near-duplicate articles (estimated Jaccard
  similarity of their shingle sets ≥ ``settings.dedup.near_duplicate_threshold``).
* :func:`cluster_events` – events told by several articles become one :class:`EventCluster`.
  Two events are the same real-world event when all of these hold:

  1. the same PLOVER ``type``;
  2. the same kind of modality (asserted/ongoing/historical events merge with each other; forecasts
     and plans with each other; hypothetical and denied events only with their own kind);
  3. overlapping actors on the side that identifies the event: the sources when both events name
     sources, else the targets when both name targets, else either side (two events without any
     actor merge only when both places are resolved and near); two changes of control merge only
     when they concern the same place and the same new holder;
  4. compatible places: within ``settings.dedup.max_km`` when both are resolved, the same country
     when one of them is a whole country, the same name when neither is resolved; an event with no
     place is compatible with any place (a less specific report);
  5. dates (``date_start``, else the article's publication date) within
     ``settings.dedup.window_days``; an event with no date at all merges only with undated events
     of its own article.

  Two events of one sentence with the same type and the same actors are one event whatever their
  places (the coder saw two candidate places). Clustering is complete-linkage and greedy in date order: an event joins a cluster only when it
  matches every member, so reports do not chain distinct events together. The cluster's canonical event is its most specific member
  (resolved place, figures, date, confidence, then earliest article). Casualty figures are merged,
  not added: a range ``(lowest low, highest high)`` over the members' figures, so two reports of the
  same 30 dead stay 30 dead.

Date and distance helpers used by the analysis modules live here too (:func:`parse_date`,
:func:`event_date`, :func:`haversine_km`).
"""
from __future__ import annotations

import hashlib
import math
import re
from dataclasses import dataclass
from datetime import date
from typing import Any, Iterable, Iterator, Mapping

from .records import Document, Event, Numbers, PlaceMention, Record
from .settings import Settings

__all__ = [
    "DocumentDeduplicator", "NearDuplicate", "EventCluster", "cluster_events", "shingles",
    "parse_date", "event_date", "haversine_km", "actor_ids", "modality_group", "merge_numbers",
    "place_key", "place_label", "places_compatible", "same_event", "iter_members",
]

FACTUAL = frozenset({"asserted", "ongoing", "historical"})
FORWARD = frozenset({"forecast", "planned"})
NUMBER_FIELDS = ("killed", "wounded", "captured", "fighters")

_WORD = re.compile(r"\w+", re.UNICODE)
_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?")


# ---------------------------------------------------------------------------------------------
# helpers shared with the analysis modules


def parse_date(value: str | None) -> date | None:
    """The day an ISO date/datetime string names; ``"2014-06"`` → 1 June 2014; ``None`` if none."""
    if not value:
        return None
    m = _DATE.match(value.strip())
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))
    except ValueError:
        return None


def event_date(event: Event, published: Mapping[str, str | None] | None = None) -> date | None:
    """When the event happened: its ``date_start``, else its article's publication date."""
    return parse_date(event.date_start) or parse_date((published or {}).get(event.doc_id))


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def actor_ids(event: Event) -> frozenset[str]:
    """Every actor id on either side of an event."""
    return frozenset(m.actor.id for m in (*event.sources, *event.targets))


def modality_group(modality: str) -> str:
    if modality in FACTUAL:
        return "factual"
    if modality in FORWARD:
        return "forward"
    return modality


def place_key(place: PlaceMention | None) -> str | None:
    """A stable key for a place: ``geonames:ID``, else the lower-cased name in the text."""
    if place is None:
        return None
    if place.place is not None and place.place.geonameid is not None:
        return f"geonames:{place.place.geonameid}"
    name = (place.place.name if place.place is not None else place.text) or ""
    return f"name:{' '.join(_WORD.findall(name.lower()))}" if name.strip() else None


def place_label(place: PlaceMention | None) -> str | None:
    """A place's name as the article writes it, with the gazetteer's name in brackets when that is
    another name ("Kobani (‘Ayn al ‘Arab)"), not just another spelling ("Tikrit" for "Tikrīt")."""
    if place is None:
        return None
    if place.place is None:
        return place.text
    from .gazetteer import name_key

    written, known = (place.text or "").strip(), place.place.name
    if not written or name_key(written) == name_key(known):
        return written or known
    return f"{written} ({known})"


def merge_numbers(numbers: Iterable[Numbers | None]) -> Numbers | None:
    """Figures of several reports of one event, merged without adding them up.

    Each numeric field becomes ``(lowest low, highest high)`` over the reports that give it; a
    vague amount ("hundreds") is kept only when no report gives a figure for that field.
    """
    items = [n for n in numbers if n is not None]
    if not items:
        return None
    merged: dict[str, Any] = {}
    for name in NUMBER_FIELDS:
        ranges = [getattr(n, name) for n in items if getattr(n, name)]
        if ranges:
            merged[name] = (min(r[0] for r in ranges), max(r[-1] for r in ranges))
        else:
            vague = next((getattr(n, f"{name}_vague") for n in items if getattr(n, f"{name}_vague")), None)
            if vague:
                merged[f"{name}_vague"] = vague
    merged["victims"] = next((n.victims for n in items if n.victims), None)
    return Numbers(**merged)


# ---------------------------------------------------------------------------------------------
# near-duplicate documents


def shingles(text: str, size: int = 5) -> set[str]:
    """Lower-cased word ``size``-grams of ``text`` (the whole text when it is shorter)."""
    words = [w.lower() for w in _WORD.findall(text)]
    if not words:
        return set()
    if len(words) <= size:
        return {" ".join(words)}
    return {" ".join(words[i:i + size]) for i in range(len(words) - size + 1)}


@dataclass(frozen=True, slots=True)
class NearDuplicate(Record):
    """``doc_id`` is a syndicated copy or near-duplicate of the earlier-seen ``duplicate_of``."""

    doc_id: str
    duplicate_of: str
    similarity: float  # exact Jaccard similarity of the two shingle sets


class DocumentDeduplicator:
    """An index of articles that finds near-duplicates as they are added.

    >>> dedup = DocumentDeduplicator(settings=settings)
    >>> for doc in documents:
    ...     for dup in dedup.add(doc):
    ...         print(dup.doc_id, "copies", dup.duplicate_of)

    MinHash LSH proposes candidates; the exact Jaccard similarity of the shingle sets confirms them,
    so the reported similarity is exact. ``group(doc_id)`` gives the first-seen article of a
    document's group (itself when it has no earlier copy).
    """

    def __init__(self, *, settings: Settings) -> None:
        from datasketch import MinHashLSH

        self.threshold = settings.dedup.near_duplicate_threshold
        self.shingle_size = settings.dedup.shingle_size
        self.num_perm = settings.dedup.num_perm
        self._lsh = MinHashLSH(threshold=self.threshold, num_perm=self.num_perm)
        self._shingles: dict[str, set[str]] = {}
        self._group: dict[str, str] = {}

    def __len__(self) -> int:
        return len(self._shingles)

    def __contains__(self, doc_id: object) -> bool:
        return doc_id in self._shingles

    def _minhash(self, items: set[str]) -> Any:
        from datasketch import MinHash

        mh = MinHash(num_perm=self.num_perm)
        mh.update_batch([s.encode("utf-8") for s in items])
        return mh

    def add(self, document: Document) -> list[NearDuplicate]:
        """Index ``document``; return the earlier articles it near-duplicates (best first)."""
        if document.id in self._shingles:
            return []
        items = shingles(document.text, self.shingle_size)
        mh = self._minhash(items)
        found = []
        for other in self._lsh.query(mh):
            theirs = self._shingles[other]
            union = len(items | theirs)
            similarity = len(items & theirs) / union if union else 0.0
            if similarity >= self.threshold:
                found.append(NearDuplicate(document.id, other, round(similarity, 4)))
        found.sort(key=lambda d: (-d.similarity, d.duplicate_of))
        self._shingles[document.id] = items
        self._lsh.insert(document.id, mh)
        self._group[document.id] = self._group[found[0].duplicate_of] if found else document.id
        return found

    def add_all(self, documents: Iterable[Document]) -> list[NearDuplicate]:
        """Index every document; every near-duplicate pair found, in order of addition."""
        return [dup for doc in documents for dup in self.add(doc)]

    def group(self, doc_id: str) -> str:
        """The first-seen article of ``doc_id``'s group of copies."""
        return self._group.get(doc_id, doc_id)

    def groups(self) -> dict[str, list[str]]:
        """First-seen article → every article of its group (itself included), in order of addition."""
        out: dict[str, list[str]] = {}
        for doc_id, first in self._group.items():
            out.setdefault(first, []).append(doc_id)
        return out


# ---------------------------------------------------------------------------------------------
# event clusters


@dataclass(frozen=True, slots=True)
class EventCluster(Record):
    """One real-world event as told by one or more articles.

    ``canonical`` is the most specific report; ``members`` the ids of every merged event and
    ``events`` the events themselves (their evidence sentences); ``sources`` the distinct articles
    (doc ids) in order of publication and ``urls`` their URLs where known; ``source_count`` how many
    articles, ``independent_sources`` how many once syndicated copies count as one;
    ``first_report`` the earliest publication date; ``numbers`` the merged casualty figures;
    ``date_start``/``date_end`` the span of the members' dates.
    """

    id: str
    canonical: Event
    members: tuple[str, ...]
    sources: tuple[str, ...]
    source_count: int
    first_report: str | None = None
    urls: tuple[str, ...] = ()
    independent_sources: int = 0
    numbers: Numbers | None = None
    date_start: str | None = None
    date_end: str | None = None
    events: tuple[Event, ...] = ()

    @property
    def type(self) -> str:
        return self.canonical.type

    @property
    def modality(self) -> str:
        return self.canonical.modality

    @property
    def place(self) -> PlaceMention | None:
        return self.canonical.place

    def actor_ids(self) -> frozenset[str]:
        return frozenset().union(*(actor_ids(e) for e in self.events)) if self.events else actor_ids(self.canonical)

    def source_ids(self) -> frozenset[str]:
        return frozenset(m.actor.id for e in (self.events or (self.canonical,)) for m in e.sources)

    def target_ids(self) -> frozenset[str]:
        return frozenset(m.actor.id for e in (self.events or (self.canonical,)) for m in e.targets)


def places_compatible(a: PlaceMention | None, b: PlaceMention | None, max_km: float) -> bool:
    if a is None or b is None:
        return True
    pa, pb = a.place, b.place
    if pa is not None and pb is not None:
        if pa.geonameid is not None and pa.geonameid == pb.geonameid:
            return True
        if "country" in (pa.precision, pb.precision):
            return bool(pa.country) and pa.country == pb.country
        return haversine_km(pa.lat, pa.lon, pb.lat, pb.lon) <= max_km
    return place_key(a) == place_key(b)


def _resolved_and_near(a: Event, b: Event, max_km: float) -> bool:
    return (a.place is not None and b.place is not None and a.place.place is not None
            and b.place.place is not None and places_compatible(a.place, b.place, max_km))


def _specificity(event: Event, published: Mapping[str, str | None]) -> tuple:
    return (
        -(event.place is not None and event.place.place is not None),
        -(event.numbers is not None),
        -(event.date_start is not None),
        -event.confidence,
        published.get(event.doc_id) or "9999",
        event.doc_id,
        event.sentence,
        event.id,
    )


def cluster_events(events: Iterable[Event], documents: Mapping[str, Document] | None = None,
                   settings: Settings | None = None, *,
                   duplicates: DocumentDeduplicator | None = None) -> list[EventCluster]:
    """Merge reports of the same real-world event (rules in the module docstring).

    ``documents`` (doc id → Document) gives publication dates and URLs; ``duplicates`` (an index
    already holding the articles) lets syndicated copies count once in ``independent_sources``.
    Clusters come back in order of their date (undated last), then id.
    """
    settings = settings or Settings()
    documents = documents or {}
    published = {doc_id: d.published for doc_id, d in documents.items()}
    window = settings.dedup.window_days
    max_km = settings.dedup.max_km
    items = list(events)
    dates = [event_date(e, published) for e in items]
    actors = [actor_ids(e) for e in items]

    # Greedy complete linkage: an event joins the first open cluster of its bucket whose every
    # member it matches, so "A near B" and "B near C" do not chain A and C together. Events come
    # in date order; a cluster whose earliest member is more than the window before the current
    # event can take no more members and is closed (so the work grows with the events per window,
    # not with the whole corpus). Undated events only meet undated events of their own article.
    finished: list[list[int]] = []
    active: dict[tuple[str, str], list[list[int]]] = {}
    order = sorted(range(len(items)), key=lambda i: (dates[i] is None, dates[i] or date.min, i))
    for i in order:
        key = (items[i].type, modality_group(items[i].modality))
        if dates[i] is None:
            key = (*key, "undated", items[i].doc_id)
        open_clusters = active.setdefault(key, [])
        if dates[i] is not None:
            still = [m for m in open_clusters if (dates[i] - dates[m[0]]).days <= window]
            finished.extend(m for m in open_clusters if (dates[i] - dates[m[0]]).days > window)
            open_clusters[:] = still
        for members in open_clusters:
            if all(_mergeable(i, j, items, dates, actors, window, max_km) for j in members):
                members.append(i)
                break
        else:
            open_clusters.append([i])
    finished.extend(m for lists in active.values() for m in lists)
    groups = {members[0]: members for members in finished}

    clusters = []
    for members in groups.values():
        member_events = sorted((items[i] for i in members), key=lambda e: _specificity(e, published))
        canonical = member_events[0]
        docs = sorted({e.doc_id for e in member_events}, key=lambda d: (published.get(d) or "9999", d))
        urls = tuple(u for u in (documents[d].url if d in documents else None for d in docs) if u)
        member_dates = sorted(d for d in (dates[i] for i in members) if d is not None)
        ends = [parse_date(items[i].date_end) for i in members if items[i].date_end]
        first = min((published[d] for d in docs if published.get(d)), default=None)
        independent = len({duplicates.group(d) for d in docs}) if duplicates is not None else len(docs)
        ordered = tuple(sorted(member_events, key=lambda e: (published.get(e.doc_id) or "9999", e.doc_id, e.sentence, e.id)))
        ids = tuple(e.id for e in ordered)
        clusters.append(EventCluster(
            id="C" + hashlib.sha1("\n".join(sorted(ids)).encode("utf-8")).hexdigest()[:12],
            canonical=canonical,
            members=ids,
            sources=tuple(docs),
            source_count=len(docs),
            first_report=first,
            urls=urls,
            independent_sources=independent,
            numbers=merge_numbers(e.numbers for e in member_events),
            date_start=member_dates[0].isoformat() if member_dates else None,
            date_end=max([*member_dates, *[d for d in ends if d]]).isoformat() if member_dates else None,
            events=ordered,
        ))
    clusters.sort(key=lambda c: (c.date_start or "9999", c.id))
    return clusters


def _mergeable(i: int, j: int, items: list[Event], dates: list[date | None], actors: list[frozenset[str]],
               window: int, max_km: float) -> bool:
    a, b = items[i], items[j]
    if dates[i] is None or dates[j] is None:
        if a.doc_id != b.doc_id or (dates[i] is not None) != (dates[j] is not None):
            return False
    elif abs((dates[i] - dates[j]).days) > window:
        return False
    return same_event(a, b, actors[i], actors[j], max_km)


def _side_overlap(a: Event, b: Event) -> bool:
    """Actors overlap on the side that identifies the event: the sources when both name some,
    else the targets when both name some, else either side."""
    sa, sb = {m.actor.id for m in a.sources}, {m.actor.id for m in b.sources}
    if sa and sb:
        return bool(sa & sb)
    ta, tb = {m.actor.id for m in a.targets}, {m.actor.id for m in b.targets}
    if ta and tb:
        return bool(ta & tb)
    return bool((sa | ta) & (sb | tb))


def _territory_place(event: Event) -> str | None:
    t = event.territory or {}
    raw = t.get("place")
    if isinstance(raw, dict):
        raw = raw.get("geonameid") or raw.get("name")
    return " ".join(_WORD.findall(str(raw).lower())) if raw else None


def same_event(a: Event, b: Event, actors_a: frozenset[str] | None = None,
               actors_b: frozenset[str] | None = None, max_km: float = 10.0) -> bool:
    """Whether two events (already known to share type, modality kind and a date window) are
    reports of one real-world event: overlapping actors, compatible places, no conflicting change
    of control."""
    if a.id == b.id:
        return True
    actors_a = actor_ids(a) if actors_a is None else actors_a
    actors_b = actor_ids(b) if actors_b is None else actors_b
    ta, tb = _territory_place(a), _territory_place(b)
    if ta and tb and (ta != tb or (a.territory or {}).get("to") != (b.territory or {}).get("to")):
        return False
    if a.doc_id == b.doc_id and a.sentence == b.sentence and actors_a and actors_a == actors_b:
        return True  # one sentence coded twice (e.g. with two candidate places)
    if actors_a or actors_b:
        if not _side_overlap(a, b):
            return False
        return places_compatible(a.place, b.place, max_km)
    return _resolved_and_near(a, b, max_km)


def iter_members(clusters: Iterable[EventCluster]) -> Iterator[tuple[EventCluster, Event]]:
    """Every (cluster, member event) pair."""
    for cluster in clusters:
        for event in cluster.events or (cluster.canonical,):
            yield cluster, event
