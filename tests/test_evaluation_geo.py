"""Geoparsing scores: span matching, distance metrics, the report, and runs on the shared sets."""
from __future__ import annotations

import pytest

from intelfile.evaluation.geo import (
    MAX_ERROR_KM, evaluate, evaluate_event_location, format_report, resolution_metrics,
    score_recognition,
)


def test_score_recognition_exact_and_overlap():
    gold = [(0, 5), (10, 16), (20, 25)]
    pred = [(0, 5), (10, 14), (30, 35)]
    c = score_recognition(pred, gold)
    assert c == {"exact": 1, "overlap": 2, "pred": 3, "gold": 3}
    assert score_recognition([], gold)["exact"] == 0
    # one prediction cannot match two gold spans
    assert score_recognition([(0, 30)], gold)["overlap"] == 1


def test_resolution_metrics():
    m = resolution_metrics([0.0, 100.0, 200.0, MAX_ERROR_KM])
    assert m["n"] == 4 and m["acc161"] == 0.5
    assert m["median_km"] == 150.0 and m["mean_km"] == pytest.approx((300 + MAX_ERROR_KM) / 4, abs=0.1)
    assert 0 < m["auc"] < 1
    assert resolution_metrics([])["acc161"] is None
    assert resolution_metrics([0.0, 0.0])["auc"] == 0.0


def test_format_report_tables():
    block = {"precision": 0.5, "recall": 0.25, "f1": 0.3333}
    res = {"n": 2, "acc161": 0.5, "median_km": 80.0, "mean_km": 5000.0, "auc": 0.4}
    result = {"target": "geo", "datasets": {"lgl": {
        "documents": 1, "toponyms": 4, "predicted": 2,
        "recognition": {"exact": block, "overlap": block}, "resolution": res, "gold_spans": res,
        "bar_acc161": 0.827}}}
    text = format_report(result)
    assert "lgl" in text and "0.827" in text and "acc161" in text
    ev = {"target": "event-location", "items": 3, "accuracy": 2 / 3, "precision": 1.0,
          "recall": 0.5, "none_accuracy": 1.0, "gold_location_recognised": 0.5, "seconds": 0.1}
    assert "0.667" in format_report(ev)


@pytest.mark.slow
@pytest.mark.shared
def test_evaluate_on_a_few_documents(shared_dir, nlp, gazetteer, settings):
    result = evaluate(settings, shared_dir, ("lgl", "geovirus"), limit=3, nlp=nlp, gazetteer=gazetteer)
    for name in ("lgl", "geovirus"):
        d = result["datasets"][name]
        assert d["documents"] == 3 and d["toponyms"] > 0
        for block in d["recognition"].values():
            assert 0 <= block["precision"] <= 1 and 0 <= block["recall"] <= 1
        assert d["gold_spans"]["n"] > 0 and 0 <= d["gold_spans"]["acc161"] <= 1
    assert "geovirus" in format_report(result)


@pytest.mark.slow
@pytest.mark.shared
def test_event_location_on_a_few_items(shared_dir, nlp, gazetteer, settings):
    result = evaluate_event_location(settings, shared_dir, limit=20, nlp=nlp, gazetteer=gazetteer)
    assert result["items"] == 20
    assert result["with_location"] + result["without_location"] == 20
    assert 0 <= result["accuracy"] <= 1
    assert "event-location" in format_report(result)


def test_halves_split_a_set():
    from intelfile.errors import ResourceError
    from intelfile.evaluation.geo import _half

    recs = [{"id": k} for k in range(5)]
    assert [r["id"] for r in _half(recs, "first")] == [0, 1, 2]
    assert [r["id"] for r in _half(recs, "second")] == [3, 4]
    assert _half(recs, None) == recs
    with pytest.raises(ResourceError):
        _half(recs, "third")
