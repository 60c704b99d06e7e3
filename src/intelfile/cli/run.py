"""``intelfile run [INPUT...]``: the main job, on the inputs or on the bundled sample corpus."""
from __future__ import annotations

import argparse
import sys

from ..pipeline import run_main_job
from ..settings import Settings
from ._common import add_json_flag, print_failures, print_json, run_job

NAME = "run"
HELP = "the main job: ingest, analyse and report on INPUTs (default: the bundled sample corpus)"
DESCRIPTION = (
    "Run the whole job on INPUTs (files, folders, globs, - for stdin), or on the bundled sample "
    "corpus when none is given: ingest and clean them, code events, actors and places, "
    "de-duplicate, analyse, and write the intelligence file (HTML, Markdown, JSON and exports) to "
    "the output folder (--out, default [report] output_dir). The exit code is 1 when some inputs "
    "failed."
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("inputs", nargs="*", metavar="INPUT",
                        help="file, folder, glob pattern, or - for stdin (default: the bundled sample corpus)")
    parser.add_argument("--out", metavar="DIR", help="output folder (default: [report] output_dir)")
    parser.add_argument("--fail-fast", action="store_true", help="stop at the first failure")
    parser.add_argument("--no-progress", action="store_true", help="no progress bar even on a terminal")
    add_json_flag(parser)


def run(args: argparse.Namespace, settings: Settings) -> int:
    report = run_job(args, lambda **kw: run_main_job(args.inputs, settings, args.out, **kw))
    if report is None:
        return 1
    if args.json:
        print_json(report.as_dict())
    elif not args.quiet:
        ing = report.ingest
        stats = report.stats or {}
        print(f"ingested: {ing.read} read, {ing.added} added, {ing.duplicates} already stored "
              f"({ing.new_sources} new sources), {ing.failed} failed")
        if report.analyse is not None:
            an = report.analyse
            print(f"analysed: {an.documents} documents, {an.events} events, {an.relations} relations, "
                  f"{an.claims} claims, {an.failed} failed")
        print(f"store:    {report.store_path} ({stats.get('documents', 0)} documents, "
              f"{stats.get('sentences', 0)} sentences)")
        print(f"output:   {report.index or report.out_dir}")
    print_failures(report.ingest.failures, sys.stderr)
    if report.analyse is not None:
        print_failures(report.analyse.failures, sys.stderr)
    return 0 if report.ok else 1
