"""CASE 2021 Task 2: event type and mode of the top event of short news snippets.

The set (``../shared/eval/case2021-task2/case2021_task2_test.jsonl``) holds 1,019 snippets of one to
three sentences, each labelled with one ACLED-style sub-event type (plus the "unseen" disaster,
crime, diplomacy and attribution types). The project never tuned on it before, so it measures how
the coder's type and mode choice generalises.

Each snippet becomes one Document built through the real clean stage (``clean.clean_document``, which
splits its sentences), the analyzer codes it, and the snippet's top event (``events.top_event``) is
compared with the PLOVER type (and mode, where PLOVER has one) its label maps to (``LABEL_MAP``).
Labels mapped to ``None`` describe no political event (disasters, organised crime): any event coded
on them is a false positive. Labels in ``UNMAPPED`` fit no single PLOVER type and are only described.

``half="first"|"second"`` scores the first or second half of the file order: rules were tuned on
misses of the first half only; the second half is held out.

DOCS: docs/eval.md
"""
from __future__ import annotations

import dataclasses
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any, Mapping, Sequence

from ..errors import InputError
from ..records import Document, RawDocument
from ..settings import Settings
from .events import _analyzer, _classification, _read_jsonl, _stride, top_event

if TYPE_CHECKING:  # pragma: no cover
    from ..pipeline import Analyzer

__all__ = ["LABEL_MAP", "NO_EVENT_LABELS", "UNMAPPED", "HALVES", "case2021_records", "evaluate_case2021",
           "format_case2021", "score_case2021"]

#: Label → (PLOVER type, PLOVER mode or None). Reasons for the debatable rows are in docs/eval.md.
LABEL_MAP: dict[str, tuple[str, str | None]] = {
    # ACLED "Battles" and "Explosions/Remote violence" and "Violence against civilians"
    "ARMED_CLASH": ("ASSAULT", None),
    "ATTACK": ("ASSAULT", None),
    "AIR_STRIKE": ("ASSAULT", "aerial"),
    "SUIC_BOMB": ("ASSAULT", "suicide-attack"),
    "GRENADE": ("ASSAULT", "explosives"),
    "REM_EXPLOS": ("ASSAULT", "explosives"),
    "ART_MISS_ATTACK": ("ASSAULT", "heavy-weapons"),
    "CHEM_WEAP": ("ASSAULT", "cbrn"),
    "ABDUCT_DISSAP": ("ASSAULT", "abduct"),
    "SEX_VIOL": ("ASSAULT", "sexual"),
    # territory changing hands after fighting: PLOVER-GSR codes "retook/captured after fighting" ASSAULT
    "GOV_REGAINS_TERIT": ("ASSAULT", None),
    "NON_STATE_ACTOR_OVERTAKES_TER": ("ASSAULT", None),
    # riots: a mob attacking people is an assault (CAMEO 18), a violent demonstration a riot (CAMEO 145)
    "MOB_VIOL": ("ASSAULT", None),
    "VIOL_DEMONSTR": ("PROTEST", "riot"),
    "PEACE_PROTEST": ("PROTEST", "demo"),
    "PROTEST_WITH_INTER": ("PROTEST", "demo"),
    # CAMEO2PLOVER-2021: 175 "Use tactics of violent repression" -> ASSAULT
    "FORCE_AGAINST_PROTEST": ("ASSAULT", None),
    # CAMEO2PLOVER-2021: 171 "Seize or damage property" -> COERCE seize (looting, burning shops)
    "PROPERTY_DISTRUCT": ("COERCE", "seize"),
    "ARREST": ("COERCE", "arrest"),
    # CAMEO2PLOVER-2021: 1711 "Confiscate property" -> COERCE seize (weapons seized, caches found)
    "DISR_WEAP": ("COERCE", "seize"),
    # CAMEO 0874 "Retreat or surrender militarily" / 0872 -> RETREAT
    "NON_VIOL_TERRIT_TRANSFER": ("RETREAT", None),
    # a base or observation post set up = forces deployed (CAMEO 154 "Mobilize armed forces")
    "HQ_ESTABLISHED": ("MOBILIZE", None),
    "AGREEMENT": ("AGREE", None),
    # CASE's diplomatic events are expulsions and sanctions: CAMEO 16 "Reduce relations" -> SANCTION
    "DIPLO": ("SANCTION", None),
}

#: Labels that describe no political event: a coded event on them is a false positive.
NO_EVENT_LABELS: frozenset[str] = frozenset({"NATURAL_DISASTER", "MAN_MADE_DISASTER", "ORG_CRIME"})

#: Labels with no single PLOVER type (defections and formations, claims or blame, anything else):
#: not scored, their predictions are only counted.
UNMAPPED: frozenset[str] = frozenset({"CHANGE_TO_GROUP_ACT", "ATTRIB", "OTHER"})

HALVES = ("first", "second")


def case2021_records(shared: Path, *, half: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
    """The snippets in file order; ``half`` keeps the first or second half, ``limit`` the first N of it."""
    if half is not None and half not in HALVES:
        raise ValueError(f"unknown half {half!r} (expected one of {', '.join(HALVES)})")
    records = _read_jsonl(shared / "eval" / "case2021-task2" / "case2021_task2_test.jsonl")
    mid = len(records) // 2
    if half == "first":
        records = records[:mid]
    elif half == "second":
        records = records[mid:]
    return records[:limit] if limit is not None else records


def _snippet_document(record: Mapping[str, Any], position: int, settings: Settings) -> Document:
    """One Document per snippet through the real clean stage (sentence split included); its id is
    made unique by the snippet's position (identical snippets would otherwise share the text hash)."""
    from ..clean import clean_document

    raw = RawDocument(origin=f"case2021:{record['id']}", content=str(record["text"]), format="text")
    doc = clean_document(raw, settings)
    return dataclasses.replace(doc, id=f"case2021-{position}-{record['id']}")


def score_case2021(labels: Sequence[str], predictions: Sequence[tuple[str, str | None]]) -> dict[str, Any]:
    """Figures from gold labels and predicted (type, mode) pairs (type ``"NONE"`` when no event).

    Returns type accuracy and macro-F1 over the mapped labels, per-label accuracy, mode accuracy over
    the labels with a mapped mode (mode right and type right, and mode right given the type right),
    the false-positive rate on the no-event labels, and what was predicted for the unmapped labels.
    """
    if len(labels) != len(predictions):
        raise ValueError("labels and predictions differ in length")
    gold_types: list[str] = []
    pred_types: list[str] = []
    per_label: dict[str, dict[str, Any]] = {}
    mode_n = mode_ok = mode_type_ok = 0
    fp_n = fp = 0
    fp_types: Counter[str] = Counter()
    unmapped: dict[str, Counter[str]] = {}
    for label, (ptype, pmode) in zip(labels, predictions):
        if label in LABEL_MAP:
            gtype, gmode = LABEL_MAP[label]
            gold_types.append(gtype)
            pred_types.append(ptype)
            row = per_label.setdefault(label, {"n": 0, "type_ok": 0, "mode_n": 0, "mode_ok": 0,
                                               "expected": gtype + (f" {gmode}" if gmode else ""),
                                               "predicted": Counter()})
            row["n"] += 1
            row["type_ok"] += ptype == gtype
            row["predicted"][ptype + (f" {pmode}" if pmode and ptype != "NONE" else "")] += 1
            if gmode is not None:
                mode_n += 1
                row["mode_n"] += 1
                right = ptype == gtype and pmode == gmode
                mode_ok += right
                row["mode_ok"] += right
                mode_type_ok += ptype == gtype
        elif label in NO_EVENT_LABELS:
            fp_n += 1
            if ptype != "NONE":
                fp += 1
                fp_types[ptype] += 1
        else:
            unmapped.setdefault(label, Counter())[ptype] += 1
    cls = _classification(gold_types, pred_types)
    labels_table = {
        label: {"n": r["n"], "expected": r["expected"],
                "type_accuracy": round(r["type_ok"] / r["n"], 4),
                "mode_accuracy": round(r["mode_ok"] / r["mode_n"], 4) if r["mode_n"] else None,
                "predicted": dict(r["predicted"].most_common(4))}
        for label, r in sorted(per_label.items())
    }
    metrics = {
        "type_accuracy": cls["accuracy"],
        "type_macro_f1": cls["macro_f1"],
        "detected": round(sum(p != "NONE" for p in pred_types) / len(pred_types), 4) if pred_types else 0.0,
        "mode_accuracy": round(mode_ok / mode_n, 4) if mode_n else 0.0,
        "mode_accuracy_when_type_right": round(mode_ok / mode_type_ok, 4) if mode_type_ok else 0.0,
        "no_event_false_positive_rate": round(fp / fp_n, 4) if fp_n else 0.0,
        "n_mapped": len(gold_types), "n_mode": mode_n, "n_no_event": fp_n,
        "n_unmapped": sum(sum(c.values()) for c in unmapped.values()),
    }
    return {"overall": cls["overall"], "metrics": metrics, "per_type": cls["per_type"],
            "per_label": labels_table, "confusions": cls["confusions"],
            "false_positive_types": dict(fp_types.most_common()),
            "unmapped": {k: dict(v.most_common()) for k, v in sorted(unmapped.items())}}


def evaluate_case2021(settings: Settings, shared: Path, *, analyzer: "Analyzer | None" = None,
                      limit: int | None = None, half: str | None = None, verbose: bool = False,
                      stride: int = 1) -> dict[str, Any]:
    """Score the top event of each CASE 2021 Task 2 snippet against its label (see the module
    docstring). ``stride`` keeps every n-th snippet (for ``evaluate_events``-style callers)."""
    records = _stride(case2021_records(shared, half=half), limit=limit, stride=stride)
    analyzer = _analyzer(settings, analyzer)
    documents = []
    kept: list[dict[str, Any]] = []
    skipped = 0
    for i, r in enumerate(records):
        try:
            documents.append(_snippet_document(r, i, settings))
        except InputError:
            skipped += 1
            continue
        kept.append(r)
    analyses = {a.document.id: a for a in analyzer.analyse(documents)}
    labels: list[str] = []
    predictions: list[tuple[str, str | None]] = []
    details: list[str] = []
    for r, d in zip(kept, documents):
        a = analyses.get(d.id)
        top = top_event(a.events) if a is not None else None
        pred = (top.type.upper(), top.mode) if top is not None else ("NONE", None)
        label = str(r["label"])
        labels.append(label)
        predictions.append(pred)
        if verbose:
            expected = LABEL_MAP.get(label)
            wrong = (expected is not None and (pred[0] != expected[0] or (expected[1] and pred[1] != expected[1]))
                     ) or (label in NO_EVENT_LABELS and pred[0] != "NONE")
            if wrong:
                want = f"{expected[0]} {expected[1] or ''}".strip() if expected else "NONE"
                got = f"{pred[0]} {pred[1] or ''}".strip()
                details.append(f"   {r['id']}: {label} want {want} | got {got} | {d.text[:140]}")
    scored = score_case2021(labels, predictions)
    # the coder keeps partial events (no source or no recipient) only in one-sentence texts
    # (settings.coding.partial_max_sentences): report the two kinds of snippet apart
    by_length: dict[str, dict[str, Any]] = {}
    for key, keep in (("one_sentence", lambda d: len(d.sentences) == 1),
                      ("several_sentences", lambda d: len(d.sentences) > 1)):
        sub = [(g, p) for g, p, d in zip(labels, predictions, documents) if keep(d)]
        part = score_case2021([g for g, _ in sub], [p for _, p in sub])["metrics"] if sub else {}
        by_length[key] = {k: part.get(k, 0.0) for k in ("n_mapped", "type_accuracy", "detected", "mode_accuracy",
                                                         "no_event_false_positive_rate")}
    scored["metrics"]["by_length"] = by_length
    title = "CASE 2021 Task 2 snippets (top event type/mode vs mapped ACLED label)"
    if half:
        title += f", {half} half"
    result = {"target": "case2021", "title": title, "half": half, "n": len(kept), "skipped": skipped, **scored}
    if verbose:
        result["details"] = details
        result["predictions"] = [{"id": r["id"], "label": g, "type": t, "mode": m}
                                 for r, g, (t, m) in zip(kept, labels, predictions)]
    return result


def format_case2021(result: Mapping[str, Any], *, verbose: bool = False) -> str:
    """The standard report (``events.format_report``) plus the per-label table."""
    from .events import _table, format_report

    lines = [format_report(result, verbose=False)]
    table = result.get("per_label") or {}
    if table:
        lines.append("per label:")
        lines += ["  " + x for x in _table(
            ["label", "n", "expected", "type acc", "mode acc", "most predicted"],
            [[k, v["n"], v["expected"], v["type_accuracy"],
              "-" if v["mode_accuracy"] is None else v["mode_accuracy"],
              ", ".join(f"{t} {n}" for t, n in v["predicted"].items())] for k, v in table.items()])]
    if result.get("false_positive_types"):
        lines.append("events coded on no-event labels: " + ", ".join(
            f"{t} {n}" for t, n in result["false_positive_types"].items()))
    if result.get("unmapped"):
        lines.append("unmapped labels (not scored): " + "; ".join(
            f"{k}: " + ", ".join(f"{t} {n}" for t, n in v.items()) for k, v in result["unmapped"].items()))
    if verbose and result.get("details"):
        lines.append("details:")
        lines += list(result["details"])
    return "\n".join(lines)
