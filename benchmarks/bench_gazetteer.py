#!/usr/bin/env python3
"""Time the gazetteer: first build, cached load, lookups and in-context resolution.

    python benchmarks/bench_gazetteer.py            # uses a temporary cache (builds it once)
    python benchmarks/bench_gazetteer.py --cache PATH

Targets (issue 4): cached load < 2 s; resolving a place well under 1 ms.
"""
from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from intelfile import load_settings
from intelfile.gazetteer import Gazetteer
from intelfile.geo import Geoparser, Toponym

NAMES = ["Tikrit", "al-Alam", "Kobani", "Mosul", "Baghdad", "Damascus", "Palmyra", "Sinjar",
         "Aleppo", "Paris", "Springfield", "Texas", "Iraq", "U.S.", "Salah ad-Din", "Raqqa",
         "Washington", "Georgia", "Alexandria", "Nowhere Atall"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cache", metavar="PATH", help="gazetteer cache file (default: a temporary one)")
    ap.add_argument("--rounds", type=int, default=5, help="cached loads to time (default 5)")
    args = ap.parse_args()
    tmp = None
    if args.cache:
        path = Path(args.cache)
    else:
        tmp = tempfile.TemporaryDirectory()
        path = Path(tmp.name) / "gazetteer.pkl"
    settings = load_settings(geo={"gazetteer_path": str(path)})

    existed = path.is_file()
    t0 = time.perf_counter()
    g = Gazetteer.load(settings, rebuild=not args.cache)
    build = time.perf_counter() - t0
    loads = []
    for _ in range(args.rounds):
        t0 = time.perf_counter()
        g = Gazetteer.load(settings)
        loads.append(time.perf_counter() - t0)

    n = 20_000
    t0 = time.perf_counter()
    for i in range(n):
        g.lookup(NAMES[i % len(NAMES)])
    lookup_us = (time.perf_counter() - t0) / n * 1e6

    import spacy
    from spacy.tokens import Doc

    vocab = spacy.blank("en").vocab
    words = ["Syria", "and", "Iraq", ":", "Palmyra", ",", "Tikrit", ",", "Sinjar", ",",
             "Damascus", ",", "Mosul", ",", "Aleppo", "."]
    doc = Doc(vocab, words=words)
    tops = [Toponym(i, i + 1, w, "bench") for i, w in enumerate(words) if w[0].isupper()]
    gp = Geoparser(g, settings=settings)
    rounds = 2_000
    t0 = time.perf_counter()
    for _ in range(rounds):
        gp.resolve(doc, tops)
    resolve_us = (time.perf_counter() - t0) / (rounds * len(tops)) * 1e6

    size_mb = path.stat().st_size / 1e6
    print(f"gazetteer: {len(g):,} places, cache {size_mb:.1f} MB at {path}")
    label = "first load of an existing cache" if existed and args.cache else "first build (embedded data)"
    print(f"{label + ':':33}{build:7.2f} s")
    print(f"cached load, median of {len(loads)}:     {statistics.median(loads):7.3f} s   (target < 2 s)")
    print(f"lookup, mean of {n:,}:          {lookup_us:7.1f} µs")
    print(f"resolve in context, per toponym: {resolve_us:7.1f} µs  (target well under 1 ms)")
    if tmp is not None:
        tmp.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
