"""``intelfile report ACTOR`` – one actor's dossier; ``--overview`` – the corpus overview;
``--all`` – the whole intelligence file (overview, main actors' dossiers, exports, index)."""
from __future__ import annotations

import argparse
import json

from ..settings import Settings
from ._common import open_store

NAME = "report"
HELP = "write an actor's dossier (HTML, Markdown, JSON) or the corpus overview"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("actor", nargs="?", help="actor id, name or alias (case-insensitive)")
    parser.add_argument("--overview", action="store_true", help="write the corpus overview instead")
    parser.add_argument("--all", action="store_true", help="write the whole intelligence file with an index")
    parser.add_argument("--out", metavar="DIR", help="output folder (default: settings report.output_dir)")
    parser.add_argument("--format", default=None, help="comma-separated: html,md,json (default: all three)")
    parser.add_argument("--json", action="store_true", help="print the written path as JSON")


def run(args: argparse.Namespace, settings: Settings) -> int:
    from ..errors import ConfigError
    from ..report import write_dossier, write_intelligence_file, write_overview

    if not args.actor and not args.overview and not args.all:
        raise ConfigError("give an ACTOR, --overview or --all")
    formats = tuple(f.strip() for f in args.format.split(",") if f.strip()) if args.format else None
    out = args.out or settings.report.output_dir
    with open_store(settings, read_only=True) as store:
        if args.all:
            path = write_intelligence_file(store, out, settings)
        elif args.overview:
            path = write_overview(store, out, settings, formats=formats)
        else:
            path = write_dossier(store, args.actor, out, settings, formats=formats)
    print(json.dumps({"path": str(path)}) if args.json else f"wrote {path}")
    return 0
