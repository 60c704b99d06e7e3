"""The ``intelfile`` command line: a thin layer over the library, one module per command.

Each command module in this package (names not starting with ``_``) defines::

    NAME = "ingest"                      # the sub-command
    HELP = "one line for --help"
    def add_arguments(parser): ...       # argparse arguments of the command
    def run(args, settings) -> int: ...  # calls the library; returns the exit code

``main(argv)`` = ``parse_args`` + ``run``. Only this module turns library errors into messages
and exit codes: 0 success, 1 some inputs failed (reported), 2 usage or configuration error,
3 other intelfile error.
"""
from __future__ import annotations

import argparse
import importlib
import logging
import pkgutil
import sys
from types import ModuleType
from typing import Sequence

from ..errors import ConfigError, IntelfileError, NotFound
from ..settings import Settings, load_settings

__all__ = ["main", "parse_args", "run", "build_parser", "commands"]

EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, EXIT_ERROR = 0, 1, 2, 3


def commands() -> dict[str, ModuleType]:
    """The command modules of this package, by command name."""
    found: dict[str, ModuleType] = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        found[module.NAME] = module
    return found


def build_parser() -> argparse.ArgumentParser:
    from .. import __version__

    parser = argparse.ArgumentParser(
        prog="intelfile",
        description="Turn news into an intelligence file: who did what to whom, where and when.",
    )
    parser.add_argument("--version", action="version", version=f"intelfile {__version__}")
    parser.add_argument("--config", metavar="FILE", help="settings file (TOML) overlaying the defaults")
    parser.add_argument("--db", metavar="PATH", help="DuckDB store (default: ./intelfile.duckdb)")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more log output (-vv for debug)")
    parser.add_argument("-q", "--quiet", action="store_true", help="only errors on stderr")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    for name, module in commands().items():
        p = sub.add_parser(name, help=module.HELP, description=getattr(module, "DESCRIPTION", module.HELP))
        module.add_arguments(p)
        p.set_defaults(_module=module)
    return parser


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    return build_parser().parse_args(argv)


def settings_from_args(args: argparse.Namespace) -> Settings:
    overrides: dict[str, dict[str, object]] = {}
    if getattr(args, "db", None):
        overrides["store"] = {"path": args.db}
    return load_settings(args.config, **overrides)


def _configure_logging(args: argparse.Namespace) -> None:
    level = logging.ERROR if args.quiet else (logging.WARNING, logging.INFO, logging.DEBUG)[min(args.verbose, 2)]
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)


def run(args: argparse.Namespace) -> int:
    _configure_logging(args)
    try:
        settings = settings_from_args(args)
        return int(args._module.run(args, settings))
    except ConfigError as exc:
        print(f"intelfile: configuration error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except NotFound as exc:
        print(f"intelfile: not found: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except IntelfileError as exc:
        print(f"intelfile: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("intelfile: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK


# Importing the command module ``cli/run.py`` rebinds the package attribute ``run`` to that
# module, so ``main`` keeps its own reference to the function.
_run_parsed = run


def main(argv: Sequence[str] | None = None) -> int:
    return _run_parsed(parse_args(argv))
