#!/usr/bin/env python3
"""Score geoparsing against ../shared/eval and print the figures.

    python benchmarks/eval_geo.py                         # lgl, tr-news, geowebnews, geovirus + event-location
    python benchmarks/eval_geo.py lgl tr-news --limit 50  # some sets, first 50 documents each
    python benchmarks/eval_geo.py event-location          # only the 496 event-location gold items
    python benchmarks/eval_geo.py --json out.json         # also write the results as JSON
    python benchmarks/eval_geo.py --split first           # tuning half (--split second: held out)
    python benchmarks/eval_geo.py event-location --split dev --limit 1500 --errors 30
                                                          # non-gold items minus the gold sentences
                                                          # (every k-th; read misses here, not on second)
    python benchmarks/eval_geo.py --gazetteer PATH        # use (or build) the gazetteer cache at PATH

What is measured: the docstring of intelfile/evaluation/geo.py. The published bar (Mordecai3,
acc@161 km): 82.7 LGL, 87.3 TR-News, 94.1 GeoWebNews; event location: accuracy >= 0.83.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from intelfile import load_settings
from intelfile.annotate import load_nlp
from intelfile.errors import IntelfileError
from intelfile.evaluation.geo import (
    EVENT_LOCATION_SPLITS, GEO_DATASETS, evaluate, evaluate_event_location, format_report,
)
from intelfile.gazetteer import Gazetteer

ROOT = Path(__file__).resolve().parents[1]


def find_shared() -> Path:
    env = os.environ.get("INTELFILE_SHARED")
    for c in ([Path(env)] if env else []) + [ROOT.parent / "shared", ROOT / ".." / ".." / "shared"]:
        if (c / "eval").is_dir():
            return c.resolve()
    raise SystemExit("../shared/eval not found; set INTELFILE_SHARED")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("targets", nargs="*", help=f"{', '.join(GEO_DATASETS)}, event-location (default: all)")
    ap.add_argument("--limit", type=int, default=None, help="at most this many documents/items per set")
    ap.add_argument("--split", choices=EVENT_LOCATION_SPLITS, default=None,
                    help="all, first or second half of each set (second is held out); dev: the "
                         "event-location items outside the gold set (geo sets: not available)")
    ap.add_argument("--half", choices=("first", "second"), help="the same as --split first|second")
    ap.add_argument("--json", metavar="FILE", help="write the results as JSON")
    ap.add_argument("--gazetteer", metavar="PATH", help="gazetteer cache (default: settings)")
    ap.add_argument("--errors", type=int, default=0, help="print this many event-location errors")
    args = ap.parse_args(argv)
    if args.half and args.split and args.half != args.split:
        ap.error("--half and --split disagree")
    split = args.split or args.half or "all"
    targets = args.targets or [*GEO_DATASETS, "event-location"]
    settings = load_settings(geo={"gazetteer_path": args.gazetteer}) if args.gazetteer else load_settings()
    shared = find_shared()
    try:
        nlp = load_nlp(settings)
        gazetteer = Gazetteer.load(settings)
        results: dict[str, object] = {}
        geo_sets = [t for t in targets if t in GEO_DATASETS]
        if geo_sets and split == "dev":
            if args.targets:
                ap.error("--split dev exists only for event-location")
            geo_sets = []
        if geo_sets:
            res = evaluate(settings, shared, geo_sets, args.limit, nlp=nlp, gazetteer=gazetteer,
                           half=None if split == "all" else split)
            results["geo"] = res
            print(format_report(res))
            print()
        if "event-location" in targets:
            res_ev = evaluate_event_location(settings, shared, args.limit, nlp=nlp, gazetteer=gazetteer,
                                            split=split, max_errors=max(40, args.errors))
            results["event-location"] = res_ev
            print(format_report(res_ev))
            for e in res_ev["errors"][: args.errors]:
                print("  ", json.dumps(e, ensure_ascii=False)[:300])
    except IntelfileError as exc:
        print(f"eval_geo: {exc}", file=sys.stderr)
        return 3
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
