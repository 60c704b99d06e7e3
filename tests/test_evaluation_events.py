"""The event evaluation harness: matching rule, prediction format, figures, sentence-level plumbing.

Most tests use hand-built Event records; the agreement test runs ``../shared/eval/score_events.py``
itself on the same predictions; the dataset tests drive the evaluations with a fake analyzer whose
output is fixed, so the expected figure can be computed from the gold file independently.
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator

import pytest

from intelfile.cli import main
from intelfile.evaluation import events as ev
from intelfile.records import Actor, ActorMention, Claim, Document, Event, Place, PlaceMention, Span


def _mention(doc_id: str, text: str, name: str, *, start: int = 0, country: str | None = None) -> ActorMention:
    actor = Actor(id=name.upper().replace(" ", "_"), name=name, country=country)
    return ActorMention(doc_id=doc_id, sentence=0, start=start, end=start + len(text), text=text, actor=actor)


def _event(type_: str, evidence: str, *, sources: Iterable[ActorMention] = (), targets: Iterable[ActorMention] = (),
           modality: str = "asserted", confidence: float = 0.5, sentence: int = 0, quad: int | None = None,
           event_id: str = "e") -> Event:
    return Event(id=event_id, doc_id="d", sentence=sentence, type=type_, sources=tuple(sources),
                 targets=tuple(targets), modality=modality, evidence=evidence, confidence=confidence,
                 quad_class=quad, span=Span(0, len(evidence)))


GOLD: dict[str, Any] = {
    "actors": [
        {"id": "IS", "name": "Islamic State", "aliases_in_text": ["ISIS", "the group"]},
        {"id": "IRQ_MIL", "name": "Iraqi military", "aliases_in_text": ["Iraqi army", "Iraqi forces"]},
    ],
    "events": [
        {"id": "E1", "required": True, "types": ["ASSAULT"], "source": ["IRQ_MIL"], "target": ["IS"],
         "modality": "asserted", "evidence": "Iraqi forces drove ISIS out of the town"},
        {"id": "E2", "required": True, "types": ["ASSAULT"], "source": ["IRQ_MIL"], "target": ["IS"],
         "modality": "forecast", "evidence": "the army will attack Mosul in May"},
        {"id": "E3", "required": False, "types": ["MOBILIZE"], "source": [], "target": [],
         "modality": "asserted", "evidence": "troops gathered near the city"},
    ],
}


# -- the matching rule ----------------------------------------------------------------------

def test_norm_folds_accents_quotes_and_punctuation() -> None:
    assert ev.norm("Shi’ite  Militias, in Iraq!") == "shiite militias in iraq"
    assert ev.norm("Almería") == "almeria"
    assert ev.norm(None) == ""


def test_actor_match_needs_more_than_three_letters_for_substrings() -> None:
    assert ev.actor_match(["Iraqi army"], {"iraqi army"})
    assert ev.actor_match(["the Iraqi army units"], {"iraqi army"})
    assert not ev.actor_match(["US"], {"us led coalition"})
    assert ev.actor_match(["US"], {"us"})


def test_evidence_match_either_way() -> None:
    gold = "drove Islamic State insurgents out of al-Alam"
    assert ev.evidence_match("Troops drove Islamic State insurgents out of al-Alam on Tuesday.", gold)
    assert ev.evidence_match("Islamic State insurgents out of", gold)
    assert not ev.evidence_match("out of al-Alam", gold)  # 14 characters: too short to count


def test_score_events_strict_rule() -> None:
    s1 = "On Tuesday Iraqi forces drove ISIS out of the town, officials said."
    s2 = "A general said the army will attack Mosul in May."
    events = [
        _event("ASSAULT", s1, sources=[_mention("d", "Iraqi forces", "Iraqi military")],
               targets=[_mention("d", "ISIS", "Islamic State")]),
        # right sentence and actors but asserted, while the gold is a forecast: no match
        _event("ASSAULT", s2, sources=[_mention("d", "the army", "Iraqi military")],
               targets=[_mention("d", "the group", "Islamic State")]),
        # an optional gold event: matching it is not a false positive
        _event("MOBILIZE", "Then troops gathered near the city."),
        # wrong type
        _event("AID", s1, sources=[_mention("d", "Iraqi forces", "Iraqi military")]),
    ]
    preds = ev.to_scorer_events(events)
    score = ev.score_events(preds, GOLD)
    assert score.found == {"E1": True, "E2": False, "E3": True}
    assert score.recall == pytest.approx(0.5)
    assert score.unmatched == [1, 3]
    assert score.precision == pytest.approx(0.5)
    lenient = ev.score_events(preds, GOLD, strict=False)
    assert lenient.found["E2"] and lenient.unmatched == [3]


def test_forecast_and_denied_modalities() -> None:
    s2 = "A general said the army will attack Mosul in May."
    src, tgt = [_mention("d", "Iraqi army", "Iraqi military")], [_mention("d", "ISIS", "Islamic State")]
    for modality, ok in (("forecast", True), ("planned", True), ("hypothetical", False)):
        preds = ev.to_scorer_events([_event("ASSAULT", s2, sources=src, targets=tgt, modality=modality)])
        assert ev.score_events(preds, GOLD).found["E2"] is ok
    denied = {"actors": [], "events": [{"id": "D", "types": ["ASSAULT"], "modality": "denied",
                                        "evidence": "denied attacking the convoy"}]}
    for modality, ok in (("denied", True), ("asserted", False)):
        preds = ev.to_scorer_events([_event("ASSAULT", "The army denied attacking the convoy.", modality=modality)])
        assert ev.score_events(preds, denied).found["D"] is ok


def test_no_predictions_scores_zero_precision_only_when_events_are_required() -> None:
    assert ev.score_events([], GOLD).precision == 0.0
    assert ev.score_events([], {"events": []}).precision == 1.0
    assert ev.score_events([], {"events": []}).recall == 1.0


# -- prediction format ------------------------------------------------------------------------

def test_to_scorer_events_uses_the_sentence_and_both_names() -> None:
    text = "Fighting went on. Iraqi forces shelled the town of Tikrit on Tuesday."
    doc = Document(id="d", text=text, origin="t", sentences=(Span(0, 17), Span(18, len(text))))
    place = PlaceMention(doc_id="d", sentence=1, start=51, end=57, text="Tikrit",
                         place=Place(geonameid=90150, name="Tikrit", country="IQ", admin1=None, lat=34.6, lon=43.7))
    event = Event(id="x", doc_id="d", sentence=1, type="ASSAULT", evidence="shelled",
                  sources=(_mention("d", "Iraqi forces", "Iraqi military", start=18),), place=place,
                  modality="asserted", date_start="2015-03-10")
    (pred,) = ev.to_scorer_events([event], doc)
    assert pred["evidence"] == "Iraqi forces shelled the town of Tikrit on Tuesday."
    assert pred["sources"] == ["Iraqi forces", "Iraqi military"] and pred["targets"] == []
    assert (pred["place"], pred["geonameid"], pred["date"], pred["modality"]) == ("Tikrit", 90150, "2015-03-10", "asserted")
    (no_doc,) = ev.to_scorer_events([event])
    assert no_doc["evidence"] == "shelled"


def test_top_event_rule() -> None:
    a = _event("ACCUSE", "x", confidence=0.6, event_id="a")
    b = _event("ASSAULT", "x", confidence=0.9, event_id="b")
    c = _event("AID", "x", confidence=0.9, event_id="c", sources=[_mention("d", "A", "A")],
               targets=[_mention("d", "B", "B")])
    assert ev.top_event([]) is None
    assert ev.top_event([a, b]).id == "b"
    assert ev.top_event([a, b, c]).id == "c"  # same confidence: the one with sources and targets


def test_prf_and_classification() -> None:
    assert ev.prf(3, 4, 3, 6) == {"precision": 0.75, "recall": 0.5, "f1": 0.6}
    assert ev.prf(0, 0, 0, 5) == {"precision": 0.0, "recall": 0.0, "f1": 0.0}
    cls = ev._classification(["A", "A", "B", "B"], ["A", "B", "B", "NONE"])
    assert cls["accuracy"] == 0.5
    assert cls["per_type"]["A"] == {"gold": 2, "pred": 1, "tp": 1, "precision": 1.0, "recall": 0.5, "f1": 0.6667}
    assert cls["per_type"]["B"]["precision"] == 0.5 and cls["per_type"]["B"]["recall"] == 0.5
    assert cls["macro_f1"] == pytest.approx((0.6667 + 0.5) / 2, abs=1e-4)
    assert cls["overall"]["precision"] == pytest.approx(2 / 3, abs=1e-4)  # 3 sentences got a prediction


def test_sentence_document_is_one_sentence() -> None:
    doc = ev.sentence_document("  Rebels   attacked the town. ", "s1", published="2000-01-01")
    assert doc.text == "Rebels attacked the town."
    assert doc.sentences == (Span(0, len(doc.text)),) == doc.paragraphs


def test_format_report_prints_tables() -> None:
    result = {"target": "t", "title": "T", "n": 2,
              "overall": {"precision": 0.5, "recall": 1.0, "f1": 0.6667, "n_gold": 1, "n_pred": 2},
              "metrics": {"type_accuracy": 0.5},
              "per_type": {"ASSAULT": {"gold": 1, "pred": 2, "tp": 1, "precision": 0.5, "recall": 1.0, "f1": 0.6667}},
              "details": ["   MISSED E9"]}
    text = ev.format_report(result, verbose=True)
    assert "precision 0.500  recall 1.000  F1 0.667" in text
    assert re.search(r"ASSAULT\s+1\s+2\s+0\.500\s+1\.000\s+0\.667", text)
    assert "MISSED E9" in text and "MISSED E9" not in ev.format_report(result)


# -- agreement with ../shared/eval/score_events.py -----------------------------------------------

def _perturbed_predictions(gold: dict[str, Any]) -> list[Event]:
    """Events built from a gold file, some right, some with a wrong type, actor or modality, some extra."""
    names = {a["id"]: a["name"] for a in gold.get("actors", [])}
    out = []
    for i, g in enumerate(gold["events"]):
        type_ = g["types"][0] if i % 4 != 1 else ("PROTEST" if g["types"][0] != "PROTEST" else "AID")
        src = [_mention("d", names.get(a, a), names.get(a, a)) for a in g.get("source", [])[:1]]
        tgt = [_mention("d", names.get(a, a), names.get(a, a)) for a in g.get("target", [])[:1]]
        if i % 4 == 2:
            tgt = [_mention("d", "Luxembourg", "Luxembourg")]
        modality = g.get("modality", "asserted")
        if i % 5 == 3:
            modality = "asserted" if modality != "asserted" else "forecast"
        evidence = f"It was reported that {g['evidence']} on that day." if i % 3 else g["evidence"][5:]
        out.append(_event(type_, evidence, sources=src, targets=tgt, modality=modality, event_id=f"p{i}"))
    out.append(_event("ASSAULT", "A sentence about something else entirely, with no gold event."))
    return out


def _run_script(script: Path, preds: list[dict[str, Any]], gold_path: Path, tmp_path: Path,
                *flags: str) -> tuple[str, str]:
    pred_path = tmp_path / "pred.json"
    pred_path.write_text(json.dumps(preds), encoding="utf-8")
    out = subprocess.run([sys.executable, str(script), str(pred_path), str(gold_path), *flags],
                         capture_output=True, text=True, check=True).stdout
    m = re.search(r"recall ([\d.]+) of \d+ required, precision ([\d.]+) of \d+ predicted", out)
    assert m, out
    return m.group(1), m.group(2)


@pytest.mark.parametrize("gold_name", ["seed/expected.json", "corpus/gold/001.json", "corpus/gold/011.json",
                                       "eval/wikinews-and-gov/gold/034.json"])
def test_agrees_with_score_events_script(shared_dir: Path, tmp_path: Path, gold_name: str) -> None:
    gold_path = shared_dir / gold_name
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    preds = ev.to_scorer_events(_perturbed_predictions(gold))
    for flags, strict in (((), True), (("--lenient",), False)):
        ours = ev.score_events(preds, gold, strict=strict)
        assert 0 < len(ours.unmatched) < len(preds)  # the case is not trivial
        theirs = _run_script(shared_dir / "eval" / "score_events.py", preds, gold_path, tmp_path, *flags)
        assert theirs == (f"{ours.recall:.2f}", f"{ours.precision:.2f}")


# -- datasets driven by a fake analyzer -------------------------------------------------------

@dataclass
class _Analysis:
    document: Document
    events: tuple[Event, ...]
    actor_mentions: tuple[ActorMention, ...] = ()
    place_mentions: tuple[PlaceMention, ...] = ()
    relations: tuple[Any, ...] = ()
    claims: tuple[Claim, ...] = ()


class _Fixed:
    """Codes every sentence as one event of ``type_`` with quad class ``quad`` and no actors."""

    def __init__(self, type_: str, quad: int) -> None:
        self.type_, self.quad = type_, quad
        self.seen: list[Document] = []

    def analyse(self, documents: Iterable[Document]) -> Iterator[_Analysis]:
        for d in documents:
            self.seen.append(d)
            yield _Analysis(d, (Event(id=d.id, doc_id=d.id, sentence=0, type=self.type_, quad_class=self.quad,
                                      cameo="19", evidence=d.text),))


def _jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def test_plover_gsr_plumbing(shared_dir: Path, settings: Any) -> None:
    fake = _Fixed("ASSAULT", 4)
    result = ev.evaluate_plover_gsr(settings, shared_dir, analyzer=fake, limit=40, stride=2)  # type: ignore[arg-type]
    records = _jsonl(shared_dir / "eval" / "plover-gsr" / "plover_gsr.jsonl")[::2][:40]
    assert result["n"] == 40 and len(fake.seen) == 40
    expected = sum(r["event_plover_current"] == "ASSAULT" for r in records) / 40
    assert result["metrics"]["type_accuracy"] == pytest.approx(expected, abs=1e-4)
    # no actors predicted: source codes are right only where the gold has no source
    assert result["metrics"]["source_codes_accuracy"] == pytest.approx(
        sum(not r["source"] for r in records) / 40, abs=1e-4)
    assert set(result["per_type"]) >= {"ASSAULT"}


class _ByWord:
    """Codes ASSAULT when the sentence says "attacked", else AGREE."""

    def analyse(self, documents: Iterable[Document]) -> Iterator[_Analysis]:
        for d in documents:
            type_ = "ASSAULT" if "attacked" in d.text else "AGREE"
            yield _Analysis(d, (Event(id=d.id, doc_id=d.id, sentence=0, type=type_, quad_class=1,
                                      cameo="19", evidence=d.text),))


def test_plover_gsr_records_sharing_an_id_are_scored_apart(tmp_path: Path, settings: Any) -> None:
    folder = tmp_path / "eval" / "plover-gsr"
    folder.mkdir(parents=True)
    rows = [{"id": "GSR-1", "text": "Rebels attacked the town.", "event_plover_current": "ASSAULT",
             "source": [], "target": []},
            {"id": "GSR-1", "text": "The two parties agreed to talks.", "event_plover_current": "AGREE",
             "source": [], "target": []}]
    (folder / "plover_gsr.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    result = ev.evaluate_plover_gsr(settings, tmp_path, analyzer=_ByWord())  # type: ignore[arg-type]
    assert result["n"] == 2 and result["metrics"]["type_accuracy"] == 1.0


def test_multicoped_plumbing(shared_dir: Path, settings: Any) -> None:
    fake = _Fixed("ASSAULT", 4)
    result = ev.evaluate_multicoped(settings, shared_dir, analyzer=fake, limit=60, stride=5)  # type: ignore[arg-type]
    rows = [r for r in _jsonl(shared_dir / "eval" / "multicoped-cameo" / "multicoped_cameo.jsonl")
            if r["split"] == "test"][::5][:60]
    share = sum(r["pentaclass"] == 4 for r in rows) / 60
    assert 0 < share < 1
    assert result["metrics"]["quad_accuracy"] == pytest.approx(share, abs=1e-4)
    assert result["per_type"]["Q4"]["recall"] == 1.0
    assert result["metrics"]["source_span_recall"] == 0.0


def test_petrarch2_plumbing(shared_dir: Path, settings: Any) -> None:
    fake = _Fixed("ASSAULT", 4)
    result = ev.evaluate_petrarch2(settings, shared_dir, analyzer=fake)  # type: ignore[arg-type]
    rows = [r for r in _jsonl(shared_dir / "eval" / "petrarch2-validation" / "petr2_gsr_validation.jsonl")
            if r.get("evaluate", True) is not False]
    with_19 = sum(any(e["eventcode"].startswith("19") for e in r["events"]) and not r["noevents"] for r in rows)
    assert result["metrics"]["cameo_root_accuracy"] == pytest.approx(with_19 / len(rows), abs=1e-4)
    assert result["metrics"]["noevent_false_positives"] == result["metrics"]["noevent_records"] > 0


def test_cameo_to_plover_table(shared_dir: Path) -> None:
    table = ev.cameo_to_plover(shared_dir / "eval" / "plover-gsr" / "orig" / "CAMEO2PLOVER-2021.txt")
    assert ev._plover_of("190", table) == "ASSAULT"
    assert ev._plover_of("042", table) == "CONSULT"
    assert ev._plover_of("0841", table) == "RETREAT"
    assert ev._plover_of("112", table) == "ACCUSE"
    assert ev._plover_of("010", table) == "NONE"


def test_seed_with_gold_built_predictions(shared_dir: Path, settings: Any) -> None:
    """Predictions made from the gold itself, placed in the sentence holding their evidence."""
    gold = json.loads((shared_dir / "seed" / "expected.json").read_text(encoding="utf-8"))
    names = {a["id"]: a["name"] for a in gold["actors"]}

    class FromGold:
        placed: set[str] = set()

        def analyse(self, documents: Iterable[Document]) -> Iterator[_Analysis]:
            for d in documents:
                sents = [ev.norm(d.sentence_text(i)) for i in range(len(d.sentences))]
                out = []
                for g in gold["events"]:
                    idx = next((i for i, s in enumerate(sents) if ev.norm(g["evidence"]) in s), None)
                    if idx is None:
                        continue
                    self.placed.add(g["id"])
                    out.append(Event(
                        id=g["id"], doc_id=d.id, sentence=idx, type=g["types"][0],
                        sources=tuple(_mention(d.id, names[a], names[a]) for a in g["source"][:1]),
                        targets=tuple(_mention(d.id, names[a], names[a]) for a in g["target"][:1]),
                        modality=g["modality"], evidence=g["evidence"]))
                yield _Analysis(d, tuple(out))

    fake = FromGold()
    result = ev.evaluate_seed(settings, shared_dir, analyzer=fake)  # type: ignore[arg-type]
    required = [g["id"] for g in gold["events"] if g["required"]]
    assert result["overall"]["precision"] == 1.0
    assert result["overall"]["recall"] == pytest.approx(len(fake.placed & set(required)) / len(required), abs=1e-4)
    assert result["documents"][0]["failures"] == []
    assert result["metrics"]["actors_found"] == 0  # the fake found no actor mentions


def test_fingerprint_changes_with_content(tmp_path: Path) -> None:
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    a.write_text("1")
    b.write_text("2")
    first = ev.fingerprint([a, b], tmp_path)
    assert first == ev.fingerprint([b, a], tmp_path)
    b.write_text("3")
    assert ev.fingerprint([a, b], tmp_path) != first


def test_find_shared(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from intelfile.errors import ResourceError

    with pytest.raises(ResourceError, match="--shared"):
        ev.find_shared(tmp_path)
    (tmp_path / "seed").mkdir()
    (tmp_path / "seed" / "expected.json").write_text("{}")
    assert ev.find_shared(tmp_path) == tmp_path.resolve()
    monkeypatch.setenv("INTELFILE_SHARED", str(tmp_path))
    assert ev.find_shared() == tmp_path.resolve()


def test_cli_eval_missing_shared_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", "seed", "--shared", str(tmp_path / "nowhere")]) == 3
    assert "--shared PATH or set INTELFILE_SHARED" in capsys.readouterr().err


def test_cli_eval_unknown_target(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", "everything"]) == 2
    assert "unknown target everything" in capsys.readouterr().err


def test_cli_eval_runs_targets_and_prints_json(shared_dir: Path, monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(ev, "_analyzer", lambda settings, analyzer: analyzer or _Fixed("ASSAULT", 4))
    assert main(["eval", "petrarch2", "plover-gsr", "--shared", str(shared_dir), "--limit", "5", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["limit"] == 5 and set(out["results"]) == {"petrarch2", "plover-gsr"}
    assert out["results"]["plover-gsr"]["n"] == 5
    assert main(["eval", "plover-gsr", "--shared", str(shared_dir), "--limit", "5"]) == 0
    text = capsys.readouterr().out
    assert "PLOVER-GSR" in text and "per type:" in text and "type_accuracy" in text


@pytest.mark.slow
def test_agrees_with_score_events_script_on_coder_output(shared_dir: Path, settings: Any, tmp_path: Path) -> None:
    """The same check on what the real pipeline codes for the seed and two corpus texts."""
    from intelfile.pipeline import Analyzer

    analyzer = Analyzer.from_settings(settings)
    for text, gold_path in ((shared_dir / "seed" / "seed-article.txt", shared_dir / "seed" / "expected.json"),
                            (shared_dir / "corpus" / "001.txt", shared_dir / "corpus" / "gold" / "001.json"),
                            (shared_dir / "corpus" / "027.txt", shared_dir / "corpus" / "gold" / "027.json")):
        documents, failures = ev.read_documents(text, settings)
        assert documents and not failures
        preds = [p for a in analyzer.analyse(documents) for p in ev.to_scorer_events(a.events, a.document)]
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        for flags, strict in (((), True), (("--lenient",), False)):
            ours = ev.score_events(preds, gold, strict=strict)
            theirs = _run_script(shared_dir / "eval" / "score_events.py", preds, gold_path, tmp_path, *flags)
            assert theirs == (f"{ours.recall:.2f}", f"{ours.precision:.2f}"), gold_path.name
