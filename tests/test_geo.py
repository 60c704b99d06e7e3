"""Geoparsing: recognition, resolution in context, and the place of an event."""
from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from intelfile import load_settings
from intelfile.geo import Geoparser, Toponym
from intelfile.records import Document, PlaceMention, Span


VOCAB = spacy.blank("en").vocab


def make_doc(words, heads, deps, pos, ents=None, lemmas=None, tags=None):
    """A parsed Doc built by hand (no model): heads are absolute token indices."""
    return Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos, tags=tags,
               ents=ents or ["O"] * len(words), lemmas=lemmas or [w.lower() for w in words])


def mention(doc, start, end, place=None):
    span = doc[start:end]
    return PlaceMention(doc_id="d", sentence=0, start=span.start_char, end=span.end_char,
                        text=span.text, place=place)


@pytest.fixture(scope="module")
def parser_only():
    """A Geoparser for event_place, which needs no gazetteer lookups."""
    return Geoparser(None, settings=load_settings())  # type: ignore[arg-type]


def test_origin_is_not_the_event_place(parser_only):
    doc = make_doc(
        ["Reinforcements", "from", "Syria", "were", "trying", "to", "reach", "Tikrit", "."],
        [4, 0, 1, 4, 4, 6, 4, 6, 4],
        ["nsubj", "prep", "pobj", "aux", "ROOT", "aux", "xcomp", "dobj", "punct"],
        ["NOUN", "ADP", "PROPN", "AUX", "VERB", "PART", "VERB", "PROPN", "PUNCT"],
        ents=["O", "O", "B-GPE", "O", "O", "O", "O", "B-GPE", "O"],
        lemmas=["reinforcement", "from", "Syria", "be", "try", "to", "reach", "Tikrit", "."])
    places = [mention(doc, 2, 3), mention(doc, 7, 8)]
    assert parser_only.event_place(doc, 6, places).text == "Tikrit"
    assert parser_only.event_place(doc, 4, places).text == "Tikrit"


def test_locative_preposition_attached_to_the_trigger(parser_only):
    doc = make_doc(
        ["Militants", "killed", "three", "soldiers", "in", "Tikrit", "on", "Monday", "."],
        [1, 1, 3, 1, 1, 4, 1, 6, 1],
        ["nsubj", "ROOT", "nummod", "dobj", "prep", "pobj", "prep", "pobj", "punct"],
        ["NOUN", "VERB", "NUM", "NOUN", "ADP", "PROPN", "ADP", "PROPN", "PUNCT"],
        ents=["O", "O", "O", "O", "O", "B-GPE", "O", "B-DATE", "O"])
    assert parser_only.event_place(doc, 1, [mention(doc, 5, 6)]).text == "Tikrit"


def test_no_place_for_the_event(parser_only):
    # "A cab driver from Abidjan was shot by police ." : Abidjan is where the driver is from
    doc = make_doc(
        ["A", "cab", "driver", "from", "Abidjan", "was", "shot", "by", "police", "."],
        [2, 2, 6, 2, 3, 6, 6, 6, 7, 6],
        ["det", "compound", "nsubjpass", "prep", "pobj", "auxpass", "ROOT", "agent", "pobj", "punct"],
        ["DET", "NOUN", "NOUN", "ADP", "PROPN", "AUX", "VERB", "ADP", "NOUN", "PUNCT"],
        ents=["O", "O", "O", "O", "B-GPE", "O", "O", "O", "O", "O"],
        lemmas=["a", "cab", "driver", "from", "Abidjan", "be", "shoot", "by", "police", "."])
    assert parser_only.event_place(doc, 6, [mention(doc, 4, 5)]) is None
    assert parser_only.event_place(doc, 6, []) is None
    assert parser_only.event_place(doc, 99, [mention(doc, 4, 5)]) is None


def test_the_named_town_not_the_reference_point(parser_only):
    # "Iraqi forces captured the town of al-Alam near Tikrit ."
    doc = make_doc(
        ["Iraqi", "forces", "captured", "the", "town", "of", "al-Alam", "near", "Tikrit", "."],
        [1, 2, 2, 4, 2, 4, 5, 4, 7, 2],
        ["amod", "nsubj", "ROOT", "det", "dobj", "prep", "pobj", "prep", "pobj", "punct"],
        ["ADJ", "NOUN", "VERB", "DET", "NOUN", "ADP", "PROPN", "ADP", "PROPN", "PUNCT"],
        ents=["B-NORP", "O", "O", "O", "O", "O", "B-ORG", "O", "B-GPE", "O"],
        lemmas=["iraqi", "force", "capture", "the", "town", "of", "al-Alam", "near", "Tikrit", "."])
    chosen = parser_only.event_place(doc, 2, [mention(doc, 6, 7), mention(doc, 8, 9)])
    assert chosen is not None and chosen.text == "al-Alam"


def test_the_doer_is_not_the_place(parser_only):
    # "Eritrea captured Badme ." : Eritrea did it, Badme is where
    doc = make_doc(["Eritrea", "captured", "Badme", "."], [1, 1, 1, 1],
                   ["nsubj", "ROOT", "dobj", "punct"], ["PROPN", "VERB", "PROPN", "PUNCT"],
                   ents=["B-GPE", "O", "B-GPE", "O"], lemmas=["Eritrea", "capture", "Badme", "."])
    assert parser_only.event_place(doc, 1, [mention(doc, 0, 1), mention(doc, 2, 3)]).text == "Badme"
    assert parser_only.event_place(doc, 1, [mention(doc, 0, 1)]) is None


@pytest.mark.slow
def test_resolution_uses_the_article_context(gazetteer):
    gp = Geoparser(gazetteer, settings=load_settings())

    def resolve(words, spans, quals=None):
        doc = Doc(VOCAB, words=words)
        tops = [Toponym(s, e, doc[s:e].text, "test", (quals or {}).get(s)) for s, e in spans]
        return [p for _, p, _ in gp.resolve(doc, tops)]

    syria, palmyra = resolve(["Syria", "lost", "Palmyra", "again"], [(0, 1), (2, 3)])
    assert syria.country == "SY" and syria.precision == "country"
    assert palmyra.geonameid == 163808  # Tadmur
    (damascus,) = resolve(["Damascus"], [(0, 1)])
    assert damascus.geonameid == 170654 and damascus.feature_code == "PPLC"
    (oregon,) = resolve(["Damascus", ",", "Ore."], [(0, 1)], {0: "Ore."})
    assert oregon.country == "US" and oregon.admin1 == "OR"
    (sinjar,) = resolve(["Sinjar"], [(0, 1)])
    assert sinjar.country == "IQ"
    (sinjar_sy,) = resolve(["Sinjar", ",", "Syria"], [(0, 1)], {0: "Syria"})
    assert sinjar_sy.country == "SY"
    (russia,) = resolve(["Russian"], [(0, 1)])  # a demonym span stands for its country
    assert russia.country == "RU" and russia.precision == "country"
    (unknown,) = resolve(["Qzxwv"], [(0, 1)])
    assert unknown is None


@pytest.mark.slow
def test_people_months_and_demonyms_are_not_places(nlp, gazetteer):
    gp = Geoparser(gazetteer, settings=load_settings())
    text = ("In May, Iraqi forces and Kurdish fighters met President Jordan Smith, "
            "said Mr. Jackson on Monday.")
    doc = nlp(text)
    document = Document(id="d", text=text, origin="test", sentences=(Span(0, len(text)),))
    found = {m.text for m in gp(document, doc)}
    assert not found & {"May", "Iraqi", "Kurdish", "Jordan", "Jordan Smith", "Jackson", "Monday"}


@pytest.mark.slow
def test_places_found_and_resolved_in_text(nlp, gazetteer):
    gp = Geoparser(gazetteer, settings=load_settings())
    text = ("Iraqi troops drove Islamic State out of the town of al-Alam on Tuesday, "
            "near the city of Tikrit. Reinforcements from Syria were trying to reach Tikrit.")
    doc = nlp(text)
    document = Document(id="d", text=text, origin="test",
                        sentences=tuple(Span(s.start_char, s.end_char) for s in doc.sents))
    mentions = gp(document, doc)
    by_text = {m.text: m for m in mentions}
    assert by_text["al-Alam"].place.geonameid == 6871926
    assert by_text["Tikrit"].place.geonameid == 90150
    assert by_text["Syria"].place.precision == "country"
    for m in mentions:
        assert text[m.start:m.end] == m.text and m.doc_id == "d"
        assert 0.0 <= m.confidence <= 1.0
    assert mentions[-1].sentence == 1
    reach = next(t.i for t in doc if t.text == "reach")
    assert gp.event_place(doc, reach, mentions).start == mentions[-1].start


@pytest.mark.slow
@pytest.mark.shared
def test_seed_places_resolved(shared_dir, nlp, gazetteer):
    import json

    from intelfile.annotate import Annotator
    from intelfile.clean import clean_document
    from intelfile.ingest import read_inputs

    settings = load_settings()
    gold = json.loads((shared_dir / "seed" / "expected.json").read_text(encoding="utf-8"))["places"]
    raw = next(iter(read_inputs([str(shared_dir / "seed" / "seed-article.txt")], settings)))
    ((document, doc),) = list(Annotator(nlp, settings=settings)([clean_document(raw, settings)]))
    mentions = Geoparser(gazetteer, settings=settings)(document, doc)
    for place in gold:
        found = [m for m in mentions if m.text == place["mention"]]
        assert found, f"{place['mention']} not recognised"
        assert {m.place.geonameid for m in found if m.place} == {place["geonameid"]}, place["mention"]
        assert found[0].place.country == place["country"]


@pytest.mark.slow
@pytest.mark.shared
def test_seed_event_places(shared_dir, nlp, gazetteer):
    """Events E1, E2, E16 and E20 of the seed gold: the trigger's sentence names their place."""
    import json

    from intelfile.annotate import Annotator
    from intelfile.clean import clean_document
    from intelfile.ingest import read_inputs

    settings = load_settings()
    gold = {e["id"]: e for e in json.loads(
        (shared_dir / "seed" / "expected.json").read_text(encoding="utf-8"))["events"]}
    raw = next(iter(read_inputs([str(shared_dir / "seed" / "seed-article.txt")], settings)))
    ((document, doc),) = list(Annotator(nlp, settings=settings)([clean_document(raw, settings)]))
    gp = Geoparser(gazetteer, settings=settings)
    mentions = gp(document, doc)
    for event_id, verb in (("E1", "drove"), ("E2", "captured"), ("E16", "killed"), ("E20", "attack")):
        evidence = gold[event_id]["evidence"]
        start = document.text.index(evidence)
        trigger = next(t for t in doc if start <= t.idx < start + len(evidence) and t.text == verb)
        place = gp.event_place(doc, trigger.i, mentions)
        assert place is not None and place.text == gold[event_id]["place"], event_id


def test_a_verb_of_taking_right_before_a_place_the_parse_missed(parser_only):
    # "Croatian forces captured Knin ." parsed with "captured" as a compound of "Knin"
    doc = make_doc(["Croatian", "forces", "captured", "Knin", "."], [1, 3, 3, 3, 3],
                   ["amod", "nsubj", "compound", "ROOT", "punct"],
                   ["ADJ", "NOUN", "VERB", "PROPN", "PUNCT"],
                   ents=["B-NORP", "O", "O", "B-GPE", "O"],
                   lemmas=["croatian", "force", "capture", "Knin", "."])
    assert parser_only.event_place(doc, 2, [mention(doc, 3, 4)]).text == "Knin"
    # a verb that takes no place does not take one by position
    said = make_doc(["Officials", "said", "Knin", "."], [2, 2, 2, 2],
                    ["nsubj", "compound", "ROOT", "punct"], ["NOUN", "VERB", "PROPN", "PUNCT"],
                    ents=["O", "O", "B-GPE", "O"], lemmas=["official", "say", "Knin", "."])
    assert parser_only.event_place(said, 1, [mention(said, 2, 3)]) is None


@pytest.mark.slow
def test_co_mentioned_places_share_a_region(gazetteer):
    """US local news: a town and its county, a town and its state, the state and not the country."""
    gp = Geoparser(gazetteer, settings=load_settings())

    def resolve(words, spans):
        doc = Doc(VOCAB, words=words)
        return [p for _, p, _ in gp.resolve(doc, [Toponym(s, e, doc[s:e].text, "test") for s, e in spans])]

    gainesville, hall = resolve(["Gainesville", "and", "Hall", "County", "officials"], [(0, 1), (2, 4)])
    assert (gainesville.country, gainesville.admin1) == ("US", "GA")
    assert (hall.country, hall.admin1) == ("US", "GA")
    dublin, ohio = resolve(["Dublin", "in", "central", "Ohio"], [(0, 1), (3, 4)])
    assert (dublin.country, dublin.admin1) == ("US", "OH") and ohio.precision == "region"
    georgia, atlanta = resolve(["Georgia", "and", "Atlanta"], [(0, 1), (2, 3)])
    assert georgia.country == "US" and georgia.precision == "region"
    assert atlanta.country == "US"
    # without such company the country keeps its name
    (country,) = resolve(["Georgia"], [(0, 1)])
    assert country.country == "GE"
    mexico, puebla = resolve(["Mexico", "and", "Puebla"], [(0, 1), (2, 3)])
    assert mexico.precision == "country" and puebla.country == "MX"


@pytest.mark.slow
def test_hyphenated_names_and_ner_places_that_are_actors(gazetteer):
    gp = Geoparser(gazetteer, settings=load_settings())
    words = ["They", "captured", "Mazar", "-", "e", "-", "Sharif", "and", "Soleimani", "left", "."]
    spaces = [True, True, False, False, False, False, True, True, True, False, False]
    ents = ["O", "O", "B-GPE", "O", "O", "O", "O", "O", "B-GPE", "O", "O"]
    doc = Doc(VOCAB, words=words, spaces=spaces, ents=ents)
    soleimani = doc[8:9]
    found = [t.text for t in gp.recognise(doc)]
    assert "Mazar-e-Sharif" in found and "Soleimani" in found
    # the actor resolver calls "Soleimani" a person and the gazetteer does not know him
    found = [t.text for t in gp.recognise(doc, (), [(soleimani.start_char, soleimani.end_char)])]
    assert found == ["Mazar-e-Sharif"]
    # nor is a known word inside such an entity ("Republic" in "the Islamic Republic")
    words = ["Leaders", "of", "the", "Islamic", "Republic", "met", "U.S.", "envoys", "."]
    doc = Doc(VOCAB, words=words, ents=["O", "O", "B-GPE", "I-GPE", "I-GPE", "O", "B-GPE", "O", "O"],
              pos=["NOUN", "ADP", "DET", "PROPN", "PROPN", "VERB", "PROPN", "NOUN", "PUNCT"])
    body = doc[2:5]
    found = [t.text for t in gp.recognise(doc, (), [(body.start_char, body.end_char)])]
    assert found == ["U.S."]


def test_a_conjunct_shares_the_preposition_of_the_first(parser_only):
    # "People demonstrated against the company and Libya ." : what they protested, not where
    doc = make_doc(["People", "demonstrated", "against", "the", "company", "and", "Libya", "."],
                   [1, 1, 1, 4, 2, 4, 4, 1],
                   ["nsubj", "ROOT", "prep", "det", "pobj", "cc", "conj", "punct"],
                   ["NOUN", "VERB", "ADP", "DET", "NOUN", "CCONJ", "PROPN", "PUNCT"],
                   ents=["O", "O", "O", "O", "O", "O", "B-GPE", "O"],
                   lemmas=["people", "demonstrate", "against", "the", "company", "and", "Libya", "."])
    assert parser_only.event_place(doc, 1, [mention(doc, 6, 7)]) is None
    # "... in the towns of Tel Hamis and Tel Birak": the second town is a site like the first
    towns = make_doc(["Fighters", "were", "killed", "in", "Hamis", "and", "Birak", "."],
                     [2, 2, 2, 2, 3, 4, 4, 2],
                     ["nsubjpass", "auxpass", "ROOT", "prep", "pobj", "cc", "conj", "punct"],
                     ["NOUN", "AUX", "VERB", "ADP", "PROPN", "CCONJ", "PROPN", "PUNCT"],
                     ents=["O", "O", "O", "O", "B-GPE", "O", "B-GPE", "O"],
                     lemmas=["fighter", "be", "kill", "in", "Hamis", "and", "Birak", "."])
    assert parser_only.event_place(towns, 2, [mention(towns, 6, 7)]).text == "Birak"


def test_a_named_site_in_a_place_is_the_site(parser_only):
    # "He detonated a bomb at Fahm junction in northern Israel ."
    words = ["He", "detonated", "a", "bomb", "at", "Fahm", "junction", "in", "northern", "Israel", "."]
    doc = make_doc(words, [1, 1, 3, 1, 1, 6, 4, 6, 9, 7, 1],
                   ["nsubj", "ROOT", "det", "dobj", "prep", "compound", "pobj", "prep", "amod", "pobj", "punct"],
                   ["PRON", "VERB", "DET", "NOUN", "ADP", "PROPN", "NOUN", "ADP", "ADJ", "PROPN", "PUNCT"],
                   ents=["O", "O", "O", "O", "O", "B-GPE", "O", "O", "O", "B-GPE", "O"],
                   lemmas=["he", "detonate", "a", "bomb", "at", "Fahm", "junction", "in", "northern",
                           "Israel", "."])
    assert parser_only.event_place(doc, 1, [mention(doc, 5, 6), mention(doc, 9, 10)]).text == "Fahm"
    # an unnamed town: the district it lies in is the most precise place named, not a container
    def district_score(name_tag):
        words = ["It", "exploded", "at", "Deh" if name_tag else "a", "town", "in", "Pulwama", "."]
        doc = make_doc(words, [1, 1, 1, 4, 2, 4, 5, 1],
                       ["nsubj", "ROOT", "prep", "compound" if name_tag else "det", "pobj", "prep", "pobj", "punct"],
                       ["PRON", "VERB", "ADP", "PROPN" if name_tag else "DET", "NOUN", "ADP", "PROPN", "PUNCT"],
                       ents=["O", "O", "O", name_tag or "O", "O", "O", "B-GPE", "O"],
                       lemmas=["it", "explode", "at", words[3], "town", "in", "Pulwama", "."])
        roots = {3, 6} if name_tag else {6}
        return parser_only._event_score(doc[1], doc[6], roots)
    assert district_score(None) > district_score("B-GPE") + 2


def test_a_place_left_or_in_another_clause_is_not_the_site(parser_only):
    # "They killed people who tried to escape Manbij ." : where the victims came from
    doc = make_doc(["They", "killed", "people", "who", "tried", "to", "escape", "Manbij", "."],
                   [1, 1, 1, 4, 2, 6, 4, 6, 1],
                   ["nsubj", "ROOT", "dobj", "nsubj", "relcl", "aux", "xcomp", "dobj", "punct"],
                   ["PRON", "VERB", "NOUN", "PRON", "VERB", "PART", "VERB", "PROPN", "PUNCT"],
                   ents=["O", "O", "O", "O", "O", "O", "O", "B-GPE", "O"],
                   lemmas=["they", "kill", "people", "who", "try", "to", "escape", "Manbij", "."])
    assert parser_only.event_place(doc, 1, [mention(doc, 7, 8)]) is None
    # "Crowds marched in Tikrit , while a protest took place in Baghdad ."
    words = ["Crowds", "marched", "in", "Tikrit", ",", "while", "a", "protest", "took", "place", "in",
             "Baghdad", "."]
    doc = make_doc(words, [1, 1, 1, 2, 1, 8, 7, 8, 1, 8, 8, 10, 1],
                   ["nsubj", "ROOT", "prep", "pobj", "punct", "mark", "det", "nsubj", "advcl", "dobj",
                    "prep", "pobj", "punct"],
                   ["NOUN", "VERB", "ADP", "PROPN", "PUNCT", "SCONJ", "DET", "NOUN", "VERB", "NOUN",
                    "ADP", "PROPN", "PUNCT"],
                   ents=["O", "O", "O", "B-GPE", "O", "O", "O", "O", "O", "O", "O", "B-GPE", "O"],
                   lemmas=["crowd", "march", "in", "Tikrit", ",", "while", "a", "protest", "take",
                           "place", "in", "Baghdad", "."])
    trigger, other = doc[1], doc[11]
    roots = {3, 11}
    assert parser_only._event_score(trigger, other, roots) < parser_only._event_score(trigger, doc[3], roots) - 4


def test_a_verb_right_before_a_locative_the_parse_missed(parser_only):
    # "A boy captured in Afghanistan sobs ." parsed with "Afghanistan" as a compound of "sobs"
    doc = make_doc(["A", "boy", "captured", "in", "Afghanistan", "sobs", "."], [1, 1, 1, 2, 5, 3, 1],
                   ["det", "ROOT", "acl", "prep", "compound", "pobj", "punct"],
                   ["DET", "NOUN", "VERB", "ADP", "PROPN", "NOUN", "PUNCT"],
                   ents=["O", "O", "O", "O", "B-GPE", "O", "O"],
                   lemmas=["a", "boy", "capture", "in", "Afghanistan", "sob", "."])
    assert parser_only.event_place(doc, 2, [mention(doc, 4, 5)]).text == "Afghanistan"
    # "Thousands were killed in Syria 's war .": the war, not a site
    doc = make_doc(["Thousands", "were", "killed", "in", "Syria", "'s", "war", "."], [2, 2, 2, 2, 6, 4, 3, 2],
                   ["nsubjpass", "auxpass", "ROOT", "prep", "poss", "case", "pobj", "punct"],
                   ["NOUN", "AUX", "VERB", "ADP", "PROPN", "PART", "NOUN", "PUNCT"],
                   ents=["O", "O", "O", "O", "B-GPE", "O", "O", "O"],
                   lemmas=["thousand", "be", "kill", "in", "Syria", "'s", "war", "."])
    assert parser_only.event_place(doc, 2, [mention(doc, 4, 5)]) is None


@pytest.mark.slow
def test_an_arabic_article_is_not_cut_off_the_name(gazetteer):
    gp = Geoparser(gazetteer, settings=load_settings())
    words = ["In", "the", "neighbourhood", "of", "Al", "-", "Bayaa", ",", "a", "bomb", "exploded", "."]
    spaces = [True, True, True, True, False, False, False, True, True, True, False, False]
    ents = ["O", "O", "O", "O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "O", "O", "O"]
    pos = ["ADP", "DET", "NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "PUNCT", "DET", "NOUN", "VERB", "PUNCT"]
    doc = Doc(VOCAB, words=words, spaces=spaces, ents=ents, pos=pos)
    assert "Al-Bayaa" in [t.text for t in gp.recognise(doc)]


# ---------------------------------------------------------------- event place: later rules
# (sentences written for these tests; the names are invented)

def _town(name, population=1_000_000, precision="town"):
    from intelfile.records import Place

    return Place(geonameid=abs(hash(name)) % 10_000_000, name=name, country="XX", admin1=None,
                 lat=0.0, lon=0.0, population=population, precision=precision)


def test_a_participle_or_conjunct_shares_the_place_of_its_verb(parser_only):
    # "A bomb exploded in Kirsa , killing four people and wounding ten ."
    words = ["A", "bomb", "exploded", "in", "Kirsa", ",", "killing", "four", "people", "and", "wounding",
             "ten", "."]
    doc = make_doc(words, [1, 2, 2, 2, 3, 2, 2, 8, 6, 6, 6, 10, 2],
                   ["det", "nsubj", "ROOT", "prep", "pobj", "punct", "advcl", "nummod", "dobj", "cc", "conj",
                    "dobj", "punct"],
                   ["DET", "NOUN", "VERB", "ADP", "PROPN", "PUNCT", "VERB", "NUM", "NOUN", "CCONJ", "VERB",
                    "NUM", "PUNCT"],
                   ents=["O", "O", "O", "O", "B-GPE"] + ["O"] * 8,
                   lemmas=["a", "bomb", "explode", "in", "Kirsa", ",", "kill", "four", "people", "and",
                           "wound", "ten", "."],
                   tags=["DT", "NN", "VBD", "IN", "NNP", ",", "VBG", "CD", "NNS", "CC", "VBG", "CD", "."])
    places = [mention(doc, 4, 5)]
    assert parser_only.event_place(doc, 6, places).text == "Kirsa"
    assert parser_only.event_place(doc, 10, places).text == "Kirsa"
    # "Police captured him in Orvo but released him ." : the release happened who knows where
    words = ["Police", "captured", "him", "in", "Orvo", "but", "released", "him", "."]
    doc = make_doc(words, [1, 1, 1, 1, 3, 1, 1, 6, 1],
                   ["nsubj", "ROOT", "dobj", "prep", "pobj", "cc", "conj", "dobj", "punct"],
                   ["NOUN", "VERB", "PRON", "ADP", "PROPN", "CCONJ", "VERB", "PRON", "PUNCT"],
                   ents=["O", "O", "O", "O", "B-GPE", "O", "O", "O", "O"],
                   lemmas=["police", "capture", "he", "in", "Orvo", "but", "release", "he", "."],
                   tags=["NNS", "VBD", "PRP", "IN", "NNP", "CC", "VBD", "PRP", "."])
    assert parser_only.event_place(doc, 1, [mention(doc, 4, 5)]).text == "Orvo"
    assert parser_only.event_place(doc, 6, [mention(doc, 4, 5)]) is None


def test_a_speech_participle_does_not_take_the_place(parser_only):
    # "Rebels fought in Kirsa , adding that more would follow ."
    words = ["Rebels", "fought", "in", "Kirsa", ",", "adding", "that", "more", "would", "follow", "."]
    doc = make_doc(words, [1, 1, 1, 2, 1, 1, 9, 9, 9, 5, 1],
                   ["nsubj", "ROOT", "prep", "pobj", "punct", "advcl", "mark", "nsubj", "aux", "ccomp", "punct"],
                   ["NOUN", "VERB", "ADP", "PROPN", "PUNCT", "VERB", "SCONJ", "ADJ", "AUX", "VERB", "PUNCT"],
                   ents=["O", "O", "O", "B-GPE"] + ["O"] * 7,
                   lemmas=["rebel", "fight", "in", "Kirsa", ",", "add", "that", "more", "would", "follow", "."],
                   tags=["NNS", "VBD", "IN", "NNP", ",", "VBG", "IN", "JJR", "MD", "VB", "."])
    assert parser_only.event_place(doc, 1, [mention(doc, 3, 4)]).text == "Kirsa"
    assert parser_only.event_place(doc, 5, [mention(doc, 3, 4)]) is None
    # the same sentence with "killing five" instead: the killing was there
    words = ["Rebels", "fought", "in", "Kirsa", ",", "killing", "five", "."]
    doc = make_doc(words, [1, 1, 1, 2, 1, 1, 5, 1],
                   ["nsubj", "ROOT", "prep", "pobj", "punct", "advcl", "dobj", "punct"],
                   ["NOUN", "VERB", "ADP", "PROPN", "PUNCT", "VERB", "NUM", "PUNCT"],
                   ents=["O", "O", "O", "B-GPE", "O", "O", "O", "O"],
                   lemmas=["rebel", "fight", "in", "Kirsa", ",", "kill", "five", "."],
                   tags=["NNS", "VBD", "IN", "NNP", ",", "VBG", "CD", "."])
    assert parser_only.event_place(doc, 5, [mention(doc, 3, 4)]).text == "Kirsa"


def test_an_embassy_is_named_for_its_owner(parser_only):
    # "A bomb destroyed the Danish Embassy in Tarvo ." : Tarvo is where
    words = ["A", "bomb", "destroyed", "the", "Danish", "Embassy", "in", "Tarvo", "."]
    doc = make_doc(words, [1, 2, 2, 5, 5, 2, 5, 6, 2],
                   ["det", "nsubj", "ROOT", "det", "compound", "dobj", "prep", "pobj", "punct"],
                   ["DET", "NOUN", "VERB", "DET", "PROPN", "PROPN", "ADP", "PROPN", "PUNCT"],
                   ents=["O", "O", "O", "B-FAC", "I-FAC", "I-FAC", "O", "B-GPE", "O"],
                   lemmas=["a", "bomb", "destroy", "the", "Danish", "embassy", "in", "Tarvo", "."])
    chosen = parser_only.event_place(doc, 2, [mention(doc, 4, 6), mention(doc, 7, 8)])
    assert chosen is not None and chosen.text == "Tarvo"


def test_the_smaller_of_two_nested_places_is_the_site(parser_only):
    # "A blast hit the Kadra district of Velsa ." : Kadra (unknown to the gazetteer) lies in Velsa
    words = ["A", "blast", "hit", "the", "Kadra", "district", "of", "Velsa", "."]
    doc = make_doc(words, [1, 2, 2, 5, 5, 2, 5, 6, 2],
                   ["det", "nsubj", "ROOT", "det", "compound", "dobj", "prep", "pobj", "punct"],
                   ["DET", "NOUN", "VERB", "DET", "PROPN", "NOUN", "ADP", "PROPN", "PUNCT"],
                   ents=["O", "O", "O", "O", "B-GPE", "O", "O", "B-GPE", "O"],
                   lemmas=["a", "blast", "hit", "the", "Kadra", "district", "of", "Velsa", "."])
    kadra, velsa = mention(doc, 4, 5), mention(doc, 7, 8, _town("Velsa"))
    assert parser_only.event_place(doc, 2, [kadra, velsa]).text == "Kadra"
    # "... the Velsa neighbourhood of Kadra ." : the other way round, the same answer
    words = ["A", "blast", "hit", "the", "Velsa", "neighbourhood", "of", "Kadra", "."]
    doc = make_doc(words, [1, 2, 2, 5, 5, 2, 5, 6, 2],
                   ["det", "nsubj", "ROOT", "det", "compound", "dobj", "prep", "pobj", "punct"],
                   ["DET", "NOUN", "VERB", "DET", "PROPN", "NOUN", "ADP", "PROPN", "PUNCT"],
                   ents=["O", "O", "O", "O", "B-GPE", "O", "O", "B-GPE", "O"],
                   lemmas=["a", "blast", "hit", "the", "Velsa", "neighbourhood", "of", "Kadra", "."])
    velsa, kadra = mention(doc, 4, 5, _town("Velsa")), mention(doc, 7, 8)
    assert parser_only.event_place(doc, 2, [velsa, kadra]).text == "Kadra"


def test_a_place_named_with_a_place_noun_after_of_contains_the_site(parser_only):
    # "Gunmen killed nine people in the Rim district of Doma Province ."
    words = ["Gunmen", "killed", "nine", "people", "in", "the", "Rim", "district", "of", "Doma", "Province", "."]
    doc = make_doc(words, [1, 1, 3, 1, 1, 7, 7, 4, 7, 10, 8, 1],
                   ["nsubj", "ROOT", "nummod", "dobj", "prep", "det", "compound", "pobj", "prep", "compound",
                    "pobj", "punct"],
                   ["NOUN", "VERB", "NUM", "NOUN", "ADP", "DET", "PROPN", "NOUN", "ADP", "PROPN", "PROPN",
                    "PUNCT"],
                   ents=["O"] * 6 + ["B-GPE", "O", "O", "B-GPE", "I-GPE", "O"],
                   lemmas=["gunman", "kill", "nine", "people", "in", "the", "Rim", "district", "of", "Doma",
                           "Province", "."])
    chosen = parser_only.event_place(doc, 1, [mention(doc, 6, 7), mention(doc, 9, 11)])
    assert chosen is not None and chosen.text == "Rim"


def test_a_dateline_is_not_where_it_happened(parser_only):
    from intelfile.geo import _in_dateline

    text = "TARVO, Kirsa (AP) -- Police shot two men in Velsa."
    assert _in_dateline(text, 0, 5) and _in_dateline(text, 7, 12)
    assert not _in_dateline(text, 44, 49)
    assert not _in_dateline("Police in TARVO said -- nothing", 10, 15)
    # "TARVO -- Police shot two men ."
    doc = make_doc(["TARVO", "--", "Police", "shot", "two", "men", "."], [3, 3, 3, 3, 5, 3, 3],
                   ["npadvmod", "punct", "nsubj", "ROOT", "nummod", "dobj", "punct"],
                   ["PROPN", "PUNCT", "NOUN", "VERB", "NUM", "NOUN", "PUNCT"],
                   ents=["B-GPE", "O", "O", "O", "O", "O", "O"],
                   lemmas=["TARVO", "--", "police", "shoot", "two", "man", "."])
    assert parser_only.event_place(doc, 3, [mention(doc, 0, 1)]) is None


def test_places_inside_actors_and_offices_are_not_sites(parser_only):
    # "Kirsa - backed militias shelled the town ."
    words = ["Kirsa", "-", "backed", "militias", "shelled", "the", "town", "."]
    doc = make_doc(words, [2, 2, 3, 4, 4, 6, 4, 4],
                   ["npadvmod", "punct", "amod", "nsubj", "ROOT", "det", "dobj", "punct"],
                   ["PROPN", "PUNCT", "VERB", "NOUN", "VERB", "DET", "NOUN", "PUNCT"],
                   ents=["B-GPE", "O", "O", "O", "O", "O", "O", "O"],
                   lemmas=["Kirsa", "-", "back", "militia", "shell", "the", "town", "."])
    assert parser_only.event_place(doc, 4, [mention(doc, 0, 1)]) is None
    # "The governor of Velsa was killed ."
    doc = make_doc(["The", "governor", "of", "Velsa", "was", "killed", "."], [1, 5, 1, 2, 5, 5, 5],
                   ["det", "nsubjpass", "prep", "pobj", "auxpass", "ROOT", "punct"],
                   ["DET", "NOUN", "ADP", "PROPN", "AUX", "VERB", "PUNCT"],
                   ents=["O", "O", "O", "B-GPE", "O", "O", "O"],
                   lemmas=["the", "governor", "of", "Velsa", "be", "kill", "."])
    assert parser_only.event_place(doc, 5, [mention(doc, 3, 4)]) is None


def test_a_place_naming_where_a_thing_is(parser_only):
    def found_in(noun):
        # "He was found dead in a Velsa hotel <noun> ."
        words = ["He", "was", "shot", "in", "a", "Velsa", "hotel", noun, "."]
        doc = make_doc(words, [2, 2, 2, 2, 7, 7, 7, 3, 2],
                       ["nsubjpass", "auxpass", "ROOT", "prep", "det", "compound", "compound", "pobj", "punct"],
                       ["PRON", "AUX", "VERB", "ADP", "DET", "PROPN", "NOUN", "NOUN", "PUNCT"],
                       ents=["O"] * 5 + ["B-GPE", "O", "O", "O"],
                       lemmas=["he", "be", "shoot", "in", "a", "Velsa", "hotel", noun, "."])
        return parser_only.event_place(doc, 2, [mention(doc, 5, 6)])

    assert found_in("room").text == "Velsa"
    assert found_in("interview") is None


def test_what_a_protest_was_against_is_not_where(parser_only):
    # "Students protested against an attack on Kirsa ."
    words = ["Students", "protested", "against", "an", "attack", "on", "Kirsa", "."]
    doc = make_doc(words, [1, 1, 1, 4, 2, 4, 5, 1],
                   ["nsubj", "ROOT", "prep", "det", "pobj", "prep", "pobj", "punct"],
                   ["NOUN", "VERB", "ADP", "DET", "NOUN", "ADP", "PROPN", "PUNCT"],
                   ents=["O"] * 6 + ["B-GPE", "O"],
                   lemmas=["student", "protest", "against", "an", "attack", "on", "Kirsa", "."])
    assert parser_only.event_place(doc, 1, [mention(doc, 6, 7)]) is None



def _fronted_doc(inner_word, inner_tag):
    # "In Kirsa , gunmen shot a man in <inner> ."
    words = ["In", "Kirsa", ",", "gunmen", "shot", "a", "man", "in", inner_word, "."]
    return make_doc(words, [4, 0, 4, 4, 4, 6, 4, 4, 7, 4],
                    ["prep", "pobj", "punct", "nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct"],
                    ["ADP", "PROPN", "PUNCT", "NOUN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT"],
                    ents=["O", "B-GPE", "O", "O", "O", "O", "O", "O", inner_tag, "O"],
                    lemmas=["in", "Kirsa", ",", "gunman", "shoot", "a", "man", "in", inner_word, "."])


def test_a_smaller_place_inside_an_opening_scene_is_the_site(parser_only):
    doc = _fronted_doc("Velsa", "B-GPE")
    region = mention(doc, 1, 2, _town("Kirsa", 5_000_000, "region"))
    # a town inside the scene the sentence opens with is the more precise place
    assert parser_only.event_place(doc, 4, [region, mention(doc, 8, 9, _town("Velsa", 20_000))]).text == "Velsa"
    # a larger place is not inside it
    assert parser_only.event_place(doc, 4, [region, mention(doc, 8, 9, _town("Velsa", 9_000_000, "country"))]
                                   ).text == "Kirsa"
    # a building inside a town: the town ("In Kirsa, ... at the Velsa mosque")
    doc2 = _fronted_doc("Velsa", "B-FAC")
    town = mention(doc2, 1, 2, _town("Kirsa", 200_000))
    assert parser_only.event_place(doc2, 4, [town, mention(doc2, 8, 9)]).text == "Kirsa"
    # the same building inside a region: the building
    region2 = mention(doc2, 1, 2, _town("Kirsa", 5_000_000, "region"))
    assert parser_only.event_place(doc2, 4, [region2, mention(doc2, 8, 9)]).text == "Velsa"


def test_a_town_inside_a_country_scored_nearly_as_well_is_more_precise(parser_only):
    from intelfile.records import Place

    # "Troops shelled positions in Kirsa around Velsa ."
    words = ["Troops", "shelled", "positions", "in", "Kirsa", "around", "Velsa", "."]
    doc = make_doc(words, [1, 1, 1, 1, 3, 2, 5, 1],
                   ["nsubj", "ROOT", "dobj", "prep", "pobj", "prep", "pobj", "punct"],
                   ["NOUN", "VERB", "NOUN", "ADP", "PROPN", "ADP", "PROPN", "PUNCT"],
                   ents=["O", "O", "O", "O", "B-GPE", "O", "B-GPE", "O"],
                   lemmas=["troop", "shell", "position", "in", "Kirsa", "around", "Velsa", "."])
    country = Place(geonameid=1, name="Kirsa", country="KX", admin1=None, lat=0.0, lon=0.0,
                    population=9_000_000, precision="country")
    inside = Place(geonameid=2, name="Velsa", country="KX", admin1="01", lat=0.0, lon=0.0,
                   population=50_000, precision="town")
    abroad = Place(geonameid=3, name="Velsa", country="QX", admin1="01", lat=0.0, lon=0.0,
                   population=50_000, precision="town")
    kirsa = mention(doc, 4, 5, country)
    roots = {4, 6}
    best, second = parser_only._event_score(doc[1], doc[4], roots), parser_only._event_score(doc[1], doc[6], roots)
    assert best > second >= best - 2.0
    assert parser_only.event_place(doc, 1, [kirsa, mention(doc, 6, 7, inside)]).text == "Velsa"
    assert parser_only.event_place(doc, 1, [kirsa, mention(doc, 6, 7, abroad)]).text == "Kirsa"


def test_what_they_vowed_to_do_and_people_named_like_places(parser_only):
    # "Rebels captured the east and vowed to march into Velsa ."
    words = ["Rebels", "captured", "the", "east", "and", "vowed", "to", "march", "into", "Velsa", "."]
    doc = make_doc(words, [1, 1, 3, 1, 1, 1, 7, 5, 7, 8, 1],
                   ["nsubj", "ROOT", "det", "dobj", "cc", "conj", "aux", "xcomp", "prep", "pobj", "punct"],
                   ["NOUN", "VERB", "DET", "NOUN", "CCONJ", "VERB", "PART", "VERB", "ADP", "PROPN", "PUNCT"],
                   ents=["O"] * 9 + ["B-GPE", "O"],
                   lemmas=["rebel", "capture", "the", "east", "and", "vow", "to", "march", "into", "Velsa", "."])
    assert parser_only.event_place(doc, 1, [mention(doc, 9, 10)]) is None
    # "Police captured Orvo , the group 's leader , in Kirsa ."
    words = ["Police", "captured", "Orvo", ",", "the", "group", "'s", "leader", ",", "in", "Kirsa", "."]
    doc = make_doc(words, [1, 1, 1, 2, 5, 7, 5, 2, 2, 1, 9, 1],
                   ["nsubj", "ROOT", "dobj", "punct", "det", "poss", "case", "appos", "punct", "prep", "pobj",
                    "punct"],
                   ["NOUN", "VERB", "PROPN", "PUNCT", "DET", "NOUN", "PART", "NOUN", "PUNCT", "ADP", "PROPN",
                    "PUNCT"],
                   ents=["O", "O", "B-GPE"] + ["O"] * 7 + ["B-GPE", "O"],
                   lemmas=["police", "capture", "Orvo", ",", "the", "group", "'s", "leader", ",", "in", "Kirsa",
                           "."])
    assert parser_only.event_place(doc, 1, [mention(doc, 2, 3), mention(doc, 10, 11)]).text == "Kirsa"


def test_captures_and_shots_that_are_no_attack_have_no_place(parser_only):
    def sentence(words, heads, deps, pos, lemmas, trigger, place):
        doc = make_doc(words, heads, deps, pos, lemmas=lemmas,
                       ents=["B-GPE" if k == place else "O" for k in range(len(words))])
        return parser_only.event_place(doc, trigger, [mention(doc, place, place + 1)])

    # "The speech captured the imagination of voters in Kirsa ."
    words = ["The", "speech", "captured", "the", "imagination", "of", "voters", "in", "Kirsa", "."]
    assert sentence(words, [1, 2, 2, 4, 2, 4, 5, 6, 7, 2],
                    ["det", "nsubj", "ROOT", "det", "dobj", "prep", "pobj", "prep", "pobj", "punct"],
                    ["DET", "NOUN", "VERB", "DET", "NOUN", "ADP", "NOUN", "ADP", "PROPN", "PUNCT"],
                    ["the", "speech", "capture", "the", "imagination", "of", "voter", "in", "Kirsa", "."],
                    2, 8) is None
    # "The rebels captured the town of Kirsa ."
    words = ["The", "rebels", "captured", "the", "town", "of", "Kirsa", "."]
    got = sentence(words, [1, 2, 2, 4, 2, 4, 5, 2],
                   ["det", "nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct"],
                   ["DET", "NOUN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT"],
                   ["the", "rebel", "capture", "the", "town", "of", "Kirsa", "."], 2, 6)
    assert got is not None and got.text == "Kirsa"
    # "Prices shot up in Kirsa ." (no object): not gunfire; "Soldiers shot up a car in Kirsa .": gunfire
    words = ["Prices", "shot", "up", "in", "Kirsa", "."]
    assert sentence(words, [1, 1, 1, 1, 3, 1], ["nsubj", "ROOT", "prt", "prep", "pobj", "punct"],
                    ["NOUN", "VERB", "ADP", "ADP", "PROPN", "PUNCT"],
                    ["price", "shoot", "up", "in", "Kirsa", "."], 1, 4) is None
    words = ["Soldiers", "shot", "up", "a", "car", "in", "Kirsa", "."]
    got = sentence(words, [1, 1, 1, 4, 1, 1, 5, 1],
                   ["nsubj", "ROOT", "prt", "det", "dobj", "prep", "pobj", "punct"],
                   ["NOUN", "VERB", "ADP", "DET", "NOUN", "ADP", "PROPN", "PUNCT"],
                   ["soldier", "shoot", "up", "a", "car", "in", "Kirsa", "."], 1, 6)
    assert got is not None and got.text == "Kirsa"
    # "The film was shot in Kirsa ."
    words = ["The", "film", "was", "shot", "in", "Kirsa", "."]
    assert sentence(words, [1, 3, 3, 3, 3, 4, 3], ["det", "nsubjpass", "auxpass", "ROOT", "prep", "pobj", "punct"],
                    ["DET", "NOUN", "AUX", "VERB", "ADP", "PROPN", "PUNCT"],
                    ["the", "film", "be", "shoot", "in", "Kirsa", "."], 3, 5) is None


def test_a_town_police_force_acts_in_its_town(parser_only):
    # "Velsa police shot a man ." : Velsa, when the sentence names nothing better
    words = ["Velsa", "police", "shot", "a", "man", "."]
    doc = make_doc(words, [1, 2, 2, 4, 2, 2], ["compound", "nsubj", "ROOT", "det", "dobj", "punct"],
                   ["PROPN", "NOUN", "VERB", "DET", "NOUN", "PUNCT"], ents=["B-GPE"] + ["O"] * 5,
                   lemmas=["Velsa", "police", "shoot", "a", "man", "."])
    assert parser_only.event_place(doc, 2, [mention(doc, 0, 1, _town("Velsa", 300_000))]).text == "Velsa"
    # a country's police is not a place ("Kirsa police" for a whole state)
    country = mention(doc, 0, 1, _town("Velsa", 9_000_000, "country"))
    assert parser_only.event_place(doc, 2, [country]) is None


# ---------------------------------------------------------------------- learned event location
def _model_parser(**geo):
    return Geoparser(None, settings=load_settings(geo={"event_location": "model", **geo}))  # type: ignore[arg-type]


def _raid_sentence():
    # "Militants from Velsa killed two people in Kirsa ."
    words = ["Militants", "from", "Velsa", "killed", "two", "people", "in", "Kirsa", "."]
    doc = make_doc(words, [3, 0, 1, 3, 5, 3, 3, 6, 3],
                   ["nsubj", "prep", "pobj", "ROOT", "nummod", "dobj", "prep", "pobj", "punct"],
                   ["NOUN", "ADP", "PROPN", "VERB", "NUM", "NOUN", "ADP", "PROPN", "PUNCT"],
                   ents=["O", "O", "B-GPE", "O", "O", "O", "O", "B-GPE", "O"],
                   lemmas=["militant", "from", "Velsa", "kill", "two", "people", "in", "Kirsa", "."])
    return doc, [mention(doc, 2, 3, _town("Velsa")), mention(doc, 7, 8, _town("Kirsa", 20_000))]


def test_event_features_describe_the_pair(parser_only):
    from intelfile.geo import EVENT_FEATURES

    doc, places = _raid_sentence()
    cands = parser_only.event_candidates(doc, 3, places)
    assert [m.text for m, _ in cands] == ["Velsa", "Kirsa"]
    f = [dict(zip(EVENT_FEATURES, x)) for _, x in cands]
    assert all(len(x) == len(EVENT_FEATURES) for _, x in cands)
    velsa, kirsa = f
    assert kirsa["rule_choice"] == 1.0 and velsa["rule_choice"] == 0.0
    assert kirsa["prep_in"] == 1.0 and kirsa["prep_head_trigger"] == 1.0 and kirsa["same_clause"] == 1.0
    assert kirsa["in_subtree"] == 1.0 and kirsa["after_trigger"] == 1.0 and kirsa["lca_is_trigger"] == 1.0
    assert velsa["prep_from"] == 1.0 and velsa["after_trigger"] == 0.0 and velsa["prep_head_noun"] == 1.0
    assert velsa["rule_scored"] == 0.0  # an origin: the rules rule it out
    assert kirsa["trigger_kill"] == 1.0 and kirsa["candidates"] == 0.5 and kirsa["precision_town"] == 1.0
    assert kirsa["population_log"] < velsa["population_log"]
    assert parser_only.event_candidates(doc, 99, places) == []


def test_shipped_event_location_model_loads_and_matches_the_extractor():
    from intelfile.geo import EVENT_FEATURES, EventLocationModel

    model = EventLocationModel.load()
    assert tuple(model.spec["features"]) == EVENT_FEATURES
    assert 0.0 < model.threshold < 1.0
    assert model.spec["trained_on"]["items"] > 1000
    p = model.probability([0.0] * len(EVENT_FEATURES))
    assert 0.0 <= p <= 1.0


def test_event_location_model_rejects_other_features(tmp_path):
    from intelfile.errors import ResourceError
    from intelfile.geo import EVENT_FEATURES, EventLocationModel

    spec = {"features": list(EVENT_FEATURES)[:-1], "kind": "logistic", "weights": [0.0] * (len(EVENT_FEATURES) - 1)}
    with pytest.raises(ResourceError, match="features differ"):
        EventLocationModel(spec)
    bad = tmp_path / "m.json"
    bad.write_text("not json", encoding="utf-8")
    with pytest.raises(ResourceError):
        EventLocationModel.load(bad)


def test_event_location_model_decides_by_threshold_and_rules(parser_only):
    from intelfile.geo import EVENT_FEATURES, EventLocationModel

    doc, places = _raid_sentence()
    cands = parser_only.event_candidates(doc, 3, places)
    weights = [0.0] * len(EVENT_FEATURES)
    weights[EVENT_FEATURES.index("prep_from")] = 4.0  # a model that wrongly likes origins
    spec = {"features": list(EVENT_FEATURES), "kind": "logistic", "intercept": -2.0, "weights": weights,
            "threshold": 0.6}
    assert EventLocationModel(spec).choose(cands).text == "Velsa"
    assert EventLocationModel({**spec, "threshold": 0.95}).choose(cands) is None
    # the hybrid keeps the rules' choice (Kirsa) when the model gives it at least prefer_rules
    assert EventLocationModel({**spec, "prefer_rules": 0.1}).choose(cands).text == "Kirsa"
    assert EventLocationModel({**spec, "prefer_rules": 0.5}).choose(cands).text == "Velsa"
    # trees: one stump on rule_choice
    tree = {"left": [1, -1, -1], "right": [2, -1, -1], "feature": [EVENT_FEATURES.index("rule_choice"), -2, -2],
            "threshold": [0.5, -2.0, -2.0], "value": [0.0, -3.0, 3.0]}
    trees = EventLocationModel({"features": list(EVENT_FEATURES), "kind": "trees", "init": 0.0,
                                "learning_rate": 1.0, "trees": [tree], "threshold": 0.5})
    assert trees.choose(cands).text == "Kirsa"


def test_geoparser_uses_the_shipped_model_when_the_settings_say_so():
    doc, places = _raid_sentence()
    parser = _model_parser()
    assert parser.event_place(doc, 3, places).text == "Kirsa"
    assert parser.event_location_model() is parser.event_location_model()  # loaded once
    assert parser.event_place(doc, 3, []) is None


def test_a_figurative_trigger_has_no_place_whatever_the_model_says(tmp_path):
    import json

    from intelfile.geo import EVENT_FEATURES

    eager = tmp_path / "eager.json"  # a model that finds every place likely
    eager.write_text(json.dumps({"features": list(EVENT_FEATURES), "kind": "logistic", "intercept": 10.0,
                                 "weights": [0.0] * len(EVENT_FEATURES), "threshold": 0.5}), encoding="utf-8")
    parser = _model_parser(event_location_model=str(eager))
    words = ["Prices", "shot", "up", "in", "Kirsa", "."]
    prices = make_doc(words, [1, 1, 1, 1, 3, 1], ["nsubj", "ROOT", "prt", "prep", "pobj", "punct"],
                      ["NOUN", "VERB", "ADP", "ADP", "PROPN", "PUNCT"],
                      lemmas=["price", "shoot", "up", "in", "Kirsa", "."])
    assert parser.event_place(prices, 1, [mention(prices, 4, 5, _town("Kirsa"))]) is None
    doc, places = _raid_sentence()
    assert parser.event_place(doc, 3, places) is not None


def test_training_script_runs_on_a_tiny_file(tmp_path, nlp, gazetteer):
    pytest.importorskip("sklearn", reason="tools/train_event_location.py fit needs scikit-learn (dev extra)")
    import importlib.util
    import json
    from pathlib import Path

    from intelfile.geo import EventLocationModel

    path = Path(__file__).resolve().parents[1] / "tools" / "train_event_location.py"
    spec = importlib.util.spec_from_file_location("train_event_location", path)
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)

    def item(k, text, verb, place):
        v = text.index(verb)
        locs = []
        if place:
            s = text.index(place)
            locs = [{"start": s, "end": s + len(place), "text": place}]
        return {"id": str(k), "text": text, "verb": {"start": v, "end": v + len(verb), "text": verb},
                "locations": locs}

    rows = []
    for k, (town, other) in enumerate([("Kabul", "Paris"), ("Lagos", "London"), ("Baghdad", "Cairo"),
                                       ("Karachi", "Berlin"), ("Mosul", "Madrid"), ("Aleppo", "Rome")]):
        rows.append(item(2 * k, f"Gunmen from {other} killed four people in {town} on Monday.", "killed", town))
        rows.append(item(2 * k + 1, f"Officials in {other} said the attack was a crime.", "attack", None))
    items = tmp_path / "items.jsonl"
    items.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    feats = tmp_path / "feats.jsonl"
    assert tool.extract(items, "file", None, feats, nlp=nlp, gazetteer=gazetteer) == len(rows)
    names, parsed = tool.read_features(feats)
    assert any(c["label"] == 1 for it in parsed for c in it["candidates"])
    out = tmp_path / "model.json"
    tool.main(["fit", str(feats), "--kind", "logistic", "--folds", "2", "--check", str(feats), "--out", str(out)])
    model = EventLocationModel.load(out)
    assert list(model.spec["features"]) == names
    assert model.spec["trained_on"]["items"] == len(rows)
    assert set(model.spec["figures"]) >= {"cv_dev", "rules_dev", "check"}
