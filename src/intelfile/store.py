"""The store: one DuckDB file holding documents, failures and everything the stages found.

Tables (schema version :data:`SCHEMA_VERSION`, built by the ordered :data:`MIGRATIONS`)::

    schema_version   version, description, applied_at       one row per applied migration
    documents        id (PK), title, url, publisher, published, language, origin, text, n_chars,
                     ingested_at, batch, dropped (JSON), meta (JSON)
    sources          doc_id, origin, url, batch, added_at   every place a document was read from
    paragraphs       doc_id, index, start, end             offsets into documents.text
    sentences        doc_id, index, start, end             offsets into documents.text
    failures         origin, stage, code, reason, at, batch  (outstanding: latest per origin)
    batches          id, started_at, finished_at, n_documents, n_added, n_duplicates,
                     n_new_sources, n_failed
    annotations      doc_id, model, docbin (BLOB)           spaCy DocBin per document
    actor_entries    id (PK), name, kind, country, sector, source, data (JSON)
    actor_mentions   doc_id, sentence, start, end, actor_id, ..., data (JSON)
    place_mentions   doc_id, sentence, start, end, geonameid, lat, lon, ..., data (JSON)
    events           id, doc_id, sentence, type, mode, modality, date_start, date_end,
                     source_ids, target_ids, actor_keys (lists), place, lat, lon, ..., data (JSON)
    relations        id, doc_id, sentence, a, b, kind, modality, scope, data (JSON)
    claims           id, doc_id, sentence, speaker, speaker_actor, modality, data (JSON)
    analyses         doc_id, analysed_at, counts             which documents have been analysed

Records round-trip exactly through their ``data`` JSON column (``as_dict``/``from_dict``); the
other columns are copies of key fields for filtering.

Transactions: :meth:`Store.add_documents` writes one batch in one transaction, so a crash in the
middle leaves the store as it was before the batch (DuckDB writes its log only on commit).
:meth:`Store.save_analysis` replaces one document's analysis in one transaction.

Concurrency: DuckDB lets one process write a file, or several processes read it. A ``Store``
holds one connection; open it with ``read_only=True`` to read while no writer is active.

DOCS: docs/architecture.md (store)
"""
from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Sequence

from .errors import NotFound, SchemaError, StoreError
from .records import (
    Actor, ActorMention, Claim, Document, Event, Failure, PlaceMention, Relation, Span,
)

if TYPE_CHECKING:  # pragma: no cover
    import duckdb

    from .settings import Settings

__all__ = ["Store", "BatchResult", "Migration", "MIGRATIONS", "SCHEMA_VERSION"]

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Migration:
    """One step of the schema: ``version`` is reached by running ``statements`` in order."""

    version: int
    description: str
    statements: tuple[str, ...]


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "documents, sources, paragraphs, sentences, failures, batches", (
        """CREATE TABLE documents (
            id VARCHAR PRIMARY KEY, title VARCHAR, url VARCHAR, publisher VARCHAR,
            published VARCHAR, language VARCHAR, origin VARCHAR NOT NULL, text VARCHAR NOT NULL,
            n_chars INTEGER NOT NULL, ingested_at TIMESTAMP NOT NULL, batch INTEGER,
            dropped JSON, meta JSON)""",
        """CREATE TABLE sources (
            doc_id VARCHAR NOT NULL, origin VARCHAR NOT NULL, url VARCHAR, batch INTEGER,
            added_at TIMESTAMP NOT NULL)""",
        """CREATE TABLE paragraphs (
            doc_id VARCHAR NOT NULL, "index" INTEGER NOT NULL, "start" INTEGER NOT NULL,
            "end" INTEGER NOT NULL)""",
        """CREATE TABLE sentences (
            doc_id VARCHAR NOT NULL, "index" INTEGER NOT NULL, "start" INTEGER NOT NULL,
            "end" INTEGER NOT NULL)""",
        """CREATE TABLE failures (
            origin VARCHAR NOT NULL, stage VARCHAR NOT NULL, code VARCHAR NOT NULL,
            reason VARCHAR NOT NULL, "at" TIMESTAMP NOT NULL, batch INTEGER)""",
        """CREATE TABLE batches (
            id INTEGER PRIMARY KEY, started_at TIMESTAMP NOT NULL, finished_at TIMESTAMP,
            n_documents INTEGER, n_added INTEGER, n_duplicates INTEGER, n_new_sources INTEGER,
            n_failed INTEGER)""",
    )),
    Migration(2, "annotations, actor dictionaries, mentions, events, relations, claims", (
        """CREATE TABLE annotations (
            doc_id VARCHAR NOT NULL, model VARCHAR NOT NULL, docbin BLOB NOT NULL,
            saved_at TIMESTAMP NOT NULL, PRIMARY KEY (doc_id, model))""",
        """CREATE TABLE actor_entries (
            id VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, kind VARCHAR, country VARCHAR,
            sector VARCHAR, source VARCHAR, data JSON NOT NULL)""",
        """CREATE TABLE actor_mentions (
            doc_id VARCHAR NOT NULL, sentence INTEGER, "start" INTEGER, "end" INTEGER,
            text VARCHAR, actor_id VARCHAR, actor_name VARCHAR, kind VARCHAR, country VARCHAR,
            how VARCHAR, confidence DOUBLE, data JSON NOT NULL)""",
        """CREATE TABLE place_mentions (
            doc_id VARCHAR NOT NULL, sentence INTEGER, "start" INTEGER, "end" INTEGER,
            text VARCHAR, geonameid BIGINT, place_name VARCHAR, country VARCHAR, lat DOUBLE,
            lon DOUBLE, confidence DOUBLE, data JSON NOT NULL)""",
        """CREATE TABLE events (
            id VARCHAR NOT NULL, doc_id VARCHAR NOT NULL, sentence INTEGER, type VARCHAR,
            mode VARCHAR, cameo VARCHAR, quad_class INTEGER, modality VARCHAR,
            date_start VARCHAR, date_end VARCHAR, source_ids VARCHAR[], target_ids VARCHAR[],
            actor_keys VARCHAR[], place_name VARCHAR, geonameid BIGINT, country VARCHAR,
            lat DOUBLE, lon DOUBLE, confidence DOUBLE, data JSON NOT NULL)""",
        """CREATE TABLE relations (
            id VARCHAR NOT NULL, doc_id VARCHAR NOT NULL, sentence INTEGER, a VARCHAR,
            b VARCHAR, kind VARCHAR, modality VARCHAR, scope VARCHAR, data JSON NOT NULL)""",
        """CREATE TABLE claims (
            id VARCHAR NOT NULL, doc_id VARCHAR NOT NULL, sentence INTEGER, speaker VARCHAR,
            speaker_actor VARCHAR, modality VARCHAR, anonymous BOOLEAN, data JSON NOT NULL)""",
        """CREATE TABLE analyses (
            doc_id VARCHAR PRIMARY KEY, analysed_at TIMESTAMP NOT NULL, n_actor_mentions INTEGER,
            n_place_mentions INTEGER, n_events INTEGER, n_relations INTEGER, n_claims INTEGER)""",
    )),
)

SCHEMA_VERSION = MIGRATIONS[-1].version

_ANALYSIS_TABLES = ("actor_mentions", "place_mentions", "events", "relations", "claims")


@dataclass(frozen=True, slots=True)
class BatchResult:
    """What one :meth:`Store.add_documents` call changed.

    ``added``: ids of new documents; ``duplicates``: ids of documents already stored (or repeated
    in the batch), in input order; ``new_sources``: how many of the duplicates came from a new
    origin/URL and were recorded as another source of the stored document.
    """

    batch: int
    added: tuple[str, ...]
    duplicates: tuple[str, ...]
    new_sources: int
    failed: int


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


class Store:
    """A DuckDB intelfile store. One connection per object; use as a context manager.

    ``Store(path)`` opens (creating and migrating when needed) the file at ``path``;
    ``Store.open(settings)`` uses ``settings.store.path``. ``read_only=True`` opens an existing
    store for reading only (it is never created or migrated then). ``on_write`` is called inside
    the batch transaction after each table is written, with the table name and row count (for
    progress reporting and for crash tests).
    """

    def __init__(self, path: str | os.PathLike[str], *, read_only: bool = False,
                 on_write: Callable[[str, int], None] | None = None) -> None:
        import duckdb

        self.path = str(path)
        self.read_only = read_only
        self.on_write = on_write
        in_memory = self.path == ":memory:"
        if not in_memory:
            p = Path(self.path)
            if read_only and not p.exists():
                raise StoreError(f"no store at {self.path} (run `intelfile ingest` first)",
                                 source=self.path)
            if not read_only:
                try:
                    p.parent.mkdir(parents=True, exist_ok=True)
                except OSError as exc:
                    raise StoreError(f"cannot create the store's folder: {exc.strerror}",
                                     source=self.path) from exc
        try:
            self._con: duckdb.DuckDBPyConnection | None = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(f"cannot open the store: {exc}", source=self.path) from exc
        try:
            self._migrate()
        except BaseException:
            self.close()
            raise

    @classmethod
    def open(cls, settings: "Settings", *, read_only: bool = False,
             on_write: Callable[[str, int], None] | None = None) -> "Store":
        """Open the store at ``settings.store.path``."""
        return cls(settings.store.path, read_only=read_only, on_write=on_write)

    # -- connection and schema -------------------------------------------------------------

    @property
    def con(self) -> "duckdb.DuckDBPyConnection":
        if self._con is None:
            raise StoreError("the store is closed", source=self.path)
        return self._con

    def close(self) -> None:
        if self._con is not None:
            self._con.close()
            self._con = None

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({self.path!r}{', read_only=True' if self.read_only else ''})"

    def schema_version(self) -> int:
        """The schema version of the open store (0 for an empty file)."""
        exists = self.con.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'"
        ).fetchone()
        if not exists or not exists[0]:
            return 0
        row = self.con.execute("SELECT max(version) FROM schema_version").fetchone()
        return int(row[0]) if row and row[0] is not None else 0

    def _migrate(self, target: int = SCHEMA_VERSION) -> None:
        current = self.schema_version()
        if current > SCHEMA_VERSION:
            raise SchemaError(
                f"the store has schema version {current}, newer than this intelfile's "
                f"{SCHEMA_VERSION}; upgrade intelfile", source=self.path)
        if current >= target:
            return
        if self.read_only:
            raise StoreError(
                f"the store has schema version {current} and needs migrating to {target}; "
                "open it once for writing (e.g. `intelfile stats` after `intelfile ingest`)",
                source=self.path)
        con = self.con
        if current == 0:
            con.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                        "description VARCHAR, applied_at TIMESTAMP)")
        for migration in MIGRATIONS:
            if migration.version <= current or migration.version > target:
                continue
            log.info("store %s: migrating to schema version %d (%s)", self.path,
                     migration.version, migration.description)
            con.execute("BEGIN TRANSACTION")
            try:
                for statement in migration.statements:
                    con.execute(statement)
                con.execute("INSERT INTO schema_version VALUES (?, ?, ?)",
                            [migration.version, migration.description, _now()])
                con.execute("COMMIT")
            except Exception as exc:
                con.execute("ROLLBACK")
                raise StoreError(f"migration to schema version {migration.version} failed: {exc}",
                                 source=self.path) from exc

    # -- low-level helpers -----------------------------------------------------------------

    def _insert(self, table: str, columns: Sequence[str], rows: list[tuple[Any, ...]],
                types: dict[str, Any] | None = None) -> None:
        """Bulk insert ``rows`` through an Arrow table (much faster than row-by-row)."""
        if not rows:
            return
        import pyarrow as pa

        types = types or {}
        arrays = []
        for i, name in enumerate(columns):
            values = [r[i] for r in rows]
            arrays.append(pa.array(values, type=types.get(name)))
        table_data = pa.Table.from_arrays(arrays, names=[f"c{i}" for i in range(len(columns))])
        view = f"_intelfile_rows_{table}"
        self.con.register(view, table_data)
        try:
            cols = ", ".join(f'"{c}"' for c in columns)
            select = ", ".join(f"c{i}" for i in range(len(columns)))
            self.con.execute(f"INSERT INTO {table} ({cols}) SELECT {select} FROM {view}")
        finally:
            self.con.unregister(view)
        if self.on_write is not None:
            self.on_write(table, len(rows))

    def _writable(self) -> None:
        if self.read_only:
            raise StoreError("the store is open read-only", source=self.path)

    def _transaction(self) -> "_Transaction":
        self._writable()
        return _Transaction(self.con)

    # -- documents -------------------------------------------------------------------------

    def add_documents(self, docs: Iterable[Document], failures: Iterable[Failure] = (),
                      ) -> BatchResult:
        """Store one batch in one transaction: new documents, new sources of known ones, failures.

        A document whose id is already stored is not written again; when it comes from an
        origin/URL not yet recorded, that is added to its sources. The failures table keeps the
        outstanding failures: re-reading an origin replaces its earlier failures (or clears them
        when it now reads fine); every batch's own count stays in the batches table.
        """
        docs = list(docs)
        failures = list(failures)
        with self._transaction():
            con = self.con
            started = _now()
            row = con.execute("SELECT coalesce(max(id), 0) + 1 FROM batches").fetchone()
            batch = int(row[0]) if row else 1
            con.execute("INSERT INTO batches (id, started_at, n_documents) VALUES (?, ?, ?)",
                        [batch, started, len(docs)])
            ids = sorted({d.id for d in docs})
            known: set[str] = set()
            known_sources: set[tuple[str, str, str]] = set()
            if ids:
                known = {r[0] for r in con.execute(
                    "SELECT id FROM documents WHERE id IN (SELECT unnest(?::VARCHAR[]))", [ids]).fetchall()}
                known_sources = {(r[0], r[1], r[2] or "") for r in con.execute(
                    "SELECT doc_id, origin, url FROM sources WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))",
                    [ids]).fetchall()}
            added: list[Document] = []
            duplicates: list[str] = []
            source_rows: list[tuple[Any, ...]] = []
            for d in docs:
                key = (d.id, d.origin, d.url or "")
                if d.id in known:
                    duplicates.append(d.id)
                    if key not in known_sources:
                        known_sources.add(key)
                        source_rows.append((d.id, d.origin, d.url, batch, started))
                    continue
                known.add(d.id)
                known_sources.add(key)
                added.append(d)
                source_rows.append((d.id, d.origin, d.url, batch, started))
            new_sources = len(source_rows) - len(added)
            self._insert("documents", (
                "id", "title", "url", "publisher", "published", "language", "origin", "text",
                "n_chars", "ingested_at", "batch", "dropped", "meta"), [
                (d.id, d.title, d.url, d.publisher, d.published, d.language, d.origin, d.text,
                 len(d.text), started, batch, _json(list(d.dropped)), _json(d.meta))
                for d in added])
            for name, attr in (("paragraphs", "paragraphs"), ("sentences", "sentences")):
                self._insert(name, ("doc_id", "index", "start", "end"), [
                    (d.id, i, s.start, s.end) for d in added for i, s in enumerate(getattr(d, attr))])
            self._insert("sources", ("doc_id", "origin", "url", "batch", "added_at"), source_rows)
            # The failures table holds each origin's latest word: a failure replaces the earlier
            # failures of its origin, and an origin read successfully clears them.
            origins = sorted({d.origin for d in docs} | {f.origin for f in failures})
            if origins:
                con.execute("DELETE FROM failures WHERE origin IN (SELECT unnest(?::VARCHAR[]))",
                            [origins])
            self._insert("failures", ("origin", "stage", "code", "reason", "at", "batch"), [
                (f.origin, f.stage, f.code, f.reason, started, batch) for f in failures])
            con.execute(
                "UPDATE batches SET finished_at = ?, n_added = ?, n_duplicates = ?, "
                "n_new_sources = ?, n_failed = ? WHERE id = ?",
                [_now(), len(added), len(duplicates), new_sources, len(failures), batch])
        return BatchResult(batch=batch, added=tuple(d.id for d in added),
                           duplicates=tuple(duplicates), new_sources=new_sources,
                           failed=len(failures))

    _DOC_COLUMNS = ("id, title, url, publisher, published, language, origin, text, dropped, meta")

    def _documents_from_rows(self, rows: list[tuple[Any, ...]]) -> list[Document]:
        if not rows:
            return []
        ids = [r[0] for r in rows]
        spans: dict[str, dict[str, list[Span]]] = {"paragraphs": {}, "sentences": {}}
        for table, by_doc in spans.items():
            for doc_id, start, end in self.con.execute(
                    f'SELECT doc_id, "start", "end" FROM {table} WHERE doc_id IN (SELECT unnest(?::VARCHAR[])) '
                    'ORDER BY doc_id, "index"', [ids]).fetchall():
                by_doc.setdefault(doc_id, []).append(Span(start, end))
        out = []
        for (doc_id, title, url, publisher, published, language, origin, text, dropped,
             meta) in rows:
            out.append(Document(
                id=doc_id, text=text, origin=origin, url=url, title=title, published=published,
                publisher=publisher, language=language,
                paragraphs=tuple(spans["paragraphs"].get(doc_id, ())),
                sentences=tuple(spans["sentences"].get(doc_id, ())),
                dropped=tuple(json.loads(dropped)) if dropped else (),
                meta=json.loads(meta) if meta else {},
            ))
        return out

    def document(self, doc_id: str) -> Document:
        """The stored document ``doc_id`` (a unique prefix of at least 6 characters also works)."""
        rows = self.con.execute(
            f"SELECT {self._DOC_COLUMNS} FROM documents WHERE id = ?", [doc_id]).fetchall()
        if not rows and len(doc_id) >= 6:
            rows = self.con.execute(
                f"SELECT {self._DOC_COLUMNS} FROM documents WHERE starts_with(id, ?) LIMIT 2",
                [doc_id]).fetchall()
            if len(rows) > 1:
                raise NotFound(f"document id prefix {doc_id!r} is ambiguous", source=doc_id)
        if not rows:
            raise NotFound(f"no document {doc_id!r} in the store", source=doc_id)
        return self._documents_from_rows(rows)[0]

    def documents_by_ids(self, doc_ids: Iterable[str]) -> list[Document]:
        """The stored documents among ``doc_ids``, in the order given (unknown ids are skipped)."""
        ids = list(dict.fromkeys(doc_ids))
        if not ids:
            return []
        rows = self.con.execute(
            f"SELECT {self._DOC_COLUMNS} FROM documents WHERE id IN (SELECT unnest(?::VARCHAR[]))", [ids]).fetchall()
        by_id = {d.id: d for d in self._documents_from_rows(rows)}
        return [by_id[i] for i in ids if i in by_id]

    def iter_documents(self, doc_ids: Sequence[str] | None = None, *,
                       chunk_size: int = 500) -> Iterator[Document]:
        """Stream stored documents (all, in ingestion order, or ``doc_ids`` in the order given),
        reading ``chunk_size`` at a time so a large store is never held in memory."""
        ids = list(doc_ids) if doc_ids is not None else self.doc_ids()
        for i in range(0, len(ids), max(1, chunk_size)):
            yield from self.documents_by_ids(ids[i:i + chunk_size])

    @staticmethod
    def _document_filters(publisher: str | None, since: str | None, until: str | None,
                          language: str | None, search: str | None,
                          doc_ids: Sequence[str] | None) -> tuple[str, list[Any]]:
        where: list[str] = []
        params: list[Any] = []
        if publisher:
            where.append("lower(publisher) = lower(?)")
            params.append(publisher)
        if since:
            where.append("published >= ?")
            params.append(since)
        if until:
            where.append("substr(published, 1, ?) <= ?")
            params += [len(until), until]
        if language:
            where.append("lower(language) = lower(?)")
            params.append(language)
        if search:
            where.append("(contains(lower(text), lower(?)) OR contains(lower(coalesce(title, '')), lower(?)))")
            params += [search, search]
        if doc_ids is not None:
            where.append("id IN (SELECT unnest(?::VARCHAR[]))")
            params.append(list(doc_ids))
        return (" WHERE " + " AND ".join(where)) if where else "", params

    def documents(self, *, publisher: str | None = None, since: str | None = None,
                  until: str | None = None, language: str | None = None,
                  search: str | None = None, doc_ids: Sequence[str] | None = None,
                  limit: int | None = None, offset: int = 0) -> list[Document]:
        """Stored documents, oldest publication first (undated last), filtered.

        ``publisher``/``language``: exact, case-insensitive. ``since``/``until``: ISO dates or
        datetimes compared with the publication date (``until`` includes that whole day).
        ``search``: a case-insensitive substring of the title or text.
        """
        where, params = self._document_filters(publisher, since, until, language, search, doc_ids)
        sql = (f"SELECT {self._DOC_COLUMNS} FROM documents{where} "
               "ORDER BY published NULLS LAST, ingested_at, id")
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params += [int(limit), int(offset)]
        elif offset:
            sql += " OFFSET ?"
            params.append(int(offset))
        return self._documents_from_rows(self.con.execute(sql, params).fetchall())

    def count_documents(self, *, publisher: str | None = None, since: str | None = None,
                        until: str | None = None, language: str | None = None,
                        search: str | None = None) -> int:
        """How many documents :meth:`documents` would return with these filters and no limit."""
        where, params = self._document_filters(publisher, since, until, language, search, None)
        row = self.con.execute(f"SELECT count(*) FROM documents{where}", params).fetchone()
        return int(row[0]) if row else 0

    def doc_ids(self) -> list[str]:
        """Every stored document id, in ingestion order."""
        return [r[0] for r in self.con.execute(
            "SELECT id FROM documents ORDER BY batch, ingested_at, id").fetchall()]

    def sources(self, doc_id: str) -> list[dict[str, Any]]:
        """Where document ``doc_id`` was read from: ``origin``, ``url``, ``batch``, ``added_at``."""
        rows = self.con.execute(
            "SELECT origin, url, batch, added_at FROM sources WHERE doc_id = ? "
            "ORDER BY added_at, origin", [doc_id]).fetchall()
        return [{"origin": o, "url": u, "batch": b, "added_at": a.isoformat() if a else None}
                for o, u, b, a in rows]

    def sentence(self, doc_id: str, index: int) -> str:
        """The text of sentence ``index`` of document ``doc_id`` (raises NotFound)."""
        row = self.con.execute(
            'SELECT d.text, s."start", s."end" FROM sentences s '
            'JOIN documents d ON d.id = s.doc_id WHERE s.doc_id = ? AND s."index" = ?',
            [doc_id, index]).fetchone()
        if row is None:
            raise NotFound(f"no sentence {index} in document {doc_id!r}", source=doc_id)
        text, start, end = row
        return str(text)[start:end]

    def sentence_span(self, doc_id: str, index: int) -> Span:
        """The character span of sentence ``index`` of ``doc_id`` in its clean text."""
        row = self.con.execute(
            'SELECT "start", "end" FROM sentences WHERE doc_id = ? AND "index" = ?',
            [doc_id, index]).fetchone()
        if row is None:
            raise NotFound(f"no sentence {index} in document {doc_id!r}", source=doc_id)
        return Span(int(row[0]), int(row[1]))

    def failures(self, *, batch: int | None = None, code: str | None = None,
                 limit: int | None = None) -> list[Failure]:
        """Recorded failures, oldest first, optionally of one batch or one reason code."""
        where, params = _conditions(("batch = ?", batch), ("code = ?", code))
        sql = "SELECT origin, stage, code, reason FROM failures"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += ' ORDER BY "at", batch, origin'
        if limit is not None:
            sql += " LIMIT ?"
            params.append(int(limit))
        return [Failure(*r) for r in self.con.execute(sql, params).fetchall()]

    def batches(self) -> list[dict[str, Any]]:
        """The committed batches, oldest first, with their counts."""
        cols = ("id", "started_at", "finished_at", "n_documents", "n_added", "n_duplicates",
                "n_new_sources", "n_failed")
        out = []
        for row in self.con.execute(f"SELECT {', '.join(cols)} FROM batches ORDER BY id").fetchall():
            item = dict(zip(cols, row))
            for k in ("started_at", "finished_at"):
                item[k] = item[k].isoformat() if item[k] else None
            out.append(item)
        return out

    def stats(self) -> dict[str, Any]:
        """Counts and ranges over the whole store (JSON-ready)."""
        con = self.con

        def one(sql: str) -> Any:
            row = con.execute(sql).fetchone()
            return row[0] if row else None

        out: dict[str, Any] = {"path": self.path, "schema_version": self.schema_version()}
        for table in ("documents", "sources", "paragraphs", "sentences", "failures", "batches",
                      "annotations", "actor_entries", *_ANALYSIS_TABLES, "analyses"):
            out[table] = int(one(f"SELECT count(*) FROM {table}"))
        out["analysed_documents"] = out.pop("analyses")
        out["characters"] = int(one("SELECT coalesce(sum(n_chars), 0) FROM documents"))
        out["published_first"] = one("SELECT min(published) FROM documents")
        out["published_last"] = one("SELECT max(published) FROM documents")
        out["publishers"] = dict(con.execute(
            "SELECT coalesce(publisher, '(none)'), count(*) AS n FROM documents "
            "GROUP BY 1 ORDER BY n DESC, 1").fetchall())
        out["languages"] = dict(con.execute(
            "SELECT coalesce(language, '(none)'), count(*) AS n FROM documents "
            "GROUP BY 1 ORDER BY n DESC, 1").fetchall())
        out["failures_by_code"] = dict(con.execute(
            "SELECT code, count(*) AS n FROM failures GROUP BY 1 ORDER BY n DESC, 1").fetchall())
        out["events_by_type"] = dict(con.execute(
            "SELECT coalesce(type, '(none)'), count(*) AS n FROM events GROUP BY 1 "
            "ORDER BY n DESC, 1").fetchall())
        return out

    # -- annotations and actor dictionaries ------------------------------------------------

    def save_annotations(self, doc_id: str, model: str, docbin_bytes: bytes) -> None:
        """Keep the spaCy ``DocBin`` bytes of ``doc_id`` parsed by ``model`` (replacing any)."""
        with self._transaction():
            self.con.execute("DELETE FROM annotations WHERE doc_id = ? AND model = ?", [doc_id, model])
            self.con.execute("INSERT INTO annotations VALUES (?, ?, ?, ?)",
                             [doc_id, model, bytes(docbin_bytes), _now()])

    def annotations(self, doc_id: str, model: str | None = None) -> bytes | None:
        """The stored ``DocBin`` bytes of ``doc_id`` (of ``model`` when given; else the latest)."""
        sql = "SELECT docbin FROM annotations WHERE doc_id = ?"
        params: list[Any] = [doc_id]
        if model is not None:
            sql += " AND model = ?"
            params.append(model)
        row = self.con.execute(sql + " ORDER BY saved_at DESC LIMIT 1", params).fetchone()
        return bytes(row[0]) if row else None

    def add_actor_entries(self, actors: Iterable[Actor], source: str) -> int:
        """Import dictionary entries (an entry with a known id replaces the stored one)."""
        actors = list({a.id: a for a in actors}.values())
        with self._transaction():
            if actors:
                self.con.execute("DELETE FROM actor_entries WHERE id IN (SELECT unnest(?::VARCHAR[]))",
                                 [[a.id for a in actors]])
            self._insert("actor_entries", ("id", "name", "kind", "country", "sector", "source", "data"),
                         [(a.id, a.name, a.kind, a.country, a.sector, source, _json(a.as_dict()))
                          for a in actors])
        return len(actors)

    def actor_entries(self, *, source: str | None = None) -> list[Actor]:
        """Imported dictionary entries (all, or those of one ``source``), by id."""
        sql, params = "SELECT data FROM actor_entries", []
        if source is not None:
            sql += " WHERE source = ?"
            params.append(source)
        return [Actor.from_dict(json.loads(r[0]))
                for r in self.con.execute(sql + " ORDER BY id", params).fetchall()]

    # -- analysis ----------------------------------------------------------------------------

    def save_analysis(self, doc_id: str, actor_mentions: Iterable[ActorMention] = (),
                      place_mentions: Iterable[PlaceMention] = (), events: Iterable[Event] = (),
                      relations: Iterable[Relation] = (), claims: Iterable[Claim] = ()) -> None:
        """Replace document ``doc_id``'s analysis with these records, in one transaction."""
        self.save_analyses([(doc_id, actor_mentions, place_mentions, events, relations, claims)])

    def save_analyses(self, items: Iterable[tuple[str, Iterable[ActorMention], Iterable[PlaceMention],
                                                  Iterable[Event], Iterable[Relation], Iterable[Claim]]],
                      ) -> int:
        """Replace the analysis of many documents in one transaction (much faster than one
        :meth:`save_analysis` per document). ``items``: ``(doc_id, actor_mentions,
        place_mentions, events, relations, claims)`` tuples. Returns the number of documents."""
        import pyarrow as pa

        rows: dict[str, list[tuple[Any, ...]]] = {t: [] for t in (*_ANALYSIS_TABLES, "analyses")}
        doc_ids: list[str] = []
        analysed_at = _now()
        for doc_id, ams, pms, evs, rels, cls in items:
            ams, pms, evs, rels, cls = list(ams), list(pms), list(evs), list(rels), list(cls)
            doc_ids.append(doc_id)
            rows["actor_mentions"] += [
                (doc_id, m.sentence, m.start, m.end, m.text, m.actor.id, m.actor.name,
                 m.actor.kind, m.actor.country, m.how, m.confidence, _json(m.as_dict()))
                for m in ams]
            rows["place_mentions"] += [
                (doc_id, m.sentence, m.start, m.end, m.text,
                 m.place.geonameid if m.place else None, m.place.name if m.place else None,
                 m.place.country if m.place else None, m.place.lat if m.place else None,
                 m.place.lon if m.place else None, m.confidence, _json(m.as_dict()))
                for m in pms]
            rows["events"] += [_event_row(doc_id, e) for e in evs]
            rows["relations"] += [
                (r.id, doc_id, r.sentence, r.a, r.b, r.kind, r.modality, r.scope, _json(r.as_dict()))
                for r in rels]
            rows["claims"] += [
                (c.id, doc_id, c.sentence, c.speaker, c.speaker_actor, c.modality, c.anonymous,
                 _json(c.as_dict())) for c in cls]
            rows["analyses"].append((doc_id, analysed_at, len(ams), len(pms), len(evs), len(rels), len(cls)))
        if len(set(doc_ids)) != len(doc_ids):
            raise StoreError("save_analyses got the same document twice")
        if not doc_ids:
            return 0
        list_type = pa.list_(pa.string())
        with self._transaction():
            con = self.con
            known = {r[0] for r in con.execute(
                "SELECT id FROM documents WHERE id IN (SELECT unnest(?::VARCHAR[]))", [doc_ids]).fetchall()}
            missing = [d for d in doc_ids if d not in known]
            if missing:
                raise NotFound(f"no document {missing[0]!r} in the store", source=missing[0])
            for table in (*_ANALYSIS_TABLES, "analyses"):
                con.execute(f"DELETE FROM {table} WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))", [doc_ids])
            self._insert("actor_mentions", (
                "doc_id", "sentence", "start", "end", "text", "actor_id", "actor_name", "kind",
                "country", "how", "confidence", "data"), rows["actor_mentions"])
            self._insert("place_mentions", (
                "doc_id", "sentence", "start", "end", "text", "geonameid", "place_name", "country",
                "lat", "lon", "confidence", "data"), rows["place_mentions"], {"geonameid": pa.int64()})
            self._insert("events", (
                "id", "doc_id", "sentence", "type", "mode", "cameo", "quad_class", "modality",
                "date_start", "date_end", "source_ids", "target_ids", "actor_keys", "place_name",
                "geonameid", "country", "lat", "lon", "confidence", "data"), rows["events"],
                {"source_ids": list_type, "target_ids": list_type, "actor_keys": list_type,
                 "geonameid": pa.int64(), "quad_class": pa.int32()})
            self._insert("relations", (
                "id", "doc_id", "sentence", "a", "b", "kind", "modality", "scope", "data"),
                rows["relations"])
            self._insert("claims", (
                "id", "doc_id", "sentence", "speaker", "speaker_actor", "modality", "anonymous",
                "data"), rows["claims"])
            self._insert("analyses", (
                "doc_id", "analysed_at", "n_actor_mentions", "n_place_mentions", "n_events",
                "n_relations", "n_claims"), rows["analyses"])
        return len(doc_ids)

    def analysed_ids(self) -> list[str]:
        """Ids of the documents whose analysis has been saved."""
        return [r[0] for r in self.con.execute("SELECT doc_id FROM analyses ORDER BY doc_id").fetchall()]

    def unanalysed_ids(self) -> list[str]:
        """Ids of stored documents with no saved analysis yet, in ingestion order."""
        return [r[0] for r in self.con.execute(
            "SELECT id FROM documents WHERE id NOT IN (SELECT doc_id FROM analyses) "
            "ORDER BY batch, ingested_at, id").fetchall()]

    def events(self, actor: str | None = None, type: str | None = None,
               since: str | None = None, until: str | None = None,
               modality: str | None = None, doc_id: str | None = None,
               limit: int | None = None) -> list[Event]:
        """Stored events, by date (undated last), filtered.

        ``actor``: an actor id, name or mention text among the event's sources or targets
        (case-insensitive). ``type``: PLOVER type. ``since``/``until``: ISO dates; an event
        matches when its date range overlaps them (an undated event takes its document's
        publication date). ``modality``: asserted, forecast, ...
        """
        where, params = _conditions(
            ("list_contains(e.actor_keys, lower(?))", actor.strip() if actor else None),
            ("upper(e.type) = upper(?)", type),
            ("coalesce(e.date_end, e.date_start, substr(d.published, 1, 10)) >= ?", since and since[:10]),
            ("coalesce(e.date_start, e.date_end, substr(d.published, 1, 10)) <= ?", until and until[:10]),
            ("e.modality = ?", modality), ("e.doc_id = ?", doc_id))
        sql = "SELECT e.data FROM events e LEFT JOIN documents d ON d.id = e.doc_id"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += (" ORDER BY coalesce(e.date_start, substr(d.published, 1, 10)) NULLS LAST, "
                "d.published NULLS LAST, e.doc_id, e.sentence, e.id")
        if limit is not None:
            sql += " LIMIT ?"
            params.append(int(limit))
        return [Event.from_dict(json.loads(r[0])) for r in self.con.execute(sql, params).fetchall()]

    def event(self, event_id: str) -> Event:
        """The stored event ``event_id`` (raises NotFound)."""
        row = self.con.execute("SELECT data FROM events WHERE id = ? LIMIT 1", [event_id]).fetchone()
        if row is None:
            raise NotFound(f"no event {event_id!r} in the store", source=event_id)
        return Event.from_dict(json.loads(row[0]))

    def relations(self, actor: str | None = None, kind: str | None = None,
                  modality: str | None = None, doc_id: str | None = None,
                  limit: int | None = None) -> list[Relation]:
        """Stored relations; ``actor`` matches either side's actor id."""
        where, params = _conditions(("(a = ? OR b = ?)", actor), ("kind = ?", kind),
                                    ("modality = ?", modality), ("doc_id = ?", doc_id))
        return [Relation.from_dict(d) for d in self._select_data("relations", where, params, limit)]

    def claims(self, speaker: str | None = None, modality: str | None = None,
               doc_id: str | None = None, limit: int | None = None) -> list[Claim]:
        """Stored claims; ``speaker`` matches the speaker's actor id or words (case-insensitive)."""
        where, params = _conditions(("(speaker_actor = ? OR lower(speaker) = lower(?))", speaker),
                                    ("modality = ?", modality), ("doc_id = ?", doc_id))
        return [Claim.from_dict(d) for d in self._select_data("claims", where, params, limit)]

    def actor_mentions(self, doc_id: str | None = None, actor: str | None = None,
                       limit: int | None = None) -> list[ActorMention]:
        """Stored actor mentions, of one document and/or one actor id."""
        where, params = _conditions(("doc_id = ?", doc_id), ("actor_id = ?", actor))
        return [ActorMention.from_dict(d)
                for d in self._select_data("actor_mentions", where, params, limit, '"start"')]

    def place_mentions(self, doc_id: str | None = None, geonameid: int | None = None,
                       limit: int | None = None) -> list[PlaceMention]:
        """Stored place mentions, of one document and/or one GeoNames id."""
        where, params = _conditions(("doc_id = ?", doc_id),
                                    ("geonameid = ?", None if geonameid is None else int(geonameid)))
        return [PlaceMention.from_dict(d)
                for d in self._select_data("place_mentions", where, params, limit, '"start"')]

    def _select_data(self, table: str, where: list[str], params: list[Any], limit: int | None,
                     last: str = "id") -> list[dict[str, Any]]:
        sql = f"SELECT data FROM {table}"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += f" ORDER BY doc_id, sentence, {last}"
        if limit is not None:
            sql += " LIMIT ?"
            params = [*params, int(limit)]
        return [json.loads(r[0]) for r in self.con.execute(sql, params).fetchall()]


def _conditions(*pairs: tuple[str, Any]) -> tuple[list[str], list[Any]]:
    """``(sql, value)`` filter pairs → WHERE parts and parameters, for the values that are set
    (not None or empty); a value fills every ``?`` of its part."""
    where: list[str] = []
    params: list[Any] = []
    for sql, value in pairs:
        if value is None or value == "":
            continue
        where.append(sql)
        params.extend([value] * sql.count("?"))
    return where, params


def _event_row(doc_id: str, e: Event) -> tuple[Any, ...]:
    keys: list[str] = []
    for m in (*e.sources, *e.targets):
        for k in (m.actor.id, m.actor.name, m.text):
            if k and k.strip().lower() not in keys:
                keys.append(k.strip().lower())
    place = e.place.place if e.place is not None else None
    return (
        e.id, doc_id, e.sentence, e.type, e.mode, e.cameo, e.quad_class, e.modality,
        e.date_start, e.date_end, [m.actor.id for m in e.sources], [m.actor.id for m in e.targets],
        keys, place.name if place else (e.place.text if e.place else None),
        place.geonameid if place else None, place.country if place else None,
        place.lat if place else None, place.lon if place else None, e.confidence,
        _json(e.as_dict()),
    )


class _Transaction:
    """``with`` block around BEGIN/COMMIT that rolls back on any exception."""

    def __init__(self, con: "duckdb.DuckDBPyConnection") -> None:
        self.con = con

    def __enter__(self) -> None:
        self.con.execute("BEGIN TRANSACTION")

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: object) -> None:
        if exc_type is None:
            try:
                self.con.execute("COMMIT")
            except Exception as err:
                raise StoreError(f"cannot commit to the store: {err}") from err
        else:
            self.con.execute("ROLLBACK")
