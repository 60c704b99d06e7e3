"""``intelfile eval``: score the pipeline against the gold data in ``../shared``.

Targets: seed, corpus, wikinews, plover-gsr, multicoped, petrarch2 (event coding,
``intelfile.evaluation.events``), case2021 (type and mode on CASE 2021 snippets,
``intelfile.evaluation.case2021``), geo, event-location (geoparsing, ``intelfile.evaluation.geo``),
all. Default: seed and corpus.

DOCS: docs/eval.md
"""
from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from ..settings import Settings

NAME = "eval"
HELP = "score event coding and geoparsing against the gold data in ../shared"
DESCRIPTION = ("Score the pipeline against the gold data in ../shared (seed article, sample corpus, "
               "eval datasets) and print precision, recall and F1 overall and per event type.")

EVENT_TARGETS = ("seed", "corpus", "wikinews", "plover-gsr", "multicoped", "petrarch2")
GEO_TARGETS = ("geo", "event-location")
SNIPPET_TARGETS = ("case2021",)
TARGETS = EVENT_TARGETS + SNIPPET_TARGETS + GEO_TARGETS + ("all",)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("targets", nargs="*", metavar="TARGET",
                        help=f"what to score: {', '.join(TARGETS)} (default: seed corpus)")
    parser.add_argument("--shared", metavar="PATH",
                        help="the shared data folder (default: $INTELFILE_SHARED, else ../shared)")
    parser.add_argument("--limit", metavar="N", type=int, help="score at most N items (documents or sentences) per target")
    parser.add_argument("--json", action="store_true", help="print the results as one JSON object")
    parser.add_argument("--verbose", action="store_true",
                        help="list every gold event as FOUND/MISSED and every extra prediction")
    parser.add_argument("--half", choices=("first", "second"), metavar="HALF",
                        help="case2021 only: score the first (tuning) or second (held-out) half: first, second")


def _expand(targets: list[str]) -> list[str]:
    if not targets:
        return ["seed", "corpus"]
    if "all" in targets:
        return list(EVENT_TARGETS + SNIPPET_TARGETS + GEO_TARGETS)
    seen: list[str] = []
    for t in targets:
        if t not in seen:
            seen.append(t)
    return seen


def run(args: argparse.Namespace, settings: Settings) -> int:
    from ..evaluation.events import evaluate_events, find_shared, format_report

    if args.limit is not None and args.limit < 1:
        print("intelfile eval: --limit must be 1 or more", file=sys.stderr)
        return 2
    unknown = [t for t in args.targets or [] if t not in TARGETS]
    if unknown:
        print(f"intelfile eval: unknown target {', '.join(unknown)} (choose from {', '.join(TARGETS)})",
              file=sys.stderr)
        return 2
    shared = find_shared(args.shared)
    targets = _expand(list(args.targets or []))
    results: dict[str, Any] = {}
    event_targets = [t for t in targets if t in EVENT_TARGETS]
    if event_targets:
        for result in evaluate_events(event_targets, settings, shared, limit=args.limit, verbose=args.verbose):
            results[result["target"]] = result
            if not args.json:
                print(format_report(result, verbose=args.verbose), flush=True)
                print()
    if "case2021" in targets:
        from ..evaluation.case2021 import evaluate_case2021, format_case2021

        result = evaluate_case2021(settings, shared, limit=args.limit, half=args.half, verbose=args.verbose)
        results["case2021"] = result
        if not args.json:
            print(format_case2021(result, verbose=args.verbose), flush=True)
            print()
    geo_targets = [t for t in targets if t in GEO_TARGETS]
    if geo_targets:
        from ..evaluation import geo

        if "geo" in geo_targets:
            result = geo.evaluate(settings, shared, limit=args.limit)
            results["geo"] = result
            if not args.json:
                print(geo.format_report(result), flush=True)
                print()
        if "event-location" in geo_targets:
            result = geo.evaluate_event_location(settings, shared, args.limit)
            results["event-location"] = result
            if not args.json:
                print(geo.format_report(result), flush=True)
                print()
    if args.json:
        json.dump({"shared": str(shared), "limit": args.limit, "results": results}, sys.stdout,
                  ensure_ascii=False, indent=2, default=str)
        sys.stdout.write("\n")
    return 0
