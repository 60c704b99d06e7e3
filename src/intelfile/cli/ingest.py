"""``intelfile ingest INPUT...``: read, clean and store articles; report what failed and why."""
from __future__ import annotations

import argparse
import sys

from ..pipeline import ingest
from ..settings import Settings
from ._common import add_json_flag, open_store, print_failures, print_json, run_job

NAME = "ingest"
HELP = "read, clean and store articles (files, folders, globs, - for stdin)"
DESCRIPTION = (
    "Read articles from files, folders, glob patterns or stdin (-): .txt news dumps, .html/.htm "
    "pages, .jsonl (one article per line), .warc/.warc.gz crawls and .gz of any of these. Each "
    "article is cleaned and stored once (re-ingesting is a no-op; the same article from another "
    "origin adds a source). Failures are listed on stderr and kept in the store; the exit code is 1 "
    "when anything failed."
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("inputs", nargs="+", metavar="INPUT", help="file, folder, glob pattern, or - for stdin")
    parser.add_argument("--fail-fast", action="store_true",
                        help="stop at the first failure (the batch in progress is not stored)")
    parser.add_argument("--no-progress", action="store_true", help="no progress bar even on a terminal")
    add_json_flag(parser)


def run(args: argparse.Namespace, settings: Settings) -> int:
    with open_store(settings) as store:
        report = run_job(args, lambda **kw: ingest(args.inputs, settings, store, **kw))
    if report is None:
        return 1
    if args.json:
        print_json({"store": settings.store.path, **report.as_dict()})
    elif not args.quiet:
        print(f"{report.read} read, {report.added} added, {report.duplicates} already stored "
              f"({report.new_sources} new sources), {report.failed} failed → {settings.store.path}")
    print_failures(report.failures, sys.stderr)
    return 0 if report.ok else 1
