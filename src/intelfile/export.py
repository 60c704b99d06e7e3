"""Events out of intelfile: Parquet, CSV, GeoJSON, PLOVER-style JSON and GDELT-style TSV.

By default one row per merged event (:class:`~intelfile.dedup.EventCluster`): the canonical
report's fields, plus how many articles told it and where. ``dedup=False`` writes one row per
coded event instead (``source_count`` 1).

* **csv / parquet** – the flat columns of :data:`COLUMNS`.
* **geojson** – a FeatureCollection of the events with a resolved place (Point), flat columns as
  properties.
* **plover** – a JSON list of PLOVER-style event objects: ``event_type``, ``mode``, ``context``,
  ``actor``/``recipient`` entity lists (name, id, text, country, sector, character offsets),
  ``size`` (``dead``/``injured``/``arrested`` as [low, high] or a vague word), ``text`` with
  ``text_start``/``text_end``, a ``location`` object, modality, attribution and the sources.
* **gdelt** – tab-separated, the 61 columns of the GDELT 2.0 event table in GDELT's order (the
  mapping is documented in ``docs/gdelt.md``), a header line unless ``header=False``.
"""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any, Iterable

from .analysis import Corpus
from .dedup import EventCluster, cluster_events, parse_date, place_label
from .errors import ConfigError
from .records import ActorMention, Event, Numbers

__all__ = ["FORMATS", "COLUMNS", "GDELT_COLUMNS", "export_events", "event_rows", "plover_events",
           "gdelt_rows", "geojson_events"]

FORMATS = ("parquet", "csv", "geojson", "plover", "gdelt")

COLUMNS = (
    "event_id", "members", "date_start", "date_end", "type", "mode", "context", "cameo", "quad_class",
    "modality", "source_ids", "source_names", "target_ids", "target_names", "place", "place_text",
    "geonameid", "lat", "lon", "country", "precision", "killed_low", "killed_high", "killed_vague",
    "wounded_low", "wounded_high", "wounded_vague", "victims", "territory_place", "territory_from",
    "territory_to", "speaker", "source_count", "independent_sources", "first_report", "doc_id",
    "sentence", "start", "end", "evidence", "url", "doc_ids", "urls", "confidence",
)

GDELT_COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
)

GEO_TYPE = {"country": 1, "region": 5, "district": 5, "town": 4, "point": 4}
SECTOR_TYPES = {"GOV", "MIL", "POL", "SPY", "REB", "JUD", "LEG", "OPP", "CVL", "BUS", "MED", "EDU",
                "REF", "HLH", "RAD", "IGO", "NGO", "INS", "SEP", "UAF", "CRM", "LAB", "ELI", "COP"}


def _clusters(corpus: Corpus, dedup: bool) -> list[EventCluster]:
    if dedup:
        return corpus.clusters
    out = []
    for event in corpus.events:
        out.extend(cluster_events([event], corpus.documents, corpus.settings))
    return out


def _range(numbers: Numbers | None, name: str) -> tuple[int | None, int | None, str | None]:
    if numbers is None:
        return None, None, None
    value = getattr(numbers, name)
    if value:
        return value[0], value[-1], None
    return None, None, getattr(numbers, f"{name}_vague")


def _actors(mentions: Iterable[ActorMention]) -> list[ActorMention]:
    seen: dict[str, ActorMention] = {}
    for m in mentions:
        seen.setdefault(m.actor.id, m)
    return list(seen.values())


def _members(cluster: EventCluster) -> tuple[Event, ...]:
    return cluster.events or (cluster.canonical,)


def _cameo(event: Event) -> str | None:
    if event.cameo:
        return event.cameo
    try:
        from .plover import cameo_root_for
    except ImportError:
        return None
    try:
        return cameo_root_for(event.type, event.mode)
    except (KeyError, ValueError):
        return None


def event_rows(corpus: Corpus, *, dedup: bool = True) -> list[dict[str, Any]]:
    """Flat rows (keys :data:`COLUMNS`), one per merged event (or per event without ``dedup``)."""
    rows = []
    for cluster in _clusters(corpus, dedup):
        e = cluster.canonical
        members = _members(cluster)
        sources = _actors(m for ev in members for m in ev.sources)
        targets = _actors(m for ev in members for m in ev.targets)
        pm = e.place
        p = pm.place if pm is not None else None
        n = cluster.numbers
        kl, kh, kv = _range(n, "killed")
        wl, wh, wv = _range(n, "wounded")
        territory = next((ev.territory for ev in members if ev.territory), None) or {}
        tplace = territory.get("place")
        doc = corpus.documents.get(e.doc_id)
        rows.append({
            "event_id": cluster.id, "members": ";".join(cluster.members),
            "date_start": cluster.date_start, "date_end": cluster.date_end, "type": e.type, "mode": e.mode,
            "context": ";".join(e.context), "cameo": _cameo(e), "quad_class": e.quad_class, "modality": e.modality,
            "source_ids": ";".join(m.actor.id for m in sources), "source_names": ";".join(m.actor.name for m in sources),
            "target_ids": ";".join(m.actor.id for m in targets), "target_names": ";".join(m.actor.name for m in targets),
            "place": place_label(pm), "place_text": pm.text if pm else None,
            "geonameid": p.geonameid if p else None, "lat": p.lat if p else None, "lon": p.lon if p else None,
            "country": p.country if p else None, "precision": p.precision if p else None,
            "killed_low": kl, "killed_high": kh, "killed_vague": kv,
            "wounded_low": wl, "wounded_high": wh, "wounded_vague": wv,
            "victims": n.victims if n else None,
            "territory_place": (tplace.get("name") if isinstance(tplace, dict) else tplace) if tplace else None,
            "territory_from": territory.get("from"), "territory_to": territory.get("to"),
            "speaker": e.attribution.speaker if e.attribution else None,
            "source_count": cluster.source_count, "independent_sources": cluster.independent_sources,
            "first_report": cluster.first_report, "doc_id": e.doc_id, "sentence": e.sentence,
            "start": e.span.start if e.span else None, "end": e.span.end if e.span else None,
            "evidence": " ".join(e.evidence.split()), "url": doc.url if doc else None,
            "doc_ids": ";".join(cluster.sources), "urls": ";".join(cluster.urls), "confidence": e.confidence,
        })
    return rows


def geojson_events(corpus: Corpus, *, dedup: bool = True) -> dict[str, Any]:
    features = [
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [row["lon"], row["lat"]]},
         "properties": {k: v for k, v in row.items() if k not in ("lat", "lon")}}
        for row in event_rows(corpus, dedup=dedup) if row["lat"] is not None and row["lon"] is not None
    ]
    return {"type": "FeatureCollection", "features": features}


def plover_entity(m: ActorMention) -> dict[str, Any]:
    a = m.actor
    return {"name": a.name, "entity_id": a.id, "text": m.text, "start": m.start, "end": m.end,
            "kind": a.kind, "country": a.country, "sector": a.sector, "cameo": a.cameo}


def plover_size(numbers: Numbers | None, name: str) -> Any:
    """``[low, high]`` for a figure, the vague words ("hundreds") when no figure is given."""
    if numbers is None:
        return None
    value = getattr(numbers, name)
    if value:
        return [value[0], value[-1]]
    return getattr(numbers, f"{name}_vague")


def plover_events(corpus: Corpus, *, dedup: bool = True) -> list[dict[str, Any]]:
    """PLOVER-style event objects (see the module docstring)."""
    out = []
    for cluster in _clusters(corpus, dedup):
        e = cluster.canonical
        members = _members(cluster)
        pm = e.place
        p = pm.place if pm is not None else None
        doc = corpus.documents.get(e.doc_id)
        out.append({
            "id": cluster.id, "event_date": cluster.date_start, "event_date_end": cluster.date_end,
            "date_text": e.date_text, "event_type": e.type, "mode": e.mode, "context": list(e.context),
            "modality": e.modality, "cameo": _cameo(e), "quad_class": e.quad_class,
            "actor": [plover_entity(m) for m in _actors(m for ev in members for m in ev.sources)],
            "recipient": [plover_entity(m) for m in _actors(m for ev in members for m in ev.targets)],
            "size": {"dead": plover_size(cluster.numbers, "killed"), "injured": plover_size(cluster.numbers, "wounded"),
                     "arrested": plover_size(cluster.numbers, "captured"),
                     "victims": cluster.numbers.victims if cluster.numbers else None},
            "territory": next((ev.territory for ev in members if ev.territory), None),
            "attribution": e.attribution.as_dict() if e.attribution else None,
            "text": e.evidence, "text_start": e.span.start if e.span else None,
            "text_end": e.span.end if e.span else None, "trigger": e.trigger,
            "location": None if pm is None else {
                "name": place_label(pm), "text": pm.text, "start": pm.start, "end": pm.end,
                "geonameid": p.geonameid if p else None, "lat": p.lat if p else None, "lon": p.lon if p else None,
                "country_code": p.country if p else None, "admin1": p.admin1 if p else None,
                "precision": p.precision if p else None},
            "doc_id": e.doc_id, "sentence": e.sentence, "url": doc.url if doc else None,
            "source_count": cluster.source_count, "first_report": cluster.first_report,
            "sources": [{"doc_id": d, "url": corpus.documents[d].url if d in corpus.documents else None}
                        for d in cluster.sources],
            "members": list(cluster.members), "confidence": e.confidence,
        })
    return out


def _actor_code(m: ActorMention | None) -> str:
    if m is None:
        return ""
    a = m.actor
    if a.cameo:
        return a.cameo
    return ((a.country or "") + (a.sector or "")).upper()


def _gdelt_actor(m: ActorMention | None) -> list[Any]:
    if m is None:
        return [""] * 10
    a = m.actor
    sector = (a.sector or "").upper()
    return [_actor_code(m), a.name.upper(), a.country or "", "", "", "", "",
            sector if sector in SECTOR_TYPES else "", "", ""]


def _gdelt_geo(pm: Any) -> list[Any]:
    if pm is None or pm.place is None:
        return [0, "", "", "", "", "", "", ""]
    p = pm.place
    full = ", ".join(x for x in (p.name, p.admin1, p.country) if x)
    return [GEO_TYPE.get(p.precision, 4), full, p.country or "", f"{p.country}{p.admin1}" if p.country and p.admin1 else (p.country or ""),
            "", round(p.lat, 4), round(p.lon, 4), p.geonameid if p.geonameid is not None else ""]


def gdelt_rows(corpus: Corpus, *, dedup: bool = True) -> list[list[Any]]:
    """Rows of the GDELT 2.0 event table (columns :data:`GDELT_COLUMNS`; mapping in docs/gdelt.md)."""
    rows = []
    for cluster in _clusters(corpus, dedup):
        e = cluster.canonical
        members = _members(cluster)
        day = parse_date(cluster.date_start)
        sources = _actors(m for ev in members for m in ev.sources)
        targets = _actors(m for ev in members for m in ev.targets)
        a1 = sources[0] if sources else None
        a2 = targets[0] if targets else None
        code = _cameo(e) or ""
        added = parse_date(cluster.first_report)
        doc = corpus.documents.get(e.doc_id)
        url = next((u for u in cluster.urls if u), None) or (doc.url if doc else None) or e.doc_id
        row = [
            int(cluster.id[1:13], 16) if len(cluster.id) >= 13 else cluster.id,
            day.strftime("%Y%m%d") if day else "", day.strftime("%Y%m") if day else "",
            day.year if day else "",
            round(day.year + (day.timetuple().tm_yday - 1) / 365.0, 4) if day else "",
            *_gdelt_actor(a1), *_gdelt_actor(a2),
            1, code, code[:3], code[:2], e.quad_class or "", "",
            len(cluster.members), cluster.independent_sources or cluster.source_count, cluster.source_count, "",
            *_gdelt_geo(a1 and e.place), *_gdelt_geo(a2 and e.place), *_gdelt_geo(e.place),
            added.strftime("%Y%m%d000000") if added else "", url,
        ]
        rows.append(row)
    return rows


def _clean_cell(value: Any) -> Any:
    if isinstance(value, str):
        return " ".join(value.split())
    return "" if value is None else value


def export_events(source: Any, fmt: str, path: str | Path, *, settings: Any = None, dedup: bool = True,
                  header: bool = True) -> Path:
    """Write the events of ``source`` (a :class:`Corpus`, or a store with ``settings``) as ``fmt``."""
    if fmt not in FORMATS:
        raise ConfigError(f"export format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    corpus = source if isinstance(source, Corpus) else Corpus.from_store(source, settings)
    path = Path(path)
    if path.parent and not path.parent.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "csv":
        with path.open("w", encoding="utf-8", newline="") as f:
            writer = csv.DictWriter(f, fieldnames=COLUMNS)
            writer.writeheader()
            writer.writerows(event_rows(corpus, dedup=dedup))
    elif fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        rows = event_rows(corpus, dedup=dedup)
        schema = pa.schema([(c, pa.int64() if c in _INT_COLUMNS else pa.float64() if c in _FLOAT_COLUMNS else pa.string())
                            for c in COLUMNS])
        table = pa.Table.from_pylist([{c: r[c] for c in COLUMNS} for r in rows], schema=schema)
        pq.write_table(table, path)
    elif fmt == "geojson":
        path.write_text(json.dumps(geojson_events(corpus, dedup=dedup), ensure_ascii=False), encoding="utf-8")
    elif fmt == "plover":
        path.write_text(json.dumps(plover_events(corpus, dedup=dedup), ensure_ascii=False, indent=1), encoding="utf-8")
    else:
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE,
                            escapechar="\\")
        if header:
            writer.writerow(GDELT_COLUMNS)
        for row in gdelt_rows(corpus, dedup=dedup):
            writer.writerow([str(_clean_cell(v)).replace("\t", " ") for v in row])
        path.write_text(buffer.getvalue(), encoding="utf-8")
    return path


_INT_COLUMNS = {"quad_class", "geonameid", "killed_low", "killed_high", "wounded_low", "wounded_high",
                "source_count", "independent_sources", "sentence", "start", "end"}
_FLOAT_COLUMNS = {"lat", "lon", "confidence"}
