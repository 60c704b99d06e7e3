"""Networks, territory, casualties, trends and forecasts on hand-made records."""
from __future__ import annotations

import json
from datetime import date

import networkx as nx
import pytest
from intel_fixtures import ACTORS, IS, KOBANI, build_records, event, make_doc

from intelfile import load_settings
from intelfile.analysis import (
    Corpus, actor_network, adversaries, allies, assess, casualties_by, casualty_reports, control_timeline,
    event_sign, holdings, holdings_geojson, monthly_trends, network_json, track_forecasts, write_graphml,
)
from intelfile.errors import NotFound
from intelfile.records import Numbers


@pytest.fixture()
def corpus():
    return Corpus(**build_records(), settings=load_settings())


def test_actor_lookup_by_id_name_alias_and_text(corpus):
    assert corpus.find_actor("is").id == "IS"
    assert corpus.find_actor("islamic state").id == "IS"
    assert corpus.find_actor("DAESH").id == "IS"
    assert corpus.find_actor("Iraqi troops").id == "IRQ_MIL"  # words the articles used
    with pytest.raises(NotFound):
        corpus.find_actor("nobody at all")
    assert "Islamic State fighters" in corpus.aliases("IS")


def test_network_signs_weights_scope_and_evidence(corpus):
    g = actor_network(corpus)
    assert isinstance(g, nx.Graph)
    enemies = {t.actor: t for t in adversaries(g, "IS")}
    assert set(enemies) == {"IRQ_MIL", "PESHMERGA", "COALITION", "IRN", "HEZBOLLAH"}
    # al-Alam (3 articles) counts once; Tikrit fighting and retaking are two more events
    assert enemies["IRQ_MIL"].negative == 3
    assert allies(g, "IS") == []
    friends = {t.actor: t for t in allies(g, "IRN")}
    assert friends["USA"].scopes == ("Iraq only",)
    assert friends["USA"].positive == 2  # the cooperation event and the stated relation
    assert {"ASSAD", "HEZBOLLAH"} <= set(friends)
    quote = friends["ASSAD"].evidence[0]
    assert quote.doc_id == "doc-analysis" and quote.sentence == 5 and "Hezbollah proxy" in quote.quote
    # co-belligerents against the same enemy are tied positively
    assert g.edges["IRN", "HEZBOLLAH"]["positive"] == 1.5


def test_network_window_and_exports(tmp_path):
    r = build_records()
    late = Corpus(**r, settings=load_settings(), since="2015-03-20")
    g = actor_network(late)
    assert {t.actor for t in adversaries(g, "IS")} == {"IRQ_MIL"}
    path = write_graphml(actor_network(Corpus(**r, settings=load_settings())), tmp_path / "n.graphml")
    back = nx.read_graphml(path)
    assert back.has_edge("USA", "IRN") and back.edges["USA", "IRN"]["sign"] == 1
    assert json.loads(back.edges["USA", "IRN"]["ties"])[0]["evidence"][0]["doc_id"] == "doc-analysis"
    data = network_json(g)
    assert json.loads(json.dumps(data))["edges"][0]["ties"]


def test_event_sign_uses_type_then_quad_class():
    d = make_doc("d", ["x"], published="2015-01-01")
    assert event_sign(event(d, 0, "AID", id="a")) == 1
    assert event_sign(event(d, 0, "ASSAULT", id="b")) == -1
    assert event_sign(event(d, 0, "NEWTYPE", id="c", quad=3)) == -1
    assert event_sign(event(d, 0, "RETREAT", id="d")) == 0


def test_control_timeline_and_holdings_at_a_date(corpus):
    timeline = control_timeline(corpus)
    tikrit = timeline["geonames:90150"]
    assert [(c.holder, c.date) for c in tikrit.changes] == [("IS", "2014-06-11"), ("IRQ_MIL", "2015-03-31")]
    at = {h.place: h for h in holdings(corpus, "2015-03-14")}
    assert at["Tikrit"].holder == "IS" and at["Tikrit"].since == "2014-06-11"
    assert at["Tikrit"].contested and set(at["Tikrit"].contested_by) == {"IRQ_MIL", "COALITION"}
    assert at["Mosul"].holder == "IS" and not at["Mosul"].contested
    assert at["al-Alam"].holder == "IRQ_MIL" and at["al-Alam"].since == "2015-03-10"
    assert at["Kobani"].holder == "PESHMERGA"
    before = {h.place: h.holder for h in holdings(corpus, "2014-12-31")}
    assert before == {"Mosul": "IS", "Tikrit": "IS"}
    latest = {h.place: h.holder for h in holdings(corpus)}
    assert latest["Tikrit"] == "IRQ_MIL"
    assert [h.place for h in holdings(corpus, "2015-03-14", actor="IS")] == ["Mosul", "Tikrit"]
    geo = holdings_geojson(holdings(corpus, "2015-03-14"), corpus)
    kobani = next(f for f in geo["features"] if f["properties"]["place"] == "Kobani")
    assert kobani["geometry"]["coordinates"] == [KOBANI.lon, KOBANI.lat]
    assert kobani["properties"]["holder_name"] == "Kurdish fighters"
    assert kobani["properties"]["sources"][0]["sentence"] == 2


def test_casualties_ranges_vague_words_and_no_double_count(corpus):
    reports = casualty_reports(corpus)
    by_victim = {t.key: t for t in casualties_by(reports, "victim")}
    # Kobani 2,000-3,000 + the strike told twice (30 and 32) counted once; "hundreds" kept as a word
    assert by_victim["IS"].killed == (2030, 3032)
    assert by_victim["IS"].killed_vague == ("hundreds",)
    assert by_victim["IS"].reports == 3
    by_perp = {t.key: t for t in casualties_by(reports, "perpetrator")}
    assert by_perp["COALITION"].killed == (30, 32)
    assert by_perp["IRQ_MIL"].killed is None and by_perp["IRQ_MIL"].killed_vague == ("hundreds",)
    assert {t.key for t in casualties_by(reports, "month")} == {"2015-01", "2015-03"}
    assert {t.key for t in casualties_by(reports, "place")} == {"Kobani", "Tikrit"}
    vague = next(r for r in reports if r.killed_vague)
    assert not vague.victims_stated and vague.victims == ("IS",)
    with pytest.raises(ValueError):
        casualties_by(reports, "colour")


def test_monthly_trends(corpus):
    months = {m.month: m for m in monthly_trends(corpus, "IS")}
    assert months["2014-06"].initiated == 2 and set(months["2014-06"].gained) == {"Mosul", "Tikrit"}
    assert months["2015-01"].lost == ("Kobani",) and months["2015-01"].killed == (2000, 3000)
    assert set(months["2015-03"].adversaries) == {"IRQ_MIL", "COALITION", "IRN", "HEZBOLLAH"}
    assert set(months["2015-03"].lost) == {"al-Alam", "Tikrit"}


def test_assessment_declining_with_its_evidence(corpus):
    a = assess(corpus, "IS")
    assert a.verdict == "declining"
    assert a.rule.startswith("2:")
    assert any(r.startswith("lost Kobani") for r in a.reasons)
    assert any("2,030–3,032" in r and "hundreds" in r for r in a.reasons)
    assert a.evidence and all(e.quote for e in a.evidence)
    assert a.window_end == "2015-03-31"  # its latest reported event


def test_assessment_expanding_stable_and_not_enough_data(corpus):
    assert assess(corpus, "PESHMERGA").verdict == "expanding"
    assert assess(corpus, "HEZBOLLAH").verdict == "not enough data"
    days = ["2014-09-01", "2014-10-01", "2014-11-01", "2015-03-01", "2015-04-01", "2015-05-01"]
    d = make_doc("s", [f"Islamic State attacked post {i}." for i in range(len(days))], published="2015-05-02")
    evs = [event(d, i, "ASSAULT", [("Islamic State", IS)], id=f"s{i}", date=day) for i, day in enumerate(days)]
    c = Corpus(events=evs, documents=[d], actors=ACTORS, settings=load_settings())
    stable = assess(c, "IS")
    assert stable.verdict == "stable" and stable.rule.startswith("3:")
    assert assess(c, "IS", months=2).verdict == "not enough data"
    quiet = Corpus(events=evs[:3] + evs[5:], documents=[d], actors=ACTORS, settings=load_settings())
    assert assess(quiet, "IS", months=6).verdict == "not enough data"
    busy = Corpus(events=evs[:1] + evs[3:], documents=[d], actors=ACTORS, settings=load_settings())
    assert assess(busy, "IS").verdict == "expanding"


def test_forecasts_borne_out_not_borne_out_and_open(corpus):
    found = {f.place: f for f in track_forecasts(corpus)}
    tikrit, mosul = found["Tikrit"], found["Mosul"]
    assert tikrit.status == "borne out" and tikrit.speakers == ("A general",)
    assert tikrit.outcome_evidence[0].doc_id == "doc-outcome"
    assert mosul.status == "open" and (mosul.due_start, mosul.due_end) == ("2015-05-01", "2015-05-31")
    assert mosul.speakers == ("Officials",)
    later = {f.place: f for f in track_forecasts(corpus, as_of=date(2015, 7, 1))}
    assert later["Mosul"].status == "not borne out"


def test_forecast_not_matched_by_earlier_event():
    d = make_doc("f", ["Islamic State will attack Kobani.", "Islamic State attacked Kobani."], published="2015-02-01")
    forecast = event(d, 0, "ASSAULT", [("Islamic State", IS)], id="f1", place=("Kobani", KOBANI), modality="forecast")
    before = event(d, 1, "ASSAULT", [("Islamic State", IS)], id="f2", place=("Kobani", KOBANI), date="2015-01-01",
                   numbers=Numbers(killed=(1, 1)))
    c = Corpus(events=[forecast, before], documents=[d], settings=load_settings())
    assert track_forecasts(c)[0].status == "open"


def test_assessment_window_ends_at_the_actors_latest_report():
    r = build_records()
    late = make_doc("late", ["Hezbollah held a rally in Beirut."], published="2017-11-01")
    rally = event(late, 0, "PROTEST", [("Hezbollah", r["actors"][7])], id="rally", date="2017-11-01")
    c = Corpus(events=[*r["events"], rally], documents=[*r["documents"], late], actors=ACTORS,
               settings=load_settings())
    assert c.as_of() == date(2017, 11, 1)
    a = assess(c, "IS")
    assert a.verdict == "declining" and a.window_end == "2015-03-31"


def test_vague_forecast_stays_open():
    d = make_doc("v", ["Islamic State will cause trouble.", "Islamic State attacked a checkpoint in Kobani."],
                 published="2015-02-01")
    later = make_doc("w", ["Islamic State attacked a checkpoint in Kobani."], published="2015-03-01")
    vague = event(d, 0, "ASSAULT", [("Islamic State", IS)], id="v1", modality="forecast", date="2015-02-10")
    attack = event(later, 0, "ASSAULT", [("Islamic State", IS)], id="v2", place=("Kobani", KOBANI), date="2015-03-01")
    c = Corpus(events=[vague, attack], documents=[d, later], settings=load_settings())
    [f] = track_forecasts(c, as_of=date(2016, 1, 1))
    assert (f.status, f.checkable) == ("open", False)


def test_monthly_trends_only_months_with_the_actors_activity(corpus):
    assert [m.month for m in monthly_trends(corpus, "PESHMERGA")] == ["2015-01"]
    assert monthly_trends(corpus, "nobody") == []


def test_fighting_in_a_whole_country_is_not_a_contested_place():
    from intel_fixtures import IRAQ
    d = make_doc("c", ["Iraqi forces fought Islamic State in Iraq."], published="2015-03-01")
    e = event(d, 0, "ASSAULT", [("Iraqi forces", r_actor("IRQ_MIL"))], [("Islamic State", IS)], id="c1",
              place=("Iraq", IRAQ), date="2015-03-01")
    c = Corpus(events=[e], documents=[d], settings=load_settings())
    assert holdings(c) == [] and control_timeline(c) == {}


def r_actor(actor_id):
    return next(a for a in ACTORS if a.id == actor_id)


def test_actors_known_only_by_id_are_named_from_a_dictionary():
    r = build_records()
    c = Corpus(events=r["events"], relations=r["relations"], documents=r["documents"], settings=load_settings())
    assert c.name("ASSAD") == "ASSAD"  # only a relation names this id

    class Dictionary:
        def get(self, actor_id):
            return next((a for a in ACTORS if a.id == actor_id), None)

    c.describe_from_dictionary(Dictionary())
    assert c.name("ASSAD") == "Bashar al-Assad"
