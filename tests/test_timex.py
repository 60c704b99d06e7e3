"""Time expressions resolved against a publication date (pure functions, no model)."""
from __future__ import annotations

from datetime import date

import pytest

from intelfile.timex import (default_window, find_time_expressions, parse_anchor, resolve)

SAT = date(2015, 3, 14)  # a Saturday


def iso(text: str, anchor: date | None = SAT, future: bool = False) -> tuple[str, str] | None:
    found = resolve(text, anchor, future=future)
    return found.iso() if found else None


@pytest.mark.parametrize("text, expected", [
    ("they attacked on Tuesday", ("2015-03-10", "2015-03-10")),
    ("the talks ended on Saturday", ("2015-03-14", "2015-03-14")),
    ("yesterday the army moved", ("2015-03-13", "2015-03-13")),
    ("today", ("2015-03-14", "2015-03-14")),
    ("last night", ("2015-03-13", "2015-03-13")),
    ("last week", ("2015-03-02", "2015-03-08")),
    ("last month", ("2015-02-01", "2015-02-28")),
    ("this year", ("2015-01-01", "2015-12-31")),
    ("last year's advances", ("2014-01-01", "2014-12-31")),
    ("since last January", ("2015-01-01", "2015-01-31")),
    ("last March", ("2014-03-01", "2014-03-31")),
    ("the June 2014 offensive", ("2014-06-01", "2014-06-30")),
    ("a 2014 spring offensive", ("2014-03-01", "2014-05-31")),
    ("in the spring of 2013", ("2013-03-01", "2013-05-31")),
    ("last spring", ("2014-03-01", "2014-05-31")),
    ("On March 10, 2015 the town fell", ("2015-03-10", "2015-03-10")),
    ("Aug. 19, 2014", ("2014-08-19", "2014-08-19")),
    ("on 3 February 2013", ("2013-02-03", "2013-02-03")),
    ("on Aug. 19", ("2014-08-19", "2014-08-19")),
    ("on March 2", ("2015-03-02", "2015-03-02")),
    ("2015-02-27", ("2015-02-27", "2015-02-27")),
    ("two days ago", ("2015-03-12", "2015-03-12")),
    ("earlier this month", ("2015-03-01", "2015-03-14")),
    ("in 2012", ("2012-01-01", "2012-12-31")),
    ("in late 2012", ("2012-09-01", "2012-12-31")),
    ("in January", ("2015-01-01", "2015-01-31")),
])
def test_past_expressions(text: str, expected: tuple[str, str]) -> None:
    assert iso(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("the battle will take place in May", ("2015-05-01", "2015-05-31")),
    ("talks resume on Tuesday", ("2015-03-17", "2015-03-17")),
    ("next week", ("2015-03-16", "2015-03-22")),
    ("next month", ("2015-04-01", "2015-04-30")),
    ("by June", ("2015-06-01", "2015-06-30")),
    ("on March 2", ("2016-03-02", "2016-03-02")),
    ("tomorrow", ("2015-03-15", "2015-03-15")),
    ("next spring", ("2016-03-01", "2016-05-31")),  # 14 March is already (meteorological) spring
])
def test_future_expressions(text: str, expected: tuple[str, str]) -> None:
    assert iso(text, future=True) == expected


def test_next_season_from_winter_is_this_year() -> None:
    assert iso("next spring", anchor=date(2015, 1, 10), future=True) == ("2015-03-01", "2015-05-31")


def test_bare_month_in_past_clause_is_last_occurrence() -> None:
    assert iso("the attack happened in May") == ("2014-05-01", "2014-05-31")


def test_vague_weeks_ago_is_a_range_before_the_anchor() -> None:
    found = resolve("A few weeks ago, fighters drove them out", SAT)
    assert found is not None and found.granularity == "range"
    assert date(2015, 1, 25) <= found.date_start < found.date_end < SAT


def test_modal_may_is_not_a_month() -> None:
    assert find_time_expressions("Rebels may attack the town.", SAT) == []


def test_relative_expressions_need_an_anchor_but_absolute_ones_do_not() -> None:
    assert iso("on Tuesday", anchor=None) is None
    assert iso("June 2014", anchor=None) == ("2014-06-01", "2014-06-30")


def test_offsets_point_into_the_text() -> None:
    text = "Fighting resumed on Tuesday near the border."
    (found,) = find_time_expressions(text, SAT)
    assert text[found.start:found.end] == found.text == "Tuesday"


def test_parse_anchor() -> None:
    assert parse_anchor("2015-03-14") == SAT
    assert parse_anchor("2015-03-14T03:08:00+00:00") == SAT
    assert parse_anchor("not a date") is None
    assert parse_anchor(None) is None


def test_default_window_covers_the_week_before_publication_for_reported_events() -> None:
    assert default_window(SAT, "asserted") == (date(2015, 3, 7), SAT)
    assert default_window(SAT, "ongoing") == (date(2015, 3, 7), SAT)
    assert default_window(SAT, "forecast") is None
    assert default_window(SAT, "historical") is None
    assert default_window(None, "asserted") is None
