"""Tests for ``intelfile.evaluation.case2021`` (CASE 2021 Task 2 snippets) and for the type/mode rules
it measures (issue 3).

The scorer is checked on hand-built labels and predictions; the evaluation's plumbing on a small
hand-written snippet file and, when ``../shared`` is present, on the real set with a fake analyzer.
The coder tests use sentences written here (none from the evaluation set) through the real pipeline.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator

import pytest

from intelfile import plover
from intelfile.cli import main
from intelfile.evaluation import case2021 as c21
from intelfile.evaluation.events import sentence_document, top_event
from intelfile.records import Document, Event

# -- the label table ----------------------------------------------------------------------------


def test_label_map_uses_plover_types_and_modes() -> None:
    for label, (type_, mode) in c21.LABEL_MAP.items():
        assert type_ in plover.EVENT_TYPES, label
        assert mode is None or mode in plover.MODES[type_], label
    # every label of the set is mapped, a no-event label or unmapped, and only one of them
    groups = [set(c21.LABEL_MAP), set(c21.NO_EVENT_LABELS), set(c21.UNMAPPED)]
    assert not (groups[0] & groups[1]) and not (groups[0] & groups[2]) and not (groups[1] & groups[2])
    assert len(set().union(*groups)) == 30


def test_score_case2021_figures() -> None:
    labels = ["AIR_STRIKE", "AIR_STRIKE", "ARREST", "PEACE_PROTEST", "NATURAL_DISASTER", "ORG_CRIME", "ATTRIB"]
    preds = [("ASSAULT", "aerial"), ("ASSAULT", "firearms"), ("NONE", None), ("PROTEST", "demo"),
             ("ASSAULT", None), ("NONE", None), ("ACCUSE", None)]
    r = c21.score_case2021(labels, preds)
    m = r["metrics"]
    assert m["n_mapped"] == 4 and m["n_no_event"] == 2 and m["n_unmapped"] == 1
    assert m["type_accuracy"] == 0.75  # 3 of 4 mapped snippets have the right type
    assert m["mode_accuracy"] == 0.5  # aerial right, firearms wrong, arrest missed, demo right: 2/4
    assert m["mode_accuracy_when_type_right"] == round(2 / 3, 4)
    assert m["no_event_false_positive_rate"] == 0.5
    assert m["detected"] == 0.75
    assert r["per_label"]["AIR_STRIKE"]["type_accuracy"] == 1.0
    assert r["per_label"]["AIR_STRIKE"]["mode_accuracy"] == 0.5
    assert r["per_label"]["ARREST"]["predicted"] == {"NONE": 1}
    assert r["false_positive_types"] == {"ASSAULT": 1}
    assert r["unmapped"] == {"ATTRIB": {"ACCUSE": 1}}
    # macro-F1 over the gold types: ASSAULT 1.0, COERCE 0.0, PROTEST 1.0
    assert m["type_macro_f1"] == round(2 / 3, 4)
    with pytest.raises(ValueError):
        c21.score_case2021(labels, preds[:-1])


# -- plumbing on a hand-written snippet file -----------------------------------------------------

SNIPPETS = [
    {"id": "1", "text": "Rebels fired rockets at the town. Two people died.", "label": "ART_MISS_ATTACK"},
    {"id": "2", "text": "A grenade went off in the market.", "label": "GRENADE"},
    {"id": "3", "text": "Heavy rain flooded the valley.", "label": "NATURAL_DISASTER"},
    {"id": "4", "text": "Rebels fired rockets at the town. Two people died.", "label": "ART_MISS_ATTACK"},
    {"id": "5", "text": "The group announced a new leader.", "label": "CHANGE_TO_GROUP_ACT"},
    {"id": "6", "text": "   ", "label": "OTHER"},
]


@dataclass
class _Analysis:
    document: Document
    events: tuple[Event, ...]


class _ByWord:
    """Codes ASSAULT heavy-weapons when a text names rockets, nothing otherwise."""

    def __init__(self) -> None:
        self.seen: list[Document] = []

    def analyse(self, documents: Iterable[Document]) -> Iterator[_Analysis]:
        for d in documents:
            self.seen.append(d)
            events = (Event(id=d.id, doc_id=d.id, sentence=0, type="ASSAULT", mode="heavy-weapons"),) \
                if "rockets" in d.text else ()
            yield _Analysis(d, events)


def _write_shared(root: Path) -> Path:
    folder = root / "eval" / "case2021-task2"
    folder.mkdir(parents=True)
    (folder / "case2021_task2_test.jsonl").write_text(
        "".join(json.dumps(r) + "\n" for r in SNIPPETS), encoding="utf-8")
    (root / "seed").mkdir()
    (root / "seed" / "expected.json").write_text("{}", encoding="utf-8")
    return root


def test_records_halves_and_limit(tmp_path: Path) -> None:
    shared = _write_shared(tmp_path)
    assert [r["id"] for r in c21.case2021_records(shared, half="first")] == ["1", "2", "3"]
    assert [r["id"] for r in c21.case2021_records(shared, half="second")] == ["4", "5", "6"]
    assert [r["id"] for r in c21.case2021_records(shared, half="second", limit=1)] == ["4"]
    with pytest.raises(ValueError):
        c21.case2021_records(shared, half="third")


def test_evaluate_builds_one_clean_document_per_snippet(tmp_path: Path, settings: Any) -> None:
    shared = _write_shared(tmp_path)
    fake = _ByWord()
    r = c21.evaluate_case2021(settings, shared, analyzer=fake, verbose=True)  # type: ignore[arg-type]
    assert r["n"] == 5 and r["skipped"] == 1  # the blank snippet cannot be cleaned
    first = fake.seen[0]
    assert len(first.sentences) == 2  # split by the real clean stage
    assert len({d.id for d in fake.seen}) == 5  # identical texts (ids 1 and 4) are scored apart
    m = r["metrics"]
    assert m["n_mapped"] == 3 and m["type_accuracy"] == round(2 / 3, 4)
    assert r["per_label"]["ART_MISS_ATTACK"]["mode_accuracy"] == 1.0
    assert r["per_label"]["GRENADE"]["predicted"] == {"NONE": 1}
    assert m["no_event_false_positive_rate"] == 0.0
    assert any(line.strip().startswith("2: GRENADE") for line in r["details"])
    assert {p["id"] for p in r["predictions"]} == {"1", "2", "3", "4", "5"}
    text = c21.format_case2021(r, verbose=True)
    assert "per label:" in text and "ART_MISS_ATTACK" in text and "details:" in text
    half = c21.evaluate_case2021(settings, shared, analyzer=_ByWord(), half="second")  # type: ignore[arg-type]
    assert half["n"] == 2 and "second half" in half["title"]


def test_cli_eval_case2021(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                           capsys: pytest.CaptureFixture[str]) -> None:
    shared = _write_shared(tmp_path)
    monkeypatch.setattr(c21, "_analyzer", lambda settings, analyzer: analyzer or _ByWord())
    assert main(["eval", "case2021", "--shared", str(shared), "--half", "first", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    result = out["results"]["case2021"]
    assert result["half"] == "first" and result["n"] == 3
    assert main(["eval", "case2021", "--shared", str(shared), "--limit", "2"]) == 0
    text = capsys.readouterr().out
    assert "CASE 2021" in text and "per label:" in text and "type_accuracy" in text


def test_real_set_plumbing(shared_dir: Path, settings: Any) -> None:
    fake = _ByWord()
    r = c21.evaluate_case2021(settings, shared_dir, analyzer=fake, half="first", limit=40)  # type: ignore[arg-type]
    assert r["n"] + r["skipped"] == 40
    raw = [json.loads(x) for x in (shared_dir / "eval" / "case2021-task2" / "case2021_task2_test.jsonl")
           .read_text(encoding="utf-8").splitlines() if x.strip()]
    assert len(raw) == 1019 and {x["label"] for x in raw} <= set(c21.LABEL_MAP) | c21.NO_EVENT_LABELS | c21.UNMAPPED
    second = c21.case2021_records(shared_dir, half="second")
    assert second[0]["id"] == raw[len(raw) // 2]["id"] and len(second) == len(raw) - len(raw) // 2


# -- type and mode rules, on sentences written for these tests -------------------------------------


@pytest.fixture(scope="module")
def analyzer(settings: Any, nlp: Any) -> Any:
    from intelfile.pipeline import Analyzer

    return Analyzer.from_settings(settings, nlp=nlp)


def _top(analyzer: Any, text: str) -> tuple[str, str | None] | None:
    (a,) = list(analyzer.analyse([sentence_document(text, "t")]))
    top = top_event(a.events)
    return (top.type, top.mode) if top is not None else None


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    ("Two suicide bombers blew themselves up near a police checkpoint in Kabul, killing five officers.",
     ("ASSAULT", "suicide-attack")),
    ("A grenade exploded at a police post in Srinagar, wounding two officers.", ("ASSAULT", "explosives")),
    ("Syrian government forces dropped chlorine bombs on Douma.", ("ASSAULT", "cbrn")),
    ("Israeli jets fired missiles at a Hamas base in Gaza.", ("ASSAULT", "aerial")),
    ("Police seized 40 rifles and 2,000 rounds of ammunition from a house in Lagos.", ("COERCE", "seize")),
    ("Turkish troops set up a new observation post in Idlib province.", ("MOBILIZE", "troops")),
    ("Protesters clashed with police in Santiago on Friday.", ("PROTEST", "riot")),
    ("Kenyan soldiers sexually abused women in the camp.", ("ASSAULT", "sexual")),
])
def test_type_and_mode_rules(analyzer: Any, text: str, expected: tuple[str, str]) -> None:
    assert _top(analyzer, text) == expected


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "An earthquake killed 12 people in Peru on Monday.",
    "Floods killed 30 people in Bangladesh.",
])
def test_natural_hazards_are_no_event(analyzer: Any, text: str) -> None:
    assert _top(analyzer, text) is None


@pytest.mark.slow
def test_riot_police_do_not_make_a_riot(analyzer: Any) -> None:
    assert _top(analyzer, "Thousands of students protested in Nairobi as riot police watched.") == ("PROTEST", "demo")
