"""PETRARCH/TABARI dictionary reader: small files written here, and the real Phoenix files."""
from __future__ import annotations

import pytest

from intelfile.petrarch import looks_like_petrarch, parse_petrarch, phrase_to_text, read_petrarch

ACTORS = """\
# a comment line
<!-- an HTML-style comment -->
AFGHANISTAN_  [AFG]
+AFGHAN_
+KABUL_ # the capital

HAMID_KARZAI_  # CountryInfo.txt
+PRESIDENT_KARZAI_
\t[AFGELI 750101-000101]
\t[AFGGOV >011222]
\t[AFGELI]

OLD_LEADER_  ; legacy comment
\t[XYZGOV 19500101-19601231]
\t[XYZELI 19601231-700101]

ISLAMIC_STATE_OF_IRAQ_  [IMGMUSISI]
+ISIS_
+ISLAMIC_STATE_

+ORPHAN_SYNONYM_IS_FINE_HERE
\t[BAD CODE WITH SPACES]
\t[IRQGOV 9008223-911221]
"""

AGENTS = """\
!PERSON! = MAN, MEN, WOMAN, WOMEN
POLICE {} [~COP]
SOLDIER [~MIL]
MILITIA_!PERSON! [~PRM]
ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG]
HUMAN_RIGHTS_BODY [NGO~]
BROKEN_AGENT [~ENV}
"""


def test_actor_entries_synonyms_and_codes():
    parsed = parse_petrarch(ACTORS, source="t.actors")
    by_name = {a.name: a for a in parsed.actors}
    afg = by_name["Afghanistan"]
    assert afg.cameo == "AFG" and afg.country == "AFG" and afg.kind == "state"
    assert afg.aliases == ("Afghanistan", "Afghan", "Kabul")
    karzai = by_name["Hamid Karzai"]
    assert karzai.cameo == "AFGGOV"  # the open-ended restriction is the code in force now
    assert karzai.kind == "person" and karzai.sector == "GOV"
    assert "President Karzai" in karzai.aliases
    old = by_name["Old Leader"]
    assert old.cameo == "XYZELI"  # no default: the restriction ending last (1970 > 1960)
    isis = by_name["Islamic State of Iraq"]
    assert isis.kind == "armed-group" and isis.country == "IMG" and isis.sector == "MUS"
    assert set(isis.aliases) >= {"ISIS", "Islamic State"}


def test_malformed_lines_are_reported_with_numbers():
    parsed = parse_petrarch(ACTORS)
    lines = {m.line: m.reason for m in parsed.malformed}
    text_lines = ACTORS.splitlines()
    bad_code = text_lines.index("\t[BAD CODE WITH SPACES]") + 1
    bad_date = text_lines.index("\t[IRQGOV 9008223-911221]") + 1
    assert set(lines) == {bad_code, bad_date}
    assert "date restriction" in lines[bad_date]


def test_agents_plurals_and_substitutions():
    parsed = parse_petrarch(AGENTS)
    agents = {a.name: a for a in parsed.agents}
    assert agents["police"].sector == "COP" and agents["police"].aliases == ("police",)
    assert agents["soldier"].aliases == ("soldier", "soldiers")
    militia = next(a for a in parsed.agents if a.sector == "PRM")
    assert {"militia man", "militia men", "militia woman", "militia women"} <= set(militia.aliases)
    ag = next(a for a in parsed.agents if a.cameo == "~GOVATG")
    assert set(ag.aliases) == {"attorney general", "attorneys general"}
    assert next(a for a in parsed.agents if a.cameo == "NGO~").sector == "NGO"
    assert [m.line for m in parsed.malformed] == [7]


def test_phrase_to_text():
    assert phrase_to_text("ISLAMIC_STATE_OF_IRAQ_AND_THE_LEVANT_") == "Islamic State of Iraq and the Levant"
    assert phrase_to_text("UN_") == "UN"
    assert phrase_to_text("MAZAR-I-SHARIF_") == "Mazar-I-Sharif"


def test_looks_like_petrarch():
    assert looks_like_petrarch(ACTORS)
    assert not looks_like_petrarch('{"actors": []}')
    assert not looks_like_petrarch('  [{"id": "X"}]')


@pytest.mark.shared
def test_real_phoenix_files(shared_dir):
    folder = shared_dir / "dictionaries" / "petrarch2"
    countries = read_petrarch(folder / "Phoenix.Countries.actors.txt")
    assert len(countries.actors) > 10_000
    # the real file has a handful of typos in its dates; they are reported, not fatal
    assert 0 < len(countries.malformed) < 50
    assert all(m.line > 0 for m in countries.malformed)
    afg = next(a for a in countries.actors if a.id == "petrarch:AFGHANISTAN")
    assert afg.cameo == "AFG" and "Afghan" in afg.aliases
    karzai = next(a for a in countries.actors if a.id == "petrarch:HAMID_KARZAI")
    assert karzai.cameo == "AFGGOV" and karzai.kind == "person"
    nonstate = read_petrarch(folder / "Phoenix.MilNonState.actors.txt")
    hez = next(a for a in nonstate.actors if a.id == "petrarch:HEZBOLLAH")
    assert hez.country == "LBN" and "Hizbullah" in hez.aliases
    agents = read_petrarch(folder / "Phoenix.agents.txt")
    police = next(a for a in agents.agents if a.name == "police")
    assert police.sector == "COP"
    assert {m.line for m in agents.malformed} >= {544}
    intl = read_petrarch(folder / "Phoenix.International.actors.txt")
    un = next(a for a in intl.actors if a.id == "petrarch:UN")
    assert un.kind == "igo" and un.cameo == "IGOUNO"
