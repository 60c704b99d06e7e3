"""``intelfile stats``: what the store holds."""
from __future__ import annotations

import argparse

from ..settings import Settings
from ._common import add_json_flag, open_store, print_json

NAME = "stats"
HELP = "counts of documents, sources, sentences, failures and analysis in the store"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_json_flag(parser)


def run(args: argparse.Namespace, settings: Settings) -> int:
    with open_store(settings, read_only=True) as store:
        stats = store.stats()
    if args.json:
        print_json(stats)
        return 0
    for key, value in stats.items():
        if isinstance(value, dict):
            shown = ", ".join(f"{k} {v}" for k, v in list(value.items())[:10]) or "-"
            more = f" (+{len(value) - 10} more)" if len(value) > 10 else ""
            print(f"{key + ':':20} {shown}{more}")
        else:
            print(f"{key + ':':20} {'-' if value is None else value}")
    return 0
