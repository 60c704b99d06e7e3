"""``intelfile events``: a store built by hand in tmp_path, listed with filters and as JSON."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from intelfile.cli import main
from intelfile.records import (
    Actor, ActorMention, Attribution, Document, Event, Numbers, Place, PlaceMention, Span,
)
from intelfile.store import Store

TEXT = ("Iraqi forces drove Islamic State out of Tikrit on Tuesday. "
        "The general said the army will attack Mosul in May. "
        "Iran sent advisers to Baghdad.")

IRQ_MIL = Actor(id="IRQ_MIL", name="Iraqi military", kind="state-sector", country="IRQ", sector="MIL")
IS = Actor(id="ISIS", name="Islamic State", kind="armed-group", country="IMG")
IRN = Actor(id="IRN", name="Iran", kind="state", country="IRN")
IRQ = Actor(id="IRQ", name="Iraq", kind="state", country="IRQ")


def _sentences(text: str) -> tuple[Span, ...]:
    spans, start = [], 0
    for i, ch in enumerate(text):
        if ch == "." and (i + 1 == len(text) or text[i + 1] == " "):
            spans.append(Span(start, i + 1))
            start = i + 2
    return tuple(spans)


def _mention(doc: Document, sentence: int, words: str, actor: Actor) -> ActorMention:
    start = doc.text.index(words)
    return ActorMention(doc_id=doc.id, sentence=sentence, start=start, end=start + len(words), text=words,
                        actor=actor)


def _place(doc: Document, sentence: int, words: str, geonameid: int, lat: float, lon: float) -> PlaceMention:
    start = doc.text.index(words)
    return PlaceMention(doc_id=doc.id, sentence=sentence, start=start, end=start + len(words), text=words,
                        place=Place(geonameid=geonameid, name=words, country="IQ", admin1=None, lat=lat, lon=lon),
                        confidence=0.9)


@pytest.fixture()
def db(tmp_path: Path) -> str:
    sentences = _sentences(TEXT)
    doc = Document(id="doc-events-1", text=TEXT, origin="test", published="2015-03-14",
                   paragraphs=(Span(0, len(TEXT)),), sentences=sentences)
    s = [doc.sentence_text(i) for i in range(len(sentences))]
    events = [
        Event(id="ev1", doc_id=doc.id, sentence=0, type="ASSAULT", mode="ground",
              sources=(_mention(doc, 0, "Iraqi forces", IRQ_MIL),),
              targets=(_mention(doc, 0, "Islamic State", IS),),
              place=_place(doc, 0, "Tikrit", 90150, 34.6, 43.7), date_start="2015-03-10",
              date_end="2015-03-10", cameo="19", quad_class=4, evidence=s[0],
              span=Span(sentences[0].start, sentences[0].end), confidence=0.8,
              numbers=Numbers(killed=(2000, 3000), victims="ISIS")),
        Event(id="ev2", doc_id=doc.id, sentence=1, type="ASSAULT", modality="forecast",
              sources=(_mention(doc, 1, "the army", IRQ_MIL),), targets=(),
              place=_place(doc, 1, "Mosul", 99072, 36.3, 43.1), date_start="2015-05-01",
              date_end="2015-05-31", evidence=s[1], span=Span(sentences[1].start, sentences[1].end),
              attribution=Attribution(speaker="The general", cue="said")),
        Event(id="ev3", doc_id=doc.id, sentence=2, type="AID", mode="military",
              sources=(_mention(doc, 2, "Iran", IRN),), targets=(_mention(doc, 2, "Baghdad", IRQ),),
              evidence=s[2], span=Span(sentences[2].start, sentences[2].end)),
    ]
    path = str(tmp_path / "store.duckdb")
    with Store(path) as store:
        store.add_documents([doc])
        store.save_analysis(doc.id, events=events)
    return path


def _json_ids(capsys: pytest.CaptureFixture[str], db: str, *args: str) -> list[str]:
    assert main(["--db", db, "events", "--json", *args]) == 0
    return [e["id"] for e in json.loads(capsys.readouterr().out)]


def test_lists_all_events_as_table(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", db, "events"]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0].split()[:3] == ["date", "type", "mode"]
    assert len(lines) == 2 + 3
    assert "Iraqi military → Islamic State" in out
    assert "forecast" in out and "The general" in out and "Tikrit" in out


@pytest.mark.parametrize(("args", "expected"), [
    (("--actor", "Islamic State"), ["ev1"]),
    (("--actor", "irq_mil"), ["ev1", "ev2"]),
    (("--actor", "Baghdad"), ["ev3"]),
    (("--type", "aid"), ["ev3"]),
    (("--modality", "forecast"), ["ev2"]),
    (("--since", "2015-04-01"), ["ev2"]),
    (("--until", "2015-03-12"), ["ev1"]),
    (("--until", "2015-03"), ["ev1", "ev3"]),  # ev3 is undated: its document is of 2015-03-14
    (("--since", "2015-05", "--until", "2015"), ["ev2"]),
    (("--since", "2016"), []),
    (("--doc", "doc-events-1", "--limit", "1"), ["ev1"]),
    (("--doc", "no-such-doc"), []),
])
def test_filters(db: str, capsys: pytest.CaptureFixture[str], args: tuple[str, ...], expected: list[str]) -> None:
    assert _json_ids(capsys, db, *args) == expected


def test_json_has_plover_fields(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", db, "events", "--json", "--type", "ASSAULT", "--modality", "asserted"]) == 0
    (event,) = json.loads(capsys.readouterr().out)
    assert event["event_type"] == "ASSAULT" and event["mode"] == "ground"
    assert [a["entity_id"] for a in event["actor"]] == ["IRQ_MIL"]
    assert [a["text"] for a in event["recipient"]] == ["Islamic State"]
    assert event["size"] == {"dead": [2000, 3000], "injured": None, "arrested": None, "victims": "ISIS"}
    assert event["location"]["geonameid"] == 90150 and event["location"]["text"] == "Tikrit"
    assert event["text"].startswith("Iraqi forces drove") and event["text_start"] == 0
    assert event["event_date"] == "2015-03-10" and event["quad_class"] == 4
    assert event["doc_id"] == "doc-events-1" and event["sentence"] == 0


def test_missing_store_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(tmp_path / "absent.duckdb"), "events"]) == 3
    assert "no store" in capsys.readouterr().err


def test_bad_modality_is_a_usage_error(db: str) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--db", db, "events", "--modality", "sure"])
    assert exc.value.code == 2


@pytest.mark.parametrize("value", ["yesterday", "2015-13", "2015-02-30", "15-03-01"])
def test_bad_date_is_a_usage_error(db: str, value: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", db, "events", "--since", value]) == 2
    assert "not a date" in capsys.readouterr().err
