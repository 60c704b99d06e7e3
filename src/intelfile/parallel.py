"""Run the per-document analysis in process or distributed over a Dask cluster.

``settings.parallel.backend``:

- ``"local"``: one in-process ``Analyzer`` (spaCy batches with ``nlp.pipe``);
- ``"dask"``: documents are split into partitions of ``settings.parallel.partition_size`` and
  analysed by ``dask.bag`` on ``settings.parallel.scheduler`` (``processes``, ``threads``,
  ``synchronous``, or a ``tcp://host:port`` address of a ``dask.distributed`` scheduler). Each
  worker process builds its ``Analyzer`` once and keeps it (``reset_caches()`` drops it).

Work is streamed: at most ``workers × partition_size × 2`` documents are in flight, so a corpus of
millions of articles never sits in memory; the ``processes`` scheduler keeps one process pool for the
whole run, so each worker loads its resources once. Results come back as ``AnalysisRecords`` (plain
records, plus the spaCy annotations as ``DocBin`` bytes so later stages can re-run without
re-parsing), in input order.
"""
from __future__ import annotations

from dataclasses import dataclass
from itertools import islice
from typing import TYPE_CHECKING, Any, Iterable, Iterator

from .errors import ConfigError, ResourceError
import logging

from .records import Actor, ActorMention, Claim, Document, Event, Failure, PlaceMention, Record, Relation
from .settings import Settings

if TYPE_CHECKING:  # pragma: no cover
    from .pipeline import Analyzer, DocumentAnalysis

__all__ = ["AnalysisRecords", "analyse_documents", "reset_caches"]

log = logging.getLogger(__name__)

BACKENDS = ("local", "dask")


@dataclass(frozen=True, slots=True)
class AnalysisRecords(Record):
    """What the analysis stages found in one document, as storable records."""

    doc_id: str
    actor_mentions: tuple[ActorMention, ...] = ()
    place_mentions: tuple[PlaceMention, ...] = ()
    events: tuple[Event, ...] = ()
    relations: tuple[Relation, ...] = ()
    claims: tuple[Claim, ...] = ()
    model: str = ""
    docbin: bytes | None = None
    failure: Failure | None = None  # set when a stage failed on this document (nothing else is)

    @classmethod
    def from_analysis(cls, analysis: "DocumentAnalysis", *, model: str,
                      keep_annotations: bool = True) -> "AnalysisRecords":
        docbin = None
        if keep_annotations:
            from .annotate import to_docbin

            docbin = to_docbin([analysis.doc])
        return cls(
            doc_id=analysis.document.id, actor_mentions=analysis.actor_mentions,
            place_mentions=analysis.place_mentions, events=analysis.events,
            relations=analysis.relations, claims=analysis.claims, model=model, docbin=docbin,
        )


def _model_name(analyzer: "Analyzer") -> str:
    nlp = getattr(analyzer.annotator, "nlp", None)
    meta = getattr(nlp, "meta", None) or {}
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'unknown')}-{meta.get('version', '0')}"


def _analyse_local(documents: Iterable[Document], analyzer: "Analyzer",
                   keep_annotations: bool) -> Iterator[AnalysisRecords]:
    """Parse in the annotator's batches; a stage failing on one document is recorded as that
    document's ``failure`` and the others go on."""
    model = _model_name(analyzer)
    for document, doc in analyzer.annotator(documents):
        try:
            analysis = analyzer.analyse_parsed(document, doc)
            yield AnalysisRecords.from_analysis(analysis, model=model, keep_annotations=keep_annotations)
        except Exception as exc:  # one bad document must not sink the batch
            log.warning("analysing %s failed", document.id, exc_info=True)
            yield AnalysisRecords(doc_id=document.id, model=model, failure=Failure(
                document.origin, "analyse", getattr(exc, "code", "internal"), f"{type(exc).__name__}: {exc}"))


# Worker-side cache: one Analyzer per worker process and settings. Cleared by reset_caches().
_WORKER_ANALYZERS: dict[str, "Analyzer"] = {}


def reset_caches() -> None:
    """Drop the analyzers cached in this process by Dask workers."""
    _WORKER_ANALYZERS.clear()


def _worker_analyzer(settings: Settings, extra_actors: tuple[Actor, ...] = ()) -> "Analyzer":
    from .pipeline import Analyzer

    key = repr(settings.as_dict()) + repr(hash(extra_actors))
    if key not in _WORKER_ANALYZERS:
        _WORKER_ANALYZERS[key] = Analyzer.from_settings(settings, extra_actors=extra_actors)
    return _WORKER_ANALYZERS[key]


def _analyse_partition(docs: list[dict[str, Any]], settings: Settings, keep_annotations: bool,
                       extra_actors: tuple[Actor, ...] = ()) -> list[dict[str, Any]]:
    analyzer = _worker_analyzer(settings, extra_actors)
    documents = [Document.from_dict(d) for d in docs]
    return [r.as_dict() for r in _analyse_local(documents, analyzer, keep_annotations)]


def _dask_compute(bag: Any, settings: Settings, pool: Any = None) -> list[Any]:
    scheduler = settings.parallel.scheduler
    if scheduler.startswith("tcp://"):
        try:
            from distributed import Client
        except ImportError as exc:
            raise ResourceError("a tcp:// Dask scheduler needs the 'distributed' package") from exc
        with Client(scheduler) as client:
            return list(client.compute(bag).result())
    if scheduler not in ("processes", "threads", "synchronous"):
        raise ConfigError(f"parallel.scheduler must be processes, threads, synchronous or tcp://..., not {scheduler!r}")
    # chunksize=1: Dask's process scheduler otherwise hands several ready partitions to one worker
    # at a time, which ran a whole window on a single process
    if scheduler == "processes" and pool is not None:
        return list(bag.compute(scheduler=scheduler, pool=pool, chunksize=1))
    if scheduler == "processes":
        return list(bag.compute(scheduler=scheduler, num_workers=settings.parallel.workers, chunksize=1))
    return list(bag.compute(scheduler=scheduler, num_workers=settings.parallel.workers))


def _analyse_dask(documents: Iterable[Document], settings: Settings, keep_annotations: bool,
                  extra_actors: tuple[Actor, ...]) -> Iterator[AnalysisRecords]:
    try:
        import dask.bag as db
    except ImportError as exc:
        raise ResourceError("parallel.backend = 'dask' needs dask: pip install 'intelfile[dask]'") from exc
    size = max(1, settings.parallel.partition_size)
    workers = max(1, settings.parallel.workers)
    window = size * workers * 2
    # One process pool for the whole run, so each worker loads its resources once (a pool per
    # compute would reload spaCy, the gazetteer and the dictionary for every window).
    pool = None
    if settings.parallel.scheduler == "processes":
        from concurrent.futures import ProcessPoolExecutor

        pool = ProcessPoolExecutor(max_workers=workers)
    try:
        it = iter(documents)
        while True:
            chunk = [d.as_dict() for d in islice(it, window)]
            if not chunk:
                return
            npartitions = max(1, -(-len(chunk) // size))
            bag = db.from_sequence(chunk, npartitions=npartitions).map_partitions(
                _analyse_partition, settings, keep_annotations, extra_actors)
            for item in _dask_compute(bag, settings, pool):
                yield AnalysisRecords.from_dict(item)
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)


def analyse_documents(documents: Iterable[Document], settings: Settings, *,
                      analyzer: "Analyzer | None" = None, extra_actors: Iterable[Actor] = (),
                      keep_annotations: bool = True) -> Iterator[AnalysisRecords]:
    """Analyse documents with the configured backend, yielding one ``AnalysisRecords`` each.

    ``analyzer`` (local backend only) reuses already loaded resources; otherwise analyzers are
    built from ``settings`` with ``extra_actors`` added to the actor dictionary.
    """
    extra = tuple(extra_actors)
    backend = settings.parallel.backend
    if backend == "local":
        if analyzer is None:
            from .pipeline import Analyzer

            analyzer = Analyzer.from_settings(settings, extra_actors=extra)
        return _analyse_local(documents, analyzer, keep_annotations)
    if backend == "dask":
        return _analyse_dask(documents, settings, keep_annotations, extra)
    raise ConfigError(f"parallel.backend must be one of {', '.join(BACKENDS)}, not {backend!r}")
