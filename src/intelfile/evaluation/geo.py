"""Geoparsing scores on the gold sets in ``../shared/eval`` (read there, never copied).

``evaluate(settings, shared_dir, datasets, limit)`` runs recognition + resolution on lgl, tr-news,
geowebnews and geovirus and reports, per dataset:

* toponym recognition precision / recall / F1, exact span match (``exact``) and overlapping spans
  (``overlap``);
* resolution of the recognised toponyms (end to end: each gold toponym with coordinates that a
  predicted span overlaps): accuracy within 161 km, median and mean error (km), AUC of the log
  error (Gritta et al. 2019; lower is better); an unresolved toponym counts as 20,039 km;
* resolution of the gold spans themselves (``gold_spans``: recognition given, resolution only),
  the setting in which the published resolution figures are usually given.

GeoWebNews counts as toponyms the types its SOURCE.md lists (Literal, Metonymic, Demonym...), not
the "*_Expression" and Non_Toponym annotations.

``evaluate_event_location(settings, shared_dir, limit, split=...)`` scores ``Geoparser.event_place``
on ``event-location``: the chosen place (or none) is right when it overlaps a gold location span,
or when both are empty; precision and recall of location assignment besides. Splits
(:func:`event_location_split`): ``all`` the 496 gold (RELABEL) items, ``first`` / ``second`` their
halves (``second`` is held out: its misses are never listed), ``dev`` the ~9,200 other items minus
every sentence that is also a gold sentence (labels of the earlier, noisier pass; ``limit`` takes
every k-th of them). ``dev_label_agreement`` says how noisy those labels are.

DOCS: docs/eval.md
"""
from __future__ import annotations

import json
import math
import statistics
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any, Sequence

from ..errors import ResourceError
from ..gazetteer import Gazetteer, haversine_km
from ..records import Document, Span
from ..settings import Settings

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc

    from ..geo import Geoparser

__all__ = ["GEO_DATASETS", "MORDECAI3_ACC161", "EVENT_LOCATION_SPLITS", "evaluate",
           "evaluate_event_location", "event_location_split", "dev_label_agreement", "format_report", "score_recognition", "resolution_metrics", "MAX_ERROR_KM"]

GEO_DATASETS: dict[str, str] = {
    "lgl": "lgl/lgl.jsonl",
    "tr-news": "tr-news/tr-news.jsonl",
    "geowebnews": "geowebnews/geowebnews.jsonl",
    "geovirus": "geovirus/geovirus.jsonl",
}
#: Published bar (Mordecai3, Halterman 2023), accuracy within 161 km.
MORDECAI3_ACC161: dict[str, float] = {"lgl": 0.827, "tr-news": 0.873, "geowebnews": 0.941}
MAX_ERROR_KM = 20039.0
GWN_TOPONYM_TYPES = frozenset({
    "Literal", "Literal_Modifier", "Metonymic", "Mixed", "Coercion", "Demonym",
    "Embedded_Literal", "Homonym", "Non_Literal_Modifier", "Embedded_Non_Lit",
})
EVENT_LOCATION_FILE = "event-location/event_location.jsonl"
#: ``all``: the gold items; ``first`` / ``second``: their halves; ``dev``: the non-gold items
#: whose sentence is not a gold sentence.
EVENT_LOCATION_SPLITS = ("all", "first", "second", "dev")


def _half(records: list[dict[str, Any]], half: str | None) -> list[dict[str, Any]]:
    """The first or second half of a set (tune on the first, check on the held-out second)."""
    if half is None:
        return records
    if half not in ("first", "second"):
        raise ResourceError(f"half must be 'first' or 'second', not {half!r}")
    cut = (len(records) + 1) // 2
    return records[:cut] if half == "first" else records[cut:]


def _read_jsonl(path: Path, limit: int | None = None, *, where: Any = None) -> list[dict[str, Any]]:
    if not path.is_file():
        raise ResourceError("evaluation data file is missing", source=str(path))
    out: list[dict[str, Any]] = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            rec = json.loads(line)
            if where is not None and not where(rec):
                continue
            out.append(rec)
            if limit is not None and len(out) >= limit:
                break
    return out


def _gold_toponyms(dataset: str, record: dict[str, Any]) -> list[dict[str, Any]]:
    text = record["text"]
    gold = []
    for t in record.get("toponyms", []):
        if dataset == "geowebnews" and t.get("type") not in GWN_TOPONYM_TYPES:
            continue
        start, end = int(t["start"]), int(t["end"])
        if start < 0 or end > len(text) or start >= end:
            continue
        gold.append({"start": start, "end": end, "lat": t.get("lat"), "lon": t.get("lon")})
    return gold


def score_recognition(pred: Sequence[tuple[int, int]], gold: Sequence[tuple[int, int]]) -> dict[str, int]:
    """True positives (exact and overlapping), predicted and gold counts for one document."""
    gold_set = set(gold)
    exact = sum(1 for p in set(pred) if p in gold_set)
    used: set[int] = set()
    overlap = 0
    for ps, pe in pred:
        for k, (gs, ge) in enumerate(gold):
            if k not in used and ps < ge and gs < pe:
                used.add(k)
                overlap += 1
                break
    return {"exact": exact, "overlap": overlap, "pred": len(set(pred)), "gold": len(gold_set)}


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def resolution_metrics(errors: Sequence[float]) -> dict[str, Any]:
    """acc@161, median/mean error (km) and AUC of log error over a list of error distances."""
    if not errors:
        return {"n": 0, "acc161": None, "median_km": None, "mean_km": None, "auc": None}
    scaled = [math.log(1 + e) / math.log(MAX_ERROR_KM) for e in sorted(errors)]
    return {
        "n": len(errors),
        "acc161": round(sum(e <= 161 for e in errors) / len(errors), 4),
        "median_km": round(statistics.median(errors), 1),
        "mean_km": round(statistics.fmean(errors), 1),
        "auc": round(statistics.fmean(scaled), 4),
    }


def _document(doc_id: str, text: str, doc: "Doc") -> Document:
    return Document(id=doc_id, text=text, origin=f"eval:{doc_id}",
                    sentences=tuple(Span(s.start_char, s.end_char) for s in doc.sents))


def _error(place: Any, lat: float, lon: float) -> float:
    if place is None:
        return MAX_ERROR_KM
    return haversine_km(place.lat, place.lon, float(lat), float(lon))


def _resources(settings: Settings, nlp: "Language | None", gazetteer: Gazetteer | None
               ) -> tuple["Language", "Geoparser"]:
    from ..annotate import load_nlp
    from ..geo import Geoparser

    nlp = nlp if nlp is not None else load_nlp(settings)
    gazetteer = gazetteer if gazetteer is not None else Gazetteer.load(settings)
    return nlp, Geoparser(gazetteer, settings=settings)


def _evaluate_dataset(name: str, records: list[dict[str, Any]], nlp: "Language",
                      geoparser: "Geoparser") -> dict[str, Any]:
    from ..geo import Toponym

    counts = {"exact": 0, "overlap": 0, "pred": 0, "gold": 0}
    e2e: list[float] = []
    oracle: list[float] = []
    t0 = time.perf_counter()
    texts = [r["text"] for r in records]
    for rec, doc in zip(records, nlp.pipe(texts, batch_size=16)):
        text = rec["text"]
        gold = _gold_toponyms(name, rec)
        document = _document(f"{name}-{rec.get('id')}", text, doc)
        mentions = geoparser(document, doc)
        c = score_recognition([(m.start, m.end) for m in mentions],
                              [(g["start"], g["end"]) for g in gold])
        for k in counts:
            counts[k] += c[k]
        for g in gold:
            if g["lat"] is None or g["lon"] is None:
                continue
            hit = next((m for m in mentions if m.start < g["end"] and g["start"] < m.end), None)
            if hit is not None:
                e2e.append(_error(hit.place, g["lat"], g["lon"]))
        # oracle recognition: resolve the gold spans in the same document
        tops, coords = [], []
        for g in gold:
            if g["lat"] is None or g["lon"] is None:
                continue
            span = doc.char_span(g["start"], g["end"], alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            qual = None
            e = span.end
            if e + 1 < len(doc) and doc[e].text == "," and doc[e + 1].is_title:
                qual = doc[e + 1].text
            tops.append(Toponym(span.start, span.end, text[g["start"]:g["end"]], "gold", qual))
            coords.append((g["lat"], g["lon"]))
        order = sorted(range(len(tops)), key=lambda k: tops[k].start)
        resolved = geoparser.resolve(doc, [tops[k] for k in order])
        for k, (_, place, _) in zip(order, resolved):
            oracle.append(_error(place, *coords[k]))
    seconds = time.perf_counter() - t0
    return {
        "documents": len(records),
        "toponyms": counts["gold"],
        "predicted": counts["pred"],
        "recognition": {"exact": _prf(counts["exact"], counts["pred"], counts["gold"]),
                        "overlap": _prf(counts["overlap"], counts["pred"], counts["gold"])},
        "resolution": resolution_metrics(e2e),
        "gold_spans": resolution_metrics(oracle),
        "bar_acc161": MORDECAI3_ACC161.get(name),
        "seconds": round(seconds, 1),
    }


def evaluate(settings: Settings, shared_dir: Path,
             datasets: Sequence[str] = ("lgl", "tr-news", "geowebnews", "geovirus"),
             limit: int | None = None, *, nlp: "Language | None" = None,
             gazetteer: Gazetteer | None = None, half: str | None = None) -> dict[str, Any]:
    """Score geoparsing on the named datasets under ``shared_dir/eval`` (first ``limit`` docs).

    ``half`` ("first" or "second") scores only that half of each set (before ``limit``): the
    rules were tuned on the first halves; the second halves are held out.
    """
    shared_dir = Path(shared_dir)
    eval_dir = shared_dir / "eval" if (shared_dir / "eval").is_dir() else shared_dir
    nlp, geoparser = _resources(settings, nlp, gazetteer)
    result: dict[str, Any] = {"target": "geo", "limit": limit, "half": half, "datasets": {}}
    for name in datasets:
        if name not in GEO_DATASETS:
            raise ResourceError(f"unknown geo dataset {name!r} (known: {', '.join(GEO_DATASETS)})")
        records = _half(_read_jsonl(eval_dir / GEO_DATASETS[name]), half)[:limit]
        result["datasets"][name] = _evaluate_dataset(name, records, nlp, geoparser)
    return result


def _token_at(doc: "Doc", char: int) -> int:
    for tok in doc:
        if tok.idx <= char < tok.idx + len(tok) or tok.idx >= char:
            return tok.i
    return len(doc) - 1


def _norm_text(text: str) -> str:
    return " ".join(text.split())


def _gold_spans(rec: dict[str, Any]) -> list[tuple[int, int]]:
    """The item's location spans, empty or blank ones dropped."""
    text = rec["text"]
    return [(int(g["start"]), int(g["end"])) for g in rec.get("locations", [])
            if text[int(g["start"]):int(g["end"])].strip()]


def _every_kth(records: list[dict[str, Any]], limit: int | None) -> list[dict[str, Any]]:
    """A fixed spread-out subset of ``limit`` items: every (n/limit)-th one, from the first."""
    if limit is None or limit >= len(records):
        return records
    if limit < 1:
        return []
    return [records[k * len(records) // limit] for k in range(limit)]


def event_location_split(records: Sequence[dict[str, Any]], split: str = "all",
                         limit: int | None = None) -> list[dict[str, Any]]:
    """The items of one split of the event-location file (records in file order).

    ``all``: the gold items (``gold_relabel``); ``first`` / ``second``: the first and second half
    of them (``limit`` then takes the first ``limit``); ``dev``: the other items, without any whose
    whitespace-normalised text equals a gold item's text (``limit`` takes every k-th item, so a
    small run still spreads over the sources).
    """
    if split not in EVENT_LOCATION_SPLITS:
        raise ResourceError(f"split must be one of {', '.join(EVENT_LOCATION_SPLITS)}, not {split!r}")
    gold = [r for r in records if r.get("gold_relabel")]
    if split == "dev":
        gold_texts = {_norm_text(r["text"]) for r in gold}
        dev = [r for r in records if not r.get("gold_relabel") and _norm_text(r["text"]) not in gold_texts]
        return _every_kth(dev, limit)
    chosen = gold if split == "all" else _half(gold, split)
    return chosen[:limit]


def dev_label_agreement(records: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """How often the earlier labels agree with the gold relabel on the same sentence and verb
    (a measure of the dev split's label noise): same verdict (both none, or overlapping spans)."""
    gold = {(_norm_text(r["text"]), int(r["verb"]["start"])): r for r in records
            if r.get("gold_relabel") and (r.get("verb") or {}).get("start") is not None}
    pairs = agree = 0
    for r in records:
        if r.get("gold_relabel") or (r.get("verb") or {}).get("start") is None:
            continue
        g = gold.get((_norm_text(r["text"]), int(r["verb"]["start"])))
        if g is None or g["text"] != r["text"]:
            continue
        pairs += 1
        old, new = _gold_spans(r), _gold_spans(g)
        agree += (not old and not new) or any(os < ne and ns < oe for os, oe in old for ns, ne in new)
    return {"pairs": pairs, "agreement": round(agree / pairs, 4) if pairs else None}


def evaluate_event_location(settings: Settings, shared_dir: Path, limit: int | None = None, *,
                            nlp: "Language | None" = None, gazetteer: Gazetteer | None = None,
                            gold_only: bool = True, half: str | None = None,
                            split: str | None = None, max_errors: int = 40) -> dict[str, Any]:
    """Score ``Geoparser.event_place`` on one split of the event-location items (see
    :func:`event_location_split`; default ``all``, the 496 gold items; ``half`` is the older
    spelling of ``split="first"``/``"second"``; ``gold_only=False`` scores every item of the file).

    The result lists up to ``max_errors`` misses, except on the held-out ``second`` split.
    """
    shared_dir = Path(shared_dir)
    eval_dir = shared_dir / "eval" if (shared_dir / "eval").is_dir() else shared_dir
    if split is None:
        split = half or "all"
    elif half is not None and half != split:
        raise ResourceError(f"half={half!r} contradicts split={split!r}")
    everything = _read_jsonl(eval_dir / EVENT_LOCATION_FILE)
    if gold_only:
        records = event_location_split(everything, split, limit)
    else:
        records = everything[:limit]
    if split == "second":
        max_errors = 0  # held out: only the overall figures are looked at
    nlp, geoparser = _resources(settings, nlp, gazetteer)
    correct = chosen = chosen_right = with_loc = none_right = none_gold = 0
    recognised = 0
    errors: list[dict[str, Any]] = []
    t0 = time.perf_counter()
    for rec, doc in zip(records, nlp.pipe([r["text"] for r in records], batch_size=32)):
        gold = _gold_spans(rec)
        verb = rec.get("verb") or {}
        if verb.get("start") is None:
            continue  # an item without a verb span cannot be scored
        trigger_i = _token_at(doc, int(verb["start"]))
        document = _document(str(rec.get("id")), rec["text"], doc)
        mentions = geoparser(document, doc)
        if gold and any(m.start < ge and gs < m.end for m in mentions for gs, ge in gold):
            recognised += 1
        place = geoparser.event_place(doc, trigger_i, mentions)
        ok: bool
        if place is None:
            ok = not gold
        else:
            chosen += 1
            ok = any(place.start < ge and gs < place.end for gs, ge in gold)
            chosen_right += ok
        if gold:
            with_loc += 1
        else:
            none_gold += 1
            none_right += place is None
        correct += ok
        if not ok and len(errors) < max_errors:
            errors.append({"id": rec.get("id"), "text": rec["text"], "verb": verb.get("text"),
                           "gold": [rec["text"][s:e] for s, e in gold],
                           "chosen": place.text if place else None})
    n = with_loc + none_gold
    result: dict[str, Any] = {
        "target": "event-location",
        "split": split if gold_only else "file",
        "half": split if split in ("first", "second") else None,
        "skipped": len(records) - n,
        "items": n,
        "accuracy": round(correct / n, 4) if n else None,
        "precision": round(chosen_right / chosen, 4) if chosen else None,
        "recall": round(chosen_right / with_loc, 4) if with_loc else None,
        "none_accuracy": round(none_right / none_gold, 4) if none_gold else None,
        "gold_location_recognised": round(recognised / with_loc, 4) if with_loc else None,
        "with_location": with_loc,
        "without_location": none_gold,
        "bar_accuracy": 0.83,
        "seconds": round(time.perf_counter() - t0, 1),
        "errors": errors,
    }
    if split == "dev":
        result["label_agreement"] = dev_label_agreement(everything)
    return result


def _fmt(v: Any) -> str:
    if v is None:
        return "-"
    if isinstance(v, float):
        return f"{v:.3f}" if v <= 1.0 else f"{v:.0f}"
    return str(v)


def format_report(result: dict[str, Any]) -> str:
    """Plain-text table of an :func:`evaluate` or :func:`evaluate_event_location` result."""
    lines: list[str] = []
    if result.get("target") == "event-location":
        split = result.get("split") or "all"
        kind = "dev items, earlier labels" if split == "dev" else "gold items"
        lines.append(f"event-location, split {split} ({result['items']} {kind}; bar accuracy >= 0.83)")
        for key in ("accuracy", "precision", "recall", "none_accuracy", "gold_location_recognised"):
            lines.append(f"  {key:<26} {_fmt(result.get(key))}")
        agreement = result.get("label_agreement")
        if agreement:
            lines.append(f"  {'label_agreement':<26} {_fmt(agreement.get('agreement'))} "
                         f"(earlier labels vs gold on {agreement.get('pairs')} shared items)")
        lines.append(f"  {'seconds':<26} {result.get('seconds')}")
        return "\n".join(lines)
    head = (f"{'dataset':<11} {'docs':>5} {'gold':>5} {'P':>6} {'R':>6} {'F1':>6} {'F1ovl':>6} "
            f"{'n':>5} {'acc161':>6} {'med km':>7} {'mean km':>8} {'AUC':>6} | "
            f"{'gold-span acc161':>16} {'med':>6} {'mean':>6} | {'bar':>5}")
    lines.append(head)
    for name, d in result.get("datasets", {}).items():
        ex, ov, rs, gs = d["recognition"]["exact"], d["recognition"]["overlap"], d["resolution"], d["gold_spans"]
        lines.append(
            f"{name:<11} {d['documents']:>5} {d['toponyms']:>5} {_fmt(ex['precision']):>6} "
            f"{_fmt(ex['recall']):>6} {_fmt(ex['f1']):>6} {_fmt(ov['f1']):>6} {rs['n']:>5} "
            f"{_fmt(rs['acc161']):>6} {_fmt(rs['median_km']):>7} {_fmt(rs['mean_km']):>8} "
            f"{_fmt(rs['auc']):>6} | {_fmt(gs['acc161']):>16} {_fmt(gs['median_km']):>6} "
            f"{_fmt(gs['mean_km']):>6} | {_fmt(d.get('bar_acc161')):>5}")
    return "\n".join(lines)

