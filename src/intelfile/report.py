"""The intelligence file: one actor's dossier, the corpus overview, and the whole folder.

* :func:`write_dossier` – names and aliases, summary, assessment with its evidence, allies and
  adversaries with evidence, timeline, places (with a static map picture drawn offline on the
  Natural Earth basemap), territory held/gained/lost, casualties, key claims with speakers,
  forecasts, and the sources. Written as HTML, Markdown and JSON (``settings.report.formats``).
* :func:`write_overview` – the same kinds of tables for the whole corpus.
* :func:`write_intelligence_file` – overview + a dossier per main actor + exports + ``index.html``.

Every statement carries references to sentences: in JSON as ``refs`` (doc id, sentence index,
quote); in HTML and Markdown as numbered links to an anchor in the sources section, which quotes the
sentence from the article's clean text. Templates (``templates/``) are Jinja2 with autoescaping for
HTML and an escaping ``finalize`` for Markdown, so no text from an article is ever output raw.
"""
from __future__ import annotations

import html
import json
import logging
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

from .analysis import (
    Corpus, Evidence, actor_network, adversaries, allies, assess, casualties_by, casualty_reports,
    control_timeline, holdings, holdings_geojson, monthly_trends, track_forecasts,
)
from .analysis.casualties import format_range
from .dedup import FACTUAL, place_label
from .errors import ConfigError
from .records import Actor
from .settings import Settings

__all__ = ["write_dossier", "write_overview", "write_intelligence_file", "dossier_context",
           "overview_context", "render_map", "slugify", "main_actors"]

log = logging.getLogger(__name__)
FORMATS = ("html", "md", "json")
_MD_SPECIAL = re.compile(r"([\\`*_\[\]#|<>])")


def slugify(text: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")
    return slug[:60] or "actor"


def md_escape(value: Any) -> str:
    """Markdown-safe text: HTML and Markdown control characters escaped, lines joined."""
    if value is None:
        return ""
    if isinstance(value, _Raw):
        return value.text
    text = " ".join(str(value).split())
    return _MD_SPECIAL.sub(r"\\\1", html.escape(text, quote=False))


@dataclass(frozen=True)
class _Raw:
    """Markup made by the report itself (links), exempt from Markdown escaping."""

    text: str


class _Refs:
    """The sentences a report cites, numbered in order of first citation."""

    def __init__(self) -> None:
        self.items: dict[tuple[str, int], tuple[int, Evidence]] = {}

    def __call__(self, evidence: Iterable[Evidence]) -> list[dict[str, Any]]:
        out = []
        for ev in evidence:
            key = (ev.doc_id, ev.sentence)
            if key not in self.items:
                self.items[key] = (len(self.items) + 1, ev)
            n, first = self.items[key]
            out.append({"n": n, "anchor": first.anchor, "doc_id": ev.doc_id, "sentence": ev.sentence,
                        "quote": first.quote})
        seen: set[int] = set()
        unique = [r for r in out if not (r["n"] in seen or seen.add(r["n"]))]
        return sorted(unique, key=lambda r: r["n"])

    def sources(self) -> list[dict[str, Any]]:
        """Cited sentences grouped by article, in citation order."""
        docs: dict[str, dict[str, Any]] = {}
        for n, ev in sorted(self.items.values(), key=lambda t: t[0]):
            doc = docs.setdefault(ev.doc_id, {"doc_id": ev.doc_id, "title": ev.title, "url": ev.url,
                                              "published": ev.published, "sentences": []})
            doc["sentences"].append({"n": n, "anchor": ev.anchor, "sentence": ev.sentence, "quote": ev.quote})
        return list(docs.values())


def _environment(kind: str) -> Any:
    from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

    if kind == "html":
        env = Environment(loader=PackageLoader("intelfile", "templates"), undefined=StrictUndefined,
                          autoescape=select_autoescape(enabled_extensions=("html", "j2"), default=True))
    else:
        env = Environment(loader=PackageLoader("intelfile", "templates"), undefined=StrictUndefined,
                          autoescape=False, finalize=md_escape)
        env.filters["raw"] = _Raw
    env.filters["range"] = format_range
    return env


def _formats(settings: Settings, formats: Iterable[str] | None) -> tuple[str, ...]:
    chosen = tuple(formats) if formats is not None else settings.report.formats
    unknown = [f for f in chosen if f not in FORMATS]
    if unknown or not chosen:
        raise ConfigError(f"report formats must be among {', '.join(FORMATS)}, not {', '.join(unknown) or 'none'}")
    return chosen


# ---------------------------------------------------------------------------------------------
# map


def render_map(points: list[dict[str, Any]], path: Path, *, title: str = "") -> Path | None:
    """A PNG map of ``points`` ({name, lat, lon, status}) on the offline basemap; None if no point."""
    located = [p for p in points if p.get("lat") is not None and p.get("lon") is not None]
    if not located:
        return None
    import matplotlib

    matplotlib.use("Agg", force=False)
    from matplotlib.figure import Figure

    from .basemap import bbox_around, plot_basemap

    style = {
        "held": dict(marker="s", color="#b2182b", label="held"),
        "contested": dict(marker="D", color="#ef8a62", label="held, contested"),
        "lost": dict(marker="X", color="#4d4d4d", label="lost"),
        "gained": dict(marker="^", color="#1a9850", label="gained"),
        "event": dict(marker="o", color="#2166ac", label="events"),
    }
    bbox = bbox_around([(p["lon"], p["lat"]) for p in located])
    ratio = (bbox[3] - bbox[1]) / max(bbox[2] - bbox[0], 1e-9)
    fig = Figure(figsize=(7, min(max(7 * ratio + 0.9, 3.5), 8.5)), dpi=110)
    ax = fig.add_subplot(1, 1, 1)
    plot_basemap(ax, bbox)
    shown: set[str] = set()
    for p in located:
        s = style.get(p.get("status", "event"), style["event"])
        label = s["label"] if s["label"] not in shown else None
        shown.add(s["label"])
        ax.scatter([p["lon"]], [p["lat"]], marker=s["marker"], color=s["color"], s=60, zorder=4,
                   edgecolors="white", linewidths=0.8, label=label)
        ax.annotate(p["name"], (p["lon"], p["lat"]), xytext=(5, 4), textcoords="offset points", fontsize=8, zorder=5)
    ax.legend(loc="lower left", fontsize=7, framealpha=0.85)
    if title:
        ax.set_title(title, fontsize=10)
    fig.tight_layout()
    fig.savefig(path)
    return path


# ---------------------------------------------------------------------------------------------
# dossier


def _names(corpus: Corpus, ids: Iterable[str]) -> list[str]:
    return [corpus.name(i) for i in ids]


def _tie_row(corpus: Corpus, tie: Any, refs: _Refs) -> dict[str, Any]:
    return {"id": tie.actor, "name": tie.name, "weight": tie.weight, "positive": tie.positive,
            "negative": tie.negative, "kinds": list(tie.kinds), "scopes": list(tie.scopes),
            "refs": refs(tie.evidence)}


def _cluster_row(corpus: Corpus, cluster: Any, actor_id: str | None, refs: _Refs) -> dict[str, Any]:
    sources, targets = sorted(cluster.source_ids()), sorted(cluster.target_ids())
    role = ""
    if actor_id is not None:
        role = "initiated" if actor_id in sources else ("received" if actor_id in targets else "involved")
    n = cluster.numbers
    figures = []
    if n is not None:
        for name in ("killed", "wounded", "captured"):
            value = getattr(n, name)
            vague = getattr(n, f"{name}_vague")
            if value:
                figures.append(f"{format_range(value)} {name}")
            elif vague:
                figures.append(f"{vague} {name}")
    return {
        "cluster": cluster.id, "date": cluster.date_start, "type": cluster.type, "mode": cluster.canonical.mode,
        "modality": cluster.modality, "role": role, "sources": _names(corpus, sources),
        "targets": _names(corpus, targets), "place": place_label(cluster.place), "figures": figures,
        "source_count": cluster.source_count, "first_report": cluster.first_report,
        "text": " ".join(cluster.canonical.evidence.split()), "refs": refs(corpus.cluster_evidence(cluster)),
    }


def _control_row(corpus: Corpus, control: Any, refs: _Refs) -> dict[str, Any]:
    return {"place": control.place, "holder": corpus.name(control.holder) if control.holder else None,
            "holder_id": control.holder, "since": control.since, "contested": control.contested,
            "contested_by": _names(corpus, control.contested_by), "lat": control.lat, "lon": control.lon,
            "refs": refs(control.sources)}


def _total_row(total: Any, refs: _Refs, name: str) -> dict[str, Any]:
    return {"key": total.key, "name": name, "killed": format_range(total.killed), "wounded": format_range(total.wounded),
            "killed_vague": list(total.killed_vague), "wounded_vague": list(total.wounded_vague),
            "reports": total.reports, "refs": refs(total.evidence)}


def _forecast_row(corpus: Corpus, f: Any, refs: _Refs) -> dict[str, Any]:
    return {"cluster": f.cluster, "type": f.type, "modality": f.modality, "actors": _names(corpus, f.actors),
            "place": f.place, "speakers": list(f.speakers), "published": f.published, "due_start": f.due_start,
            "due_end": f.due_end, "status": f.status, "late": f.late, "statement": " ".join(f.statement.split()),
            "refs": refs(f.evidence), "outcome_refs": refs(f.outcome_evidence)}


def _ties_around(corpus: Corpus, graph: Any, aid: str, neighbours: set[str], refs: _Refs,
                 limit: int = 20) -> list[dict[str, Any]]:
    """Ties among the actor's allies and adversaries, and the stated relations of any of them
    ("Washington and Tehran coordinate, in Iraq only"; "Iran backs Assad"): the company it faces."""
    rows = []
    for u, v, d in graph.edges(data=True):
        if aid in (u, v) or not (u in neighbours or v in neighbours):
            continue
        stated = [t for t in d["ties"] if t["kind"] == "relation"]
        if not stated and not (u in neighbours and v in neighbours):
            continue
        ties = stated or d["ties"]
        a, b = (u, v) if (ties[0].get("from"), ties[0].get("to")) == (u, v) else (v, u)
        evidence = {(ev.doc_id, ev.sentence): ev for t in d["ties"] for ev in t["evidence"]}
        rows.append({"a": corpus.name(a), "b": corpus.name(b), "sign": d["sign"], "weight": d["weight"],
                     "stated": bool(stated), "kinds": list(dict.fromkeys(t["type"] for t in d["ties"])),
                     "scopes": list(dict.fromkeys(t["scope"] for t in d["ties"] if t.get("scope"))),
                     "refs": refs(evidence.values())})
    rows.sort(key=lambda r: (not r["stated"], -abs(r["weight"]), r["a"], r["b"]))
    return rows[:limit]


def _claims_about(corpus: Corpus, actor: Actor) -> list[Any]:
    names = [actor.name, *corpus.aliases(actor.id)]
    patterns = [re.compile(r"(?<!\w)" + re.escape(n) + r"(?!\w)", re.IGNORECASE) for n in names if len(n) > 2]
    out = []
    for claim in corpus.claims:
        if claim.speaker_actor == actor.id or any(p.search(claim.content) for p in patterns):
            out.append(claim)
    return out


def dossier_context(corpus: Corpus, actor: Actor) -> dict[str, Any]:
    """Everything a dossier shows, as plain data with references (the JSON dossier)."""
    refs = _Refs()
    aid = actor.id
    graph = actor_network(corpus)
    ally_rows = [_tie_row(corpus, t, refs) for t in allies(graph, aid)]
    adversary_rows = [_tie_row(corpus, t, refs) for t in adversaries(graph, aid)]
    around = _ties_around(corpus, graph, aid, {r["id"] for r in ally_rows + adversary_rows}, refs)
    assessment = assess(corpus, aid)
    clusters = corpus.clusters_of(aid)
    timeline = [_cluster_row(corpus, c, aid, refs) for c in clusters if c.modality in FACTUAL]
    controls = control_timeline(corpus)
    held = [_control_row(corpus, c, refs) for c in controls.values() if c.holder == aid]
    gained, lost = [], []
    for control in controls.values():
        for change in control.changes:
            row = {"place": change.place, "date": change.date, "from": corpus.name(change.previous) if change.previous else None,
                   "to": corpus.name(change.holder) if change.holder else None, "refs": refs(change.evidence)}
            if change.holder == aid and change.previous != aid:
                gained.append(row)
            elif change.previous == aid and change.holder != aid:
                lost.append(row)
    reports = casualty_reports(corpus)
    suffered = [r for r in reports if aid in r.victims]
    inflicted = [r for r in reports if aid in r.perpetrators]
    casualty_rows = []
    for r in suffered + [r for r in inflicted if r not in suffered]:
        casualty_rows.append({
            "date": r.date, "place": r.place, "role": "suffered" if aid in r.victims else "inflicted",
            "perpetrators": _names(corpus, r.perpetrators), "victims": _names(corpus, r.victims),
            "victims_stated": r.victims_stated, "killed": format_range(r.killed) or r.killed_vague or "",
            "wounded": format_range(r.wounded) or r.wounded_vague or "", "source_count": r.source_count,
            "refs": refs(r.evidence)})
    totals = {}
    for role, items in (("suffered", suffered), ("inflicted", inflicted)):
        t = casualties_by(items, "victim" if role == "suffered" else "perpetrator")
        mine = next((x for x in t if x.key == aid), None)
        totals[role] = _total_row(mine, refs, corpus.name(aid)) if mine else None
    claims = [{"speaker": c.speaker, "cue": c.cue, "content": " ".join(c.content.split()), "modality": c.modality,
               "anonymous": c.anonymous, "refs": refs([corpus.evidence(c.doc_id, c.sentence, c.content, c.span)])}
              for c in _claims_about(corpus, actor)]
    forecasts = [_forecast_row(corpus, f, refs) for f in track_forecasts(corpus)
                 if aid in f.actors or (not f.actors and f.place in {h["place"] for h in held})]
    place_counts: Counter[str] = Counter()
    points: dict[str, dict[str, Any]] = {}
    for c in clusters:
        pm = c.place
        if pm is None or pm.place is None:
            continue
        label = place_label(pm)
        place_counts[label] += 1
        points.setdefault(label, {"name": label, "lat": pm.place.lat, "lon": pm.place.lon, "status": "event",
                                  "country": pm.place.country})
    for row in sorted([*[(r, "lost") for r in lost], *[(r, "gained") for r in gained]],
                      key=lambda t: t[0]["date"] or ""):
        if row[0]["place"] in points:
            points[row[0]["place"]]["status"] = row[1]
    for row in held:
        points.setdefault(row["place"], {"name": row["place"], "lat": row["lat"], "lon": row["lon"]})
        points[row["place"]]["status"] = "contested" if row["contested"] else "held"
    places = [{**p, "events": place_counts.get(name, 0)} for name, p in sorted(points.items())]
    months = [m.as_dict() for m in monthly_trends(corpus, aid)]
    for m in months:
        m["adversaries"] = _names(corpus, m["adversaries"])
    dated = sorted(r["date"] for r in timeline if r["date"])
    docs = {d for c in clusters for d in c.sources}
    forward = sum(1 for c in clusters if c.modality not in FACTUAL)
    summary = [f"{actor.name} appears in {len(clusters) - forward} reported event(s)"
               + (f" and {forward} forecast, planned or hypothetical one(s)" if forward else "")
               + f", told by {len(docs)} article(s)" + (f", from {dated[0]} to {dated[-1]}" if dated else "") + "."]
    if held or gained or lost:
        summary.append(f"It holds {len(held)} place(s) in the reports, gained {len(gained)} and lost {len(lost)}.")
    if ally_rows or adversary_rows:
        summary.append("Allies: " + (", ".join(r["name"] for r in ally_rows[:5]) or "none reported")
                       + ". Adversaries: " + (", ".join(r["name"] for r in adversary_rows[:5]) or "none reported") + ".")
    summary.append(f"Assessment: {assessment.verdict}.")
    return {
        "kind": "dossier",
        "actor": {"id": aid, "name": actor.name, "kind": actor.kind, "country": actor.country,
                  "sector": actor.sector, "role": actor.role, "aliases": corpus.aliases(aid),
                  "patron": corpus.name(actor.patron) if actor.patron else None,
                  "lead": corpus.name(actor.lead) if actor.lead else None},
        "summary": summary,
        "assessment": {"verdict": assessment.verdict, "rule": assessment.rule, "reasons": list(assessment.reasons),
                       "window_start": assessment.window_start, "window_end": assessment.window_end,
                       "refs": refs(assessment.evidence)},
        "allies": ally_rows, "adversaries": adversary_rows, "around": around, "timeline": timeline, "months": months,
        "places": places, "map": None,
        "territory": {"held": held, "gained": gained, "lost": lost},
        "casualties": {"events": casualty_rows, "totals": totals},
        "claims": claims, "forecasts": forecasts, "sources": refs.sources(),
    }


def _write(context: dict[str, Any], out_dir: Path, stem: str, formats: tuple[str, ...], template: str) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for fmt in formats:
        path = out_dir / f"{stem}.{fmt}"
        if fmt == "json":
            path.write_text(json.dumps(context, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
        else:
            text = _environment(fmt).get_template(f"{template}.{fmt}.j2").render(**context)
            path.write_text(text, encoding="utf-8")
        written.append(path)
    return written[0]


def _resolve_actor(corpus: Corpus, actor: str | Actor) -> Actor:
    if isinstance(actor, Actor):
        return corpus.actors.get(actor.id, actor)
    return corpus.find_actor(actor)


def write_dossier(store: Any, actor: str | Actor, out_dir: str | Path, settings: Settings, *,
                  formats: Iterable[str] | None = None, corpus: Corpus | None = None) -> Path:
    """Write one actor's dossier (looked up by id, name or alias) to ``out_dir``; returns the path
    of the first format written (HTML by default). Raises NotFound for an unknown actor."""
    corpus = corpus or Corpus.from_store(store, settings)
    found = _resolve_actor(corpus, actor)
    chosen = _formats(settings, formats)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    stem = slugify(found.name)
    context = dossier_context(corpus, found)
    picture = render_map(context["places"], out / f"{stem}-map.png", title=f"{found.name}: places in the reports")
    context["map"] = picture.name if picture else None
    return _write(context, out, stem, chosen, "dossier")


# ---------------------------------------------------------------------------------------------
# overview


def main_actors(corpus: Corpus, limit: int) -> list[Actor]:
    """The actors in the most distinct events (ties broken by name)."""
    counts: Counter[str] = Counter()
    for c in corpus.clusters:
        for a in c.actor_ids():
            counts[a] += 1
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], corpus.name(kv[0])))
    return [corpus.actor(a) for a, _ in ranked[:limit]]


def overview_context(corpus: Corpus, *, dossiers: dict[str, str] | None = None) -> dict[str, Any]:
    refs = _Refs()
    dossiers = dossiers or {}
    counts: Counter[str] = Counter()
    for c in corpus.clusters:
        for a in c.actor_ids():
            counts[a] += 1
    actors = [{"id": a, "name": corpus.name(a), "events": n, "dossier": dossiers.get(a),
               "assessment": assess(corpus, a).verdict}
              for a, n in sorted(counts.items(), key=lambda kv: (-kv[1], corpus.name(kv[0])))[:25]]
    graph = actor_network(corpus)
    ties = []
    for a, b, d in sorted(graph.edges(data=True), key=lambda e: (-abs(e[2]["weight"]), e[0], e[1]))[:25]:
        evidence = {(ev.doc_id, ev.sentence): ev for t in d["ties"] for ev in t["evidence"]}
        ties.append({"a": corpus.name(a), "b": corpus.name(b), "weight": d["weight"], "sign": d["sign"],
                     "kinds": list(dict.fromkeys(t["type"] for t in d["ties"])),
                     "scopes": list(dict.fromkeys(t["scope"] for t in d["ties"] if t.get("scope"))),
                     "refs": refs(evidence.values())})
    state = [_control_row(corpus, c, refs) for c in holdings(corpus)]
    reports = casualty_reports(corpus)
    by_victim = [_total_row(t, refs, corpus.name(t.key) if t.key != "unknown" else "unknown")
                 for t in casualties_by(reports, "victim")]
    by_place = [_total_row(t, refs, t.key) for t in casualties_by(reports, "place")]
    by_month = [_total_row(t, refs, t.key) for t in sorted(casualties_by(reports, "month"), key=lambda t: t.key)]
    forecasts = [_forecast_row(corpus, f, refs) for f in track_forecasts(corpus)]
    merged = [_cluster_row(corpus, c, None, refs) for c in corpus.clusters if c.source_count > 1]
    points: dict[str, dict[str, Any]] = {}
    for c in corpus.clusters:
        if c.place is not None and c.place.place is not None:
            label = place_label(c.place)
            points.setdefault(label, {"name": label, "lat": c.place.place.lat, "lon": c.place.place.lon, "status": "event"})
    for row in state:
        if row["lat"] is not None:
            points[row["place"]] = {"name": row["place"], "lat": row["lat"], "lon": row["lon"],
                                    "status": "contested" if row["contested"] else "held"}
    dates = sorted(d for d in (c.date_start for c in corpus.clusters if c.modality in FACTUAL) if d)
    return {
        "kind": "overview",
        "stats": {"documents": len(corpus.documents), "events": len(corpus.events), "clusters": len(corpus.clusters),
                  "merged": sum(1 for c in corpus.clusters if len(c.members) > 1),
                  "near_duplicates": len(corpus.near_duplicates), "relations": len(corpus.relations),
                  "claims": len(corpus.claims), "first": dates[0] if dates else None,
                  "last": dates[-1] if dates else None},
        "near_duplicates": [d.as_dict() for d in corpus.near_duplicates],
        "actors": actors, "ties": ties, "holdings": state,
        "casualties": {"by_victim": by_victim, "by_place": by_place, "by_month": by_month},
        "forecasts": forecasts, "merged": merged, "places": sorted(points.values(), key=lambda p: p["name"]),
        "map": None, "sources": refs.sources(),
    }


def write_overview(store: Any, out_dir: str | Path, settings: Settings, *, formats: Iterable[str] | None = None,
                   corpus: Corpus | None = None, dossiers: dict[str, str] | None = None) -> Path:
    """Write the corpus overview (``overview.html`` / ``.md`` / ``.json``) to ``out_dir``."""
    corpus = corpus or Corpus.from_store(store, settings)
    chosen = _formats(settings, formats)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    context = overview_context(corpus, dossiers=dossiers)
    picture = render_map(context["places"], out / "overview-map.png", title="Places in the reports")
    context["map"] = picture.name if picture else None
    return _write(context, out, "overview", chosen, "overview")


def write_intelligence_file(store: Any, out_dir: str | Path, settings: Settings) -> Path:
    """The whole file: a dossier per main actor (``settings.report.main_actors``), the overview,
    exports (events in every format, the network, who holds what) and ``index.html``; returns the
    index path."""
    from .analysis import write_graphml, write_network_json
    from .export import export_events

    corpus = Corpus.from_store(store, settings)
    out = Path(out_dir)
    (out / "dossiers").mkdir(parents=True, exist_ok=True)
    (out / "exports").mkdir(parents=True, exist_ok=True)
    dossiers: dict[str, str] = {}
    for actor in main_actors(corpus, settings.report.main_actors):
        path = write_dossier(store, actor, out / "dossiers", settings, corpus=corpus)
        dossiers[actor.id] = f"dossiers/{path.name}"
    overview = write_overview(store, out, settings, corpus=corpus, dossiers=dossiers)
    exports = []
    for fmt, name in (("csv", "events.csv"), ("geojson", "events.geojson"), ("plover", "events.plover.json"),
                      ("gdelt", "events.gdelt.tsv"), ("parquet", "events.parquet")):
        export_events(corpus, fmt, out / "exports" / name)
        exports.append(f"exports/{name}")
    graph = actor_network(corpus)
    write_graphml(graph, out / "exports" / "network.graphml")
    write_network_json(graph, out / "exports" / "network.json")
    (out / "exports" / "holdings.geojson").write_text(
        json.dumps(holdings_geojson(holdings(corpus), corpus), ensure_ascii=False), encoding="utf-8")
    exports += ["exports/network.graphml", "exports/network.json", "exports/holdings.geojson"]
    index = out / "index.html"
    dates = sorted(d for d in (c.date_start for c in corpus.clusters if c.modality in FACTUAL) if d)
    stats = {"documents": len(corpus.documents), "clusters": len(corpus.clusters),
             "first": dates[0] if dates else None, "last": dates[-1] if dates else None}
    index.write_text(_environment("html").get_template("index.html.j2").render(
        overview=overview.name, dossiers=[{"name": corpus.name(a), "href": h} for a, h in dossiers.items()],
        exports=exports, stats=stats), encoding="utf-8")
    return index
