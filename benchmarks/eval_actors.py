#!/usr/bin/env python3
"""Measure actor recognition and resolution (intelfile.actors) against ../shared and print the figures.

    python benchmarks/eval_actors.py                     # every evaluation, full sets
    python benchmarks/eval_actors.py seed wikinews       # some of them
    python benchmarks/eval_actors.py --limit 50          # at most 50 items (texts/sentences) each
    python benchmarks/eval_actors.py --phoenix           # plover-gsr also with the Phoenix dictionaries
    python benchmarks/eval_actors.py --gazetteer         # the resolver with the gazetteer
    python benchmarks/eval_actors.py --verbose           # list what was missed
    python benchmarks/eval_actors.py --json out.json     # also write the figures as JSON

Evaluations (the resolver alone: no event coder, no geoparser):

- ``seed``, ``corpus``, ``wikinews`` (document gold ``actors[].aliases_in_text``): recall = gold alias
  occurrences in the clean text (one per alias that occurs) overlapped by an actor mention; "right id"
  also needs the overlapping mention's country (or the actor itself when it is a state) to agree with
  the gold actor's ``country`` when the gold gives a three-letter state code;
- ``plover-gsr`` (gold source/target ``actorText`` + ``code``): share of gold actor texts found in the
  sentence that a mention overlaps, and share whose overlapping mention has the gold country code
  (ISO-3, or IGO/NGO/IMG; legacy CAMEO codes such as JAP mapped to ISO), and of those with a gold
  ``sector`` the share whose mention has that sector;
- ``multicoped`` (test split, token spans tagged S/T/R): share of gold actor spans a mention overlaps.

Also printed: mentions per resolution rule (``how``), and per kind, over every text read.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any, Iterable, Sequence

from intelfile import load_settings
from intelfile.actors import ActorDictionary, ActorResolver
from intelfile.annotate import Annotator, load_nlp
from intelfile.evaluation.events import (
    LEGACY_COUNTRY_CODES, find_shared, read_documents, sentence_document, token_chars,
)
from intelfile.records import ActorMention, Document

TARGETS = ("seed", "corpus", "wikinews", "plover-gsr", "multicoped")


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("targets", nargs="*", metavar="TARGET", help=f"any of {', '.join(TARGETS)} (default: all)")
    p.add_argument("--shared", metavar="PATH", help="the shared data folder (default: $INTELFILE_SHARED or ../shared)")
    p.add_argument("--config", metavar="FILE", help="settings file overlaying the defaults")
    p.add_argument("--limit", type=int, metavar="N", help="at most N texts or sentences per evaluation")
    p.add_argument("--phoenix", action="store_true",
                   help="plover-gsr also with the Phoenix dictionaries of shared/dictionaries/petrarch2")
    p.add_argument("--gazetteer", action="store_true",
                   help="give the resolver the gazetteer (as the pipeline does when it has one)")
    p.add_argument("--verbose", action="store_true", help="list the missed and wrong gold actors")
    p.add_argument("--json", metavar="PATH", help="write the figures to this JSON file")
    return p.parse_args(argv)


def _code(code: str | None) -> str:
    code = (code or "").strip().upper()[:3]
    return LEGACY_COUNTRY_CODES.get(code, code) if code else "---"


def _country(m: ActorMention) -> str:
    a = m.actor
    if a.kind == "state":
        return a.id
    return _code(a.country or a.cameo)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _ratio(n: int, d: int) -> float:
    return round(n / d, 3) if d else 0.0


class Runner:
    def __init__(self, settings: Any, nlp: Any, resolver: ActorResolver) -> None:
        self.annotator = Annotator(nlp, settings=settings)
        self.resolver = resolver
        self.how: Counter[str] = Counter()
        self.kinds: Counter[str] = Counter()

    def resolve(self, documents: Sequence[Document]) -> list[tuple[Document, list[ActorMention]]]:
        out = []
        for document, doc in self.annotator(documents):
            ms = self.resolver(document, doc)
            self.how.update(m.how for m in ms)
            self.kinds.update(m.actor.kind for m in ms)
            out.append((document, ms))
        return out


# ------------------------------------------------------------------------------------------
# documents with aliases_in_text gold
# ------------------------------------------------------------------------------------------

def alias_recall(gold_actors: Iterable[dict[str, Any]], document: Document,
                 mentions: Sequence[ActorMention]) -> tuple[int, int, int, list[str]]:
    """(found, right country, total, misses) over gold aliases that occur in the text."""
    found = right = total = 0
    misses: list[str] = []
    spans = [((m.start, m.end), m) for m in mentions]
    for actor in gold_actors:
        gold_c = str(actor.get("country") or "").upper()
        for alias in actor.get("aliases_in_text", []):
            hits = [(h.start(), h.end()) for h in re.finditer(re.escape(alias), document.text)]
            if not hits:
                continue
            total += 1
            over = [m for h in hits for s, m in spans if _overlaps(h, s)]
            if not over:
                misses.append(f"miss  {alias!r} ({actor.get('id')})")
                continue
            found += 1
            if len(gold_c) != 3 or gold_c in ("IGO", "NGO", "IMG") or any(_country(m) == gold_c for m in over):
                right += 1
            else:
                misses.append(f"wrong {alias!r} gold {gold_c} got {sorted({_country(m) for m in over})}")
    return found, right, total, misses


def eval_documents(name: str, items: list[tuple[Path, Path]], runner: Runner, settings: Any,
                   verbose: bool) -> dict[str, Any]:
    found = right = total = 0
    lines: list[str] = []
    for text_path, gold_path in items:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        docs, _ = read_documents(text_path, settings)
        for document, ms in runner.resolve(docs[:1]):
            f, r, t, misses = alias_recall(gold.get("actors", []), document, ms)
            found, right, total = found + f, right + r, total + t
            lines += [f"   {text_path.name}: {x}" for x in misses]
    res = {"target": name, "texts": len(items), "aliases": total, "found": found, "recall": _ratio(found, total),
           "right_country": right, "right_country_rate": _ratio(right, total)}
    print(f"{name:10s} texts {len(items):3d}  alias recall {found}/{total} = {res['recall']:.3f}  "
          f"with right country {right}/{total} = {res['right_country_rate']:.3f}")
    if verbose:
        print("\n".join(lines))
    return res


def doc_items(shared: Path, target: str, limit: int | None) -> list[tuple[Path, Path]]:
    if target == "seed":
        return [(shared / "seed" / "seed-article.txt", shared / "seed" / "expected.json")]
    folder = shared / "corpus" if target == "corpus" else shared / "eval" / "wikinews-and-gov"
    items = [(folder / f"{g.stem}.txt", g) for g in sorted((folder / "gold").glob("*.json"))
             if (folder / f"{g.stem}.txt").is_file()]
    return items[:limit] if limit is not None else items


# ------------------------------------------------------------------------------------------
# sentence-level gold
# ------------------------------------------------------------------------------------------

def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def eval_plover(shared: Path, runner: Runner, limit: int | None, verbose: bool, label: str) -> dict[str, Any]:
    records = _read_jsonl(shared / "eval" / "plover-gsr" / "plover_gsr.jsonl")[:limit]
    docs = [sentence_document(r["text"], f"plover-{i}-{r['id']}") for i, r in enumerate(records)]
    total = over = code_ok = sec_total = sec_ok = 0
    lines: list[str] = []
    for r, (document, ms) in zip(records, runner.resolve(docs)):
        for role in ("source", "target"):
            for g in r.get(role) or []:
                if not isinstance(g, dict) or not g.get("actorText"):
                    continue
                text = " ".join(str(g["actorText"]).split())
                i = document.text.find(text)
                if i < 0:
                    continue
                total += 1
                hit = [m for m in ms if _overlaps((i, i + len(text)), (m.start, m.end))]
                if not hit:
                    lines.append(f"   {r['id']}: miss {text!r} {g.get('code')}")
                    continue
                over += 1
                want = _code(g.get("code"))
                if any(_country(m) == want for m in hit):
                    code_ok += 1
                else:
                    lines.append(f"   {r['id']}: code {text!r} gold {want} got "
                                 f"{[(m.text, _country(m), m.how) for m in hit]}")
                if g.get("sector"):
                    sec_total += 1
                    sec_ok += any((m.actor.sector or "") == str(g["sector"]).upper()[:3] for m in hit)
    res = {"target": f"plover-gsr{label}", "sentences": len(records), "actors": total, "overlapped": over,
           "overlap_rate": _ratio(over, total), "code_right": code_ok, "code_rate": _ratio(code_ok, total),
           "sector_total": sec_total, "sector_right": sec_ok, "sector_rate": _ratio(sec_ok, sec_total)}
    print(f"plover-gsr{label} sentences {len(records)}  actors {total}  overlapped {over} = {res['overlap_rate']:.3f}"
          f"  country code right {code_ok} = {res['code_rate']:.3f}  sector right {sec_ok}/{sec_total} = "
          f"{res['sector_rate']:.3f}")
    if verbose:
        print("\n".join(lines))
    return res


def eval_multicoped(shared: Path, runner: Runner, limit: int | None, verbose: bool) -> dict[str, Any]:
    rows = [r for r in _read_jsonl(shared / "eval" / "multicoped-cameo" / "multicoped_cameo.jsonl")
            if r.get("split") == "test" and r.get("tokens")][:limit]
    docs = [sentence_document(r["text"], f"multicoped-{i}-{r['id']}") for i, r in enumerate(rows)]
    counts = {k: [0, 0] for k in ("source", "target", "reciprocal")}
    lines: list[str] = []
    for r, (document, ms) in zip(rows, runner.resolve(docs)):
        chars = token_chars(document.text, r["tokens"])
        for role in counts:
            for s in r.get(f"{role}_spans") or []:
                inside = [c for c in chars[s["token_start"]:s["token_end"]] if c is not None]
                if not inside:
                    continue
                span = (inside[0][0], inside[-1][1])
                counts[role][0] += 1
                if any(_overlaps(span, (m.start, m.end)) for m in ms):
                    counts[role][1] += 1
                else:
                    lines.append(f"   {r['id']} {role}: miss {document.text[span[0]:span[1]]!r}")
    total = sum(c[0] for c in counts.values())
    hit = sum(c[1] for c in counts.values())
    res = {"target": "multicoped", "sentences": len(rows), "spans": total, "overlapped": hit,
           "overlap_rate": _ratio(hit, total),
           **{f"{k}_rate": _ratio(v[1], v[0]) for k, v in counts.items()}}
    print(f"multicoped sentences {len(rows)}  spans {total}  overlapped {hit} = {res['overlap_rate']:.3f}  ("
          + ", ".join(f"{k} {v[1]}/{v[0]}" for k, v in counts.items()) + ")")
    if verbose:
        print("\n".join(lines))
    return res


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    targets = args.targets or list(TARGETS)
    unknown = [t for t in targets if t not in TARGETS]
    if unknown:
        print(f"eval_actors: unknown target(s) {', '.join(unknown)}; choose from {', '.join(TARGETS)}",
              file=sys.stderr)
        return 2
    settings = load_settings(args.config)
    shared = find_shared(args.shared)
    started = time.perf_counter()
    nlp = load_nlp(settings)
    gazetteer = None
    if args.gazetteer:
        from intelfile.gazetteer import Gazetteer

        gazetteer = Gazetteer.load(settings)
    extra = {"gazetteer": gazetteer} if gazetteer is not None else {}
    runner = Runner(settings, nlp, ActorResolver(ActorDictionary.load(settings), settings=settings, **extra))
    results: list[dict[str, Any]] = []
    for target in targets:
        if target in ("seed", "corpus", "wikinews"):
            results.append(eval_documents(target, doc_items(shared, target, args.limit), runner, settings,
                                          args.verbose))
        elif target == "plover-gsr":
            results.append(eval_plover(shared, runner, args.limit, args.verbose, ""))
            if args.phoenix:
                folder = shared / "dictionaries" / "petrarch2"
                files = [str(p) for p in sorted(folder.glob("Phoenix.*.txt"))]
                phx = settings.with_overrides({"actors": {"dictionaries": files}})
                phoenix_runner = Runner(phx, nlp, ActorResolver(ActorDictionary.load(phx), settings=phx, **extra))
                results.append(eval_plover(shared, phoenix_runner, args.limit, args.verbose, "+phoenix"))
        else:
            results.append(eval_multicoped(shared, runner, args.limit, args.verbose))
    print("mentions by rule: " + ", ".join(f"{k} {v}" for k, v in runner.how.most_common()))
    print("mentions by kind: " + ", ".join(f"{k} {v}" for k, v in runner.kinds.most_common()))
    print(f"({time.perf_counter() - started:.1f} s)")
    if args.json:
        Path(args.json).write_text(json.dumps({"results": results, "how": dict(runner.how),
                                               "kinds": dict(runner.kinds)}, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
