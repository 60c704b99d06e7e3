"""``intelfile show DOC_ID``: one document's clean text, metadata and sources."""
from __future__ import annotations

import argparse

from ..settings import Settings
from ._common import add_json_flag, open_store, print_json

NAME = "show"
HELP = "show a document's clean text, metadata and sources"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("doc_id", metavar="DOC_ID", help="document id (or a unique prefix of 6+ characters)")
    parser.add_argument("--sentences", action="store_true", help="one numbered sentence per line instead of the text")
    add_json_flag(parser)


def run(args: argparse.Namespace, settings: Settings) -> int:
    with open_store(settings, read_only=True) as store:
        doc = store.document(args.doc_id)
        sources = store.sources(doc.id)
    if args.json:
        data = doc.as_dict()
        data["sources"] = sources
        if args.sentences:
            data["sentence_texts"] = [doc.sentence_text(i) for i in range(len(doc.sentences))]
        print_json(data)
        return 0
    for label, value in (("id", doc.id), ("title", doc.title), ("published", doc.published),
                         ("publisher", doc.publisher), ("language", doc.language), ("url", doc.url),
                         ("characters", len(doc.text)), ("paragraphs", len(doc.paragraphs)),
                         ("sentences", len(doc.sentences))):
        if value is not None:
            print(f"{label + ':':12} {value}")
    for s in sources:
        print(f"{'source:':12} {s['origin']}" + (f"  <{s['url']}>" if s["url"] else ""))
    print()
    if args.sentences:
        width = len(str(max(len(doc.sentences) - 1, 0)))
        for i in range(len(doc.sentences)):
            print(f"[{i:>{width}}] {' '.join(doc.sentence_text(i).split())}")
    else:
        print(doc.text)
    return 0
