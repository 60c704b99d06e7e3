"""Learned scorers read from JSON: the shared part of the hybrid choosers.

A scorer gives the probability that a candidate (a place for an event, a mention for a recipient)
is the right one, from a feature vector its stage computes. Models are written by the training
tools under ``tools/`` (scikit-learn there only) and stored as plain JSON in ``data/``; scoring needs
no library. Two kinds: ``logistic`` (``weights``, ``intercept``) and ``trees`` (gradient-boosted
regression trees in log-odds: ``init``, ``learning_rate``, ``trees`` as parallel arrays ``left``,
``right``, ``feature``, ``threshold``, ``value``). A model names the features it was fit on; a list
that differs from the extractor's is refused, so a changed extractor needs a retrain.

Used by ``geo.EventLocationModel`` and ``coding.TargetModel``, which add their own decision rules.
"""
from __future__ import annotations

import json
import math
from importlib.resources import files
from pathlib import Path
from typing import Any, Sequence

from .errors import ResourceError

__all__ = ["Scorer", "read_model_spec", "model_spec"]


def read_model_spec(path: str | Path | None, shipped: str, what: str) -> tuple[dict[str, Any], str]:
    """The JSON object of a model file and where it came from; ``None`` = ``data/<shipped>``."""
    if path is None:
        ref = files("intelfile") / "data" / shipped
        source = str(ref)
        try:
            text = ref.read_text(encoding="utf-8")
        except OSError as exc:
            raise ResourceError(f"cannot read the {what} {source}: {exc}") from exc
    else:
        source = str(path)
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError as exc:
            raise ResourceError(f"cannot read the {what} {source}: {exc}") from exc
    try:
        spec = json.loads(text)
    except ValueError as exc:
        raise ResourceError(f"{source} is not JSON: {exc}") from exc
    if not isinstance(spec, dict):
        raise ResourceError(f"{source}: expected a JSON object")
    return spec, source


class Scorer:
    """Probability of a feature vector under a model ``spec`` fit on ``features``."""

    def __init__(self, spec: dict[str, Any], *, features: Sequence[str], source: str, trainer: str,
                 kinds: Sequence[str] = ("logistic", "trees"), default_kind: str = "logistic") -> None:
        names = tuple(spec.get("features", ()))
        if names != tuple(features):
            diff = sorted(set(features) ^ set(names))
            raise ResourceError(f"{source}: the model's features differ from the extractor's "
                                f"({', '.join(diff[:6]) or 'order'}); retrain with {trainer}")
        self.kind = spec.get("kind", default_kind)
        if self.kind not in kinds:
            raise ResourceError(f"{source}: unknown model kind {self.kind!r} (expected {', '.join(kinds)})")
        if self.kind == "logistic":
            self.weights = [float(w) for w in spec["weights"]]
            self.intercept = float(spec.get("intercept", 0.0))
            if len(self.weights) != len(names):
                raise ResourceError(f"{source}: {len(self.weights)} weights for {len(names)} features")
        else:
            if not isinstance(spec.get("trees"), list):
                raise ResourceError(f"{source}: expected a 'trees' model")
            self.trees: list[dict[str, list[Any]]] = spec["trees"]
            self.init = float(spec.get("init", 0.0))
            self.rate = float(spec.get("learning_rate", 1.0))

    @staticmethod
    def _tree_value(tree: dict[str, list[Any]], x: Sequence[float]) -> float:
        left, right, feat, thr, val = tree["left"], tree["right"], tree["feature"], tree["threshold"], tree["value"]
        node = 0
        while left[node] != -1:
            node = left[node] if x[feat[node]] <= thr[node] else right[node]
        return float(val[node])

    def probability(self, x: Sequence[float]) -> float:
        if self.kind == "logistic":
            z = self.intercept + sum(w * v for w, v in zip(self.weights, x))
        else:
            z = self.init + self.rate * sum(self._tree_value(t, x) for t in self.trees)
        if z < -40:
            return 0.0
        return 1.0 / (1.0 + math.exp(-z))


def model_spec(model: Any) -> dict[str, Any]:
    """The JSON form (``kind``, coefficients or trees) of a fitted scikit-learn
    ``LogisticRegression`` or binary ``GradientBoostingClassifier`` (used by the training tools;
    read by duck typing, so this module never imports scikit-learn)."""
    if hasattr(model, "coef_"):
        return {"kind": "logistic", "intercept": float(model.intercept_[0]),
                "weights": [round(float(w), 6) for w in model.coef_[0]]}
    trees = []
    for est in model.estimators_[:, 0]:
        t = est.tree_
        trees.append({"left": t.children_left.tolist(), "right": t.children_right.tolist(),
                      "feature": [int(v) for v in t.feature], "threshold": [round(float(v), 6) for v in t.threshold],
                      "value": [round(float(v), 6) for v in t.value[:, 0, 0]]})
    prior = model.init_.class_prior_[1]
    return {"kind": "trees", "init": math.log(prior / (1 - prior)), "learning_rate": model.learning_rate,
            "trees": trees}
