"""Annotation: model loading, sentence alignment with Document.sentences, batching, DocBin."""
from __future__ import annotations

import dataclasses

import pytest
import spacy

from intelfile.annotate import Annotator, _force_sentences, from_docbin, load_nlp, sentence_index, to_docbin
from intelfile.errors import ResourceError
from intelfile.records import Document, Span


def _document(text: str, cuts: list[tuple[int, int]], doc_id: str = "d1") -> Document:
    return Document(id=doc_id, text=text, origin="test", sentences=tuple(Span(a, b) for a, b in cuts))


def _spans(text: str, parts: list[str]) -> list[tuple[int, int]]:
    out, pos = [], 0
    for p in parts:
        start = text.index(p, pos)
        out.append((start, start + len(p)))
        pos = start + len(p)
    return out


def test_force_sentences_on_a_blank_pipeline():
    nlp = spacy.blank("en")
    text = "One two three. Four five\n\nsix seven."
    doc = nlp.make_doc(text)
    cuts = _spans(text, ["One two three. Four five", "six seven."])
    _force_sentences(doc, [Span(a, b) for a, b in cuts])
    starts = [t.idx for t in doc if t.is_sent_start]
    assert starts == [0, text.index("six")]


def test_sentence_index_bisects():
    text = "A b. C d. E f."
    d = _document(text, _spans(text, ["A b.", "C d.", "E f."]))
    assert [sentence_index(d, i) for i in (0, 3, 4, 5, len(text) - 1)] == [0, 0, 0, 1, 2]


def test_unknown_model_is_a_resource_error(settings):
    bad = settings.with_overrides({"nlp": {"model": "no_such_model_xyz"}})
    with pytest.raises(ResourceError, match="no_such_model_xyz"):
        load_nlp(bad)


@pytest.mark.slow
def test_sentences_follow_the_document_not_the_parser(nlp, settings):
    # the document says: one sentence across "Gen.\n\n"; and two sentences where the parser sees one
    text = ("Fighting raged near the town, said Gen.\n\nMartin Dempsey, chairman of the Joint Chiefs. "
            "Troops advanced slowly; residents fled north")
    cuts = _spans(text, ["Fighting raged near the town, said Gen.\n\nMartin Dempsey, chairman of the Joint Chiefs.",
                         "Troops advanced slowly;", "residents fled north"])
    document = _document(text, cuts)
    [(same, doc)] = list(Annotator(nlp, settings=settings)([document]))
    assert same is document
    assert doc.text == text
    sents = list(doc.sents)
    assert [(s.start_char, s.text.strip()) for s in sents] == [(a, text[a:b].strip()) for a, b in cuts]
    for token in doc:  # offsets are offsets into the clean text
        assert text[token.idx:token.idx + len(token)] == token.text
    assert doc.has_annotation("DEP") and doc.has_annotation("ENT_IOB")


@pytest.mark.slow
def test_batches_keep_order(nlp, settings):
    small = settings.with_overrides({"nlp": {"batch_size": 2}})
    docs = []
    for n in range(5):
        text = f"Report number {n} arrived. It was short."
        docs.append(_document(text, _spans(text, [f"Report number {n} arrived.", "It was short."]), f"d{n}"))
    out = list(Annotator(nlp, settings=small)(iter(docs)))
    assert [d.id for d, _ in out] == [d.id for d in docs]
    assert all(doc.text == d.text and len(list(doc.sents)) == 2 for d, doc in out)


@pytest.mark.slow
def test_docbin_round_trip(nlp, settings):
    text = "The army retook the town. Rebels withdrew to the hills."
    document = _document(text, _spans(text, ["The army retook the town.", "Rebels withdrew to the hills."]))
    [(_, doc)] = list(Annotator(nlp, settings=settings)([document]))
    data = to_docbin([doc])
    assert isinstance(data, bytes)
    [back] = from_docbin(data, nlp)
    assert back.text == doc.text
    assert [t.dep_ for t in back] == [t.dep_ for t in doc]
    assert [t.head.i for t in back] == [t.head.i for t in doc]
    assert [(e.text, e.label_) for e in back.ents] == [(e.text, e.label_) for e in doc.ents]
    assert [s.start_char for s in back.sents] == [s.start_char for s in doc.sents]
    assert back.user_data.get("intelfile_doc_id") == document.id


def test_from_docbin_rejects_garbage():
    with pytest.raises(ResourceError):
        from_docbin(b"not a docbin", spacy.blank("en"))


def test_empty_document(settings):
    nlp = spacy.blank("en")
    document = dataclasses.replace(_document("", []), text="")
    [(_, doc)] = list(Annotator(nlp, settings=settings)([document]))
    assert len(doc) == 0
