"""Geoparsing resolution details: region abbreviations, names inside institutions, "X state",
countries over towns known by their name only as an alternate, region reference points."""
from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from intelfile import load_settings
from intelfile.gazetteer import REGION_POINTS, haversine_km
from intelfile.geo import Geoparser, Toponym, _region_abbr
from intelfile.records import Document, Span

VOCAB = spacy.blank("en").vocab


@pytest.fixture(scope="module")
def gp(gazetteer):
    return Geoparser(gazetteer, settings=load_settings())


def resolve(gp, words, spans, quals=None):
    doc = Doc(VOCAB, words=words)
    tops = [Toponym(s, e, doc[s:e].text, "test", (quals or {}).get(s)) for s, e in spans]
    return [p for _, p, _ in gp.resolve(doc, tops)]


@pytest.mark.parametrize("text,expected", [
    ("Ga.", ("US", "GA")), ("Calif.", ("US", "CA")), ("Calif", ("US", "CA")),
    ("W.Va", ("US", "WV")), ("W. Va.", ("US", "WV")), ("B.C.", ("CA", "02")),
    ("N.L.", ("CA", "05")), ("Ont.", ("CA", "08")),
    # an ordinary word is an abbreviation only with its full stop
    ("Man", None), ("Mass", None), ("Ga", None), ("Paris", None),
])
def test_region_abbreviations(text, expected):
    assert _region_abbr(text) == expected


def test_split_full_stop_counts_for_the_abbreviation():
    assert _region_abbr("Wash", dotted=True) == ("US", "WA")
    assert _region_abbr("Wash") is None


def test_abbreviations_resolve_to_their_regions(gp):
    (wv,) = resolve(gp, ["W.Va"], [(0, 1)])
    assert (wv.country, wv.admin1, wv.precision) == ("US", "WV", "region")
    (bc,) = resolve(gp, ["B.C."], [(0, 1)])
    assert (bc.country, bc.admin1) == ("CA", "02")
    (town,) = resolve(gp, ["Charleston", ",", "W.Va", "."], [(0, 1)], {0: "W.Va"})
    assert (town.country, town.admin1, town.precision) == ("US", "WV", "town")


def test_known_name_inside_an_unknown_institution(gp):
    court = ["the", "Guernsey", "County", "Common", "Pleas", "Court", "said"]
    (place,) = resolve(gp, court, [(1, 6)])
    assert place is not None and place.precision == "district" and place.admin1 == "OH"
    (la,) = resolve(gp, ["the", "Port", "of", "Los", "Angeles"], [(1, 5)])
    assert la is not None and la.country == "US" and la.admin1 == "CA"


def test_streets_and_natural_features_do_not_borrow_a_name(gp):
    assert resolve(gp, ["on", "Main", "Street"], [(1, 3)]) == [None]
    doc = Doc(VOCAB, words=["the", "Kish", "River", "rose"])
    assert gp._known_part(doc, 1, 3) is None
    assert gp._known_part(Doc(VOCAB, words=["Main", "Street"]), 0, 2) is None


def test_state_named_after_its_city(gp):
    (ny_state,) = resolve(gp, ["New", "York", "state", "officials"], [(0, 2)])
    assert ny_state.precision == "region" and ny_state.admin1 == "NY"
    (wa,) = resolve(gp, ["the", "state", "of", "Washington"], [(3, 4)])
    assert wa.precision == "region" and wa.admin1 == "WA"


def test_country_over_a_town_known_by_its_name_as_an_alternate(gp):
    cands = gp._candidates("Mexico")
    assert cands[0][0].precision == "country"
    assert not any(p.feature_code == "PPLC" for p, _, _ in cands)  # Mexico City: alternate only
    mexico, city = resolve(gp, ["Mexico", "and", "Mexico", "City"], [(0, 1), (2, 4)])
    assert mexico.precision == "country" and mexico.country == "MX"
    assert city.feature_code == "PPLC"


def test_region_reference_points(gazetteer):
    for (iso, code), (lat, lon) in REGION_POINTS.items():
        region = gazetteer.region(iso, code)
        assert region is not None, (iso, code)
        assert haversine_km(region.lat, region.lon, lat, lon) < 1
    # Ontario's towns crowd in the south; its reference point lies well north of them
    ontario = gazetteer.lookup("Ontario")[0]
    assert ontario.admin1 == "08" and ontario.lat > 49


def test_recognition_keeps_the_county_inside_a_body_and_the_abbreviation_dot(gp):
    words = ["Officers", "of", "the", "Rapides", "Parish", "Fire", "District", "came", "from",
             "Charleston", ",", "W.Va", ".", "on", "Monday"]
    spaces = [True] * len(words)
    spaces[9] = spaces[11] = False  # "Charleston," and "W.Va."
    ents = ["O", "O", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O", "B-GPE", "O",
            "B-GPE", "I-GPE", "O", "B-DATE"]
    pos = ["NOUN", "ADP", "DET", "PROPN", "PROPN", "PROPN", "PROPN", "VERB", "ADP", "PROPN",
           "PUNCT", "PROPN", "PUNCT", "ADP", "PROPN"]
    doc = Doc(VOCAB, words=words, spaces=spaces, ents=ents, pos=pos,
              sent_starts=[True] + [False] * (len(words) - 1))
    document = Document(id="d", text=doc.text, origin="test",
                        sentences=(Span(0, len(doc.text)),))
    found = {m.text: m.place for m in gp(document, doc)}
    assert "Rapides Parish" in found and found["Rapides Parish"].admin1 == "LA"
    assert "W.Va." in found and found["W.Va."].admin1 == "WV"
    assert found["Charleston"].admin1 == "WV"


def _parsed(words, ents, pos, spaces=None, lemmas=None):
    doc = Doc(VOCAB, words=words, spaces=spaces, ents=ents, pos=pos, lemmas=lemmas,
              sent_starts=[True] + [False] * (len(words) - 1))
    document = Document(id="d", text=doc.text, origin="test", sentences=(Span(0, len(doc.text)),))
    return document, doc


def test_demonyms_are_places_only_when_asked(gazetteer):
    document, doc = _parsed(["Russian", "troops", "left", "Syria", "."],
                            ["B-NORP", "O", "O", "B-GPE", "O"],
                            ["ADJ", "NOUN", "VERB", "PROPN", "PUNCT"])
    default = Geoparser(gazetteer, settings=load_settings())
    assert [m.text for m in default(document, doc)] == ["Syria"]
    asked = Geoparser(gazetteer, settings=load_settings(geo={"demonym_places": True}))
    found = {m.text: m.place for m in asked(document, doc)}
    assert found["Russian"].country == "RU" and found["Russian"].precision == "country"


def test_people_the_ner_calls_places(gp):
    words = ["Coach", "Ripley", "praised", "Zqxwl", ".", "Zqxwl", "said", "Ohio", "won", "."]
    ents = ["O", "B-GPE", "O", "B-GPE", "O", "B-GPE", "O", "B-GPE", "O", "O"]
    pos = ["NOUN", "PROPN", "VERB", "PROPN", "PUNCT", "PROPN", "VERB", "PROPN", "VERB", "PUNCT"]
    lemmas = ["coach", "Ripley", "praise", "Zqxwl", ".", "Zqxwl", "say", "Ohio", "win", "."]
    document, doc = _parsed(words, ents, pos, lemmas=lemmas)
    assert [m.text for m in gp(document, doc)] == ["Ohio"]


def test_places_inside_organisation_names(gazetteer):
    words = ["The", "Pakistan", "Army", "and", "the", "Central", "Bank", "of", "Malta", "met", "."]
    ents = ["O", "B-ORG", "I-ORG", "O", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O"]
    pos = ["DET", "PROPN", "PROPN", "CCONJ", "DET", "PROPN", "PROPN", "ADP", "PROPN", "VERB", "PUNCT"]
    document, doc = _parsed(words, ents, pos)
    on = Geoparser(gazetteer, settings=load_settings())
    found = {m.text: m.place for m in on(document, doc)}
    assert found["Pakistan"].country == "PK" and found["Malta"].country == "MT"
    off = Geoparser(gazetteer, settings=load_settings(geo={"embedded_places": False}))
    assert off(document, doc) == []


def test_a_place_possessed_by_a_town_lies_in_it(gp):
    # "London's Heathrow": the only gazetteer Heathrow is a Florida town
    (britain, london, heathrow) = resolve(gp, ["Britain", ":", "London", "'s", "Heathrow"],
                                          [(0, 1), (2, 3), (4, 5)])
    assert britain.country == london.country == "GB"
    assert heathrow.country == "GB" and haversine_km(heathrow.lat, heathrow.lon, 51.47, -0.45) < 50
    (street, town) = resolve(gp, ["on", "Orchard", "St.", ",", "Alexandria", ",", "La."],
                             [(1, 3), (4, 5)], {4: "La."})
    assert town.admin1 == "LA" and street is town


def test_gazetteer_knows_capitals(gazetteer):
    assert gazetteer.capital("YE").name == "Sanaa" and gazetteer.capital("ye").feature_code == "PPLC"
    assert gazetteer.capital("XX") is None


def _nlp_parsed(nlp, text):
    doc = nlp(text)
    document = Document(id="d", text=text, origin="test",
                        sentences=tuple(Span(s.start_char, s.end_char) for s in doc.sents))
    return document, doc


@pytest.mark.parametrize("text,trigger,capital", [
    ("Rebels took control of Yemen's capital in 2014.", "took", "Sanaa"),
    ("Protesters marched in the capital of Kenya on Friday.", "marched", "Nairobi"),
    ("Gunmen attacked a hotel in the Afghan capital on Monday.", "attacked", "Kabul"),
])
def test_a_capital_named_through_its_country_places_the_event(nlp, gp, text, trigger, capital):
    document, doc = _nlp_parsed(nlp, text)
    mentions = gp(document, doc)
    cap = [m for m in mentions if m.text == "capital"]
    assert len(cap) == 1 and cap[0].place.name == capital
    i = next(t.i for t in doc if t.text == trigger)
    site = gp.event_site(doc, i, mentions)
    assert site is not None and site.place.name == capital
    # the span-level chooser keeps to the words of the text (the country, or nothing)
    chosen = gp.event_place(doc, i, mentions)
    assert chosen is None or chosen.text != "capital"


def test_a_capital_named_by_name_is_not_repeated(nlp, gp):
    document, doc = _nlp_parsed(nlp, "Rebels entered the capital, Sanaa, in 2014.")
    assert [m.text for m in gp(document, doc) if m.text == "capital"] == []


def test_an_unknown_event_location_chooser_is_a_config_error(gazetteer):
    import dataclasses

    from intelfile.errors import ConfigError

    settings = load_settings()
    bad = dataclasses.replace(settings, geo=dataclasses.replace(settings.geo, event_location="modle"))
    with pytest.raises(ConfigError, match="event_location"):
        Geoparser(gazetteer, settings=bad)
