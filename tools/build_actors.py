"""Build ``src/intelfile/data/actors.json``, the shipped actor dictionary.

Run from the repository root (build-time only; the package never runs it)::

    pip install countryinfo==1.0.1      # demonyms and capitals (MIT); pycountry is a dependency
    python tools/build_actors.py

Countries come from ``pycountry`` (ISO 3166-1 names, common and official names) with demonyms and
capitals from ``countryinfo``, completed and corrected by the hand tables below. Armed non-state
groups, international organisations and state bodies used as metonyms are curated here, with the
aliases and spellings news text uses. The schema is documented in docs/actors.md.
"""
from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

import pycountry

from leaders import LEADERS  # tools/leaders.py: the table of heads of state, ministers and leaders

try:
    from countryinfo import CountryInfo
except ImportError:  # pragma: no cover - build-time helper
    CountryInfo = None  # main() refuses to build without it

OUT = Path(__file__).resolve().parents[1] / "src" / "intelfile" / "data" / "actors.json"

# Short names news text uses, where pycountry's are formal ("Iran, Islamic Republic of").
SHORT_NAMES: dict[str, list[str]] = {
    "USA": ["United States", "the United States", "United States of America", "US", "U.S.", "USA",
            "U.S.A.", "America"],
    "GBR": ["United Kingdom", "Britain", "Great Britain", "UK", "U.K."],
    "RUS": ["Russia", "Russian Federation"],
    "IRN": ["Iran", "Islamic Republic of Iran", "the Islamic Republic"],
    "SYR": ["Syria"],
    "KOR": ["South Korea", "Republic of Korea"],
    "PRK": ["North Korea", "DPRK", "Democratic People's Republic of Korea"],
    "VNM": ["Vietnam"],
    "LAO": ["Laos"],
    "BOL": ["Bolivia"],
    "VEN": ["Venezuela"],
    "TZA": ["Tanzania"],
    "MDA": ["Moldova"],
    "COD": ["Democratic Republic of the Congo", "DR Congo", "DRC", "Congo-Kinshasa", "Congo"],
    "COG": ["Republic of the Congo", "Congo-Brazzaville"],
    "CIV": ["Ivory Coast", "Côte d'Ivoire", "Cote d'Ivoire"],
    "PSE": ["Palestine", "Palestinian territories", "State of Palestine", "Palestinian Authority"],
    "TUR": ["Turkey", "Türkiye"],
    "CZE": ["Czech Republic", "Czechia"],
    "MMR": ["Myanmar", "Burma"],
    "SWZ": ["Eswatini", "Swaziland"],
    "MKD": ["North Macedonia", "Macedonia"],
    "CPV": ["Cape Verde", "Cabo Verde"],
    "TWN": ["Taiwan"],
    "FSM": ["Micronesia"],
    "VAT": ["Vatican", "Holy See"],
    "BRN": ["Brunei"],
    "ARE": ["United Arab Emirates", "UAE", "U.A.E.", "the Emirates"],
    "SAU": ["Saudi Arabia"],
    "NLD": ["Netherlands", "the Netherlands", "Holland"],
    "CHN": ["China", "People's Republic of China", "PRC"],
    "SSD": ["South Sudan"],
    "CAF": ["Central African Republic", "CAR"],
    "TLS": ["East Timor", "Timor-Leste"],
    "XKX": ["Kosovo"],
    "BIH": ["Bosnia and Herzegovina", "Bosnia", "Bosnia-Herzegovina"],
    "TTO": ["Trinidad and Tobago", "Trinidad"],
    "KNA": ["Saint Kitts and Nevis", "St Kitts and Nevis"],
    "VCT": ["Saint Vincent and the Grenadines", "St Vincent"],
    "STP": ["Sao Tome and Principe", "São Tomé and Príncipe"],
    "FLK": ["Falkland Islands", "Falklands"],
    "GMB": ["Gambia", "The Gambia"],
    "BHS": ["Bahamas", "The Bahamas"],
}

# Demonyms/adjectival forms (countryinfo gives one; news uses more).
DEMONYMS: dict[str, list[str]] = {
    "USA": ["American", "US", "U.S."],
    "GBR": ["British", "Briton", "UK", "U.K."],
    "IRN": ["Iranian", "Persian"],
    "IRQ": ["Iraqi"],
    "SYR": ["Syrian"],
    "AFG": ["Afghan", "Afghani"],
    "PAK": ["Pakistani"],
    "ISR": ["Israeli"],
    "PSE": ["Palestinian"],
    "LBN": ["Lebanese"],
    "YEM": ["Yemeni"],
    "SAU": ["Saudi", "Saudi Arabian"],
    "ARE": ["Emirati", "UAE"],
    "TUR": ["Turkish"],
    "RUS": ["Russian"],
    "UKR": ["Ukrainian"],
    "CHN": ["Chinese"],
    "NLD": ["Dutch"],
    "FRA": ["French"],
    "DEU": ["German"],
    "CHE": ["Swiss"],
    "ESP": ["Spanish"],
    "PHL": ["Philippine", "Filipino"],
    "KOR": ["South Korean"],
    "PRK": ["North Korean"],
    "COD": ["Congolese"],
    "SOM": ["Somali", "Somalian"],
    "NGA": ["Nigerian"],
    "NER": ["Nigerien"],
    "MLI": ["Malian"],
    "LBY": ["Libyan"],
    "EGY": ["Egyptian"],
    "SDN": ["Sudanese"],
    "SSD": ["South Sudanese"],
    "ETH": ["Ethiopian"],
    "JOR": ["Jordanian"],
    "QAT": ["Qatari"],
    "KWT": ["Kuwaiti"],
    "BHR": ["Bahraini"],
    "OMN": ["Omani"],
    "IND": ["Indian"],
    "MMR": ["Burmese", "Myanmar"],
    "COL": ["Colombian"],
    "MEX": ["Mexican"],
    "VEN": ["Venezuelan"],
    "BFA": ["Burkinabe", "Burkinabè"],
    "TCD": ["Chadian"],
    "CMR": ["Cameroonian"],
    "MOZ": ["Mozambican"],
    "KEN": ["Kenyan"],
    "UGA": ["Ugandan"],
    "RWA": ["Rwandan"],
    "BDI": ["Burundian"],
    "CAF": ["Central African"],
    "AZE": ["Azerbaijani", "Azeri"],
    "ARM": ["Armenian"],
    "GEO": ["Georgian"],
    "BLR": ["Belarusian"],
    "NZL": ["New Zealand"],
    "DZA": ["Algerian"],
    "MAR": ["Moroccan"],
    "TUN": ["Tunisian"],
    "BGD": ["Bangladeshi"],
    "LKA": ["Sri Lankan"],
    "THA": ["Thai"],
    "IDN": ["Indonesian"],
    "MYS": ["Malaysian"],
    "JPN": ["Japanese"],
    "CAN": ["Canadian"],
    "AUS": ["Australian"],
    "ITA": ["Italian"],
    "POL": ["Polish"],
    "GRC": ["Greek"],
    "CYP": ["Cypriot"],
    "KAZ": ["Kazakh", "Kazakhstani"],
    "UZB": ["Uzbek"],
    "TJK": ["Tajik"],
    "TKM": ["Turkmen"],
    "KGZ": ["Kyrgyz"],
    "BIH": ["Bosnian"],
    "DOM": ["Dominican"],
    "TTO": ["Trinidadian"],
    "NOR": ["Norwegian"],
    "SRB": ["Serbian", "Serb"],
    "HRV": ["Croatian", "Croat"],
    "MKD": ["Macedonian"],
    "ALB": ["Albanian"],
    "BRA": ["Brazilian"],
    "ARG": ["Argentine", "Argentinian"],
    "PRT": ["Portuguese"],
    "AGO": ["Angolan"],
    "ZWE": ["Zimbabwean"],
    "ZAF": ["South African"],
    "SEN": ["Senegalese"],
    "GHA": ["Ghanaian"],
    "LBR": ["Liberian"],
    "SLE": ["Sierra Leonean"],
    "GIN": ["Guinean"],
    "CIV": ["Ivorian"],
    "ERI": ["Eritrean"],
    "DJI": ["Djiboutian"],
    "HTI": ["Haitian"],
    "CUB": ["Cuban"],
    "NIC": ["Nicaraguan"],
    "PER": ["Peruvian"],
    "CHL": ["Chilean"],
    "ECU": ["Ecuadorian"],
    "NPL": ["Nepalese", "Nepali"],
    "KHM": ["Cambodian"],
    "VNM": ["Vietnamese"],
    "LAO": ["Laotian"],
    "MNG": ["Mongolian"],
}

# Capitals and seats of power used as metonyms for a state or one of its sectors.
METONYMS: dict[str, list[str]] = {
    "USA": ["Washington"], "IRN": ["Tehran"], "RUS": ["Moscow"], "CHN": ["Beijing"],
    "SYR": ["Damascus"], "IRQ": ["Baghdad"], "AFG": ["Kabul"], "PAK": ["Islamabad"],
    "TUR": ["Ankara"], "SAU": ["Riyadh"], "GBR": ["London"], "FRA": ["Paris"], "DEU": ["Berlin"],
    "ISR": ["Jerusalem"], "EGY": ["Cairo"], "JOR": ["Amman"], "LBN": ["Beirut"], "YEM": ["Sanaa"],
    "UKR": ["Kyiv", "Kiev"], "IND": ["New Delhi"], "JPN": ["Tokyo"], "PRK": ["Pyongyang"],
    "KOR": ["Seoul"], "QAT": ["Doha"], "ARE": ["Abu Dhabi"], "LBY": ["Tripoli"],
    "SOM": ["Mogadishu"], "SDN": ["Khartoum"], "ETH": ["Addis Ababa"], "NGA": ["Abuja"],
    "MLI": ["Bamako"], "VEN": ["Caracas"], "CUB": ["Havana"], "BLR": ["Minsk"],
}
# Capitals that are also common words or names are never metonyms.
NOT_METONYMS = {"Victoria", "Male", "Malé", "Kingston", "Hamilton", "Georgetown", "Nassau", "Praia", "Bern",
                "Lima", "Santiago", "Victoria City", "Saint John's", "Castries", "Roseau", "Apia", "Honiara",
                "Port Louis", "Valletta", "Singapore", "Luxembourg", "Monaco", "San Marino", "Vatican City",
                "Kuwait City", "Mexico City", "Panama City", "Guatemala City", "Djibouti", "Andorra la Vella",
                "Brasília", "Brasilia", "Sucre", "Canberra", "Ottawa", "Wellington", "Dublin", "Belmopan"}
# Only states of at least this population get their capital as a metonym (not small territories).
METONYM_MIN_POPULATION = 1_000_000

SEATS: list[tuple[str, str, list[str]]] = [
    # (country, sector, names)
    ("USA", "GOV", ["White House", "State Department", "U.S. State Department", "US State Department",
                    "Department of State", "Obama administration", "Trump administration",
                    "Biden administration", "Bush administration"]),
    ("USA", "MIL", ["Pentagon", "Department of Defense", "Defense Department", "U.S. Central Command",
                    "US Central Command", "Central Command", "CENTCOM", "U.S. Africa Command",
                    "US Africa Command", "Africa Command", "AFRICOM", "Joint Chiefs of Staff",
                    "U.S. European Command", "EUCOM", "U.S. Special Operations Command", "SOCOM",
                    "Combined Joint Task Force", "Operation Inherent Resolve"]),
    ("USA", "SPY", ["CIA", "Central Intelligence Agency", "NSA", "National Security Agency"]),
    ("USA", "COP", ["FBI", "Federal Bureau of Investigation", "ICE", "Immigration and Customs Enforcement",
                    "U.S. Immigration and Customs Enforcement", "Department of Homeland Security",
                    "Homeland Security Department", "DEA", "Drug Enforcement Administration",
                    "Customs and Border Protection"]),
    ("USA", "JUD", ["Justice Department", "Department of Justice", "U.S. Department of Justice",
                    "US Department of Justice", "U.S. Justice Department", "US Justice Department"]),
    ("USA", "GOV", ["USAID", "U.S. Agency for International Development", "US Agency for International Development",
                    "Treasury Department", "Department of the Treasury", "U.S. Treasury"]),
    ("USA", "LEG", ["Congress", "U.S. Congress", "US Congress", "U.S. Senate", "US Senate"]),
    ("RUS", "GOV", ["Kremlin"]),
    ("RUS", "SPY", ["FSB", "GRU", "SVR"]),
    ("GBR", "GOV", ["Downing Street", "Foreign Office", "Whitehall"]),
    ("GBR", "SPY", ["MI6", "MI5", "GCHQ"]),
    ("FRA", "GOV", ["Elysee", "Élysée", "Quai d'Orsay"]),
    ("ISR", "MIL", ["Israel Defense Forces", "Israel Defence Forces", "IDF", "Israeli Defense Forces"]),
    ("ISR", "SPY", ["Mossad", "Shin Bet"]),
    ("ISR", "GOV", ["Knesset"]),
    ("PAK", "SPY", ["ISI", "Inter-Services Intelligence"]),
    ("IRQ", "MIL", ["Iraqi Security Forces", "ISF", "Counter Terrorism Service", "Counter-Terrorism Service"]),
    ("AFG", "MIL", ["Afghan National Army", "ANA", "Afghan National Security Forces", "ANSF",
                    "Afghan National Defense and Security Forces", "ANDSF"]),
    ("AFG", "COP", ["Afghan National Police", "ANP"]),
    ("SYR", "MIL", ["Syrian Arab Army", "SAA"]),
    ("TUR", "MIL", ["Turkish Armed Forces", "TSK"]),
        ("CHN", "MIL", ["People's Liberation Army", "PLA"]),
    ("NGA", "MIL", ["Nigerian Army"]),
    ("SOM", "MIL", ["Somali National Army", "SNA"]),
    ("SDN", "MIL", ["Sudanese Armed Forces", "SAF"]),
    ("LBY", "GOV", ["Government of National Accord", "GNA"]),
    ("LBY", "MIL", ["Libyan National Army", "LNA"]),
    ("UKR", "MIL", ["Armed Forces of Ukraine"]),
    ("IRN", "MIL", ["Artesh"]),
    ("PRK", "MIL", ["Korean People's Army", "KPA", "North Korean army"]),
    ("PRK", "MED", ["Korean Central News Agency", "KCNA", "Rodong Sinmun"]),
    ("KOR", "MED", ["Yonhap", "Yonhap news agency"]),
    ("IRN", "MED", ["IRNA", "Islamic Republic News Agency", "Press TV", "Fars news agency", "Tasnim news agency"]),
    ("RUS", "MED", ["TASS", "RIA Novosti", "RT"]),
    ("CHN", "MED", ["Xinhua", "Xinhua news agency", "CCTV", "Global Times"]),
    ("SYR", "MED", ["SANA", "Syrian Arab News Agency"]),
    ("SAU", "MED", ["Saudi Press Agency", "SPA"]),
    ("QAT", "MED", ["Al Jazeera", "Al-Jazeera"]),
    ("ARE", "MED", ["WAM"]),
    ("TUR", "MED", ["Anadolu", "Anadolu Agency"]),
    ("EGY", "MED", ["Middle East News Agency"]),
]

# Nouns that, after a country or demonym, name a sector of that state ("Iraqi army" -> IRQ MIL).
# Also used alone ("the police") with the story's country, at lower confidence.
SECTOR_NOUNS: dict[str, list[str]] = {
    "MIL": ["army", "armies", "military", "militaries", "armed forces", "forces", "force", "troops",
            "soldiers", "soldier", "security forces", "government troops", "government forces",
            "government soldiers", "special forces", "special operations forces", "air force",
            "air forces", "navy", "naval forces", "marines", "warplanes", "jets", "fighter jets",
            "military forces", "ground forces", "commandos", "paratroopers", "national army",
            "national guard", "border guards", "coast guard", "defense ministry", "defence ministry",
            "ministry of defense", "ministry of defence", "defense minister", "defence minister",
            "military commanders", "commanders", "generals", "army troops", "infantry", "artillery",
            "counterterrorism forces", "counter-terrorism forces", "elite forces", "drones",
            "aircraft", "reinforcements", "units", "battalion", "brigade", "division", "militaries",
            "defense forces", "defence forces", "defense department", "military officials",
            "servicemen", "service members", "personnel", "armed forces personnel"],
    "COP": ["police", "military police", "police forces", "police force", "policemen", "police officers",
            "police officer", "gendarmerie", "gendarmes", "riot police", "border police",
            "federal police", "interior ministry", "ministry of interior", "interior minister"],
    "SPY": ["intelligence", "intelligence services", "intelligence service", "intelligence agency",
            "intelligence agencies", "intelligence officials", "spies", "spy agency",
            "secret service", "secret police"],
    "GOV": ["government", "governments", "authorities", "officials", "official", "president",
            "prime minister", "premier", "minister", "ministers", "ministry", "foreign ministry",
            "foreign minister", "foreign office", "cabinet", "administration", "regime",
            "leadership", "leaders", "leader", "diplomats", "diplomat", "ambassador", "embassy",
            "envoy", "spokesman", "spokeswoman", "spokesperson", "state department", "king",
            "emir", "crown prince", "secretary of state", "defense secretary", "government officials",
            "counterparts", "partners", "allies"],
    "LEG": ["parliament", "lawmakers", "legislators", "congress", "senate", "senators", "mps"],
    "JUD": ["court", "courts", "judiciary", "judges", "prosecutors", "supreme court"],
    "OPP": ["opposition", "opposition parties", "opposition leader"],
    "REB": ["rebels", "rebel", "insurgents", "insurgent", "opposition forces", "opposition fighters",
            "rebel forces", "rebel groups", "rebel fighters", "guerrillas", "separatists",
            "opposition groups", "armed groups"],
    "PRM": ["militia", "militias", "militiamen", "militia forces", "paramilitaries",
            "paramilitary forces", "paramilitary", "tribal fighters", "tribesmen",
            "volunteers", "auxiliaries"],
    "CVL": ["civilians", "people", "residents", "villagers", "citizens", "nationals", "refugees",
            "population", "public", "civilian"],
    "MED": ["media", "state media", "state television", "state tv", "news agency",
            "state news agency", "journalists", "press"],
    "BUS": ["companies", "businesses", "firms"],
}

# Sector nouns strong enough to stand alone for "this story's state" ("police said").
STANDALONE_SECTORS: dict[str, list[str]] = {
    "MIL": ["army", "military", "security forces", "government forces", "government troops",
            "armed forces", "special forces", "air force", "navy"],
    "COP": ["police", "military police", "police forces", "policemen", "police officers", "riot police"],
    "SPY": ["intelligence services", "intelligence agency"],
    "GOV": ["government", "authorities"],
    "PRM": ["militia", "militias", "militiamen", "militia forces", "pro-government militias",
            "pro-government militiamen"],
}

# Common nouns that name actors without naming who they are ("civilians", "26 people", "gunmen",
# "fighter aircraft"): sector code -> nouns. actors.py gives them a country from the sentence (a
# demonym, "in <country>") or the document's focus country. "people" counts only with a number
# or a quantity ("26 people", "hundreds of people").
GENERIC_NOUNS: dict[str, list[str]] = {
    "CVL": ["civilians", "victims", "the victims", "the wounded", "the injured", "the dead", "residents",
            "villagers", "passengers", "refugees", "migrants", "asylum seekers", "displaced people",
            "protesters", "protestors", "demonstrators", "marchers", "rioters", "strikers", "students",
            "workers", "fishermen", "farmers", "worshippers", "pilgrims", "children", "hostages",
            "detainees", "prisoners", "inmates", "settlers", "medics", "doctors", "aid workers",
            "people", "innocent people", "civilian population", "the population", "crowd", "the crowd",
            "mob", "bystanders", "tourists", "shoppers", "families", "voters", "opposition supporters",
            "suspects", "inmate", "prisoner", "detainee", "households", "employees", "teachers", "lecturers",
            "nurses", "truck drivers", "truckers"],
    "MIL": ["soldiers", "soldier", "troops", "servicemen", "service members", "sailors", "airmen",
            "warplanes", "fighter jets", "jets", "fighter aircraft", "strike aircraft", "attack aircraft",
            "military aircraft", "bombers", "drones", "warship", "warships", "submarine", "the submarine",
            "gunboats", "helicopter gunships", "the army", "the navy",
            "the military", "peacekeepers", "the air force", "defense ministry", "defence ministry",
            "the defense ministry", "the defence ministry", "ministry of defense", "ministry of defence",
            "the ministry of defense", "the ministry of defence"],
    "COP": ["police", "policemen", "police officers", "officers", "the police", "security guards",
            "border guards", "riot police", "bomb squad", "interior ministry", "the interior ministry",
            "ministry of interior", "the ministry of interior", "the ministry of the interior"],
    "REB": ["militants", "rebels", "insurgents", "gunmen", "guerrillas", "attackers", "assailants",
            "fighters", "jihadists", "extremists", "terrorists", "separatists", "armed men",
            "suicide bomber", "suicide bombers", "gunman", "militant", "insurgent",
            "kidnappers", "hostage-takers", "hijackers", "gunfighters", "fundamentalists", "islamists",
            "rebel group", "the rebel group", "armed groups"],
    "PRM": ["militia", "militias", "militiamen", "paramilitaries", "tribesmen", "vigilantes"],
    "GOV": ["the government", "government", "officials", "authorities", "the authorities",
            "government officials", "the regime", "the administration", "ministers", "diplomats",
            "the ministry", "foreign ministry", "the foreign ministry", "ministry of foreign affairs",
            "the ministry of foreign affairs", "the cabinet", "the ruling party", "the governing party"],
    "JUD": ["the court", "a court", "the supreme court", "court officials", "prosecutors", "judges"],
    "LEG": ["parliament", "the parliament", "lawmakers", "legislators", "the senate", "the congress"],
    "OPP": ["the opposition", "opposition parties", "opposition activists", "activists", "dissidents",
            "opposition party", "the opposition party"],
    "MED": ["journalists", "reporters", "the media"],
}

# A name shared by several actors (or by an actor and a place): the form, its candidates (the
# first is the default), and which candidate the document decides for (see actors.py).
AMBIGUOUS_NAMES: list[dict] = [
    {"form": "Korean", "candidates": ["KOR", "PRK"]},
    {"form": "Koreans", "candidates": ["KOR", "PRK"]},
    {"form": "Korea", "candidates": ["KOR", "PRK"]},
    {"form": "Congo", "candidates": ["COD", "COG"]},
    # "the North"/"the South" stand for a Korea only in a document that names one
    {"form": "the North", "candidates": ["PRK"], "requires": ["KOR", "PRK"]},
    {"form": "the South", "candidates": ["KOR"], "requires": ["KOR", "PRK"]},
    # "the West" (capitalised, not "the West Bank"): Western states and their publics
    {"form": "the West", "candidates": ["WEST"]},
    # the US state: not an actor in a US story that never names the country otherwise
    {"form": "Georgia", "candidates": ["GEO"], "rivals": ["USA"]},
]

# Ethnic and religious groups (kind "ethnic/religious group"): (id, name, nouns, adjectives, homes,
# forces). Nouns match alone ("Kurds", "a Rohingya"); adjectives only before a people noun
# (ETHNIC_HEADS: "Sunni tribes", "Yoruba leaders") or an armed one ("Karen guerrillas"). The resolver
# gives the group the country of residence the text states ("Iraqi Kurds", "Christians in Iraq"),
# else the one home state the document names, else its only home state. ``forces``: the armed force
# "<demonym> <adjective> forces/fighters/reinforcements" stands for in a state ("Iraqi Kurdish
# reinforcements" -> the peshmerga).
ETHNIC_GROUPS: list[tuple[str, str, list[str], list[str], list[str], dict[str, str]]] = [
    ("KURDS", "Kurds", ["Kurds", "Kurd"], ["Kurdish"], ["IRQ", "SYR", "TUR", "IRN"],
     {"IRQ": "PESHMERGA", "SYR": "YPG"}),
    ("SHIITES", "Shiites", ["Shiites", "Shi'ites", "Shia Muslims", "Shiite Muslims", "Shias"],
     ["Shiite", "Shia", "Shi'ite", "Shii"], [], {}),
    ("SUNNIS", "Sunnis", ["Sunnis", "Sunni Muslims", "Sunni Arabs"], ["Sunni"], [], {}),
    ("ALAWITES", "Alawites", ["Alawites", "Alawis"], ["Alawite", "Alawi", "Alewite", "Alevi"], ["SYR", "TUR"], {}),
    ("DRUZE", "Druze", ["Druze", "Druzes"], ["Druze"], ["LBN", "SYR", "ISR"], {}),
    ("YAZIDIS", "Yazidis", ["Yazidis", "Yezidis", "Yazidi"], ["Yazidi", "Yezidi"], ["IRQ"], {}),
    ("CHRISTIANS", "Christians", ["Christians"], ["Christian", "Catholic", "Protestant",
                                                               "Orthodox", "Evangelical"], [], {}),
    ("COPTS", "Copts", ["Copts", "Coptic Christians"], ["Coptic"], ["EGY"], {}),
    ("MARONITES", "Maronites", ["Maronites"], ["Maronite"], ["LBN"], {}),
    ("ASSYRIANS", "Assyrians", ["Assyrians"], ["Assyrian"], ["IRQ", "SYR"], {}),
    ("MUSLIMS", "Muslims", ["Muslims", "Moslems"], ["Muslim", "Moslem"], [], {}),
    ("JEWS", "Jews", ["Jews"], ["Jewish"], [], {}),
    ("HINDUS", "Hindus", ["Hindus"], ["Hindu"], [], {}),
    ("SIKHS", "Sikhs", ["Sikhs"], ["Sikh"], ["IND"], {}),
    ("BUDDHISTS", "Buddhists", ["Buddhists"], ["Buddhist"], [], {}),
    ("ROHINGYA", "Rohingya", ["Rohingya", "Rohingyas"], ["Rohingya"], ["MMR"], {}),
    ("UIGHURS", "Uighurs", ["Uighurs", "Uyghurs", "Uighur", "Uyghur"], ["Uighur", "Uyghur"], ["CHN"], {}),
    ("TIBETANS", "Tibetans", ["Tibetans"], ["Tibetan"], ["CHN"], {}),
    ("TAMILS", "Tamils", ["Tamils"], ["Tamil"], ["LKA", "IND"], {}),
    ("SINHALESE", "Sinhalese", ["Sinhalese"], ["Sinhala"], ["LKA"], {}),
    ("PASHTUNS", "Pashtuns", ["Pashtuns", "Pashtoons", "Pathans"], ["Pashtun", "Pashtoon"], ["AFG", "PAK"], {}),
    ("HAZARAS", "Hazaras", ["Hazaras"], ["Hazara"], ["AFG", "PAK"], {}),
    ("TAJIKS_AFG", "Tajiks (ethnic group)", ["ethnic Tajiks"], [], ["AFG", "TJK"], {}),
    ("BALOCH", "Baloch", ["Baloch", "Baluch", "Balochis", "Baluchis"], ["Baloch", "Baluch", "Balochi"],
     ["PAK", "IRN"], {}),
    ("HUTUS", "Hutus", ["Hutus", "Hutu"], ["Hutu"], ["RWA", "BDI"], {}),
    ("TUTSIS", "Tutsis", ["Tutsis", "Tutsi"], ["Tutsi"], ["RWA", "BDI"], {}),
    ("TUAREGS", "Tuaregs", ["Tuaregs", "Tuareg"], ["Tuareg"], ["MLI", "NER"], {}),
    ("FULANI", "Fulani", ["Fulani", "Fulanis", "Peul"], ["Fulani"], ["NGA", "MLI"], {}),
    ("HAUSA", "Hausa", ["Hausas"], ["Hausa"], ["NGA", "NER"], {}),
    ("YORUBA", "Yoruba", ["Yorubas"], ["Yoruba"], ["NGA"], {}),
    ("IGBO", "Igbo", ["Igbos", "Ibos"], ["Igbo", "Ibo"], ["NGA"], {}),
    ("KIKUYU", "Kikuyu", ["Kikuyus"], ["Kikuyu"], ["KEN"], {}),
    ("KAREN", "Karen", ["Karens"], ["Karen"], ["MMR"], {}),
    ("KACHIN", "Kachin", ["Kachins"], ["Kachin"], ["MMR"], {}),
    ("CHECHENS", "Chechens", ["Chechens"], ["Chechen"], ["RUS"], {}),
    ("TATARS", "Tatars", ["Tatars", "Crimean Tatars"], ["Tatar"], ["RUS", "UKR"], {}),
    ("BERBERS", "Berbers", ["Berbers", "Amazigh"], ["Berber"], ["DZA", "MAR"], {}),
    ("TURKMEN", "Turkmen (ethnic group)", ["Turkmens", "Iraqi Turkmen"], [], ["IRQ", "SYR"], {}),
    ("BEDOUIN", "Bedouin", ["Bedouin", "Bedouins"], ["Bedouin"], [], {}),
    ("ROMA", "Roma", ["Roma", "Gypsies"], ["Romany"], [], {}),
    ("ARABS", "Arabs", ["Arabs"], ["Arab"], [], {}),
    ("ZULU", "Zulus", ["Zulus"], ["Zulu"], ["ZAF"], {}),
    ("OROMO", "Oromo", ["Oromos"], ["Oromo"], ["ETH"], {}),
    ("AMHARA", "Amhara", ["Amharas"], ["Amhara"], ["ETH"], {}),
    ("TIGRAYANS", "Tigrayans", ["Tigrayans"], ["Tigrayan"], ["ETH"], {}),
    ("MADHESI", "Madhesis", ["Madhesis"], ["Madhesi"], ["NPL"], {}),
]

# People nouns after an ethnic or religious adjective ("Sunni tribes", "Muslim hackers").
ETHNIC_HEADS = ["tribes", "tribe", "tribesmen", "leaders", "leader", "elders", "politicians", "community",
                "communities", "population", "populations", "minority", "minorities", "majority", "villagers",
                "residents", "families", "civilians", "men", "women", "youths", "students", "clerics", "cleric",
                "hackers", "activists", "protesters", "demonstrators", "refugees", "migrants", "pilgrims",
                "worshippers", "groups", "group", "parties", "party", "lawmakers", "deputies", "chiefs",
                "notables", "settlers", "missionary", "missionaries", "immigrants", "mobs", "mob",
                "gangs", "extremists", "fundamentalists", "fundamentalist", "militants", "fighters", "militias",
                "militia", "militiamen", "rebels", "rebel", "guerrillas", "guerrilla", "insurgents", "forces",
                "reinforcements", "separatists", "volunteers", "gunmen", "people"]

# News agencies and outlets: publishers and sources, not event actors (kind "media").
MEDIA: list[tuple[str, str, str | None, list[str]]] = [
    ("REUTERS", "Reuters", "GBR", ["Reuters", "Thomson Reuters"]),
    ("AP", "Associated Press", "USA", ["Associated Press", "AP", "The Associated Press"]),
    ("AFP", "Agence France-Presse", "FRA", ["Agence France-Presse", "Agence France Presse", "AFP"]),
    ("VOA", "Voice of America", "USA", ["Voice of America", "VOA"]),
    ("BBC", "BBC", "GBR", ["BBC", "British Broadcasting Corporation", "BBC News"]),
    ("CNN", "CNN", "USA", ["CNN"]),
    ("BLOOMBERG", "Bloomberg", "USA", ["Bloomberg", "Bloomberg News"]),
    ("NYT", "The New York Times", "USA", ["New York Times", "The New York Times"]),
    ("WAPO", "The Washington Post", "USA", ["Washington Post", "The Washington Post"]),
    ("WSJ", "The Wall Street Journal", "USA", ["Wall Street Journal", "The Wall Street Journal"]),
    ("GUARDIAN", "The Guardian", "GBR", ["The Guardian"]),
    ("DPA", "Deutsche Presse-Agentur", "DEU", ["Deutsche Presse-Agentur", "dpa", "DPA"]),
    ("EFE", "EFE", "ESP", ["EFE"]),
    ("ANSA", "ANSA", "ITA", ["ANSA"]),
    ("KYODO", "Kyodo News", "JPN", ["Kyodo", "Kyodo News"]),
    ("RFE_RL", "Radio Free Europe/Radio Liberty", "USA", ["Radio Free Europe", "RFE/RL", "Radio Liberty"]),
    ("RT", "RT", "RUS", ["Russia Today"]),
    ("SPUTNIK", "Sputnik", "RUS", ["Sputnik News"]),
    ("AL_ARABIYA", "Al Arabiya", "SAU", ["Al Arabiya", "Al-Arabiya"]),
    ("WIKINEWS", "Wikinews", None, ["Wikinews"]),
    ("EL_MUNDO", "El Mundo", "ESP", ["El Mundo"]),
    ("EL_PAIS", "El País", "ESP", ["El País", "El Pais"]),
    ("LE_MONDE", "Le Monde", "FRA", ["Le Monde"]),
    ("DER_SPIEGEL", "Der Spiegel", "DEU", ["Der Spiegel"]),
]

# Words for members of an armed group that extend a group mention ("Islamic State fighters").
MEMBER_NOUNS = ["fighters", "fighter", "militants", "militant", "insurgents", "insurgent",
                "guerrillas", "guerrilla", "rebels", "rebel", "terrorists", "terrorist", "forces",
                "gunmen", "jihadists", "jihadis", "members", "commanders", "commander", "leaders",
                "leader", "loyalists", "units", "militiamen", "militia", "operatives", "cells",
                "troops", "soldiers", "extremists", "supporters", "positions", "spokesman",
                "spokesperson", "spokeswoman"]

# Within-document references to an armed group ("the group", "its fighters").
GROUP_REFERENCES = ["the group", "the militants", "the movement", "the organisation",
                    "the organization", "the militant group", "the terrorist group",
                    "the jihadist group", "the extremist group", "the insurgents", "the jihadists",
                    "the extremists", "the terrorists", "the rebels", "the insurgent group",
                    "the armed group", "the terrorist organization", "the terrorist organisation",
                    "this terrorist organization", "this terrorist organisation", "this group",
                    "its fighters", "its militants", "its forces", "its members", "the fighters",
                    "the guerrillas", "the militia", "the faction"]

IMG = "IMG"  # CAMEO code for international militarised (non-state) groups

# (id, name, country, sector, cameo, kind, aliases)
GROUPS: list[tuple[str, str, str, str, str, str, list[str]]] = [
    ("ISIS", "Islamic State", IMG, "REB", "IMGMUSISI", "armed-group",
     ["Islamic State", "the Islamic State", "IS", "ISIS", "ISIL", "Daesh", "Daish", "Da'esh",
      "Islamic State of Iraq and Syria", "Islamic State of Iraq and the Levant",
      "Islamic State of Iraq and al-Sham", "Islamic State of Iraq and Sham", "Islamic State group",
      "Islamic State in Iraq and Syria", "Islamic State in Iraq and the Levant", "Islamic Caliphate"]),
    ("ISWAP", "Islamic State West Africa Province", IMG, "REB", "IMGMUSISI", "armed-group",
     ["Islamic State West Africa Province", "ISWAP", "Islamic State West Africa",
      "Islamic State's West Africa Province"]),
    ("ISKP", "Islamic State Khorasan Province", IMG, "REB", "IMGMUSISI", "armed-group",
     ["Islamic State Khorasan Province", "Islamic State Khorasan", "ISKP", "IS-K", "ISIS-K",
      "ISIL-K", "Islamic State-Khorasan"]),
    ("ISGS", "Islamic State in the Greater Sahara", IMG, "REB", "IMGMUSISI", "armed-group",
     ["Islamic State in the Greater Sahara", "ISGS", "Islamic State Sahel Province"]),
    ("ISCAP", "Islamic State Central Africa Province", IMG, "REB", "IMGMUSISI", "armed-group",
     ["Islamic State Central Africa Province", "ISCAP"]),
    ("AQ", "al-Qaeda", IMG, "REB", "IMGMUSALQ", "armed-group",
     ["al-Qaeda", "al-Qaida", "al Qaeda", "al Qaida", "Al-Qa'ida", "alQaeda", "Qaeda", "Qaida",
      "Al Qaeda core"]),
    ("AQAP", "al-Qaeda in the Arabian Peninsula", IMG, "REB", "IMGMUSALQ", "armed-group",
     ["al-Qaeda in the Arabian Peninsula", "al-Qaida in the Arabian Peninsula", "AQAP",
      "Ansar al-Sharia in Yemen"]),
    ("AQIM", "al-Qaeda in the Islamic Maghreb", IMG, "REB", "IMGMUSALQ", "armed-group",
     ["al-Qaeda in the Islamic Maghreb", "al-Qaida in the Islamic Maghreb", "AQIM"]),
    ("AQIS", "al-Qaeda in the Indian Subcontinent", IMG, "REB", "IMGMUSALQ", "armed-group",
     ["al-Qaeda in the Indian Subcontinent", "AQIS"]),
    ("AQI", "al-Qaeda in Iraq", IMG, "REB", "IMGMUSALQ", "armed-group",
     ["al-Qaeda in Iraq", "al-Qaida in Iraq", "AQI", "Islamic State of Iraq"]),
    ("JNIM", "Jama'at Nasr al-Islam wal Muslimin", IMG, "REB", "IMGMUSALQ", "armed-group",
     ["Jama'at Nasr al-Islam wal Muslimin", "JNIM", "Group for the Support of Islam and Muslims",
      "Jamaat Nusrat al-Islam wal-Muslimin"]),
    ("NUSRA", "al-Nusra Front", "SYR", "REB", "SYRREBALQ", "armed-group",
     ["al-Nusra Front", "Nusra Front", "al-Nusra", "Nusra", "Jabhat al-Nusra", "Jabhat al-Nusrah",
      "Jabhat Fateh al-Sham", "Jabhat Fatah al-Sham", "Nusra Front fighters"]),
    ("HTS", "Hayat Tahrir al-Sham", "SYR", "REB", "SYRREB", "armed-group",
     ["Hayat Tahrir al-Sham", "Hay'at Tahrir al-Sham", "HTS", "Tahrir al-Sham",
      "Hayat Tahrir al Sham"]),
    ("FSA", "Free Syrian Army", "SYR", "REB", "SYRREB", "armed-group",
     ["Free Syrian Army", "FSA", "Syrian National Army", "Turkish-backed Syrian National Army"]),
    ("AHRAR", "Ahrar al-Sham", "SYR", "REB", "SYRREB", "armed-group",
     ["Ahrar al-Sham", "Ahrar ash-Sham"]),
    ("JAISH_ISLAM", "Jaysh al-Islam", "SYR", "REB", "SYRREB", "armed-group",
     ["Jaysh al-Islam", "Jaish al-Islam", "Army of Islam"]),
    ("TALIBAN", "Taliban", "AFG", "REB", "AFGREBTAL", "armed-group",
     ["Taliban", "the Taliban", "Taleban", "Islamic Emirate of Afghanistan", "Afghan Taliban"]),
    ("TTP", "Tehrik-i-Taliban Pakistan", "PAK", "REB", "PAKREBTAL", "armed-group",
     ["Tehrik-i-Taliban Pakistan", "Tehreek-e-Taliban Pakistan", "Tehrik-e-Taliban Pakistan",
      "TTP", "Pakistani Taliban", "Pakistan Taliban"]),
    ("HAQQANI", "Haqqani network", "AFG", "REB", "AFGREBTAL", "armed-group",
     ["Haqqani network", "Haqqani Network", "Haqqanis"]),
    ("LET", "Lashkar-e-Taiba", "PAK", "REB", "PAKREB", "armed-group",
     ["Lashkar-e-Taiba", "Lashkar-e-Tayyiba", "Lashkar-e-Toiba", "LeT", "Jamaat-ud-Dawa",
      "Jamaat-ud-Dawah", "Lashkar e Taiba"]),
    ("JEM", "Jaish-e-Mohammed", "PAK", "REB", "PAKREB", "armed-group",
     ["Jaish-e-Mohammed", "Jaish-e-Mohammad", "Jaish-e-Muhammad", "JeM", "Jaish e Mohammed"]),
    ("BLA", "Balochistan Liberation Army", "PAK", "REB", "PAKREB", "armed-group",
     ["Balochistan Liberation Army", "Baloch Liberation Army", "BLA"]),
    ("SHABAAB", "al-Shabaab", "SOM", "REB", "SOMREBALQ", "armed-group",
     ["al-Shabaab", "al-Shabab", "al Shabaab", "al Shabab", "Shabaab", "Shabab",
      "Harakat al-Shabaab al-Mujahideen"]),
    ("BOKO_HARAM", "Boko Haram", "NGA", "REB", "NGAREB", "armed-group",
     ["Boko Haram", "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad"]),
    ("HEZBOLLAH", "Hezbollah", "LBN", "REB", "LBNREBHEZ", "armed-group",
     ["Hezbollah", "Hizbollah", "Hizbullah", "Hizballah", "Hezbullah", "Hizb Allah",
      "Lebanese Hezbollah", "Party of God"]),
    ("HAMAS", "Hamas", "PSE", "REB", "PSEREBHMS", "armed-group",
     ["Hamas", "HAMAS", "Islamic Resistance Movement", "Izz ad-Din al-Qassam Brigades",
      "Izz al-Din al-Qassam Brigades", "Qassam Brigades", "al-Qassam Brigades"]),
    ("PIJ", "Palestinian Islamic Jihad", "PSE", "REB", "PSEREB", "armed-group",
     ["Palestinian Islamic Jihad", "Islamic Jihad", "PIJ", "Islamic Jihad movement",
      "Al-Quds Brigades", "Saraya al-Quds"]),
    ("PFLP", "Popular Front for the Liberation of Palestine", "PSE", "REB", "PSEREB", "armed-group",
     ["Popular Front for the Liberation of Palestine", "PFLP"]),
    ("FATAH", "Fatah", "PSE", "PTY", "PSEPTY", "group",
     ["Fatah", "al-Aqsa Martyrs' Brigades", "Al-Aqsa Martyrs Brigades"]),
    ("HOUTHIS", "Houthis", "YEM", "REB", "YEMREB", "armed-group",
     ["Houthis", "Houthi", "the Houthis", "Huthis", "Huthi", "Hothis", "Ansar Allah", "Ansarallah",
      "Ansar Allah movement", "Houthi movement", "Houthi rebels", "Houthi militia"]),
    ("PKK", "Kurdistan Workers' Party", "TUR", "REB", "TURREBPKK", "armed-group",
     ["Kurdistan Workers' Party", "Kurdistan Workers Party", "PKK", "Partiya Karkeren Kurdistane"]),
    ("YPG", "People's Protection Units", "SYR", "REB", "SYRREBKRD", "armed-group",
     ["People's Protection Units", "Peoples Protection Units", "YPG", "YPJ",
      "Women's Protection Units", "Kurdish People's Protection Units"]),
    ("SDF", "Syrian Democratic Forces", "SYR", "REB", "SYRREBKRD", "armed-group",
     ["Syrian Democratic Forces", "SDF"]),
    ("PESHMERGA", "Peshmerga", "IRQ", "MIL", "IRQMILKRD", "armed-group",
     ["peshmerga", "Peshmerga", "pesh merga", "Kurdish peshmerga", "Kurdish peshmerga forces",
      "peshmerga forces", "Kurdish defense forces", "Kurdish defence forces"]),
    ("KRG", "Kurdistan Regional Government", "IRQ", "GOV", "IRQGOVKRD", "state-sector",
     ["Kurdistan Regional Government", "KRG", "Kurdish Regional Government"]),
    ("IRGC", "Islamic Revolutionary Guard Corps", "IRN", "MIL", "IRNMILIRG", "state-sector",
     ["Islamic Revolutionary Guard Corps", "Islamic Revolutionary Guards Corps", "IRGC",
      "Revolutionary Guards", "Revolutionary Guard", "Revolutionary Guard Corps",
      "Revolutionary Guards Corps", "Iranian Revolutionary Guards", "Iranian Revolutionary Guard Corps",
      "Iranian Revolutionary Guards Corps", "Sepah", "Pasdaran"]),
    ("QUDS", "Quds Force", "IRN", "MIL", "IRNMILIRG", "state-sector",
     ["Quds Force", "Qods Force", "al-Quds Force", "Quds Force of the Islamic Revolutionary Guard Corps",
      "IRGC-QF", "IRGC Quds Force"]),
    ("BASIJ", "Basij", "IRN", "PRM", "IRNMILBSJ", "state-sector", ["Basij", "Basij militia"]),
    ("PMF", "Popular Mobilization Forces", "IRQ", "PRM", "IRQPRM", "armed-group",
     ["Popular Mobilization Forces", "Popular Mobilisation Forces", "Popular Mobilization Units",
      "Popular Mobilisation Units", "PMF", "PMU", "Hashd al-Shaabi", "al-Hashd al-Shaabi",
      "Hashed al-Shaabi", "Hashd"]),
    ("KH", "Kata'ib Hezbollah", "IRQ", "PRM", "IRQPRM", "armed-group",
     ["Kata'ib Hezbollah", "Kataib Hezbollah", "Kata'ib Hizballah", "Hezbollah Brigades",
      "Kataeb Hezbollah"]),
    ("AAH", "Asa'ib Ahl al-Haq", "IRQ", "PRM", "IRQPRM", "armed-group",
     ["Asa'ib Ahl al-Haq", "Asaib Ahl al-Haq", "League of the Righteous", "AAH"]),
    ("BADR", "Badr Organization", "IRQ", "PRM", "IRQPRM", "armed-group",
     ["Badr Organization", "Badr Organisation", "Badr Brigade", "Badr Corps", "Badr"]),
    ("MAHDI_ARMY", "Mahdi Army", "IRQ", "PRM", "IRQPRM", "armed-group",
     ["Mahdi Army", "Jaish al-Mahdi", "Saraya al-Salam", "Peace Brigades"]),
    ("WAGNER", "Wagner Group", "RUS", "PRM", "RUSPRM", "armed-group",
     ["Wagner Group", "Wagner", "PMC Wagner", "Wagner mercenaries", "Africa Corps"]),
    ("FARC", "Revolutionary Armed Forces of Colombia", "COL", "REB", "COLREB", "armed-group",
     ["Revolutionary Armed Forces of Colombia", "FARC", "FARC-EP", "FARC dissidents"]),
    ("ELN", "National Liberation Army (Colombia)", "COL", "REB", "COLREB", "armed-group",
     ["National Liberation Army", "ELN", "Ejército de Liberación Nacional"]),
    ("M23", "M23", "COD", "REB", "CODREB", "armed-group",
     ["M23", "March 23 Movement", "M23 rebels", "Mouvement du 23 mars"]),
    ("ADF", "Allied Democratic Forces", "COD", "REB", "CODREB", "armed-group",
     ["Allied Democratic Forces", "ADF"]),
    ("FDLR", "Democratic Forces for the Liberation of Rwanda", "COD", "REB", "CODREB", "armed-group",
     ["Democratic Forces for the Liberation of Rwanda", "FDLR"]),
    ("RSF", "Rapid Support Forces", "SDN", "PRM", "SDNPRM", "armed-group",
     ["Rapid Support Forces", "RSF", "Janjaweed"]),
    ("SPLA_IO", "SPLM-IO", "SSD", "REB", "SSDREB", "armed-group",
     ["SPLM-IO", "SPLA-IO", "Sudan People's Liberation Movement-in-Opposition"]),
    ("LRA", "Lord's Resistance Army", "UGA", "REB", "UGAREB", "armed-group",
     ["Lord's Resistance Army", "LRA"]),
    ("ANSAR_DINE", "Ansar Dine", "MLI", "REB", "MLIREB", "armed-group", ["Ansar Dine", "Ansar al-Din"]),
    ("AL_MOURABITOUN", "al-Mourabitoun", IMG, "REB", "IMGMUSALQ", "armed-group",
     ["al-Mourabitoun", "Al Mourabitoun"]),
    ("ANSAR_SHARIA_LBY", "Ansar al-Sharia (Libya)", "LBY", "REB", "LBYREB", "armed-group",
     ["Ansar al-Sharia", "Ansar al-Shariah"]),
    ("ABU_SAYYAF", "Abu Sayyaf", "PHL", "REB", "PHLREB", "armed-group",
     ["Abu Sayyaf", "Abu Sayyaf Group", "ASG"]),
    ("MILF", "Moro Islamic Liberation Front", "PHL", "REB", "PHLREB", "armed-group",
     ["Moro Islamic Liberation Front", "MILF"]),
    ("NPA", "New People's Army", "PHL", "REB", "PHLREB", "armed-group", ["New People's Army", "NPA"]),
    ("JI", "Jemaah Islamiyah", IMG, "REB", "IMGMUSALQ", "armed-group", ["Jemaah Islamiyah"]),
    ("HURRAS", "Hurras al-Din", "SYR", "REB", "SYRREBALQ", "armed-group", ["Hurras al-Din", "Hurras ad-Din"]),
    ("JUND_AQSA", "Jund al-Aqsa", "SYR", "REB", "SYRREB", "armed-group", ["Jund al-Aqsa"]),
    ("HIZBUL", "Hizbul Mujahideen", "IND", "REB", "INDREB", "armed-group",
     ["Hizbul Mujahideen", "Hizb-ul-Mujahideen"]),
    ("ULFA", "United Liberation Front of Asom", "IND", "REB", "INDREB", "armed-group", ["ULFA"]),
    ("MAOISTS_IND", "Communist Party of India (Maoist)", "IND", "REB", "INDREB", "armed-group",
     ["Communist Party of India (Maoist)", "Naxalites", "Naxals"]),
    ("LTTE", "Liberation Tigers of Tamil Eelam", "LKA", "REB", "LKAREB", "armed-group",
     ["Liberation Tigers of Tamil Eelam", "LTTE", "Tamil Tigers"]),
    ("AZOV", "Azov Regiment", "UKR", "MIL", "UKRMIL", "state-sector", ["Azov Regiment", "Azov Battalion", "Azov"]),
    ("DPR", "Donetsk People's Republic", "UKR", "REB", "UKRREB", "armed-group",
     ["Donetsk People's Republic", "DPR", "Luhansk People's Republic", "LPR"]),
    ("ARAKAN_ARMY", "Arakan Army", "MMR", "REB", "MMRREB", "armed-group", ["Arakan Army"]),
    ("ARSA", "Arakan Rohingya Salvation Army", "MMR", "REB", "MMRREB", "armed-group",
     ["Arakan Rohingya Salvation Army", "ARSA"]),
    ("KIA", "Kachin Independence Army", "MMR", "REB", "MMRREB", "armed-group", ["Kachin Independence Army"]),
    ("PDF_MMR", "People's Defence Force (Myanmar)", "MMR", "REB", "MMRREB", "armed-group",
     ["People's Defence Force", "People's Defense Force"]),
    ("TATMADAW", "Tatmadaw", "MMR", "MIL", "MMRMIL", "state-sector", ["Tatmadaw"]),
    ("TPLF", "Tigray People's Liberation Front", "ETH", "REB", "ETHREB", "armed-group",
     ["Tigray People's Liberation Front", "TPLF", "Tigray Defence Forces", "Tigray Defense Forces", "TDF"]),
    ("FANO", "Fano", "ETH", "PRM", "ETHPRM", "armed-group", ["Fano", "Fano militia"]),
    ("OLA", "Oromo Liberation Army", "ETH", "REB", "ETHREB", "armed-group", ["Oromo Liberation Army", "OLA"]),
    ("AL_SUNNAH_MOZ", "Ansar al-Sunna (Mozambique)", "MOZ", "REB", "MOZREB", "armed-group",
     ["Ansar al-Sunna", "Ahlu Sunnah Wa-Jama"]),
    ("HTS_SHAM_LEGION", "Sham Legion", "SYR", "REB", "SYRREB", "armed-group", ["Sham Legion", "Faylaq al-Sham"]),
    ("JUNDALLAH", "Jundallah", "IRN", "REB", "IRNREB", "armed-group", ["Jundallah", "Jaish al-Adl"]),
    ("MEK", "People's Mujahedin of Iran", "IRN", "OPP", "IRNOPP", "group",
     ["People's Mujahedin of Iran", "Mujahedin-e Khalq", "MEK", "MKO", "People's Mojahedin Organization of Iran",
      "Mujahedeen Khalq", "Mujahideen-e-Khalq"]),
    ("SOUTHERN_TRANSITIONAL", "Southern Transitional Council", "YEM", "REB", "YEMREB", "armed-group",
     ["Southern Transitional Council", "STC"]),
    ("AMAL", "Amal Movement", "LBN", "PTY", "LBNPTY", "group", ["Amal Movement"]),
    ("KDP", "Kurdistan Democratic Party", "IRQ", "PTY", "IRQPTYKRD", "group", ["Kurdistan Democratic Party", "KDP"]),
    ("PUK", "Patriotic Union of Kurdistan", "IRQ", "PTY", "IRQPTYKRD", "group", ["Patriotic Union of Kurdistan", "PUK"]),
    ("MUSLIM_BROTHERHOOD", "Muslim Brotherhood", IMG, "PTY", "IMGMUS", "group",
     ["Muslim Brotherhood", "Muslim Brothers", "Ikhwan"]),
    ("NATIONAL_COALITION_SYR", "Syrian National Coalition", "SYR", "OPP", "SYROPP", "group",
     ["Syrian National Coalition", "National Coalition for Syrian Revolutionary and Opposition Forces"]),
    # armed groups of earlier conflicts still named in the news and its archives
    ("IRA", "Irish Republican Army", "GBR", "REB", "GBRREB", "armed-group",
     ["Irish Republican Army", "IRA", "Provisional IRA", "Real IRA", "New IRA"]),
    ("ETA", "ETA", "ESP", "REB", "ESPREB", "armed-group", ["ETA", "Euskadi Ta Askatasuna"]),
    ("UNITA", "UNITA", "AGO", "REB", "AGOREB", "armed-group",
     ["UNITA", "National Union for the Total Independence of Angola"]),
    ("RUF", "Revolutionary United Front", "SLE", "REB", "SLEREB", "armed-group", ["Revolutionary United Front", "RUF"]),
    ("KLA", "Kosovo Liberation Army", "SRB", "REB", "SRBREB", "armed-group", ["Kosovo Liberation Army", "KLA", "UCK"]),
    ("SPLM", "Sudan People's Liberation Movement", "SSD", "REB", "SSDREB", "armed-group",
     ["Sudan People's Liberation Movement", "Sudan People's Liberation Army", "SPLM", "SPLA", "SPLM/A"]),
    ("NPFL", "National Patriotic Front of Liberia", "LBR", "REB", "LBRREB", "armed-group",
     ["National Patriotic Front of Liberia", "NPFL"]),
    ("FIS", "Islamic Salvation Front", "DZA", "OPP", "DZAOPP", "group", ["Islamic Salvation Front", "FIS"]),
    ("GIA", "Armed Islamic Group", "DZA", "REB", "DZAREB", "armed-group", ["Armed Islamic Group", "GIA"]),
    ("SHINING_PATH", "Shining Path", "PER", "REB", "PERREB", "armed-group", ["Shining Path", "Sendero Luminoso"]),
    ("EZLN", "Zapatista Army of National Liberation", "MEX", "REB", "MEXREB", "armed-group",
     ["Zapatista Army of National Liberation", "Zapatistas", "EZLN"]),
    ("KHMER_ROUGE", "Khmer Rouge", "KHM", "REB", "KHMREB", "armed-group", ["Khmer Rouge"]),
    ("POLISARIO", "Polisario Front", "ESH", "REB", "ESHREB", "armed-group", ["Polisario Front", "Polisario"]),
    # movements of the conflicts of the 1970s-1990s that news archives and CAMEO's examples still name
    ("PLO", "Palestine Liberation Organization", "PSE", "GOV", "PSEGOV", "group",
     ["Palestine Liberation Organization", "Palestine Liberation Organisation",
      "Palestinian Liberation Organization", "Palestinian Liberation Organisation", "PLO"]),
    ("ABU_NIDAL", "Abu Nidal Organization", "PSE", "REB", "PSEREB", "armed-group",
     ["Abu Nidal Organization", "Abu Nidal Organisation", "Fatah Revolutionary Council"]),
    ("DFLP", "Democratic Front for the Liberation of Palestine", "PSE", "REB", "PSEREB", "armed-group",
     ["Democratic Front for the Liberation of Palestine", "DFLP"]),
    ("FSLN", "Sandinista National Liberation Front", "NIC", "PTY", "NICPTY", "group",
     ["Sandinista National Liberation Front", "FSLN", "Sandinistas"]),
    ("CONTRAS", "Contras", "NIC", "REB", "NICREB", "armed-group", ["Contras", "Contra rebels"]),
    ("SELEKA", "Seleka", "CAF", "REB", "CAFREB", "armed-group", ["Seleka", "ex-Seleka"]),
    ("ANTI_BALAKA", "Anti-balaka", "CAF", "PRM", "CAFPRM", "armed-group", ["Anti-balaka", "anti-Balaka"]),
    ("MNLF", "Moro National Liberation Front", "PHL", "REB", "PHLREB", "armed-group",
     ["Moro National Liberation Front", "MNLF"]),
    ("INTERAHAMWE", "Interahamwe", "RWA", "PRM", "RWAPRM", "armed-group", ["Interahamwe"]),
    ("MAI_MAI", "Mai-Mai", "COD", "PRM", "CODPRM", "armed-group", ["Mai-Mai", "Mai Mai", "Mayi-Mayi"]),
    ("AUC", "United Self-Defense Forces of Colombia", "COL", "PRM", "COLPRM", "armed-group",
     ["United Self-Defense Forces of Colombia", "United Self-Defence Forces of Colombia",
      "Autodefensas Unidas de Colombia", "AUC"]),
    ("MRTA", "Tupac Amaru Revolutionary Movement", "PER", "REB", "PERREB", "armed-group",
     ["Tupac Amaru Revolutionary Movement", "Tupac Amaru", "MRTA"]),
    ("RED_BRIGADES", "Red Brigades", "ITA", "REB", "ITAREB", "armed-group", ["Red Brigades", "Brigate Rosse"]),
    ("INLA", "Irish National Liberation Army", "GBR", "REB", "GBRREB", "armed-group",
     ["Irish National Liberation Army", "INLA"]),
    ("UDA", "Ulster Defence Association", "GBR", "PRM", "GBRPRM", "armed-group",
     ["Ulster Defence Association", "Ulster Defense Association", "Ulster Freedom Fighters"]),
    ("VIET_CONG", "Viet Cong", "VNM", "REB", "VNMREB", "armed-group", ["Viet Cong", "Vietcong"]),
    ("PATHET_LAO", "Pathet Lao", "LAO", "REB", "LAOREB", "armed-group", ["Pathet Lao"]),
    ("HEZB_E_ISLAMI", "Hezb-e-Islami", "AFG", "REB", "AFGREB", "armed-group",
     ["Hezb-e-Islami", "Hizb-i-Islami", "Hezb-i-Islami"]),
    ("NORTHERN_ALLIANCE", "Northern Alliance", "AFG", "REB", "AFGREB", "armed-group",
     ["Northern Alliance", "United Islamic Front"]),
    ("SWAPO", "SWAPO", "NAM", "PTY", "NAMPTY", "group", ["SWAPO", "South West Africa People's Organisation",
                                                        "South West Africa People's Organization"]),
    ("MDC", "Movement for Democratic Change", "ZWE", "OPP", "ZWEOPP", "group",
     ["Movement for Democratic Change", "MDC-T"]),
    ("FDD_BDI", "Forces for the Defence of Democracy", "BDI", "REB", "BDIREB", "armed-group",
     ["Forces for the Defence of Democracy", "Forces for Defence of Democracy", "Forces for the Defense of Democracy"]),
    # parties in power or leading the opposition, widely named (sector PTY)
    ("ANC", "African National Congress", "ZAF", "PTY", "ZAFPTY", "group", ["African National Congress", "ANC"]),
    ("ZANU_PF", "ZANU-PF", "ZWE", "PTY", "ZWEPTY", "group", ["ZANU-PF", "Zanu-PF", "Zanu PF"]),
    ("MDC_ZWE", "Movement for Democratic Change", "ZWE", "OPP", "ZWEOPP", "group", ["Movement for Democratic Change"]),
    ("FRELIMO", "Frelimo", "MOZ", "PTY", "MOZPTY", "group", ["Frelimo", "FRELIMO", "Front for the Liberation of Mozambique"]),
    ("RENAMO", "Renamo", "MOZ", "OPP", "MOZOPP", "group", ["Renamo", "RENAMO", "Mozambican National Resistance"]),
    ("LDP_JPN", "Liberal Democratic Party (Japan)", "JPN", "PTY", "JPNPTY", "group", ["LDP"]),
    ("BJP", "Bharatiya Janata Party", "IND", "PTY", "INDPTY", "group", ["Bharatiya Janata Party", "BJP"]),
    ("INC_IND", "Indian National Congress", "IND", "PTY", "INDPTY", "group", ["Indian National Congress", "Congress party"]),
    ("AKP", "Justice and Development Party (Turkey)", "TUR", "PTY", "TURPTY", "group", ["AKP", "AK Party"]),
    ("CHP", "Republican People's Party (Turkey)", "TUR", "OPP", "TUROPP", "group", ["CHP"]),
    ("HDP", "Peoples' Democratic Party (Turkey)", "TUR", "OPP", "TUROPP", "group", ["HDP"]),
    ("LIKUD", "Likud", "ISR", "PTY", "ISRPTY", "group", ["Likud"]),
    ("UNITED_RUSSIA", "United Russia", "RUS", "PTY", "RUSPTY", "group", ["United Russia"]),
    ("KMT", "Kuomintang", "TWN", "PTY", "TWNPTY", "group", ["Kuomintang", "KMT"]),
    ("CCP", "Chinese Communist Party", "CHN", "GOV", "CHNGOV", "state-sector",
     ["Chinese Communist Party", "Communist Party of China", "CCP"]),
    ("WPK", "Workers' Party of Korea", "PRK", "GOV", "PRKGOV", "state-sector", ["Workers' Party of Korea"]),
    ("SINN_FEIN", "Sinn Fein", "GBR", "PTY", "GBRPTY", "group", ["Sinn Fein", "Sinn Féin"]),
    ("PPP_PAK", "Pakistan Peoples Party", "PAK", "PTY", "PAKPTY", "group", ["Pakistan Peoples Party", "Pakistan People's Party"]),
    ("PMLN", "Pakistan Muslim League (N)", "PAK", "PTY", "PAKPTY", "group", ["Pakistan Muslim League-Nawaz", "PML-N"]),
    ("NRM_UGA", "National Resistance Movement", "UGA", "PTY", "UGAPTY", "group", ["National Resistance Movement"]),
    ("RPF_RWA", "Rwandan Patriotic Front", "RWA", "PTY", "RWAPTY", "group", ["Rwandan Patriotic Front", "RPF"]),
    ("ENNAHDA", "Ennahda", "TUN", "PTY", "TUNPTY", "group", ["Ennahda", "Nahda"]),
    ("AWAMI_LEAGUE", "Awami League", "BGD", "PTY", "BGDPTY", "group", ["Awami League"]),
    ("MST_BRA", "Landless Workers' Movement", "BRA", "OPP", "BRAOPP", "group",
     ["Landless Workers' Movement", "Landless Rural Workers' Movement", "Movimento dos Trabalhadores Rurais Sem Terra"]),
]

# (id, name, cameo, kind, aliases)
ORGS: list[tuple[str, str, str, str, list[str]]] = [
    ("UN", "United Nations", "IGOUNO", "igo", ["United Nations", "UN", "U.N.", "the United Nations"]),
    ("UNSC", "UN Security Council", "IGOUNO", "igo",
     ["UN Security Council", "U.N. Security Council", "United Nations Security Council", "Security Council", "UNSC"]),
    ("UNHCR", "UNHCR", "IGOUNOREF", "igo", ["UNHCR", "UN refugee agency", "U.N. refugee agency",
                                               "UN High Commissioner for Refugees"]),
    ("UNICEF", "UNICEF", "IGOUNOKID", "igo", ["UNICEF"]),
    ("WFP", "World Food Programme", "IGOUNOAGR", "igo", ["World Food Programme", "World Food Program", "WFP"]),
    ("WHO", "World Health Organization", "IGOUNOHLH", "igo", ["World Health Organization", "World Health Organisation"]),
    ("OCHA", "UN Office for the Coordination of Humanitarian Affairs", "IGOUNO", "igo",
     ["OCHA", "UN Office for the Coordination of Humanitarian Affairs"]),
    ("UNRWA", "UNRWA", "IGOUNOREF", "igo", ["UNRWA"]),
    ("UNAMA", "UN Assistance Mission in Afghanistan", "IGOUNO", "igo", ["UNAMA", "UN Assistance Mission in Afghanistan"]),
    ("UNAMI", "UN Assistance Mission for Iraq", "IGOUNO", "igo", ["UNAMI"]),
    ("MONUSCO", "MONUSCO", "IGOUNO", "igo", ["MONUSCO"]),
    ("MINUSMA", "MINUSMA", "IGOUNO", "igo", ["MINUSMA"]),
    ("UNIFIL", "UNIFIL", "IGOUNO", "igo", ["UNIFIL"]),
    ("UNDOF", "UN Disengagement Observer Force", "IGOUNO", "igo", ["UNDOF", "UN Disengagement Observer Force"]),
    ("UNMISS", "UN Mission in South Sudan", "IGOUNO", "igo", ["UNMISS", "UN Mission in South Sudan"]),
    ("UNAMID", "UNAMID", "IGOUNO", "igo", ["UNAMID"]),
    ("MINUSCA", "MINUSCA", "IGOUNO", "igo", ["MINUSCA"]),
    ("UNFICYP", "UN Peacekeeping Force in Cyprus", "IGOUNO", "igo", ["UNFICYP"]),
    ("UNSMIL", "UN Support Mission in Libya", "IGOUNO", "igo", ["UNSMIL", "UN Support Mission in Libya"]),
    ("UNSCOM", "UN Special Commission", "IGOUNO", "igo", ["UNSCOM", "UN Special Commission"]),
    ("UN_PEACEKEEPERS", "UN peacekeepers", "IGOUNO", "igo",
     ["UN peacekeepers", "U.N. peacekeepers", "United Nations peacekeepers", "blue helmets"]),
    ("IAEA", "International Atomic Energy Agency", "IGOUNOIAE", "igo",
     ["International Atomic Energy Agency", "IAEA"]),
    ("OPCW", "Organisation for the Prohibition of Chemical Weapons", "IGO", "igo",
     ["Organisation for the Prohibition of Chemical Weapons", "Organization for the Prohibition of Chemical Weapons", "OPCW"]),
    ("ICC", "International Criminal Court", "IGOJUD", "igo", ["International Criminal Court", "ICC"]),
    ("ICJ", "International Court of Justice", "IGOUNOJUDICJ", "igo", ["International Court of Justice", "ICJ", "World Court"]),
    ("NATO", "NATO", "IGOWSTNAT", "igo", ["NATO", "Nato", "North Atlantic Treaty Organization",
                                           "North Atlantic Treaty Organisation"]),
    ("ISAF", "International Security Assistance Force", "IGOWSTNAT", "igo",
     ["International Security Assistance Force", "ISAF", "Resolute Support"]),
    ("EU", "European Union", "IGOEEC", "igo", ["European Union", "EU", "E.U.", "European Commission",
                                              "European Community", "European Economic Community", "EEC",
                                              "European Council"]),
    ("AU", "African Union", "IGOAFR", "igo", ["African Union", "AU"]),
    ("AMISOM", "African Union Mission in Somalia", "IGOAFR", "igo",
     ["African Union Mission in Somalia", "AMISOM", "ATMIS", "African Union Transition Mission in Somalia"]),
    ("ECOWAS", "ECOWAS", "IGOWAFECO", "igo", ["ECOWAS", "Economic Community of West African States"]),
    ("ARAB_LEAGUE", "Arab League", "IGOARBLEG", "igo", ["Arab League", "League of Arab States"]),
    ("GCC", "Gulf Cooperation Council", "IGOGCC", "igo", ["Gulf Cooperation Council", "GCC"]),
    ("OIC", "Organisation of Islamic Cooperation", "IGOMUSOIC", "igo",
     ["Organisation of Islamic Cooperation", "Organization of Islamic Cooperation", "OIC"]),
    ("OSCE", "OSCE", "IGOEUROSC", "igo", ["Organization for Security and Co-operation in Europe", "OSCE"]),
    ("ASEAN", "ASEAN", "IGOSEAASN", "igo", ["ASEAN", "Association of Southeast Asian Nations"]),
    ("IGAD", "IGAD", "IGOEAFIGA", "igo", ["IGAD", "Intergovernmental Authority on Development"]),
    ("SADC", "SADC", "IGOSAFSAD", "igo", ["SADC", "Southern African Development Community"]),
    ("APEC", "Asia-Pacific Economic Cooperation", "IGO", "igo", ["Asia-Pacific Economic Cooperation", "APEC"]),
    ("SCO", "Shanghai Cooperation Organisation", "IGO", "igo",
     ["Shanghai Cooperation Organisation", "Shanghai Cooperation Organization"]),
    ("OAS", "Organization of American States", "IGO", "igo", ["Organization of American States", "OAS"]),
    ("CSTO", "Collective Security Treaty Organization", "IGO", "igo", ["Collective Security Treaty Organization", "CSTO"]),
    ("G7", "G7", "IGOG7", "igo", ["G7", "Group of Seven", "G-7"]),
    ("G20", "G20", "IGO", "igo", ["G20", "G-20", "Group of 20"]),
    ("IMF", "International Monetary Fund", "IGOUNOIMF", "igo", ["International Monetary Fund", "IMF"]),
    ("WORLD_BANK", "World Bank", "IGOUNOWBK", "igo", ["World Bank"]),
    ("INTERPOL", "Interpol", "IGO", "igo", ["Interpol", "INTERPOL"]),
    ("ICRC", "International Committee of the Red Cross", "NGOHRIRCR", "ngo",
     ["International Committee of the Red Cross", "ICRC", "Red Cross", "Red Crescent",
      "Syrian Arab Red Crescent", "International Federation of Red Cross and Red Crescent Societies", "IFRC"]),
    ("MSF", "Médecins Sans Frontières", "NGOHLH", "ngo",
     ["Médecins Sans Frontières", "Medecins Sans Frontieres", "Doctors Without Borders", "MSF"]),
    ("AMNESTY", "Amnesty International", "NGOHRIAMN", "ngo", ["Amnesty International", "Amnesty"]),
    ("HRW", "Human Rights Watch", "NGOHRIHRW", "ngo", ["Human Rights Watch", "HRW"]),
    ("SOHR", "Syrian Observatory for Human Rights", "NGOHRI", "ngo",
     ["Syrian Observatory for Human Rights", "Syrian Observatory", "SOHR"]),
    ("WHITE_HELMETS", "Syria Civil Defence", "NGO", "ngo", ["White Helmets", "Syria Civil Defence", "Syrian Civil Defense"]),
    ("ACLED", "ACLED", "NGO", "ngo", ["ACLED", "Armed Conflict Location & Event Data Project"]),
    ("ICG", "International Crisis Group", "NGOICG", "ngo", ["International Crisis Group", "Crisis Group"]),
    ("SAVE_CHILDREN", "Save the Children", "NGO", "ngo", ["Save the Children"]),
    ("OXFAM", "Oxfam", "NGO", "ngo", ["Oxfam"]),
    ("NRC", "Norwegian Refugee Council", "NGO", "ngo", ["Norwegian Refugee Council"]),
    ("IRC", "International Rescue Committee", "NGO", "ngo", ["International Rescue Committee"]),
    ("OBSERVERS", "international observers", "IGO", "igo",
     ["international observers", "international monitors", "election observers", "election monitors",
      "foreign observers", "international election observers", "ceasefire monitors", "truce monitors"]),
    ("NGO_RIGHTS", "human rights groups", "NGOHRI", "ngo",
     ["rights groups", "human rights groups", "rights organizations", "rights organisations",
      "human rights organizations", "human rights organisations", "rights activists", "human rights activists"]),
    ("NGO_AID", "aid agencies", "NGO", "ngo",
     ["aid agencies", "aid groups", "aid organizations", "aid organisations", "humanitarian organizations",
      "humanitarian organisations", "humanitarian agencies", "aid workers", "relief agencies"]),
]

# Kinds of generic coalitions/backers handled by rules in actors.py, not listed here.

# Blocs named as actors without a state (CAMEO "WST" for the West): (id, name, cameo, kind, aliases)
BLOCS: list[tuple[str, str, str, str, list[str]]] = [
    ("WEST", "Western bloc", "WST", "group",
     ["Western governments", "Western powers", "Western countries", "Western nations", "Western allies",
      "Western states", "Western leaders", "Western diplomats", "Western intelligence services",
      "Western security services", "Western officials"]),
]


def slug_words(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def countries() -> list[dict]:
    out = []
    seen: set[str] = set()
    entries = list(pycountry.countries)
    for c in entries:
        iso3 = c.alpha_3
        if iso3 == "ATA":
            continue
        names: list[str] = []
        short = SHORT_NAMES.get(iso3)
        main = short[0] if short else getattr(c, "common_name", None) or c.name
        names.append(main)
        if short:
            names += short[1:]
        for attr in ("common_name", "name", "official_name"):
            v = getattr(c, attr, None)
            if v and "," not in v and v not in names:
                names.append(v)
        demonyms = list(DEMONYMS.get(iso3, []))
        capitals: list[str] = list(METONYMS.get(iso3, []))
        try:
            info = CountryInfo(iso3).info() or {}
        except Exception:  # countryinfo raises ValueError/KeyError for a few codes
            info = {}
        cap = info.get("capital")
        if (cap and cap not in capitals and cap not in NOT_METONYMS and cap.isascii()
                and info.get("population", 0) >= METONYM_MIN_POPULATION and " " not in cap.strip()):
            capitals.append(cap)
        dem = info.get("demonym")
        if dem and dem not in demonyms and len(dem) > 2 and "," not in dem:
            demonyms.append(dem)
        for alt in info.get("altSpellings", []):
            if (len(alt) > 3 and alt.isascii() and "," not in alt and alt not in names
                    and not re.search(r"\b(of|the)\b.*\b(of|the)\b", alt)):
                names.append(alt)
        out.append({
            "id": iso3, "name": main, "kind": "state", "country": iso3, "sector": None,
            "cameo": iso3, "aliases": names, "demonyms": demonyms, "metonyms": capitals,
        })
        seen.add(iso3)
    if "XKX" not in seen:
        out.append({"id": "XKX", "name": "Kosovo", "kind": "state", "country": "XKX", "sector": None,
                    "cameo": "XKX", "aliases": SHORT_NAMES["XKX"], "demonyms": ["Kosovar", "Kosovan"],
                    "metonyms": ["Pristina"]})
    return out


def _dedupe_demonyms(actors: list[dict]) -> None:
    """A demonym claimed by several countries ("American": USA, MNP; "Norwegian": NOR, SJM) keeps one
    owner: the hand-listed one, else the country whose name starts most like it, else none."""
    owners: dict[str, list[dict]] = {}
    for a in actors:
        for d in a["demonyms"]:
            owners.setdefault(d.lower(), []).append(a)

    def prefix(x: str, y: str) -> int:
        n = 0
        for p, q in zip(x.lower(), y.lower()):
            if p != q:
                break
            n += 1
        return n

    for a in actors:
        kept = []
        for d in a["demonyms"]:
            claim = owners[d.lower()]
            hand = [c for c in claim if d in DEMONYMS.get(c["id"], [])]
            if hand:
                if a in hand:
                    kept.append(d)
                continue
            if len(claim) == 1:
                kept.append(d)
                continue
            scores = sorted(((prefix(d, c["name"]), c["id"]) for c in claim), reverse=True)
            if scores[0][0] >= 4 and scores[0][0] > scores[1][0] and scores[0][1] == a["id"]:
                kept.append(d)
        a["demonyms"] = kept


def leaders(by_id: dict[str, dict]) -> list[dict]:
    """Person actors from ``tools/leaders.py`` (format in its docstring)."""
    out: list[dict] = []
    for n, line in enumerate(LEADERS.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split("|")]
        if len(parts) != 5:
            raise SystemExit(f"tools/leaders.py line {n}: expected 5 fields: {line!r}")
        affil, sector, office, names, surnames = parts
        names_l = [x.strip() for x in names.split(";") if x.strip()]
        forms = [x.strip() for x in surnames.split(";") if x.strip()]
        org = by_id.get(affil)
        if org is None:
            raise SystemExit(f"tools/leaders.py line {n}: unknown affiliation {affil!r}")
        sector = None if sector == "-" else sector
        if org["kind"] == "state":
            country, affiliation = affil, (f"{affil}_{sector}" if sector else affil)
            cameo = f"{affil}{sector or ''}"
        else:
            country, affiliation = org["country"], affil
            sector = org.get("sector") if sector in (None, "GOV") else sector
            cameo = org.get("cameo")
        pid = "PERSON_" + re.sub(r"[^A-Z0-9]+", "_", slug_words(names_l[0]).upper()).strip("_")
        out.append({"id": pid, "name": names_l[0], "kind": "person", "country": country, "sector": sector,
                    "affiliation": affiliation, "role": office, "cameo": cameo, "aliases": names_l,
                    "surnames": [f.rstrip("*").strip() for f in forms],
                    "bare_surnames": [f.rstrip("*").strip() for f in forms if f.endswith("*")]})
    return out


def main() -> int:
    if CountryInfo is None:
        print("tools/build_actors.py needs countryinfo: pip install countryinfo==1.0.1", file=sys.stderr)
        return 1
    actors = countries()
    _dedupe_demonyms(actors)
    for country, sector, names in SEATS:
        actors.append({
            "id": f"{country}_{sector}_{re.sub(r'[^A-Z0-9]+', '_', slug_words(names[0]).upper()).strip('_')}",
            "name": names[0], "kind": "state-sector", "country": country, "sector": sector,
            "cameo": f"{country}{sector}", "aliases": names, "member_of": f"{country}_{sector}",
        })
    for gid, name, country, sector, cameo, kind, aliases in GROUPS:
        actors.append({"id": gid, "name": name, "kind": kind, "country": country, "sector": sector,
                       "cameo": cameo, "aliases": aliases})
    for oid, name, cameo, kind, aliases in ORGS:
        actors.append({"id": oid, "name": name, "kind": kind, "country": cameo[:3], "sector": cameo[3:6] or None,
                       "cameo": cameo, "aliases": aliases})
    for mid, name, country, aliases in MEDIA:
        actors.append({"id": f"MEDIA_{mid}", "name": name, "kind": "media", "country": country, "sector": "MED",
                       "cameo": f"{country}MED" if country else "MED", "aliases": aliases})
    for bid, name, cameo, kind, aliases in BLOCS:
        actors.append({"id": bid, "name": name, "kind": kind, "country": None, "sector": None, "cameo": cameo,
                       "aliases": aliases})
    for eid, name, nouns, adjectives, homes, forces in ETHNIC_GROUPS:
        actors.append({"id": eid, "name": name, "kind": "ethnic/religious group", "country": None, "sector": None,
                       "cameo": None, "aliases": nouns, "adjectives": adjectives, "homes": homes,
                       "forces": forces})
    actors += leaders({a["id"]: a for a in actors})
    ids = [a["id"] for a in actors]
    dup = {i for i in ids if ids.count(i) > 1}
    if dup:
        print(f"duplicate ids: {sorted(dup)}", file=sys.stderr)
        return 1
    data = {
        "schema": 1,
        "about": "intelfile shipped actor dictionary; built by tools/build_actors.py; schema in docs/actors.md",
        "sectors": SECTOR_NOUNS,
        "standalone_sectors": STANDALONE_SECTORS,
        "member_nouns": MEMBER_NOUNS,
        "group_references": GROUP_REFERENCES,
        "generic_nouns": GENERIC_NOUNS,
        "ambiguous_names": AMBIGUOUS_NAMES,
        "ethnic_heads": ETHNIC_HEADS,
        "actors": actors,
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(actors)} actors to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
