"""``intelfile network`` – the signed actor network over a time window: an actor's allies and
adversaries with evidence, or the whole graph as GraphML / JSON."""
from __future__ import annotations

import argparse
import json

from ..settings import Settings
from ._common import add_window_arguments, read_corpus

NAME = "network"
HELP = "actor network: allies and adversaries with evidence; export GraphML or JSON"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("actor", nargs="?", help="show this actor's allies and adversaries (id, name or alias)")
    add_window_arguments(parser, "evidence")
    parser.add_argument("--graphml", metavar="FILE", help="write the graph as GraphML")
    parser.add_argument("--out", metavar="FILE", help="write the graph as JSON")
    parser.add_argument("--json", action="store_true", help="print as JSON")


def run(args: argparse.Namespace, settings: Settings) -> int:
    from ..analysis import actor_network, adversaries, allies, network_json, write_graphml, write_network_json

    corpus = read_corpus(settings, args)
    graph = actor_network(corpus)
    if args.graphml:
        write_graphml(graph, args.graphml)
    if args.out:
        write_network_json(graph, args.out)
    if args.actor:
        actor = corpus.find_actor(args.actor)
        result = {"actor": actor.id, "name": actor.name,
                  "allies": [t.as_dict() for t in allies(graph, actor.id)],
                  "adversaries": [t.as_dict() for t in adversaries(graph, actor.id)]}
        if args.json:
            print(json.dumps(result, ensure_ascii=False, indent=1))
        else:
            print(f"{actor.name} ({actor.id})")
            for title, key in (("allies", "allies"), ("adversaries", "adversaries")):
                print(f"  {title}:")
                for tie in result[key]:
                    scope = f" [scope: {'; '.join(tie['scopes'])}]" if tie["scopes"] else ""
                    print(f"    {tie['name']} ({tie['weight']:+g}; {', '.join(tie['kinds'])}){scope}")
                    for ev in tie["evidence"][:3]:
                        print(f"      {ev['doc_id']}#{ev['sentence']}: {ev['quote'][:160]}")
    elif args.json:
        print(json.dumps(network_json(graph), ensure_ascii=False, indent=1))
    else:
        print(f"{graph.number_of_nodes()} actors, {graph.number_of_edges()} ties")
    return 0
