"""``intelfile analyse``: code events, actors and places in the stored documents."""
from __future__ import annotations

import argparse
import sys

from ..pipeline import analyse_store
from ..settings import Settings
from ._common import add_json_flag, open_store, print_failures, print_json

NAME = "analyse"
HELP = "annotate, resolve actors and places, and code events in stored documents"
DESCRIPTION = (
    "Run the analysis stages (spaCy annotation, actors, geoparsing, event coding) on the stored "
    "documents not analysed yet, or on --doc ids, or on all with --redo (e.g. after a dictionary "
    "import or a new model). --backend dask spreads the work over worker processes. The exit code "
    "is 1 when a document could not be analysed (it is reported and tried again next time)."
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--doc", action="append", metavar="ID", help="analyse this document (repeatable)")
    parser.add_argument("--redo", action="store_true", help="analyse every document again")
    parser.add_argument("--backend", choices=("local", "dask"), help="override [parallel] backend")
    parser.add_argument("--workers", type=int, metavar="N", help="override [parallel] workers")
    parser.add_argument("--no-annotations", action="store_true",
                        help="do not keep the spaCy annotations in the store")
    parser.add_argument("--no-progress", action="store_true", help="no progress bar even on a terminal")
    add_json_flag(parser)


def run(args: argparse.Namespace, settings: Settings) -> int:
    parallel: dict[str, object] = {}
    if args.backend:
        parallel["backend"] = args.backend
    if args.workers:
        parallel["workers"] = args.workers
    if parallel:
        settings = settings.with_overrides({"parallel": parallel})
    with open_store(settings) as store:
        doc_ids = [store.document(d).id for d in args.doc] if args.doc else None
        report = analyse_store(store, settings, doc_ids=doc_ids, redo=args.redo,
                               keep_annotations=not args.no_annotations,
                               progress=not (args.no_progress or args.quiet or args.json))
    if args.json:
        print_json(report.as_dict())
    elif not args.quiet:
        print(f"analysed: {report.documents} documents, {report.events} events, "
              f"{report.relations} relations, {report.claims} claims, {report.failed} failed")
    print_failures(report.failures, sys.stderr)
    return 0 if report.ok else 1
