"""``intelfile export --format FMT --out FILE`` – events as Parquet, CSV, GeoJSON, PLOVER JSON or
GDELT-style TSV (one row per merged event unless ``--no-dedup``)."""
from __future__ import annotations

import argparse
import json

from ..settings import Settings
from ._common import add_window_arguments, read_corpus

NAME = "export"
HELP = "export events as parquet, csv, geojson, plover (JSON) or gdelt (TSV)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from ..export import FORMATS

    parser.add_argument("--format", required=True, choices=FORMATS, help="output format")
    parser.add_argument("--out", required=True, metavar="FILE", help="output file")
    add_window_arguments(parser, "events")
    parser.add_argument("--no-dedup", action="store_true", help="one row per coded event, not per merged event")
    parser.add_argument("--no-header", action="store_true", help="gdelt: no header line (positional GDELT readers)")
    parser.add_argument("--json", action="store_true", help="print the written path as JSON")


def run(args: argparse.Namespace, settings: Settings) -> int:
    from ..export import export_events

    corpus = read_corpus(settings, args)
    path = export_events(corpus, args.format, args.out, dedup=not args.no_dedup, header=not args.no_header)
    print(json.dumps({"path": str(path), "format": args.format}) if args.json else f"wrote {path}")
    return 0
