"""The learned recipient chooser (``coding.TargetModel``, ``target_features``, ``decide_targets``)
and its hook in ``EventCoder`` (``coding.target_chooser``).

Models are built by hand as JSON-like dicts; sentences use invented states (Ruritania, Vardonia,
Lotzia) and are parsed with the real spaCy pipeline (``nlp`` fixture).
"""
from __future__ import annotations

import json
import math
import re
from typing import Any

import pytest

from intelfile import load_settings
from intelfile.coding import TARGET_FEATURES, EventCoder, TargetModel, decide_targets, target_features
from intelfile.errors import ConfigError, ResourceError
from intelfile.records import Actor, ActorMention, Document, Span

RUR = Actor("RUR", "Ruritania", kind="state", country="RUR")
VAR = Actor("VAR", "Vardonia", kind="state", country="VAR")
LOT = Actor("LOT", "Lotzia", kind="state", country="LOT")

K_SOURCE = TARGET_FEATURES.index("is_source")
K_RULE = TARGET_FEATURES.index("rule_target")


def _prefer_others_spec(**extra: Any) -> dict[str, Any]:
    """One tree: a non-source candidate the rules did not pick scores +5, every other -5."""
    tree = {"left": [1, 3, -1, -1, -1], "right": [2, 4, -1, -1, -1], "feature": [K_SOURCE, K_RULE, -2, -2, -2],
            "threshold": [0.5, 0.5, -2.0, -2.0, -2.0], "value": [0.0, 0.0, -5.0, 5.0, -5.0]}
    spec: dict[str, Any] = {"features": list(TARGET_FEATURES), "kind": "trees", "init": 0.0, "learning_rate": 1.0,
                            "trees": [tree], "threshold": 0.5, "prefer_rules": 0.9, "drop": 0.0, "margin": 0.0,
                            "max_sentences": 1}
    spec.update(extra)
    return spec


def _x(**on: float) -> list[float]:
    return [on.get(name, 0.0) for name in TARGET_FEATURES]


def test_probability_follows_the_trees() -> None:
    model = TargetModel(_prefer_others_spec())
    assert model.probability(_x()) == pytest.approx(1 / (1 + math.exp(-5.0)))
    assert model.probability(_x(rule_target=1.0)) < 0.01
    assert model.probability(_x(is_source=1.0)) < 0.01


def test_a_model_with_other_features_is_refused() -> None:
    spec = _prefer_others_spec(features=list(TARGET_FEATURES[:-1]))
    with pytest.raises(ResourceError, match="retrain"):
        TargetModel(spec)
    with pytest.raises(ResourceError):
        TargetModel({**_prefer_others_spec(), "kind": "logistic"})


def test_load_reads_a_file_and_reports_bad_ones(tmp_path) -> None:
    good = tmp_path / "m.json"
    good.write_text(json.dumps(_prefer_others_spec(threshold=0.7)), encoding="utf-8")
    assert TargetModel.load(str(good)).threshold == 0.7
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(ResourceError, match="not JSON"):
        TargetModel.load(str(bad))
    with pytest.raises(ResourceError, match="cannot read"):
        TargetModel.load(str(tmp_path / "missing.json"))


def test_the_shipped_model_loads_and_applies_to_short_texts_only() -> None:
    model = TargetModel.load()
    assert model.max_sentences == 1
    assert 0.0 <= model.threshold <= 1.0
    p_rule = model.probability(_x(rule_target=1.0, rule_target_actor=1.0, rule_targets=1.0, in_sentence=1.0,
                                  child_of_trigger=1.0, in_trigger_subtree=1.0, path_length=1.0,
                                  token_distance=1.0, dep_dobj=1.0, kind_state=1.0, has_country=1.0))
    p_source = model.probability(_x(is_source=1.0, source_actor=1.0, in_sentence=1.0, child_of_trigger=1.0,
                                    in_trigger_subtree=1.0, path_length=1.0, before_trigger=1.0,
                                    token_distance=1.0, dep_nsubj=1.0, kind_state=1.0, has_country=1.0))
    # the direct object the rules chose is a likely recipient, the acting subject an unlikely one
    assert p_rule > 0.5 > p_source


def test_decide_keeps_replaces_and_drops() -> None:
    rule, other, weak = "rule", "other", "weak"
    scored = [(rule, _x(rule_target=1.0), 0.3), (other, _x(), 0.8)]
    # the rules' target is kept when the model gives it prefer_rules
    assert decide_targets([rule], scored, threshold=0.5, prefer_rules=0.25, drop=0.0) == [rule]
    # else a confident other candidate replaces it
    assert decide_targets([rule], scored, threshold=0.5, prefer_rules=0.9, drop=0.0) == [other]
    # unless it is not confident enough, or does not beat the rules' target by the margin
    assert decide_targets([rule], scored, threshold=0.85, prefer_rules=0.9, drop=0.0) == [rule]
    assert decide_targets([rule], scored, threshold=0.5, prefer_rules=0.9, drop=0.0, margin=0.6) == [rule]
    # a rule target below drop goes, but the rules' targets are never all dropped
    two = [(rule, _x(rule_target=1.0), 0.6), (weak, _x(rule_target=1.0), 0.05)]
    assert decide_targets([rule, weak], two, threshold=0.5, prefer_rules=0.9, drop=0.1) == [rule]
    assert decide_targets([weak], two[1:], threshold=0.5, prefer_rules=0.9, drop=0.1) == [weak]
    # with no rule target, a confident candidate becomes the target
    assert decide_targets([], [(other, _x(), 0.8)], threshold=0.5, prefer_rules=0.9, drop=0.0) == [other]


def _mentions(text: str, doc: Any, actors: dict[str, Actor]) -> list[ActorMention]:
    sents = list(doc.sents)
    out = []
    for words, actor in actors.items():
        for m in re.finditer(r"\b" + re.escape(words) + r"\b", text):
            k = next(i for i, s in enumerate(sents) if s.start_char <= m.start() < s.end_char)
            out.append(ActorMention("t", k, m.start(), m.end(), words, actor))
    return sorted(out, key=lambda a: a.start)


def _code(nlp, settings, text: str, model: Any = None):
    doc = nlp(text)
    document = Document(id="t", text=text, origin="test", published="2015-03-14",
                        sentences=tuple(Span(s.start_char, s.end_char) for s in doc.sents))
    coder = EventCoder(settings=settings)
    if model is not None:
        coder.target_model = model
    return coder(document, doc, _mentions(text, doc, {"Ruritania": RUR, "Vardonia": VAR, "Lotzia": LOT}), [])


@pytest.mark.slow
def test_target_features_describe_the_syntax(nlp) -> None:
    text = "Ruritania attacked Vardonia from Lotzia."
    doc = nlp(text)
    mentions = _mentions(text, doc, {"Ruritania": RUR, "Vardonia": VAR, "Lotzia": LOT})
    trigger = next(t for t in doc if t.lower_ == "attacked")
    sent = next(iter(doc.sents))
    rows = target_features(trigger, sent, "ASSAULT", False, [mentions[0]], [mentions[1]], mentions)
    f = [dict(zip(TARGET_FEATURES, row)) for row in rows]
    assert f[0]["is_source"] == 1.0 and f[0]["before_trigger"] == 1.0 and f[0]["dep_nsubj"] == 1.0
    assert f[1]["rule_target"] == 1.0 and f[1]["dep_dobj"] == 1.0 and f[1]["child_of_trigger"] == 1.0
    assert f[1]["path_length"] == 1.0 and f[1]["token_distance"] == 1.0 and f[1]["kind_state"] == 1.0
    assert f[2]["rule_target"] == 0.0 and f[2]["dep_pobj"] == 1.0 and f[2]["prep_from"] == 1.0
    assert f[2]["path_length"] > f[1]["path_length"] and f[2]["distance_rank"] == 2.0
    assert f[0]["quad_class"] == 4.0


@pytest.mark.slow
def test_the_hook_lets_the_model_overrule_the_rules_in_single_sentences(nlp) -> None:
    rules = load_settings(coding={"target_chooser": "rules"})
    text = "Ruritania condemned Vardonia over Lotzia."
    ruled = [e for e in _code(nlp, rules, text).events if e.type == "ACCUSE"]
    assert ruled and {m.actor.id for m in ruled[0].targets} == {"VAR"}
    model = TargetModel(_prefer_others_spec())
    picked = [e for e in _code(nlp, rules, text, model).events if e.type == "ACCUSE"]
    assert picked and {m.actor.id for m in picked[0].targets} == {"LOT"}
    # in a longer text the rules' recipients stay (the model was trained on single sentences)
    longer = text + " Vardonia denied it."
    kept = [e for e in _code(nlp, rules, longer, model).events if e.type == "ACCUSE" and e.sentence == 0]
    assert kept and {m.actor.id for m in kept[0].targets} == {"VAR"}


def test_the_chooser_setting_is_checked() -> None:
    assert isinstance(EventCoder(settings=load_settings()).target_model, TargetModel)
    assert EventCoder(settings=load_settings(coding={"target_chooser": "rules"})).target_model is None
    with pytest.raises(ConfigError, match="target_chooser"):
        EventCoder(settings=load_settings(coding={"target_chooser": "oracle"}))
