"""The PLOVER ontology and its CAMEO/GDELT bridge."""
from __future__ import annotations

import json
from importlib import resources

import pytest

from intelfile import plover


def test_sixteen_types_each_with_quad_and_modes() -> None:
    assert len(plover.EVENT_TYPES) == 16 == len(set(plover.EVENT_TYPES))
    for t in plover.EVENT_TYPES:
        assert t in plover.MODES and t in plover.PLOVER_QUAD and plover.QUAD_CLASS[t] in (1, 2, 3, 4)
    for mode in ("beat", "abduct", "firearms", "explosives", "aerial", "suicide-attack", "heavy-weapons",
                 "primitive-weapons", "sexual", "assassination"):
        assert mode in plover.MODES["ASSAULT"]


def test_quad_classes_follow_gdelt() -> None:
    assert plover.QUAD_CLASS["CONSULT"] == 1
    assert plover.QUAD_CLASS["AID"] == 2
    assert plover.QUAD_CLASS["THREATEN"] == 3
    assert plover.QUAD_CLASS["ASSAULT"] == 4
    assert [plover.quad_class_for_cameo(c) for c in ("01", "057", "0841", "112", "190", "20")] == [1, 1, 2, 3, 4, 4]
    assert plover.pentaclass_for_cameo("010") == 0 and plover.pentaclass_for_cameo("036") == 1
    with pytest.raises(ValueError):
        plover.quad_class_for_cameo("21")


def test_cameo_table_is_shipped_with_attribution() -> None:
    data = json.loads(resources.files("intelfile").joinpath("data/plover_cameo.json").read_text("utf-8"))
    assert "CC BY-SA 4.0" in data["licence"] and "openeventdata/PLOVER" in data["source"]
    types = {r["type"] for r in data["rows"]}
    assert types == set(plover.EVENT_TYPES)


def test_cameo_to_plover_lookups() -> None:
    row = plover.plover_for_cameo("1823")
    assert row is not None and row.type == "ASSAULT"
    assert plover.plover_for_cameo("0841").mode == "release"  # type: ignore[union-attr]
    assert plover.plover_for_cameo("173").mode == "arrest"  # type: ignore[union-attr]
    assert plover.plover_for_cameo("01") is None  # statements are dropped by PLOVER
    # unknown 4-digit codes fall back to their 3-digit parent
    assert plover.plover_for_cameo("1959").type == "ASSAULT"  # type: ignore[union-attr]


@pytest.mark.parametrize("type_, mode, root", [
    ("ASSAULT", None, "19"), ("ASSAULT", "abduct", "18"), ("ASSAULT", "suicide-attack", "18"),
    ("ASSAULT", "aerial", "19"), ("ASSAULT", "massacre", "20"), ("COERCE", "arrest", "17"),
    ("RETREAT", "withdraw", "08"), ("CONCEDE", None, "08"), ("ACCUSE", "investigate", "09"),
    ("ACCUSE", "disapprove", "11"), ("REQUEST", None, "10"), ("SANCTION", None, "16"),
    ("AGREE", None, "03"), ("MOBILIZE", "troops", "15"),
])
def test_cameo_root_for(type_: str, mode: str | None, root: str) -> None:
    assert plover.cameo_root_for(type_, mode) == root


def test_unknown_type_is_an_error() -> None:
    with pytest.raises(ValueError):
        plover.cameo_root_for("FIGHT")


def test_modes_are_validated_per_type() -> None:
    assert plover.is_valid_mode("ASSAULT", "aerial")
    assert plover.is_valid_mode("CONSULT", None)
    assert not plover.is_valid_mode("CONSULT", "aerial")


def test_every_modality_has_a_plover_context_or_none() -> None:
    for modality in ("historical", "forecast", "planned", "hypothetical", "denied"):
        assert plover.MODALITY_CONTEXT[modality] in plover.CONTEXTS


def test_reset_caches_reloads() -> None:
    first = plover.cameo_table()
    plover.reset_caches()
    assert plover.cameo_table() is not first
