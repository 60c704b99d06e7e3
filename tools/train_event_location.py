#!/usr/bin/env python3
"""Train the learned event-location chooser (``intelfile.geo.EventLocationModel``).

    # 1. features of every (trigger, place mention) pair, parsed once (spaCy + geoparser)
    python tools/train_event_location.py extract --split dev --out /tmp/el-dev.jsonl
    python tools/train_event_location.py extract --split first --out /tmp/el-first.jsonl
    # 2. fit on dev (k-fold cross-validation picks the model and the threshold), check on first
    python tools/train_event_location.py fit /tmp/el-dev.jsonl --check /tmp/el-first.jsonl \\
        --out src/intelfile/data/event_location_model.json

``extract`` reads the shared event-location file (``--items`` another file of the same shape;
``--split file`` takes every item of it). The held-out ``second`` half cannot be extracted here:
score it with ``benchmarks/eval_geo.py event-location --split second``.
``fit`` needs scikit-learn (the ``dev`` extra); the written JSON is scored without it.

A pair's label is 1 when its place overlaps one of the item's locations. ``fit`` picks the model
family and size by k-fold cross-validation on the feature file (out-of-fold item accuracy), then,
with ``--check``, the hybrid's three settings (``threshold``, ``prefer_rules``,
``keep_rule_score``; see ``EventLocationModel.choose``) by the mean of out-of-fold accuracy and
check-file accuracy. An item is right when the chosen place overlaps a location, or when the
chooser says none and the item has no location.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Sequence

ROOT = Path(__file__).resolve().parents[1]


def _shared_items() -> Path:
    env = os.environ.get("INTELFILE_SHARED")
    for c in ([Path(env)] if env else []) + [ROOT.parent / "shared"]:
        f = c / "eval" / "event-location" / "event_location.jsonl"
        if f.is_file():
            return f
    raise SystemExit("the event-location file is not found; pass --items or set INTELFILE_SHARED")


def extract(items_path: Path, split: str, limit: int | None, out: Path, gazetteer_path: str | None = None,
            *, nlp: Any = None, gazetteer: Any = None) -> int:
    """Write the feature file of the split's items (``nlp`` and ``gazetteer``: loaded ones to
    reuse, else loaded from the settings)."""
    from intelfile import load_settings
    from intelfile.annotate import load_nlp
    from intelfile.evaluation.geo import _document, _gold_spans, _token_at, event_location_split
    from intelfile.gazetteer import Gazetteer
    from intelfile.geo import EVENT_FEATURES, Geoparser

    if split == "second":
        raise SystemExit("the second half is held out: score it with benchmarks/eval_geo.py only")
    settings = load_settings(geo={"gazetteer_path": gazetteer_path}) if gazetteer_path else load_settings()
    records = [json.loads(line) for line in items_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if split == "file":
        records = records[:limit]
    else:
        records = event_location_split(records, split, limit)
    nlp = nlp if nlp is not None else load_nlp(settings)
    geoparser = Geoparser(gazetteer if gazetteer is not None else Gazetteer.load(settings), settings=settings)
    n = 0
    with out.open("w", encoding="utf-8") as fh:
        fh.write(json.dumps({"features": list(EVENT_FEATURES), "source": str(items_path), "split": split}) + "\n")
        for rec, doc in zip(records, nlp.pipe([r["text"] for r in records], batch_size=32)):
            verb = rec.get("verb") or {}
            if verb.get("start") is None:
                continue
            gold = _gold_spans(rec)
            trigger_i = _token_at(doc, int(verb["start"]))
            mentions = geoparser(_document(str(rec.get("id")), rec["text"], doc), doc)
            cands = geoparser.event_candidates(doc, trigger_i, mentions)
            row = {"id": rec.get("id"), "gold": bool(gold), "candidates": [
                {"text": m.text, "label": int(any(m.start < ge and gs < m.end for gs, ge in gold)), "x": x}
                for m, x in cands]}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
            n += 1
    print(f"{n} items -> {out}")
    return n


def read_features(path: Path) -> tuple[list[str], list[dict[str, Any]]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    head = json.loads(lines[0])
    return head["features"], [json.loads(line) for line in lines[1:] if line.strip()]


def item_accuracy(items: Sequence[dict[str, Any]], probs: Sequence[Sequence[float]], threshold: float,
                  prefer_rules: float = 2.0, keep_rule_score: float = 99.0,
                  only_rule_scored: bool = False) -> dict[str, float]:
    """Accuracy, precision and recall of the chooser over items, given each candidate's
    probability (the decision of ``EventLocationModel.choose``)."""
    from intelfile.geo import EVENT_FEATURES

    rule_k = EVENT_FEATURES.index("rule_choice")
    score_k = EVENT_FEATURES.index("rule_score")
    scored_k = EVENT_FEATURES.index("rule_scored")
    correct = chosen = chosen_right = with_loc = 0
    for item, ps in zip(items, probs):
        with_loc += item["gold"]
        eligible = [k for k, c in enumerate(item["candidates"]) if not only_rule_scored
                    or c["x"][rule_k] == 1.0 or c["x"][scored_k] == 1.0]
        pick = max(eligible, key=lambda k: ps[k]) if eligible else None
        ruled = [k for k, c in enumerate(item["candidates"]) if c["x"][rule_k] == 1.0
                 and (ps[k] >= prefer_rules or c["x"][score_k] * 4.0 >= keep_rule_score)]
        if ruled:
            pick = ruled[0]
        elif pick is None or ps[pick] < threshold:
            correct += not item["gold"]
            continue
        chosen += 1
        ok = item["candidates"][pick]["label"] == 1
        chosen_right += ok
        correct += ok
    n = len(items)
    return {"accuracy": round(correct / n, 4) if n else 0.0,
            "precision": round(chosen_right / chosen, 4) if chosen else 0.0,
            "recall": round(chosen_right / with_loc, 4) if with_loc else 0.0, "items": n}


def rule_accuracy(items: Sequence[dict[str, Any]], names: Sequence[str]) -> dict[str, float]:
    """The hand rules' figures, from the ``rule_choice`` feature."""
    k = list(names).index("rule_choice")
    probs = [[c["x"][k] for c in item["candidates"]] for item in items]
    return item_accuracy(items, probs, 0.5)


def _matrix(items: Sequence[dict[str, Any]]) -> tuple[list[list[float]], list[int]]:
    xs = [c["x"] for item in items for c in item["candidates"]]
    ys = [c["label"] for item in items for c in item["candidates"]]
    return xs, ys


def _make(kind: str, c: float, seed: int) -> Any:
    if kind == "logistic":
        from sklearn.linear_model import LogisticRegression

        return LogisticRegression(C=c, max_iter=2000)
    from sklearn.ensemble import GradientBoostingClassifier

    return GradientBoostingClassifier(n_estimators=int(c), max_depth=3, learning_rate=0.1,
                                      subsample=0.8, random_state=seed)


def _item_probs(model: Any, items: Sequence[dict[str, Any]]) -> list[list[float]]:
    xs, _ = _matrix(items)
    flat = list(model.predict_proba(xs)[:, 1]) if xs else []
    out, k = [], 0
    for item in items:
        n = len(item["candidates"])
        out.append([float(p) for p in flat[k:k + n]])
        k += n
    return out


def _best_threshold(items: Sequence[dict[str, Any]], probs: Sequence[Sequence[float]]) -> tuple[float, float]:
    best = (0.5, -1.0)
    for t in [x / 100 for x in range(10, 91, 2)]:
        acc = item_accuracy(items, probs, t)["accuracy"]
        if acc > best[1]:
            best = (t, acc)
    return best


def cross_validate(items: list[dict[str, Any]], kind: str, c: float, folds: int, seed: int = 0
                   ) -> tuple[float, dict[str, float]]:
    """Out-of-fold probabilities for every item; the threshold that maximises their accuracy."""
    usable = [it for it in items if it["candidates"]]
    probs_by_id: dict[int, list[float]] = {}
    for f in range(folds):
        train = [it for k, it in enumerate(usable) if k % folds != f]
        xs, ys = _matrix(train)
        if len(set(ys)) < 2:
            continue
        model = _make(kind, c, seed).fit(xs, ys)
        test = [(k, it) for k, it in enumerate(usable) if k % folds == f]
        for (k, _), ps in zip(test, _item_probs(model, [it for _, it in test])):
            probs_by_id[k] = ps
    scored = [(it, probs_by_id.get(k, [0.0] * len(it["candidates"]))) for k, it in enumerate(usable)]
    empty = [it for it in items if not it["candidates"]]
    all_items = [it for it, _ in scored] + empty
    all_probs = [ps for _, ps in scored] + [[] for _ in empty]
    threshold, _ = _best_threshold(all_items, all_probs)
    return threshold, item_accuracy(all_items, all_probs, threshold), all_items, all_probs


def fit(features: Path, out: Path, kinds: Sequence[str], folds: int, check: Path | None,
        only_rule_scored: bool = True) -> dict[str, Any]:
    if importlib.util.find_spec("sklearn") is None:
        raise SystemExit("fit needs scikit-learn: pip install scikit-learn (the dev extra)")
    from intelfile.learned import model_spec

    names, items = read_features(features)
    from intelfile.geo import EVENT_FEATURES, EventLocationModel

    if tuple(names) != EVENT_FEATURES:
        raise SystemExit(f"{features} was extracted with other features; extract again")
    check_items = read_features(check)[1] if check is not None else []
    grid = {"logistic": [0.1, 1.0, 10.0], "trees": [100, 200]}
    oof: dict[tuple[str, float], tuple[list[dict[str, Any]], list[list[float]]]] = {}
    folds = max(2, min(folds, len(items)))
    trials = []
    for kind in kinds:
        for c in grid[kind]:
            threshold, cv, oof_items, oof_probs = cross_validate(items, kind, c, folds)
            trials.append({"kind": kind, "param": c, "threshold": threshold, "cv": cv})
            oof[(kind, c)] = (oof_items, oof_probs)
            print(f"{kind} {c}: cv {cv} threshold {threshold}", flush=True)
    best = max(trials, key=lambda t: t["cv"]["accuracy"])
    xs, ys = _matrix(items)
    model = _make(best["kind"], best["param"], 0).fit(xs, ys)
    spec: dict[str, Any] = {"features": list(EVENT_FEATURES), **model_spec(model),
                            "threshold": best["threshold"], "prefer_rules": 2.0, "keep_rule_score": 99.0,
                            "only_rule_scored": only_rule_scored}
    hybrid = None
    if check_items:
        # the hybrid (keep the rules' choice when the model gives it at least prefer_rules): its
        # two thresholds maximise the mean of out-of-fold dev accuracy and check-file accuracy
        oof_items, oof_probs = oof[(best["kind"], best["param"])]
        fitted = EventLocationModel(spec)
        check_probs = [[fitted.probability(c["x"]) for c in it["candidates"]] for it in check_items]
        grid_t = [x / 100 for x in range(20, 71, 5)]
        grid_p = [x / 100 for x in range(5, 51, 5)] + [2.0]
        grid_k = [3.0, 3.5, 4.0, 4.5, 5.0, 6.0, 99.0]
        hybrid = max(((item_accuracy(oof_items, oof_probs, t, p, k, only_rule_scored)["accuracy"]
                       + item_accuracy(check_items, check_probs, t, p, k, only_rule_scored)["accuracy"]) / 2,
                      t, p, k) for t in grid_t for p in grid_p for k in grid_k)
        spec["threshold"], spec["prefer_rules"], spec["keep_rule_score"] = hybrid[1:]
        best["cv_hybrid"] = item_accuracy(oof_items, oof_probs, *hybrid[1:], only_rule_scored)
    spec.update({
        "trained_on": {
            "data": "event-location non-gold items (the dev split: every item without gold_relabel whose "
                    "text is not also a gold sentence), labels from their earlier annotation",
            "file": features.name, "items": len(items), "pairs": len(xs), "positive_pairs": int(sum(ys)),
            "date": datetime.now(timezone.utc).strftime("%Y-%m-%d"),
            "selection": f"{folds}-fold cross-validation on dev over {', '.join(kinds)}"
                         + ("; threshold, prefer_rules and keep_rule_score by the mean of out-of-fold dev "
                            "and check-file accuracy"
                            if hybrid else ""),
        },
        "figures": {"cv_dev": best.get("cv_hybrid", best["cv"]), "cv_dev_model_only": best["cv"],
                    "rules_dev": rule_accuracy(items, names), "trials": trials},
    })
    loaded = EventLocationModel(spec)
    if check_items:
        probs = [[loaded.probability(c["x"]) for c in it["candidates"]] for it in check_items]
        spec["figures"]["check"] = {"file": check.name if check else None,
                                    "model": item_accuracy(check_items, probs, loaded.threshold, loaded.prefer_rules,
                                                           loaded.keep_rule_score, loaded.only_rule_scored),
                                    "rules": rule_accuracy(check_items, names)}
    out.write_text(json.dumps(spec, indent=1) + "\n", encoding="utf-8")
    print(json.dumps({k: v for k, v in spec["figures"].items() if k != "trials"}))
    print(f"{best['kind']} ({best['param']}) -> {out}")
    return spec


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="parse items and write the feature file")
    ex.add_argument("--items", type=Path, help="event-location jsonl (default: the shared file)")
    ex.add_argument("--split", default="dev", choices=("dev", "first", "all", "file"))
    ex.add_argument("--limit", type=int, default=None)
    ex.add_argument("--gazetteer", help="gazetteer cache path (default: settings)")
    ex.add_argument("--out", type=Path, required=True)
    ft = sub.add_parser("fit", help="train on a feature file and write the model JSON")
    ft.add_argument("features", type=Path)
    ft.add_argument("--kind", action="append", choices=("logistic", "trees"),
                    help="model families to try (default: both)")
    ft.add_argument("--folds", type=int, default=5)
    ft.add_argument("--check", type=Path, help="a second feature file to report figures on (the first half)")
    ft.add_argument("--out", type=Path, required=True)
    ft.add_argument("--any-place", action="store_true",
                    help="let the model pick places the rules rule out (default: only those the rules score; "
                         "the dev labels give such places far more often than the gold relabel does)")
    args = ap.parse_args(argv)
    if args.command == "extract":
        extract(args.items or _shared_items(), args.split, args.limit, args.out, args.gazetteer)
    else:
        fit(args.features, args.out, args.kind or ["logistic", "trees"], args.folds, args.check,
            only_rule_scored=not args.any_place)
    return 0


if __name__ == "__main__":
    sys.exit(main())
