#!/usr/bin/env python3
"""Measure the throughput of each pipeline stage and of the whole chain on real news text.

    python benchmarks/bench_pipeline.py                       # 300 BBC articles, local backend
    python benchmarks/bench_pipeline.py --limit 50            # fewer articles
    python benchmarks/bench_pipeline.py --backend dask --workers 2
    python benchmarks/bench_pipeline.py --backend both        # the chain on both backends
    python benchmarks/bench_pipeline.py --input FILE_OR_DIR   # any input read_inputs accepts
    python benchmarks/bench_pipeline.py --json                # the figures as JSON on stdout

Input: ``--input`` if given; else ``../shared/eval/bbc-news/bbc_news.jsonl`` (2,225 BBC articles,
read in place, never copied into the project: ``--limit`` of them, evenly spaced over the file so
every category is represented, are written to a temporary JSONL that is deleted afterwards); else
the bundled public-domain sample (``src/intelfile/data/sample``).

What is timed (wall clock, ``time.perf_counter``), all in this process except the Dask chain:

- resources: spaCy model load, gazetteer load from its cache (``--gazetteer-build`` also times a
  fresh in-memory build), actor dictionary load;
- stages, one after the other on the same documents: read (``read_inputs``), clean
  (``clean_document``), store writes (``Store.add_documents`` in ``ingest.batch_size`` batches,
  into a temporary DuckDB file), spaCy annotation (``Annotator``, ``nlp.pipe``), actors, geo,
  coding (per document), DocBin serialisation and the analysis save (``Store.save_analyses`` +
  ``save_annotations``);
- chain: ``pipeline.ingest`` + ``pipeline.analyse_store`` into a fresh temporary store, end to end,
  with the chosen backend. The local chain reuses the resources loaded above (their load time is
  reported separately); the Dask chain includes starting the worker processes and each worker
  loading its own model, gazetteer and dictionary (once per Dask ``compute``, i.e. per window of
  ``workers × partition_size × 2`` documents).

The machine's load average is printed before and after: on a shared machine the figures move with
it. Documented with measured figures in docs/benchmarks.md.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any, Sequence

from intelfile import Document, Failure, load_settings
from intelfile.errors import IntelfileError
from intelfile.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
BBC = Path("eval") / "bbc-news" / "bbc_news.jsonl"


def find_shared(explicit: str | None = None) -> Path | None:
    """The shared data folder: ``explicit``, ``$INTELFILE_SHARED`` or ``../shared``; None if absent."""
    for c in (explicit, os.environ.get("INTELFILE_SHARED"), str(ROOT.parent / "shared")):
        if c and Path(c).is_dir():
            return Path(c).resolve()
    return None


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--input", metavar="PATH", help="input file or folder (default: BBC news from ../shared, "
                                                   "else the bundled sample)")
    p.add_argument("--shared", metavar="PATH", help="the shared data folder (default: $INTELFILE_SHARED or ../shared)")
    p.add_argument("--config", metavar="FILE", help="settings file overlaying the defaults")
    p.add_argument("--limit", type=int, default=300, metavar="N", help="number of articles (default: %(default)s)")
    p.add_argument("--backend", choices=("local", "dask", "both", "none"), default="local",
                   help="backend(s) for the whole-chain run (default: %(default)s; none: stages only)")
    p.add_argument("--workers", type=int, metavar="N", help="Dask workers (default: settings.parallel.workers)")
    p.add_argument("--gazetteer-build", action="store_true",
                   help="also time building the gazetteer from scratch (in memory, the cache is not touched)")
    p.add_argument("--json", action="store_true", help="print the figures as JSON instead of a table")
    args = p.parse_args(argv)
    if args.limit < 1:
        p.error("--limit must be at least 1")
    if args.workers is not None and args.workers < 1:
        p.error("--workers must be at least 1")
    return args


# -- input selection ----------------------------------------------------------------------------

def evenly_spaced(n_total: int, n: int) -> list[int]:
    """``n`` indices spread evenly over ``range(n_total)`` (all of them when ``n >= n_total``)."""
    if n >= n_total:
        return list(range(n_total))
    return [i * n_total // n for i in range(n)]


def select_jsonl(path: Path, limit: int, out_dir: Path) -> Path:
    """Write ``limit`` evenly spaced lines of the JSONL file ``path`` to a file in ``out_dir``."""
    with path.open("rb") as fh:
        lines = [line for line in fh if line.strip()]
    out = out_dir / f"bench-{path.stem}.jsonl"
    with out.open("wb") as fh:
        for i in evenly_spaced(len(lines), limit):
            line = lines[i]
            fh.write(line if line.endswith(b"\n") else line + b"\n")
    return out


def choose_input(args: argparse.Namespace, tmp: Path) -> tuple[str, str, bool]:
    """``(path to read, description, limit already applied)``."""
    if args.input:
        src = Path(args.input)
        if src.is_file() and src.suffix == ".jsonl":
            return str(select_jsonl(src, args.limit, tmp)), str(src), True
        return str(src), str(src), False
    shared = find_shared(args.shared)
    if shared is not None and (shared / BBC).is_file():
        return str(select_jsonl(shared / BBC, args.limit, tmp)), str(shared / BBC), True
    from intelfile.ingest import sample_corpus_path

    return str(sample_corpus_path()), "bundled sample (../shared absent)", False


# -- measurement --------------------------------------------------------------------------------

def rate(n: float, seconds: float) -> float | None:
    return round(n / seconds, 2) if seconds > 0 else None


def stage(name: str, seconds: float, docs: int, **extra: Any) -> dict[str, Any]:
    row = {"stage": name, "seconds": round(seconds, 3), "docs": docs, "docs_per_s": rate(docs, seconds)}
    row.update(extra)
    return row


def cpu_seconds() -> float:
    """User + system CPU time of this process and of its finished child processes (the Dask
    workers of the ``processes`` scheduler end with each ``compute``)."""
    import resource

    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def load_average() -> list[float] | None:
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:
        return None


def measure_resources(settings: Settings, gazetteer_build: bool) -> tuple[dict[str, float], Any, Any, Any]:
    from intelfile.actors import ActorDictionary
    from intelfile.annotate import load_nlp
    from intelfile.gazetteer import Gazetteer

    out: dict[str, float] = {}
    t = time.perf_counter()
    nlp = load_nlp(settings)
    out["spacy_model_load_s"] = round(time.perf_counter() - t, 3)
    if gazetteer_build:
        t = time.perf_counter()
        Gazetteer.build(settings)
        out["gazetteer_build_s"] = round(time.perf_counter() - t, 3)
    t = time.perf_counter()
    gazetteer = Gazetteer.load(settings)
    out["gazetteer_load_s"] = round(time.perf_counter() - t, 3)
    t = time.perf_counter()
    dictionary = ActorDictionary.load(settings)
    out["actor_dictionary_load_s"] = round(time.perf_counter() - t, 3)
    return out, nlp, gazetteer, dictionary


def measure_stages(source: str, settings: Settings, limit: int | None, nlp: Any, gazetteer: Any,
                   dictionary: Any, tmp: Path) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """Time every stage in turn on the same documents; return the rows and the counts."""
    from itertools import islice

    from intelfile.actors import ActorResolver
    from intelfile.annotate import Annotator, to_docbin
    from intelfile.clean import clean_document
    from intelfile.coding import EventCoder
    from intelfile.geo import Geoparser
    from intelfile.ingest import read_inputs
    from intelfile.store import Store

    rows: list[dict[str, Any]] = []
    t = time.perf_counter()
    items = list(islice(read_inputs([source], settings), limit))
    read_s = time.perf_counter() - t
    raws = [i for i in items if not isinstance(i, Failure)]
    failures = [i for i in items if isinstance(i, Failure)]
    raw_mb = sum(len(r.content.encode("utf-8")) for r in raws) / 1e6
    rows.append(stage("read", read_s, len(raws), mb=round(raw_mb, 3), mb_per_s=rate(raw_mb, read_s)))

    documents: list[Document] = []
    t = time.perf_counter()
    for raw in raws:
        try:
            documents.append(clean_document(raw, settings))
        except IntelfileError as exc:
            failures.append(Failure(raw.origin, "clean", exc.code, exc.message))
    clean_s = time.perf_counter() - t
    rows.append(stage("clean", clean_s, len(raws), mb=round(raw_mb, 3), mb_per_s=rate(raw_mb, clean_s)))
    rows.append(stage("ingest+clean", read_s + clean_s, len(raws), mb=round(raw_mb, 3),
                      mb_per_s=rate(raw_mb, read_s + clean_s)))
    if not documents:
        raise IntelfileError("no document could be read and cleaned", source=source)
    unique = list({d.id: d for d in documents}.values())  # same clean text, same id: stored once
    duplicates = len(documents) - len(unique)

    store_path = tmp / "stages.duckdb"
    batch = max(1, settings.ingest.batch_size)
    with Store(str(store_path)) as store:
        t = time.perf_counter()
        for i in range(0, len(documents), batch):
            store.add_documents(documents[i:i + batch], failures if i == 0 else ())
        rows.append(stage("store writes", time.perf_counter() - t, len(documents)))

        annotator = Annotator(nlp, settings=settings)
        t = time.perf_counter()
        parsed = list(annotator(unique))
        annotate_s = time.perf_counter() - t
        tokens = sum(len(doc) for _, doc in parsed)
        rows.append(stage("spaCy annotation", annotate_s, len(parsed), tokens=tokens,
                          tokens_per_s=rate(tokens, annotate_s)))

        geoparser = Geoparser(gazetteer, settings=settings)
        resolver = ActorResolver(dictionary, settings=settings)
        coder = EventCoder(settings=settings, geoparser=geoparser)
        timing = {"actors": 0.0, "geo": 0.0, "coding": 0.0, "docbin": 0.0}
        counts = {"actor_mentions": 0, "place_mentions": 0, "events": 0, "relations": 0, "claims": 0}
        results = []
        for document, doc in parsed:
            t0 = time.perf_counter()
            ams = tuple(resolver(document, doc))
            t1 = time.perf_counter()
            pms = tuple(geoparser(document, doc, ams))
            t2 = time.perf_counter()
            res = coder(document, doc, ams, pms)
            t3 = time.perf_counter()
            docbin = to_docbin([doc])
            t4 = time.perf_counter()
            timing["actors"] += t1 - t0
            timing["geo"] += t2 - t1
            timing["coding"] += t3 - t2
            timing["docbin"] += t4 - t3
            counts["actor_mentions"] += len(ams)
            counts["place_mentions"] += len(pms)
            counts["events"] += len(res.events)
            counts["relations"] += len(res.relations)
            counts["claims"] += len(res.claims)
            results.append((document.id, ams, pms, tuple(res.events), tuple(res.relations),
                            tuple(res.claims), docbin))
        n = len(parsed)
        rows.append(stage("actors", timing["actors"], n, found=counts["actor_mentions"]))
        rows.append(stage("geo", timing["geo"], n, found=counts["place_mentions"]))
        rows.append(stage("coding", timing["coding"], n, found=counts["events"]))
        rows.append(stage("DocBin serialise", timing["docbin"], n))

        t = time.perf_counter()
        for i in range(0, len(results), batch):
            chunk = results[i:i + batch]
            store.save_analyses([r[:6] for r in chunk])
            for r in chunk:
                store.save_annotations(r[0], annotator.model_name, r[6])
        rows.append(stage("save analysis", time.perf_counter() - t, n))

    total = sum(r["seconds"] for r in rows if r["stage"] not in ("ingest+clean",))
    rows.append(stage("sum of stages", total, n, mb=round(raw_mb, 3), mb_per_s=rate(raw_mb, total)))
    counts.update(articles=len(raws), documents=n, duplicates=duplicates, failures=len(failures), tokens=tokens,
                  mb=round(raw_mb, 3))
    return rows, counts


def measure_chain(source: str, settings: Settings, backend: str, limit: int | None,
                  analyzer: Any, tmp: Path) -> dict[str, Any]:
    """``ingest`` + ``analyse_store`` end to end into a fresh store with ``backend``."""
    from intelfile.pipeline import analyse_store, ingest
    from intelfile.store import Store

    settings = settings.with_overrides({"parallel": {"backend": backend}})
    store_path = tmp / f"chain-{backend}.duckdb"
    if store_path.exists():
        store_path.unlink()
    cpu = cpu_seconds()
    t = time.perf_counter()
    with Store(str(store_path)) as store:
        report = ingest([source], settings, store)
        ids = list(report.added_ids)[:limit] if limit is not None else None
        t_ingest = time.perf_counter() - t
        analysed = analyse_store(store, settings, doc_ids=ids, analyzer=analyzer if backend == "local" else None)
    seconds = time.perf_counter() - t
    cpu = cpu_seconds() - cpu
    n = analysed.documents
    return {
        "backend": backend, "workers": settings.parallel.workers if backend == "dask" else 1,
        "scheduler": settings.parallel.scheduler if backend == "dask" else "in process",
        "partition_size": settings.parallel.partition_size if backend == "dask" else None,
        # parallel.py computes one window of workers × partition_size × 2 documents at a time
        "windows": -(-n // (settings.parallel.partition_size * settings.parallel.workers * 2))
        if backend == "dask" else None,
        "documents": n, "failed": analysed.failed, "events": analysed.events,
        "ingest_s": round(t_ingest, 3), "analyse_s": round(seconds - t_ingest, 3),
        "seconds": round(seconds, 3), "docs_per_s": rate(n, seconds),
        "cpu_s": round(cpu, 3), "cores_used": round(cpu / seconds, 2) if seconds > 0 else None,
        "resources": "preloaded (see resources)" if backend == "local" else "loaded by each worker, timed here",
        "failure_reasons": dict(Counter(f"{f.code}: {f.reason[:160]}" for f in analysed.failures).most_common(3)),
    }


def run(args: argparse.Namespace) -> dict[str, Any]:
    settings = load_settings(args.config)
    if args.workers is not None:
        settings = settings.with_overrides({"parallel": {"workers": args.workers}})
    backends = {"both": ["local", "dask"], "none": []}.get(args.backend, [args.backend])
    result: dict[str, Any] = {
        "date": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                    "platform": platform.platform(), "load_before": load_average()},
    }
    with tempfile.TemporaryDirectory(prefix="intelfile-bench-") as tmpname:
        tmp = Path(tmpname)
        source, described, limited = choose_input(args, tmp)
        limit = None if limited else args.limit
        result["input"] = {"source": described, "limit": args.limit}
        resources, nlp, gazetteer, dictionary = measure_resources(settings, args.gazetteer_build)
        result["resources"] = resources
        result["stages"], result["counts"] = measure_stages(source, settings, limit, nlp, gazetteer,
                                                            dictionary, tmp)
        chains = []
        if backends:
            from intelfile.actors import ActorResolver
            from intelfile.annotate import Annotator
            from intelfile.coding import EventCoder
            from intelfile.geo import Geoparser
            from intelfile.pipeline import Analyzer

            geoparser = Geoparser(gazetteer, settings=settings)
            analyzer = Analyzer(annotator=Annotator(nlp, settings=settings),
                                actor_resolver=ActorResolver(dictionary, settings=settings),
                                geoparser=geoparser, coder=EventCoder(settings=settings, geoparser=geoparser),
                                settings=settings)
            for backend in backends:
                chains.append(measure_chain(source, settings, backend, limit, analyzer, tmp))
        result["chain"] = chains
    result["machine"]["load_after"] = load_average()
    return result


def format_table(result: dict[str, Any]) -> str:
    m = result["machine"]
    c = result["counts"]
    lines = [
        f"intelfile pipeline benchmark, {result['date']}",
        f"input: {result['input']['source']} — {c['articles']} articles, {c['mb']} MB, "
        f"{c['tokens']} tokens, {c['duplicates']} duplicate texts, {c['failures']} failures",
        f"machine: {m['cpus']} CPUs, Python {m['python']}, load average (1/5/15 min) "
        f"before {m['load_before']}, after {m['load_after']}",
        "",
        "resources:",
    ]
    for k, v in result["resources"].items():
        lines.append(f"  {k:28s} {v:8.2f} s")
    lines += ["", f"  {'stage':20s} {'seconds':>9s} {'docs/s':>9s} {'MB/s':>8s}  notes"]
    for r in result["stages"]:
        notes = []
        if "found" in r:
            notes.append(f"{r['found']} found")
        if "tokens_per_s" in r:
            notes.append(f"{r['tokens_per_s']} tokens/s")
        mbs = f"{r['mb_per_s']:8.3f}" if r.get("mb_per_s") is not None else " " * 8
        dps = f"{r['docs_per_s']:9.1f}" if r["docs_per_s"] is not None else " " * 9
        lines.append(f"  {r['stage']:20s} {r['seconds']:9.3f} {dps} {mbs}  {', '.join(notes)}")
    if result["chain"]:
        lines += ["", "whole chain (ingest + analyse_store into a fresh store):"]
        for ch in result["chain"]:
            lines.append(
                f"  {ch['backend']:6s} workers={ch['workers']}"
                f"{' windows=' + str(ch['windows']) if ch['windows'] else ''} {ch['documents']} docs in {ch['seconds']:.2f} s "
                f"= {ch['docs_per_s']} docs/s, {ch['cpu_s']:.1f} CPU s = {ch['cores_used']} cores (ingest {ch['ingest_s']:.2f} s, analyse {ch['analyse_s']:.2f} s; "
                f"{ch['events']} events, {ch['failed']} failed; resources {ch['resources']})")
            for reason, count in ch["failure_reasons"].items():
                lines.append(f"         failed {count}×: {reason}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        result = run(args)
    except IntelfileError as exc:
        print(f"bench_pipeline: {exc}", file=sys.stderr)
        return 1
    print(json.dumps(result, indent=2) if args.json else format_table(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
