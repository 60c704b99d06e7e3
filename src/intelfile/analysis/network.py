"""The actor network: a signed, weighted graph of who cooperates with and who opposes whom.

Ties come from two kinds of evidence, each counted once:

* **merged events** (one :class:`~intelfile.dedup.EventCluster` per real-world event, so an event
  told by five articles counts once) that are asserted, ongoing or historical – forecasts, plans,
  hypotheticals and denials make no tie. Each (source actor, target actor) pair gets +1 for a
  cooperation type, −1 for a hostility type (the event's ``quad_class`` decides when the type is in
  neither list: 1–2 cooperation, 3–4 hostility). Actors on the same side of a hostile event
  ("Iran and Hezbollah fight ... together") get +0.5 as co-belligerents.
* **stated relations** (``Relation``): cooperation, support, alliance and proxy +1; hostility and
  rivalry −1, with their scope ("Iraq only") kept on the tie. Denied and hypothetical relations make
  no tie.

Each edge holds ``positive`` and ``negative`` totals, ``weight = positive − negative``, ``sign``
(+1 ally, −1 adversary, 0 mixed-even) and ``ties`` – every piece of evidence. An actor's allies are
the neighbours with a positive weight, its adversaries those with a negative weight.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import networkx as nx

from ..dedup import FACTUAL
from ..records import Event, Record
from .common import Corpus, Evidence

__all__ = [
    "COOPERATION", "HOSTILITY", "RELATION_SIGN", "Tie", "event_sign", "actor_network", "allies",
    "adversaries", "network_json", "write_graphml", "write_network_json",
]

COOPERATION = frozenset({"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "REQUEST"})
HOSTILITY = frozenset({"ASSAULT", "COERCE", "THREATEN", "SANCTION", "ACCUSE", "PROTEST", "REJECT",
                       "DEMAND", "DISAPPROVE", "MOBILIZE"})
RELATION_SIGN = {"cooperation": 1, "support": 1, "alliance": 1, "proxy": 1, "hostility": -1, "rivalry": -1}
CO_BELLIGERENT = 0.5


def event_sign(event: Event) -> int:
    """+1 cooperation, −1 hostility, 0 neither (e.g. RETREAT, or an unknown type without quad class)."""
    if event.type in COOPERATION:
        return 1
    if event.type in HOSTILITY:
        return -1
    if event.quad_class in (1, 2):
        return 1
    if event.quad_class in (3, 4):
        return -1
    return 0


@dataclass(frozen=True, slots=True)
class Tie(Record):
    """One actor's tie to ``actor``: totals, the kinds of evidence, scopes and the evidence itself."""

    actor: str
    name: str
    sign: int
    weight: float
    positive: float
    negative: float
    kinds: tuple[str, ...] = ()
    scopes: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = ()


def _add(graph: nx.Graph, a: str, b: str, value: float, tie: dict[str, Any]) -> None:
    if not graph.has_edge(a, b):
        graph.add_edge(a, b, positive=0.0, negative=0.0, ties=[])
    data = graph.edges[a, b]
    if value > 0:
        data["positive"] += value
    else:
        data["negative"] += -value
    data["ties"].append(tie)


def actor_network(corpus: Corpus) -> nx.Graph:
    """The signed weighted graph over the corpus's window (build the corpus with since/until)."""
    graph = nx.Graph()
    for cluster in corpus.clusters:
        if cluster.modality not in FACTUAL:
            continue
        sign = event_sign(cluster.canonical)
        if sign == 0:
            continue
        evidence = corpus.cluster_evidence(cluster)
        base = {"kind": "event", "type": cluster.type, "cluster": cluster.id,
                "date": cluster.date_start, "evidence": evidence}
        sources, targets = sorted(cluster.source_ids()), sorted(cluster.target_ids())
        for s in sources:
            for t in targets:
                if s != t:
                    _add(graph, s, t, float(sign), {**base, "from": s, "to": t})
        if sign < 0:
            for i, a in enumerate(sources):
                for b in sources[i + 1:]:
                    if b not in targets and a not in targets:
                        _add(graph, a, b, CO_BELLIGERENT, {**base, "kind": "co-belligerent", "type": f"co-belligerent ({cluster.type})", "from": a, "to": b})
    for relation in corpus.relations:
        sign = RELATION_SIGN.get(relation.kind, 0)
        if sign == 0 or relation.modality in ("denied", "hypothetical") or relation.a == relation.b:
            continue
        _add(graph, relation.a, relation.b, float(sign), {
            "kind": "relation", "type": relation.kind, "scope": relation.scope, "from": relation.a,
            "to": relation.b, "evidence": [corpus.evidence(relation.doc_id, relation.sentence,
                                                           relation.evidence, relation.span)],
        })
    for node in graph.nodes:
        actor = corpus.actor(node)
        graph.nodes[node].update(name=actor.name, kind=actor.kind, country=actor.country or "")
    for _, _, data in graph.edges(data=True):
        data["weight"] = data["positive"] - data["negative"]
        data["sign"] = (data["weight"] > 0) - (data["weight"] < 0)
    return graph


def _ties(graph: nx.Graph, actor_id: str, sign: int) -> list[Tie]:
    if actor_id not in graph:
        return []
    out = []
    for other in graph.neighbors(actor_id):
        data = graph.edges[actor_id, other]
        if data["sign"] != sign:
            continue
        evidence: dict[tuple[str, int], Evidence] = {}
        for tie in data["ties"]:
            for ev in tie["evidence"]:
                evidence.setdefault((ev.doc_id, ev.sentence), ev)
        out.append(Tie(
            actor=other, name=graph.nodes[other].get("name", other), sign=sign, weight=data["weight"],
            positive=data["positive"], negative=data["negative"],
            kinds=tuple(dict.fromkeys(t["type"] for t in data["ties"])),
            scopes=tuple(dict.fromkeys(t["scope"] for t in data["ties"] if t.get("scope"))),
            evidence=tuple(evidence.values()),
        ))
    out.sort(key=lambda t: (-abs(t.weight), t.name))
    return out


def allies(graph: nx.Graph, actor_id: str) -> list[Tie]:
    """Neighbours with a positive net tie, strongest first, with the evidence for each."""
    return _ties(graph, actor_id, 1)


def adversaries(graph: nx.Graph, actor_id: str) -> list[Tie]:
    """Neighbours with a negative net tie, strongest first, with the evidence for each."""
    return _ties(graph, actor_id, -1)


def _plain_tie(tie: dict[str, Any]) -> dict[str, Any]:
    return {**{k: v for k, v in tie.items() if k != "evidence"},
            "evidence": [e.as_dict() for e in tie["evidence"]]}


def network_json(graph: nx.Graph) -> dict[str, Any]:
    """Nodes and edges as plain JSON (edges carry their ties with evidence)."""
    return {
        "nodes": [{"id": n, **data} for n, data in sorted(graph.nodes(data=True))],
        "edges": [
            {"source": a, "target": b, "weight": d["weight"], "sign": d["sign"], "positive": d["positive"],
             "negative": d["negative"], "ties": [_plain_tie(t) for t in d["ties"]]}
            for a, b, d in sorted(graph.edges(data=True), key=lambda e: (e[0], e[1]))
        ],
    }


def write_network_json(graph: nx.Graph, path: str | Path) -> Path:
    path = Path(path)
    path.write_text(json.dumps(network_json(graph), ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def write_graphml(graph: nx.Graph, path: str | Path) -> Path:
    """GraphML (scalar attributes only: each edge's ties become a JSON string attribute ``ties``)."""
    flat = nx.Graph()
    for n, data in graph.nodes(data=True):
        flat.add_node(n, **{k: v if v is not None else "" for k, v in data.items()})
    for a, b, d in graph.edges(data=True):
        flat.add_edge(a, b, weight=float(d["weight"]), sign=int(d["sign"]), positive=float(d["positive"]),
                      negative=float(d["negative"]),
                      ties=json.dumps([_plain_tie(t) for t in d["ties"]], ensure_ascii=False))
    path = Path(path)
    nx.write_graphml(flat, path)
    return path
