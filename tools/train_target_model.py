#!/usr/bin/env python3
"""Train the learned recipient (target) chooser (``intelfile.coding.TargetModel``).

    # 1. features of every (top event, candidate actor mention) pair of the Multi-CoPED train split
    python tools/train_target_model.py extract --out /tmp/tm-train.jsonl
    # 2. fit (k-fold cross-validation on train picks the model size and the hybrid's settings)
    python tools/train_target_model.py fit /tmp/tm-train.jsonl --out src/intelfile/data/target_model.json

``extract`` parses the train rows with spans (never the test split), codes them with the hand rules
and records, for the top event of each sentence, every candidate the coder's hook sees
(``EventCoder._model_targets``: the rules' targets and the sentence's actor mentions). A pair's
label is 1 when the mention overlaps a gold target or reciprocal span. ``fit`` needs scikit-learn
(the ``dev`` extra); the JSON it writes is scored in plain Python. The figure optimised is the
target span F1 of the top events, as ``evaluate_multicoped`` counts it.
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


def _shared_rows() -> Path:
    env = os.environ.get("INTELFILE_SHARED")
    for c in ([Path(env)] if env else []) + [ROOT.parent / "shared"]:
        f = c / "eval" / "multicoped-cameo" / "multicoped_cameo.jsonl"
        if f.is_file():
            return f
    raise SystemExit("the Multi-CoPED file is not found; pass --rows or set INTELFILE_SHARED")


def extract(rows_path: Path, out: Path, limit: int | None = None) -> int:
    """Write the feature file of the train rows that have spans."""
    from intelfile import load_settings
    from intelfile.coding import TARGET_FEATURES, EventCoder
    from intelfile.evaluation.events import (_analyse_by_id, _gold_spans, sentence_document, token_chars,
                                             top_event)
    from intelfile.pipeline import Analyzer

    class Passthrough:
        def choose(self, targets: Sequence[Any], candidates: Sequence[Any]) -> list[Any]:
            return list(targets)

    class Recorder(EventCoder):
        """The rule coder, recording each event's candidates as the hook sees them."""

        def __init__(self, **kw: Any) -> None:
            super().__init__(**kw)
            self.target_model = Passthrough()
            self.seen: dict[str, list[dict[str, Any]]] = {}

        def __call__(self, document: Any, doc: Any, *args: Any) -> Any:
            self._doc_id = document.id
            return super().__call__(document, doc, *args)

        def _model_targets(self, d: Any, doc: Any) -> list[Any]:
            from intelfile.coding import target_features

            cands = self._target_candidates(d)
            xs = target_features(d.trigger, d.sent, d.type, d.nominal, d.sources, d.targets, cands) if cands else []
            self.seen.setdefault(self._doc_id, []).append({
                "sentence": d.sentence, "type": d.type, "trigger": d.trigger.text,
                "candidates": [{"span": [m.start, m.end], "text": m.text, "x": x} for m, x in zip(cands, xs)]})
            return d.targets

    if not rows_path.is_file():
        raise SystemExit(f"{rows_path} not found")
    rows = [json.loads(line) for line in rows_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = [r for r in rows if r.get("split") == "train" and r.get("tokens")][:limit]
    settings = load_settings()
    analyzer = Analyzer.from_settings(settings)
    recorder = Recorder(settings=settings, geoparser=analyzer.geoparser)
    analyzer.coder = recorder
    documents = [sentence_document(r["text"], f"tm-{i}-{r['id']}") for i, r in enumerate(rows)]
    analyses = _analyse_by_id(analyzer, documents)
    n = 0
    with out.open("w", encoding="utf-8") as fh:
        fh.write(json.dumps({"features": list(TARGET_FEATURES), "source": str(rows_path), "split": "train"}) + "\n")
        for r, d in zip(rows, documents):
            chars = token_chars(d.text, r["tokens"])
            gold = _gold_spans(r, "target_spans", chars) + _gold_spans(r, "reciprocal_spans", chars)
            a = analyses.get(d.id)
            top = top_event(a.events) if a is not None else None
            item: dict[str, Any] = {"id": r["id"], "gold": [list(g) for g in gold], "candidates": [], "targets": []}
            if top is not None:
                item["targets"] = [[m.start, m.end] for m in top.targets]
                rec = next((x for x in recorder.seen.get(d.id, []) if x["sentence"] == top.sentence
                            and x["type"] == top.type and x["trigger"] == top.trigger), None)
                if rec is not None:
                    for c in rec["candidates"]:
                        c["label"] = int(any(c["span"][0] < g[1] and g[0] < c["span"][1] for g in gold))
                    item["candidates"] = rec["candidates"]
            fh.write(json.dumps(item, ensure_ascii=False) + "\n")
            n += 1
    print(f"{n} rows -> {out}")
    return n


def read_features(path: Path) -> tuple[list[str], list[dict[str, Any]]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return json.loads(lines[0])["features"], [json.loads(line) for line in lines[1:] if line.strip()]


def span_f1(items: Sequence[dict[str, Any]], probs: Sequence[Sequence[float]] | None,
            threshold: float = 0.5, prefer_rules: float = 0.5, drop: float = 0.0,
            margin: float = 0.0) -> dict[str, float]:
    """Target span precision, recall and F1 of the top events (``probs`` None: the rules alone)."""
    from intelfile.coding import TARGET_FEATURES, decide_targets

    rule_k = TARGET_FEATURES.index("rule_target")
    pred_n = pred_hit = gold_n = gold_hit = 0
    for k, item in enumerate(items):
        gold = [tuple(g) for g in item["gold"]]
        cands = item["candidates"]
        if probs is None or not cands:
            spans = [tuple(t) for t in item["targets"]]
        else:
            rule_spans = [tuple(c["span"]) for c in cands if c["x"][rule_k] == 1.0]
            chosen = decide_targets(rule_spans, [(tuple(c["span"]), c["x"], p) for c, p in zip(cands, probs[k])],
                                    threshold, prefer_rules, drop, margin)
            # the rules' targets that are not candidates (none in practice) stay
            spans = list(dict.fromkeys(chosen))
        gold_n += len(gold)
        gold_hit += sum(any(g[0] < s[1] and s[0] < g[1] for s in spans) for g in gold)
        pred_n += len(spans)
        pred_hit += sum(any(g[0] < s[1] and s[0] < g[1] for g in gold) for s in spans)
    p = pred_hit / pred_n if pred_n else 0.0
    r = gold_hit / gold_n if gold_n else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}


def _matrix(items: Sequence[dict[str, Any]]) -> tuple[list[list[float]], list[int]]:
    return ([c["x"] for it in items for c in it["candidates"]],
            [c["label"] for it in items for c in it["candidates"]])


def _make(n: int, depth: int, seed: int) -> Any:
    from sklearn.ensemble import GradientBoostingClassifier

    return GradientBoostingClassifier(n_estimators=n, max_depth=depth, learning_rate=0.1, subsample=0.8,
                                      random_state=seed)


def _item_probs(model: Any, items: Sequence[dict[str, Any]]) -> list[list[float]]:
    xs, _ = _matrix(items)
    flat = list(model.predict_proba(xs)[:, 1]) if xs else []
    out, k = [], 0
    for it in items:
        n = len(it["candidates"])
        out.append([float(p) for p in flat[k:k + n]])
        k += n
    return out


def out_of_fold(items: list[dict[str, Any]], n: int, depth: int, folds: int) -> list[list[float]]:
    probs: list[list[float]] = [[] for _ in items]
    for f in range(folds):
        train = [it for k, it in enumerate(items) if k % folds != f]
        xs, ys = _matrix(train)
        model = _make(n, depth, 0).fit(xs, ys)
        test = [k for k in range(len(items)) if k % folds == f]
        for k, ps in zip(test, _item_probs(model, [items[k] for k in test])):
            probs[k] = ps
    return probs


GRID_T = [x / 100 for x in range(15, 96, 5)] + [2.0]
GRID_P = [x / 100 for x in range(5, 61, 5)] + [2.0]
GRID_D = [0.0, 0.1, 0.2, 0.3]
GRID_M = [0.0, 0.05, 0.1, 0.15, 0.2, 0.3]


def best_hybrid(items: Sequence[dict[str, Any]], probs: Sequence[Sequence[float]], tolerance: float = 0.0
                ) -> tuple[float, float, float, float, float]:
    """(F1, threshold, prefer_rules, drop, margin): the most conservative settings (the rules
    overruled least: high margin and threshold, low drop and prefer_rules) whose target span F1 is
    within ``tolerance`` of the best one."""
    scored = [(span_f1(items, probs, t, p, d, m)["f1"], t, p, d, m)
              for t in GRID_T for p in GRID_P for d in GRID_D for m in GRID_M]
    top = max(r[0] for r in scored)
    return max((r for r in scored if r[0] >= top - tolerance - 1e-9), key=lambda r: (r[4], -r[3], r[1], -r[2], r[0]))


def fit(features: Path, out: Path, folds: int, max_sentences: int = 1, tolerance: float = 0.005) -> dict[str, Any]:
    if importlib.util.find_spec("sklearn") is None:
        raise SystemExit("fit needs scikit-learn: pip install scikit-learn (the dev extra)")
    from intelfile.learned import model_spec

    from intelfile.coding import TARGET_FEATURES, TargetModel

    names, items = read_features(features)
    if tuple(names) != TARGET_FEATURES:
        raise SystemExit(f"{features} was extracted with other features; extract again")
    rules = span_f1(items, None)
    print(f"rules: {rules}", flush=True)
    trials = []
    for n, depth in ((100, 2), (100, 3), (200, 3)):
        probs = out_of_fold(items, n, depth, folds)
        f1, t, p, d, m = best_hybrid(items, probs, tolerance)
        trials.append({"n_estimators": n, "max_depth": depth, "threshold": t, "prefer_rules": p, "drop": d,
                       "margin": m, "cv": span_f1(items, probs, t, p, d, m)})
        print(trials[-1], flush=True)
    best = max(trials, key=lambda x: x["cv"]["f1"])
    xs, ys = _matrix(items)
    model = _make(best["n_estimators"], best["max_depth"], 0).fit(xs, ys)
    spec: dict[str, Any] = {"features": list(TARGET_FEATURES), **model_spec(model), "threshold": best["threshold"],
                            "prefer_rules": best["prefer_rules"], "drop": best["drop"], "margin": best["margin"],
                            # trained on single sentences: in longer texts the rules' use of context
                            # (victims and parties named earlier) is kept
                            "max_sentences": max_sentences}
    spec["trained_on"] = {
        "data": "Multi-CoPED CAMEO train split (rows with spans); labels: overlap with a gold target or "
                "reciprocal span; candidates: the rules' targets and the actor mentions of the top event's sentence",
        "file": features.name, "rows": len(items), "pairs": len(xs), "positive_pairs": int(sum(ys)),
        "date": datetime.now(timezone.utc).strftime("%Y-%m-%d"),
        "selection": f"{folds}-fold cross-validation on train: model size and threshold/prefer_rules/drop/margin "
                     f"by out-of-fold target span F1 of the top events (the most conservative within {tolerance})"}
    spec["figures"] = {"cv_train": best["cv"], "rules_train": rules, "trials": trials}
    TargetModel(spec)  # the written file loads
    out.write_text(json.dumps(spec, indent=1) + "\n", encoding="utf-8")
    print(json.dumps({k: v for k, v in spec["figures"].items() if k != "trials"}))
    print(f"trees ({best['n_estimators']}, depth {best['max_depth']}) -> {out}")
    return spec


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="parse the train rows and write the feature file")
    ex.add_argument("--rows", type=Path, help="multicoped_cameo.jsonl (default: the shared file)")
    ex.add_argument("--limit", type=int, default=None)
    ex.add_argument("--out", type=Path, required=True)
    ft = sub.add_parser("fit", help="train on a feature file and write the model JSON")
    ft.add_argument("features", type=Path)
    ft.add_argument("--folds", type=int, default=5)
    ft.add_argument("--out", type=Path, required=True)
    ft.add_argument("--tolerance", type=float, default=0.005,
                    help="take the most conservative hybrid settings within this out-of-fold F1 of the best "
                         "(default 0.005: differences that small are noise on ~1,150 sentences)")
    ft.add_argument("--max-sentences", type=int, default=1,
                    help="the model applies in documents of at most this many sentences (0: any; default 1)")
    args = ap.parse_args(argv)
    if args.command == "extract":
        extract(args.rows or _shared_rows(), args.out, args.limit)
    else:
        fit(args.features, args.out, args.folds, args.max_sentences, args.tolerance)
    return 0


if __name__ == "__main__":
    sys.exit(main())
