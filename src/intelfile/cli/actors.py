"""``intelfile actors``: import actor dictionaries and look actors up.

    intelfile actors import FILE [--json]     PETRARCH/TABARI or intelfile JSON → the store
    intelfile actors list [--kind K] [--json] shipped + configured + imported actors
    intelfile actors show ID [--json]
    intelfile actors find NAME [--json]
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..errors import NotFound
from ..records import Actor
from ..settings import Settings
from ._common import add_json_flag, open_store, print_json, print_table, shorten

NAME = "actors"
HELP = "import actor dictionaries (PETRARCH or JSON) and look actors up"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="actors_command", metavar="ACTION")
    sub.required = True
    p = sub.add_parser("import", help="read a PETRARCH/TABARI or intelfile JSON dictionary into the store")
    p.add_argument("file", metavar="FILE")
    add_json_flag(p)
    p = sub.add_parser("list", help="list known actors")
    p.add_argument("--kind", help="only this kind (state, state-sector, armed-group, igo, ngo, person, agent, ...)")
    p.add_argument("--limit", type=int, default=0, help="at most this many (default: all)")
    add_json_flag(p)
    p = sub.add_parser("show", help="one actor by id")
    p.add_argument("id", metavar="ID")
    add_json_flag(p)
    p = sub.add_parser("find", help="actors whose name or alias matches NAME")
    p.add_argument("name", metavar="NAME")
    add_json_flag(p)


def run(args: argparse.Namespace, settings: Settings) -> int:
    if args.actors_command == "import":
        return _import(args, settings)
    dictionary = _dictionary(settings)
    if args.actors_command == "list":
        actors = [a for a in dictionary if not args.kind or a.kind == args.kind]
        if args.limit:
            actors = actors[: args.limit]
        if args.json:
            print_json({"total": len(actors), "actors": [a.as_dict() for a in actors]})
        else:
            _table(actors)
        return 0
    if args.actors_command == "show":
        actor = dictionary.get(args.id)
        if actor is None:
            raise NotFound(f"no actor with id {args.id!r}")
        if args.json:
            print_json(actor.as_dict())
        else:
            for key, value in actor.as_dict().items():
                if value not in (None, (), [], ""):
                    print(f"{key:12} {', '.join(value) if isinstance(value, (list, tuple)) else value}")
        return 0
    found = dictionary.search(args.name)
    if args.json:
        print_json({"query": args.name, "actors": [a.as_dict() for a in found]})
    else:
        _table(found)
    return 0 if found else 1


def _dictionary(settings: Settings):  # type: ignore[no-untyped-def]
    from ..actors import ActorDictionary

    extra: list[Actor] = []
    if Path(settings.store.path).exists():
        with open_store(settings, read_only=True) as store:
            extra = store.actor_entries()
    return ActorDictionary.load(settings, extra=extra)


def _import(args: argparse.Namespace, settings: Settings) -> int:
    from ..actors import read_dictionary_file
    from ..petrarch import looks_like_petrarch, read_petrarch

    path = Path(args.file)
    head = path.read_bytes()[:4096].decode("utf-8", "replace") if path.is_file() else ""
    malformed = []
    if path.is_file() and looks_like_petrarch(head):
        parsed = read_petrarch(path)
        actors, malformed, fmt = parsed.actors, parsed.malformed, "petrarch"
    else:
        actors, fmt = read_dictionary_file(path), "json"
    with open_store(settings) as store:
        stored = store.add_actor_entries(actors, source=str(path))
    kinds: dict[str, int] = {}
    for a in actors:
        kinds[a.kind] = kinds.get(a.kind, 0) + 1
    if args.json:
        print_json({"file": str(path), "format": fmt, "read": len(actors), "stored": stored, "kinds": kinds,
                    "malformed": [{"line": m.line, "text": m.text, "reason": m.reason} for m in malformed]})
    else:
        print(f"{path}: read {len(actors)} actors ({fmt}), stored {stored}; "
              + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())))
        for m in malformed:
            print(f"{path}:{m.line}: {m.reason}: {m.text.strip()}", file=sys.stderr)
        if malformed:
            print(f"{len(malformed)} malformed lines skipped", file=sys.stderr)
    return 1 if malformed else 0


def _table(actors: list[Actor]) -> None:
    print_table([(shorten(a.id, 32), a.kind, a.country or "", a.sector or "", a.cameo or "",
                  shorten(a.name, 40), shorten(", ".join(a.aliases[:4]), 50)) for a in actors],
                headers=("id", "kind", "country", "sector", "cameo", "name", "aliases"))
