"""``intelfile events``: list the stored events, filtered, as a table or as PLOVER-style JSON.

DOCS: docs/cli.md (events)
"""
from __future__ import annotations

import argparse
import calendar
import datetime as dt
import json
import re
import sys
from typing import Any

from ..records import ActorMention, Event
from ..settings import Settings
from ._common import open_store

NAME = "events"
HELP = "list coded events (who did what to whom, where, when) with filters"
DESCRIPTION = ("List the events stored by `intelfile run`/`analyse`, by date. Filters combine: "
               "--actor matches an actor id, name or mention text among sources or targets.")

MODALITIES = ("asserted", "ongoing", "historical", "forecast", "planned", "hypothetical", "denied")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--actor", metavar="NAME_OR_ID", help="events with this actor as source or target")
    parser.add_argument("--type", metavar="T", help="PLOVER event type, e.g. ASSAULT")
    parser.add_argument("--since", metavar="DATE", help="events on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)")
    parser.add_argument("--until", metavar="DATE", help="events on or before this date (YYYY, YYYY-MM or YYYY-MM-DD)")
    parser.add_argument("--modality", metavar="M", choices=MODALITIES, help="|".join(MODALITIES))
    parser.add_argument("--doc", metavar="ID", help="events of one document")
    parser.add_argument("--limit", metavar="N", type=int, help="at most N events")
    parser.add_argument("--json", action="store_true", help="PLOVER-style JSON (a list of events)")


def plover_json(event: Event) -> dict[str, Any]:
    """One stored event with PLOVER's data fields (actor/recipient entity lists, size, text, location),
    shaped like the per-event objects of ``intelfile export --format plover``."""
    from ..export import plover_entity, plover_size  # imported here: export pulls in the analysis

    pm = event.place
    p = pm.place if pm is not None else None
    n = event.numbers
    return {
        "id": event.id, "event_date": event.date_start, "event_date_end": event.date_end,
        "date_text": event.date_text, "event_type": event.type, "mode": event.mode,
        "context": list(event.context), "modality": event.modality, "cameo": event.cameo,
        "quad_class": event.quad_class,
        "actor": [plover_entity(m) for m in event.sources],
        "recipient": [plover_entity(m) for m in event.targets],
        "size": {"dead": plover_size(n, "killed"), "injured": plover_size(n, "wounded"),
                 "arrested": plover_size(n, "captured"),
                 "victims": n.victims if n is not None else None},
        "territory": event.territory,
        "attribution": event.attribution.as_dict() if event.attribution is not None else None,
        "text": event.evidence, "text_start": event.span.start if event.span else None,
        "text_end": event.span.end if event.span else None, "trigger": event.trigger,
        "location": None if pm is None else {
            "name": p.name if p is not None else pm.text, "text": pm.text, "start": pm.start, "end": pm.end,
            "geonameid": p.geonameid if p else None, "lat": p.lat if p else None, "lon": p.lon if p else None,
            "country_code": p.country if p else None, "admin1": p.admin1 if p else None,
            "precision": p.precision if p else None},
        "doc_id": event.doc_id, "sentence": event.sentence, "confidence": event.confidence,
    }


def _names(mentions: tuple[ActorMention, ...]) -> str:
    seen: list[str] = []
    for m in mentions:
        if m.actor.name not in seen:
            seen.append(m.actor.name)
    return ", ".join(seen) or "-"


def _date(e: Event) -> str:
    if e.date_start and e.date_end and e.date_end != e.date_start:
        return f"{e.date_start}..{e.date_end}"
    return e.date_start or "-"


def _excerpt(text: str, width: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def format_table(events: list[Event]) -> str:
    """Events as aligned text columns."""
    headers = ["date", "type", "mode", "who → whom", "place", "modality", "said by", "evidence", "doc"]
    rows = []
    for e in events:
        place = "-"
        if e.place is not None:
            place = e.place.place.name if e.place.place is not None else e.place.text
        said = e.attribution.speaker if e.attribution is not None else "-"
        rows.append([_date(e), e.type, e.mode or "-", f"{_names(e.sources)} → {_names(e.targets)}", place,
                     e.modality, _excerpt(said, 30), _excerpt(e.evidence), e.doc_id[:12]])
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(headers)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(v.ljust(w) for v, w in zip(r, widths)).rstrip() for r in rows]
    return "\n".join(lines)


def day_bound(value: str, *, end: bool) -> str:
    """An ISO day from ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``: the first day, or the last with ``end``."""
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value.strip())
    if m is None:
        raise ValueError(f"not a date: {value!r} (use YYYY, YYYY-MM or YYYY-MM-DD)")
    year, month, day = int(m.group(1)), int(m.group(2) or (12 if end else 1)), m.group(3)
    if day is None:
        last = calendar.monthrange(year, month)[1] if 1 <= month <= 12 else 0
        day_n = last if end else 1
    else:
        day_n = int(day)
    try:
        return dt.date(year, month, day_n).isoformat()
    except ValueError as exc:
        raise ValueError(f"not a date: {value!r} ({exc})") from exc


def run(args: argparse.Namespace, settings: Settings) -> int:
    if args.limit is not None and args.limit < 0:
        print("intelfile events: --limit must be 0 or more", file=sys.stderr)
        return 2
    try:
        since = day_bound(args.since, end=False) if args.since else None
        until = day_bound(args.until, end=True) if args.until else None
    except ValueError as exc:
        print(f"intelfile events: {exc}", file=sys.stderr)
        return 2
    with open_store(settings, read_only=True) as store:
        events = store.events(actor=args.actor, type=args.type, since=since, until=until,
                              modality=args.modality, doc_id=args.doc, limit=args.limit)
    if args.json:
        json.dump([plover_json(e) for e in events], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    if not events:
        print("no events match", file=sys.stderr)
        return 0
    print(format_table(events))
    print(f"{len(events)} event(s)", file=sys.stderr)
    return 0
