"""The analysis backends: local and Dask give the same records, in input order."""
from __future__ import annotations

from dataclasses import dataclass

import pytest

from intelfile import parallel
from intelfile.errors import ConfigError
from intelfile.records import Actor, ActorMention, Document, Event, Span


@dataclass
class _FakeAnalysis:
    document: Document
    doc: object
    actor_mentions: tuple
    place_mentions: tuple
    events: tuple
    relations: tuple
    claims: tuple


class _FakeAnnotator:
    nlp = None

    def __call__(self, documents):
        for d in documents:
            yield d, None


class FakeAnalyzer:
    """Codes one event per document: the document's first word assaults its second."""

    annotator = _FakeAnnotator()

    def analyse_parsed(self, d, doc):
        if "explode" in d.text:
            raise ValueError("stage bug")
        words = d.text.split()
        a, b = (ActorMention(d.id, 0, 0, len(words[0]), words[0], Actor(words[0].upper(), words[0])),
                ActorMention(d.id, 0, 0, len(words[1]), words[1], Actor(words[1].upper(), words[1])))
        ev = Event(id=f"ev-{d.id}", doc_id=d.id, sentence=0, type="ASSAULT", sources=(a,), targets=(b,),
                   evidence=d.text, span=Span(0, len(d.text)))
        return _FakeAnalysis(d, None, (a, b), (), (ev,), (), ())


def _docs(n):
    return [Document(id=f"d{i:03d}", text=f"alpha{i} beta{i} attacked", origin=f"mem:{i}",
                     sentences=(Span(0, 20),)) for i in range(n)]


def test_local_backend_yields_records_in_order(settings):
    out = list(parallel.analyse_documents(_docs(5), settings, analyzer=FakeAnalyzer(), keep_annotations=False))
    assert [r.doc_id for r in out] == [f"d{i:03d}" for i in range(5)]
    assert out[2].events[0].sources[0].actor.id == "ALPHA2"


def test_dask_backend_matches_local(settings, monkeypatch):
    pytest.importorskip("dask.bag")
    monkeypatch.setattr(parallel, "_worker_analyzer", lambda s, extra=(): FakeAnalyzer())
    dask_settings = settings.with_overrides(
        {"parallel": {"backend": "dask", "scheduler": "synchronous", "partition_size": 2, "workers": 2}})
    docs = _docs(11)  # 11 documents: windows of 8, partitions of 2 -> several rounds
    local = list(parallel.analyse_documents(docs, settings, analyzer=FakeAnalyzer(), keep_annotations=False))
    dist = list(parallel.analyse_documents(docs, dask_settings, keep_annotations=False))
    assert [r.as_dict() for r in dist] == [r.as_dict() for r in local]


def test_unknown_backend_and_scheduler_are_config_errors(settings):
    with pytest.raises(ConfigError):
        parallel.analyse_documents(_docs(1), settings.with_overrides({"parallel": {"backend": "spark"}}))
    pytest.importorskip("dask.bag")
    bad = settings.with_overrides({"parallel": {"backend": "dask", "scheduler": "gpu"}})
    with pytest.raises(ConfigError):
        list(parallel.analyse_documents(_docs(1), bad))


def test_records_round_trip_through_dicts():
    (doc,) = _docs(1)
    rec = next(iter(parallel.analyse_documents([doc], _settings_local(), analyzer=FakeAnalyzer(),
                                                keep_annotations=False)))
    assert parallel.AnalysisRecords.from_dict(rec.as_dict()) == rec


def _settings_local():
    from intelfile import load_settings

    return load_settings()


def test_a_failing_document_is_recorded_and_the_rest_goes_on(settings):
    docs = _docs(3)
    docs[1] = docs[1].replace(text="gamma delta explode")
    out = list(parallel.analyse_documents(docs, settings, analyzer=FakeAnalyzer(), keep_annotations=False))
    assert [r.failure is None for r in out] == [True, False, True]
    assert out[1].failure.stage == "analyse" and "stage bug" in out[1].failure.reason
    assert out[2].events


@pytest.mark.slow
def test_dask_processes_give_the_real_analyzers_results(settings, nlp):
    """Two worker processes each build their own Analyzer; the records equal the in-process run."""
    pytest.importorskip("dask.bag")
    from intelfile.pipeline import Analyzer

    docs = [Document(id=f"t{i}", text=text, origin=f"mem:{i}", published="2015-03-14",
                     sentences=(Span(0, len(text)),), paragraphs=(Span(0, len(text)),))
            for i, text in enumerate([
                "Iraqi forces attacked Islamic State fighters near Mosul on Tuesday.",
                "Turkey and Russia signed an agreement in Ankara on Friday.",
                "The weather was mild in the afternoon.",
            ])]
    local = list(parallel.analyse_documents(docs, settings, analyzer=Analyzer.from_settings(settings, nlp=nlp),
                                            keep_annotations=False))
    dask_settings = settings.with_overrides(
        {"parallel": {"backend": "dask", "scheduler": "processes", "workers": 2, "partition_size": 2}})
    dist = list(parallel.analyse_documents(docs, dask_settings, keep_annotations=False))
    assert [r.doc_id for r in dist] == ["t0", "t1", "t2"]
    assert [r.events for r in dist] == [r.events for r in local]
    assert any(r.events for r in local)


def _pid_partition(docs, settings, keep_annotations, extra_actors=()):
    import os
    import time

    time.sleep(0.3)  # keep this worker busy so the next partition goes to the other one
    return [{"doc_id": d["id"], "model": str(os.getpid())} for d in docs]


def test_process_pool_is_kept_across_windows(settings, monkeypatch):
    """Several windows of work run on the same worker processes (resources load once per worker)."""
    pytest.importorskip("dask.bag")
    monkeypatch.setattr(parallel, "_analyse_partition", _pid_partition)
    dask_settings = settings.with_overrides(
        {"parallel": {"backend": "dask", "scheduler": "processes", "partition_size": 1, "workers": 2}})
    out = list(parallel.analyse_documents(_docs(12), dask_settings, keep_annotations=False))
    assert [r.doc_id for r in out] == [f"d{i:03d}" for i in range(12)]
    pids = {r.model for r in out}
    assert len(pids) == 2  # both workers share the work, and the same 2 serve every window


def test_partitions_of_one_window_run_on_both_workers(settings, monkeypatch):
    pytest.importorskip("dask.bag")
    monkeypatch.setattr(parallel, "_analyse_partition", _pid_partition)
    dask_settings = settings.with_overrides(
        {"parallel": {"backend": "dask", "scheduler": "processes", "partition_size": 1, "workers": 2}})
    out = list(parallel.analyse_documents(_docs(4), dask_settings, keep_annotations=False))  # one window
    assert len({r.model for r in out}) == 2
