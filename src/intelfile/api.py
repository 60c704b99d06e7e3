"""The HTTP API and the single web page over the store: read-only, JSON, offline.

``create_app(settings, store=None)`` returns a Starlette application. Every view of the web page
(served at ``/``, files in ``intelfile/web``) has a JSON twin under ``/api``::

    /api                      index of the routes
    /api/stats                store counts
    /api/documents            documents (filters, paging)      /api/documents/{id}  one document
    /api/events               events (filters, paging)         /api/events/{id}     one event
    /api/events.geojson       events with a place, as GeoJSON points
    /api/actors               actors with event counts         /api/actors/{id}     one actor
    /api/network              signed, weighted actor graph (cooperation vs hostility)
    /api/timeline             events per day, month or year, by type
    /api/relations            stated relations between actors
    /api/claims               attributed statements
    /api/basemap              country outlines (GeoJSON) for the map

Only ``GET`` (and ``HEAD``) is answered. Query parameters are validated at this edge (unknown or
malformed ones give 400). Errors are JSON ``{"error": {"status", "code", "message"}}`` and their
status codes are decided in one place, :func:`status_for`.

The store is used from one thread at a time (a lock): DuckDB connections are not meant to be
shared by concurrent threads.

DOCS: docs/api.md
"""
from __future__ import annotations

import asyncio
import contextlib
import importlib
import math
import re
import threading
from collections import Counter, defaultdict
from dataclasses import dataclass
from importlib import resources
from typing import Any, AsyncIterator, Callable, Iterable, Iterator, Mapping, Sequence

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from .errors import ConfigError, InputError, IntelfileError, NotFound, QueryError
from .records import Actor, ActorMention, Claim, Document, Event, PlaceMention, Relation
from .settings import Settings

__all__ = ["create_app", "status_for", "call", "ROUTES_DOC", "QUAD_NAMES"]

QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}
COOPERATIVE_RELATIONS = frozenset({"cooperation", "support", "alliance", "proxy"})
HOSTILE_RELATIONS = frozenset({"hostility", "rivalry"})
MODALITIES = ("asserted", "ongoing", "historical", "forecast", "planned", "hypothetical", "denied")
DEFAULT_LIMIT = 100
MAX_LIMIT = 5000

# One line per route: the index at /api and the reference in docs/api.md say the same thing.
ROUTES_DOC: dict[str, str] = {
    "/": "the web page (map, timeline, network, events table, document view)",
    "/api": "this index of routes",
    "/api/stats": "counts of documents, events, actors, places, relations, claims",
    "/api/documents": "documents: q, publisher, since, until, limit, offset",
    "/api/documents/{id}": "one document: clean text, sentences, metadata and its analysis",
    "/api/events": "events: actor, type, quad, since, until, modality, doc, bbox, q, limit, offset",
    "/api/events.geojson": "events with a place as GeoJSON points (same filters as /api/events)",
    "/api/events/{id}": "one event with its evidence",
    "/api/actors": "actors with event counts: q, kind, limit, offset",
    "/api/actors/{id}": "one actor: counts, event types, partners, relations, allies and adversaries",
    "/api/network": "signed weighted actor graph from events (and stated relations)",
    "/api/timeline": "events per day, month or year, by type",
    "/api/relations": "stated relations: actor, kind, modality, doc, limit, offset",
    "/api/claims": "attributed statements: actor, speaker, modality, doc, q, limit, offset",
    "/api/basemap": "country outlines (GeoJSON FeatureCollection) for the map",
}


# --------------------------------------------------------------------------------------------
# Errors: the one place that maps exceptions to HTTP statuses.


def status_for(exc: BaseException) -> int:
    """HTTP status of an exception: 404 not found, 400 bad request, 500 anything else."""
    if isinstance(exc, HTTPException):
        return exc.status_code
    if isinstance(exc, NotFound):
        return 404
    if isinstance(exc, (QueryError, ConfigError, InputError)):
        return 400
    return 500


def _error_body(status: int, code: str, message: str) -> dict[str, Any]:
    return {"error": {"status": status, "code": code, "message": message}}


async def _handle_error(request: Request, exc: Exception) -> Response:
    status = status_for(exc)
    if isinstance(exc, IntelfileError):
        code, message = exc.code, str(exc)
    elif isinstance(exc, HTTPException):
        code = {404: "not-found", 405: "method-not-allowed"}.get(exc.status_code, "http")
        message = exc.detail if exc.status_code != 404 else f"no route {request.url.path}"
    else:
        code, message = "internal", f"internal error: {type(exc).__name__}"
    headers = {"Allow": "GET, HEAD"} if status == 405 else None
    return JSONResponse(_error_body(status, code, message), status_code=status, headers=headers)


# --------------------------------------------------------------------------------------------
# Query parameters: validated at the edge.

_DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class Query:
    """The query string of one request, read with typed accessors that raise QueryError."""

    def __init__(self, params: Mapping[str, str], allowed: Iterable[str]) -> None:
        self.params = params
        allowed = set(allowed)
        unknown = sorted(k for k in params.keys() if k not in allowed)
        if unknown:
            raise QueryError(f"unknown parameter(s) {', '.join(unknown)}; allowed: {', '.join(sorted(allowed))}")

    def text(self, name: str) -> str | None:
        value = self.params.get(name)
        if value is None:
            return None
        value = value.strip()
        return value or None

    def integer(self, name: str, default: int, *, low: int = 0, high: int | None = None) -> int:
        raw = self.text(name)
        if raw is None:
            return default
        try:
            value = int(raw)
        except ValueError:
            raise QueryError(f"{name} must be an integer, not {raw!r}") from None
        if value < low or (high is not None and value > high):
            bound = f"between {low} and {high}" if high is not None else f"at least {low}"
            raise QueryError(f"{name} must be {bound}, not {value}")
        return value

    def number(self, name: str, default: float) -> float:
        raw = self.text(name)
        if raw is None:
            return default
        try:
            value = float(raw)
        except ValueError:
            raise QueryError(f"{name} must be a number, not {raw!r}") from None
        if not math.isfinite(value):
            raise QueryError(f"{name} must be a finite number")
        return value

    def boolean(self, name: str, default: bool) -> bool:
        raw = self.text(name)
        if raw is None:
            return default
        if raw.lower() in ("1", "true", "yes", "on"):
            return True
        if raw.lower() in ("0", "false", "no", "off"):
            return False
        raise QueryError(f"{name} must be true or false, not {raw!r}")

    def date(self, name: str) -> str | None:
        raw = self.text(name)
        if raw is None:
            return None
        if not _DATE_RE.match(raw):
            raise QueryError(f"{name} must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), not {raw!r}")
        return raw

    def choices(self, name: str, allowed: Sequence[str] | None = None, *, upper: bool = False) -> set[str] | None:
        raw = self.text(name)
        if raw is None:
            return None
        values = {v.strip().upper() if upper else v.strip().lower() for v in raw.split(",") if v.strip()}
        if allowed is not None:
            bad = sorted(values - set(allowed))
            if bad:
                raise QueryError(f"{name}: unknown value(s) {', '.join(bad)}; allowed: {', '.join(allowed)}")
        return values or None

    def choice(self, name: str, allowed: Sequence[str], default: str) -> str:
        raw = self.text(name)
        if raw is None:
            return default
        if raw.lower() not in allowed:
            raise QueryError(f"{name} must be one of {', '.join(allowed)}, not {raw!r}")
        return raw.lower()

    def bbox(self, name: str = "bbox") -> tuple[float, float, float, float] | None:
        raw = self.text(name)
        if raw is None:
            return None
        parts = raw.split(",")
        try:
            values = [float(p) for p in parts]
        except ValueError:
            values = []
        if len(values) != 4 or not all(math.isfinite(v) for v in values):
            raise QueryError(f"{name} must be min_lon,min_lat,max_lon,max_lat, not {raw!r}")
        min_lon, min_lat, max_lon, max_lat = values
        if not (-180 <= min_lon <= 180 and -180 <= max_lon <= 180 and -90 <= min_lat <= max_lat <= 90):
            raise QueryError(f"{name} is out of range: longitudes in [-180, 180], latitudes in [-90, 90], "
                             "min_lat <= max_lat")
        return min_lon, min_lat, max_lon, max_lat

    def paging(self, default: int = DEFAULT_LIMIT) -> tuple[int, int]:
        return self.integer("limit", default, low=0, high=MAX_LIMIT), self.integer("offset", 0)


PAGING = ("limit", "offset")
EVENT_FILTERS = ("actor", "type", "quad", "since", "until", "modality", "doc", "bbox", "q")


# --------------------------------------------------------------------------------------------
# Plain helpers over records.


def _quad_table() -> Mapping[str, int]:
    """PLOVER type → QuadClass from intelfile.plover when it is installed (else empty)."""
    try:
        plover = importlib.import_module("intelfile.plover")
    except ImportError:
        return {}
    table = getattr(plover, "QUAD_CLASS", None)
    return table if isinstance(table, Mapping) else {}


def _quad(event: Event, table: Mapping[str, int]) -> int | None:
    if event.quad_class is not None:
        return event.quad_class
    value = table.get(event.type) or table.get(event.type.upper())
    return int(value) if isinstance(value, int) else None


def _day(value: str | None) -> str | None:
    """The ``YYYY-MM-DD`` (or shorter) date part of an ISO date or datetime."""
    if not value:
        return None
    return value[:10] if len(value) >= 10 and value[4:5] == "-" else value.split("T")[0]


def _in_dates(start: str | None, end: str | None, since: str | None, until: str | None) -> bool:
    """Whether the interval [start, end] overlaps [since, until] (ISO prefixes compare as text)."""
    if since is None and until is None:
        return True
    if start is None:
        return False
    end = end or start
    if since is not None and end < since:
        return False
    if until is not None and start[: len(until)] > until:
        return False
    return True


def _actor_json(actor: Actor) -> dict[str, Any]:
    return {"id": actor.id, "name": actor.name, "kind": actor.kind, "country": actor.country,
            "sector": actor.sector}


def _mention_json(m: ActorMention) -> dict[str, Any]:
    return {"id": m.actor.id, "name": m.actor.name, "kind": m.actor.kind, "country": m.actor.country,
            "text": m.text, "start": m.start, "end": m.end, "how": m.how}


def _place_json(pm: PlaceMention | None) -> dict[str, Any] | None:
    if pm is None:
        return None
    p = pm.place
    return {
        "text": pm.text, "start": pm.start, "end": pm.end, "confidence": pm.confidence,
        "name": p.name if p else None, "country": p.country if p else None,
        "admin1": p.admin1 if p else None, "geonameid": p.geonameid if p else None,
        "lat": p.lat if p else None, "lon": p.lon if p else None,
        "precision": p.precision if p else None,
    }


def _point(event: Event) -> tuple[float, float] | None:
    if event.place is None or event.place.place is None:
        return None
    p = event.place.place
    if p.lat is None or p.lon is None:
        return None
    return float(p.lon), float(p.lat)


@dataclass(frozen=True, slots=True)
class DocInfo:
    """What an event needs to know about its document (title, link, publication date)."""

    id: str
    title: str | None
    url: str | None
    published: str | None
    publisher: str | None


class Data:
    """The records one request works on, read from the store under the app's lock.

    ``cache`` (a dict owned by the app) keeps whole-store reads between requests; the app passes
    one only when the store is open read-only, so nothing can change under it.
    """

    def __init__(self, store: Any, lock: threading.Lock, cache: dict[str, Any] | None = None) -> None:
        self.store = store
        self.lock = lock
        self.cache: dict[str, Any] = cache if cache is not None else {}
        self._quads: Mapping[str, int] | None = None

    def _call(self, name: str, *args: Any, **kwargs: Any) -> Any:
        with self.lock:
            return getattr(self.store, name)(*args, **kwargs)

    def _all(self, name: str) -> list[Any]:
        if name not in self.cache:
            self.cache[name] = list(self._call(name))
        return list(self.cache[name])

    @property
    def quads(self) -> Mapping[str, int]:
        if self._quads is None:
            self._quads = _quad_table()
        return self._quads

    def documents(self) -> list[Document]:
        return list(self._call("documents"))

    def document(self, doc_id: str) -> Document:
        doc: Document = self._call("document", doc_id)
        return doc

    def doc_info(self) -> dict[str, DocInfo]:
        if "doc_info" not in self.cache:
            self.cache["doc_info"] = {d.id: DocInfo(d.id, d.title, d.url, d.published, d.publisher)
                                      for d in self.documents()}
        found: dict[str, DocInfo] = self.cache["doc_info"]
        return found

    def events(self, doc_id: str | None = None) -> list[Event]:
        if doc_id is not None:
            return list(self._call("events", doc_id=doc_id))
        return self._all("events")

    def relations(self, doc_id: str | None = None) -> list[Relation]:
        if doc_id is not None:
            return list(self._call("relations", doc_id=doc_id))
        return self._all("relations")

    def claims(self, doc_id: str | None = None) -> list[Claim]:
        if doc_id is not None:
            return list(self._call("claims", doc_id=doc_id))
        return self._all("claims")

    def actor_mentions(self, doc_id: str | None = None) -> list[ActorMention]:
        if doc_id is not None:
            return list(self._call("actor_mentions", doc_id=doc_id))
        return self._all("actor_mentions")

    def place_mentions(self, doc_id: str | None = None) -> list[PlaceMention]:
        return list(self._call("place_mentions", doc_id=doc_id))

    def stats(self) -> dict[str, Any]:
        return dict(self._call("stats"))

    # -- derived -------------------------------------------------------------------------

    def event_dates(self, event: Event) -> tuple[str | None, str | None, str | None]:
        """``(start, end, source)``: the event's own dates, else its document's publication day."""
        if event.date_start or event.date_end:
            start = _day(event.date_start or event.date_end)
            return start, _day(event.date_end) or start, "event"
        info = self.doc_info().get(event.doc_id)
        day = _day(info.published) if info else None
        return (day, day, "published") if day else (None, None, None)

    def event_json(self, event: Event) -> dict[str, Any]:
        start, end, date_source = self.event_dates(event)
        info = self.doc_info().get(event.doc_id)
        quad = _quad(event, self.quads)
        return {
            "id": event.id,
            "type": event.type,
            "mode": event.mode,
            "context": list(event.context),
            "cameo": event.cameo,
            "quad_class": quad,
            "quad_name": QUAD_NAMES.get(quad) if quad else None,
            "modality": event.modality,
            "confidence": event.confidence,
            "date": start,
            "date_end": end,
            "date_source": date_source,
            "date_text": event.date_text,
            "sources": [_mention_json(m) for m in event.sources],
            "targets": [_mention_json(m) for m in event.targets],
            "place": _place_json(event.place),
            "trigger": event.trigger,
            "evidence": event.evidence,
            "doc_id": event.doc_id,
            "sentence": event.sentence,
            "span": event.span.as_dict() if event.span else None,
            "document": {"id": info.id, "title": info.title, "url": info.url, "published": info.published,
                         "publisher": info.publisher} if info else {"id": event.doc_id},
            "attribution": event.attribution.as_dict() if event.attribution else None,
            "numbers": event.numbers.as_dict() if event.numbers else None,
            "territory": event.territory,
        }

    def filtered_events(self, q: Query) -> list[Event]:
        """Events matching the EVENT_FILTERS of ``q``, sorted by date, document and sentence."""
        actor = q.text("actor")
        types = q.choices("type", upper=True)
        quads_raw = q.choices("quad", ("1", "2", "3", "4"))
        quads = {int(v) for v in quads_raw} if quads_raw else None
        since, until = q.date("since"), q.date("until")
        modalities = q.choices("modality", MODALITIES)
        doc_id = q.text("doc")
        bbox = q.bbox()
        needle = (q.text("q") or "").lower() or None
        events = self.events(doc_id) if doc_id else self.events()
        out: list[tuple[str, Event]] = []
        for e in events:
            if types and e.type.upper() not in types:
                continue
            if quads and _quad(e, self.quads) not in quads:
                continue
            if modalities and e.modality not in modalities:
                continue
            if actor and not _involves(e, actor):
                continue
            start, end, _ = self.event_dates(e)
            if not _in_dates(start, end, since, until):
                continue
            if bbox is not None:
                pt = _point(e)
                if pt is None or not _in_bbox(pt, bbox):
                    continue
            if needle and needle not in (e.evidence or "").lower():
                continue
            out.append((start or "9999", e))
        out.sort(key=lambda pair: (pair[0], pair[1].doc_id, pair[1].sentence, pair[1].id))
        return [e for _, e in out]


def _involves(event: Event, actor: str) -> bool:
    """Whether ``actor`` (an actor id, exact; or part of a name, case-insensitive) takes part."""
    needle = actor.lower()
    for m in (*event.sources, *event.targets):
        if m.actor.id.lower() == needle or needle in m.actor.name.lower() or needle == m.text.lower():
            return True
    return False


def _in_bbox(point: tuple[float, float], bbox: tuple[float, float, float, float]) -> bool:
    lon, lat = point
    min_lon, min_lat, max_lon, max_lat = bbox
    if not (min_lat <= lat <= max_lat):
        return False
    if min_lon <= max_lon:
        return min_lon <= lon <= max_lon
    return lon >= min_lon or lon <= max_lon  # a box across the antimeridian


def _page(items: Sequence[Any], limit: int, offset: int) -> dict[str, Any]:
    return {"total": len(items), "limit": limit, "offset": offset, "count": len(items[offset: offset + limit])}


def _actors_of(event: Event) -> Iterator[tuple[str, Actor]]:
    for role, mentions in (("source", event.sources), ("target", event.targets)):
        for m in mentions:
            yield role, m.actor


def _sign_function() -> Callable[[Event], int] | None:
    """``intelfile.analysis.event_sign`` when available, so this graph and the dossiers agree."""
    try:
        analysis = importlib.import_module("intelfile.analysis")
    except ImportError:
        return None
    fn = getattr(analysis, "event_sign", None)
    return fn if callable(fn) else None


def _tie(event: Event, quad: int | None, sign: Callable[[Event], int] | None) -> str | None:
    """"cooperation", "hostility" or None: by ``sign`` when given, else by QuadClass."""
    if sign is not None:
        value = sign(event if event.quad_class is not None or quad is None else event.replace(quad_class=quad))
        return "cooperation" if value > 0 else "hostility" if value < 0 else None
    if quad in (1, 2):
        return "cooperation"
    if quad in (3, 4):
        return "hostility"
    return None


def build_network(data: Data, events: Sequence[Event], relations: Sequence[Relation],
                  *, min_weight: int = 1) -> dict[str, Any]:
    """Signed weighted undirected graph over the given events (as reported, not merged).

    One edge per actor pair counts cooperative events and stated relations against hostile ones.
    An event's side comes from ``intelfile.analysis.event_sign`` (PLOVER type, else QuadClass 1–2
    cooperation, 3–4 hostility); relations: cooperation, support, alliance, proxy vs hostility,
    rivalry. ``weight`` is the number of ties, ``sign = (cooperation - hostility) / weight``."""
    sign = _sign_function()
    actors: dict[str, Actor] = {}
    node_events: Counter[str] = Counter()
    edges: dict[tuple[str, str], dict[str, Any]] = {}

    def edge(a: str, b: str) -> dict[str, Any]:
        key = (a, b) if a < b else (b, a)
        if key not in edges:
            edges[key] = {"source": key[0], "target": key[1], "cooperation": 0, "hostility": 0,
                          "events": [], "relations": []}
        return edges[key]

    for e in events:
        involved = {a.id for _, a in _actors_of(e)}
        for _, a in _actors_of(e):
            actors.setdefault(a.id, a)
        for a_id in involved:
            node_events[a_id] += 1
        tie = _tie(e, _quad(e, data.quads), sign)
        if tie is None:
            continue
        for s in {m.actor.id for m in e.sources}:
            for t in {m.actor.id for m in e.targets}:
                if s == t:
                    continue
                ed = edge(s, t)
                ed[tie] += 1
                ed["events"].append(e.id)
    for r in relations:
        if r.a == r.b:
            continue
        if r.kind in COOPERATIVE_RELATIONS:
            tie = "cooperation"
        elif r.kind in HOSTILE_RELATIONS:
            tie = "hostility"
        else:
            continue
        ed = edge(r.a, r.b)
        ed[tie] += 1
        ed["relations"].append({"id": r.id, "kind": r.kind, "scope": r.scope})
    out_edges = []
    for ed in edges.values():
        weight = ed["cooperation"] + ed["hostility"]
        if weight < min_weight:
            continue
        sign = (ed["cooperation"] - ed["hostility"]) / weight
        ed["weight"] = weight
        ed["sign"] = round(sign, 4)
        ed["polarity"] = "cooperation" if sign > 0 else "hostility" if sign < 0 else "mixed"
        out_edges.append(ed)
    out_edges.sort(key=lambda d: (-d["weight"], d["source"], d["target"]))
    degree: Counter[str] = Counter()
    for ed in out_edges:
        degree[ed["source"]] += 1
        degree[ed["target"]] += 1
    names = _relation_actor_names(data, relations)
    node_ids = set(node_events) | set(degree)
    nodes = []
    for a_id in sorted(node_ids):
        a = actors.get(a_id)
        nodes.append({
            "id": a_id,
            "name": a.name if a else names.get(a_id, a_id),
            "kind": a.kind if a else None,
            "country": a.country if a else None,
            "events": node_events.get(a_id, 0),
            "degree": degree.get(a_id, 0),
        })
    nodes.sort(key=lambda n: (-n["events"], -n["degree"], n["id"]))
    return {"nodes": nodes, "edges": out_edges}


def _relation_actor_names(data: Data, relations: Sequence[Relation]) -> dict[str, str]:
    """Names for actor ids that appear only in relations (from the actor mentions)."""
    wanted = {r.a for r in relations} | {r.b for r in relations}
    if not wanted:
        return {}
    names: dict[str, str] = {}
    for m in data.actor_mentions():
        if m.actor.id in wanted:
            names.setdefault(m.actor.id, m.actor.name)
    return names


def _period(day: str, interval: str) -> str:
    return day[:4] if interval == "year" else day[:7] if interval == "month" else day[:10]


def _periods_between(first: str, last: str, interval: str) -> list[str]:
    """Every period from ``first`` to ``last`` inclusive (so the timeline shows empty months)."""
    import datetime as dt

    if interval == "year":
        return [str(y) for y in range(int(first), int(last) + 1)]
    if interval == "month":
        y, m = int(first[:4]), int(first[5:7])
        out = []
        while f"{y:04d}-{m:02d}" <= last:
            out.append(f"{y:04d}-{m:02d}")
            m += 1
            if m == 13:
                y, m = y + 1, 1
        return out
    try:
        d0, d1 = dt.date.fromisoformat(first), dt.date.fromisoformat(last)
    except ValueError:
        return sorted({first, last})
    if (d1 - d0).days > 3660:
        return []
    return [(d0 + dt.timedelta(days=i)).isoformat() for i in range((d1 - d0).days + 1)]


# --------------------------------------------------------------------------------------------
# Views.


class Views:
    """The route handlers; ``store`` is opened lazily when the app did not receive one."""

    def __init__(self, settings: Settings, store: Any | None) -> None:
        self.settings = settings
        self._store = store
        self._owns_store = store is None
        self.lock = threading.Lock()
        self._basemap: dict[str, Any] | None = None
        self._cache: dict[str, Any] = {}

    # -- store ---------------------------------------------------------------------------

    def data(self) -> Data:
        with self.lock:
            if self._store is None:
                from .store import Store

                self._store = Store.open(self.settings, read_only=True)
            cache = self._cache if getattr(self._store, "read_only", False) else None
        return Data(self._store, self.lock, cache)

    def close(self) -> None:
        with self.lock:
            if self._owns_store and self._store is not None:
                self._store.close()
                self._store = None

    # -- routes --------------------------------------------------------------------------

    def index(self, request: Request) -> Response:
        return FileResponse(str(_web_dir() / "index.html"), media_type="text/html")

    def api_index(self, request: Request) -> Response:
        Query(request.query_params, ())
        from . import __version__

        return JSONResponse({"name": "intelfile", "version": __version__,
                             "routes": [{"path": p, "description": d} for p, d in ROUTES_DOC.items()]})

    def stats(self, request: Request) -> Response:
        Query(request.query_params, ())
        data = self.data()
        events = data.events()
        actors = {a.id for e in events for _, a in _actors_of(e)}
        located = sum(1 for e in events if _point(e) is not None)
        days = sorted(d for d in (data.event_dates(e)[0] for e in events) if d)
        body = {
            "store": data.stats(),
            "events": len(events),
            "events_located": located,
            "actors": len(actors),
            "relations": len(data.relations()),
            "claims": len(data.claims()),
            "first_date": days[0] if days else None,
            "last_date": days[-1] if days else None,
            "types": dict(sorted(Counter(e.type for e in events).items())),
            "modalities": dict(sorted(Counter(e.modality for e in events).items())),
            "quad_classes": {str(k): v for k, v in sorted(Counter(
                _quad(e, data.quads) or 0 for e in events).items()) if k},
        }
        return JSONResponse(body)

    def documents(self, request: Request) -> Response:
        q = Query(request.query_params, ("q", "publisher", "since", "until", *PAGING))
        filters = {"search": q.text("q"), "publisher": q.text("publisher"),
                   "since": q.date("since"), "until": q.date("until")}
        limit, offset = q.paging()
        data = self.data()
        per_doc = Counter(e.doc_id for e in data.events())
        with data.lock:
            total = data.store.count_documents(**filters)
            docs = data.store.documents(**filters, limit=limit, offset=offset) if limit else []
        items = [{
            "id": d.id, "title": d.title, "url": d.url, "published": d.published, "publisher": d.publisher,
            "origin": d.origin, "language": d.language, "chars": len(d.text), "sentences": len(d.sentences),
            "events": per_doc.get(d.id, 0),
        } for d in docs]
        return JSONResponse({"total": total, "limit": limit, "offset": offset, "count": len(items),
                             "documents": items})

    def document(self, request: Request) -> Response:
        Query(request.query_params, ())
        doc_id = request.path_params["id"]
        data = self.data()
        d = data.document(doc_id)
        events = data.filtered_events(Query({"doc": doc_id}, EVENT_FILTERS))
        return JSONResponse({
            "id": d.id, "title": d.title, "url": d.url, "published": d.published,
            "publisher": d.publisher, "origin": d.origin, "language": d.language, "meta": d.meta,
            "dropped": list(d.dropped),
            "text": d.text,
            "paragraphs": [p.as_dict() for p in d.paragraphs],
            "sentences": [{"index": i, "start": s.start, "end": s.end, "text": d.text[s.start:s.end]}
                          for i, s in enumerate(d.sentences)],
            "events": [data.event_json(e) for e in events],
            "actor_mentions": [{**_mention_json(m), "sentence": m.sentence, "confidence": m.confidence}
                               for m in data.actor_mentions(doc_id)],
            "place_mentions": [{**(_place_json(pm) or {}), "sentence": pm.sentence}
                               for pm in data.place_mentions(doc_id)],
            "relations": [r.as_dict() for r in data.relations(doc_id)],
            "claims": [c.as_dict() for c in data.claims(doc_id)],
        })

    def events(self, request: Request) -> Response:
        q = Query(request.query_params, (*EVENT_FILTERS, *PAGING))
        limit, offset = q.paging()
        data = self.data()
        events = data.filtered_events(q)
        return JSONResponse({**_page(events, limit, offset),
                             "events": [data.event_json(e) for e in events[offset: offset + limit]]})

    def event(self, request: Request) -> Response:
        Query(request.query_params, ())
        event_id = request.path_params["id"]
        data = self.data()
        for e in data.events():
            if e.id == event_id:
                return JSONResponse(data.event_json(e))
        raise NotFound(f"no event {event_id!r}", source=event_id)

    def events_geojson(self, request: Request) -> Response:
        q = Query(request.query_params, (*EVENT_FILTERS, *PAGING))
        limit, offset = q.paging(default=MAX_LIMIT)
        data = self.data()
        located = [e for e in data.filtered_events(q) if _point(e) is not None]
        features = []
        for e in located[offset: offset + limit]:
            lon, lat = _point(e)  # type: ignore[misc]
            ej = data.event_json(e)
            props = {k: ej[k] for k in ("id", "type", "mode", "quad_class", "quad_name", "modality", "date",
                                        "date_end", "evidence", "doc_id", "sentence", "confidence")}
            props["sources"] = [m["name"] for m in ej["sources"]]
            props["targets"] = [m["name"] for m in ej["targets"]]
            props["place"] = ej["place"]["name"] if ej["place"] else None
            props["place_text"] = ej["place"]["text"] if ej["place"] else None
            props["precision"] = ej["place"]["precision"] if ej["place"] else None
            features.append({"type": "Feature", "id": e.id,
                             "geometry": {"type": "Point", "coordinates": [lon, lat]},
                             "properties": props})
        body = {"type": "FeatureCollection", "features": features,
                "total": len(located), "limit": limit, "offset": offset}
        return JSONResponse(body, media_type="application/geo+json")

    def actors(self, request: Request) -> Response:
        q = Query(request.query_params, ("q", "kind", *PAGING))
        needle = (q.text("q") or "").lower() or None
        kinds = q.choices("kind")
        limit, offset = q.paging()
        data = self.data()
        rows = _actor_table(data)
        chosen = [r for r in rows.values()
                  if (not needle or needle in r["name"].lower() or needle in r["id"].lower())
                  and (not kinds or (r["kind"] or "").lower() in kinds)]
        chosen.sort(key=lambda r: (-r["events"], -r["mentions"], r["name"].lower(), r["id"]))
        return JSONResponse({**_page(chosen, limit, offset), "actors": chosen[offset: offset + limit]})

    def actor(self, request: Request) -> Response:
        Query(request.query_params, ())
        actor_id = request.path_params["id"]
        data = self.data()
        rows = _actor_table(data)
        row = rows.get(actor_id)
        if row is None:
            raise NotFound(f"no actor {actor_id!r} in the store", source=actor_id)
        events = [e for e in data.events() if any(a.id == actor_id for _, a in _actors_of(e))]
        relations = [r for r in data.relations() if actor_id in (r.a, r.b)]
        network = build_network(data, events, relations)
        names = {n["id"]: n["name"] for n in network["nodes"]}
        partners = []
        for ed in network["edges"]:
            if actor_id not in (ed["source"], ed["target"]):
                continue
            other = ed["target"] if ed["source"] == actor_id else ed["source"]
            partners.append({"id": other, "name": names.get(other, other), "cooperation": ed["cooperation"],
                             "hostility": ed["hostility"], "weight": ed["weight"], "sign": ed["sign"],
                             "polarity": ed["polarity"], "events": ed["events"], "relations": ed["relations"]})
        body = {
            **row,
            "types": dict(sorted(Counter(e.type for e in events).items())),
            "partners": partners,
            "relations": [r.as_dict() for r in relations],
            **_analysis_of(actor_id, data, self.settings),
        }
        return JSONResponse(body)

    def network(self, request: Request) -> Response:
        q = Query(request.query_params, (*EVENT_FILTERS, "relations", "min_weight"))
        with_relations = q.boolean("relations", True)
        min_weight = q.integer("min_weight", 1, low=1)
        data = self.data()
        events = data.filtered_events(q)
        relations: list[Relation] = []
        # A stated relation has no event type, class, place or trigger: filtering by those leaves it out.
        event_only = any(q.text(name) for name in ("type", "quad", "bbox", "q"))
        if with_relations and not event_only:
            doc_id = q.text("doc")
            actor = q.text("actor")
            modalities = q.choices("modality", MODALITIES)
            since, until = q.date("since"), q.date("until")
            for r in data.relations(doc_id):
                if actor and actor.lower() not in (r.a.lower(), r.b.lower()):
                    continue
                if modalities and r.modality not in modalities:
                    continue
                if since or until:
                    info = data.doc_info().get(r.doc_id)
                    day = _day(info.published) if info else None
                    if not _in_dates(day, day, since, until):
                        continue
                relations.append(r)
        graph = build_network(data, events, relations, min_weight=min_weight)
        return JSONResponse({**graph, "events": len(events), "relations": len(relations)})

    def timeline(self, request: Request) -> Response:
        q = Query(request.query_params, (*EVENT_FILTERS, "interval"))
        interval = q.choice("interval", ("day", "month", "year"), "month")
        data = self.data()
        counts: dict[str, Counter[str]] = defaultdict(Counter)
        undated = 0
        types: Counter[str] = Counter()
        for e in data.filtered_events(q):
            start, end, _ = data.event_dates(e)
            if not start or (interval != "year" and len(start) < (7 if interval == "month" else 10)) \
                    or _period(start, interval) != _period(end or start, interval):
                undated += 1  # no date, or only a vaguer one ("in 2014" on a monthly timeline)
                continue
            counts[_period(start, interval)][e.type] += 1
            types[e.type] += 1
        periods = sorted(counts)
        if periods:
            periods = sorted(set(periods) | set(_periods_between(periods[0], periods[-1], interval)))
        return JSONResponse({
            "interval": interval,
            "types": [t for t, _ in sorted(types.items(), key=lambda kv: (-kv[1], kv[0]))],
            "periods": [{"period": p, "total": sum(counts[p].values()), "counts": dict(sorted(counts[p].items()))}
                        for p in periods],
            "undated": undated,
        })

    def relations(self, request: Request) -> Response:
        q = Query(request.query_params, ("actor", "kind", "modality", "doc", *PAGING))
        actor = (q.text("actor") or "").lower() or None
        kinds = q.choices("kind")
        modalities = q.choices("modality", MODALITIES)
        limit, offset = q.paging()
        data = self.data()
        found = [r for r in data.relations(q.text("doc"))
                 if (not actor or actor in (r.a.lower(), r.b.lower()))
                 and (not kinds or r.kind.lower() in kinds)
                 and (not modalities or r.modality in modalities)]
        found.sort(key=lambda r: (r.doc_id, r.sentence, r.id))
        return JSONResponse({**_page(found, limit, offset),
                             "relations": [r.as_dict() for r in found[offset: offset + limit]]})

    def claims(self, request: Request) -> Response:
        q = Query(request.query_params, ("actor", "speaker", "modality", "doc", "q", *PAGING))
        actor = (q.text("actor") or "").lower() or None
        speaker = (q.text("speaker") or "").lower() or None
        needle = (q.text("q") or "").lower() or None
        modalities = q.choices("modality", MODALITIES)
        limit, offset = q.paging()
        data = self.data()
        found = [c for c in data.claims(q.text("doc"))
                 if (not actor or (c.speaker_actor or "").lower() == actor)
                 and (not speaker or speaker in c.speaker.lower())
                 and (not needle or needle in c.content.lower())
                 and (not modalities or c.modality in modalities)]
        found.sort(key=lambda c: (c.doc_id, c.sentence, c.id))
        return JSONResponse({**_page(found, limit, offset),
                             "claims": [c.as_dict() for c in found[offset: offset + limit]]})

    def basemap(self, request: Request) -> Response:
        Query(request.query_params, ())
        if self._basemap is None:
            try:
                basemap = importlib.import_module("intelfile.basemap")
            except ImportError:
                world: dict[str, Any] = {"type": "FeatureCollection", "features": [], "available": False,
                                         "reason": "intelfile.basemap is not installed"}
            else:
                world = dict(basemap.load_world())
                world["available"] = True
            self._basemap = world
        return JSONResponse(self._basemap, media_type="application/geo+json",
                            headers={"Cache-Control": "public, max-age=86400"})


def _actor_table(data: Data) -> dict[str, dict[str, Any]]:
    """Every actor seen in events or mentions, with its event and mention counts."""
    rows: dict[str, dict[str, Any]] = {}

    def row(actor: Actor) -> dict[str, Any]:
        if actor.id not in rows:
            rows[actor.id] = {**_actor_json(actor), "aliases": list(actor.aliases), "cameo": actor.cameo,
                              "events": 0, "as_source": 0, "as_target": 0, "mentions": 0, "documents": 0}
        return rows[actor.id]

    docs: dict[str, set[str]] = defaultdict(set)
    for e in data.events():
        seen: set[str] = set()
        for role, actor in _actors_of(e):
            r = row(actor)
            r["as_source" if role == "source" else "as_target"] += 1
            if actor.id not in seen:
                r["events"] += 1
                seen.add(actor.id)
            docs[actor.id].add(e.doc_id)
    for m in data.actor_mentions():
        row(m.actor)["mentions"] += 1
        docs[m.actor.id].add(m.doc_id)
    for actor_id, ids in docs.items():
        rows[actor_id]["documents"] = len(ids)
    return rows


def _analysis_of(actor_id: str, data: Data, settings: Settings) -> dict[str, Any]:
    """Allies and adversaries with their evidence from ``intelfile.analysis`` (merged events and
    stated relations), or a clear "not available" when that package does not provide them."""
    try:
        analysis = importlib.import_module("intelfile.analysis")
    except ImportError as exc:
        return {"allies": None, "adversaries": None,
                "analysis": f"not available: intelfile.analysis cannot be imported ({exc})"}
    needed = ("Corpus", "actor_network", "allies", "adversaries")
    missing = [name for name in needed if not hasattr(analysis, name)]
    if missing:
        return {"allies": None, "adversaries": None,
                "analysis": f"not available: intelfile.analysis has no {', '.join(missing)}"}
    if "network_graph" not in data.cache:
        with data.lock:
            corpus = analysis.Corpus.from_store(data.store, settings)
        data.cache["network_graph"] = analysis.actor_network(corpus)
    graph = data.cache["network_graph"]
    return {"allies": _plain(analysis.allies(graph, actor_id)),
            "adversaries": _plain(analysis.adversaries(graph, actor_id)),
            "analysis": "intelfile.analysis: merged events and stated relations"}


def _plain(value: Any) -> Any:
    if hasattr(value, "as_dict"):
        return value.as_dict()
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def _web_dir() -> Any:
    return resources.files("intelfile").joinpath("web")


# --------------------------------------------------------------------------------------------
# The application.


def create_app(settings: Settings, store: Any | None = None) -> Starlette:
    """The read-only Starlette app. ``store`` (a ``Store``) stays owned by the caller; without
    one the app opens ``Store.open(settings, read_only=True)`` on first use and closes it at
    shutdown. Whole-store reads are cached between requests when the store is read-only."""
    views = Views(settings, store)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        try:
            yield
        finally:
            views.close()

    get = ["GET", "HEAD"]
    routes = [
        Route("/", views.index, methods=get),
        Route("/api", views.api_index, methods=get),
        Route("/api/stats", views.stats, methods=get),
        Route("/api/documents", views.documents, methods=get),
        Route("/api/documents/{id}", views.document, methods=get),
        Route("/api/events", views.events, methods=get),
        Route("/api/events.geojson", views.events_geojson, methods=get),
        Route("/api/events/{id}", views.event, methods=get),
        Route("/api/actors", views.actors, methods=get),
        Route("/api/actors/{id}", views.actor, methods=get),
        Route("/api/network", views.network, methods=get),
        Route("/api/timeline", views.timeline, methods=get),
        Route("/api/relations", views.relations, methods=get),
        Route("/api/claims", views.claims, methods=get),
        Route("/api/basemap", views.basemap, methods=get),
        Mount("/static", app=StaticFiles(directory=str(_web_dir())), name="static"),
    ]
    handlers: dict[Any, Callable[..., Any]] = {
        IntelfileError: _handle_error, HTTPException: _handle_error, Exception: _handle_error,
    }
    app = Starlette(routes=routes, exception_handlers=handlers, lifespan=lifespan)
    app.state.views = views
    return app


def call(app: Any, path: str) -> tuple[int, dict[str, str], bytes]:
    """Answer one ``GET path`` in process, without a server: ``(status, headers, body)``."""
    return asyncio.run(_call(app, path))


async def _call(app: Any, path: str) -> tuple[int, dict[str, str], bytes]:
    raw_path, _, query = path.partition("?")
    from urllib.parse import unquote

    scope = {
        "type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "GET",
        "scheme": "http", "path": unquote(raw_path), "raw_path": raw_path.encode(),
        "query_string": query.encode(), "root_path": "", "headers": [(b"host", b"localhost")],
        "client": ("127.0.0.1", 0), "server": ("localhost", 80),
    }
    status = 500
    headers: dict[str, str] = {}
    body = bytearray()
    sent = False

    async def receive() -> dict[str, Any]:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": b"", "more_body": False}
        await asyncio.sleep(0)
        return {"type": "http.disconnect"}

    async def send(message: dict[str, Any]) -> None:
        nonlocal status
        if message["type"] == "http.response.start":
            status = message["status"]
            headers.update({k.decode("latin-1"): v.decode("latin-1") for k, v in message.get("headers", [])})
        elif message["type"] == "http.response.body":
            body.extend(message.get("body", b""))

    try:
        await app(scope, receive, send)
    except Exception:
        # Starlette answers a 500 through the error handler, then re-raises for servers to log.
        if not headers:
            raise
    return status, headers, bytes(body)
