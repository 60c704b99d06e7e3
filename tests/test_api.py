"""The HTTP API (intelfile.api) on a small store of hand-made records.

``write_fixture_store(path)`` writes the fixture store used here and by tests/test_web.py: three
documents, six events (four placed), one stated relation and one claim.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from intelfile import load_settings
from intelfile.records import (
    Actor, ActorMention, Claim, Document, Event, Place, PlaceMention, Relation, Span,
)

ROOT = Path(__file__).resolve().parents[1]

ISIS = Actor("ISIS", "Islamic State", kind="armed-group", country="IMG")
IRQ = Actor("IRQ", "Iraq", kind="state", country="IRQ")
IRN = Actor("IRN", "Iran", kind="state", country="IRN")
USA = Actor("USA", "United States", kind="state", country="USA")
KRD = Actor("KRDMIL", "Kurdish forces", kind="armed-group", country="IRQ", sector="MIL")

TIKRIT = Place(99072, "Tikrit", "IQ", "Salah ad Din", 34.6, 43.68, "P", "PPLA")
KOBANI = Place(172515, "Kobani", "SY", "Aleppo", 36.89, 38.35, "P", "PPL")
MOSUL = Place(99072 + 1, "Mosul", "IQ", "Nineveh", 36.34, 43.13, "P", "PPLA")


def _document(doc_id: str, title: str, published: str, sentences: list[str]) -> Document:
    text = " ".join(sentences)
    spans, at = [], 0
    for s in sentences:
        spans.append(Span(at, at + len(s)))
        at += len(s) + 1
    return Document(id=doc_id, text=text, origin=f"fixture/{doc_id}.txt", url=f"https://example.org/{doc_id}",
                    title=title, published=published, publisher="Example Wire", language="en",
                    paragraphs=(Span(0, len(text)),), sentences=tuple(spans))


def _mention(doc: Document, sentence: int, words: str, actor: Actor) -> ActorMention:
    s = doc.sentences[sentence]
    start = doc.text.index(words, s.start)
    return ActorMention(doc.id, sentence, start, start + len(words), words, actor)


def _place(doc: Document, sentence: int, words: str, place: Place) -> PlaceMention:
    s = doc.sentences[sentence]
    start = doc.text.index(words, s.start)
    return PlaceMention(doc.id, sentence, start, start + len(words), words, place, confidence=0.9)


def _event(doc: Document, event_id: str, sentence: int, type_: str, quad: int, sources: list[ActorMention],
           targets: list[ActorMention], trigger: str, **kw: object) -> Event:
    span = doc.sentences[sentence]
    return Event(id=event_id, doc_id=doc.id, sentence=sentence, type=type_, sources=tuple(sources),
                 targets=tuple(targets), quad_class=quad, evidence=doc.sentence_text(sentence),
                 span=span, trigger=trigger, confidence=0.8, **kw)  # type: ignore[arg-type]


def fixture_records() -> tuple[list[Document], dict[str, dict[str, list]]]:
    """The documents and, per document, the analysis records of the fixture store."""
    a = _document("docA0000000001", "Militants attack Tikrit", "2015-03-14T03:08:00", [
        "Islamic State fighters attacked Tikrit on Monday.",
        "Iran and Iraq agreed to cooperate against the militants.",
        "The United States threatened sanctions on Iran.",
    ])
    b = _document("docB0000000002", "Kobani retaken", "2015-04-02", [
        "Kurdish forces retook Kobani from Islamic State in January.",
        "Officials said Iraq will attack Islamic State in Mosul in May.",
    ])
    c = _document("docC0000000003", "Mosul falls", "2014-06-10", [
        "Islamic State seized Mosul.",
    ])
    m = {
        "a0s": _mention(a, 0, "Islamic State", ISIS), "a0t": _mention(a, 0, "Tikrit", IRQ),
        "a1s": _mention(a, 1, "Iran", IRN), "a1t": _mention(a, 1, "Iraq", IRQ),
        "a2s": _mention(a, 2, "United States", USA), "a2t": _mention(a, 2, "Iran", IRN),
        "b0s": _mention(b, 0, "Kurdish forces", KRD), "b0t": _mention(b, 0, "Islamic State", ISIS),
        "b1s": _mention(b, 1, "Iraq", IRQ),
        "c0s": _mention(c, 0, "Islamic State", ISIS),
    }
    p_tikrit = _place(a, 0, "Tikrit", TIKRIT)
    p_kobani = _place(b, 0, "Kobani", KOBANI)
    p_mosul_b = _place(b, 1, "Mosul", MOSUL)
    p_mosul_c = _place(c, 0, "Mosul", MOSUL)
    events_a = [
        _event(a, "ev-a-1", 0, "ASSAULT", 4, [m["a0s"]], [m["a0t"]], "attacked", place=p_tikrit,
               date_start="2015-03-09", date_end="2015-03-09", date_text="on Monday"),
        _event(a, "ev-a-2", 1, "AGREE", 1, [m["a1s"]], [m["a1t"]], "agreed"),
        _event(a, "ev-a-3", 2, "THREATEN", 3, [m["a2s"]], [m["a2t"]], "threatened"),
    ]
    events_b = [
        _event(b, "ev-b-1", 0, "ASSAULT", 4, [m["b0s"]], [m["b0t"]], "retook", place=p_kobani,
               date_start="2015-01-01", date_end="2015-01-31", date_text="in January"),
        _event(b, "ev-b-2", 1, "ASSAULT", 4, [m["b1s"]], [_mention(b, 1, "Islamic State", ISIS)], "attack",
               place=p_mosul_b, modality="forecast", date_start="2015-05-01", date_end="2015-05-31"),
    ]
    events_c = [
        _event(c, "ev-c-1", 0, "COERCE", 4, [m["c0s"]], [], "seized", place=p_mosul_c, mode="seize",
               date_start="2014-06-10", date_end="2014-06-10"),
    ]
    relation = Relation("rel-a-1", a.id, 1, "IRN", "USA", "cooperation", scope="Iraq only",
                        evidence=a.sentence_text(1), span=a.sentences[1])
    claim = Claim("cl-b-1", b.id, 1, "Officials", "said", "Iraq will attack Islamic State in Mosul in May", modality="forecast",
                  anonymous=True, span=b.sentences[1])
    analysis = {
        a.id: {"actor_mentions": [m["a0s"], m["a0t"], m["a1s"], m["a1t"], m["a2s"], m["a2t"]],
               "place_mentions": [p_tikrit], "events": events_a, "relations": [relation], "claims": []},
        b.id: {"actor_mentions": [m["b0s"], m["b0t"], m["b1s"]], "place_mentions": [p_kobani, p_mosul_b],
               "events": events_b, "relations": [], "claims": [claim]},
        c.id: {"actor_mentions": [m["c0s"]], "place_mentions": [p_mosul_c], "events": events_c,
               "relations": [], "claims": []},
    }
    return [a, b, c], analysis


def write_fixture_store(path: Path) -> Path:
    """Write the fixture store at ``path`` (a DuckDB file) and return the path."""
    from intelfile.store import Store

    docs, analysis = fixture_records()
    with Store(path) as store:
        store.add_documents(docs, [])
        for doc_id, records in analysis.items():
            store.save_analysis(doc_id, **records)
    return path


@pytest.fixture(scope="module")
def db_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_fixture_store(tmp_path_factory.mktemp("api") / "fixture.duckdb")


@pytest.fixture(scope="module")
def client(db_path: Path):
    from starlette.testclient import TestClient

    from intelfile.api import create_app
    from intelfile.store import Store

    settings = load_settings(store={"path": str(db_path)})
    with Store.open(settings, read_only=True) as store:
        with TestClient(create_app(settings, store)) as c:
            yield c


def get(client, path: str, status: int = 200) -> dict:
    r = client.get(path)
    assert r.status_code == status, (path, r.status_code, r.text)
    return r.json()


# --- the basics ---------------------------------------------------------------------------


def test_stats_counts_the_store(client) -> None:
    body = get(client, "/api/stats")
    assert body["store"]["documents"] == 3
    assert body["events"] == 6
    assert body["events_located"] == 4
    assert body["actors"] == 5
    assert body["relations"] == 1 and body["claims"] == 1
    assert body["types"] == {"AGREE": 1, "ASSAULT": 3, "COERCE": 1, "THREATEN": 1}
    assert body["first_date"] == "2014-06-10" and body["last_date"] == "2015-05-01"


def test_api_index_lists_every_route(client) -> None:
    paths = {r["path"] for r in get(client, "/api")["routes"]}
    app_paths = {getattr(r, "path") for r in client.app.routes if getattr(r, "path", "") != "/static"}
    assert app_paths <= paths


def test_every_route_is_documented() -> None:
    from intelfile.api import ROUTES_DOC, create_app

    doc = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    app = create_app(load_settings(store={"path": ":memory:"}))
    for route in app.routes:
        path = getattr(route, "path")
        assert f"`{path}`" in doc, f"route {path} is missing from docs/api.md"
    for path in ROUTES_DOC:
        assert f"`{path}`" in doc


def test_web_page_and_its_files_are_served(client) -> None:
    r = client.get("/")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    html = r.text
    for asset in re.findall(r'(?:src|href)="(/static/[^"]+)"', html):
        assert client.get(asset).status_code == 200, asset
    assert "/static/app.js" in html and "/static/app.css" in html
    assert "http://" not in html and "https://" not in html  # nothing from the internet


# --- documents ----------------------------------------------------------------------------


def test_documents_list_filters_and_pages(client) -> None:
    body = get(client, "/api/documents")
    assert body["total"] == 3 and [d["id"] for d in body["documents"]] == [
        "docC0000000003", "docA0000000001", "docB0000000002"]
    assert body["documents"][1]["events"] == 3 and body["documents"][1]["sentences"] == 3
    page = get(client, "/api/documents?limit=1&offset=1")
    assert page["total"] == 3 and page["count"] == 1 and page["documents"][0]["id"] == "docA0000000001"
    assert [d["id"] for d in get(client, "/api/documents?q=kobani")["documents"]] == ["docB0000000002"]
    assert get(client, "/api/documents?since=2015-01-01&until=2015-03")["total"] == 1


def test_document_has_text_sentences_and_analysis(client) -> None:
    body = get(client, "/api/documents/docA0000000001")
    assert body["title"] == "Militants attack Tikrit"
    assert body["sentences"][1]["text"] == "Iran and Iraq agreed to cooperate against the militants."
    for s in body["sentences"]:
        assert body["text"][s["start"]:s["end"]] == s["text"]
    assert [e["id"] for e in body["events"]] == ["ev-a-1", "ev-a-2", "ev-a-3"]
    assert body["relations"][0]["scope"] == "Iraq only"
    assert len(body["actor_mentions"]) == 6 and body["place_mentions"][0]["name"] == "Tikrit"


def test_unknown_document_is_a_json_404(client) -> None:
    body = get(client, "/api/documents/nope", 404)
    assert body["error"]["status"] == 404 and body["error"]["code"] == "not-found"
    assert "nope" in body["error"]["message"]


# --- events -------------------------------------------------------------------------------


def test_events_carry_evidence_doc_and_span(client) -> None:
    body = get(client, "/api/events")
    assert body["total"] == 6
    # sorted by date: Mosul 2014, Kobani Jan 2015, Tikrit, then the undated AGREE/THREATEN take the
    # document's publication day, then the forecast
    assert [e["id"] for e in body["events"]] == ["ev-c-1", "ev-b-1", "ev-a-1", "ev-a-2", "ev-a-3", "ev-b-2"]
    first = body["events"][0]
    assert first["evidence"] == "Islamic State seized Mosul."
    assert first["doc_id"] == "docC0000000003" and first["span"] == {"start": 0, "end": 27}
    assert first["place"]["name"] == "Mosul" and first["place"]["lat"] == 36.34
    assert first["sources"][0]["name"] == "Islamic State" and first["quad_name"] == "material conflict"
    agree = body["events"][3]
    assert agree["date"] == "2015-03-14" and agree["date_source"] == "published"


@pytest.mark.parametrize(("query", "expected"), [
    ("actor=IRN", ["ev-a-2", "ev-a-3"]),
    ("actor=islamic", ["ev-c-1", "ev-b-1", "ev-a-1", "ev-b-2"]),
    ("type=assault", ["ev-b-1", "ev-a-1", "ev-b-2"]),
    ("type=AGREE,THREATEN", ["ev-a-2", "ev-a-3"]),
    ("quad=1,2", ["ev-a-2"]),
    ("since=2015-03-10", ["ev-a-2", "ev-a-3", "ev-b-2"]),
    ("since=2015-01&until=2015-03-09", ["ev-b-1", "ev-a-1"]),
    ("until=2014", ["ev-c-1"]),
    ("modality=forecast", ["ev-b-2"]),
    ("modality=asserted&type=ASSAULT", ["ev-b-1", "ev-a-1"]),
    ("doc=docB0000000002", ["ev-b-1", "ev-b-2"]),
    ("bbox=40,30,50,40", ["ev-c-1", "ev-a-1", "ev-b-2"]),
    ("q=kobani", ["ev-b-1"]),
])
def test_event_filters(client, query: str, expected: list[str]) -> None:
    body = get(client, f"/api/events?{query}")
    assert [e["id"] for e in body["events"]] == expected
    assert body["total"] == len(expected)


def test_event_paging(client) -> None:
    body = get(client, "/api/events?limit=2&offset=2")
    assert body["total"] == 6 and body["count"] == 2 and body["limit"] == 2 and body["offset"] == 2
    assert [e["id"] for e in body["events"]] == ["ev-a-1", "ev-a-2"]
    assert get(client, "/api/events?offset=10")["events"] == []


@pytest.mark.parametrize("query", [
    "limit=-1", "limit=x", "limit=100000", "since=March", "until=2015-3-1", "bbox=1,2,3",
    "bbox=0,50,10,40", "modality=sure", "quad=5", "color=red",
])
def test_bad_event_queries_are_400(client, query: str) -> None:
    body = get(client, f"/api/events?{query}", 400)
    assert body["error"]["code"] == "bad-query" and body["error"]["message"]


def test_one_event_and_its_404(client) -> None:
    assert get(client, "/api/events/ev-a-1")["trigger"] == "attacked"
    assert get(client, "/api/events/ev-zzz", 404)["error"]["status"] == 404


def test_events_geojson_is_valid(client) -> None:
    r = client.get("/api/events.geojson")
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/geo+json")
    body = r.json()
    assert body["type"] == "FeatureCollection" and body["total"] == 4
    for f in body["features"]:
        assert f["type"] == "Feature" and isinstance(f["properties"], dict)
        assert f["geometry"]["type"] == "Point"
        lon, lat = f["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
    tikrit = next(f for f in body["features"] if f["id"] == "ev-a-1")
    assert tikrit["geometry"]["coordinates"] == [43.68, 34.6]  # [lon, lat], RFC 7946
    assert tikrit["properties"]["sources"] == ["Islamic State"] and tikrit["properties"]["place"] == "Tikrit"
    assert [f["id"] for f in get(client, "/api/events.geojson?modality=forecast")["features"]] == ["ev-b-2"]


# --- actors, network, timeline ------------------------------------------------------------


def test_actors_with_event_counts(client) -> None:
    body = get(client, "/api/actors")
    rows = {a["id"]: a for a in body["actors"]}
    assert body["total"] == 5
    assert body["actors"][0]["id"] == "ISIS"
    assert rows["ISIS"]["events"] == 4 and rows["ISIS"]["as_source"] == 2 and rows["ISIS"]["as_target"] == 2
    assert rows["USA"]["events"] == 1 and rows["USA"]["documents"] == 1
    assert [a["id"] for a in get(client, "/api/actors?q=iran")["actors"]] == ["IRN"]
    assert {a["id"] for a in get(client, "/api/actors?kind=armed-group")["actors"]} == {"ISIS", "KRDMIL"}


def test_one_actor_with_partners(client) -> None:
    body = get(client, "/api/actors/IRN")
    assert body["name"] == "Iran" and body["types"] == {"AGREE": 1, "THREATEN": 1}
    partners = {p["id"]: p for p in body["partners"]}
    assert partners["IRQ"]["polarity"] == "cooperation"
    # the threat (hostile) and the stated cooperation (Iraq only) cancel out
    assert partners["USA"]["cooperation"] == 1 and partners["USA"]["hostility"] == 1
    assert partners["USA"]["polarity"] == "mixed"
    if body["allies"] is None:  # intelfile.analysis absent: says so
        assert body["analysis"].startswith("not available")
    else:
        assert [t["actor"] for t in body["allies"]] == ["IRQ"]
        assert body["allies"][0]["evidence"][0]["sentence"] == 1
    assert get(client, "/api/actors/NOBODY", 404)["error"]["code"] == "not-found"


def test_network_is_signed_and_weighted(client) -> None:
    body = get(client, "/api/network")
    nodes = {n["id"] for n in body["nodes"]}
    assert nodes == {"ISIS", "IRQ", "IRN", "USA", "KRDMIL"}
    edges = {(e["source"], e["target"]): e for e in body["edges"]}
    assert edges[("IRQ", "ISIS")]["hostility"] == 2 and edges[("IRQ", "ISIS")]["sign"] == -1.0
    assert edges[("IRN", "IRQ")]["polarity"] == "cooperation" and edges[("IRN", "IRQ")]["sign"] == 1.0
    assert edges[("IRN", "USA")]["weight"] == 2 and edges[("IRN", "USA")]["relations"][0]["scope"] == "Iraq only"
    no_rel = {(e["source"], e["target"]): e for e in get(client, "/api/network?relations=false")["edges"]}
    assert no_rel[("IRN", "USA")]["polarity"] == "hostility"
    assert {(e["source"], e["target"]) for e in get(client, "/api/network?min_weight=2")["edges"]} == {
        ("IRN", "USA"), ("IRQ", "ISIS")}
    assert get(client, "/api/network?modality=forecast")["events"] == 1
    assert get(client, "/api/network?modality=forecast")["relations"] == 0
    assert get(client, "/api/network?modality=asserted")["relations"] == 1
    typed = get(client, "/api/network?type=AGREE")
    assert typed["relations"] == 0 and [(e["source"], e["target"]) for e in typed["edges"]] == [("IRN", "IRQ")]


def test_timeline_by_month_and_type(client) -> None:
    body = get(client, "/api/timeline")
    periods = {p["period"]: p for p in body["periods"]}
    assert body["interval"] == "month" and body["undated"] == 0
    assert body["periods"][0]["period"] == "2014-06" and body["periods"][-1]["period"] == "2015-05"
    assert len(body["periods"]) == 12  # empty months are kept
    assert periods["2015-03"]["counts"] == {"AGREE": 1, "ASSAULT": 1, "THREATEN": 1}
    assert periods["2014-12"]["total"] == 0
    assert body["types"][0] == "ASSAULT"
    years = get(client, "/api/timeline?interval=year&type=ASSAULT")
    assert [(p["period"], p["total"]) for p in years["periods"]] == [("2015", 3)]
    days = get(client, "/api/timeline?interval=day&type=ASSAULT")
    # "in January" and "in May" are month ranges: not placed on a day
    assert [(p["period"], p["total"]) for p in days["periods"]] == [("2015-03-09", 1)] and days["undated"] == 2
    assert get(client, "/api/timeline?interval=week", 400)["error"]["code"] == "bad-query"


# --- relations, claims, basemap, errors ---------------------------------------------------


def test_relations_and_claims(client) -> None:
    rel = get(client, "/api/relations?actor=usa")
    assert rel["total"] == 1 and rel["relations"][0]["kind"] == "cooperation"
    assert get(client, "/api/relations?kind=hostility")["total"] == 0
    claims = get(client, "/api/claims?modality=forecast")
    assert claims["total"] == 1 and claims["claims"][0]["speaker"] == "Officials"
    assert get(client, "/api/claims?q=mosul")["total"] == 1
    assert get(client, "/api/claims?doc=docA0000000001")["total"] == 0


def test_basemap_is_geojson(client) -> None:
    body = get(client, "/api/basemap")
    assert body["type"] == "FeatureCollection"
    if body["available"]:
        names = {f["properties"].get("name") for f in body["features"]}
        assert {"Iraq", "Syria"} <= names


def test_unknown_route_and_methods(client) -> None:
    body = get(client, "/api/nothing", 404)
    assert body["error"]["code"] == "not-found"
    r = client.post("/api/events", json={})
    assert r.status_code == 405 and r.json()["error"]["status"] == 405
    assert client.delete("/api/documents/docA0000000001").status_code == 405


def test_errors_map_to_statuses() -> None:
    from intelfile.api import status_for
    from intelfile.errors import ConfigError, NotFound, QueryError, StoreError

    assert status_for(NotFound("x")) == 404
    assert status_for(QueryError("x")) == 400 and status_for(ConfigError("x")) == 400
    assert status_for(StoreError("x")) == 500 and status_for(RuntimeError("x")) == 500


def test_store_failure_is_a_json_500(db_path: Path) -> None:
    from starlette.testclient import TestClient

    from intelfile.api import create_app
    from intelfile.store import Store

    settings = load_settings(store={"path": str(db_path)})
    store = Store.open(settings, read_only=True)
    store.close()  # every call now raises StoreError("the store is closed")
    with TestClient(create_app(settings, store), raise_server_exceptions=False) as c:
        r = c.get("/api/events")
    assert r.status_code == 500 and r.json()["error"]["code"] == "store"


def test_app_opens_the_store_itself_when_given_none(db_path: Path) -> None:
    from starlette.testclient import TestClient

    from intelfile.api import create_app

    with TestClient(create_app(load_settings(store={"path": str(db_path)}))) as c:
        assert c.get("/api/stats").json()["events"] == 6


def test_actor_analysis_not_available(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    from starlette.testclient import TestClient

    from intelfile.api import create_app

    monkeypatch.setitem(sys.modules, "intelfile.analysis", None)  # import now raises ImportError
    with TestClient(create_app(load_settings(store={"path": str(db_path)}))) as c:
        body = get(c, "/api/actors/IRN")
    assert body["allies"] is None and body["adversaries"] is None
    assert body["analysis"].startswith("not available")
    assert {p["id"] for p in body["partners"]} == {"IRQ", "USA"}  # the API's own network still answers


def test_basemap_not_available(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    from starlette.testclient import TestClient

    from intelfile.api import create_app

    monkeypatch.setitem(sys.modules, "intelfile.basemap", None)
    with TestClient(create_app(load_settings(store={"path": str(db_path)}))) as c:
        body = get(c, "/api/basemap")
    assert body == {"type": "FeatureCollection", "features": [], "available": False,
                    "reason": "intelfile.basemap is not installed"}


def test_empty_store(tmp_path: Path) -> None:
    from starlette.testclient import TestClient

    from intelfile.api import create_app
    from intelfile.store import Store

    Store(tmp_path / "empty.duckdb").close()
    with TestClient(create_app(load_settings(store={"path": str(tmp_path / "empty.duckdb")}))) as c:
        stats = get(c, "/api/stats")
        assert stats["events"] == 0 and stats["first_date"] is None
        assert get(c, "/api/events") == {"total": 0, "limit": 100, "offset": 0, "count": 0, "events": []}
        assert get(c, "/api/events.geojson")["features"] == []
        assert get(c, "/api/timeline")["periods"] == []
        assert get(c, "/api/network") == {"nodes": [], "edges": [], "events": 0, "relations": 0}
        assert get(c, "/api/actors")["actors"] == []


# --- serve --get --------------------------------------------------------------------------


def test_serve_get_prints_the_json(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from intelfile.cli import main

    assert main(["--db", str(db_path), "serve", "--get", "/api/events?type=COERCE"]) == 0
    body = json.loads(capsys.readouterr().out)
    assert [e["id"] for e in body["events"]] == ["ev-c-1"]
    assert main(["--db", str(db_path), "serve", "--get", "/api/documents/missing"]) == 3
    assert json.loads(capsys.readouterr().out)["error"]["status"] == 404
    assert main(["--db", str(db_path), "serve", "--get", "/api/events?limit=no"]) == 2


def test_serve_get_without_a_store_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from intelfile.cli import main

    assert main(["--db", str(tmp_path / "none.duckdb"), "serve", "--get", "/api/stats"]) == 3
    assert "no store" in capsys.readouterr().err
