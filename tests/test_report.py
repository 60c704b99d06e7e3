"""Dossier, overview and the whole intelligence file, from a fake store and from the real one."""
from __future__ import annotations

import json
import re

import pytest
from intel_fixtures import FakeStore, build_records

from intelfile import load_settings
from intelfile.errors import ConfigError, NotFound
from intelfile.report import md_escape, write_dossier, write_intelligence_file, write_overview


@pytest.fixture()
def store():
    return FakeStore(build_records())


@pytest.fixture(scope="module")
def settings():
    return load_settings()


def test_dossier_json_has_every_section_with_references(store, settings, tmp_path):
    write_dossier(store, "daesh", tmp_path, settings, formats=("json",))
    data = json.loads((tmp_path / "islamic-state.json").read_text(encoding="utf-8"))
    assert data["actor"]["id"] == "IS" and "ISIS" in data["actor"]["aliases"]
    assert data["assessment"]["verdict"] == "declining" and data["assessment"]["refs"]
    assert {t["id"] for t in data["adversaries"]} >= {"IRQ_MIL", "PESHMERGA", "COALITION"}
    assert {p["place"] for p in data["territory"]["lost"]} == {"Kobani", "al-Alam", "Tikrit"}
    assert {p["place"] for p in data["territory"]["gained"]} == {"Mosul", "Tikrit"}
    assert [p["place"] for p in data["territory"]["held"]] == ["Mosul"]
    assert data["casualties"]["totals"]["suffered"]["killed"] == "2,030–3,032"
    assert data["casualties"]["totals"]["suffered"]["killed_vague"] == ["hundreds"]
    assert {f["status"] for f in data["forecasts"]} == {"borne out", "open"}
    around = {(t["a"], t["b"]): t for t in data["around"]}
    assert around[("United States", "Iran")]["scopes"] == ["Iraq only"] and around[("United States", "Iran")]["stated"]
    assert around[("Iran", "Bashar al-Assad")]["sign"] == 1  # Assad is not tied to IS, Iran is
    assert ("Iran", "Hezbollah") in around
    assert data["map"] == "islamic-state-map.png" and (tmp_path / data["map"]).stat().st_size > 10_000
    # every reference points at a sentence quoted in the sources section
    cited = {s["anchor"]: s["quote"] for d in data["sources"] for s in d["sentences"]}
    refs = [r for section in ("allies", "adversaries", "timeline", "claims", "forecasts")
            for row in data[section] for r in row["refs"]]
    assert refs and all(cited[r["anchor"]] == r["quote"] for r in refs)
    docs = {d.id: d for d in build_records()["documents"]}
    for d in data["sources"]:
        for s in d["sentences"]:
            assert s["quote"] == " ".join(docs[d["doc_id"]].sentence_text(s["sentence"]).split())


def test_dossier_html_escapes_text_and_links_every_reference(store, settings, tmp_path):
    path = write_dossier(store, "IS", tmp_path, settings)
    assert path.name == "islamic-state.html"
    html = path.read_text(encoding="utf-8")
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    anchors = set(re.findall(r'<li id="([^"]+)"', html))
    links = set(re.findall(r'href="#(s-[^"]+)"', html))
    assert links and links <= anchors
    assert 'src="islamic-state-map.png"' in html
    for words in ("Allies and adversaries", "Iraqi military", "declining", "A general", "Officials", "borne out"):
        assert words in html
    md = (tmp_path / "islamic-state.md").read_text(encoding="utf-8")
    assert "<script>" not in md and r"\*finished\*" in md and r"\[gone\]" in md
    assert re.search(r"\[\d+\]\(#s-doc-analysis-\d+\)", md)
    assert '<a id="s-doc-analysis-2"></a>' in md


def test_dossier_errors(store, settings, tmp_path):
    with pytest.raises(NotFound):
        write_dossier(store, "no such actor", tmp_path, settings)
    with pytest.raises(ConfigError):
        write_dossier(store, "IS", tmp_path, settings, formats=("pdf",))


def test_overview_and_intelligence_file(store, settings, tmp_path):
    overview = write_overview(store, tmp_path / "o", settings, formats=("html", "json"))
    data = json.loads((tmp_path / "o" / "overview.json").read_text(encoding="utf-8"))
    assert data["stats"]["near_duplicates"] == 1 and data["stats"]["merged"] == 2
    assert {m["source_count"] for m in data["merged"]} == {2, 3}
    assert "Who holds what" in overview.read_text(encoding="utf-8")
    index = write_intelligence_file(store, tmp_path / "file", settings)
    text = index.read_text(encoding="utf-8")
    for href in re.findall(r'href="([^"#]+)"', text):
        assert (index.parent / href).is_file(), href
    assert "dossiers/islamic-state.html" in text and "exports/events.gdelt.tsv" in text


def test_md_escape():
    assert md_escape("a <b> & *c* [d](e) #f") == r"a &lt;b&gt; &amp; \*c\* \[d\](e) \#f"
    assert md_escape(None) == ""


def test_cli_report_export_network_on_a_real_store(tmp_path):
    store_mod = pytest.importorskip("intelfile.store")
    from intelfile.cli import main

    db = tmp_path / "t.duckdb"
    records = build_records()
    with store_mod.Store(db) as st:
        st.add_documents(records["documents"], [])
        st.add_actor_entries(records["actors"], "test")
        for doc in records["documents"]:
            st.save_analysis(doc.id, events=[e for e in records["events"] if e.doc_id == doc.id],
                             relations=[r for r in records["relations"] if r.doc_id == doc.id],
                             claims=[c for c in records["claims"] if c.doc_id == doc.id])
    out = tmp_path / "out"
    assert main(["--db", str(db), "report", "Islamic State", "--out", str(out), "--format", "html,json"]) == 0
    data = json.loads((out / "islamic-state.json").read_text(encoding="utf-8"))
    assert data["assessment"]["verdict"] == "declining"
    assert [p["place"] for p in data["territory"]["held"]] == ["Mosul"]
    assert main(["--db", str(db), "report", "--overview", "--out", str(out)]) == 0
    assert (out / "overview.md").is_file()
    assert main(["--db", str(db), "report", "nobody", "--out", str(out)]) == 3
    assert main(["--db", str(db), "export", "--format", "gdelt", "--out", str(tmp_path / "g.tsv")]) == 0
    assert (tmp_path / "g.tsv").read_text(encoding="utf-8").startswith("GLOBALEVENTID\tSQLDATE")
    assert main(["--db", str(db), "network", "IRN", "--graphml", str(tmp_path / "n.graphml")]) == 0
    assert (tmp_path / "n.graphml").is_file()
