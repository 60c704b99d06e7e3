"""Analysis of the stored records: the corpus view, then networks, territory, casualties, trends
and forecasts (one module each).

:class:`Corpus` is the owned object every analysis reads: the events (de-duplicated into
:class:`~intelfile.dedup.EventCluster` s once, when it is built), relations, claims, the articles
they come from and the actors they name. Build it from a store with ``Corpus.from_store(store,
settings)`` or from records with ``Corpus(events=..., documents=..., settings=...)``.

Every statement an analysis makes carries :class:`Evidence`: the article, sentence index and quote
it rests on.
"""
from __future__ import annotations

from .common import Corpus, Evidence, find_actor
from .casualties import CasualtyReport, CasualtyTotal, casualties_by, casualty_reports
from .forecasts import ForecastStatus, track_forecasts
from .network import (
    COOPERATION, HOSTILITY, Tie, actor_network, adversaries, allies, event_sign, network_json,
    write_graphml, write_network_json,
)
from .territory import ControlChange, PlaceControl, control_timeline, holdings, holdings_geojson
from .trends import Assessment, MonthStats, assess, monthly_trends

__all__ = [
    "Corpus", "Evidence", "find_actor",
    "COOPERATION", "HOSTILITY", "Tie", "actor_network", "allies", "adversaries", "event_sign",
    "network_json", "write_graphml", "write_network_json",
    "ControlChange", "PlaceControl", "control_timeline", "holdings", "holdings_geojson",
    "CasualtyReport", "CasualtyTotal", "casualty_reports", "casualties_by",
    "MonthStats", "Assessment", "monthly_trends", "assess",
    "ForecastStatus", "track_forecasts",
]
