"""The orchestrator: composes the stages, top to bottom.

``Analyzer`` runs the per-document analysis stages on clean documents:

1. **annotate** – spaCy parses the documents in batches (``nlp.pipe``); sentence boundaries follow
   ``Document.sentences`` so offsets agree with the store.
2. **actors** – dictionary, NER and context resolve actor mentions (``ActorMention``).
3. **geo** – toponyms are recognised and resolved against the gazetteer (``PlaceMention``).
4. **coding** – events, relations and claims are coded from the parse and the mentions; the
   geoparser picks each event's place.

Each stage is built once from loaded resources (``Analyzer.from_settings`` loads them) and called
on records; nothing is loaded at import time.

``ingest`` runs read → clean → store over inputs, one transaction per batch, recording every
per-item failure; ``analyse_store`` runs the ``Analyzer`` (in process or on Dask, see
``intelfile.parallel``) over stored documents and saves what it finds; ``run_main_job`` is the
one-command main job behind ``intelfile run``.
"""
from __future__ import annotations

import json
import logging
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, Callable, Iterable, Iterator, Sequence

from .errors import InputError, IntelfileError
from .records import Actor, ActorMention, Claim, Document, Event, Failure, PlaceMention, Relation
from .settings import Settings

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc

    from .store import Store

__all__ = [
    "Analyzer", "DocumentAnalysis", "ingest", "IngestReport", "FailureHandler", "raise_on_failure",
    "run_main_job", "RunReport", "analyse_store", "AnalyseReport",
]

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class DocumentAnalysis:
    """Everything the analysis stages found in one document."""

    document: Document
    doc: "Doc"
    actor_mentions: tuple[ActorMention, ...]
    place_mentions: tuple[PlaceMention, ...]
    events: tuple[Event, ...]
    relations: tuple[Relation, ...]
    claims: tuple[Claim, ...]


class Analyzer:
    """annotate → actors → geo → coding over clean documents.

    The constructor takes ready resources (CONVENTIONS point 12); ``from_settings`` loads them.
    """

    def __init__(self, *, annotator: Any, actor_resolver: Any, geoparser: Any, coder: Any,
                 settings: Settings) -> None:
        self.annotator = annotator
        self.actor_resolver = actor_resolver
        self.geoparser = geoparser
        self.coder = coder
        self.settings = settings

    @classmethod
    def from_settings(cls, settings: Settings, *, nlp: "Language | None" = None,
                      extra_actors: Iterable[Actor] = ()) -> "Analyzer":
        """Load every resource: the spaCy pipeline (unless ``nlp`` is given), the actor dictionary
        (shipped, ``settings.actors.dictionaries`` and ``extra_actors``, e.g. the entries imported
        into the store), and the gazetteer."""
        from .actors import ActorDictionary, ActorResolver
        from .annotate import Annotator, load_nlp
        from .coding import EventCoder
        from .gazetteer import Gazetteer
        from .geo import Geoparser

        nlp = nlp if nlp is not None else load_nlp(settings)
        gazetteer = Gazetteer.load(settings)
        geoparser = Geoparser(gazetteer, settings=settings)
        return cls(
            annotator=Annotator(nlp, settings=settings),
            actor_resolver=ActorResolver(ActorDictionary.load(settings, extra=extra_actors),
                                         settings=settings, gazetteer=gazetteer),
            geoparser=geoparser,
            coder=EventCoder(settings=settings, geoparser=geoparser),
            settings=settings,
        )

    def analyse(self, documents: Iterable[Document]) -> Iterator[DocumentAnalysis]:
        """Analyse documents lazily, in the annotator's batches."""
        for document, doc in self.annotator(documents):
            yield self.analyse_parsed(document, doc)

    def analyse_parsed(self, document: Document, doc: "Doc") -> DocumentAnalysis:
        """Run the stages after annotation on an already parsed document."""
        actor_mentions = tuple(self.actor_resolver(document, doc))
        place_mentions = tuple(self.geoparser(document, doc, actor_mentions))
        result = self.coder(document, doc, actor_mentions, place_mentions)
        return DocumentAnalysis(
            document=document, doc=doc, actor_mentions=actor_mentions,
            place_mentions=place_mentions, events=tuple(result.events),
            relations=tuple(result.relations), claims=tuple(result.claims),
        )


# -- ingestion: read → clean → store --------------------------------------------------------

FailureHandler = Callable[[Failure], None]
"""Called with each per-item ``Failure`` as it happens; raising from it stops the run (the batch
in progress is then not written). The failure is recorded whether or not a handler is given."""


def raise_on_failure(failure: Failure) -> None:
    """A :data:`FailureHandler` that makes the first failure fatal (``--fail-fast``): it raises
    ``InputError`` for it."""
    raise InputError(f"{failure.stage} failed ({failure.code}): {failure.reason}",
                         source=failure.origin)


@dataclass(frozen=True, slots=True)
class IngestReport:
    """What one :func:`ingest` run did.

    ``read``: articles read from the inputs; ``added``: new documents stored; ``duplicates``:
    articles whose clean text was already stored; ``new_sources``: duplicates that came from a new
    origin or URL (recorded as another source of the stored document); ``failed``: inputs, records
    or articles that could not be read or cleaned, each in ``failures`` with its reason.
    """

    read: int = 0
    added: int = 0
    duplicates: int = 0
    new_sources: int = 0
    failed: int = 0
    failures: tuple[Failure, ...] = ()
    added_ids: tuple[str, ...] = ()
    batches: tuple[int, ...] = ()

    @property
    def ok(self) -> bool:
        return self.failed == 0

    def as_dict(self) -> dict[str, Any]:
        return {
            "read": self.read, "added": self.added, "duplicates": self.duplicates,
            "new_sources": self.new_sources, "failed": self.failed,
            "failures": [f.as_dict() for f in self.failures],
            "added_ids": list(self.added_ids), "batches": list(self.batches),
        }


def _progress_bar(progress: bool, desc: str) -> Any:
    """A tqdm bar on stderr when asked for and stderr is a terminal; a silent one otherwise."""
    from tqdm import tqdm

    enabled = bool(progress) and sys.stderr.isatty()
    return tqdm(desc=desc, unit="doc", file=sys.stderr, disable=not enabled, dynamic_ncols=True)


def ingest(inputs: Sequence[str], settings: Settings, store: "Store", *, progress: bool = False,
           on_failure: FailureHandler | None = None, stdin: BinaryIO | None = None) -> IngestReport:
    """Read, clean and store ``inputs`` (files, folders, globs, ``-`` for stdin).

    1. **read** – :func:`intelfile.ingest.read_inputs` yields raw articles, and a ``Failure``
       (stage ``ingest``) for each unreadable input or record;
    2. **clean** – :func:`intelfile.clean.clean_document` turns each into a ``Document``; an
       article that cannot be cleaned (e.g. nothing left: ``EmptyInput``) becomes a ``Failure``
       with stage ``clean``;
    3. **store** – every ``settings.ingest.batch_size`` items, the documents and failures are
       written in one transaction (:meth:`Store.add_documents`); an article already stored is
       not written again, only its new source.

    ``on_failure`` is called with each failure as it happens (see :data:`FailureHandler`).
    ``progress`` shows a bar on stderr when stderr is a terminal.
    """
    from .clean import clean_document
    from .ingest import read_inputs

    batch_size = max(1, settings.ingest.batch_size)
    counts = {"read": 0, "added": 0, "duplicates": 0, "new_sources": 0}
    all_failures: list[Failure] = []
    added_ids: list[str] = []
    batch_ids: list[int] = []
    docs: list[Document] = []
    failures: list[Failure] = []

    def flush() -> None:
        if not docs and not failures:
            return
        result = store.add_documents(docs, failures)
        counts["added"] += len(result.added)
        counts["duplicates"] += len(result.duplicates)
        counts["new_sources"] += result.new_sources
        added_ids.extend(result.added)
        batch_ids.append(result.batch)
        docs.clear()
        failures.clear()

    with _progress_bar(progress, "ingest") as bar:
        for item in read_inputs(inputs, settings, stdin=stdin):
            failure: Failure | None = None
            if isinstance(item, Failure):
                failure = item
            else:
                counts["read"] += 1
                try:
                    docs.append(clean_document(item, settings))
                except IntelfileError as exc:
                    failure = Failure(item.origin, "clean", exc.code, exc.message)
                except Exception as exc:  # a cleaner bug must not sink the other articles
                    log.warning("cleaning %s failed", item.origin, exc_info=True)
                    failure = Failure(item.origin, "clean", "internal", f"{type(exc).__name__}: {exc}")
            if failure is not None:
                if on_failure is not None:
                    on_failure(failure)
                failures.append(failure)
                all_failures.append(failure)
                bar.set_postfix(failed=len(all_failures), refresh=False)
            bar.update(1)
            if len(docs) + len(failures) >= batch_size:
                flush()
        flush()
    return IngestReport(
        read=counts["read"], added=counts["added"], duplicates=counts["duplicates"],
        new_sources=counts["new_sources"], failed=len(all_failures),
        failures=tuple(all_failures), added_ids=tuple(added_ids), batches=tuple(batch_ids),
    )


# -- analysis: stored documents → annotate, actors, geo, coding → store ----------------------

@dataclass(frozen=True, slots=True)
class AnalyseReport:
    """What one :func:`analyse_store` run did."""

    documents: int = 0
    events: int = 0
    relations: int = 0
    claims: int = 0
    failed: int = 0
    failures: tuple[Failure, ...] = ()

    @property
    def ok(self) -> bool:
        return self.failed == 0

    def as_dict(self) -> dict[str, Any]:
        return {"documents": self.documents, "events": self.events, "relations": self.relations,
                "claims": self.claims, "failed": self.failed,
                "failures": [f.as_dict() for f in self.failures]}


def analyse_store(store: "Store", settings: Settings, *, doc_ids: Sequence[str] | None = None,
                  redo: bool = False, progress: bool = False, analyzer: Analyzer | None = None,
                  keep_annotations: bool = True, on_failure: FailureHandler | None = None,
                  ) -> AnalyseReport:
    """Analyse stored documents and save the results.

    1. **select** – ``doc_ids`` if given, else every document not analysed yet (all with ``redo``);
    2. **analyse** – :func:`intelfile.parallel.analyse_documents` streams them through the
       ``Analyzer`` with the configured backend (local or Dask); actor dictionaries imported into
       the store (``intelfile actors import``) join the shipped one;
    3. **save** – every ``settings.ingest.batch_size`` documents, their mentions, events,
       relations and claims replace any earlier analysis in one transaction, and their spaCy
       annotations are kept; a document a stage failed on is recorded as a ``Failure`` (stage
       ``analyse``) and left unanalysed, so a later run tries it again.
    """
    from .parallel import AnalysisRecords, analyse_documents

    ids = list(doc_ids) if doc_ids is not None else (store.doc_ids() if redo else store.unanalysed_ids())
    counts = {"documents": 0, "events": 0, "relations": 0, "claims": 0}
    failures: list[Failure] = []
    pending: list[AnalysisRecords] = []

    def flush() -> None:
        done = [r for r in pending if r.failure is None]
        store.save_analyses([(r.doc_id, r.actor_mentions, r.place_mentions, r.events, r.relations,
                              r.claims) for r in done])
        for r in done:
            if r.docbin is not None:
                store.save_annotations(r.doc_id, r.model, r.docbin)
        failed = [r.failure for r in pending if r.failure is not None]
        if failed:
            store.add_documents([], failed)
        pending.clear()

    documents = store.iter_documents(ids, chunk_size=max(1, settings.ingest.batch_size))
    extra = () if analyzer is not None else tuple(store.actor_entries())
    with _progress_bar(progress, "analyse") as bar:
        for rec in analyse_documents(documents, settings, analyzer=analyzer, extra_actors=extra,
                                     keep_annotations=keep_annotations):
            if rec.failure is not None:
                failures.append(rec.failure)
                if on_failure is not None:
                    on_failure(rec.failure)
            else:
                counts["documents"] += 1
                counts["events"] += len(rec.events)
                counts["relations"] += len(rec.relations)
                counts["claims"] += len(rec.claims)
            pending.append(rec)
            bar.update(1)
            if len(pending) >= max(1, settings.ingest.batch_size):
                flush()
        flush()
    return AnalyseReport(failed=len(failures), failures=tuple(failures), **counts)


# -- the main job -----------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class RunReport:
    """What :func:`run_main_job` did and where its output is."""

    ingest: IngestReport
    out_dir: Path
    store_path: str
    files: tuple[Path, ...] = ()
    stats: dict[str, Any] | None = None
    analyse: AnalyseReport | None = None
    index: Path | None = None

    @property
    def ok(self) -> bool:
        return self.ingest.ok and (self.analyse is None or self.analyse.ok)

    def as_dict(self) -> dict[str, Any]:
        return {
            "ingest": self.ingest.as_dict(),
            "analyse": self.analyse.as_dict() if self.analyse else None,
            "out_dir": str(self.out_dir), "index": str(self.index) if self.index else None,
            "store": self.store_path, "files": [str(f) for f in self.files],
            "stats": self.stats,
        }


def run_main_job(inputs: Sequence[str], settings: Settings, out_dir: str | Path | None = None, *,
                 progress: bool = False, on_failure: FailureHandler | None = None,
                 analyzer: Analyzer | None = None) -> RunReport:
    """The one-command main job (``intelfile run``), top to bottom.

    1. **ingest** – :func:`ingest` reads, cleans and stores ``inputs`` in the store at
       ``settings.store.path``; with no inputs, the bundled sample corpus
       (:func:`intelfile.ingest.sample_corpus_path`) is used.
    2. **analyse** – :func:`analyse_store` annotates, resolves actors and places and codes events
       in every stored document not analysed yet (documents analysed by an earlier run are kept).
    3. **write** – :func:`intelfile.report.write_intelligence_file` de-duplicates the events across
       articles and writes the intelligence file (overview, a dossier per main actor, exports,
       ``index.html``) to ``out_dir`` (default ``settings.report.output_dir``), plus
       ``summary.json`` with the counts, failures and store statistics.
    """
    from .ingest import sample_corpus_path
    from .report import write_intelligence_file
    from .store import Store

    sources = list(inputs) or [str(sample_corpus_path())]
    out = Path(out_dir if out_dir is not None else settings.report.output_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise IntelfileError(f"cannot write the output folder: {exc.strerror}", source=str(out)) from exc
    with Store.open(settings) as store:
        report = ingest(sources, settings, store, progress=progress, on_failure=on_failure)
        analysed = analyse_store(store, settings, progress=progress, analyzer=analyzer,
                                 on_failure=on_failure)
        index = write_intelligence_file(store, out, settings)
        stats = store.stats()
    summary = out / "summary.json"
    summary.write_text(json.dumps({"ingest": report.as_dict(), "analyse": analysed.as_dict(),
                                   "stats": stats}, indent=2, ensure_ascii=False, default=str) + "\n",
                       encoding="utf-8")
    return RunReport(ingest=report, out_dir=out, store_path=settings.store.path,
                     files=(index, summary), stats=stats, analyse=analysed, index=index)
