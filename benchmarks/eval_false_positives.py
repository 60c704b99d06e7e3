#!/usr/bin/env python3
"""Count the events the coder emits on texts that report no political event (false positives).

    python benchmarks/eval_false_positives.py                 # every set, every article
    python benchmarks/eval_false_positives.py --limit 50      # at most 50 articles per group
    python benchmarks/eval_false_positives.py bbc wikinews    # some of the sets
    python benchmarks/eval_false_positives.py --top 30 --json # more patterns; JSON on stdout

The sets (read in place from ../shared/eval, never copied into the project; articles go through the
real ingest → clean → annotate → actors → geo → coding stages):

- ``bbc``: BBC News articles (Greene & Cunningham 2006) of the non-politics categories sport, tech,
  entertainment and business. Every event coded there counts as a false positive (a business story
  can occasionally report a real sanction or agreement: the patterns list shows what fired).
- ``wikinews``: the texts of ``wikinews-and-gov`` whose gold file lists no event (the negatives:
  a merger, a sports brawl, a stock index, a football match report). Every event is a false positive.
- ``glocon``: GLOCON Gold documents (South African news, ~10% about a protest). As its SOURCE.md
  says, it scores protest-event detection: a document is predicted positive when the coder emits a
  PROTEST event in it; ``doc_label`` 1 is positive, 0 negative and 2 (an announced, future protest)
  is scored both as positive and dropped. PROTEST events in ``doc_label`` 0 documents are the false
  positives; the other types are counted per 100 articles but are not judged (those articles may
  report real arrests, statements or clashes).

Printed: events per 100 articles by group and by type, articles with at least one event, GLOCON
precision/recall/F1, and the ``--top`` most frequent false-positive patterns (event type + trigger
word) with a short evidence snippet each, for the coding engineer. Documented in docs/benchmarks.md.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any, Iterable, Sequence

from intelfile import Document, Event, Failure, load_settings
from intelfile.errors import IntelfileError
from intelfile.evaluation.events import read_documents
from intelfile.plover import EVENT_TYPES
from intelfile.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
SETS = ("bbc", "wikinews", "glocon")
BBC_CATEGORIES = ("sport", "tech", "entertainment", "business")
BBC = Path("eval") / "bbc-news" / "bbc_news.jsonl"
GLOCON = Path("eval") / "glocon-gold-sample" / "glocon_gold_sample.jsonl"
WIKINEWS = Path("eval") / "wikinews-and-gov"
PROTEST = "PROTEST"
#: Actor kinds that make an event political (the rest: person, group, media, ngo, other).
POLITICAL_KINDS = frozenset({"state", "state-sector", "armed-group", "igo", "coalition"})


def find_shared(explicit: str | None = None) -> Path:
    """The shared data folder: ``explicit``, ``$INTELFILE_SHARED`` or ``../shared``."""
    for c in (explicit, os.environ.get("INTELFILE_SHARED"), str(ROOT.parent / "shared")):
        if c and (Path(c) / "eval").is_dir():
            return Path(c).resolve()
    raise IntelfileError("the shared data folder is absent: pass --shared or set INTELFILE_SHARED",
                         source=str(ROOT.parent / "shared"))


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("sets", nargs="*", metavar="SET", help=f"sets to run: {', '.join(SETS)} (default: all)")
    p.add_argument("--shared", metavar="PATH", help="the shared data folder (default: $INTELFILE_SHARED or ../shared)")
    p.add_argument("--config", metavar="FILE", help="settings file overlaying the defaults")
    p.add_argument("--limit", type=int, metavar="N",
                   help="at most N articles per group (BBC category, GLOCON label), evenly spaced")
    p.add_argument("--top", type=int, default=20, metavar="N", help="false-positive patterns to list (default: %(default)s)")
    p.add_argument("--json", action="store_true", help="print the results as JSON instead of tables")
    args = p.parse_args(argv)
    unknown = [s for s in args.sets if s not in SETS]
    if unknown:
        p.error(f"unknown set {', '.join(unknown)} (choose from {', '.join(SETS)})")
    if args.limit is not None and args.limit < 1:
        p.error("--limit must be at least 1")
    return args


# -- reading ------------------------------------------------------------------------------------

def evenly_spaced(items: Sequence[Any], limit: int | None) -> list[Any]:
    if limit is None or limit >= len(items):
        return list(items)
    return [items[i * len(items) // limit] for i in range(limit)]


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def records_to_documents(records: Sequence[dict[str, Any]], settings: Settings,
                         tmp: Path, name: str) -> tuple[list[tuple[dict[str, Any], Document]], list[Failure]]:
    """Ingest JSONL records (``text``, optional ``title``) via a temporary JSONL file; pair each
    clean document with its record (by the ``path:LINE`` origin)."""
    path = tmp / f"{name.replace('/', '-')}.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps({"text": r["text"], "title": r.get("title")}, ensure_ascii=False) + "\n")
    docs, failures = read_documents([str(path)], settings)
    paired = [(records[int(d.origin.rsplit(":", 1)[1]) - 1], d) for d in docs]
    path.unlink()
    return paired, failures


# -- analysis and tallies -----------------------------------------------------------------------

class Group:
    """The tallies of one group of articles (a BBC category, a GLOCON label, ...)."""

    def __init__(self, set_name: str, name: str, judged: Iterable[str] | None = None) -> None:
        self.set = set_name
        self.name = name
        self.judged = set(judged) if judged is not None else None  # types counted as false positives
        self.articles = 0
        self.with_event = 0
        self.by_type: Counter[str] = Counter()
        self.failures = 0

    def add(self, events: Sequence[Event]) -> None:
        self.articles += 1
        self.with_event += bool(events)
        self.by_type.update(e.type for e in events)

    def as_dict(self) -> dict[str, Any]:
        n = max(1, self.articles)
        events = sum(self.by_type.values())
        return {
            "set": self.set, "group": self.name, "articles": self.articles, "failures": self.failures,
            "events": events, "events_per_100": round(100 * events / n, 1),
            "articles_with_event": self.with_event,
            "articles_with_event_pct": round(100 * self.with_event / n, 1),
            "per_100_by_type": {t: round(100 * c / n, 1) for t, c in self.by_type.most_common()},
            "judged_types": sorted(self.judged) if self.judged is not None else "all",
        }


def snippet(event: Event, document: Document, width: int = 110) -> str:
    """A short piece of the evidence around the trigger, on one line."""
    text = event.evidence or (document.text[event.span.start:event.span.end] if event.span else "")
    text = " ".join(text.split())
    if len(text) <= width:
        return text
    at = text.lower().find((event.trigger or "").lower()) if event.trigger else -1
    start = max(0, min(len(text) - width, at - width // 2)) if at >= 0 else 0
    piece = text[start:start + width]
    return ("…" if start > 0 else "") + piece + ("…" if start + width < len(text) else "")


def actor_kinds(event: Event) -> str:
    """``none`` (no source or target), ``political`` (a state, state sector, armed group, IGO or
    coalition among them) or ``non-political only`` (persons, groups, media, NGOs, others)."""
    mentions = (*event.sources, *event.targets)
    if not mentions:
        return "none"
    if any(m.actor.kind in POLITICAL_KINDS for m in mentions):
        return "political"
    return "non-political only"


class Tally:
    def __init__(self) -> None:
        self.groups: list[Group] = []
        self.patterns: Counter[tuple[str, str]] = Counter()
        self.examples: dict[tuple[str, str], list[str]] = defaultdict(list)
        self.pattern_groups: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
        self.actor_kinds: Counter[str] = Counter()  # of the false positives: which actors they have
        self.modalities: Counter[str] = Counter()

    def record(self, group: Group, document: Document, events: Sequence[Event]) -> None:
        group.add(events)
        for e in events:
            if group.judged is not None and e.type not in group.judged:
                continue
            key = (e.type, " ".join((e.trigger or "(no trigger)").lower().split()))
            self.patterns[key] += 1
            self.pattern_groups[key][f"{group.set}/{group.name}"] += 1
            self.actor_kinds[actor_kinds(e)] += 1
            self.modalities[e.modality] += 1
            example = snippet(e, document)
            if len(self.examples[key]) < 2 and example not in self.examples[key]:
                self.examples[key].append(example)

    def top(self, n: int) -> list[dict[str, Any]]:
        return [{"type": t, "trigger": trig, "count": c,
                 "groups": dict(self.pattern_groups[(t, trig)].most_common()),
                 "examples": self.examples[(t, trig)]}
                for (t, trig), c in self.patterns.most_common(n)]


def analyse_group(analyzer: Any, tally: Tally, group: Group,
                  items: Sequence[tuple[Any, Document]]) -> list[tuple[Any, tuple[Event, ...]]]:
    """Analyse the documents of one group; return each item's key with its events."""
    out = []
    keys = [k for k, _ in items]
    for key, analysis in zip(keys, analyzer.analyse([d for _, d in items])):
        tally.record(group, analysis.document, analysis.events)
        out.append((key, analysis.events))
    return out


def run_bbc(shared: Path, settings: Settings, analyzer: Any, tally: Tally, limit: int | None,
            tmp: Path) -> None:
    records = read_jsonl(shared / BBC)
    for category in BBC_CATEGORIES:
        chosen = evenly_spaced([r for r in records if r.get("category") == category], limit)
        paired, failures = records_to_documents(chosen, settings, tmp, f"bbc-{category}")
        group = Group("bbc", category)
        group.failures = len(failures)
        tally.groups.append(group)
        analyse_group(analyzer, tally, group, paired)


def run_wikinews(shared: Path, settings: Settings, analyzer: Any, tally: Tally, limit: int | None) -> None:
    folder = shared / WIKINEWS
    negatives = []
    for gold_path in sorted((folder / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text_path = folder / f"{gold_path.stem}.txt"
        if not gold.get("events") and text_path.is_file():
            negatives.append(text_path)
    negatives = evenly_spaced(negatives, limit)
    docs, failures = read_documents([str(p) for p in negatives], settings)
    group = Group("wikinews", "no-event texts")
    group.failures = len(failures)
    tally.groups.append(group)
    analyse_group(analyzer, tally, group, [(d.origin, d) for d in docs])


def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3)}


def run_glocon(shared: Path, settings: Settings, analyzer: Any, tally: Tally, limit: int | None,
               tmp: Path) -> dict[str, Any]:
    records = read_jsonl(shared / GLOCON)
    predicted: list[tuple[int, bool]] = []
    for label, name, judged in ((0, "label 0 (no protest)", {PROTEST}), (1, "label 1 (protest)", set()),
                                (2, "label 2 (announced protest)", set())):
        chosen = evenly_spaced([r for r in records if r.get("doc_label") == label], limit)
        if not chosen:
            continue
        paired, failures = records_to_documents(chosen, settings, tmp, f"glocon-{label}")
        group = Group("glocon", name, judged)
        group.failures = len(failures)
        tally.groups.append(group)
        for _, events in analyse_group(analyzer, tally, group, paired):
            predicted.append((label, any(e.type == PROTEST for e in events)))

    def score(positive: set[int], keep: set[int]) -> dict[str, float]:
        rows = [(lab in positive, pred) for lab, pred in predicted if lab in keep]
        return prf(sum(g and p for g, p in rows), sum(p and not g for g, p in rows),
                   sum(g and not p for g, p in rows))

    return {"label_2_positive": score({1, 2}, {0, 1, 2}), "label_2_dropped": score({1}, {0, 1})}


def run(args: argparse.Namespace) -> dict[str, Any]:
    from intelfile.pipeline import Analyzer

    settings = load_settings(args.config)
    shared = find_shared(args.shared)
    sets = args.sets or list(SETS)
    started = time.perf_counter()
    load_before = os.getloadavg()
    analyzer = Analyzer.from_settings(settings)
    tally = Tally()
    result: dict[str, Any] = {"date": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
                              "limit": args.limit, "sets": sets}
    with tempfile.TemporaryDirectory(prefix="intelfile-fp-") as tmpname:
        tmp = Path(tmpname)
        if "bbc" in sets:
            run_bbc(shared, settings, analyzer, tally, args.limit, tmp)
        if "wikinews" in sets:
            run_wikinews(shared, settings, analyzer, tally, args.limit)
        if "glocon" in sets:
            result["glocon_protest_detection"] = run_glocon(shared, settings, analyzer, tally, args.limit, tmp)
    result["groups"] = [g.as_dict() for g in tally.groups]
    judged = [g for g in tally.groups if g.judged is None]
    n = sum(g.articles for g in judged)
    total = Counter[str]()
    for g in judged:
        total.update(g.by_type)
    result["no_event_texts"] = {
        "articles": n, "events": sum(total.values()),
        "events_per_100": round(100 * sum(total.values()) / max(1, n), 1),
        "articles_with_event": sum(g.with_event for g in judged),
        "per_100_by_type": {t: round(100 * c / max(1, n), 1) for t, c in total.most_common()},
    }
    fp_total = sum(tally.patterns.values())
    result["false_positives"] = {
        "events": fp_total,
        "top_share": round(sum(p["count"] for p in tally.top(args.top)) / max(1, fp_total), 3),
        "by_actor_kinds": dict(tally.actor_kinds.most_common()),
        "by_modality": dict(tally.modalities.most_common()),
    }
    result["top_patterns"] = tally.top(args.top)
    result["seconds"] = round(time.perf_counter() - started, 1)
    result["load_average"] = {"before": [round(x, 2) for x in load_before],
                              "after": [round(x, 2) for x in os.getloadavg()]}
    return result


def format_report(result: dict[str, Any]) -> str:
    groups = result["groups"]
    lines = [f"false positives, {result['date']} (limit per group: {result['limit'] or 'none'}; "
             f"{result['seconds']} s; load average before {result['load_average']['before']}, "
             f"after {result['load_average']['after']})", ""]
    head = f"  {'set/group':34s} {'articles':>8s} {'events':>7s} {'ev/100':>7s} {'with ev':>8s}  judged"
    lines += ["events per 100 articles by group:", head]
    for g in groups:
        judged = ("all types" if g["judged_types"] == "all" else
                  ", ".join(g["judged_types"]) + " only" if g["judged_types"] else "none (positives)")
        lines.append(f"  {g['set'] + '/' + g['group']:34s} {g['articles']:8d} {g['events']:7d} "
                     f"{g['events_per_100']:7.1f} {g['articles_with_event_pct']:7.1f}%  {judged}")
    ne = result["no_event_texts"]
    lines.append(f"  {'no-event texts (bbc + wikinews)':34s} {ne['articles']:8d} {ne['events']:7d} "
                 f"{ne['events_per_100']:7.1f}")
    types = [t for t in EVENT_TYPES if any(t in g["per_100_by_type"] for g in groups)]
    if types:
        lines += ["", "events per 100 articles by type (columns: groups in the order above):"]
        names = [f"g{i + 1}" for i in range(len(groups))]
        lines.append(f"  {'type':10s} " + " ".join(f"{n:>7s}" for n in names))
        for t in types:
            lines.append(f"  {t:10s} " + " ".join(f"{g['per_100_by_type'].get(t, 0.0):7.1f}" for g in groups))
        lines.append("  " + "; ".join(f"{n} = {g['set']}/{g['group']}" for n, g in zip(names, groups)))
    if "glocon_protest_detection" in result:
        lines += ["", "GLOCON document-level protest detection (predicted: any PROTEST event):"]
        for k, s in result["glocon_protest_detection"].items():
            lines.append(f"  {k:18s} P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}  "
                         f"(tp {s['tp']}, fp {s['fp']}, fn {s['fn']})")
    fps = result["false_positives"]
    lines += ["", f"false positives judged: {fps['events']} events; actors: "
              + ", ".join(f"{k} {v}" for k, v in fps["by_actor_kinds"].items())
              + "; modality: " + ", ".join(f"{k} {v}" for k, v in fps["by_modality"].items())]
    lines += ["", f"top {len(result['top_patterns'])} false-positive patterns (type, trigger, count, where, evidence; "
              f"{100 * fps['top_share']:.0f}% of the false positives):"]
    for i, p in enumerate(result["top_patterns"], 1):
        where = ", ".join(f"{k} {v}" for k, v in p["groups"].items())
        lines.append(f"  {i:2d}. {p['type']:10s} {p['trigger']!r:18s} {p['count']:4d}  ({where})")
        for ex in p["examples"]:
            lines.append(f"        “{ex}”")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        result = run(args)
    except IntelfileError as exc:
        print(f"eval_false_positives: {exc}", file=sys.stderr)
        return 1
    print(json.dumps(result, indent=2, ensure_ascii=False) if args.json else format_report(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
