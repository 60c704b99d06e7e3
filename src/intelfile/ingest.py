"""Reading inputs into ``RawDocument`` records, and every unreadable one into a ``Failure``.

``read_inputs`` takes files, folders (walked recursively, in sorted order, streaming: a folder of
10,000 files is never held in memory), glob patterns and ``-`` for stdin. Formats, chosen by
extension (or sniffed from the content for stdin and unknown extensions):

- ``.txt``: a news text dump (title line, dateline, body) → ``format="text"``;
- ``.html`` / ``.htm``: a saved web page → ``format="html"``;
- ``.jsonl``: one article per line with ``text`` or ``html`` and optional ``url``, ``title``,
  ``published`` (or ``published_date`` / ``date``) and ``publisher``; origin ``path:LINE``;
- ``.warc`` / ``.warc.gz``: HTML response records (read with warcio); the URL comes from
  ``WARC-Target-URI`` and ``WARC-Date`` is kept in ``meta["warc_date"]`` as a fallback date;
  origin ``path#N`` (N = the record's position in the file);
- ``.gz`` of any of those.

Non-UTF-8 text is decoded with the encoding charset-normalizer detects (Western single-byte text is
read as cp1252, of which Latin-1 is a subset for printable characters).

A ``.txt``/``.html`` file next to an ``index.jsonl`` whose lines carry a ``file`` field gets its
``url``, ``title``, ``publisher`` and ``published_date`` from the matching line (this is how the
bundled sample corpus, :func:`sample_corpus_path`, keeps its real URLs and dates). Such an index is
metadata, not articles, and is not read as a JSONL input when its folder is walked.

Failures never stop the run; each becomes ``Failure(origin, stage="ingest", code, reason)`` with
``code`` from :mod:`intelfile.errors`: ``unreadable``, ``empty``, ``binary``, ``too-large``
(``settings.ingest.max_bytes``: per file for single-document files, per record or line for JSONL
and WARC), ``truncated`` (a gzip or WARC cut in the middle: the records read before the cut are
kept), ``malformed`` (one bad JSONL line or WARC record; the good ones are kept).
"""
from __future__ import annotations

import codecs
import datetime
import glob
import gzip
import io
import json
import logging
import os
import re
import sys
import zlib
from importlib import resources
from pathlib import Path
from typing import IO, Any, BinaryIO, Iterator, Sequence

from .errors import (
    BinaryInput, EmptyInput, InputError, MalformedRecord, TooLargeInput, TruncatedInput,
    UnreadableInput,
)
from .records import Failure, RawDocument
from .settings import Settings

__all__ = ["read_inputs", "sample_corpus_path", "decode_bytes", "sniff_format", "STDIN"]

log = logging.getLogger(__name__)

STDIN = "-"
STAGE = "ingest"
INDEX_NAME = "index.jsonl"

_GZIP_MAGIC = b"\x1f\x8b"
_BINARY_MAGIC = (
    b"%PDF", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"PK\x03\x04", b"\x7fELF", b"BZh",
    b"\xfd7zXZ", b"7z\xbc\xaf", b"Rar!", b"\xd0\xcf\x11\xe0", b"OggS", b"ID3", b"RIFF",
    b"\x00\x00\x01\x00", b"SQLite format 3",
)
_LATIN_ALPHABETS = {
    "Basic Latin", "Latin-1 Supplement", "Latin Extended-A", "Latin Extended-B",
    "Latin Extended Additional", "General Punctuation", "Currency Symbols", "Letterlike Symbols",
    "Spacing Modifier Letters",
}
_HTML_TYPES = ("text/html", "application/xhtml")
_READ_CHUNK = 1 << 16
_DEFAULT_A = datetime.datetime(2000, 1, 1, 0, 0)
_DEFAULT_B = datetime.datetime(2001, 2, 2, 1, 1)


def sample_corpus_path() -> Path:
    """The folder of the bundled public-domain sample corpus (``.txt`` files + ``index.jsonl``)."""
    return Path(str(resources.files("intelfile").joinpath("data", "sample")))


def read_inputs(inputs: Sequence[str], settings: Settings, *,
                stdin: BinaryIO | None = None) -> Iterator[RawDocument | Failure]:
    """Yield a ``RawDocument`` per article found in ``inputs`` and a ``Failure`` per problem.

    ``inputs``: file paths, folder paths, glob patterns, or ``"-"`` for ``stdin`` (default
    ``sys.stdin.buffer``). Folders are walked recursively in sorted order and only files with one of
    ``settings.ingest.extensions`` are read; named files are read whatever their extension.
    """
    reader = _Reader(settings)
    for item in inputs:
        if item == STDIN:
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from reader.read_stream("<stdin>", stream)
            continue
        path = Path(item)
        if path.is_dir():
            yield from reader.read_folder(path)
        elif path.exists() or path.is_symlink():
            yield from reader.read_file(path)
        elif glob.has_magic(item):
            matches = sorted(glob.iglob(item, recursive=True))
            if not matches:
                yield _failure(item, UnreadableInput("no file matches this pattern"))
            for match in matches:
                m = Path(match)
                if m.is_dir():
                    yield from reader.read_folder(m)
                elif reader.wanted(m):
                    yield from reader.read_file(m)
        else:
            yield _failure(item, UnreadableInput("no such file or folder"))


def sniff_format(data: bytes) -> str:
    """Guess ``text`` | ``html`` | ``jsonl`` | ``warc`` | ``gzip`` from the first bytes."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(_GZIP_MAGIC):
        return "gzip"
    if head.startswith(b"WARC/"):
        return "warc"
    low = head[:1024].lower()
    if low.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<html" in low or b"<body" in low:
        return "html"
    if head.startswith(b"{"):
        first = head.split(b"\n", 1)[0].strip()
        if first.endswith(b"}") or b"\n" in head:
            return "jsonl"
    return "text"


def decode_bytes(data: bytes, *, declared: str | None = None) -> tuple[str, str]:
    """Decode ``data`` to text; returns ``(text, encoding)``. Raises ``BinaryInput`` when it is not text.

    Order: a BOM, then UTF-8, then a ``declared`` charset (HTTP header or HTML meta), then
    charset-normalizer's guess (Western single-byte text is read as cp1252).
    """
    for bom, enc in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                     (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                     (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError as exc:
                raise BinaryInput(f"not valid {enc} despite its byte-order mark") from exc
    head = data[:8192]
    if head.startswith(_BINARY_MAGIC) or b"\x00" in head:
        raise BinaryInput("binary content (not text, HTML, JSONL or WARC)")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            enc = codecs.lookup(declared).name
            if enc not in ("utf-8",):
                return data.decode(enc), enc
        except (LookupError, UnicodeDecodeError):
            pass
    import charset_normalizer

    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise BinaryInput("no text encoding fits the content")
    if set(best.alphabets) <= _LATIN_ALPHABETS:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            pass
        else:
            if not any("\x80" <= ch <= "\x9f" for ch in text):
                return text, "cp1252"
    return str(best), best.encoding


# --------------------------------------------------------------------------- internals


def _failure(origin: str, exc: InputError) -> Failure:
    return Failure(origin=origin, stage=STAGE, code=exc.code, reason=exc.message)


def _unreadable(origin: str, exc: OSError) -> Failure:
    return _failure(origin, UnreadableInput(exc.strerror or str(exc)))


def _stream_end(origin: str, stream: IO[bytes], cut_note: str, empty: str | None) -> Failure | None:
    """What a stream read to its end still owes: a failure when it was cut short (``cut_note``
    says what was kept) or, when ``empty`` is given, a failure saying it held nothing."""
    cut = _truncation(stream)
    if cut:
        return _failure(origin, TruncatedInput(f"{cut}{cut_note}"))
    return _failure(origin, EmptyInput(empty)) if empty else None


def _strip_gz(name: str) -> tuple[str, bool]:
    low = name.lower()
    if low.endswith(".gz"):
        return low[:-3], True
    return low, False


def _format_for(name: str) -> str | None:
    base, _ = _strip_gz(name)
    if base.endswith((".html", ".htm", ".xhtml")):
        return "html"
    if base.endswith(".txt"):
        return "text"
    if base.endswith(".jsonl") or base.endswith(".ndjson"):
        return "jsonl"
    if base.endswith(".warc") or base.endswith(".arc"):
        return "warc"
    return None


class _Reader:
    """Reads one input at a time; keeps only the sidecar index of the folder being read."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.max_bytes = settings.ingest.max_bytes
        self.extensions = tuple(e.lower() for e in settings.ingest.extensions)
        self._index_dir: Path | None = None
        self._index: dict[str, dict[str, Any]] = {}

    # ---- walking

    def wanted(self, path: Path) -> bool:
        return path.name.lower().endswith(self.extensions)

    def read_folder(self, folder: Path) -> Iterator[RawDocument | Failure]:
        follow = self.settings.ingest.follow_symlinks

        def onerror(err: OSError) -> None:
            errors.append(err)

        errors: list[OSError] = []
        for dirpath, dirnames, filenames in os.walk(folder, onerror=onerror, followlinks=follow):
            dirnames.sort()
            for err in errors:
                yield _failure(str(err.filename or dirpath), UnreadableInput(err.strerror or str(err)))
            errors.clear()
            for name in sorted(filenames):
                path = Path(dirpath, name)
                if not self.wanted(path):
                    continue
                if path.is_symlink() and not follow:
                    continue
                if name == INDEX_NAME and self._is_sidecar(path):
                    continue
                yield from self.read_file(path)
        for err in errors:
            yield _failure(str(err.filename or folder), UnreadableInput(err.strerror or str(err)))

    # ---- one file

    def read_file(self, path: Path) -> Iterator[RawDocument | Failure]:
        origin = str(path)
        try:
            st = path.stat()
        except OSError as exc:
            yield _unreadable(origin, exc)
            return
        if path.is_dir():
            yield _failure(origin, UnreadableInput("a folder where a file was expected"))
            return
        if st.st_size == 0:
            yield _failure(origin, EmptyInput("empty file"))
            return
        fmt = _format_for(path.name)
        try:
            fh = open(path, "rb")
        except OSError as exc:
            yield _unreadable(origin, exc)
            return
        with fh:
            if fmt == "warc":
                yield from self._read_warc(origin, fh)
                return
            if fmt is None:
                head = fh.read(4096)
                fh.seek(0)
                sniffed = sniff_format(head)
                if sniffed == "gzip":
                    yield from self._read_gzip_unknown(origin, fh)
                    return
                fmt = sniffed
            if fmt == "warc":
                yield from self._read_warc(origin, fh)
                return
            _, gz = _strip_gz(path.name)
            stream: IO[bytes] = _gunzip(fh) if gz else fh
            if not gz and fmt != "jsonl" and st.st_size > self.max_bytes:
                yield _failure(origin, TooLargeInput(
                    f"{st.st_size} bytes is over the limit of {self.max_bytes} (ingest.max_bytes)"))
                return
            if fmt == "jsonl":
                yield from self._read_jsonl(origin, stream)
            else:
                yield from self._read_single(origin, stream, fmt, path=path)

    def read_stream(self, origin: str, stream: BinaryIO) -> Iterator[RawDocument | Failure]:
        """Read a byte stream of unknown format (stdin)."""
        try:
            head = stream.read(4096)
        except OSError as exc:
            yield _unreadable(origin, exc)
            return
        rest = _prefixed(head, stream)
        if not head:
            yield _failure(origin, EmptyInput("nothing on standard input"))
            return
        fmt = sniff_format(head)
        if fmt == "gzip":
            yield from self._read_gzip_unknown(origin, rest)
        elif fmt == "warc":
            yield from self._read_warc(origin, rest)
        elif fmt == "jsonl":
            yield from self._read_jsonl(origin, rest)
        else:
            yield from self._read_single(origin, rest, fmt)

    def _read_gzip_unknown(self, origin: str, fh: IO[bytes]) -> Iterator[RawDocument | Failure]:
        """A gzip whose inner format is unknown: peek at the decompressed start to choose."""
        gz = _gunzip(fh)
        try:
            head = gz.peek(4096)[:4096]
        except TruncatedInput as exc:
            yield _failure(origin, exc)
            return
        fmt = sniff_format(head)
        if fmt == "warc":
            yield from self._read_warc(origin, gz)
            return
        stream = gz
        if fmt == "jsonl":
            yield from self._read_jsonl(origin, stream)
        elif fmt == "gzip":
            yield _failure(origin, BinaryInput("gzip inside gzip is not read"))
        else:
            yield from self._read_single(origin, stream, fmt)

    # ---- formats

    def _read_limited(self, stream: IO[bytes]) -> bytes:
        buf = io.BytesIO()
        while True:
            chunk = stream.read(_READ_CHUNK)
            if not chunk:
                break
            buf.write(chunk)
            if buf.tell() > self.max_bytes:
                raise TooLargeInput(
                    f"over the limit of {self.max_bytes} bytes (ingest.max_bytes) once decompressed")
        return buf.getvalue()

    def _read_single(self, origin: str, stream: IO[bytes], fmt: str, *,
                     path: Path | None = None) -> Iterator[RawDocument | Failure]:
        try:
            data = self._read_limited(stream)
        except InputError as exc:
            yield _failure(origin, exc)
            return
        except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
            yield _failure(origin, TruncatedInput(f"gzip stream cut or corrupt: {exc}"))
            return
        except OSError as exc:
            yield _unreadable(origin, exc)
            return
        cut = _truncation(stream)
        if cut:
            yield _failure(origin, TruncatedInput(f"{cut}; a partial document is not kept"))
            return
        if not data.strip():
            yield _failure(origin, EmptyInput("no text in the file"))
            return
        declared = _html_declared_charset(data) if fmt == "html" else None
        try:
            text, encoding = decode_bytes(data, declared=declared)
        except InputError as exc:
            yield _failure(origin, exc)
            return
        if not text.strip():
            yield _failure(origin, EmptyInput("no text in the file"))
            return
        if fmt == "text" and sniff_format(data[:4096]) == "html":
            fmt = "html"
        meta = self._sidecar_for(path) if path is not None else {}
        yield RawDocument(
            origin=origin, content=text, format=fmt, url=meta.get("url"), title=meta.get("title"),
            published=meta.get("published"), publisher=meta.get("publisher"), encoding=encoding,
            meta=meta.get("meta", {}),
        )

    def _read_jsonl(self, origin: str, stream: IO[bytes]) -> Iterator[RawDocument | Failure]:
        lineno = 0
        seen = 0
        try:
            for lineno, line in enumerate(_lines(stream, self.max_bytes), start=1):
                if isinstance(line, TooLargeInput):
                    yield _failure(f"{origin}:{lineno}", line)
                    continue
                if not line.endswith(b"\n") and _truncation(stream):
                    break  # the line the cut went through
                if not line.strip():
                    continue
                seen += 1
                yield _jsonl_record(f"{origin}:{lineno}", line)
        except (TruncatedInput, EOFError, zlib.error, gzip.BadGzipFile) as exc:
            yield _failure(origin, TruncatedInput(
                f"gzip stream cut or corrupt after line {lineno}: {exc}; the lines before were kept"))
            return
        except OSError as exc:
            yield _unreadable(origin, exc)
            return
        end = _stream_end(origin, stream, f" after line {lineno - 1 if lineno else 0}; the complete lines before were kept",
                          None if seen else "no JSON lines in the file")
        if end is not None:
            yield end

    def _read_warc(self, origin: str, fh: IO[bytes]) -> Iterator[RawDocument | Failure]:
        from warcio.archiveiterator import ArchiveIterator
        from warcio.exceptions import ArchiveLoadFailed

        n = -1
        kept = 0
        head = fh.peek(2)[:2] if hasattr(fh, "peek") else b""
        if head == _GZIP_MAGIC:
            # Decompress here rather than in warcio: gzip reports a cut member, warcio does not.
            fh = _gunzip(fh)
        try:
            for n, record in enumerate(ArchiveIterator(fh, arc2warc=True)):
                if record.rec_type not in ("response", "resource"):
                    continue
                rec_origin = f"{origin}#{n}"
                ctype = _record_content_type(record)
                if not ctype.startswith(_HTML_TYPES):
                    log.debug("%s: skipped %s record of type %r", rec_origin, record.rec_type, ctype)
                    continue
                if record.http_headers is not None:
                    status = record.http_headers.get_statuscode()
                    if status and not str(status).startswith("2"):
                        log.debug("%s: skipped HTTP %s response", rec_origin, status)
                        continue
                declared_len = record.length
                if declared_len is not None and declared_len > self.max_bytes:
                    yield _failure(rec_origin, TooLargeInput(
                        f"record of {declared_len} bytes is over the limit of {self.max_bytes}"))
                    continue
                data = record.content_stream().read(self.max_bytes + 1)
                if _record_cut(record):
                    raise TruncatedInput(f"record {n} is cut short")
                doc = _warc_document(rec_origin, record, data)
                kept += isinstance(doc, RawDocument)
                yield doc
        except TruncatedInput as exc:
            yield _failure(origin, TruncatedInput(
                f"{exc.message}; the {kept} HTML record(s) before it were kept"))
            return
        except (ArchiveLoadFailed, EOFError, zlib.error, gzip.BadGzipFile, ValueError) as exc:
            yield _failure(origin, TruncatedInput(
                f"WARC cut or corrupt after record {n}: {str(exc).strip()}; "
                f"the {kept} HTML record(s) before it were kept"))
            return
        except OSError as exc:
            yield _unreadable(origin, exc)
            return
        end = _stream_end(origin, fh, f"; the {kept} HTML record(s) before the cut were kept",
                          "no WARC records" if n < 0 else None)
        if end is not None:
            yield end

    # ---- sidecar index (index.jsonl next to .txt files)

    def _is_sidecar(self, path: Path) -> bool:
        try:
            with open(path, "rb") as fh:
                first = fh.readline(1 << 20)
            obj = json.loads(first)
        except (OSError, ValueError):
            return False
        return isinstance(obj, dict) and "file" in obj and "text" not in obj and "html" not in obj

    def _sidecar_for(self, path: Path) -> dict[str, Any]:
        folder = path.parent
        if folder != self._index_dir:
            self._index_dir = folder
            self._index = _load_sidecar(folder / INDEX_NAME)
        return self._index.get(path.name, {})


def _load_sidecar(index: Path) -> dict[str, dict[str, Any]]:
    if not index.is_file():
        return {}
    out: dict[str, dict[str, Any]] = {}
    try:
        with open(index, "rb") as fh:
            for line in fh:
                try:
                    obj = json.loads(line)
                except ValueError:
                    continue
                if not isinstance(obj, dict) or not isinstance(obj.get("file"), str):
                    continue
                raw_date = obj.get("published") or obj.get("published_date") or obj.get("date")
                published = _iso_date(raw_date) if isinstance(raw_date, str) else None
                extra = {k: v for k, v in obj.items()
                         if k in ("licence", "license", "source", "kind") and v is not None}
                if obj.get("id") is not None:
                    extra["source_id"] = obj["id"]
                out[obj["file"]] = {
                    "url": _str_or_none(obj.get("url")),
                    "title": _str_or_none(obj.get("title")),
                    "publisher": _str_or_none(obj.get("publisher")),
                    "published": published,
                    "meta": extra,
                }
    except OSError as exc:
        log.warning("cannot read %s: %s", index, exc)
    return out


def _iso_date(value: str) -> str | None:
    """ISO form of a stated date (see :func:`intelfile.clean.parse_date`), else dateutil's reading
    of a full date (RFC 2822 and the like), else ``None``."""
    from .clean import parse_date

    iso = parse_date(value)
    if iso or not value.strip():
        return iso
    from dateutil import parser as dateparser

    try:
        default_a = dateparser.parse(value, default=_DEFAULT_A)
        default_b = dateparser.parse(value, default=_DEFAULT_B)
    except (ValueError, OverflowError):
        return None
    if default_a.date() != default_b.date():
        return None  # day, month or year not stated
    if (default_a.hour, default_a.minute) == (default_b.hour, default_b.minute):
        return default_a.strftime("%Y-%m-%dT%H:%M")
    return default_a.strftime("%Y-%m-%d")


def _str_or_none(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _lines(stream: IO[bytes], max_bytes: int) -> Iterator[bytes | TooLargeInput]:
    """Lines of ``stream``; a line over ``max_bytes`` is skipped and reported."""
    while True:
        line = stream.readline(max_bytes + 1)
        if not line:
            return
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while True:  # discard the rest of the over-long line
                more = stream.readline(_READ_CHUNK)
                if not more or more.endswith(b"\n"):
                    break
            yield TooLargeInput(f"line over the limit of {max_bytes} bytes (ingest.max_bytes)")
            continue
        yield line


def _jsonl_record(origin: str, line: bytes) -> RawDocument | Failure:
    try:
        text_line, _ = decode_bytes(line)
        obj = json.loads(text_line)
    except (ValueError, InputError) as exc:
        msg = exc.message if isinstance(exc, InputError) else str(exc)
        return _failure(origin, MalformedRecord(f"not a JSON object: {msg}"))
    if not isinstance(obj, dict):
        return _failure(origin, MalformedRecord(f"a JSON {type(obj).__name__}, not an object"))
    fmt, content = None, None
    for key, kind in (("html", "html"), ("text", "text"), ("content", "text"), ("body", "text")):
        value = obj.get(key)
        if isinstance(value, str) and value.strip():
            fmt, content = kind, value
            break
    if content is None:
        if any(isinstance(obj.get(k), str) for k in ("html", "text", "content", "body")):
            return _failure(origin, EmptyInput("the text/html field is empty"))
        return _failure(origin, MalformedRecord("no 'text' or 'html' field"))
    if fmt == "text" and sniff_format(content[:4096].encode("utf-8", "replace")) == "html":
        fmt = "html"
    stated = obj.get("published") or obj.get("published_date") or obj.get("date")
    published = _iso_date(stated) if isinstance(stated, str) else None
    known = {"html", "text", "content", "body", "url", "title", "published", "published_date",
             "date", "publisher"}
    meta = {k: v for k, v in obj.items() if k not in known and isinstance(v, (str, int, float, bool))}
    if isinstance(stated, str) and stated.strip() and published is None:
        meta["published_raw"] = stated  # kept for audit; not a date intelfile can read
    return RawDocument(
        origin=origin, content=content, format=fmt or "text", url=_str_or_none(obj.get("url")),
        title=_str_or_none(obj.get("title")), published=published,
        publisher=_str_or_none(obj.get("publisher")), encoding="utf-8", meta=meta,
    )


def _record_content_type(record: Any) -> str:
    if record.http_headers is not None:
        ctype = record.http_headers.get_header("Content-Type") or ""
    else:
        ctype = record.rec_headers.get_header("Content-Type") or ""
    return ctype.strip().lower()


def _record_cut(record: Any) -> bool:
    """True when the record's raw payload ended before its declared Content-Length."""
    raw = getattr(record, "raw_stream", None)
    limit = getattr(raw, "limit", None)
    return isinstance(limit, int) and limit > 0


def _warc_document(origin: str, record: Any, data: bytes) -> RawDocument | Failure:
    if not data.strip():
        return _failure(origin, EmptyInput("empty HTML record"))
    ctype = _record_content_type(record)
    declared = None
    if "charset=" in ctype:
        declared = ctype.split("charset=", 1)[1].split(";")[0].strip().strip("\"'") or None
    declared = declared or _html_declared_charset(data)
    try:
        text, encoding = decode_bytes(data, declared=declared)
    except InputError as exc:
        return _failure(origin, exc)
    warc_date = record.rec_headers.get_header("WARC-Date")
    meta: dict[str, Any] = {}
    if warc_date:
        meta["warc_date"] = warc_date
    rid = record.rec_headers.get_header("WARC-Record-ID")
    if rid:
        meta["warc_record_id"] = rid
    return RawDocument(
        origin=origin, content=text, format="html",
        url=record.rec_headers.get_header("WARC-Target-URI") or None, encoding=encoding, meta=meta,
    )


def _html_declared_charset(data: bytes) -> str | None:
    m = re.search(rb"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)""", data[:4096], re.IGNORECASE)
    return m.group(1).decode("ascii", "replace") if m else None


def _gunzip(raw: IO[bytes] | BinaryIO) -> io.BufferedReader:
    return io.BufferedReader(_Gunzip(raw), buffer_size=_READ_CHUNK)


class _Gunzip(io.RawIOBase):
    """Streaming gzip reader (multi-member) that hands out everything decompressed before a cut,
    then ends as at EOF and sets ``truncated`` (``gzip.GzipFile`` raises at once and loses the
    data of the failing block). Readers check :func:`_truncation` when they reach the end."""

    def __init__(self, raw: IO[bytes] | BinaryIO) -> None:
        self._raw = raw
        self._d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        self._pending = b""
        self._in_member = False
        self._done = False
        self.truncated: str | None = None

    def readable(self) -> bool:
        return True

    def readinto(self, b: Any) -> int:
        while not self._pending and not self._done:
            chunk = self._raw.read(_READ_CHUNK)
            if not chunk:
                self._done = True
                if self._in_member:
                    self.truncated = "gzip stream cut in the middle"
                break
            self._feed(chunk)
        n = min(len(b), len(self._pending))
        b[:n] = self._pending[:n]
        self._pending = self._pending[n:]
        return n

    def _feed(self, data: bytes) -> None:
        while data:
            if not self._in_member:
                data = data.lstrip(b"\x00")  # padding between members
                if not data:
                    return
                self._in_member = True
            try:
                self._pending += self._d.decompress(data)
            except zlib.error as exc:
                raise TruncatedInput(f"gzip stream corrupt: {exc}") from exc
            if self._d.eof:
                data = self._d.unused_data
                self._d = zlib.decompressobj(16 + zlib.MAX_WBITS)
                self._in_member = False
            else:
                data = b""


def _truncation(stream: Any) -> str | None:
    """Why ``stream`` (a ``_gunzip`` reader) ended early, or ``None``."""
    return getattr(getattr(stream, "raw", None), "truncated", None)


def _prefixed(head: bytes, rest: IO[bytes] | BinaryIO) -> io.BufferedReader:
    return io.BufferedReader(_Prefixed(head, rest), buffer_size=_READ_CHUNK)


class _Prefixed(io.RawIOBase):
    """A read-only stream that replays ``head`` and then continues with ``rest``."""

    def __init__(self, head: bytes, rest: IO[bytes] | BinaryIO) -> None:
        self._head = head
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, b: Any) -> int:
        if self._head:
            n = min(len(b), len(self._head))
            b[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        chunk = self._rest.read(len(b))
        if not chunk:
            return 0
        b[:len(chunk)] = chunk
        return len(chunk)
