"""The gazetteer: name normalisation, the embedded build and its cache, GeoNames dump import."""
from __future__ import annotations

import pickle
import shutil
import zipfile
from pathlib import Path

import pytest

from intelfile import load_settings
from intelfile.errors import InputError
from intelfile.gazetteer import (
    GAZETTEER_VERSION, Gazetteer, _read, gazetteer_path, haversine_km, import_geonames, name_key,
    normalize_name, precision_for,
)

FIXTURES = Path(__file__).parent / "fixtures" / "geonames"


@pytest.mark.parametrize("a, b", [
    ("Tikrīt", "Tikrit"),
    ("Al-'Alam", "al-Alam"),
    ("Al ‘Alam", "al-Alam"),
    ("‘Ayn al ‘Arab", "Ayn al-Arab"),
    ("Deir ez-Zor", "Deir ez Zor"),
    ("As Sulaymānīyah", "Sulaymaniyah"),
    ("The Hague", "Hague"),
    ("Ash Shām", "Sham"),
])
def test_spellings_meet(a, b):
    assert normalize_name(a) == normalize_name(b)


def test_normalize_keeps_what_matters():
    assert normalize_name("Tikrīt") == "tikrit"
    assert normalize_name("Deir ez-Zor") == "deir zor"
    assert name_key("Deir ez-Zor") == "deirzor"
    assert normalize_name("Al") == "al"  # an article alone is kept
    assert normalize_name("Los Angeles") == "los angeles"
    assert normalize_name("Багдад") == ""  # other scripts fold to nothing
    assert normalize_name("Kobanî") == "kobani"


def test_precision_levels():
    assert precision_for("A", "PCLI") == "country"
    assert precision_for("A", "ADM1") == "region"
    assert precision_for("A", "ADM2") == "district"
    assert precision_for("P", "PPLA") == "town"
    assert precision_for("S", "AIRP") == "point"


def test_haversine():
    assert haversine_km(0, 0, 0, 0) == 0
    # Baghdad to Tikrit is about 150 km
    assert 140 < haversine_km(33.34058, 44.40088, 34.61581, 43.67861) < 160


def test_cache_path_from_settings(tmp_path, monkeypatch):
    s = load_settings(geo={"gazetteer_path": str(tmp_path / "g.pkl")})
    assert gazetteer_path(s) == tmp_path / "g.pkl"
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    assert gazetteer_path(load_settings()) == tmp_path / "cache" / "intelfile" / "gazetteer.pkl"


@pytest.mark.slow
def test_seed_places_by_any_spelling(gazetteer):
    def top(name):
        return gazetteer.lookup(name)[0].geonameid

    assert top("al-Alam") == top("Al ‘Alam") == top("Al-'Alam") == 6871926
    assert top("Tikrit") == top("Tikrīt") == 90150
    assert top("Kobani") == top("Kobane") == 172256
    assert top("Mosul") == 99072
    assert top("Baghdad") == 98182
    assert top("Damascus") == 170654  # the capital before the towns in Oregon and Maryland
    assert [p.country for p in gazetteer.lookup("Damascus")[:3]].count("US") >= 1
    assert gazetteer.lookup("Palmyra")[0].name == "Tadmur"
    assert gazetteer.lookup("no such place anywhere") == []


@pytest.mark.slow
def test_countries_regions_and_ids(gazetteer):
    iraq = gazetteer.country("IQ")
    assert iraq is not None and iraq.precision == "country" and iraq.feature_code == "PCLI"
    assert gazetteer.lookup("Iraq")[0] == iraq
    assert gazetteer.lookup("U.S.")[0].country == "US"
    assert gazetteer.lookup("Syria")[0].country == "SY"  # pycountry's common name
    region = gazetteer.lookup("Salah ad-Din")[0]
    assert region.precision == "region" and region.country == "IQ" and region.admin1 == "18"
    # the region's centre lies among its towns (Tikrit is its capital)
    assert haversine_km(region.lat, region.lon, 34.61581, 43.67861) < 150
    texas = gazetteer.lookup("Texas")[0]
    assert texas.geonameid == 4736286 and texas.precision == "region"
    assert gazetteer.get(90150).name == "Tikrīt"
    assert gazetteer.get(1) is None
    damascus = gazetteer.get(170654)
    assert damascus.feature_code == "PPLC" and damascus.precision == "town"
    assert gazetteer.continent("Europe").feature_code == "CONT"


@pytest.mark.slow
def test_cache_is_reused_and_stale_caches_rebuilt(gazetteer, tmp_path):
    path = tmp_path / "g.pkl"
    shutil.copy(gazetteer.path, path)
    settings = load_settings(geo={"gazetteer_path": str(path)})
    loaded = Gazetteer.load(settings)
    assert len(loaded) == len(gazetteer) and loaded.fingerprint == gazetteer.fingerprint
    # a cache from another version is not trusted
    with open(path, "rb") as fh:
        index = pickle.load(fh)
    assert index.version == GAZETTEER_VERSION
    index.version = GAZETTEER_VERSION - 1
    index.rows = index.rows[:10]
    with open(path, "wb") as fh:
        pickle.dump(index, fh)
    assert _read(path) is None  # stale: load() rebuilds it
    rebuilt = Gazetteer.load(settings)
    assert len(rebuilt) == len(gazetteer)
    assert _read(path).version == GAZETTEER_VERSION
    # a broken file is not trusted either
    path.write_bytes(b"not a pickle")
    assert _read(path) is None


@pytest.mark.slow
def test_import_geonames_dumps(gazetteer, tmp_path):
    path = tmp_path / "g.pkl"
    shutil.copy(gazetteer.path, path)
    settings = load_settings(geo={"gazetteer_path": str(path)})
    cities_zip = tmp_path / "cities500.zip"
    with zipfile.ZipFile(cities_zip, "w") as zf:
        zf.write(FIXTURES / "cities500.txt", "cities500.txt")
    summary = import_geonames(
        [FIXTURES / "alternateNamesV2.txt", FIXTURES / "admin1CodesASCII.txt",
         FIXTURES / "allCountries.txt", cities_zip],
        settings,
    )
    assert summary["added"] == 4  # Zaytunah, Jabal Bishri, Tel Rifaat, Homs governorate
    assert len(summary["imports"]) == 4
    g = Gazetteer.load(settings)
    tadmur = g.get(163808)  # replaced: the dump's feature code and population
    assert tadmur.feature_code == "PPLA2" and tadmur.population == 51323
    assert g.lookup("Tudmur")[0].geonameid == 163808
    new = g.lookup("Khirbet Zaytunah")[0]
    assert new.geonameid == 9990001 and new.country == "IQ" and new.precision == "town"
    assert g.lookup("Zeitouna Village")[0].geonameid == 9990001  # alternateNamesV2
    assert g.lookup("Old Zaytunah Fort") == []  # historic names are skipped
    assert g.lookup("Qaryatayn Oasis Test Farm") == []  # farms are not kept
    assert g.lookup("Jebel Bishri")[0].feature_class == "T"
    assert g.lookup("Tel Rifaat Test")[0].geonameid == 9990003  # from the zip
    homs = g.get(169575)
    assert homs.precision == "region" and g.region("SY", "11") == homs
    assert g.get(91695).name == "Salah ad Din"  # admin1CodesASCII names the embedded region
    assert g.info()["imports"] == summary["imports"]


def test_import_rejects_missing_and_unknown_files(tmp_path):
    settings = load_settings(geo={"gazetteer_path": str(tmp_path / "g.pkl")})
    with pytest.raises(InputError):
        import_geonames([tmp_path / "absent.txt"], settings)
    assert not (tmp_path / "g.pkl").exists()


@pytest.mark.slow
def test_cli_lookup_info_and_import(gazetteer, tmp_path, capsys):
    import json

    from intelfile.cli import main

    path = tmp_path / "g.pkl"
    shutil.copy(gazetteer.path, path)
    config = tmp_path / "intelfile.toml"
    config.write_text(f'[geo]\ngazetteer_path = "{path}"\n', encoding="utf-8")
    assert main(["--config", str(config), "gazetteer", "lookup", "Tikrit", "--json"]) == 0
    places = json.loads(capsys.readouterr().out)
    assert places[0]["geonameid"] == 90150 and places[0]["precision"] == "town"
    assert main(["--config", str(config), "gazetteer", "lookup", "Qzxwv"]) == 0
    assert "no place" in capsys.readouterr().out
    assert main(["--config", str(config), "gazetteer", "import",
                 str(FIXTURES / "allCountries.txt"), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["added"] == 3
    assert main(["--config", str(config), "gazetteer", "info", "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["path"] == str(path) and len(info["imports"]) == 1
    assert main(["--config", str(config), "gazetteer", "import", str(tmp_path / "absent.txt")]) == 3


def test_area_middles_across_the_antimeridian_and_without_outliers():
    from intelfile.gazetteer import _box_middle, _extent_middle

    fiji = [(-17.8, 177.4), (-18.1, 178.4), (-16.8, 179.3), (-16.5, -179.9), (-17.0, -179.0)] * 3
    for lat, lon in (_box_middle(fiji), _extent_middle(fiji)):
        assert -18.2 < lat < -16.4 and (lon > 176 or lon < -178)
    # towns crowd in the south of a region: the middle of their extent, not their mean
    towns = [(49.0 + 0.1 * k, -120.0 + 0.3 * k) for k in range(30)]
    towns += [(55.0, -115.0), (56.5, -117.0), (58.0, -116.0), (59.0, -113.0)]
    assert 53.0 < _extent_middle(towns)[0] < 55.0
    # one mis-coded town far away does not stretch the region
    stray = towns + [(10.0, 40.0)]
    assert haversine_km(*_extent_middle(stray), *_extent_middle(towns)) < 1.0


@pytest.mark.slow
def test_country_points_across_the_antimeridian(gazetteer):
    fiji = gazetteer.country("FJ")
    assert fiji is not None and (fiji.lon > 170 or fiji.lon < -170)


@pytest.mark.slow
def test_seas_and_named_areas(gazetteer):
    ocean = gazetteer.lookup("Indian Ocean")[0]
    assert ocean.feature_code == "OCN" and ocean.precision == "region" and ocean.country is None
    assert gazetteer.lookup("Middle East")[0].feature_code == "RGN"  # not the town of that name
    gaza = gazetteer.lookup("Gaza Strip")[0]
    assert gaza.country == "PS" and haversine_km(gaza.lat, gaza.lon, 31.5, 34.45) < 50
    assert gazetteer.lookup("Holy See")[0].country == "VA"
