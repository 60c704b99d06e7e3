"""Evaluation against the gold data in ``../shared`` (never shipped with the package).

``events`` scores the event coder (seed, sample corpus, Wikinews/government texts, PLOVER-GSR,
Multi-CoPED CAMEO, PETRARCH-2 validation); ``geo`` scores geoparsing. ``intelfile eval`` and
``benchmarks/eval_events.py`` call them; ``tests/test_accuracy_gate.py`` pins their floors.

DOCS: docs/eval.md
"""
from __future__ import annotations

from .events import (
    EVENT_TARGETS,
    evaluate_events,
    find_shared,
    format_report,
    score_events,
    to_scorer_events,
)

__all__ = [
    "EVENT_TARGETS", "evaluate_events", "find_shared", "format_report", "score_events",
    "to_scorer_events",
]
