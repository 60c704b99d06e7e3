#!/usr/bin/env python3
"""Run every event evaluation against ../shared and print the figures; pin the accuracy gate.

    python benchmarks/eval_events.py                 # all event evaluations, full sets
    python benchmarks/eval_events.py seed corpus     # some of them
    python benchmarks/eval_events.py --limit 50      # at most 50 items per evaluation
    python benchmarks/eval_events.py --json out.json # also write the results as JSON
    python benchmarks/eval_events.py --pin           # measure the gate's figures and write
                                                     # tests/accuracy_baseline.json
    python benchmarks/eval_events.py --pin --allow-lower   # ... even when a floor goes down

What is measured and how: docs/eval.md. The gate itself: tests/test_accuracy_gate.py.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from pathlib import Path

from intelfile import load_settings
from intelfile.errors import IntelfileError
from intelfile.evaluation import events as ev

ROOT = Path(__file__).resolve().parents[1]
BASELINE = ROOT / "tests" / "accuracy_baseline.json"


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("targets", nargs="*", metavar="TARGET",
                   help=f"evaluations to run: {', '.join(ev.EVENT_TARGETS)} (default: all)")
    p.add_argument("--shared", metavar="PATH", help="the shared data folder (default: $INTELFILE_SHARED or ../shared)")
    p.add_argument("--config", metavar="FILE", help="settings file overlaying the defaults")
    p.add_argument("--limit", type=int, metavar="N", help="at most N items per evaluation")
    p.add_argument("--json", metavar="PATH", help="write all results to this JSON file")
    p.add_argument("--verbose", action="store_true", help="list found, missed and extra events")
    p.add_argument("--pin", action="store_true", help="measure the gate's figures and write the baseline")
    p.add_argument("--allow-lower", action="store_true", help="with --pin: allow lowering a floor")
    p.add_argument("--baseline", default=str(BASELINE), help="baseline file for --pin (default: %(default)s)")
    return p.parse_args(argv)


def pin(args: argparse.Namespace) -> int:
    settings = load_settings(args.config)
    shared = ev.find_shared(args.shared)
    started = time.perf_counter()
    results = ev.gate_results(settings, shared)
    figures = ev.gate_figures(results)
    for r in results.values():
        print(ev.format_report(r), end="\n\n")
    path = Path(args.baseline)
    previous = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else None
    try:
        baseline = ev.new_baseline(figures, ev.gate_fingerprint(shared), previous, allow_lower=args.allow_lower,
                                   measured_on=dt.date.today().isoformat())
    except ValueError as exc:
        print(f"eval_events: {exc}", file=sys.stderr)
        return 1
    path.write_text(json.dumps(baseline, indent=2) + "\n", encoding="utf-8")
    print(f"gate figures ({time.perf_counter() - started:.0f}s):")
    for name, value in figures.items():
        bound = baseline["floors"].get(name, baseline["ceilings"].get(name))
        print(f"  {name:34s} {value:8.4f}   pinned {'ceiling' if name in ev.GATE_CEILINGS else 'floor'} {bound}")
    print(f"wrote {path}")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        if args.pin:
            return pin(args)
        unknown = [t for t in args.targets if t not in ev.EVENT_TARGETS]
        if unknown:
            print(f"eval_events: unknown evaluation {', '.join(unknown)}", file=sys.stderr)
            return 2
        settings = load_settings(args.config)
        shared = ev.find_shared(args.shared)
        targets = args.targets or list(ev.EVENT_TARGETS)
        results = {}
        for result in ev.evaluate_events(targets, settings, shared, limit=args.limit, verbose=args.verbose):
            results[result["target"]] = result
            print(ev.format_report(result, verbose=args.verbose), end="\n\n", flush=True)
    except IntelfileError as exc:
        print(f"eval_events: {exc}", file=sys.stderr)
        return 3
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2, default=str) + "\n", encoding="utf-8")
        print(f"wrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
