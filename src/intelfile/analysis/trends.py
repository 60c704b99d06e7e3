"""Trends per actor and month, and a plain assessment that states what it rests on.

:func:`monthly_trends` counts, per calendar month of the merged events (asserted, ongoing or
historical only): events the actor initiated (a source) and received (a target), hostile ones among
them, the distinct adversaries it faced (actors on the other side of a hostile event, either
direction), places gained and lost (changes of control), and the casualties it suffered (numeric
ranges summed, vague amounts listed).

:func:`assess` – **the rule** – looks at the last ``settings.report.assessment_months`` months up to
the latest dated report about the actor (its latest asserted event or change of control; the corpus's
latest date when it has none) – the *window* – and the same length before it (the *previous period*).
Each actor is assessed as of its own latest report, so an actor last reported in 2015 is not called
"not enough data" because the corpus also holds 2017 articles; the window is stated with the verdict.

1. *not enough data* when the window holds fewer than 3 events involving the actor and no change
   of control;
2. *declining* when it lost more places than it gained in the window; *expanding* when it gained
   more than it lost;
3. otherwise, by the events it initiated: *expanding* when the window has at least 1.5 times the
   previous period's and at least 2 more, *declining* when it has at most half and at least 2 fewer,
   else *stable* (with no previous data, *stable*).

The evidence lines always list the places lost and gained, casualties suffered, contested places
held, and the distinct adversaries in the window against the previous period.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..dedup import FACTUAL, parse_date
from ..records import Record
from .casualties import casualty_reports, format_range
from .common import Corpus, Evidence
from .network import event_sign
from .territory import control_timeline

__all__ = ["MonthStats", "Assessment", "monthly_trends", "assess", "month_add", "actor_as_of"]

MIN_EVENTS = 3


@dataclass(frozen=True, slots=True)
class MonthStats(Record):
    month: str  # YYYY-MM
    initiated: int = 0
    received: int = 0
    hostile_initiated: int = 0
    hostile_received: int = 0
    adversaries: tuple[str, ...] = ()
    gained: tuple[str, ...] = ()
    lost: tuple[str, ...] = ()
    killed: tuple[int, int] | None = None
    killed_vague: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Assessment(Record):
    actor: str
    verdict: str  # declining | expanding | stable | not enough data
    window_start: str | None
    window_end: str | None
    reasons: tuple[str, ...]  # the plain-language evidence lines
    rule: str  # which step of the rule decided
    evidence: tuple[Evidence, ...] = ()


def month_add(day: date, months: int) -> date:
    total = day.year * 12 + (day.month - 1) + months
    return date(total // 12, total % 12 + 1, 1)


def actor_as_of(corpus: Corpus, actor_id: str) -> date | None:
    """The latest date of an asserted/ongoing/historical event or change of control involving the actor."""
    days = [corpus.cluster_day(c) for c in corpus.clusters_of(actor_id) if c.modality in FACTUAL]
    for control in control_timeline(corpus).values():
        days += [parse_date(ch.date) for ch in control.changes if actor_id in (ch.holder, ch.previous)]
    days = [d for d in days if d is not None]
    return max(days) if days else None


def monthly_trends(corpus: Corpus, actor_id: str) -> list[MonthStats]:
    months: dict[str, dict] = {}

    def bucket(day: date | None) -> dict | None:
        if day is None:
            return None
        return months.setdefault(day.strftime("%Y-%m"), {
            "initiated": 0, "received": 0, "hostile_initiated": 0, "hostile_received": 0,
            "adversaries": {}, "gained": [], "lost": [], "killed": [], "killed_vague": []})

    for cluster in corpus.clusters_of(actor_id):
        if cluster.modality not in FACTUAL:
            continue
        b = bucket(corpus.cluster_day(cluster))
        if b is None:
            continue
        sources, targets = cluster.source_ids(), cluster.target_ids()
        hostile = event_sign(cluster.canonical) < 0
        if actor_id in sources:
            b["initiated"] += 1
            b["hostile_initiated"] += hostile
            if hostile:
                b["adversaries"].update(dict.fromkeys(sorted(targets - {actor_id})))
        if actor_id in targets:
            b["received"] += 1
            b["hostile_received"] += hostile
            if hostile:
                b["adversaries"].update(dict.fromkeys(sorted(sources - {actor_id})))
    for control in control_timeline(corpus).values():
        for change in control.changes:
            if (change.holder == actor_id) == (change.previous == actor_id):
                continue
            b = bucket(parse_date(change.date))
            if b is None:
                continue
            if change.holder == actor_id:
                b["gained"].append(change.place)
            else:
                b["lost"].append(change.place)
    for report in casualty_reports(corpus):
        if actor_id not in report.victims or not (report.killed or report.killed_vague):
            continue
        b = bucket(parse_date(report.date))
        if b is None:
            continue
        if report.killed:
            b["killed"].append(report.killed)
        elif report.killed_vague:
            b["killed_vague"].append(report.killed_vague)
    out = []
    for month in sorted(months):
        b = months[month]
        killed = (sum(k[0] for k in b["killed"]), sum(k[-1] for k in b["killed"])) if b["killed"] else None
        out.append(MonthStats(
            month=month, initiated=b["initiated"], received=b["received"],
            hostile_initiated=b["hostile_initiated"], hostile_received=b["hostile_received"],
            adversaries=tuple(b["adversaries"]), gained=tuple(b["gained"]), lost=tuple(b["lost"]),
            killed=killed, killed_vague=tuple(b["killed_vague"]),
        ))
    return out


def assess(corpus: Corpus, actor_id: str, *, months: int | None = None) -> Assessment:
    """The trend verdict for ``actor_id`` with the evidence it rests on (rule in the module docstring)."""
    months = months or corpus.settings.report.assessment_months
    end = actor_as_of(corpus, actor_id) or corpus.as_of()
    name = corpus.name
    if end is None:
        return Assessment(actor_id, "not enough data", None, None, ("no dated events or articles",), "1")
    start = month_add(end, -(months - 1))  # first day of the window's first month
    previous_start = month_add(start, -months)
    in_window = lambda d: d is not None and start <= d <= end  # noqa: E731
    in_previous = lambda d: d is not None and previous_start <= d < start  # noqa: E731

    clusters = [c for c in corpus.clusters_of(actor_id) if c.modality in FACTUAL]
    window = [c for c in clusters if in_window(corpus.cluster_day(c))]
    before = [c for c in clusters if in_previous(corpus.cluster_day(c))]
    controls = control_timeline(corpus)
    gained, lost, evidence = [], [], []
    for control in controls.values():
        for change in control.changes:
            if not in_window(parse_date(change.date)):
                continue
            if change.holder == actor_id and change.previous != actor_id:
                gained.append(change)
                evidence.extend(change.evidence[:1])
            elif change.previous == actor_id and change.holder != actor_id:
                lost.append(change)
                evidence.extend(change.evidence[:1])

    def adversaries(items: list) -> set[str]:
        found: set[str] = set()
        for c in items:
            if event_sign(c.canonical) >= 0:
                continue
            if actor_id in c.source_ids():
                found |= c.target_ids()
            if actor_id in c.target_ids():
                found |= c.source_ids()
        return found - {actor_id}

    reasons: list[str] = []
    for change in lost:
        to = f" to {name(change.holder)}" if change.holder else ""
        reasons.append(f"lost {change.place}{to} ({change.date})")
    for change in gained:
        frm = f" from {name(change.previous)}" if change.previous else ""
        reasons.append(f"gained {change.place}{frm} ({change.date})")
    contested = [c for c in controls.values() if c.holder == actor_id and c.contested]
    for c in contested:
        reasons.append(f"holds {c.place} (since {c.since}), contested by "
                       + ", ".join(name(a) for a in c.contested_by))
        evidence.extend(c.contest_evidence[:1])
    suffered = [r for r in casualty_reports(corpus) if actor_id in r.victims and in_window(parse_date(r.date))]
    numeric = [r.killed for r in suffered if r.killed]
    vague = [r.killed_vague for r in suffered if r.killed_vague and not r.killed]
    if numeric or vague:
        parts = []
        if numeric:
            parts.append(format_range((sum(k[0] for k in numeric), sum(k[-1] for k in numeric))))
        parts += [f'"{v}"' for v in vague]
        reasons.append(f"suffered {' + '.join(parts)} killed in {len(suffered)} reported event(s)")
        for r in suffered:
            evidence.extend(r.evidence[:1])
    adv_now, adv_before = adversaries(window), adversaries(before)
    if adv_now or adv_before:
        reasons.append(f"faced {len(adv_now)} distinct adversaries in the window"
                       + (f" ({', '.join(sorted(name(a) for a in adv_now))})" if adv_now else "")
                       + f", against {len(adv_before)} in the previous {months} months")
    initiated_now = sum(actor_id in c.source_ids() for c in window)
    initiated_before = sum(actor_id in c.source_ids() for c in before)
    reasons.append(f"initiated {initiated_now} events in the window, against {initiated_before} in the previous {months} months")

    if len(window) < MIN_EVENTS and not (gained or lost):
        verdict, rule = "not enough data", f"1: {len(window)} events in the window (fewer than {MIN_EVENTS}) and no change of control"
    elif len(lost) > len(gained):
        verdict, rule = "declining", f"2: lost {len(lost)} places, gained {len(gained)}"
    elif len(gained) > len(lost):
        verdict, rule = "expanding", f"2: gained {len(gained)} places, lost {len(lost)}"
    elif initiated_before and initiated_now >= 1.5 * initiated_before and initiated_now - initiated_before >= 2:
        verdict, rule = "expanding", f"3: initiated {initiated_now} events against {initiated_before} before"
    elif initiated_before and initiated_now <= 0.5 * initiated_before and initiated_before - initiated_now >= 2:
        verdict, rule = "declining", f"3: initiated {initiated_now} events against {initiated_before} before"
    else:
        verdict, rule = "stable", f"3: initiated {initiated_now} events against {initiated_before} before"
    unique = list({(e.doc_id, e.sentence): e for e in evidence}.values())
    return Assessment(actor_id, verdict, start.isoformat(), end.isoformat(), tuple(reasons), rule, tuple(unique))
