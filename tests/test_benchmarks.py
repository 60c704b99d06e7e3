"""Smoke tests of the benchmark scripts: each runs on a tiny generated input and prints its figures.

No timing is asserted (the figures depend on the machine); only that the scripts run end to end,
count what they were given and report consistent figures. The inputs are written here by hand, so
the tests do not need ../shared.
"""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

TEXTS = [
    ("Council opens new library",
     "The city council opened a new public library on Monday.\n\nThe mayor said the building "
     "would stay open until nine in the evening. Residents welcomed the longer hours."),
    ("Rain expected at weekend",
     "Forecasters expect heavy rain across the north of England at the weekend.\n\nThe Met Office "
     "said rivers could rise but no warnings have been issued yet."),
    ("Club signs striker",
     "Leeds United signed a striker from a Dutch club on Friday for an undisclosed fee.\n\nThe "
     "manager said the player would make his debut against Chelsea next week."),
]


def _load(name: str):
    path = ROOT / "benchmarks" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"_bench_{name}", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def bench():
    return _load("bench_pipeline")


@pytest.fixture(scope="module")
def fp():
    return _load("eval_false_positives")


@pytest.fixture(scope="module")
def cache_home(tmp_path_factory):
    """A private cache folder for the gazetteer the scripts load (never the user's), shared by the
    tests of this module so it is built once."""
    return tmp_path_factory.mktemp("cache")


def _write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


# -- pure helpers -------------------------------------------------------------------------------

def test_evenly_spaced_spreads_over_the_whole_range(bench, fp):
    assert bench.evenly_spaced(10, 3) == [0, 3, 6]
    assert bench.evenly_spaced(4, 10) == [0, 1, 2, 3]
    assert fp.evenly_spaced(list("abcdefgh"), 4) == ["a", "c", "e", "g"]
    assert fp.evenly_spaced(list("ab"), None) == ["a", "b"]


def test_select_jsonl_keeps_the_chosen_lines(bench, tmp_path):
    src = _write_jsonl(tmp_path / "in.jsonl", [{"text": f"Article number {i}."} for i in range(10)])
    out = bench.select_jsonl(src, 5, tmp_path)
    assert [json.loads(line)["text"] for line in out.read_text().splitlines()] == [
        f"Article number {i}." for i in (0, 2, 4, 6, 8)]


def test_prf(fp):
    assert fp.prf(3, 1, 2) == {"tp": 3, "fp": 1, "fn": 2, "precision": 0.75, "recall": 0.6, "f1": 0.667}
    assert fp.prf(0, 0, 0)["f1"] == 0.0


def test_bench_arguments_are_checked(bench):
    with pytest.raises(SystemExit):
        bench.parse_args(["--limit", "0"])
    with pytest.raises(SystemExit):
        bench.parse_args(["--backend", "spark"])


def test_fp_unknown_set_is_refused(fp):
    with pytest.raises(SystemExit):
        fp.parse_args(["nosuchset"])


# -- end to end ---------------------------------------------------------------------------------

@pytest.mark.slow
def test_bench_pipeline_runs_and_prints_its_figures(bench, tmp_path, capsys, monkeypatch, cache_home):
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache_home))
    src = _write_jsonl(tmp_path / "news.jsonl", [{"title": t, "text": x} for t, x in TEXTS])
    assert bench.main(["--input", str(src), "--limit", "2", "--backend", "local", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["counts"]["articles"] == 2
    stages = {r["stage"]: r for r in result["stages"]}
    for name in ("read", "clean", "ingest+clean", "store writes", "spaCy annotation", "actors", "geo",
                 "coding", "save analysis"):
        assert stages[name]["docs"] == 2 and stages[name]["seconds"] >= 0
    assert stages["ingest+clean"]["mb_per_s"] is None or stages["ingest+clean"]["mb_per_s"] > 0
    assert set(result["resources"]) >= {"spacy_model_load_s", "gazetteer_load_s"}
    [chain] = result["chain"]
    assert chain["backend"] == "local" and chain["documents"] == 2 and chain["failed"] == 0

    assert bench.main(["--input", str(src), "--limit", "1", "--backend", "none"]) == 0
    out = capsys.readouterr().out
    assert "spaCy annotation" in out and "gazetteer_load_s" in out and "1 articles" in out


@pytest.mark.slow
def test_eval_false_positives_runs_on_a_generated_shared_folder(fp, tmp_path, capsys, monkeypatch,
                                                                 cache_home):
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache_home))
    shared = tmp_path / "shared"
    bbc = [{"id": f"{c}/{i:03d}", "category": c, "title": t, "text": x}
           for c in ("sport", "tech", "entertainment", "business", "politics") for i, (t, x) in enumerate(TEXTS)]
    _write_jsonl(shared / "eval" / "bbc-news" / "bbc_news.jsonl", bbc)
    _write_jsonl(shared / "eval" / "glocon-gold-sample" / "glocon_gold_sample.jsonl",
                 [{"id": i, "text": x, "doc_label": i % 2, "sentences": None} for i, (_, x) in enumerate(TEXTS)])
    wn = shared / "eval" / "wikinews-and-gov"
    (wn / "gold").mkdir(parents=True)
    for i, (title, text) in enumerate(TEXTS[:2]):
        (wn / f"{i:03d}.txt").write_text(f"{title}\n\n{text}\n", encoding="utf-8")
        events = [] if i == 0 else [{"id": "e1", "type": "ASSAULT"}]
        (wn / "gold" / f"{i:03d}.json").write_text(json.dumps({"events": events}), encoding="utf-8")

    assert fp.main(["--shared", str(shared), "--limit", "2", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    groups = {(g["set"], g["group"]): g for g in result["groups"]}
    assert {c for s, c in groups if s == "bbc"} == {"sport", "tech", "entertainment", "business"}
    assert all(groups[("bbc", c)]["articles"] == 2 for c in ("sport", "tech", "entertainment", "business"))
    assert groups[("wikinews", "no-event texts")]["articles"] == 1  # only the text whose gold has no event
    assert groups[("glocon", "label 0 (no protest)")]["articles"] == 2
    for g in result["groups"]:
        assert g["events_per_100"] == round(100 * g["events"] / g["articles"], 1)
    assert result["no_event_texts"]["articles"] == 9
    assert set(result["glocon_protest_detection"]) == {"label_2_positive", "label_2_dropped"}
    assert len(result["top_patterns"]) <= 20

    assert fp.main(["wikinews", "--shared", str(shared), "--top", "5"]) == 0
    out = capsys.readouterr().out
    assert "events per 100 articles by group" in out and "wikinews/no-event texts" in out
