"""The shared JSON scorer of the learned choosers (``intelfile.learned``)."""
from __future__ import annotations

import json
import math

import pytest

from intelfile.errors import ResourceError
from intelfile.learned import Scorer, read_model_spec

FEATURES = ("a", "b")


def test_logistic_and_tree_probabilities():
    logistic = Scorer({"features": ["a", "b"], "kind": "logistic", "weights": [2.0, -1.0], "intercept": 0.5},
                      features=FEATURES, source="t", trainer="tools/x.py")
    assert logistic.probability([1.0, 1.0]) == pytest.approx(1 / (1 + math.exp(-1.5)))
    # one stump on feature b: b <= 0.5 → -2, else +3; init 0.25, rate 0.5
    stump = {"left": [1, -1, -1], "right": [2, -1, -1], "feature": [1, 0, 0], "threshold": [0.5, 0, 0],
             "value": [0.0, -2.0, 3.0]}
    trees = Scorer({"features": ["a", "b"], "kind": "trees", "init": 0.25, "learning_rate": 0.5, "trees": [stump]},
                   features=FEATURES, source="t", trainer="tools/x.py")
    assert trees.probability([0.0, 0.0]) == pytest.approx(1 / (1 + math.exp(-(0.25 - 1.0))))
    assert trees.probability([0.0, 1.0]) == pytest.approx(1 / (1 + math.exp(-(0.25 + 1.5))))


def test_mismatched_or_unknown_models_are_refused():
    with pytest.raises(ResourceError, match="retrain with tools/x.py"):
        Scorer({"features": ["b", "a"], "weights": [1, 1]}, features=FEATURES, source="t", trainer="tools/x.py")
    with pytest.raises(ResourceError, match="unknown model kind"):
        Scorer({"features": ["a", "b"], "kind": "svm"}, features=FEATURES, source="t", trainer="tools/x.py")
    with pytest.raises(ResourceError, match="weights"):
        Scorer({"features": ["a", "b"], "weights": [1.0]}, features=FEATURES, source="t", trainer="tools/x.py")


def test_read_model_spec(tmp_path):
    good = tmp_path / "m.json"
    good.write_text(json.dumps({"features": ["a"]}), encoding="utf-8")
    assert read_model_spec(good, "unused.json", "model") == ({"features": ["a"]}, str(good))
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(ResourceError, match="not JSON"):
        read_model_spec(bad, "unused.json", "model")
    with pytest.raises(ResourceError, match="cannot read the model"):
        read_model_spec(tmp_path / "absent.json", "unused.json", "model")
    spec, source = read_model_spec(None, "event_location_model.json", "model")  # the shipped one
    assert spec["features"] and source.endswith("event_location_model.json")
