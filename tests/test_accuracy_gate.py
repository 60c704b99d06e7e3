"""The accuracy gate of the event coder (CONVENTIONS 22).

``tests/accuracy_baseline.json`` pins floors (and a ceiling on false positives) measured on the
gold files whose sha256 fingerprint it records. This test re-measures the figures with the real
pipeline (whole seed, corpus and Wikinews sets; fixed 100-sentence subsets of PLOVER-GSR and
Multi-CoPED) and fails when one drops below its floor, or when the gold files changed without the
baseline being re-pinned (``python benchmarks/eval_events.py --pin``; lowering a floor needs
``--allow-lower``). Skipped with a reason when ../shared is absent.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from intelfile.evaluation import events as ev

BASELINE = Path(__file__).with_name("accuracy_baseline.json")


def _baseline() -> dict[str, Any]:
    assert BASELINE.is_file(), f"{BASELINE} is missing: run `python benchmarks/eval_events.py --pin`"
    data: dict[str, Any] = json.loads(BASELINE.read_text(encoding="utf-8"))
    return data


# -- the pinning rules (no data needed) -------------------------------------------------------

FIGURES = {"seed_recall": 0.8, "seed_precision": 0.9, "wikinews_false_positives": 3.0}


def test_new_baseline_sets_floors_and_ceilings_with_margin() -> None:
    b = ev.new_baseline(FIGURES, "abc", None)
    assert b["floors"] == {"seed_recall": pytest.approx(0.78), "seed_precision": pytest.approx(0.88)}
    assert b["ceilings"] == {"wikinews_false_positives": 5.0}
    assert b["fingerprint"] == "abc" and b["measured"]["seed_recall"] == 0.8


def test_pinning_refuses_to_lower_a_floor_without_the_flag() -> None:
    previous = ev.new_baseline(FIGURES, "abc", None)
    worse = {**FIGURES, "seed_recall": 0.7}
    with pytest.raises(ValueError, match="seed_recall"):
        ev.new_baseline(worse, "abc", previous)
    more_fp = {**FIGURES, "wikinews_false_positives": 6.0}
    with pytest.raises(ValueError, match="wikinews_false_positives"):
        ev.new_baseline(more_fp, "abc", previous)
    assert ev.new_baseline(worse, "abc", previous, allow_lower=True)["floors"]["seed_recall"] == pytest.approx(0.68)
    better = {**FIGURES, "seed_recall": 0.9}
    assert ev.new_baseline(better, "abc", previous)["floors"]["seed_recall"] == pytest.approx(0.88)


def test_gate_failures_reports_each_figure() -> None:
    baseline = ev.new_baseline(FIGURES, "abc", None)
    assert ev.gate_failures(FIGURES, baseline) == []
    failures = ev.gate_failures({**FIGURES, "seed_precision": 0.5, "wikinews_false_positives": 9.0}, baseline)
    assert len(failures) == 2
    assert "seed_precision" in failures[0] and "wikinews_false_positives" in failures[1]


def test_baseline_pins_every_gate_figure() -> None:
    baseline = _baseline()
    pinned = set(baseline["floors"]) | set(baseline["ceilings"])
    assert pinned == set(ev.GATE_FIGURES)
    assert baseline["subsets"] == {t: dict(s) for t, s in ev.GATE_SUBSETS.items()}


# -- the gate ----------------------------------------------------------------------------------

def test_gold_files_unchanged_since_pinning(shared_dir: Path) -> None:
    assert ev.gate_fingerprint(shared_dir) == _baseline()["fingerprint"], (
        "the gold files the floors were measured on have changed: re-measure and re-pin with "
        "`python benchmarks/eval_events.py --pin` (add --allow-lower if a floor must go down)")


@pytest.fixture(scope="module")
def gate_figures(shared_dir: Path) -> dict[str, float]:
    from intelfile import load_settings

    return ev.gate_figures(ev.gate_results(load_settings(), shared_dir))


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(ev.GATE_FIGURES))
def test_figure_holds(gate_figures: dict[str, float], name: str) -> None:
    baseline = _baseline()
    assert name in gate_figures
    failures = ev.gate_failures({name: gate_figures[name]}, baseline)
    assert not failures, "; ".join(failures) + " (if intended: python benchmarks/eval_events.py --pin --allow-lower)"


# -- benchmarks/eval_events.py --pin, end to end with a fixed fake coder ------------------------

class _FixedCoder:
    """Codes every document's first sentence as one event of ``type_`` (quad class ``quad``)."""

    def __init__(self, type_: str, quad: int | None) -> None:
        self.type_, self.quad = type_, quad

    def analyse(self, documents: Any) -> Any:
        from types import SimpleNamespace

        from intelfile.records import Event

        for d in documents:
            event = Event(id=d.id, doc_id=d.id, sentence=0, type=self.type_, quad_class=self.quad,
                          evidence=d.sentence_text(0) if d.sentences else d.text)
            yield SimpleNamespace(document=d, events=(event,), actor_mentions=(), place_mentions=(),
                                  relations=(), claims=())


def _load_script() -> Any:
    import importlib.util

    path = Path(__file__).resolve().parents[1] / "benchmarks" / "eval_events.py"
    spec = importlib.util.spec_from_file_location("eval_events_script", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_pin_script_writes_and_refuses_to_lower(shared_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    script = _load_script()
    target = tmp_path / "baseline.json"
    args = ["--pin", "--shared", str(shared_dir), "--baseline", str(target)]
    monkeypatch.setattr(ev, "_analyzer", lambda settings, analyzer: analyzer or _FixedCoder("ASSAULT", 4))
    assert script.main(args) == 0
    first = json.loads(target.read_text(encoding="utf-8"))
    assert first["fingerprint"] == ev.gate_fingerprint(shared_dir)
    assert first["measured"]["multicoped_quad_macro_f1"] > 0
    # a coder whose events have a type no gold uses: the sentence-set figures drop to 0
    monkeypatch.setattr(ev, "_analyzer", lambda settings, analyzer: analyzer or _FixedCoder("UNCODED", None))
    assert script.main(args) == 1
    assert "--allow-lower" in capsys.readouterr().err
    assert json.loads(target.read_text(encoding="utf-8")) == first
    assert script.main([*args, "--allow-lower"]) == 0
    assert json.loads(target.read_text(encoding="utf-8"))["measured"] != first["measured"]
