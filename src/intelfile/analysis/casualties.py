"""Casualties: killed and wounded by actor, place and period, as ranges with their sources.

One :class:`CasualtyReport` per merged event that states figures (the cluster's merged
``Numbers``: several articles giving 30 and 32 dead become one report of 30–32, never 62).
Whose dead they are: ``Numbers.victims`` when the text says so; otherwise the event's targets
(``victims_stated`` is then false, and the dossier says "in attacks on"). Vague amounts
("hundreds", "dozens") stay words: they are listed, never turned into numbers, and never added to
the numeric totals. Forecasts and hypotheticals are not casualties.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from ..dedup import FACTUAL, place_label
from ..records import Record
from .common import Corpus, Evidence

__all__ = ["CasualtyReport", "CasualtyTotal", "casualty_reports", "casualties_by", "format_range"]


@dataclass(frozen=True, slots=True)
class CasualtyReport(Record):
    cluster: str
    date: str | None
    place: str | None
    perpetrators: tuple[str, ...]
    victims: tuple[str, ...]
    victims_stated: bool
    killed: tuple[int, ...] | None = None
    wounded: tuple[int, ...] | None = None
    killed_vague: str | None = None
    wounded_vague: str | None = None
    source_count: int = 1
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True, slots=True)
class CasualtyTotal(Record):
    """Sum over distinct events of the numeric ranges; vague amounts listed beside them."""

    key: str
    killed: tuple[int, int] | None
    wounded: tuple[int, int] | None
    killed_vague: tuple[str, ...]
    wounded_vague: tuple[str, ...]
    reports: int
    evidence: tuple[Evidence, ...] = ()


def format_range(value: Iterable[int] | None) -> str:
    """``(2000, 3000)`` → ``"2,000–3,000"``; ``(5, 5)`` → ``"5"``; ``None`` → ``""``."""
    if not value:
        return ""
    low, high = tuple(value)[0], tuple(value)[-1]
    return f"{low:,}" if low == high else f"{low:,}–{high:,}"


def casualty_reports(corpus: Corpus) -> list[CasualtyReport]:
    """One report per merged, asserted event that states killed or wounded (computed once per corpus)."""
    return list(corpus.memo("casualties.reports", lambda: _reports(corpus)))


def _reports(corpus: Corpus) -> list[CasualtyReport]:
    out = []
    for cluster in corpus.clusters:
        n = cluster.numbers
        if n is None or cluster.modality not in FACTUAL:
            continue
        if not (n.killed or n.wounded or n.killed_vague or n.wounded_vague):
            continue
        stated = bool(n.victims)
        victims = (n.victims,) if n.victims else tuple(sorted(cluster.target_ids()))
        perpetrators = tuple(sorted(a for a in cluster.source_ids() if a not in victims))
        out.append(CasualtyReport(
            cluster=cluster.id, date=cluster.date_start, place=place_label(cluster.place),
            perpetrators=perpetrators, victims=victims, victims_stated=stated,
            killed=n.killed, wounded=n.wounded, killed_vague=n.killed_vague, wounded_vague=n.wounded_vague,
            source_count=cluster.source_count, evidence=tuple(corpus.cluster_evidence(cluster)),
        ))
    return out


def _sum(ranges: list[tuple[int, ...]]) -> tuple[int, int] | None:
    if not ranges:
        return None
    return (sum(r[0] for r in ranges), sum(r[-1] for r in ranges))


def casualties_by(reports: Iterable[CasualtyReport], by: str = "victim") -> list[CasualtyTotal]:
    """Totals grouped ``by`` "victim" (actor), "perpetrator" (actor), "place" or "month"."""
    groups: dict[str, list[CasualtyReport]] = {}
    for r in reports:
        if by == "victim":
            keys = r.victims or ("unknown",)
        elif by == "perpetrator":
            keys = r.perpetrators or ("unknown",)
        elif by == "place":
            keys = (r.place or "unknown",)
        elif by == "month":
            keys = (r.date[:7] if r.date else "undated",)
        else:
            raise ValueError(f"casualties_by: unknown grouping {by!r}")
        for key in keys:
            groups.setdefault(key, []).append(r)
    out = []
    for key, items in groups.items():
        out.append(CasualtyTotal(
            key=key,
            killed=_sum([r.killed for r in items if r.killed]),
            wounded=_sum([r.wounded for r in items if r.wounded]),
            killed_vague=tuple(r.killed_vague for r in items if r.killed_vague and not r.killed),
            wounded_vague=tuple(r.wounded_vague for r in items if r.wounded_vague and not r.wounded),
            reports=len(items),
            evidence=tuple(e for r in items for e in r.evidence),
        ))
    out.sort(key=lambda t: (-(t.killed[1] if t.killed else 0), -t.reports, t.key))
    return out
