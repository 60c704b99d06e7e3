"""``intelfile documents``: list stored documents, with filters."""
from __future__ import annotations

import argparse
import sys

from ..settings import Settings
from ._common import add_json_flag, iso_date, open_store, print_json, print_table, shorten

NAME = "documents"
HELP = "list stored documents (filter by publisher, date, language, text)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--publisher", help="only this publisher (case-insensitive)")
    parser.add_argument("--since", type=iso_date, metavar="DATE", help="published on or after DATE (YYYY-MM-DD)")
    parser.add_argument("--until", type=iso_date, metavar="DATE", help="published on or before DATE (YYYY-MM-DD)")
    parser.add_argument("--language", help="only this language code (e.g. en)")
    parser.add_argument("--search", metavar="TEXT", help="title or text contains TEXT (case-insensitive)")
    parser.add_argument("--limit", type=int, default=100, help="at most this many (default 100; 0 for all)")
    add_json_flag(parser)


def run(args: argparse.Namespace, settings: Settings) -> int:
    if args.limit < 0:
        print("intelfile: --limit must be 0 or more", file=sys.stderr)
        return 2
    filters = dict(publisher=args.publisher, since=args.since, until=args.until,
                   language=args.language, search=args.search)
    with open_store(settings, read_only=True) as store:
        docs = store.documents(**filters, limit=args.limit or None)
        total = store.count_documents(**filters)
    if args.json:
        print_json({"total": total, "documents": [{
            "id": d.id, "title": d.title, "published": d.published, "publisher": d.publisher,
            "language": d.language, "url": d.url, "origin": d.origin, "n_chars": len(d.text),
            "n_sentences": len(d.sentences)} for d in docs]})
        return 0
    print_table([(d.id[:12], d.published or "", shorten(d.publisher, 24), len(d.text),
                  shorten(d.title or d.origin, 70)) for d in docs],
                ("ID", "PUBLISHED", "PUBLISHER", "CHARS", "TITLE"))
    if total > len(docs) and not args.quiet:
        print(f"({len(docs)} of {total} shown; use --limit 0 for all)", file=sys.stderr)
    return 0
