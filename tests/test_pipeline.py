"""Ingest orchestration (read → clean → store), batches, failures, crash safety, the main job."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from intelfile import load_settings
from intelfile.errors import EmptyInput, InputError
from intelfile.pipeline import IngestReport, ingest, raise_on_failure, run_main_job
from intelfile.records import Failure
from intelfile.store import Store


def article(n: int) -> str:
    return (f"Clashes reported in district {n}\n\n"
            f"Government forces clashed with rebels in district {n} on Monday, officials said. "
            f"At least {n} people were wounded.\n")


def write_articles(folder: Path, count: int, start: int = 0) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(start, start + count):
        p = folder / f"{n:05d}.txt"
        p.write_text(article(n), encoding="utf-8")
        paths.append(p)
    return paths


def settings_for(tmp_path: Path, **ingest_settings):
    overrides = {"store": {"path": str(tmp_path / "store.duckdb")}}
    if ingest_settings:
        overrides["ingest"] = ingest_settings
    return load_settings(**overrides)


def run_ingest(settings, inputs, **kw) -> IngestReport:
    with Store.open(settings) as store:
        return ingest([str(i) for i in inputs], settings, store, **kw)


def test_ingest_counts_batches_and_stores_documents(tmp_path):
    write_articles(tmp_path / "in", 7)
    settings = settings_for(tmp_path, batch_size=3)
    report = run_ingest(settings, [tmp_path / "in"])
    assert (report.read, report.added, report.duplicates, report.new_sources, report.failed) == (7, 7, 0, 0, 0)
    assert report.ok and len(report.batches) == 3 and len(report.added_ids) == 7
    with Store.open(settings) as store:
        assert store.stats()["documents"] == 7
        assert [b["n_added"] for b in store.batches()] == [3, 3, 1]
        doc = store.document(report.added_ids[0])
        assert doc.title == "Clashes reported in district 0"
        assert doc.sentences and all(0 <= s.start < s.end <= len(doc.text) for s in doc.sentences)


def test_reingesting_the_same_files_is_a_noop(tmp_path):
    write_articles(tmp_path / "in", 5)
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    settings = settings_for(tmp_path)
    first = run_ingest(settings, [tmp_path / "in"])
    with Store.open(settings) as store:
        before = {k: v for k, v in store.stats().items() if k != "batches"}
    second = run_ingest(settings, [tmp_path / "in"])
    assert (first.added, first.duplicates) == (5, 0)
    assert (second.read, second.added, second.duplicates, second.new_sources) == (5, 0, 5, 0)
    assert first.failed == second.failed == 1 and before["failures"] == 1
    with Store.open(settings) as store:
        after = {k: v for k, v in store.stats().items() if k != "batches"}
    assert after == before


def test_same_article_at_two_urls_is_one_document_with_two_sources(tmp_path):
    text = article(1)
    lines = [{"text": text, "url": "https://one.example/story", "publisher": "One"},
             {"text": text, "url": "https://two.example/syndicated", "publisher": "Two"}]
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    copy_dir = tmp_path / "mirror"
    copy_dir.mkdir()
    (copy_dir / "copy.txt").write_text(text, encoding="utf-8")
    settings = settings_for(tmp_path)
    report = run_ingest(settings, [feed, copy_dir / "copy.txt"])
    assert (report.read, report.added, report.duplicates, report.new_sources) == (3, 1, 2, 2)
    with Store.open(settings) as store:
        assert store.stats()["documents"] == 1
        sources = store.sources(report.added_ids[0])
    assert {s["url"] for s in sources} == {"https://one.example/story", "https://two.example/syndicated", None}
    assert len(sources) == 3


def test_failures_are_reported_stored_and_do_not_stop_the_batch(tmp_path):
    folder = tmp_path / "in"
    write_articles(folder, 2)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "bad.jsonl").write_text('{"text": "' + "Troops moved north. " * 3 + '"}\n{not json\n',
                                      encoding="utf-8")
    seen: list[Failure] = []
    settings = settings_for(tmp_path)
    report = run_ingest(settings, [folder, tmp_path / "missing.txt"], on_failure=seen.append)
    assert report.added == 3 and report.failed == 3 and not report.ok
    assert seen == list(report.failures)
    assert {f.origin.rsplit("/", 1)[-1] for f in report.failures} == {"empty.txt", "bad.jsonl:2", "missing.txt"}
    assert all(f.reason for f in report.failures)
    with Store.open(settings) as store:
        assert store.failures() == list(report.failures)


def test_clean_errors_become_clean_failures(tmp_path, monkeypatch):
    import intelfile.clean as clean

    real = clean.clean_document

    def fake(raw, settings):
        if "district 1 " in raw.content:
            raise EmptyInput("nothing left", source=raw.origin)
        if "district 2 " in raw.content:
            raise ValueError("a bug in the cleaner")
        return real(raw, settings)

    monkeypatch.setattr(clean, "clean_document", fake)
    write_articles(tmp_path / "in", 4)
    report = run_ingest(settings_for(tmp_path), [tmp_path / "in"])
    assert report.read == 4 and report.added == 2
    assert sorted((f.stage, f.code) for f in report.failures) == [("clean", "empty"), ("clean", "internal")]
    assert "a bug in the cleaner" in {f.code: f.reason for f in report.failures}["internal"]


def test_a_raising_failure_handler_stops_before_the_batch_is_written(tmp_path):
    folder = tmp_path / "in"
    write_articles(folder, 3)
    (folder / "zz-empty.txt").write_bytes(b"")
    settings = settings_for(tmp_path)
    with pytest.raises(InputError, match="zz-empty.txt"):
        run_ingest(settings, [folder], on_failure=raise_on_failure)
    with Store.open(settings) as store:
        assert store.stats()["documents"] == 0 and store.stats()["failures"] == 0


def test_progress_is_silent_when_stderr_is_not_a_terminal(tmp_path, capfd):
    write_articles(tmp_path / "in", 3)
    run_ingest(settings_for(tmp_path), [tmp_path / "in"], progress=True)
    out, err = capfd.readouterr()
    assert out == "" and err == ""


def test_ten_thousand_small_files(tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(10_000):
        (folder / f"{n:05d}.txt").write_text(f"Item {n}\n\nPolice arrested {n} people.\n", encoding="utf-8")
    (folder / "04999-empty.txt").write_bytes(b"")
    settings = settings_for(tmp_path)
    report = run_ingest(settings, [folder])
    assert (report.read, report.added, report.failed) == (10_000, 10_000, 1)
    assert len(report.batches) == -(-10_001 // settings.ingest.batch_size)
    with Store.open(settings) as store:
        stats = store.stats()
    assert (stats["documents"], stats["sources"], stats["failures"]) == (10_000, 10_000, 1)


CRASH_SCRIPT = textwrap.dedent("""
    import sys, time
    from intelfile import load_settings
    from intelfile.pipeline import ingest
    from intelfile.store import Store

    db, folder = sys.argv[1], sys.argv[2]
    settings = load_settings(store={"path": db}, ingest={"batch_size": 40})
    documents_written = [0]

    def on_write(table, rows):
        # Inside the batch transaction: after the second batch's documents and sentences are
        # written but before it commits, say so and wait to be killed.
        if table == "documents":
            documents_written[0] += 1
        if table == "sentences" and documents_written[0] == 2:
            print("MID-BATCH", flush=True)
            time.sleep(300)

    with Store.open(settings, on_write=on_write) as store:
        ingest([folder], settings, store)
    print("FINISHED", flush=True)
""")


def test_a_process_killed_mid_batch_leaves_no_partial_batch(tmp_path):
    folder = tmp_path / "in"
    write_articles(folder, 100)
    script = tmp_path / "crash.py"
    script.write_text(CRASH_SCRIPT, encoding="utf-8")
    db = tmp_path / "crash.duckdb"
    proc = subprocess.Popen([sys.executable, str(script), str(db), str(folder)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline()
        assert line.strip() == "MID-BATCH", proc.stderr.read()
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdout.close()
        proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL
    settings = load_settings(store={"path": str(db)}, ingest={"batch_size": 40})
    first_batch = {str(p) for p in sorted(folder.iterdir())[:40]}
    with Store.open(settings) as store:
        stats = store.stats()
        assert (stats["documents"], stats["sources"], stats["batches"]) == (40, 40, 1)
        assert {d.origin for d in store.documents()} == first_batch
        assert stats["sentences"] == sum(len(d.sentences) for d in store.documents())
        report = ingest([str(folder)], settings, store)  # the rerun completes the job
        assert (report.added, report.duplicates) == (60, 40)
        assert store.stats()["documents"] == 100


def test_run_main_job_ingests_and_writes_a_summary(tmp_path):
    write_articles(tmp_path / "in", 3)
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    settings = settings_for(tmp_path)
    result = run_main_job([str(tmp_path / "in")], settings, tmp_path / "out")
    assert result.ingest.added == 3 and result.ingest.failed == 1
    summary = json.loads((tmp_path / "out" / "summary.json").read_text(encoding="utf-8"))
    assert summary["ingest"]["added"] == 3 and summary["stats"]["documents"] == 3
    assert summary["analyse"]["documents"] == 3 and summary["analyse"]["failed"] == 0
    assert result.files == (tmp_path / "out" / "index.html", tmp_path / "out" / "summary.json")
    assert result.index.is_file() and (tmp_path / "out" / "exports" / "events.csv").is_file()
    assert json.loads(json.dumps(result.as_dict(), default=str))["ingest"]["failed"] == 1
    assert not result.ok  # the empty file failed


def test_analyse_store_is_incremental_and_uses_imported_actors(tmp_path):
    from intelfile.petrarch import parse_petrarch
    from intelfile.pipeline import analyse_store

    settings = settings_for(tmp_path)
    text = ("Zorblax raid near Kandahar\n\nFighters of the Zorblax Brigade attacked a police "
            "checkpoint near Kandahar on Monday, officials said.\n")
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    dictionary = parse_petrarch("ZORBLAX_BRIGADE [AFGREB]\n+ZORBLAX BRIGADE\n", source="test")
    with Store.open(settings) as store:
        ingest([str(tmp_path / "a.txt")], settings, store)
        store.add_actor_entries(dictionary.actors, "test")
        first = analyse_store(store, settings, keep_annotations=True)
        again = analyse_store(store, settings)  # nothing left to analyse
        (doc_id,) = store.doc_ids()
        mentions = store.actor_mentions(doc_id=doc_id)
        assert store.annotations(doc_id) is not None
    assert (first.documents, first.failed) == (1, 0) and again.documents == 0
    assert any("zorblax" in m.actor.name.lower() and m.how == "imported" for m in mentions), mentions


def test_run_main_job_defaults_to_the_bundled_sample(tmp_path):
    from intelfile.ingest import sample_corpus_path

    settings = settings_for(tmp_path)
    result = run_main_job([], settings, tmp_path / "out")
    n_files = sum(1 for p in sample_corpus_path().iterdir() if p.suffix == ".txt")
    assert n_files > 0
    assert result.ingest.read == n_files and result.ingest.ok
    assert result.stats["documents"] == result.ingest.added > 0


def test_a_syndicated_copy_of_a_real_release_merges_into_one_event_with_two_sources(tmp_path):
    """The bundled CENTCOM release and a reposted copy (another URL, a share prompt added, the
    dateline dropped) become one document group and one strike with both sources."""
    from intelfile.analysis import Corpus
    from intelfile.ingest import sample_corpus_path

    original = (sample_corpus_path() / "001.txt").read_text(encoding="utf-8")
    body = original.split("\n\n", 1)[1]
    copy = {"text": body.replace("TAMPA, Fla., Aug. 19, 2014 - ", "") + "\n\nShare this article on Facebook\n",
            "url": "https://example.org/repost/airstrikes-mosul-dam", "published": "2014-08-20",
            "publisher": "A news blog", "title": "US strikes ISIL near Mosul Dam"}
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "001.txt").write_text(original, encoding="utf-8")
    (tmp_path / "in" / "copy.jsonl").write_text(json.dumps(copy) + "\n", encoding="utf-8")
    settings = settings_for(tmp_path)
    result = run_main_job([str(tmp_path / "in")], settings, tmp_path / "out")
    assert result.ingest.added == 2 and result.ok
    with Store.open(settings) as store:
        corpus = Corpus.from_store(store, settings)
    assert len(corpus.near_duplicates) == 1
    strikes = [c for c in corpus.clusters if c.type == "ASSAULT" and len(set(c.sources)) == 2]
    assert strikes, [(c.type, c.sources) for c in corpus.clusters]
    assert all(c.independent_sources == 1 for c in strikes)  # a copy is not a second witness
