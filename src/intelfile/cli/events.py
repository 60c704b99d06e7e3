"""``intelfile events``: list the stored events, filtered, as a table or as PLOVER-style JSON.

DOCS: docs/cli.md (events)
"""
from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from ..records import ActorMention, Event
from ..settings import Settings

NAME = "events"
HELP = "list coded events (who did what to whom, where, when) with filters"
DESCRIPTION = ("List the events stored by `intelfile run`/`analyse`, by date. Filters combine: "
               "--actor matches an actor id, name or mention text among sources or targets.")

MODALITIES = ("asserted", "ongoing", "historical", "forecast", "planned", "hypothetical", "denied")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--actor", metavar="NAME_OR_ID", help="events with this actor as source or target")
    parser.add_argument("--type", metavar="T", help="PLOVER event type, e.g. ASSAULT")
    parser.add_argument("--since", metavar="DATE", help="events on or after this ISO date")
    parser.add_argument("--until", metavar="DATE", help="events on or before this ISO date")
    parser.add_argument("--modality", metavar="M", choices=MODALITIES, help="|".join(MODALITIES))
    parser.add_argument("--doc", metavar="ID", help="events of one document")
    parser.add_argument("--limit", metavar="N", type=int, help="at most N events")
    parser.add_argument("--json", action="store_true", help="PLOVER-style JSON (a list of events)")


def _mention(m: ActorMention) -> dict[str, Any]:
    a = m.actor
    return {"actor_id": a.id, "name": a.name, "text": m.text, "country": a.country, "sector": a.sector,
            "kind": a.kind, "cameo": a.cameo, "start": m.start, "end": m.end}


def plover_json(event: Event) -> dict[str, Any]:
    """One event with PLOVER's data fields (actor/recipient lists, size, text, location) and ours."""
    place = event.place
    location = None
    if place is not None:
        location = {"name": place.text, "start": place.start, "end": place.end}
        if place.place is not None:
            p = place.place
            location.update({"resolved_name": p.name, "geonameid": p.geonameid, "country": p.country,
                             "admin1": p.admin1, "lat": p.lat, "lon": p.lon, "precision": p.precision})
    n = event.numbers
    size = None
    if n is not None:
        size = {k: v for k, v in (("dead", n.killed), ("injured", n.wounded), ("arrested", n.captured),
                                  ("fighters", n.fighters), ("dead_vague", n.killed_vague),
                                  ("injured_vague", n.wounded_vague), ("arrested_vague", n.captured_vague),
                                  ("fighters_vague", n.fighters_vague), ("victims", n.victims))
                if v is not None}
    return {
        "id": event.id,
        "date": event.date_start,
        "date_end": event.date_end,
        "date_text": event.date_text,
        "event_type": event.type,
        "mode": event.mode,
        "context": list(event.context),
        "actor": [_mention(m) for m in event.sources],
        "recipient": [_mention(m) for m in event.targets],
        "modality": event.modality,
        "attribution": event.attribution.as_dict() if event.attribution is not None else None,
        "size": size,
        "location": location,
        "text": {"doc_id": event.doc_id, "sentence": event.sentence, "evidence": event.evidence,
                 "start": event.span.start if event.span else None,
                 "end": event.span.end if event.span else None, "trigger": event.trigger},
        "cameo": event.cameo,
        "quad_class": event.quad_class,
        "territory": event.territory,
        "confidence": event.confidence,
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


def run(args: argparse.Namespace, settings: Settings) -> int:
    from ..store import Store

    if args.limit is not None and args.limit < 0:
        print("intelfile events: --limit must be 0 or more", file=sys.stderr)
        return 2
    with Store.open(settings, read_only=True) as store:
        events = store.events(actor=args.actor, type=args.type, since=args.since, until=args.until,
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
