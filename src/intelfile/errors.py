"""The one exception hierarchy of intelfile.

Every error the library raises derives from :class:`IntelfileError`. Errors carry the
source (file path, URL, document id) they concern, so a batch runner can record them.

    IntelfileError
    ├── ConfigError            bad settings file or value
    ├── InputError             an input that cannot be read (carries ``source``)
    │   ├── UnreadableInput    missing, permission denied, a directory where a file was expected
    │   ├── EmptyInput         nothing to read, or no text left after cleaning
    │   ├── BinaryInput        not text, HTML, JSONL, WARC or gzip of those
    │   ├── TooLargeInput      over ``settings.ingest.max_bytes``
    │   ├── TruncatedInput     a gzip or WARC cut in the middle
    │   └── MalformedRecord    one bad record (a JSONL line, a WARC record) inside a good file
    ├── ResourceError          a model, gazetteer or dictionary that is missing or broken
    ├── StoreError             the DuckDB store cannot be opened, migrated or written
    │   └── SchemaError        the store's schema is newer than this intelfile
    ├── PipelineError          stages in the wrong order, or a stage that failed as a whole
    ├── NotFound               a document, actor or event id that is not in the store
    └── QueryError             a bad filter or parameter in a query (HTTP API)

Only the CLI (``intelfile.cli``) turns these into messages and exit codes.
"""
from __future__ import annotations

__all__ = [
    "IntelfileError", "ConfigError", "InputError", "UnreadableInput", "EmptyInput",
    "BinaryInput", "TooLargeInput", "TruncatedInput", "MalformedRecord", "ResourceError",
    "StoreError", "SchemaError", "PipelineError", "NotFound", "QueryError",
]


class IntelfileError(Exception):
    """Root of every intelfile error. ``code`` is a short stable reason name."""

    code = "error"

    def __init__(self, message: str, *, source: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.source = source

    def __str__(self) -> str:
        return f"{self.source}: {self.message}" if self.source else self.message


class ConfigError(IntelfileError):
    code = "config"


class InputError(IntelfileError):
    code = "input"


class UnreadableInput(InputError):
    code = "unreadable"


class EmptyInput(InputError):
    code = "empty"


class BinaryInput(InputError):
    code = "binary"


class TooLargeInput(InputError):
    code = "too-large"


class TruncatedInput(InputError):
    code = "truncated"


class MalformedRecord(InputError):
    code = "malformed"


class ResourceError(IntelfileError):
    code = "resource"


class StoreError(IntelfileError):
    code = "store"


class SchemaError(StoreError):
    code = "schema"


class PipelineError(IntelfileError):
    code = "pipeline"


class NotFound(IntelfileError):
    code = "not-found"


class QueryError(IntelfileError):
    code = "bad-query"
