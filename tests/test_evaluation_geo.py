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


def _item(k, text, gold=False, verb=("shot", 0), locations=()):
    word, start = verb
    return {"id": str(k), "gold_relabel": gold, "text": text,
            "verb": {"start": start, "end": start + len(word), "text": word},
            "locations": [{"start": s, "end": e, "text": text[s:e]} for s, e in locations]}


def _records():
    return [
        _item(0, "Police shot a man in Orvo.", gold=True, verb=("shot", 7), locations=[(20, 24)]),
        _item(1, "Police  shot a man in Orvo. ", verb=("shot", 8), locations=[]),  # a gold text again
        _item(2, "Rebels shot two guards.", verb=("shot", 7)),
        _item(3, "Troops marched in Velsa.", gold=True, verb=("marched", 7), locations=[(18, 23)]),
        _item(4, "Troops marched\nin Velsa.", verb=("marched", 7), locations=[(18, 23)]),  # again
        _item(5, "A mob shot at cars in Kirsa.", verb=("shot", 6), locations=[(22, 27)]),
        _item(6, "Gunmen shot a driver.", gold=True, verb=("shot", 7)),
        _item(7, "Guards shot a thief in Tarvo.", verb=("shot", 7), locations=[(23, 28)]),
        _item(8, "Guards shot a thief near Tarvo.", verb=("shot", 7)),
    ]


def test_event_location_splits():
    from intelfile.errors import ResourceError
    from intelfile.evaluation.geo import event_location_split

    recs = _records()
    ids = lambda split, limit=None: [r["id"] for r in event_location_split(recs, split, limit)]  # noqa: E731
    assert ids("all") == ["0", "3", "6"]
    assert ids("first") == ["0", "3"] and ids("second") == ["6"]
    # dev: the non-gold items, without those whose text (whitespace aside) is a gold sentence
    assert ids("dev") == ["2", "5", "7", "8"]
    # --limit on dev takes a spread-out fixed subset, the same every time
    assert ids("dev", 2) == ["2", "7"] and ids("dev", 2) == ids("dev", 2)
    assert ids("dev", 10) == ids("dev") and ids("dev", 0) == []
    assert ids("all", 2) == ["0", "3"]
    with pytest.raises(ResourceError):
        event_location_split(recs, "third")


def test_dev_label_agreement_compares_the_earlier_labels_with_gold():
    from intelfile.evaluation.geo import dev_label_agreement

    recs = _records()
    # item 1 is item 0's sentence (other spacing) but its verb starts elsewhere: not the same item
    recs[1] = _item(1, "Police shot a man in Orvo.", verb=("shot", 7), locations=[])
    recs[4] = _item(4, "Troops marched in Velsa.", verb=("marched", 7), locations=[(18, 23)])
    result = dev_label_agreement(recs)
    assert result == {"pairs": 2, "agreement": 0.5}  # item 1 says none where gold has Orvo
    assert dev_label_agreement(recs[2:3]) == {"pairs": 0, "agreement": None}


@pytest.mark.slow
def test_event_location_held_out_misses_are_never_listed(tmp_path, nlp, gazetteer, settings):
    import json

    folder = tmp_path / "eval" / "event-location"
    folder.mkdir(parents=True)
    recs = _records()
    # every gold item expects a place nobody could find (a span over "Police"/"Troops"/"Gunmen")
    for r in recs:
        if r["gold_relabel"]:
            r["locations"] = [{"start": 0, "end": 6, "text": r["text"][:6]}]
    recs[4] = _item(4, "Troops marched in Velsa.", verb=("marched", 7), locations=[(18, 23)])
    with open(folder / "event_location.jsonl", "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r) + "\n")
    first = evaluate_event_location(settings, tmp_path, nlp=nlp, gazetteer=gazetteer, split="first")
    assert first["items"] == 2 and first["accuracy"] == 0.0 and len(first["errors"]) == 2
    second = evaluate_event_location(settings, tmp_path, nlp=nlp, gazetteer=gazetteer, half="second")
    assert second["split"] == "second" and second["items"] == 1 and second["accuracy"] == 0.0
    assert second["errors"] == []
    dev = evaluate_event_location(settings, tmp_path, nlp=nlp, gazetteer=gazetteer, split="dev", limit=3)
    assert dev["items"] == 3 and dev["label_agreement"] == {"pairs": 1, "agreement": 0.0}
    assert "split dev" in format_report(dev)
