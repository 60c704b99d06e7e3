"""Exports on hand-made records: CSV, Parquet, GeoJSON, PLOVER JSON, GDELT TSV."""
from __future__ import annotations

import csv
import json

import pyarrow.parquet as pq
import pytest
from intel_fixtures import build_records

from intelfile import load_settings
from intelfile.analysis import Corpus
from intelfile.errors import ConfigError
from intelfile.export import COLUMNS, GDELT_COLUMNS, export_events


@pytest.fixture()
def corpus():
    return Corpus(**build_records(), settings=load_settings())


def test_csv_one_row_per_merged_event(corpus, tmp_path):
    path = export_events(corpus, "csv", tmp_path / "e.csv")
    rows = list(csv.DictReader(path.read_text(encoding="utf-8").splitlines()))
    assert tuple(rows[0]) == COLUMNS
    assert len(rows) == len(corpus.clusters) < len(corpus.events)
    strike = next(r for r in rows if "e-strike-1" in r["members"])
    assert (strike["killed_low"], strike["killed_high"], strike["source_count"]) == ("30", "32", "2")
    assert strike["doc_ids"] == "doc-strike-1;doc-strike-2"
    raw = list(csv.DictReader(export_events(corpus, "csv", tmp_path / "r.csv", dedup=False)
                              .read_text(encoding="utf-8").splitlines()))
    assert len(raw) == len(corpus.events)


def test_parquet_types(corpus, tmp_path):
    table = pq.read_table(export_events(corpus, "parquet", tmp_path / "e.parquet"))
    assert table.column_names == list(COLUMNS)
    assert str(table.schema.field("killed_low").type) == "int64"
    assert str(table.schema.field("lat").type) == "double"
    assert table.num_rows == len(corpus.clusters)


def test_geojson_only_located_events(corpus, tmp_path):
    data = json.loads(export_events(corpus, "geojson", tmp_path / "e.geojson").read_text(encoding="utf-8"))
    assert data["type"] == "FeatureCollection"
    located = [c for c in corpus.clusters if c.place is not None and c.place.place is not None]
    assert len(data["features"]) == len(located)
    f = next(f for f in data["features"] if f["properties"]["place"] == "Kobani")
    assert f["geometry"]["coordinates"][0] == pytest.approx(38.35347)


def test_plover_objects(corpus, tmp_path):
    data = json.loads(export_events(corpus, "plover", tmp_path / "e.json").read_text(encoding="utf-8"))
    kobani = next(e for e in data if e["location"] and e["location"]["name"] == "Kobani")
    assert kobani["event_type"] == "ASSAULT"
    assert kobani["actor"][0]["entity_id"] == "PESHMERGA" and kobani["recipient"][0]["entity_id"] == "IS"
    assert kobani["size"]["dead"] == [2000, 3000]
    doc = next(d for d in build_records()["documents"] if d.id == kobani["doc_id"])
    assert doc.text[kobani["text_start"]:kobani["text_end"]] == kobani["text"]
    assert kobani["location"]["geonameid"] == 172256
    vague = next(e for e in data if e["size"]["dead"] == "hundreds")
    assert vague["location"]["name"] == "Tikrit"
    strike = next(e for e in data if "e-strike-1" in e["members"])
    assert strike["mode"] == "aerial" and strike["source_count"] == 2


def test_gdelt_tsv_columns_and_mapping(corpus, tmp_path):
    path = export_events(corpus, "gdelt", tmp_path / "e.tsv")
    lines = path.read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    assert tuple(header) == GDELT_COLUMNS and len(header) == 61
    rows = [dict(zip(header, line.split("\t"))) for line in lines[1:]]
    assert all(len(line.split("\t")) == 61 for line in lines[1:])
    strike = next(r for r in rows if r["SQLDATE"] == "20150312")
    assert strike["Actor1Name"] == "US-LED COALITION" and strike["Actor2Code"] == "IMGMUSISI"
    assert strike["EventCode"] == "195" and strike["EventRootCode"] == "19" and strike["QuadClass"] == "4"
    assert strike["NumArticles"] == "2" and strike["ActionGeo_FeatureID"] == "90150"
    assert strike["ActionGeo_Lat"] == "34.6158" and strike["SOURCEURL"].startswith("https://example.org/strike")
    assert int(strike["GLOBALEVENTID"]) > 0
    bare = export_events(corpus, "gdelt", tmp_path / "b.tsv", header=False).read_text(encoding="utf-8")
    assert not bare.startswith("GLOBALEVENTID") and len(bare.splitlines()) == len(rows)


def test_unknown_format(corpus, tmp_path):
    with pytest.raises(ConfigError):
        export_events(corpus, "xlsx", tmp_path / "e.xlsx")
