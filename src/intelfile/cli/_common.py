"""Helpers shared by the command modules: opening the store, JSON output, failure summaries.

Nothing here exits: commands return exit codes and ``intelfile.cli.run`` maps errors to them.
"""
from __future__ import annotations

import argparse
import datetime as _dt
import json
import sys
from collections import Counter
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Iterable, Sequence

from ..records import Failure
from ..settings import Settings

if TYPE_CHECKING:  # pragma: no cover
    from ..store import Store

__all__ = [
    "open_store", "read_corpus", "add_window_arguments", "run_job", "add_json_flag", "print_json",
    "print_failures", "iso_date", "shorten", "print_table", "render_cli_reference",
]

MAX_LISTED_FAILURES = 20


def open_store(settings: Settings, *, read_only: bool = False) -> "Store":
    """Open the store of ``settings``; reading commands open it read-only.

    A store that does not exist yet is an error for reading commands. One that still needs
    migrating is opened for writing once (the migration runs), then read.
    """
    from ..errors import SchemaError, StoreError
    from ..store import Store

    if not read_only:
        return Store.open(settings)
    if not Path(settings.store.path).exists():
        raise StoreError(f"no store at {settings.store.path} (run `intelfile ingest` first, or "
                         "give --db)", source=settings.store.path)
    try:
        return Store.open(settings, read_only=True)
    except SchemaError:
        raise
    except StoreError:
        return Store.open(settings)


def read_corpus(settings: Settings, args: argparse.Namespace) -> Any:
    """The analysis ``Corpus`` of the store, within the ``--since``/``--until`` window of ``args``."""
    from ..analysis import Corpus

    with open_store(settings, read_only=True) as store:
        return Corpus.from_store(store, settings, since=args.since, until=args.until)


def add_window_arguments(parser: argparse.ArgumentParser, what: str) -> None:
    """``--since`` / ``--until``: the time window of ``what`` a command reads."""
    parser.add_argument("--since", metavar="DATE", help=f"only {what} on or after this ISO date")
    parser.add_argument("--until", metavar="DATE", help=f"only {what} on or before this ISO date")


def add_json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON on stdout (for scripts)")


def print_json(obj: Any, stream: IO[str] | None = None) -> None:
    """Write ``obj`` as indented JSON (dates and paths as strings)."""
    out = stream or sys.stdout
    json.dump(obj, out, indent=2, ensure_ascii=False, default=str)
    out.write("\n")


def print_failures(failures: Sequence[Failure], stream: IO[str] | None = None,
                   limit: int = MAX_LISTED_FAILURES) -> None:
    """A summary of failures on stderr: counts by reason code, then the first ``limit`` items."""
    if not failures:
        return
    out = stream or sys.stderr
    by_code = Counter(f.code for f in failures)
    kinds = ", ".join(f"{n} {code}" for code, n in by_code.most_common())
    print(f"intelfile: {len(failures)} failed ({kinds}):", file=out)
    for f in failures[:limit]:
        print(f"  {f.origin}: [{f.stage}/{f.code}] {f.reason}", file=out)
    if len(failures) > limit:
        print(f"  ... and {len(failures) - limit} more (all are in the store's failures table)",
              file=out)


def iso_date(value: str) -> str:
    """argparse type: an ISO date (``2015-03-14``), month (``2015-03``) or year (``2015``)."""
    text = value.strip()
    for fmt in ("%Y-%m-%d", "%Y-%m", "%Y"):
        try:
            _dt.datetime.strptime(text, fmt)
            return text
        except ValueError:
            continue
    try:
        _dt.datetime.fromisoformat(text)
        return text
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO date: {value!r} (use YYYY-MM-DD)") from None


def shorten(text: str | None, width: int) -> str:
    """``text`` on one line, cut to ``width`` characters with an ellipsis."""
    one = " ".join((text or "").split())
    return one if len(one) <= width else one[: max(0, width - 1)] + "…"


def print_table(rows: Iterable[Sequence[Any]], headers: Sequence[str],
                stream: IO[str] | None = None) -> None:
    """Left-aligned columns separated by two spaces (the last column is not padded)."""
    out = stream or sys.stdout
    table = [list(map(str, headers))] + [["" if v is None else str(v) for v in r] for r in rows]
    widths = [max(len(r[i]) for r in table) for i in range(len(headers))]
    for r in table:
        cells = [c.ljust(widths[i]) if i < len(r) - 1 else c for i, c in enumerate(r)]
        print("  ".join(cells).rstrip(), file=out)


def render_cli_reference(columns: int = 100) -> str:
    """docs/cli.md: the ``--help`` of ``intelfile`` and of every command, at a fixed width.

    ``scripts/gen_cli_docs.py`` writes it; a test checks the file is current.
    """
    import os

    from . import build_parser

    saved = os.environ.get("COLUMNS")
    os.environ["COLUMNS"] = str(columns)
    try:
        parser = build_parser()
        parts = [
            "# Command-line reference\n",
            "Generated from `--help` by `python scripts/gen_cli_docs.py`; do not edit by hand.\n",
            "Exit codes: 0 success, 1 some inputs failed (each is reported), 2 usage or configuration\n"
            "error, 3 other error (e.g. a document that is not in the store).\n",
            "## intelfile\n", "```text", parser.format_help().rstrip(), "```\n",
        ]
        subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
        for sub in subs:
            for name, subparser in sorted(sub.choices.items()):
                parts += [f"## intelfile {name}\n", "```text", subparser.format_help().rstrip(), "```\n"]
    finally:
        if saved is None:
            os.environ.pop("COLUMNS", None)
        else:
            os.environ["COLUMNS"] = saved
    return "\n".join(parts).rstrip() + "\n"


def run_job(args: argparse.Namespace, job: Any) -> Any:
    """Call ``job(progress=..., on_failure=...)`` with the options of ``ingest``/``run``: a progress
    bar unless ``--no-progress``, ``--quiet`` or ``--json``; with ``--fail-fast`` the first failure
    stops the job, is printed, and ``None`` is returned."""
    from ..errors import InputError
    from ..pipeline import raise_on_failure

    try:
        return job(progress=not (args.no_progress or args.quiet or args.json),
                   on_failure=raise_on_failure if args.fail_fast else None)
    except InputError as exc:
        if not args.fail_fast:
            raise
        print(f"intelfile: stopped at the first failure (--fail-fast): {exc}", file=sys.stderr)
        return None
