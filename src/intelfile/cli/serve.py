"""``intelfile serve``: the HTTP API and the web page (map, timeline, network) over the store.

``--get PATH`` answers one request in process and prints the response body, without a server
(for scripts and tests, like Datasette's ``--get``). The store is opened read-only.

DOCS: docs/api.md
"""
from __future__ import annotations

import argparse
import sys

from ..settings import Settings
from ._common import open_store
from . import EXIT_ERROR, EXIT_OK, EXIT_USAGE

NAME = "serve"
HELP = "serve the HTTP API and the web page (map, timeline, network) over the store"
DESCRIPTION = (
    "Serve the read-only HTTP JSON API (/api/...) and the web page (/) over the store. "
    "With --get PATH, answer one request in process and print the response body."
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--host", default="127.0.0.1", help="interface to listen on (default: 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8765, help="port to listen on (default: 8765)")
    parser.add_argument("--get", metavar="PATH",
                        help="answer one GET request (e.g. /api/stats) in process, print the body and exit")


def run(args: argparse.Namespace, settings: Settings) -> int:
    from ..api import call, create_app

    with open_store(settings, read_only=True) as store:
        app = create_app(settings, store)
        if args.get:
            path = args.get if args.get.startswith("/") else "/" + args.get
            status, _, body = call(app, path)
            sys.stdout.write(body.decode("utf-8"))
            sys.stdout.write("\n")
            sys.stdout.flush()
            return EXIT_OK if status < 400 else EXIT_USAGE if status == 400 else EXIT_ERROR
        import uvicorn

        print(f"intelfile: serving {settings.store.path} at http://{args.host}:{args.port}/ "
              "(Ctrl-C stops)", file=sys.stderr, flush=True)
        uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return EXIT_OK
