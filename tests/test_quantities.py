"""Casualty and force figures (pure functions, no model)."""
from __future__ import annotations

import pytest

from intelfile.quantities import casualty_numbers, find_quantities, parse_number


@pytest.mark.parametrize("text, value", [
    ("2,000", 2000), ("12", 12), ("2.5 million", 2_500_000), ("three hundred", 300),
    ("twenty-one", 21), ("a dozen", 12), ("three hundred and twenty", 320), ("1,250,000", 1_250_000),
    ("hundreds", None), ("soldiers", None),
])
def test_parse_number(text: str, value: int | None) -> None:
    assert parse_number(text) == value


def test_ranges_and_vague_amounts_are_kept_as_such() -> None:
    qs = find_quantities("between 20 and 30 people, 2,000 to 3,000 fighters and hundreds of others")
    assert [(q.low, q.high, q.vague) for q in qs] == [(20, 30, None), (2000, 3000, None), (None, None, "hundreds")]


def test_loss_of_fighters_is_a_killed_range() -> None:
    n = casualty_numbers("The militia was pushed back and lost 400 to 600 of its men.")
    assert n is not None and n.killed == (400, 600) and n.killed_vague is None


def test_vague_killed_is_a_word_not_a_number() -> None:
    n = casualty_numbers("An ambush on the convoy killed hundreds of rebel soldiers.")
    assert n is not None and n.killed is None and n.killed_vague == "hundreds"


def test_losses_on_both_sides() -> None:
    n = casualty_numbers("Each army lost dozens of soldiers in the clashes.")
    assert n is not None and n.killed_vague == "dozens"


def test_killed_and_wounded_in_one_sentence() -> None:
    n = casualty_numbers("A car bomb killed at least 12 people and wounded 30 others in the market.")
    assert n is not None and n.killed == (12, 12) and n.wounded == (30, 30)


def test_figures_before_the_casualty_word() -> None:
    n = casualty_numbers("Five soldiers were killed and two injured when the convoy was hit.")
    assert n is not None and n.killed == (5, 5) and n.wounded == (2, 2)


def test_arrests_and_captures() -> None:
    n = casualty_numbers("Police arrested dozens of protesters; 40 more were detained later.")
    assert n is not None and n.captured_vague == "dozens" and n.captured == (40, 40)


def test_force_size() -> None:
    n = casualty_numbers("The army deployed some 300 troops to the valley.", victims=None)
    assert n is not None and n.fighters == (300, 300) and n.killed is None


def test_population_figures_and_prices_are_not_casualties() -> None:
    assert casualty_numbers("The port, home to almost 3 million residents, was calm.") is None
    assert casualty_numbers("For $5 a month you will receive access to the archive.") is None
    assert casualty_numbers("In 2014 the group took the city.") is None


def test_victims_are_recorded() -> None:
    n = casualty_numbers("The strike killed 8 militants.", victims="ISIS")
    assert n is not None and n.victims == "ISIS" and n.killed == (8, 8)
