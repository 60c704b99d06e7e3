"""De-duplication of articles and events, on hand-made records (tests/intel_fixtures.py)."""
from __future__ import annotations

from intel_fixtures import IS, IRQ_MIL, TIKRIT, AL_ALAM, build_records, event, make_doc

from intelfile import load_settings
from intelfile.dedup import (
    DocumentDeduplicator, cluster_events, haversine_km, merge_numbers, parse_date, shingles,
)
from intelfile.records import Numbers


def _settings(**dedup):
    return load_settings(dedup=dedup) if dedup else load_settings()


def test_syndicated_copy_is_a_near_duplicate_and_a_different_article_is_not():
    r = build_records()
    docs = {d.id: d for d in r["documents"]}
    dedup = DocumentDeduplicator(settings=_settings())
    assert dedup.add(docs["doc-wire"]) == []
    found = dedup.add(docs["doc-wire-copy"])
    assert [(d.doc_id, d.duplicate_of) for d in found] == [("doc-wire-copy", "doc-wire")]
    assert found[0].similarity >= 0.8
    assert dedup.add(docs["doc-analysis"]) == []
    assert dedup.group("doc-wire-copy") == "doc-wire"
    assert dedup.groups()["doc-wire"] == ["doc-wire", "doc-wire-copy"]
    assert dedup.add(docs["doc-wire"]) == []  # re-adding is a no-op
    assert len(dedup) == 3


def test_threshold_setting_is_respected():
    a = make_doc("a", ["one two three four five six seven eight nine ten eleven twelve"], published="2015-01-01")
    b = make_doc("b", ["one two three four five six seven eight nine ten eleven thirteen"], published="2015-01-01")
    strict = DocumentDeduplicator(settings=_settings(near_duplicate_threshold=0.95))
    strict.add(a)
    assert strict.add(b) == []
    loose = DocumentDeduplicator(settings=_settings(near_duplicate_threshold=0.5))
    loose.add(a)
    assert [d.duplicate_of for d in loose.add(b)] == ["a"]


def test_shingles_of_short_and_long_text():
    assert shingles("Hello, world", 5) == {"hello world"}
    assert shingles("a b c d e f", 5) == {"a b c d e", "b c d e f"}
    assert shingles("", 5) == set()


def test_reports_of_one_event_merge_and_figures_are_not_added():
    r = build_records()
    docs = {d.id: d for d in r["documents"]}
    clusters = cluster_events(r["events"], docs, _settings())
    by_member = {m: c for c in clusters for m in c.members}
    alam = by_member["e-alam-1"]
    assert set(alam.members) == {"e-alam-1", "e-alam-2", "e-alam-3"}
    assert alam.source_count == 3
    assert alam.sources[0] == "doc-wire"  # earliest article first
    assert alam.first_report == "2015-03-11"
    assert "https://example.org/wire" in alam.urls
    strike = by_member["e-strike-1"]
    assert set(strike.members) == {"e-strike-1", "e-strike-2"}
    assert strike.numbers.killed == (30, 32)  # a range over the reports, never 62
    assert strike.numbers.victims == "IS"
    # neighbouring towns and different attackers stay apart
    assert by_member["e-tikrit-fight"] is not strike
    assert by_member["e-tikrit-fight"] is not alam
    # a forecast never merges with what happened
    assert by_member["e-tikrit-forecast"] is not by_member["e-tikrit-retaken"]
    assert len({c.id for c in clusters}) == len(clusters)


def test_syndicated_copies_count_once_as_independent_sources():
    r = build_records()
    docs = {d.id: d for d in r["documents"]}
    dedup = DocumentDeduplicator(settings=_settings())
    dedup.add_all(docs.values())
    clusters = cluster_events(r["events"], docs, _settings(), duplicates=dedup)
    alam = next(c for c in clusters if "e-alam-1" in c.members)
    assert (alam.source_count, alam.independent_sources) == (3, 2)


def test_window_and_distance_settings():
    d1 = make_doc("d1", ["Iraqi troops attacked Islamic State in Tikrit."], published="2015-03-01")
    d2 = make_doc("d2", ["Iraqi troops attacked Islamic State in Tikrit again."], published="2015-03-06")
    e1 = event(d1, 0, "ASSAULT", [("Iraqi troops", IRQ_MIL)], [("Islamic State", IS)], id="x1",
               place=("Tikrit", TIKRIT), date="2015-03-01")
    e2 = event(d2, 0, "ASSAULT", [("Iraqi troops", IRQ_MIL)], [("Islamic State", IS)], id="x2",
               place=("Tikrit", TIKRIT), date="2015-03-05")
    docs = {"d1": d1, "d2": d2}
    assert len(cluster_events([e1, e2], docs, _settings(window_days=3))) == 2
    assert len(cluster_events([e1, e2], docs, _settings(window_days=5))) == 1
    e3 = e2.replace(place=e2.place.replace(place=AL_ALAM), date_start="2015-03-01")
    km = haversine_km(TIKRIT.lat, TIKRIT.lon, AL_ALAM.lat, AL_ALAM.lon)
    assert 5 < km < 20
    assert len(cluster_events([e1, e3], docs, _settings(max_km=km - 1))) == 2
    assert len(cluster_events([e1, e3], docs, _settings(max_km=km + 1))) == 1


def test_merge_numbers_keeps_vague_words_only_without_figures():
    merged = merge_numbers([Numbers(killed=(5, 5)), Numbers(killed=(7, 9), wounded_vague="dozens"), None])
    assert merged.killed == (5, 9)
    assert merged.wounded is None and merged.wounded_vague == "dozens"
    assert merge_numbers([Numbers(killed_vague="hundreds"), Numbers(killed=(300, 300))]).killed_vague is None
    assert merge_numbers([None]) is None


def test_parse_date_forms():
    assert str(parse_date("2014-06")) == "2014-06-01"
    assert str(parse_date("2015-03-14T09:00:00")) == "2015-03-14"
    assert parse_date("June") is None and parse_date(None) is None


def test_one_sentence_coded_twice_with_two_places_is_one_event():
    d = make_doc("two", ["Kurdish fighters ambushed Islamic State reinforcements from Syria near Tikrit."],
                 published="2015-03-07")
    from intel_fixtures import KURDS, KOBANI
    a = event(d, 0, "ASSAULT", [("Kurdish fighters", KURDS)], [("Islamic State", IS)], id="t1",
              place=("Tikrit", TIKRIT), date="2015-03-07")
    b = event(d, 0, "ASSAULT", [("Kurdish fighters", KURDS)], [("Islamic State", IS)], id="t2",
              place=("Syria", KOBANI), date="2015-03-07")
    assert len(cluster_events([a, b], {"two": d}, _settings())) == 1
    c = b.replace(id="t3", sentence=0, sources=(), targets=b.targets)
    assert len(cluster_events([a, c], {"two": d}, _settings())) == 2


def test_place_label_uses_the_articles_name_and_adds_another_gazetteer_name():
    from intelfile.dedup import place_label
    from intelfile.records import Place, PlaceMention

    kobani = Place(172256, "‘Ayn al ‘Arab", "SY", "09", 36.89, 38.35)
    tikrit = Place(90150, "Tikrīt", "IQ", "18", 34.6, 43.7)
    assert place_label(PlaceMention("d", 0, 0, 6, "Kobani", kobani)) == "Kobani (‘Ayn al ‘Arab)"
    assert place_label(PlaceMention("d", 0, 0, 6, "Tikrit", tikrit)) == "Tikrit"
    assert place_label(PlaceMention("d", 0, 0, 6, "Nowhere", None)) == "Nowhere"
    assert place_label(None) is None
