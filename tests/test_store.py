"""The DuckDB store: round-trips, filters, transactions, migrations (records built by hand)."""
from __future__ import annotations

import duckdb
import pytest

from intelfile.errors import NotFound, SchemaError, StoreError
from intelfile.records import (
    Actor, ActorMention, Attribution, Claim, Document, Event, Failure, Numbers, Place,
    PlaceMention, Relation, Span,
)
from intelfile.store import MIGRATIONS, SCHEMA_VERSION, Store


def make_doc(n: int, *, origin: str | None = None, url: str | None = None,
             published: str | None = "2015-03-14", publisher: str | None = "Wire",
             text: str | None = None) -> Document:
    text = text or f"Headline {n}\n\nFighters attacked the town {n}. Officials said so."
    first = text.index("\n\n")
    body_start = first + 2
    dot = text.index(".", body_start) + 1
    return Document(
        id=f"doc{n:04d}", text=text, origin=origin or f"/in/{n}.txt", url=url, title=f"Headline {n}",
        published=published, publisher=publisher, language="en",
        paragraphs=(Span(0, first), Span(body_start, len(text))),
        sentences=(Span(0, first), Span(body_start, dot), Span(dot + 1, len(text))),
        dropped=("Subscribe now",), meta={"encoding": "utf-8", "n": n},
    )


ISIS = Actor(id="ISIS", name="Islamic State", kind="armed-group", country="IMG", aliases=("ISIL", "Daesh"),
             cameo="IMGMUSISI")
IRQ_MIL = Actor(id="IRQ-MIL", name="Iraqi military", kind="state-sector", country="IRQ", sector="MIL",
                patron="USA")
TIKRIT = Place(geonameid=89570, name="Tikrit", country="IQ", admin1="18", lat=34.6, lon=43.68,
               feature_class="P", feature_code="PPLA", population=42477, precision="town")


def make_event(doc: Document, i: int = 0, *, type: str = "ASSAULT", modality: str = "asserted",
               date: str | None = "2015-03-10", source: Actor = ISIS, target: Actor = IRQ_MIL) -> Event:
    s = doc.sentences[1]
    return Event(
        id=f"{doc.id}-e{i}", doc_id=doc.id, sentence=1, type=type,
        sources=(ActorMention(doc.id, 1, s.start, s.start + 8, "Fighters", source, how="dictionary"),),
        targets=(ActorMention(doc.id, 1, s.start + 18, s.start + 26, "the town", target, how="ner",
                              confidence=0.7),),
        mode="firearms", context=("military",), cameo="19", quad_class=4, modality=modality,
        attribution=Attribution(speaker="Officials", cue="said", speaker_actor="IRQ-GOV", start=5, end=14),
        place=PlaceMention(doc.id, 1, s.start + 22, s.start + 26, "town", TIKRIT, confidence=0.9),
        date_start=date, date_end=date, date_text="on Tuesday",
        numbers=Numbers(killed=(2000, 3000), wounded_vague="hundreds", victims="IRQ-MIL"),
        territory={"place": "Tikrit", "from": "ISIS", "to": "IRQ-MIL"}, confidence=0.8,
        evidence=doc.text[s.start:s.end], span=Span(s.start, s.end), trigger="attacked",
    )


@pytest.fixture()
def store(tmp_path):
    with Store(tmp_path / "store.duckdb") as s:
        yield s


def test_new_store_has_current_schema(store):
    assert store.schema_version() == SCHEMA_VERSION == MIGRATIONS[-1].version
    assert [m.version for m in MIGRATIONS] == list(range(1, len(MIGRATIONS) + 1))
    assert store.stats()["documents"] == 0


def test_document_round_trip_with_spans_meta_and_sources(store):
    doc = make_doc(1, url="https://example.org/a")
    result = store.add_documents([doc])
    assert result.added == (doc.id,) and result.duplicates == () and result.new_sources == 0
    assert store.document(doc.id) == doc
    assert store.document(doc.id[:6]) == doc  # unique prefix
    assert store.sources(doc.id) == [
        {"origin": "/in/1.txt", "url": "https://example.org/a", "batch": result.batch,
         "added_at": store.sources(doc.id)[0]["added_at"]}]
    assert store.sentence(doc.id, 1) == "Fighters attacked the town 1."
    assert store.sentence_span(doc.id, 2) == doc.sentences[2]
    with pytest.raises(NotFound):
        store.document("nope-not-there")
    with pytest.raises(NotFound):
        store.sentence(doc.id, 7)


def test_sentence_offsets_count_python_characters(store):
    text = "Ünïcödé 🇮🇶 title\n\nThe café in Tall ʿAfar was hit. Then 😀 again."
    doc = make_doc(2, text=text)
    store.add_documents([doc])
    for i, span in enumerate(doc.sentences):
        assert store.sentence(doc.id, i) == text[span.start:span.end]


def test_reingest_is_noop_and_new_origin_adds_a_source(store):
    doc = make_doc(1, url="https://a.example/x")
    store.add_documents([doc])
    again = store.add_documents([doc])
    assert again.added == () and again.duplicates == (doc.id,) and again.new_sources == 0
    other = store.add_documents([doc.replace(origin="/mirror/1.txt", url="https://b.example/y")])
    assert other.added == () and other.new_sources == 1
    stats = store.stats()
    assert (stats["documents"], stats["sources"], stats["sentences"]) == (1, 2, 3)
    assert {s["url"] for s in store.sources(doc.id)} == {"https://a.example/x", "https://b.example/y"}


def test_duplicate_within_one_batch(store):
    doc = make_doc(1)
    result = store.add_documents([doc, doc, doc.replace(origin="/other.txt")])
    assert result.added == (doc.id,)
    assert result.duplicates == (doc.id, doc.id)
    assert result.new_sources == 1
    assert store.stats()["sources"] == 2


def test_failures_are_recorded_with_their_batch(store):
    f1 = Failure("/in/empty.txt", "clean", "empty", "no text left after cleaning")
    f2 = Failure("/in/x.gz", "ingest", "truncated", "gzip cut in the middle")
    first = store.add_documents([make_doc(1)], [f1])
    second = store.add_documents([], [f2])
    assert first.failed == 1 and second.batch == first.batch + 1
    assert store.failures() == [f1, f2]
    assert store.failures(batch=second.batch) == [f2]
    assert store.failures(code="empty") == [f1]
    batches = store.batches()
    assert [(b["n_added"], b["n_failed"]) for b in batches] == [(1, 1), (0, 1)]
    assert store.stats()["failures_by_code"] == {"empty": 1, "truncated": 1}


def test_document_filters(store):
    docs = [
        make_doc(1, published="2014-06-10", publisher="Reuters"),
        make_doc(2, published="2015-03-14T03:08", publisher="AP"),
        make_doc(3, published=None, publisher="ap",
                 text="Mosul report\n\nThe battle for Mosul will come. It was said."),
    ]
    store.add_documents(docs)
    ids = lambda **kw: [d.id for d in store.documents(**kw)]  # noqa: E731
    assert ids() == ["doc0001", "doc0002", "doc0003"]  # by date, undated last
    assert ids(publisher="AP") == ["doc0002", "doc0003"]
    assert ids(since="2015-01-01") == ["doc0002"]
    assert ids(until="2015-03-14") == ["doc0001", "doc0002"]  # until includes the whole day
    assert ids(until="2015-03-13") == ["doc0001"]
    assert ids(search="MOSUL") == ["doc0003"]
    assert ids(language="EN", limit=2) == ["doc0001", "doc0002"]
    assert ids(limit=2, offset=2) == ["doc0003"]
    assert store.count_documents(publisher="ap") == 2
    assert [d.id for d in store.documents_by_ids(["doc0003", "zzz", "doc0001"])] == ["doc0003", "doc0001"]
    assert store.doc_ids() == ["doc0001", "doc0002", "doc0003"]


def test_failed_batch_rolls_back_everything(tmp_path):
    def explode(table: str, rows: int) -> None:
        if table == "sentences":
            raise RuntimeError("disk on fire")

    path = tmp_path / "s.duckdb"
    with Store(path) as store:
        store.add_documents([make_doc(1)])
        before = store.stats()
        store.on_write = explode
        with pytest.raises(RuntimeError):
            store.add_documents([make_doc(2), make_doc(3)], [Failure("x", "ingest", "empty", "e")])
        store.on_write = None
        assert store.stats() == before
        store.add_documents([make_doc(2)])  # the store is usable afterwards
    with Store(path) as store:
        assert store.doc_ids() == ["doc0001", "doc0002"]
        assert store.batches()[-1]["id"] == 2


def test_event_round_trip_and_filters(store):
    d1, d2 = make_doc(1, published="2015-03-14"), make_doc(2, published="2015-04-02")
    store.add_documents([d1, d2])
    e1 = make_event(d1, 0)
    e2 = make_event(d1, 1, type="CONSULT", modality="forecast", date="2015-05-01",
                    source=IRQ_MIL, target=Actor(id="USA", name="United States", kind="state"))
    e3 = make_event(d2, 0, date=None)  # undated: takes its document's date
    store.save_analysis(d1.id, events=[e1, e2])
    store.save_analysis(d2.id, events=[e3])
    assert store.events(doc_id=d1.id) == [e1, e2]  # nested records survive exactly
    assert store.event(e2.id) == e2
    ids = lambda **kw: [e.id for e in store.events(**kw)]  # noqa: E731
    assert ids() == [e1.id, e3.id, e2.id]  # by date
    assert ids(actor="ISIS") == [e1.id, e3.id]
    assert ids(actor="islamic state") == [e1.id, e3.id]  # by name
    assert ids(actor="The Town ") == [e1.id, e3.id, e2.id]  # by the mention's words
    assert ids(actor="usa") == [e2.id]
    assert ids(type="assault") == [e1.id, e3.id]
    assert ids(modality="forecast") == [e2.id]
    assert ids(since="2015-04-01") == [e3.id, e2.id]
    assert ids(since="2015-03-01", until="2015-03-31") == [e1.id]
    assert ids(until="2015-04-02") == [e1.id, e3.id]
    assert ids(limit=1) == [e1.id]
    with pytest.raises(NotFound):
        store.event("missing")
    assert store.stats()["events_by_type"] == {"ASSAULT": 2, "CONSULT": 1}


def test_save_analysis_replaces_and_round_trips_every_record(store):
    doc = make_doc(1)
    store.add_documents([doc])
    event = make_event(doc)
    am = event.sources[0]
    pm = event.place
    rel = Relation(id="r1", doc_id=doc.id, sentence=1, a="USA", b="IRN", kind="cooperation",
                   scope="Iraq only", evidence="secret coordination", span=Span(3, 9),
                   attribution=Attribution(speaker="a US official", cue="said", anonymous=True))
    claim = Claim(id="c1", doc_id=doc.id, sentence=2, speaker="Officials", cue="said",
                  content="Fighters attacked", speaker_actor="IRQ-GOV", modality="asserted",
                  span=Span(30, 50))
    unresolved = PlaceMention(doc.id, 2, 40, 45, "Nowhere", None)
    store.save_analysis(doc.id, [am], [pm, unresolved], [event], [rel], [claim])
    assert store.actor_mentions(doc.id) == [am]
    assert store.actor_mentions(actor="ISIS") == [am]
    assert store.place_mentions(doc.id) == [pm, unresolved]
    assert store.place_mentions(geonameid=89570) == [pm]
    assert store.relations(actor="IRN") == [rel]
    assert store.relations(kind="hostility") == []
    assert store.claims(speaker="IRQ-GOV") == [claim]
    assert store.claims(speaker="officials") == [claim]
    assert store.analysed_ids() == [doc.id] and store.unanalysed_ids() == []
    store.save_analysis(doc.id, events=[])  # replaces the previous analysis
    stats = store.stats()
    assert (stats["events"], stats["relations"], stats["claims"], stats["actor_mentions"]) == (0, 0, 0, 0)
    with pytest.raises(NotFound):
        store.save_analysis("no-such-doc", events=[event])


def test_annotations_and_actor_entries(store):
    store.add_documents([make_doc(1)])
    assert store.annotations("doc0001") is None
    store.save_annotations("doc0001", "en_core_web_sm", b"\x00docbin\xff")
    store.save_annotations("doc0001", "en_core_web_sm", b"second")
    assert store.annotations("doc0001") == b"second"
    assert store.annotations("doc0001", "other") is None
    assert store.add_actor_entries([ISIS, IRQ_MIL], "petrarch:test.txt") == 2
    assert store.actor_entries() == [ISIS, IRQ_MIL] or store.actor_entries() == [IRQ_MIL, ISIS]
    renamed = ISIS.replace(name="ISIL")
    store.add_actor_entries([renamed], "mine.json")
    assert {a.id: a for a in store.actor_entries()}["ISIS"] == renamed
    assert store.actor_entries(source="mine.json") == [renamed]


def _write_v1_store(path) -> None:
    """A store as intelfile with schema version 1 left it (documents, no analysis tables)."""
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, description VARCHAR, "
                "applied_at TIMESTAMP)")
    for statement in MIGRATIONS[0].statements:
        con.execute(statement)
    con.execute("INSERT INTO schema_version VALUES (1, 'v1', now()::TIMESTAMP)")
    con.execute("INSERT INTO documents VALUES ('old1', 'Old', NULL, 'Wire', '2014-01-02', 'en', "
                "'/old.txt', 'Old text. More.', 15, now()::TIMESTAMP, 1, '[]', '{}')")
    con.execute("INSERT INTO sentences VALUES ('old1', 0, 0, 9), ('old1', 1, 10, 15)")
    con.execute("INSERT INTO sources VALUES ('old1', '/old.txt', NULL, 1, now()::TIMESTAMP)")
    con.close()


def test_older_store_is_migrated_and_keeps_its_data(tmp_path):
    path = tmp_path / "v1.duckdb"
    _write_v1_store(path)
    with pytest.raises(StoreError, match="needs migrating"):
        Store(path, read_only=True)
    with Store(path) as store:
        assert store.schema_version() == SCHEMA_VERSION
        doc = store.document("old1")
        assert doc.text == "Old text. More." and store.sentence("old1", 1) == "More."
        event = make_event(make_doc(9)).replace(doc_id="old1", id="old1-e0")
        store.save_analysis("old1", events=[event])
        assert store.events(doc_id="old1") == [event]
    with Store(path, read_only=True) as store:  # migrated: now readable read-only
        assert store.schema_version() == SCHEMA_VERSION


def test_newer_store_raises_schema_error(tmp_path):
    path = tmp_path / "future.duckdb"
    Store(path).close()
    con = duckdb.connect(str(path))
    con.execute("INSERT INTO schema_version VALUES (?, 'from the future', now()::TIMESTAMP)",
                [SCHEMA_VERSION + 1])
    con.close()
    with pytest.raises(SchemaError, match="newer"):
        Store(path)


def test_read_only_store_reads_and_refuses_writes(tmp_path):
    path = tmp_path / "ro.duckdb"
    with Store(path) as store:
        store.add_documents([make_doc(1)])
    with Store(path, read_only=True) as r1, Store(path, read_only=True) as r2:
        assert r1.doc_ids() == r2.doc_ids() == ["doc0001"]
        with pytest.raises(StoreError, match="read-only"):
            r1.add_documents([make_doc(2)])
    with pytest.raises(StoreError, match="no store"):
        Store(tmp_path / "absent.duckdb", read_only=True)


def test_closed_store_raises_store_error(tmp_path):
    store = Store(tmp_path / "c.duckdb")
    store.close()
    store.close()  # idempotent
    with pytest.raises(StoreError, match="closed"):
        store.stats()


def test_open_uses_settings_path(tmp_path, settings):
    path = tmp_path / "sub" / "dir" / "x.duckdb"
    with Store.open(settings.with_overrides({"store": {"path": str(path)}})) as store:
        assert store.path == str(path)
    assert path.exists()


def test_save_analyses_in_bulk_and_iter_documents(store):
    docs = [make_doc(n) for n in range(5)]
    store.add_documents(docs)
    items = [(d.id, [make_event(d).sources[0]], [make_event(d).place], [make_event(d)], [], [])
             for d in docs[:3]]
    assert store.save_analyses(items) == 3
    assert store.unanalysed_ids() == [d.id for d in docs[3:]]
    assert [e.doc_id for e in store.events()] == [d.id for d in docs[:3]]
    assert store.events(doc_id=docs[1].id) == [make_event(docs[1])]
    store.save_analyses([(docs[0].id, [], [], [], [], [])])  # replaces only that document's
    assert [e.doc_id for e in store.events()] == [docs[1].id, docs[2].id]
    with pytest.raises(NotFound):
        store.save_analyses([(docs[4].id, [], [], [], [], []), ("ghost", [], [], [], [], [])])
    assert store.unanalysed_ids() == [d.id for d in docs[3:]]  # the failed call changed nothing
    with pytest.raises(StoreError, match="twice"):
        store.save_analyses([(docs[4].id, [], [], [], [], [])] * 2)
    assert list(store.iter_documents(chunk_size=2)) == docs
    assert [d.id for d in store.iter_documents([docs[3].id, docs[0].id])] == [docs[3].id, docs[0].id]


def test_a_file_that_is_not_a_store_raises_store_error(tmp_path):
    bogus = tmp_path / "notes.duckdb"
    bogus.write_text("these are my notes, not a database\n" * 200, encoding="utf-8")
    with pytest.raises(StoreError, match="cannot open"):
        Store(bogus)


def test_failures_keep_the_latest_word_per_origin(store):
    broken = Failure("/in/a.txt", "ingest", "binary", "not text")
    store.add_documents([], [broken])
    store.add_documents([], [broken])  # the same bad file again: still one outstanding failure
    assert store.failures() == [broken]
    store.add_documents([make_doc(1, origin="/in/a.txt")])  # fixed and read fine: cleared
    assert store.failures() == []
    assert [b["n_failed"] for b in store.batches()] == [1, 1, 0]
