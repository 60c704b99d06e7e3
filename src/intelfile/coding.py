"""Event coding: who did what to whom, when, where, how sure, and who says so.

``EventCoder(settings=..., geoparser=None)`` is the coding stage; calling it on a parsed document
with its actor and place mentions returns a :class:`CodingResult` of ``Event``, ``Relation`` and
``Claim`` records. It is a rule-based coder over the dependency parse:

1. **Domain filter.** Documents and sentences about sport, weather, markets or business (counted
   cue words) are not coded: a predicted event that matches nothing costs precision.
2. **Triggers.** Verbs, nouns and phrasal verbs of the shipped lexicon (``data/plover_lexicon.json``:
   lemma → PLOVER type, mode, base confidence, contexts). Light verbs hand their subject to a
   nominal trigger ("carried out airstrikes", "set ambushes", "is leading the aerial bombings",
   "held talks"); aspect and control verbs hand theirs to an infinitive or gerund ("started
   beheading hostages"). Some lemmas need a frame: "take" and "drive" only code with a particle
   ("take over", "drive out") or a place as object. Modifiers refine the mode ("air strikes" →
   aerial, "suicide bombing", "roadside bomb" → explosives, "artillery" → heavy-weapons, "hunger
   strike" → PROTEST).
3. **Arguments.** Source = subject (or the ``by`` agent of a passive, the possessor or compound of a
   nominal: "a rebel attack", "Ruritania's support", "strikes by the coalition"); target = direct
   object, passive subject, or object of against/on/at/with/to/of/between. Actors are the
   ``ActorMention``s overlapping the argument subtrees (nested clauses excluded), several allowed.
   Participles "X, supported by Y, captured Z" code Y → X support only when X acts in the sentence;
   otherwise they are a standing relation. Missing arguments are filled, with lower confidence, from
   a same-type event of the same sentence, then from the document: the holder of the place fought
   over (from the document's capture events) and the side's most frequent adversary.
4. **Modality** from the clause: negation or a denial verb → denied; "if"/"unless" or
   could/might/may/would → hypothetical; will/shall, "is expected to", "going to", predict/expect →
   forecast; plan/intend/prepare/vow/aim/decide to → planned; progressive present → ongoing; a date
   more than a year before publication → historical; otherwise asserted.
5. **Attribution and claims.** Reporting verbs with a complement clause ("X said/told a Senate
   hearing that ...", "I was told by a source ...") and "according to X" give a ``Claim`` (speaker,
   cue, content, modality, anonymous when the speaker asked for anonymity or is an unnamed source)
   and the ``Attribution`` of every event inside the content.
6. **When, where, how many.** Dates by :mod:`intelfile.timex` against ``Document.published`` (no time
   stated: the publication week for asserted events, see ``timex.default_window``); the place by
   ``geoparser.event_place`` when a geoparser is given, else the place mention governed by the
   trigger (in/at/near/of/for), else the nearest in the sentence; numbers by
   :mod:`intelfile.quantities`; territory ``{"place", "from", "to"}`` for capture, retake, drive-out
   and withdrawal events.
7. **Relations.** Stated standing relations: "coordination/alliance/understanding between X and
   Y", "X-Y understanding ... limited to Z" (scope Z), "X, with its Y proxy", "X's ally Y",
   "rivals: X and Y", "X's goal is to remove Y", "keep Y in power", patrons of resolved actors
   ("Ruritanian-backed militias").

Confidence = the trigger's base weight, plus 0.15 for a resolved source and 0.1 for a resolved
target, minus 0.15 for each argument filled from context and 0.05 for a nominal trigger; events under
``settings.coding.min_confidence`` are dropped. DOCS: docs/coding.md
"""
from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from importlib import resources
from typing import TYPE_CHECKING, Any, Iterable, Sequence

from . import plover, quantities, timex
from .errors import ConfigError, ResourceError
from .learned import Scorer, read_model_spec
from .records import (Actor, ActorMention, Attribution, Claim, Document, Event, Numbers, PlaceMention,
                      Relation, Span)
from .settings import Settings

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

__all__ = ["CodingResult", "EventCoder", "Lexicon", "TriggerEntry", "is_off_topic"]

# ----------------------------------------------------------------------------------------------
# closed word classes

LIGHT_VERBS = {"speed", "accelerate", "expand", "widen", "carry", "conduct", "launch", "stage", "mount", "set", "lead", "hold", "make", "provide",
               "give", "offer", "perform", "wage", "unleash", "begin", "start", "continue", "resume",
               "take", "engage", "impose", "deliver", "extend", "lend", "step", "intensify",
               "escalate", "press", "complete", "finish", "undertake", "initiate", "order", "join",
               "serve", "be", "announce", "declare", "sign", "reach", "strike", "seal", "host", "place", "put",
               "go", "come", "receive", "suffer", "face", "endure", "employ", "use", "authorize",
               "authorise", "approve", "order", "call", "support", "back", "increase", "maintain", "exert",
               "apply", "keep", "ramp", "boost", "arrive", "establish", "upgrade", "restore", "resume",
               "renew", "open", "issue", "normalize", "normalise", "improve", "strengthen", "sever",
               "break", "suspend", "downgrade", "cut", "pursue", "accept", "send", "win", "lodge", "file",
               "register", "voice", "submit", "express", "undertake", "return", "extend", "reimpose", "organize",
               "organise", "converge", "mount"}
TIES_UP = {"establish", "restore", "upgrade", "resume", "normalize", "normalise", "improve", "strengthen",
           "renew", "open"}
TIES_DOWN = {"sever", "cut", "break", "suspend", "downgrade", "freeze", "end"}
DISCONTINUE_VERBS = TIES_DOWN | {"halt", "stop", "reduce", "withhold", "slash", "cancel", "terminate"}
NORM_OBJECTS = {"ban", "law", "laws", "resolution", "resolutions", "sanction", "sanctions", "embargo", "rule",
                "rules", "norm", "norms", "constitution", "order", "court", "ruling", "convention", "treaty",
                "regulation", "regulations", "obligation", "obligations", "commitment", "commitments", "moratorium",
                "agreement", "accord", "deal", "pact", "protocol", "charter", "code", "decree", "injunction"}
ARMISTICE_WORDS = {"ceasefire", "cease-fire", "truce", "armistice", "airspace", "border", "borders", "territory",
                   "sovereignty", "waters", "frontier", "line"}
HOSTILE_MEASURES = {"sanction", "sanctions", "embargo", "boycott", "arrest", "arrests", "prosecution",
                    "punishment", "expulsion", "ban", "isolation", "strike", "strikes", "action"}
# stated stances that are statements, not acts (CAMEO 01: 012-013 comments, 016 deny responsibility,
# 018 empathetic comment): "expressed concern about X", "denied charges that ..."
EXPRESS_VERBS = {"express", "voice", "convey", "extend", "offer", "send", "reiterate", "register"}
EXPRESSED_STANCES = {"condolence", "condolences", "concern", "concerns", "regret", "sympathy", "sympathies",
                     "sorrow", "hope", "hopes", "optimism", "pessimism", "doubt", "doubts", "surprise",
                     "disappointment", "satisfaction", "confidence", "skepticism", "scepticism", "grief",
                     "shock", "dismay", "alarm", "gratitude", "solidarity", "wish", "wishes", "reservations"}
DENIAL_VERBS = {"deny", "reject", "dismiss", "refute", "rebut", "repudiate"}
ACCUSATION_NOUNS = {"accusation", "accusations", "allegation", "allegations", "charge", "charges", "claim",
                    "claims", "suggestion", "suggestions", "report", "reports", "responsibility", "involvement",
                    "wrongdoing", "complicity", "rumour", "rumours", "rumor", "rumors"}
ENVOY_NOUNS = {"ambassador", "envoy", "diplomat", "chargé", "charge", "consul", "emissary", "attaché"}
MILITARY_OPERATION_WORDS = {"military", "ground", "armed", "combat", "offensive", "counter-terrorism",
                            "counterterrorism", "anti-terror", "anti-terrorist", "counterinsurgency", "punitive"}
END_VERBS = {"end", "stop", "halt", "lift", "suspend", "cancel", "abandon", "drop", "relax", "ease"}
EASE_OBJECTS = {"curfew", "ban", "restriction", "restrictions", "emergency", "blockade", "sanctions",
                "sanction", "embargo", "siege", "law", "rule", "controls"}
PLAN_ADJ = {"willing", "ready", "prepared", "committed", "determined", "eager", "keen", "set", "poised"}
COOPERATIVE = {"AID", "COOPERATE", "SUPPORT", "RETREAT", "CONCEDE", "CONSULT"}
OWN_POSSESSIVES = {"its", "their"}  # "its forces": the actor's own people, not a recipient
STATEMENT_WORDS = {"statement", "readout", "communique", "communiqué"}  # a heading naming the genre
STATEMENT_HEAD_SENTENCES = 3  # the heading and byline of a statement
DISPUTE_ACTS = {"ACCUSE", "REJECT", "THREATEN"}  # aimed at the other side of a two-state report
STATE_KINDS = {"state", "state-sector"}
BILATERAL_SHARE = 0.75  # share of a document's country mentions that makes it a two-state report
DOMESTIC_TYPES = {"PROTEST", "CONCEDE"}  # with no recipient named, addressed to the actor's own state
NON_STATE_CODES = {"IGO", "IMG", "NGO", "MNC", "UNK"}
SPEAKER_PRONOUNS = {"he", "she"}  # a reporting verb's pronoun subject that names the previous speaker
SPEAKER_SENTENCES = 2  # how many sentences back that speaker may be
NO_RECIPIENT_OK = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "RETREAT", "MOBILIZE", "PROTEST", "ACCUSE",
                   "REJECT", "REQUEST", "THREATEN"}
CONFLICT_ACTS = {"ASSAULT", "COERCE", "SANCTION"}
TROOP_NOUNS = {"troop", "troops", "soldier", "forces", "force", "personnel", "marine", "adviser", "advisor",
               "deployment", "reinforcement", "reinforcements"}
PERFORMED_BY_OFFER = {"apology", "apologies", "condolence", "condolences", "congratulations", "thanks"}
CONFLICT_NOUNS = {"conflict", "dispute", "crisis", "war", "fighting", "standoff", "row", "feud", "clash",
                  "clashes", "hostilities"}
BACKGROUND_WORDS = {"after", "following", "since", "amid", "amidst", "as", "while", "despite"}
CRITICISM_NOUNS = {"criticism", "criticisms", "accusation", "accusations", "charge", "charges", "allegation",
                   "allegations", "attack", "attacks", "claim", "claims", "condemnation"}
HANDOVER_GOODS = {"medicine", "medicines", "food", "aid", "supplies", "supply", "equipment", "goods", "relief",
                  "money", "funds", "donation", "donations", "fuel", "water", "blankets", "tents", "vaccine",
                  "vaccines", "drug", "drugs"}
DOBJ_PHRASES = {"take aim", "point finger", "take control", "open fire", "set fire", "stop work", "seek refuge", "seek asylum",
                "stand firm"}  # verb + object/complement phrases of the lexicon
VICTIM_VERBS = {"kill", "wound", "injure", "take", "claim", "leave", "maim"}  # "took the lives of X"
PRACTICE_NOUNS = {"policy", "practice", "campaign", "strategy", "tactic"}  # "a policy of <doing>"
HOSTILE_ACTS = {"ASSAULT", "COERCE", "SANCTION", "THREATEN"}  # aimed at someone even when unnamed
SPEECH_ACTS = {"REQUEST", "THREATEN", "REJECT", "AGREE"}
VERB_OVER_NOUN = {"sign", "ratify", "offer", "promise", "pledge"}
SUBJECTIVE_OF = {"request", "support", "approval", "demand", "appeal", "call", "proposal", "offer",
                 "backing", "endorsement", "refusal", "rejection", "threat", "warning", "visit",
                 "decision", "statement", "complaint", "apology", "accusation", "condemnation",
                 "criticism", "help", "aid", "assistance", "consent", "invitation", "agreement"}
CLAIMED_BY = {"claim", "carry", "perpetrate", "conduct", "launch", "commit", "stage", "mount", "order",
              "plan", "blame"}
INSTRUMENTS = {"strike", "airstrike", "bomb", "missile", "rocket", "shell", "drone", "raid", "sortie",
               "bombing", "explosion", "blast", "shelling", "aircraft", "warplane", "jet"}
LEGAL_HEADS = {"count", "charge", "accusation", "allegation", "indictment", "conviction", "suspicion",
               "crime", "trial", "case", "charges", "counts", "sentence"}
FRAMED = {"authorize", "authorise", "order", "approve", "take", "drive", "push", "clear", "free", "enter", "fire", "share", "deny", "return", "halt",
          "stop", "end", "reduce", "cut", "defend", "cancel", "postpone", "strengthen", "boost", "increase",
          "explode", "detonate", "hurl", "throw", "lob", "find", "discover", "uncover", "recover", "intercept",
          "defuse", "dismantle", "establish", "set", "drop", "charge", "hold", "summon"}
#: Means that make a crackdown violent repression (CAMEO 175 -> ASSAULT): "dispersed them with live bullets".
VIOLENT_MEANS = {"violently", "brutally", "bullets", "bullet", "gunfire", "baton", "batons", "teargas", "tear",
                 "ammunition", "truncheons", "clubs", "beating", "beat", "excessive", "lethal"}
#: What a force establishes when it deploys to hold ground ("set up an observation post", "a new base").
BASE_NOUNS = {"base", "bases", "post", "posts", "outpost", "outposts", "headquarters", "camp", "camps",
              "checkpoint", "checkpoints", "point", "points", "position", "positions", "garrison", "airbase"}
#: The crowd of a demonstration: when it clashes or attacks, the protest is a riot (CAMEO 145).
PROTESTER_NOUNS = {"protester", "protesters", "protestor", "protestors", "demonstrator", "demonstrators",
                   "rioter", "rioters", "marcher", "marchers"}
RIOT_WORDS = {"violent", "violently", "riot", "riots", "rioting", "rioters", "clash", "clashes",
              "clashed", "stone-throwing", "stones", "rocks", "molotov", "firebombs", "torched", "looted",
              "vandalized", "vandalised", "smashed", "rampage"}
RIOT_GEAR = {"police", "policemen", "officers", "gear", "squad", "squads", "shield", "shields", "control", "unit",
             "units", "troops"}  # "riot police" guard a protest, they do not make it a riot
#: Explosive weapons: a verb of detonating or throwing, or a blast noun, codes an explosives attack
#: only when one of these names the device ("a grenade exploded", "hurled a grenade", "landmine blast").
EXPLOSIVE_DEVICES = {"grenade", "grenades", "bomb", "bombs", "ied", "ieds", "explosive", "explosives",
                     "landmine", "landmines", "vbied", "vbieds", "rcied", "dynamite", "tnt", "vest", "vests",
                     "landmine", "molotov", "petrol-bomb"}
#: Weapons and ammunition a security force seizes, finds or destroys (CAMEO 1711 confiscate -> COERCE seize).
WEAPON_OBJECTS = EXPLOSIVE_DEVICES | {"weapon", "weapons", "arm", "arms", "ammunition", "ammunitions",
                                     "ammo", "gun", "guns", "firearm", "firearms", "pistol", "pistols",
                                     "rifle", "rifles", "rounds", "bullets", "cartridges", "cache", "caches",
                                     "stash", "stockpile", "arsenal", "revolvers", "revolver", "kalashnikovs",
                                     "munitions", "rockets", "mortars", "shells", "missiles", "projectiles"}
#: Chemical, biological or radiological weapons (CAMEO 2041 -> ASSAULT cbrn); "tear gas" is none.
CBRN_WORDS = {"chemical", "chlorine", "sarin", "mustard", "poison", "poisonous", "poisoned", "toxic",
              "nerve", "vx", "anthrax", "radiological", "biological"}
SUICIDE_WORDS = {"suicide", "kamikaze", "kamikazes", "self-immolation"}
REFLEXIVES = {"himself", "herself", "themselves", "itself", "oneself"}
#: Natural hazards and accidents: what they kill, hit or destroy is no political event.
HAZARD_NOUNS = {"earthquake", "quake", "tremor", "tsunami", "flood", "floods", "flooding", "storm", "storms",
                "hurricane", "typhoon", "cyclone", "tornado", "volcano", "eruption", "landslide", "landslides",
                "mudslide", "avalanche", "rain", "rains", "downpour", "snow", "snowstorm", "blizzard", "drought",
                "heatwave", "wildfire", "wildfires", "bushfire", "lightning", "accident", "crash", "collision",
                "derailment", "outbreak", "epidemic", "pandemic", "virus", "disease", "collapse"}
RELATION_OBJECTS = {"aid", "assistance", "mediation", "talks", "negotiations", "relations", "ties",
                    "supplies", "deliveries", "delivery", "program", "programme", "cooperation", "contacts",
                    "effort", "efforts", "funding", "support", "shipments", "imports", "exports", "trade"}
EFFORT_NOUNS = {"effort", "efforts", "mission", "campaign", "process", "initiative", "plan", "bid",
                "attempt", "operation"}
HEAVY_AMMO = {"artillery", "rocket", "rockets", "round", "rounds", "shell", "shells", "mortar", "mortars",
              "missile", "missiles", "salvo", "salvoes", "barrage"}
SMALL_AMMO = {"shot", "shots", "bullet", "bullets", "gun", "guns", "weapon", "weapons", "gas", "volley"}
COPULAS = {"be", "serve", "prove", "seem", "remain", "become", "appear", "look", "sound", "bear",
           "represent", "mark", "constitute", "show", "demonstrate", "symbolize", "symbolise"}
IMPLICATIVE = {"manage", "succeed", "begin", "start", "continue", "resume", "help", "keep", "dare",
               "proceed", "go", "get", "attempt", "try", "use", "employ", "cause", "force", "compel",
               "prompt", "oblige"}
APPEAL_LEMMAS = {"urge", "call", "appeal", "ask", "request", "plead", "implore", "invite", "press",
                 "encourage", "exhort", "push", "lobby"}  # CAMEO 02 APPEAL (verbal cooperation); "demand" is 10
NON_EVENT_XCOMP = {"comment", "say", "elaborate", "confirm", "discuss", "specify", "disclose", "reveal",
                   "identify", "name", "give"}
NARRATIVE_SENTENCES = 6  # how far a stated date carries to later undated reports
VOICE_SENTENCES = 6  # how far back "we" finds the institution speaking in a statement
CONTINUATION_SENTENCES = 3  # how far back an event's participants carry to the next report of it
SINGLING_OUT = {"particularly", "especially", "notably", "namely", "specifically"}  # "all parties, particularly X"
GROUP_NOUNS = {"party", "side", "country", "state", "nation", "government", "member", "actor", "group", "faction"}
ROLE_NOUNS = {"spokesperson", "spokesman", "spokeswoman", "member", "commander", "official", "head", "chief",
              "leader", "representative", "director", "minister", "secretary", "envoy", "ambassador"}
INSTITUTION_KINDS = {"state", "state-sector", "igo", "ngo", "armed-group", "coalition"}
WRONGDOING_NOUNS = {"crime", "atrocity", "abuse", "violation", "massacre", "genocide", "murder", "killing",
                   "offence", "offense", "aggression", "terrorism", "torture", "excess"}
NAMING_VERBS = {"call", "describe", "label", "brand", "term", "characterize", "characterise", "dub"}
CONDEMNING_WORDS = {"illegal", "unlawful", "illegitimate", "unacceptable", "provocation", "provocative",
                    "aggression", "violation", "crime", "criminal", "terrorism", "terrorist", "barbaric",
                    "outrageous", "irresponsible", "genocide", "invasion", "occupation", "interference",
                    "massacre", "atrocity", "brutal", "inhumane", "unjustified", "reckless", "hostile",
                    # derogatory names for a person or body ("called the ambassador a stupid guy")
                    "stupid", "liar", "dictator", "tyrant", "traitor", "thug", "butcher", "murderer", "racist",
                    "fascist", "disgrace", "disgraceful", "shameful", "hypocrite", "hypocritical", "puppet",
                    "incompetent", "corrupt", "dishonest", "idiot", "fool", "clown", "coward", "bully",
                    "warmonger", "aggressor", "enemy", "menace"}
UTILITY_OBJECTS = {"telecommunication", "telecommunications", "communication", "communications", "electricity",
                   "power", "water", "internet", "phone", "supply", "supplies", "road", "roads", "route", "routes"}
SAME_ATTACK_SENTENCES = 2  # how far apart two reports of one attack may be ("an airstrike ... the airstrike")
BLAME_LEMMAS = {"blame", "accuse", "fault"}  # "blamed X for the attack": X did it
ATTACK_NOUNS = {"attack", "assault", "bombing", "raid", "ambush", "shelling", "explosion", "blast", "massacre"}
# nouns that name one attack again ("an airstrike ... the strike"); "any" names whatever attack was
# just reported ("Gunmen stormed a hotel. The attack killed ...")
ATTACK_CLASS = {"airstrike": "strike", "strike": "strike", "bombing": "bomb", "blast": "bomb",
                "explosion": "bomb", "bomb": "bomb", "shelling": "shelling", "bombardment": "shelling",
                "raid": "raid", "ambush": "ambush", "massacre": "any", "attack": "any", "assault": "any"}
DEATH_VERBS = {"die", "kill", "wound", "injure", "hurt", "perish"}
VICTIM_NOUNS = {"victim", "victims", "casualty", "casualties", "wounded", "injured", "dead"}
AERIAL_CUES = {"aircraft", "airstrike", "airstrikes", "warplane", "warplanes", "drone", "drones", "bomber",
               "bombers", "sortie", "sorties", "jets", "helicopter", "helicopters", "air"}
LOCATIVE_PREPS = {"in", "at", "near", "across", "inside", "throughout", "around", "outside", "within", "off"}
STANCE_NOUNS = {"responsibility", "sorrow", "condolence", "condolences", "concern", "regret", "sympathy",
                "outrage", "shock", "grief", "anger", "fear", "fears", "report", "reports", "estimate",
                "claim", "claims", "allegation", "allegations", "rumour", "rumor"}
MILITARY_WORDS = {"military", "army", "police", "troops", "tank", "tanks", "vehicle", "vehicles", "base",
                  "checkpoint", "position", "positions", "unit", "units", "convoy", "aircraft", "helicopter",
                  "emplacement", "weapons", "equipment", "artillery", "outpost"}
PROPERTY_VERBS = {"destroy", "demolish", "bulldoze", "burn", "torch", "raze", "blow", "set", "loot", "damage",
                  "ransack", "vandalize", "vandalise"}
LODGE_VERBS = {"lodge", "file", "register", "voice", "issue", "deliver", "submit", "express"}
ASPECT_VERBS = {"begin", "start", "continue", "resume", "keep", "stop", "cease", "try", "attempt",
                "seek", "help", "manage", "fail", "decide", "plan", "intend", "aim", "prepare",
                "vow", "pledge", "promise", "threaten", "want", "hope", "expect", "agree", "refuse",
                "move", "go", "be", "seem", "appear", "proceed", "set", "need", "able"}
PLAN_VERBS = {"plan", "intend", "aim", "prepare", "vow", "pledge", "promise", "decide", "seek",
              "want", "hope", "propose", "schedule", "mean", "resolve", "determine"}
FORECAST_HEADS = {"expect", "predict", "forecast", "anticipate", "likely", "set", "due", "poised",
                  "bound", "certain", "sure", "go"}
DENY_VERBS = {"deny", "refute", "dismiss", "reject"}
CONSIDER_VERBS = {"consider", "contemplate", "mull", "weigh", "explore", "debate", "discuss", "study"}
HYPO_AUX = {"could", "might", "may", "would", "should", "can", "must"}
FUTURE_AUX = {"will", "shall", "'ll", "wo"}
REPORT_VERBS = {"say", "tell", "state", "claim", "report", "announce", "add", "insist", "admit",
                "believe", "confirm", "allege", "argue", "explain", "note", "stress", "acknowledge",
                "assert", "declare", "suggest", "write", "predict", "estimate", "reveal",
                "indicate", "testify", "inform", "quote", "warn", "contend", "maintain", "deny",
                "think", "fear", "hint", "assure", "concede", "emphasize", "emphasise", "recall",
                "tweet", "show", "brief", "disclose", "comment", "reply", "respond", "conclude"}
TARGET_PREPS = {"against", "on", "upon", "at", "with", "to", "of", "toward", "towards", "into", "for",
                "between", "among", "from", "over", "in"}
# Taking "villages around X" or "parts of X" is fighting for X, not X changing hands.
PARTIAL_TERRITORY = {"villages", "neighborhoods", "neighbourhoods", "areas", "positions", "parts",
                     "outskirts", "suburbs", "districts", "outposts", "checkpoints", "hills",
                     "sections", "quarters", "part", "outskirt"}
WHOLE_OF = {"villages", "districts", "neighborhoods", "neighbourhoods"}  # "the villages of A and B"


def _partial_capture(verb: "Token") -> bool:
    """Whether a capture verb's object is only part of the place it names ("captured villages
    and neighborhoods around the city", "took over large parts of the country")."""
    for obj in verb.children:
        if obj.dep_ not in ("dobj", "nsubjpass") or obj.lower_ not in PARTIAL_TERRITORY:
            continue
        preps = {c.lower_ for t in (obj, *obj.conjuncts) for c in t.children if c.dep_ == "prep"}
        if preps == {"of"} and obj.lower_ in WHOLE_OF:
            return False  # "the villages of A and B" are A and B
        return True
    return False


TERRITORY_NOUNS = {"town", "city", "village", "villages", "area", "areas", "territory", "base",
                   "airport", "district", "province", "region", "neighborhood", "neighbourhood",
                   "control", "parts", "capital", "outpost", "stronghold", "positions",
                   "position", "hill", "dam", "bridge", "border", "crossing", "port", "oilfield",
                   "field", "camp", "airbase", "checkpoint", "suburb", "suburbs", "county",
                   "governorate", "state", "island", "valley", "quarter", "neighborhoods"}
TERRITORY_LEMMAS = {"capture", "seize", "retake", "recapture", "take", "conquer", "occupy", "liberate",
                    "overrun", "storm", "annex", "drive", "push", "withdraw", "retreat", "pull",
                    "seizure", "recapture", "conquest", "occupation", "takeover", "liberation",
                    "withdrawal", "pullout"}
CAPTURE_LEMMAS = {"capture", "seize", "retake", "recapture", "take", "conquer", "occupy", "liberate",
                  "overrun", "annex", "seizure", "conquest", "occupation", "takeover", "liberation",
                  "storm"}
EXPEL_LEMMAS = {"drive", "push", "expel", "oust", "rout"}
WITHDRAW_LEMMAS = {"withdraw", "retreat", "pull", "withdrawal", "pullout", "flee", "abandon"}
NEEDS_FRAME = {"take", "drive", "push", "fall", "lose", "pull", "hold", "blow", "round", "call", "clear",
               "free", "enter", "fire", "share", "deny", "return", "halt", "stop", "end", "reduce", "cut",
               "defend", "cancel", "postpone", "strengthen", "boost", "increase", "charge"}
MODE_WORDS: dict[str, tuple[str, str]] = {
    **{w: ("ASSAULT", "aerial") for w in ("air", "aerial", "airstrike", "airstrikes", "drone",
                                          "warplane", "warplanes", "jet", "jets", "helicopter",
                                          "aircraft", "bomber", "bombers", "airpower")},
    **{w: ("ASSAULT", "suicide-attack") for w in ("suicide",)},
    **{w: ("ASSAULT", "explosives") for w in ("car", "roadside", "ied", "explosive", "explosives",
                                              "landmine", "mine", "grenade", "truck", "bomb")},
    **{w: ("ASSAULT", "heavy-weapons") for w in ("artillery", "rocket", "rockets", "mortar",
                                                 "mortars", "tank", "tanks", "missile", "missiles",
                                                 "shelling", "shell", "shells")},
    **{w: ("ASSAULT", "firearms") for w in ("gun", "gunmen", "gunman", "rifle", "rifles", "sniper",
                                            "machine", "gunfire", "shooting", "bullets")},
    **{w: ("ASSAULT", "primitive-weapons") for w in ("knife", "knives", "machete", "machetes",
                                                     "sword", "stones", "axe")},
}
OFF_TOPIC = {
    "sport": {"match", "matches", "goal", "goals", "league", "cup", "tournament", "championship",
              "player", "players", "coach", "striker", "midfielder", "defender", "goalkeeper",
              "penalty", "referee", "stadium", "nba", "fifa", "uefa", "olympic", "olympics",
              "season", "playoff", "playoffs", "scored", "score", "innings", "wicket", "halftime",
              "half-time", "team", "teams", "game", "games", "points", "fans", "basketball",
              "football", "soccer", "cricket", "tennis", "rugby", "baseball", "hockey", "draw",
              "win", "won", "victory", "defeat", "beat", "brawl", "suspended", "world"},
    "business": {"shares", "share", "stock", "stocks", "index", "market", "markets", "investors",
                 "merger", "acquisition", "billion", "revenue", "profit", "profits", "earnings",
                 "sensex", "nifty", "nasdaq", "dow", "trading", "traded", "retailer", "company",
                 "companies", "shareholders", "deal", "sales", "quarter", "percent", "points",
                 "rupee", "dollar", "bse", "nse", "ceo", "chairman", "buy", "acquire"},
    "weather": {"weather", "rain", "temperatures", "temperature", "forecasters", "snow", "storm",
                "sunny", "celsius", "fahrenheit", "humidity", "showers", "winds"},
}
CONFLICT_CUES = {"killed", "troops", "military", "army", "militants", "attack", "attacks", "rebels",
                 "government", "minister", "police", "war", "soldiers", "insurgents", "bomb",
                 "airstrikes", "sanctions", "president", "protest", "protesters", "arrested",
                 "election", "opposition", "forces", "ceasefire", "embassy", "diplomatic", "troops",
                 "terrorist", "terrorists", "court", "prime", "parliament"}

#: Actor kinds that make an event political by themselves (docs/coding.md, "Relevance").
POLITICAL_KINDS = frozenset({"state", "state-sector", "armed-group", "igo", "coalition", "ngo",
                             "ethnic/religious group"})
#: Sectors of a political actor: state bodies, opposition, rebels, militias (not civilians, media, business).
POLITICAL_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "LEG", "JUD", "OPP", "REB", "PRM", "IGO", "NGO"})
#: Words of a role or organisation name that make a person or a named group political.
POLITICAL_WORDS = frozenset({
    "president", "minister", "premier", "chancellor", "senator", "congressman", "congresswoman",
    "governor", "mayor", "ambassador", "diplomat", "envoy", "secretary", "spokesman", "spokeswoman",
    "spokesperson", "general", "commander", "colonel", "official", "officials", "king",
    "queen", "prince", "sheikh", "emir", "leader", "mp", "lawmaker", "legislator",
    "judge", "prosecutor", "attorney-general", "police", "army", "ministry", "government", "party",
    "parliament", "congress", "senate", "assembly", "council", "commission", "committee", "court",
    "agency", "department", "front", "movement", "brigade", "brigades", "militia", "rebels", "union",
    "forces", "guard", "tribunal", "administration", "cabinet", "regime",
    "authority", "authorities", "embassy", "consulate", "junta", "opposition", "coalition",
    "dictator", "ayatollah", "archbishop", "gen", "lt", "col", "maj", "adm", "admiral", "sen", "rep",
    "deputy", "deputies", "prime", "vice-president", "guerrilla", "guerrillas", "rebel", "warlord",
    "activist", "dissident", "candidate", "summit", "alliance", "partnership",
})
#: "attacked the government's record": an attack on words or decisions is an accusation.
VERBAL_ATTACK_OBJECTS = {"record", "policy", "policies", "plan", "plans", "decision", "decisions",
                         "idea", "ideas", "proposal", "proposals", "budget", "review", "article",
                         "report", "claim", "claims", "remark", "remarks", "comment", "comments",
                         "magazine", "magazines", "press", "tabloid", "tabloids", "newspaper",
                         "newspapers", "media", "stance", "handling", "approach", "law",
                         "bill", "reform", "reforms", "strategy", "speech", "statement", "book",
                         "film", "programme", "program", "show", "critics", "critic"}
VERBAL_ATTACK_VERBS = {"attack", "assail", "hit", "blast", "slam", "savage", "lambast", "lash"}
#: Nouns of business, entertainment and sport that a country or demonym merely describes ("an
#: Indian firm", "US tabloid magazines", "the Irish duo", "British acts"): the state is no party there.
NON_POLITICAL_HEADS = {
    "firm", "firms", "company", "companies", "airline", "airlines", "carrier", "bank", "banks",
    "giant", "operator", "operators", "maker", "makers", "carmaker", "manufacturer", "retailer",
    "brand", "newspaper", "paper", "magazine", "magazines", "tabloid", "tabloids", "broadcaster",
    "channel", "network", "band", "duo", "trio", "singer", "star", "stars", "actor", "actress",
    "act", "acts", "performer", "performers", "musician", "musicians", "artist", "artists", "film",
    "films", "movie", "show", "shows", "album", "albums", "chart", "charts", "single", "team",
    "club", "player", "players", "striker", "coach", "champion", "athlete", "fans", "market",
    "markets", "share", "shares", "stock", "stocks", "consumer", "consumers", "customer",
    "customers", "user", "users", "shopper", "shoppers", "investor", "investors", "business",
    "businesses", "industry", "exporter", "exporters", "producer", "producers", "studio", "label",
    "publisher", "colleague", "colleagues", "developer", "chain", "supermarket", "insurer",
    "conglomerate", "tycoon", "entrepreneur", "executive", "executives", "boss", "owner",
    "economy", "currency", "output", "growth", "sales", "audience", "audiences", "viewers",
    "box", "office", "version", "edition", "tour", "league", "open", "championship", "cup",
    "squad", "side", "international", "internationals", "record", "gathering", "festival",
    "event", "awards", "concert", "ceremony", "tourists", "tourist", "fans", "tv", "television",
    "radio", "drama", "series", "programme", "program", "music", "cinema", "game", "games",
}
#: Types political by their nature: a protest is a claim on the public, whoever makes it.
INHERENTLY_POLITICAL = frozenset({"PROTEST"})
#: Acts political by their means whoever the parties: bombings, air strikes, shelling, massacres,
#: assassinations, arrests (made by the state's agents even when unnamed).
POLITICAL_MODES = frozenset({("ASSAULT", m) for m in ("explosives", "suicide-attack", "aerial", "heavy-weapons",
                                                        "cbrn", "massacre", "cleansing", "assassination")}
                            | {("COERCE", "arrest")})
#: Lemmas with a common non-political sense whose *source* must be political ("tourists visit
#: Cuba", "Telewest is to offer a recorder", "X agreed a move to Atletico", "a woman is suing HP").
SOURCE_MUST_BE_POLITICAL = frozenset({
    "visit", "host", "offer", "deal", "agree", "agreement", "sign", "meet", "meeting", "talk",
    "talks", "contact", "recall", "suspend", "hit", "beat", "clash",
    "occupy", "vow", "promise", "pledge", "support", "back", "endorse", "join", "partner",
    "partnership", "cooperate", "collaborate", "collaboration", "merge", "release", "provide",
    "give", "grant", "send", "share", "withdraw", "refuse", "turn",
})
#: "meet demand", "hit the headlines", "met with scathing reviews", "strike a deal", "beat X to
#: the title": idioms whose trigger is not an event at all.
IDIOM_OBJECTS = {
    "meet": {"demand", "need", "needs", "target", "targets", "expectation", "expectations",
             "deadline", "requirement", "requirements", "cost", "costs", "standard", "standards",
             "criterion", "criteria", "goal", "goals", "challenge", "review", "reviews", "success",
             "approval", "acclaim", "praise", "response", "reception", "criticism", "derision",
             "disapproval", "indifference", "skepticism", "scepticism", "enthusiasm", "interest",
             "resistance", "silence", "end", "fate", "death", "obligation", "obligations", "payment"},
    "hit": {"headline", "headlines", "screen", "screens", "shelf", "shelves", "store", "stores",
            "shop", "shops", "chart", "charts", "record", "high", "low", "peak", "market", "markets",
            "note", "jackpot", "road", "button", "milestone", "top", "wall", "stride", "airwaves", "cinema", "cinemas", "theater",
            "theatre", "theatres", "box", "profit", "profits", "sale", "sales", "level", "levels"},
    "strike": {"deal", "deals", "agreement", "balance", "chord", "note", "gold", "pose", "bargain",
               "partnership", "tone"},
    "take": {"place", "part", "look", "step", "steps", "time", "note", "care", "view", "stock",
             "issue", "effect", "hold", "advantage", "shape", "turn", "pride", "heart", "stage",
             "lead", "chance", "risk"},
    "occupy": {"spot", "spots", "place", "places", "position", "positions", "slot", "slots", "seat",
               "role", "top"},
}

ANON_RE = re.compile(r"\b(anonymity|anonymous(ly)?|unnamed|un-named|not (to be |be )?(named|identified)|"
                     r"declined to be (named|identified)|condition of anonymity|asked not to be)\b", re.I)
NESTED_DEPS = {"relcl", "acl", "advcl", "ccomp", "csubj", "parataxis", "xcomp"}


def _res_text(name: str) -> str:
    try:
        return resources.files("intelfile").joinpath(name).read_text("utf-8")
    except OSError as exc:  # pragma: no cover - packaging error
        raise ResourceError(f"cannot read {name}: {exc}") from exc


@dataclass(frozen=True, slots=True)
class TriggerEntry:
    """One lexicon entry: what a lemma codes as."""

    type: str
    mode: str | None
    weight: float
    context: tuple[str, ...] = ()


@dataclass(frozen=True)
class Lexicon:
    """Trigger lexicon: verb lemmas, noun lemmas and phrasal verbs ("drive out")."""

    verbs: dict[str, TriggerEntry]
    nouns: dict[str, TriggerEntry]
    phrasal: dict[str, TriggerEntry]

    @classmethod
    def load(cls) -> "Lexicon":
        """The shipped ``data/plover_lexicon.json``."""
        try:
            data = json.loads(_res_text("data/plover_lexicon.json"))
        except ValueError as exc:
            raise ResourceError(f"broken trigger lexicon: {exc}") from exc
        return cls.from_dict(data)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Lexicon":
        def conv(d: dict[str, list[Any]]) -> dict[str, TriggerEntry]:
            out = {}
            for k, (t, mode, w, ctx) in d.items():
                if t not in plover.EVENT_TYPES:
                    raise ResourceError(f"trigger lexicon: {k!r} has unknown PLOVER type {t!r}")
                out[k] = TriggerEntry(t, mode, float(w), tuple(ctx))
            return out

        return cls(conv(data.get("verbs", {})), conv(data.get("nouns", {})), conv(data.get("phrasal", {})))


@dataclass(frozen=True, slots=True)
class CodingResult:
    """What the coder found in one document."""

    events: tuple[Event, ...] = ()
    relations: tuple[Relation, ...] = ()
    claims: tuple[Claim, ...] = ()


@dataclass
class _Draft:
    """An event being built (mutable; frozen into ``Event`` at the end)."""

    sentence: int
    sent: "SpacySpan"
    trigger: "Token"
    type: str
    mode: str | None
    context: tuple[str, ...]
    weight: float
    nominal: bool
    sources: list[ActorMention] = field(default_factory=list)
    targets: list[ActorMention] = field(default_factory=list)
    source_tokens: set[int] = field(default_factory=set)
    borrowed: int = 0
    modality: str = "asserted"
    attribution: Attribution | None = None
    place: PlaceMention | None = None
    place_tokens: list[int] = field(default_factory=list)
    participle_of: int | None = None  # token i of the noun an "X, supported by Y" participle modifies
    territory_kind: str | None = None  # capture | expel | withdraw
    instrument: bool = False  # subject is a weapon or strike ("one strike destroyed X")
    pronoun_subject: str | None = None  # the pronoun when the subject is one
    obligation: bool = False  # a demand read from "X said Y must ..." (the speech act is asserted)
    intended: str | None = None  # the act's own type when PLOVER codes its announcement as AGREE/THREATEN
    domestic: bool = False  # the recipient is the actor's own state (``_own_state``), no parsing echo
    attack: int | None = None  # one attack reported in several sentences (``_same_attack``)


def is_off_topic(words: Iterable[str]) -> bool:
    """True when sport, business or weather cue words dominate a text's words."""
    counts: Counter[str] = Counter()
    conflict = 0
    total = 0
    for w in words:
        lw = w.lower()
        total += 1
        for domain, cues in OFF_TOPIC.items():
            if lw in cues:
                counts[domain] += 1
        if lw in CONFLICT_CUES:
            conflict += 1
    if not counts:
        return False
    domain, n = counts.most_common(1)[0]
    return n >= 4 and n >= 2 * conflict + 2


def _sha(*parts: Any) -> str:
    return hashlib.sha1("|".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:16]


#: features of one (event, candidate recipient mention) pair (``target_features``), in the order
#: the learned recipient chooser (``TargetModel``, data/target_model.json) reads them
_TARGET_DEPS = ("dobj", "pobj", "nsubj", "nsubjpass", "poss", "compound", "appos", "conj", "dative",
                "amod", "attr", "npadvmod")
_TARGET_PREPS = ("to", "against", "with", "on", "in", "of", "from", "for", "at", "by", "between", "into")
_TARGET_KINDS = ("state", "state-sector", "armed-group", "igo", "ngo", "person", "group", "other")
TARGET_FEATURES: tuple[str, ...] = (
    ("rule_target", "rule_target_actor", "rule_targets", "is_source", "source_actor", "source_country",
     "no_sources", "in_sentence", "child_of_trigger", "in_trigger_subtree", "dominates_trigger",
     "path_length", "before_trigger", "token_distance", "distance_rank", "candidates", "agent",
     "in_relcl", "in_quote", "coreference", "has_country", "nominal_trigger", "quad_class", "cooperative",
     "tokens")
    + tuple(f"dep_{x}" for x in _TARGET_DEPS) + tuple(f"prep_{x}" for x in _TARGET_PREPS)
    + tuple(f"kind_{x}" for x in _TARGET_KINDS))


def _mention_head(m: ActorMention, doc: "Doc") -> "Token | None":
    """The syntactic head of a mention's tokens (the one whose head lies outside them)."""
    toks = [t for t in doc if m.start <= t.idx < m.end]
    if not toks:
        return None
    inside = {t.i for t in toks}
    return next((t for t in toks if t.head.i not in inside or t.head.i == t.i), toks[0])


def target_features(trigger: "Token", sent: "SpacySpan", type_: str, nominal: bool,
                    sources: Sequence[ActorMention], targets: Sequence[ActorMention],
                    candidates: Sequence[ActorMention]) -> list[list[float]]:
    """One feature vector (``TARGET_FEATURES``) per candidate recipient of an event."""
    doc = trigger.doc
    src_ids = {m.actor.id for m in sources}
    src_countries = {m.actor.country for m in sources if m.actor.country}
    tgt_ids = {m.actor.id for m in targets}
    quad = plover.QUAD_CLASS.get(type_, 0)
    heads = [_mention_head(m, doc) for m in candidates]
    dists = [abs(h.i - trigger.i) if h is not None else 99 for h in heads]
    order = sorted(dists)
    trig_anc = [trigger] + list(trigger.ancestors)
    trig_pos = {t.i: k for k, t in enumerate(trig_anc)}
    quotes = [t.i for t in sent if t.text in ('"', "\u201c", "\u201d", "''", "``")]
    rows: list[list[float]] = []
    for m, h, dist in zip(candidates, heads, dists):
        in_sent = h is not None and sent.start <= h.i < sent.end
        f: dict[str, float] = {
            "rule_target": float(any(m is t or (m.start, m.end) == (t.start, t.end) for t in targets)),
            "rule_target_actor": float(m.actor.id in tgt_ids), "rule_targets": float(len(targets)),
            "is_source": float(any(m.start < s.end and s.start < m.end for s in sources)),
            "source_actor": float(m.actor.id in src_ids),
            "source_country": float(bool(m.actor.country) and m.actor.country in src_countries),
            "no_sources": float(not sources), "in_sentence": float(in_sent),
            "distance_rank": float(order.index(dist)), "candidates": float(len(candidates)),
            "coreference": float(m.how == "coreference"), "has_country": float(bool(m.actor.country)),
            "nominal_trigger": float(nominal), "quad_class": float(quad),
            "cooperative": float(type_ in ("AGREE", "CONSULT", "COOPERATE")),
            "tokens": float(len(m.text.split())),
        }
        if m.actor.kind in _TARGET_KINDS:
            f[f"kind_{m.actor.kind}"] = 1.0
        if in_sent and h is not None:
            anc = [h] + list(h.ancestors)
            f["child_of_trigger"] = float(h.head.i == trigger.i and h.i != trigger.i)
            f["in_trigger_subtree"] = float(any(t.i == trigger.i for t in anc))
            f["dominates_trigger"] = float(h.i in trig_pos)
            common = next((k for k, t in enumerate(anc) if t.i in trig_pos), None)
            f["path_length"] = float(common + trig_pos[anc[common].i]) if common is not None else 20.0
            f["before_trigger"] = float(h.i < trigger.i)
            f["token_distance"] = float(dist)
            if h.dep_ in _TARGET_DEPS:
                f[f"dep_{h.dep_}"] = 1.0
            if h.dep_ == "pobj":
                prep = h.head
                if prep.lower_ in _TARGET_PREPS:
                    f[f"prep_{prep.lower_}"] = 1.0
                f["agent"] = float(prep.dep_ == "agent")
            below = anc[:common] if common is not None else anc
            f["in_relcl"] = float(any(t.dep_ in ("relcl", "acl", "advcl", "ccomp") for t in below))
            f["in_quote"] = float(sum(q < h.i for q in quotes) % 2 == 1)
        else:
            f["path_length"] = 20.0
            f["token_distance"] = 99.0
        rows.append([f.get(name, 0.0) for name in TARGET_FEATURES])
    return rows


class TargetModel:
    """The learned recipient chooser: a sum of regression trees (gradient boosting in log-odds)
    over :data:`TARGET_FEATURES`, read from JSON (``data/target_model.json``, written by
    ``tools/train_target_model.py``).

    ``probability(x)`` is the chance that a candidate mention is a recipient of the event;
    ``choose(targets, candidates)`` keeps the rules' targets unless the best other candidate
    reaches ``threshold`` and beats every rule target by ``margin`` while no rule target reaches
    ``prefer_rules``; rule targets below
    ``drop`` are dropped. It applies only in documents of at most ``max_sentences`` sentences.
    """

    def __init__(self, spec: dict[str, Any], *, source: str = "<dict>") -> None:
        self.scorer = Scorer(spec, features=TARGET_FEATURES, source=source,
                             trainer="tools/train_target_model.py", kinds=("trees",), default_kind="trees")
        self.spec = spec
        self.threshold = float(spec.get("threshold", 0.5))
        self.prefer_rules = float(spec.get("prefer_rules", 0.5))
        self.drop = float(spec.get("drop", 0.0))
        self.margin = float(spec.get("margin", 0.0))
        #: the chooser applies in documents of at most this many sentences (0: any); it was trained
        #: on single sentences and does not see the context the rules complete longer texts from
        self.max_sentences = int(spec.get("max_sentences", 0))

    @classmethod
    def load(cls, path: str | None = None) -> "TargetModel":
        """Read a model file; None = the shipped data/target_model.json."""
        spec, source = read_model_spec(path, "target_model.json", "recipient model")
        return cls(spec, source=source)

    def probability(self, x: Sequence[float]) -> float:
        return self.scorer.probability(x)

    def choose(self, targets: Sequence[ActorMention],
               candidates: Sequence[tuple[ActorMention, Sequence[float]]]) -> list[ActorMention]:
        """The hybrid decision (see the class docstring); returns the event's recipients."""
        return decide_targets(list(targets), [(m, x, self.probability(x)) for m, x in candidates],
                              self.threshold, self.prefer_rules, self.drop, self.margin)


def decide_targets(targets: list[Any], scored: Sequence[tuple[Any, Sequence[float], float]],
                   threshold: float, prefer_rules: float, drop: float, margin: float = 0.0) -> list[Any]:
    """``TargetModel.choose`` given each candidate's probability (shared with the training tool)."""
    rule_k = TARGET_FEATURES.index("rule_target")
    ruled = [(m, p) for m, x, p in scored if x[rule_k] == 1.0]
    others = [(m, p) for m, x, p in scored if x[rule_k] != 1.0]
    best = max(others, key=lambda mp: mp[1], default=None)
    top_rule = max((p for _, p in ruled), default=0.0)
    if best is not None and best[1] >= threshold and top_rule < prefer_rules and best[1] - top_rule >= margin:
        return [best[0]]
    if drop > 0.0 and ruled:
        low = {id(m) for m, p in ruled if p < drop}
        kept = [m for m in targets if id(m) not in low]
        return kept if kept else targets
    return targets


class EventCoder:
    """The coding stage: ``coder(document, doc, actor_mentions, place_mentions) -> CodingResult``.

    ``geoparser`` (optional) supplies ``event_site(doc, trigger_i, place_mentions)`` (or, for a
    simpler geoparser, ``event_place`` with the same arguments); ``lexicon``
    defaults to the shipped one. DOCS: docs/coding.md
    """

    def __init__(self, *, settings: Settings, geoparser: Any = None, lexicon: Lexicon | None = None
                 ) -> None:
        self.settings = settings
        self.geoparser = geoparser
        self.lexicon = lexicon if lexicon is not None else Lexicon.load()
        self.min_confidence = settings.coding.min_confidence
        self.partial_max_sentences = settings.coding.partial_max_sentences
        self._all_actors: tuple[ActorMention, ...] = ()
        self._passive_governed: list[ActorMention] = []
        self._speaker_mentions: dict[int, list[ActorMention]] = {}
        self._speaker_plural: dict[int, bool] = {}
        self._perpetrator: ActorMention | None = None
        self._tok_actor: dict[int, list[ActorMention]] = {}
        self._obligations: list[tuple[int, Any, Any, list[ActorMention], Attribution]] = []
        chooser = settings.coding.target_chooser
        if chooser not in ("rules", "model"):
            raise ConfigError(f"coding.target_chooser must be 'rules' or 'model', not {chooser!r}")
        #: the learned recipient chooser (``TargetModel``; any object with its ``choose``), or None
        self.target_model: Any = TargetModel.load() if chooser == "model" else None

    # ------------------------------------------------------------------------------------------
    def __call__(self, document: Document, doc: "Doc", actor_mentions: Sequence[ActorMention],
                 place_mentions: Sequence[PlaceMention]) -> CodingResult:
        anchor = timex.parse_anchor(document.published)
        sents = list(doc.sents)
        if is_off_topic(t.text for t in doc if t.is_alpha):
            return CodingResult()
        self._speaker_mentions = {}
        self._speaker_plural = {}
        self._last_speaker: tuple[int, str, int, int, list[ActorMention]] | None = None
        actor_mentions = [m for m in actor_mentions if not _PREP_START.match(m.text)]
        self._all_actors = tuple(actor_mentions)
        tok_actor = self._index_mentions(doc, actor_mentions)
        self._tok_actor = tok_actor
        self._perpetrator = self._main_armed_group(actor_mentions)
        tok_place = self._index_mentions(doc, place_mentions)
        drafts: list[_Draft] = []
        claims: list[Claim] = []
        relations: list[Relation] = []
        for si, sent in enumerate(sents):
            words = [t.text for t in sent if t.is_alpha]
            if is_off_topic(words) or self._sports_sentence(words):
                continue
            self._obligations = []
            sent_claims, claim_spans = self._claims(document, si, sent, tok_actor)
            claims.extend(sent_claims)
            sent_drafts = self._sentence_events(si, sent, tok_actor, tok_place)
            sent_drafts += self._obligation_requests(sent_drafts, tok_actor)
            sent_drafts += self._stated_blame(si, sent, sent_drafts, tok_actor)
            for d in sent_drafts:
                d.modality = "asserted" if d.obligation else self._modality(d.trigger)
                d.attribution = self._attribution_for(d.trigger, claim_spans)
                self._speaker_rules(d, claim_spans)
            sent_drafts = self._resolve_participles(sent_drafts)
            for d in sent_drafts:
                self._condemned_attack(d, sent_drafts)
            self._share_arguments(sent_drafts)
            single = len(sents) <= self.partial_max_sentences
            for d in sent_drafts:
                if d.sources and d.targets and d.type not in ("AGREE", "CONSULT", "COOPERATE"):
                    # "strengthened its forces in X", "urged their citizens": the actor's own
                    # people are its means, not whom it acts on
                    d.targets = [m for m in d.targets if not _own_possession(m, d.sent)]
                if not d.targets and (d.sources or single):
                    d.targets = self._governing_subject_target(d, tok_actor) or self._fallback_targets(d, tok_actor)
                    if d.sources and d.type not in ("AGREE", "CONSULT", "COOPERATE"):
                        d.targets = [m for m in d.targets if not _own_possession(m, d.sent)]
                if not d.targets and single and d.sources:
                    d.targets = self._place_target(document, d, tok_actor, tok_place)
                if not d.targets and single and d.sources and (d.intended or d.type) in DOMESTIC_TYPES:
                    d.targets = self._own_state(document, d)
                    d.domestic = bool(d.targets)
                if d.type == "RETREAT" and d.targets and d.borrowed:
                    # a resignation, surrender or ceasefire is not done to the actor's own country
                    # ("rebels surrendered in <town>", "resigned to allow <country>'s elections")
                    own = {m.actor.country or m.actor.id for m in d.sources}
                    d.targets = [m for m in d.targets if (m.actor.country or m.actor.id) not in own]
            drafts.extend(sent_drafts)
            relations.extend(self._relations(document, si, sent, tok_actor))
        relations.extend(self._patron_relations(document, actor_mentions, doc))
        own_sources = {id(d): [m.actor.id for m in d.sources] for d in drafts}
        self._fill_from_document(drafts, tok_place, place_mentions)
        self._same_attack(drafts, own_sources, tok_actor)
        self._singled_out(drafts, tok_actor)
        self._taken_from(drafts, tok_place, place_mentions)
        if len(sents) > self.partial_max_sentences:
            self._bilateral(drafts)
        events = self._finish(document, doc, drafts, place_mentions, anchor)
        return CodingResult(tuple(events), tuple(_dedupe_relations(relations)), tuple(claims))

    # ------------------------------------------------------------------------------------------
    @staticmethod
    def _index_mentions(doc: "Doc", mentions: Sequence[Any]) -> dict[int, list[Any]]:
        """token index → mentions overlapping the token (by character offsets)."""
        index: dict[int, list[Any]] = {}
        for m in mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            for t in span:
                index.setdefault(t.i, []).append(m)
        return index

    @staticmethod
    def _sports_sentence(words: list[str]) -> bool:
        lw = {w.lower() for w in words}
        return len(lw & (OFF_TOPIC["sport"] - {"world", "win", "won", "victory", "defeat", "beat",
                                                 "draw", "suspended", "season", "points"})) >= 2

    # ------------------------------------------------------------------------------------------
    # triggers and arguments
    def _trigger_entry(self, tok: "Token") -> tuple[TriggerEntry, bool] | None:
        lemma = tok.lemma_.lower()
        if tok.pos_ in ("VERB",) or (tok.pos_ == "AUX" and lemma not in ("be", "have", "do")):
            for child in tok.children:
                if child.dep_ in ("prt", "dobj", "prep", "advmod", "acomp", "oprd") or child.dep_ == "compound:prt":
                    if child.dep_ == "prep" and any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME")
                                                    for g in child.children):
                        continue  # "called on Tuesday ...": a date, not "call on X"
                    key = f"{lemma} {child.lower_}"
                    if key in self.lexicon.phrasal and (child.dep_ in ("prt", "advmod", "prep")
                                                        or key in DOBJ_PHRASES):
                        entry = self.lexicon.phrasal[key]
                        if key in ("push for", "press for") and any(
                                g.dep_ == "pobj" and (g.lower_ in TERRITORY_NOUNS or g.ent_type_ in ("GPE", "LOC", "FAC"))
                                for g in child.children):
                            continue  # "troops pushed for the town": an advance, not an appeal
                        if key == "hand over" and any(
                                t.lemma_.lower() in HANDOVER_GOODS for c in tok.children if c.dep_ == "dobj"
                                for t in c.subtree):
                            entry = TriggerEntry("AID", "humanitarian", entry.weight, ("humanitarian",))
                        return entry, False
            if f"{lemma} for" in self.lexicon.phrasal and any(
                    c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
                    for c in tok.children):
                return self.lexicon.phrasal[f"{lemma} for"], False  # "called for Britain to stay"
            if lemma in NEEDS_FRAME:
                return None
            entry = self.lexicon.verbs.get(lemma)
            if entry is None:
                entry = next((self.lexicon.verbs[x] for x in sorted(_lemmas(tok)) if x in self.lexicon.verbs
                              and x not in NEEDS_FRAME), None)
            return (entry, False) if entry else None
        if tok.pos_ in ("NOUN", "PROPN") and tok.tag_ != "NNP":
            lower = tok.lower_
            if lemma in BLAST_NOUNS and _names_device(
                    [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod")]
                    + [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]):
                return TriggerEntry("ASSAULT", "explosives", 0.65, ("military",)), True  # "a grenade blast"
            entry = self.lexicon.nouns.get(lower) or self.lexicon.nouns.get(lemma)
            if entry is None and lemma == "operation" and any(
                    c.dep_ in ("amod", "compound") and c.lower_ in MILITARY_OPERATION_WORDS for c in tok.children):
                entry = TriggerEntry("ASSAULT", None, 0.55, ("military",))  # "a new military operation against X"
            if entry and tok.dep_ == "compound" and tok.head.pos_ == "NOUN" and tok.head.lemma_.lower() not in EFFORT_NOUNS:
                return None  # "attack helicopter", "strike force": a modifier, not the event
            return (entry, True) if entry else None
        return None

    def _framed(self, tok: "Token", tok_place: dict[int, list[Any]]) -> tuple[TriggerEntry, bool] | None:
        """Lemmas that code only in a frame: "take"/"clear"/"free" a place (capture), "drive X
        out", "enter" a territory, "fire" weapons or "fire at/on" someone, "free" prisoners."""
        lemma = tok.lemma_.lower()
        kids = list(tok.children)
        objs = [c for c in kids if c.dep_ in ("dobj", "nsubjpass")]
        territorial = self._frame_ok(tok, tok_place)
        if lemma in ("drive", "push"):
            if any(c.lower_ in ("out", "back", "away", "from") for c in kids):
                return TriggerEntry("ASSAULT", None, 0.8, ("military", "territory")), False
            return None
        if lemma in ("take", "clear"):
            return (TriggerEntry("ASSAULT", None, 0.7, ("military", "territory")), False) if territorial else None
        if lemma == "free":
            if territorial:
                return TriggerEntry("ASSAULT", None, 0.7, ("military", "territory")), False
            return TriggerEntry("RETREAT", "release", 0.6, ()), False
        if lemma == "enter":
            if territorial or any(o.lower_ in ("waters", "airspace", "territory") for o in objs):
                return TriggerEntry("COERCE", "restrict", 0.55, ("military", "territory")), False
            return None
        if lemma == "defend":
            against = [p for c in kids if c.dep_ == "prep" and c.lower_ == "against" for p in c.children
                       if p.dep_ == "pobj"]
            if against and not any(p.lemma_.lower() in CRITICISM_NOUNS for p in against):
                return TriggerEntry("ASSAULT", None, 0.5, ("military",)), False  # fighting off an attacker
            if against:
                return TriggerEntry("SUPPORT", None, 0.55, ("diplomatic",)), False  # "defended X against criticism"
            if objs and not any(o.pos_ == "PRON" for o in objs):
                return TriggerEntry("SUPPORT", None, 0.45, ("diplomatic",)), False  # "defended X against criticism"
            return None
        if lemma == "share":
            if any(c.dep_ == "prep" and c.lower_ == "with" for c in kids):
                return TriggerEntry("COOPERATE", None, 0.6, ("intelligence",)), False
            return None
        if lemma == "deny":
            if any(o.lemma_.lower() in ("access", "entry", "passage", "freedom", "movement") for o in objs):
                return TriggerEntry("COERCE", "restrict", 0.55, ()), False  # "denied X access to the area"
            if any(c.dep_ == "dative" for c in kids) or len(objs) > 1:
                return None  # "denying X something else": prevention, not a rejection
            if objs and not any(c.dep_ == "ccomp" for c in kids) and not any(
                    o.lemma_.lower() in STANCE_NOUNS | {"charge", "accusation", "involvement", "report",
                                                        "allegation", "role", "link", "claim"} for o in objs):
                return TriggerEntry("REJECT", None, 0.55, ()), False
            return None
        if lemma == "summon":
            # "summoned the German ambassador": a formal diplomatic protest (PLOVER ACCUSE)
            if any(o.lemma_.lower() in ENVOY_NOUNS for o in objs):
                return TriggerEntry("ACCUSE", "disapprove", 0.65, ("diplomatic",)), False
            return None
        if lemma == "hold":
            # "held X responsible for the attack", "holds Y accountable": an accusation (CAMEO 112)
            if any(t.lemma_.lower() in ("responsible", "accountable", "liable", "culpable")
                   and t.dep_ in ("oprd", "acomp", "amod", "xcomp", "ccomp") for o in [tok, *objs] for t in o.children):
                return TriggerEntry("ACCUSE", "disapprove", 0.65, ("diplomatic",)), False
            return None
        if lemma == "charge":
            if any(c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                   for c in kids):
                return TriggerEntry("ACCUSE", "allege", 0.6, ()), False  # "charged that the government ..."
            # "charged X with murder", "was charged over the killings": a criminal accusation
            # (CAMEO 112); "police charged the crowd with batons" is the physical sense
            counts = [p for c in kids if c.dep_ == "prep" and c.lower_ in ("with", "over")
                      for p in c.children if p.dep_ == "pobj"]
            if counts and not any(t.lower_ in VIOLENT_MEANS | WEAPON_OBJECTS | {"baton", "batons", "bayonet",
                                                                                "bayonets", "horse", "horses"}
                                  for p in counts for t in p.subtree):
                return TriggerEntry("ACCUSE", "allege", 0.6, ("legal",)), False
            return None
        if lemma == "return":
            if any(c.dep_ == "dobj" for c in kids):
                return TriggerEntry("RETREAT", "return", 0.55, ()), False
            return None
        if lemma in ("halt", "stop", "end", "reduce", "cut", "cancel", "postpone"):
            if any(o.lemma_.lower() in RELATION_OBJECTS | {"visit", "trip", "meeting", "summit"}
                   or any(t.lower_ in RELATION_OBJECTS for t in o.subtree) for o in objs):
                return TriggerEntry("SANCTION", "discontinue", 0.6, ()), False
            if lemma in ("cancel", "postpone") and any(t.lemma_.lower() in EASE_OBJECTS | {"strike", "protest", "demonstration"}
                                                       for o in objs for t in o.subtree):
                return TriggerEntry("CONCEDE", None, 0.5, ()), False
            if lemma == "cut" and any(o.lemma_.lower() in UTILITY_OBJECTS for o in objs):
                return TriggerEntry("COERCE", "restrict", 0.6, ()), False  # "cut telecommunications in X"
            return None
        if lemma in ("authorize", "authorise", "order", "approve"):
            if any(o.lemma_.lower() in TROOP_NOUNS for o in objs):
                return TriggerEntry("MOBILIZE", "troops", 0.6, ("military",)), False  # "authorized 600 troops"
            return None
        if lemma in ("strengthen", "boost", "increase"):
            if any(o.lemma_.lower() in ("force", "troop", "presence", "deployment", "patrol") for o in objs):
                return TriggerEntry("MOBILIZE", "troops", 0.6, ("military",)), False
            return None
        if lemma in ("explode", "detonate", "hurl", "throw", "lob"):
            # "a grenade exploded", "militants detonated an IED", "hurled a grenade at X"
            devices = objs + [c for c in kids if c.dep_ == "nsubj"] if lemma in ("explode", "detonate") else objs
            if _names_device(devices):
                return TriggerEntry("ASSAULT", "explosives", 0.7, ("military",)), False
            return None
        if lemma == "drop":
            # "dropped barrel bombs on X", "dropped containers of toxic gas": an attack from the air
            if any(t.lower_ in EXPLOSIVE_DEVICES | CBRN_WORDS | {"barrel"} for o in objs for t in o.subtree):
                return TriggerEntry("ASSAULT", "aerial", 0.7, ("military",)), False
            return None
        if lemma in ("establish", "set"):
            # "set up a new observation post", "established a military base": forces deployed (CAMEO 154)
            if (lemma == "establish" or any(c.dep_ == "prt" and c.lower_ == "up" for c in kids)) and any(
                    o.lemma_.lower() in BASE_NOUNS or o.lower_ in BASE_NOUNS for o in objs):
                return TriggerEntry("MOBILIZE", "troops", 0.65, ("military",)), False
            return None
        if lemma in ("find", "discover", "uncover", "recover", "intercept", "defuse", "dismantle"):
            # security forces finding or intercepting arms: CAMEO 1711 confiscate -> COERCE seize
            if any(t.lower_ in WEAPON_OBJECTS for o in objs for t in _noun_phrase(o)):
                return TriggerEntry("COERCE", "seize", 0.6, ("legal",)), False
            return None
        if lemma == "fire":
            subj = [t for c in kids if c.dep_ == "nsubj" for t in c.subtree] + [
                t for c in kids if c.dep_ == "agent" for t in c.subtree]
            if any(t.lower_ in AERIAL_CUES for t in subj):
                return TriggerEntry("ASSAULT", "aerial", 0.75, ("military",)), False  # "jets fired missiles at X"
            if tok.dep_ == "acl" and tok.head.lower_ in HEAVY_AMMO:
                return TriggerEntry("ASSAULT", "heavy-weapons", 0.7, ("military",)), False  # "missiles fired at X"
            if any(t.lower_ in HEAVY_AMMO for o in objs for t in _noun_phrase(o)):
                return TriggerEntry("ASSAULT", "heavy-weapons", 0.75, ("military",)), False
            if any(o.lower_ in SMALL_AMMO for o in objs) or any(
                    c.dep_ == "prep" and c.lower_ in ("at", "on", "into", "upon") for c in kids):
                return TriggerEntry("ASSAULT", "firearms", 0.7, ("military",)), False
        return None

    def _frame_ok(self, tok: "Token", tok_place: dict[int, list[Any]]) -> bool:
        """Whether a verb has a place or territory as object ("took the town", "cleared X")."""
        lemma = tok.lemma_.lower()
        if lemma in ("take", "clear", "free", "enter"):
            objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
            if any(c.dep_ == "prep" and c.lower_ == "by" for c in tok.children):
                objs += [c for c in tok.children if c.dep_ == "nsubj"]
            if tok.dep_ == "relcl" and not objs and any(c.dep_ == "auxpass" for c in tok.children):
                objs.append(tok.head)
            for o in objs:
                if o.lower_ in TERRITORY_NOUNS or any(t.i in tok_place for t in _noun_phrase(o)):
                    return True
            return False
        return True

    def _sentence_events(self, si: int, sent: "SpacySpan", tok_actor: dict[int, list[ActorMention]],
                         tok_place: dict[int, list[PlaceMention]]) -> list[_Draft]:
        out: list[_Draft] = []
        for tok in sent:
            found = self._trigger_entry(tok)
            if found is None and tok.lemma_.lower() in FRAMED and tok.pos_ == "VERB":
                found = self._framed(tok, tok_place)
            if found is None:
                continue
            if nominal_in_charge(tok):
                continue
            entry, nominal = found
            if tok.i in tok_actor or tok.ent_type_ in ("PERSON", "GPE", "DATE", "TIME", "MONEY"):
                continue  # part of a name ("Operation Inherent Resolve", "Strike Group")
            typ, mode = entry.type, entry.mode
            typ, mode = self._refine(tok, typ, mode)
            if typ is None:
                continue
            if typ == "ASSAULT" and mode is None and any(_aerial_cue_of(t, tok) for t in sent):
                mode = "aerial"  # "conducted 10 strikes using fighter and attack aircraft"
            if nominal and self._topic_noun(tok):
                continue
            if typ == "REJECT" and any(c.dep_ == "xcomp" and c.lemma_.lower() in NON_EVENT_XCOMP for c in tok.children):
                continue  # "declined to comment" is no rejection
            if typ == "REJECT" and not nominal and _denied_accusation(tok) is not None:
                continue  # "rejected accusations that ...": a denial, coded as a claim (CAMEO 016)
            if nominal and typ == "ACCUSE" and tok.dep_ == "dobj" and getattr(
                    _denied_accusation(tok.head), "i", None) == tok.i and not any(
                    c.dep_ == "prep" and c.lower_ == "by" for c in tok.children):
                continue  # "X rejected accusations of abuses": the accuser is not named, only the denial
            d = _Draft(si, sent, tok, typ, mode, entry.context, entry.weight, nominal)
            if nominal:
                self._nominal_args(d, tok_actor)
                if typ == "ASSAULT" and not d.targets:
                    d.targets = self._victims(tok, tok_actor, d.sources)
                if typ in ("PROTEST", "COERCE", "SANCTION") and not d.sources and tok.dep_ == "dobj" and \
                        tok.head.lemma_.lower() in END_VERBS and self._modality(tok) == "denied":
                    # "workers will not end the strike": whoever would end it holds it
                    subj, passive = self._subject_of(tok.head)
                    if subj is not None and not passive:
                        d.sources = self._actors_in(self._arg_tokens(subj), tok_actor)
            else:
                self._verbal_args(d, tok_actor)
            lemma = tok.lemma_.lower()
            if typ == "MOBILIZE" and lemma in ("authorize", "authorise", "order", "approve"):
                # the troops sent are the actor's own; the recipient is whom they are sent to help
                purpose = {t.i for c in tok.children if c.dep_ in ("xcomp", "advcl") for t in c.subtree}
                purpose |= {t.i for o in tok.children if o.dep_ == "dobj" for c in o.children
                            if c.dep_ in ("acl", "relcl") for t in c.subtree}
                d.targets = [m for m in self._actors_in(purpose, tok_actor) if m not in d.sources]
            if lemma in CAPTURE_LEMMAS or lemma == "take":
                d.territory_kind = None if _partial_capture(tok) else "capture"
            elif lemma in EXPEL_LEMMAS or "out" in {c.lower_ for c in tok.children}:
                if typ == "ASSAULT":
                    d.territory_kind = "expel"
            elif lemma in WITHDRAW_LEMMAS and typ == "RETREAT":
                d.territory_kind = "withdraw"
            d.place_tokens = self._place_tokens(tok, tok_place)
            out.append(d)
        # a light verb with an event noun as object is one event: "launched attacks" is the attack,
        # but "signed a treaty" (CAMEO 057) and "offered aid" (an offer) are the verb's
        nominal_heads = {d.trigger.i for d in out if d.nominal and d.trigger.dep_ == "dobj"}
        verb_wins = {d.trigger.i for d in out if not d.nominal and _lemmas(d.trigger) & VERB_OVER_NOUN
                     and not any(c.dep_ == "dobj" and c.lemma_.lower() in PERFORMED_BY_OFFER
                                 for c in d.trigger.children)}  # "offered an apology" apologises
        return [d for d in out if (d.nominal and not (d.trigger.dep_ == "dobj" and d.trigger.head.i in verb_wins))
                or (not d.nominal and (d.trigger.i in verb_wins or not (
                    _lemmas(d.trigger) & LIGHT_VERBS
                    and any(c.i in nominal_heads for c in d.trigger.children if c.dep_ == "dobj"))))]

    def _victims(self, tok: "Token", tok_actor: dict[int, list[ActorMention]],
                 sources: list[ActorMention]) -> list[ActorMention]:
        """Victims named in a clause on an attack noun: "the attack, which took the lives of X",
        "a bombing that killed X", "the raid, wounding X"."""
        near = [c for c in tok.sent if 0 < c.i - tok.i <= 10 and c.dep_ == "relcl" and c.head.i > tok.i
                and any(x.dep_ == "nsubj" and x.lower_ in ("which", "that") for x in c.children)]
        for c in list(tok.children) + near:  # the relative clause may hang on the attack's place
            if c.dep_ not in ("relcl", "acl") or not _lemmas(c) & VICTIM_VERBS:
                continue
            objs = [o for o in c.children if o.dep_ == "dobj"]
            toks: set[int] = set()
            for o in objs:
                toks |= {t.i for t in o.subtree}
            cands = [m for m in self._actors_in(toks, tok_actor) if m not in sources]
            if cands:
                return cands
        return []

    def _fallback_targets(self, d: _Draft, tok_actor: dict[int, list[ActorMention]]) -> list[ActorMention]:
        """A target for an event whose parse gave none (``_fallback_candidates``); a distinct party
        of the actor's own country found so makes the event domestic (``_mark_domestic``)."""
        return self._mark_domestic(d, self._fallback_candidates(d, tok_actor))

    def _fallback_candidates(self, d: _Draft, tok_actor: dict[int, list[ActorMention]]) -> list[ActorMention]:
        """A target for an event whose parse gave none.

        A speech act takes the subject of its complement ("demanded that the government ...");
        a capture with no explicit loser targets a state actor named in the same sentence ("the
        capture of Lotz, one of Ruritania's biggest cities"); a verb with an infinitive complement takes
        that complement's object ("vowed to challenge the result in the Supreme Court"); otherwise
        the first actor named within the next 12 tokens, before the next finite verb ("support to
        keep X in power").
        """
        src_ids = {m.actor.id for m in d.sources}
        sent = d.sent
        if d.territory_kind == "capture":
            states = [m for i in range(sent.start, sent.end) for m in tok_actor.get(i, ())
                      if m.actor.kind == "state" and m.actor.id not in src_ids]
            if states:
                d.borrowed += 1
                return states[:1]
        if d.trigger.dep_ == "relcl" and d.type in ("ACCUSE", "REJECT", "SUPPORT", "PROTEST") and d.sources:
            # "X maintained a policy of ..., which Y criticised": Y criticises X
            holder = d.trigger.head
            for _ in range(6):
                if holder.pos_ in ("VERB", "AUX") and any(c.dep_ == "nsubj" for c in holder.children):
                    break
                if holder.head is holder:
                    break
                holder = holder.head
            subj = [c for c in holder.children if c.dep_ == "nsubj"] if holder.pos_ in ("VERB", "AUX") else []
            cands = [m for m in self._actors_in(self._arg_tokens(subj[0]), tok_actor)
                     if m.actor.id not in src_ids] if subj else []
            if cands:
                d.borrowed += 1
                return cands
        for x in d.trigger.children:  # "demanded that the government provide ...": the government
            if x.dep_ == "ccomp" and d.type in ("REQUEST", "ACCUSE", "THREATEN", "REJECT", "AGREE", "SUPPORT"):
                subj = [c for c in x.children if c.dep_ in ("nsubj", "nsubjpass")]
                cands = [m for m in self._actors_in(self._arg_tokens(subj[0]), tok_actor) if m.actor.id not in src_ids] if subj else []
                if cands:
                    return cands
        for x in d.trigger.children:  # "vowed to challenge the result in the Supreme Court"
            if x.dep_ == "xcomp":
                toks = {t.i for c in x.children if c.dep_ in ("dobj", "prep", "dative") for t in c.subtree}
                cands = _without_sent_forces(
                    [m for m in self._actors_in(toks, tok_actor) if m.actor.id not in src_ids], x)
                if cands:
                    d.borrowed += 1
                    return cands
        head = d.trigger.head
        if (not d.nominal and d.trigger.dep_ in ("xcomp", "advcl") and head.pos_ == "VERB"
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in d.trigger.children)):
            # "summoned the ambassador to complain of ...", "met X to discuss ...": the purpose
            # is addressed to whom the main verb acts upon
            toks = {t for c in head.children if c.dep_ in ("dobj", "dative") for t in self._arg_tokens(c)}
            cands = [m for m in self._actors_in(toks, tok_actor) if m.actor.id not in src_ids]
            if cands:
                d.borrowed += 1
                return cands
        for i in range(d.trigger.i + 1, min(sent.end, d.trigger.i + 13)):
            t = sent.doc[i]
            if t.text in (";", ":") or (t.pos_ == "VERB" and t.lemma_.lower() in self.lexicon.verbs):
                break
            if t.pos_ == "VERB" and t.tag_ not in ("VBN", "VBG") and not (
                    d.nominal and t.dep_ in ("relcl", "acl", "advcl") and t.i <= d.trigger.i + 3):
                break
            if t.dep_ == "mark" and t.lower_ not in ("for", "that", "whether", "if"):
                break  # "... after X stole", "... since X gave": a clause of circumstance
            if t.tag_ in ("WDT", "WP", "WRB") and t.i > d.trigger.i + 1:
                break  # "a curfew in X, where forces are battling Y": Y is inside a clause on X
            if t.dep_ == "pobj" and t.head.lower_ in LOCATIVE_PREPS:
                continue  # "strikes in Ruritania": a location, not the one acted upon
            cands = [m for m in tok_actor.get(i, ()) if m.actor.id not in src_ids]
            if cands:
                d.borrowed += 1
                return cands[:1]
        return []

    def _place_target(self, document: Document, d: _Draft, tok_actor: dict[int, list[ActorMention]],
                      tok_place: dict[int, list[PlaceMention]]) -> list[ActorMention]:
        """The country of the place an act is done in or to, as its recipient (CAMEO's metonymy:
        "lifted the curfew in <city>", "arrived in <capital>", "blockade <city>"). Used for
        one-sentence texts only, where nothing else can name the recipient."""
        root = d.trigger.head if d.nominal and d.trigger.head.pos_ in ("VERB", "AUX") else d.trigger
        scope = {t.i for t in root.subtree} - d.source_tokens
        src_ids = {m.actor.id for m in d.sources}
        own = {m.actor.country for m in d.sources if m.actor.country}
        cands = sorted((i for i in scope if i in tok_place), key=lambda i: abs(i - d.trigger.i))
        for i in cands:
            tok = d.sent.doc[i]
            if any(a.lower_ == "from" and a.dep_ == "prep" for a in tok.ancestors if a.i in scope):
                continue  # "withdrew from X": X is where it leaves, not whom it acts on
            skip = set(src_ids)
            if d.type == "RETREAT" and any(a.dep_ in ("xcomp", "advcl", "ccomp") for a in tok.ancestors
                                           if a.i in scope and a.i != root.i):
                # "resigned to allow <country>'s first elections": a resignation or surrender is
                # not done to the actor's own country named in its purpose
                skip |= own
            actors = [m for m in tok_actor.get(i, ()) if m.actor.id not in skip and m.actor.country not in skip]
            if actors:
                return actors[:1]
            for p in tok_place[i]:
                country = p.place.country if p.place is not None else None
                iso3 = _iso3(country)
                if iso3 and iso3 not in skip:
                    name = _country_name(iso3)
                    actor = Actor(id=iso3, name=name, kind="state", country=iso3)
                    d.borrowed += 1
                    return [ActorMention(document.id, d.sentence, p.start, p.end, p.text, actor,
                                         how="place", confidence=round(p.confidence * 0.8, 3))]
        return []

    def _own_state(self, document: Document, d: _Draft) -> list[ActorMention]:
        """The state of the actor's own country, as the recipient of a protest or a concession
        that names nobody else (CAMEO's domestic convention: strikers and demonstrators address
        their own government; a government lifting its own curfew concedes to its own country)."""
        countries = {m.actor.country for m in d.sources if m.actor.country}
        if len(countries) != 1:
            return []
        iso3 = next(iter(countries))
        if len(iso3) != 3 or not iso3.isalpha() or not iso3.isupper() or iso3 in NON_STATE_CODES:
            return []
        m = d.sources[0]
        actor = Actor(id=iso3, name=_country_name(iso3), kind="state", country=iso3)
        return [ActorMention(document.id, d.sentence, m.start, m.end, m.text, actor, how="coreference",
                             confidence=round(m.confidence * 0.8, 3))]

    def _governing_subject_target(self, d: _Draft, tok_actor: dict[int, list[ActorMention]]) -> list[ActorMention]:
        """"At the request of X, Y did ...": the request goes to Y, the subject of the main verb."""
        n = d.trigger
        if not d.nominal or n.lemma_.lower() not in SUBJECTIVE_OF or n.dep_ != "pobj":
            return []
        verb = n.head.head
        if verb.pos_ not in ("VERB", "AUX") or n.head.lower_ == "in":
            return []
        subj, passive = self._subject_of(verb)
        if subj is None or passive:
            return []
        src = {m.actor.id for m in d.sources}
        found = [m for m in self._actors_in(self._arg_tokens(subj), tok_actor) if m.actor.id not in src]
        if found:
            d.borrowed += 1
        return found

    def _obligation_requests(self, drafts: list[_Draft], tok_actor: dict[int, list[ActorMention]]) -> list[_Draft]:
        """"X said (that) Y must/should do Z", "X's reminder to Y that it must ...": X makes a demand
        of Y (CAMEO 10, PLOVER REQUEST)."""
        out: list[_Draft] = []
        items = list(self._obligations)
        seen = {id(root) for _, _, root, _, _ in items}
        where = items[0][:2] if items else (drafts[0].sentence, drafts[0].sent) if drafts else None
        if where is not None:
            si0, sent0 = where
            for x in sent0:
                if id(x) in seen or x.dep_ not in ("ccomp", "acl") or not any(
                        c.dep_ == "aux" and c.lower_ in ("must", "should", "ought") for c in x.children):
                    continue
                gov = x.head
                if gov.pos_ in ("VERB", "AUX"):
                    subj, passive = self._subject_of(gov)
                    speakers = self._actors_in(self._arg_tokens(subj), tok_actor) if subj is not None and not passive else []
                else:
                    speakers = self._light_verb_subject(gov, tok_actor)
                if speakers:
                    items.append((si0, sent0, x, speakers, None))  # type: ignore[arg-type]
        for si, sent, root, speakers, attribution in items:
            if not speakers or root.pos_ not in ("VERB", "AUX"):
                continue
            auxes = {c.lower_ for c in root.children if c.dep_ in ("aux", "auxpass")}
            if not auxes & {"must", "should", "ought"}:
                continue
            subj, _p = self._subject_of(root)
            if subj is None:
                continue
            speaker_ids = {m.actor.id for m in speakers}
            targets = [m for m in self._actors_in(self._arg_tokens(subj), tok_actor) if m.actor.id not in speaker_ids]
            if not targets:
                continue
            d = _Draft(si, sent, root, "REQUEST", None, (), 0.55, False)
            d.sources, d.targets = list(speakers), targets
            d.obligation = True
            out.append(d)
        return out

    def _stated_blame(self, si: int, sent: "SpacySpan", drafts: list[_Draft],
                      tok_actor: dict[int, list[ActorMention]]) -> list[_Draft]:
        """Accusations made without an accusing verb (CAMEO 11, PLOVER ACCUSE):

        - a speaker says a party committed a wrong or is behind or responsible for an act: "HRW
          said the army had committed war crimes", "Iran said the US was responsible for the
          attack", "officials said the rebels were behind the bombing";
        - a party calls another's act by a condemning name: "called the Russian move illegal",
          "described the raid as a war crime".
        """
        out: list[_Draft] = []
        accusing = {d.trigger.i for d in drafts if d.type == "ACCUSE"}

        def parties(tok: "Token") -> list[ActorMention]:
            return self._actors_in(self._arg_tokens(tok), tok_actor) if tok is not None else []

        for v in sent:
            if v.pos_ not in ("VERB", "AUX") or v.i in accusing:
                continue
            lemma = v.lemma_.lower()
            accused: list[ActorMention] = []
            speaker_verb = None
            if v.dep_ == "ccomp" and v.head.lemma_.lower() in REPORT_VERBS - {"deny"} and v.head.i not in accusing:
                subj, passive = self._subject_of(v)
                wrong = (lemma in ("commit", "perpetrate") and any(
                    c.dep_ == "dobj" and c.lemma_.lower() in WRONGDOING_NOUNS for c in v.children))
                # "was behind the bombing", "were responsible for the attack"
                preps = [c for c in v.children if c.dep_ == "prep" and c.lower_ == "behind"]
                preps += [q for c in v.children if c.dep_ == "acomp"
                          and c.lemma_.lower() in ("responsible", "guilty", "culpable")
                          for q in c.children if q.dep_ == "prep" and q.lower_ == "for"]
                acts = [x for q in preps for x in q.children if x.dep_ == "pobj"]
                wrong = wrong or (lemma == "be" and any(self._wrong_act(x) for x in acts))
                if wrong and subj is not None and not passive:
                    accused, speaker_verb = parties(subj), v.head
            elif lemma in NAMING_VERBS:
                objs = [c for c in v.children if c.dep_ == "dobj"]
                names = [c for c in v.children if c.dep_ in ("oprd", "xcomp", "acomp")]
                if not objs:  # "called X a stupid guy" parsed as oprd X with the name in apposition
                    objs = [n for n in names if n.dep_ == "oprd" and any(a.dep_ == "appos" for a in n.children)][:1]
                    names = [a for o in objs for a in o.children if a.dep_ == "appos"] or names
                else:  # "branded the militia a terrorist organization", "called X a stupid guy"
                    names += [a for a in objs[0].children if a.dep_ == "appos"]
                names += [p for h in [v, *objs] for c in h.children if c.dep_ == "prep" and c.lower_ == "as"
                          for p in c.children if p.dep_ == "pobj"]
                if objs and any(t.lemma_.lower() in CONDEMNING_WORDS for n in names for t in n.subtree):
                    by = [p for c in objs[0].children if c.dep_ == "prep" and c.lower_ == "by"
                          for p in c.children if p.dep_ == "pobj"]  # "the raid by X"
                    accused, speaker_verb = parties(objs[0]) + [m for p in by for m in parties(p)], v
            if not accused or speaker_verb is None:
                continue
            subj, passive = self._subject_of(speaker_verb)
            if subj is None or passive:
                continue
            speakers = [m for m in parties(subj) if m.actor.id not in {a.actor.id for a in accused}]
            if not speakers:
                continue
            d = _Draft(si, sent, speaker_verb, "ACCUSE", "disapprove", (), 0.6, False)
            d.sources, d.targets = speakers, list(dict.fromkeys(m for m in accused if m not in speakers))
            accusing.add(speaker_verb.i)
            out.append(d)
        return out

    def _wrong_act(self, noun: "Token") -> bool:
        """A noun naming an attack or a wrong ("the attack", "the killings", "the deaths")."""
        lemma = noun.lemma_.lower()
        entry = self.lexicon.nouns.get(noun.lower_) or self.lexicon.nouns.get(lemma)
        return (lemma in WRONGDOING_NOUNS | set(ATTACK_CLASS) | {"death", "violence"}
                or (entry is not None and entry.type in CONFLICT_ACTS))

    @staticmethod
    def _main_armed_group(mentions: Sequence[ActorMention]) -> ActorMention | None:
        """The document's most mentioned armed group (the default perpetrator of condemned attacks)."""
        counts: Counter[str] = Counter(m.actor.id for m in mentions if m.actor.kind == "armed-group")
        if not counts:
            return None
        top = counts.most_common(1)[0][0]
        return next(m for m in mentions if m.actor.id == top)

    @staticmethod
    def _person_object(tok: "Token") -> bool:
        """The trigger acts on people even when they are no named actor ("beheading hostages")."""
        for c in tok.children:
            cands = [c] if c.dep_ in ("dobj", "nsubjpass") else (
                [p for p in c.children if p.dep_ == "pobj"] if c.dep_ == "prep" and c.lower_ in ("against", "on", "of", "at") else [])
            for o in cands:
                if o.lower_ in RECIPIENT_NOUNS or o.lemma_.lower() in RECIPIENT_NOUNS:
                    return True
        return False

    def _condemned_attack(self, d: _Draft, drafts: list[_Draft]) -> None:
        """"X condemns the attack": the attack's perpetrator is the target (and the attack's source)."""
        if d.type not in ("ACCUSE", "PROTEST", "REJECT") or d.targets or self._perpetrator is None:
            return
        objs = [c for c in d.trigger.children if c.dep_ in ("dobj", "nsubjpass")]
        for o in objs:
            entry = self.lexicon.nouns.get(o.lower_) or self.lexicon.nouns.get(o.lemma_.lower())
            if entry is None or entry.type != "ASSAULT":
                continue
            attack = next((x for x in drafts if x.trigger.i == o.i), None)
            perp = attack.sources if attack is not None and attack.sources and not attack.borrowed else [_as_context(self._perpetrator)]
            if {m.actor.id for m in perp} & {m.actor.id for m in d.sources}:
                return
            d.targets = list(perp)
            d.borrowed += 1
            if attack is not None and not attack.sources:
                attack.sources = list(perp)
                attack.borrowed += 1
                attack.targets = [m for m in attack.targets if m.actor.id not in {p.actor.id for p in perp}
                                  and m.actor.id not in {s.actor.id for s in d.sources}]
            return

    @staticmethod
    def _topic_noun(tok: "Token") -> bool:
        """A nominal trigger that is the subject of an evaluation, not a reported event:
        "the recapture served as a morale booster", "the mobilization was slow"."""
        t = tok
        while t.dep_ == "conj" and t.head is not t:
            t = t.head
        if t.dep_ not in ("nsubj", "nsubjpass"):
            return False
        return t.head.lemma_.lower() in COPULAS

    @staticmethod
    def _refine(tok: "Token", typ: str, mode: str | None) -> tuple[str | None, str | None]:
        """Adjust type/mode from modifiers: "air strikes", "hunger strike", "material support"."""
        if tok.pos_ == "VERB" and tok.lemma_.lower() in ("lift", "ease", "relax", "shorten", "cancel"):
            objs = {t.lemma_.lower() for c in tok.children if c.dep_ in ("dobj", "nsubjpass") for t in c.subtree}
            if not objs & EASE_OBJECTS:
                return None, None
            return ("RETREAT", None) if objs & {"blockade", "sanctions", "sanction", "embargo", "siege"} else ("CONCEDE", None)
        mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod", "npadvmod")]
        words = {c.lower_ for c in mods} | {c.lemma_.lower() for c in mods}
        lemma = tok.lemma_.lower()
        if typ == "PROTEST" and tok.pos_ == "VERB" and tok.dep_ in ("advcl", "xcomp") and \
                tok.head.lemma_.lower() == "summon":
            return None, None  # "summoned the ambassador to protest X": the summons is the protest
        if typ == "ACCUSE" and lemma == "take" and any(t.lemma_.lower() in ("fire", "shoot", "gun", "rifle", "weapon",
                                                                           "sniper", "missile", "bullet")
                                                       for t in tok.sent):
            return None, None  # "soldiers took aim at the crowd and opened fire": the literal sense
        if typ == "ASSAULT" and lemma == "violate":
            objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
            if objs and any(o.lemma_.lower() in NORM_OBJECTS for o in objs) and not any(
                    t.lower_ in ARMISTICE_WORDS for o in objs for t in _noun_phrase(o)):
                return "REJECT", "yield"  # "violated a ban / the sanctions / the law": CAMEO 128 defy norms, law
        if lemma in ("tie", "ties", "relation", "relations") and tok.pos_ == "NOUN":
            gov = tok.head.lemma_.lower() if tok.dep_ in ("dobj", "nsubjpass") else ""
            if gov in TIES_UP:
                return "SUPPORT", None
            if gov in TIES_DOWN:
                return "SANCTION", "relations"
            return None, None
        if lemma in ("war", "games", "exercises", "declaration", "reminder", "hearing") and tok.dep_ not in ("dobj", "pobj"):
            return None, None
        if lemma == "war" and not (tok.dep_ == "dobj" and tok.head.lemma_.lower() in ("wage", "declare", "launch", "start")):
            return None, None
        if lemma in ("strike", "strikes") and tok.pos_ == "NOUN":
            if words & {"hunger"}:
                return "PROTEST", "hunger"
            if words & {"general", "labor", "labour", "worker", "workers", "teachers", "nationwide", "open-ended",
                        "indefinite", "wildcat", "24-hour", "48-hour", "one-day", "two-day", "sit-down"}:
                return "PROTEST", "strike"
            if _lemmas(tok.head) & {"go", "call", "end", "join", "stage", "hold", "organize", "organise",
                                    "announce", "begin", "continue"} and tok.dep_ in ("pobj", "dobj"):
                return "PROTEST", "strike"
        if typ == "PROTEST" and tok.pos_ == "NOUN" and tok.head.lemma_.lower() in LODGE_VERBS:
            return "ACCUSE", "allege"
        if typ == "ASSAULT" and tok.pos_ == "VERB" and (lemma in PROPERTY_VERBS or (lemma == "set" and any(
                c.lower_ == "fire" for c in tok.children))):
            objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")] + [
                p for c in tok.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children if p.dep_ == "pobj"]
            objs = [o for o in objs if o.lower_ != "fire"]
            if any(o.lower_ in REFLEXIVES for o in objs) or any(
                    c.dep_ == "nsubj" and (c.lower_ in INSTRUMENTS | HEAVY_AMMO | AERIAL_CUES
                                           or c.lemma_.lower() in INSTRUMENTS) for c in tok.children):
                objs = []  # "bombers blew themselves up", "the missile destroyed X": an attack
            if objs and not any(o.lower_ in RECIPIENT_NOUNS or o.lemma_.lower() in RECIPIENT_NOUNS
                                or o.ent_type_ in ("PERSON", "NORP", "ORG", "GPE") for o in objs) and not any(
                    t.lower_ in MILITARY_WORDS for o in objs for t in o.subtree):
                return "COERCE", "seize"
        if typ == "ASSAULT" and tok.pos_ == "VERB":
            causers = [c for c in tok.children if c.dep_ in ("nsubj", "agent")]
            causers += [p for c in tok.children if c.dep_ in ("agent", "prep") and c.lower_ in ("by", "in")
                        for p in c.children if p.dep_ == "pobj"]
            if not any(c.dep_ in ("nsubj", "agent") for c in tok.children):
                # "were injured after the volcano erupted", "were killed as a result of the flood"
                for c in tok.children:
                    if c.dep_ == "advcl":
                        causers += [g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]
                    elif c.dep_ == "prep":
                        for p in c.children:
                            if p.dep_ == "pobj":  # "in the floods", "as a result of the flood"
                                causers += [p] + [g for q in p.children if q.dep_ == "prep"
                                                  for g in q.children if g.dep_ == "pobj"]
            if any(c.lemma_.lower() in HAZARD_NOUNS or c.lower_ in HAZARD_NOUNS for c in causers):
                return None, None  # "an earthquake killed eight", "were killed in the floods"
            if mode in (None, "firearms"):
                agents = [t for c in tok.children if c.dep_ in ("nsubj", "agent") for t in c.subtree]
                if any(t.lower_ in AERIAL_CUES and t.lower_ != "air" for t in agents) and not _sentence_weapon(
                        tok, strong=True):
                    return "ASSAULT", "aerial"  # "Saudi jets fired at", "drones struck"
        if typ == "COERCE" and mode is None and any(t.lower_ in VIOLENT_MEANS for t in tok.subtree):
            return "ASSAULT", None  # "violently suppressed the protest": violent repression, CAMEO 175
        if typ == "ASSAULT" and (any(c.dep_ == "advmod" and c.lower_ == "sexually" for c in tok.children)
                                 or words & {"sexual", "sexually"}):
            return "ASSAULT", "sexual"  # "sexually abused", "sexual assaults" (CAMEO 1821)
        if typ == "ASSAULT" and lemma in ("clash", "fight", "attack", "riot", "battle", "throw", "hurl"):
            crowd = [c for c in tok.children if c.dep_ in ("nsubj", "agent")]
            crowd += [p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("between", "among", "with")
                      and lemma in ("clash", "fight", "battle") for p in c.children if p.dep_ == "pobj"]
            if any(t.lower_ in PROTESTER_NOUNS for c in crowd for t in _noun_phrase(c) + list(c.conjuncts)):
                return "PROTEST", "riot"  # "protesters clashed with police", "clashes between police and protesters"
        if typ in ("REQUEST", "ACCUSE") and tok.pos_ == "VERB":
            v = tok
            while v.dep_ in ("advcl", "xcomp", "conj") and not any(c.dep_ == "nsubj" for c in v.children):
                v = v.head
            subj = [c for c in v.children if c.dep_ == "nsubj"]
            if subj and all(c.lower_ in PROTESTER_NOUNS for c in subj):
                return "PROTEST", "demo"  # "demonstrators urging lawmakers to ...": the demand is made by protesting
        if typ == "PROTEST" and mode in (None, "demo"):
            scope = list(tok.subtree)
            if tok.dep_ in ("nsubj", "nsubjpass"):
                scope += [t for c in tok.head.children if c.dep_ in ("acomp", "oprd", "attr", "prep", "dobj", "xcomp")
                          for t in c.subtree] + [tok.head]
            if any(t.lower_ in RIOT_WORDS and not (t.dep_ == "compound" and t.head.lower_ in RIOT_GEAR)
                   for t in scope):
                return "PROTEST", "riot"  # "violent protests", "protests turned violent", "rioting crowds"
        if typ == "ASSAULT" and tok.pos_ == "VERB" and lemma in ("seize", "capture", "confiscate", "take"):
            objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
            if objs and all(any(t.lower_ in WEAPON_OBJECTS for t in _noun_phrase(o)) for o in objs):
                return "COERCE", "seize"  # "police seized guns and ammunition": CAMEO 1711
        if typ == "ASSAULT":
            cue = _sentence_weapon(tok, strong=True)
            if cue:
                return "ASSAULT", cue  # "suicide bombers killed", "an attack with poisonous gas"
            for w in sorted(words):
                if w in MODE_WORDS:
                    return "ASSAULT", MODE_WORDS[w][1]
            if mode is None:
                for c in tok.children:
                    if c.dep_ == "prep" and c.lower_ in ("with", "by", "in"):
                        for t in c.subtree:
                            if t.lower_ in MODE_WORDS:
                                return "ASSAULT", MODE_WORDS[t.lower_][1]
                cue = _sentence_weapon(tok, strong=False)
                if cue:
                    return "ASSAULT", cue  # "two were injured when a grenade exploded"
        if typ == "SUPPORT" and words & {"material", "military", "financial", "logistical",
                                          "economic", "humanitarian", "air", "aerial"}:
            return "AID", ("military" if words & {"military", "air", "aerial", "logistical"}
                           else "economic" if words & {"financial", "economic"} else
                           "humanitarian" if "humanitarian" in words else None)
        if typ == "AID" and tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "nsubjpass") and \
                tok.head.lemma_.lower() in DISCONTINUE_VERBS:
            return "SANCTION", "discontinue"  # "suspended military aid to X": CAMEO 162 reduce or stop aid
        if typ == "AID" and mode is None:
            if words & {"military"}:
                mode = "military"
            elif words & {"humanitarian", "food", "medical"}:
                mode = "humanitarian"
            elif words & {"financial", "economic"}:
                mode = "economic"
        return typ, mode

    @staticmethod
    def _arg_tokens(root: "Token") -> set[int]:
        """Token indices of an argument: its subtree without nested clauses."""
        keep: set[int] = set()
        stack = [root]
        while stack:
            t = stack.pop()
            keep.add(t.i)
            for c in t.children:
                if c.dep_ in NESTED_DEPS:
                    continue
                stack.append(c)
        return keep

    @staticmethod
    def _actors_in(tokens: Iterable[int], tok_actor: dict[int, list[ActorMention]]) -> list[ActorMention]:
        out: list[ActorMention] = []
        seen: set[tuple[int, int]] = set()
        for i in sorted(tokens):
            for m in tok_actor.get(i, ()):
                key = (m.start, m.end)
                if key not in seen:
                    seen.add(key)
                    out.append(m)
        return out

    def _subject_of(self, verb: "Token") -> tuple["Token | None", bool]:
        """The subject token of a verb (climbing xcomp/conj/aspect chains) and whether passive."""
        v = verb
        for _ in range(6):
            subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
            if len(subj) > 1:  # "TAMPA, Fla. - U.S. forces continued": prefer the one naming an actor
                named = [c for c in subj if any(i in self._tok_actor for i in self._arg_tokens(c))]
                subj = named[-1:] or subj[-1:]
            if subj and subj[0].lower_ in ("who", "which", "that") and v.dep_ == "relcl":
                return v.head, False  # "the Kurds, who are taking part in ...": the antecedent
            if subj:
                return subj[0], subj[0].dep_ == "nsubjpass" and v is verb
            if v.dep_ in ("xcomp", "conj", "advcl", "acomp") and v.head is not v:
                if v.dep_ == "advcl" and v.tag_ not in ("VBG", "VBN") and not any(
                        c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
                    return None, False
                v = v.head
                continue
            if v.dep_ == "relcl" or (v.dep_ == "acl" and v.tag_ == "VBG"):
                return v.head, False  # "a declaration demanding ...": the noun's owner speaks
            if v.dep_ == "pcomp" and v.head.dep_ == "prep":
                v = v.head.head
                if v.pos_ in ("VERB", "AUX"):
                    continue
                if v.lemma_.lower() in PRACTICE_NOUNS and v.dep_ == "dobj" and v.head.pos_ in ("VERB", "AUX"):
                    v = v.head  # "X maintained a policy of turning away ...": X does it
                    continue
            return None, False
        return None, False

    def _verbal_args(self, d: _Draft, tok_actor: dict[int, list[ActorMention]]) -> None:
        v = d.trigger
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in v.children) or (
            v.dep_ == "acl" and v.tag_ == "VBN")
        src_tokens: set[int] = set()
        tgt_tokens: set[int] = set()
        at_tokens: set[int] = set()  # "fired at X" names whom it acts on; "met X at Y", where
        # "withdraw its troops from Lebanon": the country left is the recipient (the parse may hang
        # the "from" phrase on the object)
        withdrawn_from: set[int] = {t.i for o in v.children if o.dep_ == "dobj" for c in o.children
                                    if c.dep_ == "prep" and c.lower_ == "from" for p in c.children
                                    if p.dep_ == "pobj" for t in p.subtree} if _lemmas(v) & WITHDRAW_LEMMAS else set()
        by_agent = [c for c in v.children if c.dep_ == "prep" and c.lower_ == "by"
                    and any(p.dep_ == "pobj" and p.i in tok_actor for p in c.children)
                    and v.tag_ in ("VBN", "VBG") and any(a.dep_ in ("aux", "auxpass") and a.lemma_ == "be" for a in v.children)]
        if by_agent and not any(c.dep_ == "agent" for c in v.children):
            # "the town was taking by X" (mis-parsed passive): the by-phrase is the agent
            passive = True
            for c in v.children:
                if c.dep_ == "nsubj":
                    tgt_tokens |= self._arg_tokens(c)
        for c in v.children:
            if c.dep_ == "agent" or c in by_agent:
                for p in c.children:
                    if p.dep_ == "pobj":
                        src_tokens |= self._arg_tokens(p)
            elif c.dep_ == "nsubjpass":
                if d.type == "MOBILIZE" and not any(x.dep_ == "agent" for x in v.children):
                    src_tokens |= self._arg_tokens(c)
                else:
                    tgt_tokens |= self._arg_tokens(c)
            elif c.dep_ in ("dobj", "dative", "attr") and not passive:
                tgt_tokens |= self._arg_tokens(c)
            elif c.dep_ == "prep" and c.lower_ == "at":
                for p in c.children:
                    if p.dep_ == "pobj":
                        at_tokens |= self._arg_tokens(p)
            elif c.dep_ == "prep" and c.lower_ in TARGET_PREPS and c.lower_ not in ("in", "from", "for", "over"):
                for p in c.children:
                    if p.dep_ == "pobj":
                        tgt_tokens |= self._arg_tokens(p)
            elif c.dep_ == "prep" and c.lower_ == "from" and _lemmas(v) & WITHDRAW_LEMMAS:
                withdrawn_from |= {t.i for p in c.children if p.dep_ == "pobj" for t in p.subtree}
            elif c.dep_ in ("prt", "advmod") and c.lower_ in ("out", "away", "back"):
                for p in c.children:
                    if p.dep_ == "prep":
                        for q in p.children:
                            if q.dep_ == "pobj":
                                d.place_tokens.append(q.i)
        if v.dep_ == "acl" and v.tag_ == "VBG" and d.type in ("SUPPORT", "AID", "COOPERATE"):
            # "forces supporting the regime": a standing relation unless those forces act here
            d.participle_of = v.head.i
            src_tokens |= self._arg_tokens(v.head) - {t.i for t in v.subtree}
        if v.dep_ == "acl" and v.tag_ == "VBN":
            # "the army, supported by X": X supports the army
            head = v.head
            while head.dep_ == "conj" and head.head is not head:
                head = head.head
            tgt_tokens |= self._arg_tokens(head)
            d.participle_of = head.i
        elif not any(c.dep_ == "agent" for c in v.children) and not by_agent:
            subj, subj_passive = self._subject_of(v)
            if subj is not None and subj.i != v.i:
                if subj_passive and v.dep_ not in ("xcomp",):
                    tgt_tokens |= self._arg_tokens(subj)
                elif v.dep_ in ("relcl", "acl") and subj is v.head:
                    # "ambushes that killed X": the antecedent acts; if it is not an actor,
                    # the subject of the verb it depends on does
                    ante = v.head
                    if not self._actors_in(self._arg_tokens(ante) - {c.i for c in ante.subtree if c.dep_ == "relcl"}, tok_actor):
                        holder = ante.head
                        if holder.pos_ in ("VERB", "AUX"):
                            s2, p2 = self._subject_of(holder)
                            if s2 is not None and not p2:
                                src_tokens |= self._arg_tokens(s2)
                    else:
                        src_tokens |= {ante.i} | {c.i for c in ante.children if c.dep_ in ("compound", "amod", "poss")}
                else:
                    src_tokens |= self._arg_tokens(subj)
                    if subj.lemma_.lower() in INSTRUMENTS and not self._actors_in(self._arg_tokens(subj), tok_actor):
                        d.instrument = True
                    if subj.pos_ == "PRON":
                        d.pronoun_subject = subj.lower_
        # conjoined subjects with "together with X" / "alongside X" join the sources
        together = any(x.lower_ in ("together", "jointly", "alongside") for x in v.children)
        for c in v.children:
            if c.dep_ in ("prep", "advmod") and c.lower_ in ("with", "alongside", "together"):
                if c.lower_ == "with" and not together and not any(x.lower_ == "together" for x in c.children):
                    continue
                for p in c.subtree:
                    if p.dep_ == "pobj":
                        joint = self._arg_tokens(p)
                        src_tokens |= joint
                        tgt_tokens -= joint
        if d.type == "MOBILIZE":  # "mobilized troops for an assault against X": X
            tgt_tokens |= {t for c in v.children if c.dep_ == "prep" and c.lower_ == "for"
                           for p in c.children if p.dep_ == "pobj" for a in p.children
                           if a.dep_ == "prep" and a.lower_ in ("against", "on")
                           for q in a.children if q.dep_ == "pobj" for t in self._arg_tokens(q)}
        if not self._actors_in(tgt_tokens, tok_actor):
            tgt_tokens |= at_tokens  # (an "at" phrase beside a named recipient is the venue)
        tgt_tokens = _without_venues(tgt_tokens, v.doc, tok_actor)
        d.sources = self._actors_in(src_tokens, tok_actor)
        d.source_tokens = src_tokens
        d.targets = [m for m in self._actors_in(tgt_tokens, tok_actor) if m not in d.sources]
        if not d.targets and _reciprocal(d, v):
            d.targets = list(d.sources)
            d.domestic = True  # each party acts upon the other: not a parsing echo
        if passive and not d.sources and d.type in ("COERCE", "ACCUSE", "SANCTION"):
            # "X was arrested in Lebanon": the authorities of the state it happened in act
            where = {t.i for c in v.children if c.dep_ == "prep" and c.lower_ in ("in", "by")
                     for p in c.children if p.dep_ == "pobj" for t in _noun_phrase(p)}
            d.sources = [m for m in self._actors_in(where, tok_actor) if m.actor.kind == "state"
                         and m not in d.targets][:1]
        d.targets += self._left_country(d, withdrawn_from, tok_actor)
        d.targets = _without_sent_forces(d.targets, v, alone=d.type == "MOBILIZE")
        d.targets = self._mark_domestic(d)

    def _left_country(self, d: _Draft, tokens: set[int], tok_actor: dict[int, list[ActorMention]]
                      ) -> list[ActorMention]:
        """The foreign state a withdrawal leaves ("withdraw its troops from Lebanon", "the
        withdrawal of forces from Panama"): CAMEO and PLOVER code it as the recipient. A town of
        the actor's own country left behind is a place, not a recipient."""
        if not tokens:
            return []
        own = {m.actor.country for m in d.sources if m.actor.country}
        return [m for m in self._actors_in(tokens, tok_actor) if m not in d.targets and m not in d.sources
                and m.actor.kind in ("state", "state-sector") and m.actor.country
                and m.actor.country not in own]

    def _mark_domestic(self, d: _Draft, targets: list[ActorMention] | None = None) -> list[ActorMention]:
        """An agreement, meeting or cooperation with a distinct party of the actor's own country
        ("the Fijian rebels will release the Prime Minister", "the court allowed candidate X to
        run") is domestic: the recipient stays although it shares the actor's country (only the
        actor's own echo among the targets is dropped). Works on ``targets`` (default: the draft's
        own) and returns them, without the echo when the draft is marked domestic."""
        if targets is None:
            targets = d.targets
        if d.type not in COOPERATIVE | {"AGREE", "CONSULT", "COOPERATE"} or not targets:
            return targets  # (a cooperative act announced for the future becomes an AGREE later)
        src_ids = {m.actor.id for m in d.sources}
        countries = {m.actor.country for m in d.sources if m.actor.country}
        if len(countries) > 1 or countries & NON_STATE_CODES or (not countries and not d.pronoun_subject):
            return targets
        # a pronoun subject ("they will release X") is filled later from its antecedent; a named
        # person or group recipient then stays whatever country that antecedent has
        spans = [(m.start, m.end) for m in d.sources]
        src_sectors = {m.actor.sector for m in d.sources}
        distinct = [m for m in targets if m.actor.id not in src_ids and m.actor.country
                    and (not countries or m.actor.country in countries)
                    and m.actor.country not in NON_STATE_CODES
                    and (m.actor.kind not in ("state", "state-sector", "igo", "ngo") or (
                        # another branch of the same state ("the government agreed with the Senate")
                        m.actor.kind == "state-sector" and m.actor.sector in ("LEG", "JUD")
                        and m.actor.sector not in src_sectors))
                    and not any(m.start < e and s < m.end for s, e in spans)]
        if not distinct:
            return targets
        d.domestic = True
        return [m for m in targets if m.actor.id not in src_ids]

    def _nominal_args(self, d: _Draft, tok_actor: dict[int, list[ActorMention]]) -> None:
        n = d.trigger
        src_tokens: set[int] = set()
        tgt_tokens: set[int] = set()
        at_tokens: set[int] = set()  # "attacks at X", but "talks with X at Y": the venue
        reciprocal: set[int] = set()
        kids = list(n.children)
        if n.dep_ == "compound" and n.head.lemma_.lower() in EFFORT_NOUNS:
            kids += [c for c in n.head.children if c.dep_ == "prep"]  # "a mediation effort between X and Y"
        for c in kids:
            if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i < n.i:
                src_tokens |= self._arg_tokens(c)
            elif c.dep_ == "prep" and c.lower_ == "by":
                for p in c.children:
                    if p.dep_ == "pobj":
                        src_tokens |= self._arg_tokens(p)
            elif c.dep_ == "prep" and c.lower_ == "between":
                for p in c.children:
                    if p.dep_ == "pobj":
                        reciprocal |= self._arg_tokens(p)
            elif c.dep_ == "prep" and c.lower_ == "of" and (n.lemma_.lower() in SUBJECTIVE_OF or d.type == "MOBILIZE") and not (
                    n.dep_ == "pobj" and n.head.lower_ == "in"):
                for p in c.children:  # "the request of X", "the deployment of X's troops": X acts
                    if p.dep_ == "pobj":
                        src_tokens |= self._arg_tokens(p)
            elif c.dep_ == "acl" and c.lemma_.lower() in CLAIMED_BY:
                for a in c.children:  # "attacks claimed by X", "the raid carried out by X"
                    if a.dep_ == "agent" or (a.dep_ == "prep" and a.lower_ in ("by", "on")):
                        for p in a.children:
                            if p.dep_ == "pobj":
                                src_tokens |= self._arg_tokens(p)
            elif c.dep_ == "prep" and c.lower_ in ("against", "on", "upon", "of", "with", "to", "at",
                                                   "toward", "towards", "for", "into"):
                for p in c.children:
                    if p.dep_ in ("pobj", "pcomp") and c.lower_ == "at":
                        at_tokens |= self._arg_tokens(p)
                    elif p.dep_ in ("pobj", "pcomp"):
                        tgt_tokens |= self._arg_tokens(p)
                        if d.type == "ACCUSE" and not self._actors_in(self._arg_tokens(p), tok_actor):
                            # "an investigation into crimes committed by X": X is accused
                            tgt_tokens |= {i for a in p.children if a.dep_ == "acl" and a.tag_ == "VBN"
                                           for g in a.children if g.dep_ == "agent"
                                           for x in g.children if x.dep_ == "pobj" for i in
                                           (t.i for t in _noun_phrase(x))}
            elif c.dep_ == "acl":  # "support to keep the president in power"
                for p in c.children:
                    if p.dep_ in ("dobj", "nsubj"):
                        tgt_tokens |= self._arg_tokens(p)
        # amod/compound actors directly before the noun are sources ("Ruritanian support"), but a
        # "US-led" style modifier with the actor inside also counts
        if n.dep_ == "dobj" and _lemmas(n.head) & LIGHT_VERBS and not self._actors_in(tgt_tokens, tok_actor):
            for c in n.head.children:  # "staged rallies ... against X", "held talks with X"
                if c.dep_ == "prep" and c.lower_ in ("against", "on", "with", "to", "into", "toward", "towards"):
                    for p in c.children:
                        if p.dep_ == "pobj":
                            tgt_tokens |= self._arg_tokens(p)
                elif c.dep_ == "prep" and c.lower_ == "at":
                    at_tokens |= {t for p in c.children if p.dep_ == "pobj" for t in self._arg_tokens(p)}
                elif c.dep_ == "dative":  # "gave X a warning", "paid X a visit"
                    tgt_tokens |= self._arg_tokens(c)
        if not self._actors_in(tgt_tokens, tok_actor):
            tgt_tokens |= at_tokens
        tgt_tokens = _without_venues(tgt_tokens, n.doc, tok_actor)
        srcs = self._actors_in(src_tokens, tok_actor)
        if not srcs and n.dep_ == "conj" and n.head.pos_ == "NOUN":
            # "X attack and siege": the modifiers of the first conjunct qualify both
            srcs = self._actors_in({t.i for c in n.head.children if c.dep_ in ("poss", "compound", "amod", "nmod")
                                    and c.i < n.head.i for t in c.subtree}, tok_actor)
        self._passive_governed = []
        if not srcs:
            srcs = self._light_verb_subject(n, tok_actor)
            if not srcs and self._passive_governed:
                # "X was put on alert" (X mobilizes); "X was placed under arrest" (X is the target)
                if d.type == "MOBILIZE":
                    srcs = self._passive_governed
                else:
                    tgt_tokens |= {t.i for m in self._passive_governed for t in d.sent.doc.char_span(m.start, m.end, alignment_mode="expand") or ()}
        recips = self._actors_in(reciprocal, tok_actor)
        if recips and n.lemma_.lower() in MEDIATION_NOUNS:
            # "X launched a mediation effort between Y and Z": X acts on both sides
            if not srcs and n.dep_ == "compound":
                srcs = self._light_verb_subject(n.head, tok_actor)
            d.sources = [m for m in srcs if m not in recips]
            d.targets = list(recips)
            return
        if recips:
            d.sources = list(dict.fromkeys(srcs + recips))
            d.targets = list(recips)
            return
        d.sources = srcs
        d.source_tokens = src_tokens
        d.targets = [m for m in self._actors_in(tgt_tokens, tok_actor) if m not in d.sources]
        if not d.targets and _reciprocal(d, n):
            d.targets = list(d.sources)  # "X and Y failed to reach agreement": each with the other
            d.domestic = True
            return
        if _lemmas(n) & WITHDRAW_LEMMAS:  # "the withdrawal of some forces from Panama"
            owners = [n] + [p for c in kids if c.dep_ == "prep" and c.lower_ == "of"
                            for p in c.children if p.dep_ == "pobj"]
            left = {t.i for o in owners for c in o.children if c.dep_ == "prep" and c.lower_ == "from"
                    for p in c.children if p.dep_ == "pobj" for t in p.subtree}
            d.targets += self._left_country(d, left, tok_actor)
        d.targets = self._mark_domestic(d)

    def _light_verb_subject(self, n: "Token", tok_actor: dict[int, list[ActorMention]]) -> list[ActorMention]:
        """Source of a nominal trigger from the verb that governs it ("X carried out airstrikes",
        "X is a provider of material support", "X took part in the battle")."""
        t = n
        inside = {x.i for x in n.subtree}
        for _ in range(6):
            h = t.head
            if h is t:
                return []
            if h.pos_ in ("VERB", "AUX"):
                if t.dep_ in ("nsubj", "nsubjpass", "csubj"):
                    return []
                if t.dep_ in ("advcl", "ccomp", "parataxis"):
                    return []
                if not _lemmas(h) & (LIGHT_VERBS | COPULAS):
                    return []
                subj, passive = self._subject_of(h)
                if passive and _lemmas(h) & {"engage", "involve"}:
                    passive = False  # "X were engaged in ethnic cleansing": X does it
                if subj is not None and passive and subj.i not in inside:
                    self._passive_governed = self._actors_in(self._arg_tokens(subj), tok_actor)
                if subj is not None and not passive and subj.i not in inside:
                    return self._actors_in(self._arg_tokens(subj), tok_actor)
                for c in h.children:
                    if c.dep_ == "agent":
                        for p in c.children:
                            return self._actors_in(self._arg_tokens(p), tok_actor)
                return []
            if t.dep_ not in ("pobj", "prep", "conj", "attr", "appos", "dobj", "compound", "npadvmod", "acl", "pcomp", "oprd"):
                return []
            if h.pos_ == "NOUN" and h.lemma_.lower() in STANCE_NOUNS:
                return []  # "condolences for the shootings", "responsibility for the attacks"
            owner = [c for c in h.children if c.dep_ == "poss"] if h.pos_ == "NOUN" and h is not n else []
            if owner:  # "in support of Y" inside "its operation": the owner acts
                return self._actors_in({x.i for x in owner[0].subtree}, tok_actor)
            t = h
        return []

    @staticmethod
    def _place_tokens(tok: "Token", tok_place: dict[int, list[PlaceMention]]) -> list[int]:
        out: list[int] = []
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "at", "near", "around", "inside", "outside", "on",
                                                 "of", "for", "from", "into", "across", "toward",
                                                 "towards", "against", "over"):
                for t in c.subtree:
                    if t.i in tok_place:
                        out.append(t.i)
            if c.dep_ in ("dobj", "nsubjpass", "npadvmod") or (
                    c.dep_ == "nsubj" and c.i in tok_place and tok.lemma_.lower() in TERRITORY_LEMMAS):
                for t in c.subtree:
                    if t.i in tok_place:
                        out.append(t.i)
        return out

    # ------------------------------------------------------------------------------------------
    # participles, argument sharing, document-level filling
    @staticmethod
    def _resolve_participles(drafts: list[_Draft]) -> list[_Draft]:
        """Keep "X, supported by Y" events only when X is a source of another event here."""
        out = []
        for d in drafts:
            if d.participle_of is not None and d.type in ("SUPPORT", "AID", "COOPERATE"):
                acting = any(o is not d and o.participle_of is None and d.participle_of in o.source_tokens
                             for o in drafts)
                if not acting:
                    continue
                d.weight -= 0.05
            out.append(d)
        return out

    @staticmethod
    def _family(t: str) -> str:
        return "conflict" if t in ("ASSAULT", "COERCE") else t

    def _share_arguments(self, drafts: list[_Draft]) -> None:
        """Fill a missing source or target from a same-type event of the same sentence, and a
        missing target from the verb it is coordinated with ("X met Y and offered an apology")."""
        for d in drafts:
            if d.targets or not d.sources:
                continue
            verb = d.trigger.head if d.nominal and d.trigger.dep_ == "dobj" else d.trigger
            if verb.dep_ != "conj":
                continue
            ids = {m.actor.id for m in d.sources}
            other = next((o for o in drafts if o is not d and o.trigger.i == verb.head.i and o.targets
                          and ids & {m.actor.id for m in o.sources}), None)
            if other is not None:
                d.targets = [m for m in other.targets if m.actor.id not in ids]
                d.borrowed += 1 if d.targets else 0
        for d in drafts:
            for other in drafts:
                if other is d or self._family(other.type) != self._family(d.type):
                    continue
                if not d.sources and other.sources and not set(map(id, other.sources)) & set(map(id, d.targets)):
                    d.sources = [m for m in other.sources if m not in d.targets]
                    d.borrowed += 1
                if not d.targets and other.targets:
                    cand = [m for m in other.targets if m.actor.id not in {s.actor.id for s in d.sources}]
                    if cand:
                        d.targets = cand
                        d.borrowed += 1

    def _fill_from_document(self, drafts: list[_Draft], tok_place: dict[int, list[PlaceMention]],
                            place_mentions: Sequence[PlaceMention]) -> None:
        """Fill the sides of a fight over a place from the document's territorial events.

        The holder of a place is the source of the document's capture or drive-out events there;
        a conflict event over that place with no target targets the holder, and with no source either
        is ascribed to the holder's most frequent adversary in the document's (explicit) events.
        """
        holders: dict[str, list[tuple[_Draft, list[ActorMention]]]] = {}
        for d in drafts:
            if d.territory_kind in ("capture", "expel") and d.sources and d.modality in ("asserted", "ongoing", "historical"):
                for p in self._territory_places(d, tok_place, place_mentions):
                    holders.setdefault(_norm(p.text), []).append((d, d.sources))
        adversary: dict[str, Counter[str]] = {}
        by_id: dict[str, ActorMention] = {}
        for d in drafts:
            if self._family(d.type) != "conflict" or d.borrowed:
                continue
            for s in d.sources:
                for t in d.targets:
                    if s.actor.id == t.actor.id:
                        continue
                    adversary.setdefault(s.actor.id, Counter())[t.actor.id] += 1
                    adversary.setdefault(t.actor.id, Counter())[s.actor.id] += 1
                    by_id.setdefault(s.actor.id, s)
                    by_id.setdefault(t.actor.id, t)

        def foe(side: list[ActorMention]) -> list[ActorMention]:
            c: Counter[str] = Counter()
            for m in side:
                c.update(adversary.get(m.actor.id, Counter()))
            ids = {m.actor.id for m in side}
            for aid, _ in c.most_common():
                if aid not in ids:
                    return [_as_context(by_id[aid])]
            return []

        last_striker: list[ActorMention] = []
        last_mode: str | None = None
        for d in drafts:
            if d.type == "ASSAULT" and d.sources and not d.borrowed and (
                    d.mode == "aerial" or d.trigger.lemma_.lower() in INSTRUMENTS):
                last_striker = d.sources
                last_mode = d.mode
            elif d.instrument and not d.sources and last_striker:
                d.sources = [_as_context(m) for m in last_striker]
                d.borrowed += 1
                if d.mode is None and last_mode is not None:
                    d.mode = last_mode  # the same campaign's strikes
        for d in drafts:
            if (d.intended or d.type) != "ASSAULT" or d.targets or d.modality in ("hypothetical", "denied"):
                continue  # an announced assault (THREATEN) is aimed at the place's holder too
            for p in self._territory_places(d, tok_place, place_mentions, look_back=d.territory_kind is not None):
                own = {m.actor.id for m in d.sources}
                h = next((hs for e, hs in holders.get(_norm(p.text), ()) if e is not d
                          and not {m.actor.id for m in hs} & own), None)
                if h:
                    d.targets = [_as_context(m) for m in h]
                    d.borrowed += 1
                    if not d.sources:
                        f = foe(d.targets)
                        if f:
                            d.sources = f
                            d.borrowed += 1
                    break
        self._continue_discourse(drafts)

    def _continue_discourse(self, drafts: list[_Draft]) -> None:
        """Participants carried over from the preceding sentences of the same report.

        A strike or seizure with an actor and no recipient ("In the north, the coalition conducted
        10 strikes") continues the last same-family event of the previous ``CONTINUATION_SENTENCES``
        sentences by the same actor, and takes its recipient. An event with no actor whose trigger
        refers back ("These airstrikes were conducted ...", "the strikes", a passive with no agent)
        takes the actor of the last same-family event. Events of the same sentence that hang on a
        filled event's clause ("... conducted under authority to support X") share its actor.
        "We"/"I" in a statement's own voice is its author (``_voice``); a hostile act or a
        retreat with no recipient is aimed at the actor's single adversary so far (``_adversary``).
        """
        done: list[_Draft] = []
        for d in sorted(drafts, key=lambda x: (x.sentence, x.trigger.i)):
            if not d.sources and not d.attribution and d.pronoun_subject in ("we", "i"):
                voice = self._voice(d, done)
                if voice:
                    d.sources = voice
                    d.borrowed += 1
                    if not d.targets:
                        self._share_clause(d, drafts)
            if d.modality in ("asserted", "ongoing", "historical") and not d.attribution:
                prior = [p for p in reversed(done) if 0 < d.sentence - p.sentence <= CONTINUATION_SENTENCES
                         and self._family(p.type) == self._family(d.type)]
                if d.sources and not d.targets and d.type in CONFLICT_ACTS | {"AID"}:
                    ids = {m.actor.id for m in d.sources}
                    p = next((p for p in prior if p.targets and ids & {m.actor.id for m in p.sources}), None)
                    if p is not None:
                        cand = [_as_context(m) for m in p.targets if m.actor.id not in ids]
                        if cand:
                            d.targets = cand
                            d.borrowed += 1
                if not d.sources and d.type in CONFLICT_ACTS | {"AID"} and self._refers_back(d.trigger):
                    p = next((p for p in prior if p.sources), None)
                    if p is not None:
                        tids = {m.actor.id for m in d.targets}
                        cand = [_as_context(m) for m in p.sources if m.actor.id not in tids]
                        if cand:
                            d.sources = cand
                            d.borrowed += 1
                            if not d.targets and p.targets:
                                d.targets = [_as_context(m) for m in p.targets
                                             if m.actor.id not in {c.actor.id for c in cand}]
                                d.borrowed += 1 if d.targets else 0
                            self._share_clause(d, drafts)
            if (d.sources and not d.targets and d.modality not in ("hypothetical", "denied")
                    and (d.type in HOSTILE_ACTS or (d.type == "RETREAT" and d.mode == "withdraw"))):
                # "X said it would attack again", "we retreated": aimed at, or away from, X's
                # adversary in the report so far
                foe = self._adversary(d, done)
                if foe:
                    d.targets = foe
                    d.borrowed += 1
            if d.sources:
                done.append(d)
        for d in drafts:
            if d.type == "CONSULT" and d.sources and not d.targets and self._mediates_a_conflict(d.trigger):
                sides = self._conflict_sides(d, drafts)
                if sides:
                    d.targets = sides
                    d.borrowed += 1

    def _blamed_acts(self, drafts: list[_Draft], tok_actor: dict[int, list[ActorMention]]) -> set[int]:
        """Steps 0 and 1 of ``_same_attack``: the acts whose actor an accusation or a claim names
        (returned as ``id``s of their drafts), with that actor as their source."""
        blamed: set[int] = set()
        for a in drafts:
            # "X condemned the attack by Y on the convoy": X judges the attack, it is not its target
            if a.type not in ("ACCUSE", "PROTEST", "REJECT") or not a.sources:
                continue
            judges = {m.actor.id for m in a.sources}
            for x in drafts:
                if x.sentence == a.sentence and x.nominal and x.type in CONFLICT_ACTS and x.trigger.head.i == a.trigger.i:
                    inside = {t.i for t in x.trigger.subtree}
                    x.targets = [m for m in x.targets if m.actor.id not in judges
                                 or any(t.i in inside for t in self._mention_tokens(m, x.sent.doc))]
        for a in drafts:
            if a.type != "ACCUSE" or not a.targets or a.trigger.pos_ != "VERB" or not _lemmas(a.trigger) & BLAME_LEMMAS:
                continue
            holders = [a.trigger] + [c for c in a.trigger.children if c.dep_ == "dobj"]
            content = {t.i for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ("for", "of")
                       for t in c.subtree}
            if content:
                # "accused X of bombing ... since launching its operation": the subjectless clause
                # after the charge continues what X is accused of, not what the accuser did
                content |= {t.i for c in a.trigger.children if c.dep_ in ("prep", "advcl") and c.i > min(content)
                            and c.lower_ in ("since", "after", "while", "before", "when")
                            for g in c.children if g.dep_ == "pcomp" and g.tag_ == "VBG"
                            and not any(x.dep_ in ("nsubj", "nsubjpass") for x in g.children) for t in c.subtree}
            accuser = {m.actor.id for m in a.sources}
            accused = [m for m in a.targets if m.actor.id not in accuser]
            # the accused is the verb's object itself ("accused X of ..."), not a party of the charge
            named = {t.i for o in holders[1:] for t in [o, *(x for c in o.children
                     if c.dep_ in ("compound", "amod", "poss", "det", "nmod", "conj", "cc") for x in c.subtree)]}
            accused = [m for m in accused if any(t.i in named for t in self._mention_tokens(m, a.sent.doc))] or accused
            ids = {m.actor.id for m in accused}
            for x in drafts:
                if x is a or x.sentence != a.sentence or x.trigger.i not in content or x.type == "ACCUSE":
                    continue
                mine = {m.actor.id for m in x.sources}
                if x.sources and not mine <= accuser and not (mine <= ids):
                    continue  # the act has an actor of its own ("blamed X for Y's attack")
                x.sources = list(accused)
                # its recipients are in its own phrase, not picked up elsewhere in the accusation
                own_phrase = {t.i for t in (x.trigger.head if x.nominal and x.trigger.head.pos_ == "VERB"
                                            else x.trigger).subtree}
                x.targets = [m for m in x.targets if m.actor.id not in ids | accuser
                             and (x.type not in CONFLICT_ACTS
                                  or any(t.i in own_phrase for t in self._mention_tokens(m, x.sent.doc)))]
                x.borrowed = 1
                blamed.add(id(x))
        for si, sent in {d.sentence: d.sent for d in drafts}.items():
            for tok in sent:
                # "X claimed responsibility for the attack": X did it
                objs = [c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in ("responsibility", "credit")]
                if not objs or not _lemmas(tok) & {"claim", "accept", "assume", "admit", "take"}:
                    continue
                subj, passive = self._subject_of(tok)
                claimants = self._actors_in(self._arg_tokens(subj), tok_actor) if subj is not None and not passive else []
                content = {t.i for h in [tok] + objs for c in h.children if c.dep_ == "prep" and c.lower_ == "for"
                           for t in c.subtree}
                for x in drafts:
                    if claimants and x.sentence == si and x.type == "ASSAULT" and x.trigger.i in content:
                        x.sources = list(claimants)
                        x.targets = [m for m in x.targets if m not in claimants]
                        x.borrowed = 0
                        blamed.add(id(x))
        attacks = [d for d in drafts if d.type == "ASSAULT" and d.trigger.pos_ in ("NOUN", "PROPN", "VERB")]
        for d in attacks:
            if not d.nominal:
                continue
            # "the attacks in Damascus and Homs, Syria, now claimed by X": the claim may hang on the
            # attack's place rather than on the attack noun
            agents = {t.i for x in self._noun_scope(d.trigger) if x.dep_ in ("acl", "advcl")
                      and x.tag_ == "VBN" and x.lemma_.lower() in CLAIMED_BY
                      for a in x.children if a.dep_ == "agent" for t in a.subtree}
            claimed = [m for m in self._actors_in(agents, tok_actor) if m.actor.kind not in ("state",)]
            if claimed and {m.actor.id for m in claimed} != {m.actor.id for m in d.sources}:
                d.sources = claimed
                d.targets = [m for m in d.targets if m.actor.id not in {c.actor.id for c in claimed}]
                blamed.add(id(d))
            elif claimed and d.borrowed:
                d.borrowed -= 1  # the actor is named here, not carried over
                blamed.add(id(d))
        return blamed

    def _same_attack(self, drafts: list[_Draft], own_sources: dict[int, list[str]],
                     tok_actor: dict[int, list[ActorMention]]) -> None:
        """One attack reported in neighbouring sentences shares its perpetrator and its victims.

        0. Whoever condemns an attack is not its recipient ("X condemned the attack by Y on the
           convoy"; unless named inside the attack's own phrase).
        1. The act an accusation is about is done by the accused: "Rebels blamed the coalition for
           conducting the airstrike", "accused X of bombing civilian areas (since launching its
           operation ...)"; so is an attack someone claims ("X claimed responsibility for the
           attack", "the attacks ..., now claimed by X"). The accuser's own actors, shared into the
           clause by the sentence rules, are replaced.
        2. Mentions of an attack in sentences at most ``SAME_ATTACK_SENTENCES`` apart are one attack
           when the later one names it again with a definite article and a noun of the same kind
           (``ATTACK_CLASS``: "an airstrike ... The airstrike hit a hotel ... blamed Y for the
           airstrike", "killed in the blast ... the bombing"); "the attack"/"the assault" names the
           attack of the nearest sentence before when that sentence reports only one. A mention with
           no actor of its own (none in its sentence, only one carried over from earlier reports, or
           only its reporter) takes the attack's single perpetrator: the blamed or claiming one,
           else the one another mention names.
        3. Its victims are those of a mention saying who died in it ("26 people died in an
           airstrike"), else those named in the sentence after its first mention ("condolences to
           the victims"), else those another mention names ("The assault killed 12 soldiers"); they
           replace a recipient carried over from elsewhere.
        """
        blamed = self._blamed_acts(drafts, tok_actor)
        attacks = [d for d in drafts if d.type == "ASSAULT" and d.trigger.pos_ in ("NOUN", "PROPN", "VERB")]

        def head(d: _Draft) -> "Token | None":
            """The attack noun naming the mention: the trigger, or the subject of a verbal trigger
            ("The airstrike hit ...")."""
            if d.nominal:
                return d.trigger
            subj = next((c for c in d.trigger.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and subj.lemma_.lower() in INSTRUMENTS | ATTACK_NOUNS:
                return subj
            if _lemmas(d.trigger) & DEATH_VERBS:  # "were killed in the blast"
                return next((p for c in d.trigger.children if c.dep_ == "prep" and c.lower_ in ("in", "by")
                             for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in ATTACK_CLASS), None)
            return None

        def definite(t: "Token") -> bool:
            return any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "these", "those")
                       for c in t.children)

        parent = {id(d): id(d) for d in attacks}

        def find(k: int) -> int:
            while parent[k] != k:
                k = parent[k]
            return k

        for d in attacks:  # the noun and its verb in one sentence are one mention
            h = head(d)
            if h is not None and not d.nominal:
                twin = next((o for o in attacks if o.nominal and o.trigger.i == h.i), None)
                if twin is not None:
                    parent[find(id(d))] = find(id(twin))
        # an attack named as the setting of something else ("10 days after the attacks") is an
        # earlier event, not a report of the one at hand
        setting = {id(d) for d in attacks if self._background(d.trigger)}
        for later in attacks:
            h2 = head(later)
            if h2 is None or not definite(h2) or h2.lemma_.lower() not in ATTACK_CLASS or id(later) in setting:
                continue
            key = ATTACK_CLASS[h2.lemma_.lower()]
            before = [e for e in attacks if 0 < later.sentence - e.sentence <= SAME_ATTACK_SENTENCES
                      and id(e) not in setting]
            if key == "any":
                # "the attack", "the assault": the attack reported in the nearest sentence before,
                # when that sentence reports one attack (one actor, or none named)
                if not before:
                    continue
                last = max(e.sentence for e in before)
                near = [e for e in before if e.sentence == last]
                if len({frozenset(own_sources.get(id(e), [])) for e in near} - {frozenset()}) > 1:
                    continue
                linked = near
            else:
                linked = [e for e in before if (h1 := head(e)) is not None
                          and ATTACK_CLASS.get(h1.lemma_.lower()) == key]
            for e in linked:
                parent[find(id(later))] = find(id(e))
        chains: dict[int, list[_Draft]] = {}
        for d in attacks:
            chains.setdefault(find(id(d)), []).append(d)
        for members in chains.values():
            first = min(members, key=lambda m: (m.sentence, m.trigger.i))
            if len({m.sentence for m in members}) < 2:
                victims = [] if any(m.targets and not self._place_targets(m) for m in members) or (
                    id(first) in setting) else (self._victims_after(first, tok_actor) if first.nominal else [])
                for m in members:
                    if victims and not {x.actor.id for x in m.sources} & {x.actor.id for x in victims}:
                        m.targets = [_as_context(x) for x in victims]
                continue
            for m in members:
                m.attack = id(first)
            # the perpetrator: blamed or claiming in one mention, else named in one mention
            blamed_perps: dict[frozenset[str], list[ActorMention]] = {}
            named_perps: dict[frozenset[str], list[ActorMention]] = {}

            def own(m: _Draft) -> bool:
                """The mention names its actor itself (not carried over, not its reporter: "Medics
                say 26 people died in an airstrike")."""
                ids = {x.actor.id for x in m.sources}
                spoken = {x.actor.id for x in self._speaker_mentions.get(id(m.attribution), ())} if m.attribution else set()
                return bool(own_sources.get(id(m))) and set(own_sources[id(m)]) == ids and not ids & spoken
            for m in members:
                if not m.sources or m.modality not in ("asserted", "ongoing", "historical"):
                    continue
                ids = frozenset(x.actor.id for x in m.sources)
                if id(m) in blamed:
                    blamed_perps.setdefault(ids, m.sources)
                elif own(m):
                    named_perps.setdefault(ids, m.sources)
            perps = blamed_perps or named_perps
            victims: list[ActorMention] = []
            for m in members:
                h = head(m)
                victims = victims or (self._died_in(h, tok_actor) if h is not None else [])
            if not victims:
                victims = self._victims_after(first, tok_actor) if first.nominal else []
            if not victims:  # the victims one mention names ("The assault killed 12 soldiers")
                named = [m for m in members if m.targets and not m.borrowed and not self._place_targets(m)]
                victims = list(named[0].targets) if named else []
            if len(perps) == 1:
                (perp,) = perps.values()
                pids = {x.actor.id for x in perp}
                for m in members:
                    if m.sources and (id(m) in blamed or own(m)):
                        continue  # an actor of its own
                    m.sources = [_as_context(x) if x.sentence != m.sentence else x for x in perp]
                    m.targets = [x for x in m.targets if x.actor.id not in pids]
                    m.borrowed = 1
            if victims:
                vids = {x.actor.id for x in victims}
                pids = {x.actor.id for p in perps.values() for x in p} if len(perps) == 1 else set()
                for m in members:
                    if m.targets and not m.borrowed:
                        continue
                    if {x.actor.id for x in m.sources} & vids:
                        continue
                    if pids and not {x.actor.id for x in m.sources} <= pids:
                        continue  # a reading with another actor is not this attack's
                    m.targets = [_as_context(x) if x.sentence != m.sentence else x for x in victims]

    @staticmethod
    def _mention_tokens(m: ActorMention, doc: "Doc") -> list["Token"]:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        return list(span) if span is not None else []

    @staticmethod
    def _noun_scope(tok: "Token") -> list["Token"]:
        """The tokens that describe an event noun: its subtree, and for the object of a verb the
        verb's modifiers after it, which the parser often hangs on the verb ("condemns the attacks
        yesterday in X, now claimed by Y")."""
        out = list(tok.subtree)
        if tok.dep_ in ("dobj", "nsubjpass") and tok.pos_ in ("NOUN", "PROPN"):
            for c in tok.head.children:
                if c.i > tok.i and c.dep_ in ("prep", "advcl", "acl"):
                    out.extend(c.subtree)
        return out

    def _place_targets(self, d: _Draft) -> bool:
        """Whether all of an event's recipients are countries named only as where it happened
        ("attacks in Damascus and Homs, Syria")."""
        if not d.targets:
            return False
        doc = d.sent.doc
        where = {t.i for x in self._noun_scope(d.trigger) if x.dep_ == "prep" and x.lower_ in LOCATIVE_PREPS
                 for t in x.subtree}
        for m in d.targets:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if m.actor.kind != "state" or span is None or not all(t.i in where for t in span):
                return False
        return True

    def _taken_from(self, drafts: list[_Draft], tok_place: dict[int, list[PlaceMention]],
                    place_mentions: Sequence[PlaceMention]) -> None:
        """A place taken or cleared is taken from whoever was attacked there before, not from the
        taker's partners: "Airstrikes hit ISIL near the dam. ... Iraqi forces have cleared the dam,
        and Iraqi and Kurdish forces are working together" (the Kurds, partners in the same report,
        are no recipient; ISIL is)."""
        allies: set[frozenset[str]] = set()
        for d in drafts:
            if d.type in ("COOPERATE", "AGREE", "SUPPORT", "AID") and d.modality not in ("hypothetical", "denied"):
                side = {m.actor.id for m in d.sources} | ({m.actor.id for m in d.targets}
                                                          if d.type != "AGREE" else set())
                allies |= {frozenset((a, b)) for a in side for b in side if a != b}
        for d in drafts:
            cleared = d.trigger.lemma_.lower() in ("clear", "free") and "territory" in d.context
            if (d.territory_kind not in ("capture", "expel") and not cleared) or not d.sources or d.type != "ASSAULT":
                continue
            ids = {m.actor.id for m in d.sources}
            if d.targets and not all(any(frozenset((s, m.actor.id)) in allies for s in ids) for m in d.targets):
                continue
            here = {_norm(p.text) for p in self._draft_places(d, tok_place)}
            if not here:
                continue
            count: Counter[str] = Counter()
            seen: dict[str, ActorMention] = {}
            for e in drafts:
                if e.sentence >= d.sentence or self._family(e.type) != "conflict" or not e.targets:
                    continue
                if not here & {_norm(p.text) for p in self._draft_places(e, tok_place)}:
                    continue
                for m in e.targets:
                    if m.actor.id in ids or m.actor.kind not in ("armed-group", "state-sector", "coalition") or any(
                            frozenset((s, m.actor.id)) in allies for s in ids):
                        continue
                    count[m.actor.id] += 1
                    seen.setdefault(m.actor.id, m)
            if count:
                best = count.most_common(1)[0][0]
                d.targets = [_as_context(seen[best])]
                d.borrowed = max(d.borrowed, 1)

    def _singled_out(self, drafts: list[_Draft], tok_actor: dict[int, list[ActorMention]]) -> None:
        """An appeal to a group that singles some out by name is addressed to them: "call on all
        parties to the conflict, particularly the Syrian regime and forces supporting it" (the
        parser often hangs the named part on the next verb)."""
        for d in drafts:
            if d.type != "REQUEST" or d.targets or not d.sources or not _lemmas(d.trigger) & APPEAL_LEMMAS:
                continue
            objs = [c for c in d.trigger.children if c.dep_ in ("dobj", "pobj")] + [
                p for c in d.trigger.children if c.dep_ in ("prep", "prt") and c.lower_ == "on"
                for p in c.children if p.dep_ == "pobj"]
            if not any(o.lemma_.lower() in GROUP_NOUNS for o in objs):
                continue
            src = {m.actor.id for m in d.sources}
            for t in d.sent:
                if t.i <= d.trigger.i or t.lower_ not in SINGLING_OUT or t.i - d.trigger.i > 12:
                    continue
                noun = t.head if t.dep_ == "advmod" and t.head.pos_ in ("NOUN", "PROPN") else None
                if noun is None:
                    nxt = [x for x in t.rights if x.pos_ in ("NOUN", "PROPN")]
                    noun = nxt[0] if nxt else None
                if noun is None:
                    continue
                named = {noun.i} | {x.i for x in noun.children if x.dep_ in ("compound", "amod", "det")}
                named |= {x.i for c in noun.conjuncts for x in [c, *c.children] if x.dep_ != "relcl"}
                found = [m for m in self._actors_in(named, tok_actor) if m.actor.id not in src]
                if found:
                    d.targets = found
                    break

    def _died_in(self, noun: "Token", tok_actor: dict[int, list[ActorMention]]) -> list[ActorMention]:
        """Who died in an attack named by a noun: "26 people have died in an airstrike", "were
        killed in the blast"."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ not in ("in", "by", "during", "from"):
            return []
        verb = prep.head
        if not _lemmas(verb) & DEATH_VERBS:
            return []
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        return self._actors_in({t.i for s in subj for t in s.subtree}, tok_actor)

    def _victims_after(self, d: _Draft, tok_actor: dict[int, list[ActorMention]]) -> list[ActorMention]:
        """Victims named in the sentence after an attack's first report ("... express condolences to
        the victims")."""
        sents = list(d.sent.doc.sents)
        if d.sentence + 1 >= len(sents):
            return []
        nxt = sents[d.sentence + 1]
        return [m for t in nxt if t.lemma_.lower() in VICTIM_NOUNS
                for m in tok_actor.get(t.i, ())][:1]

    def _statement_author(self, doc: "Doc") -> Attribution | None:
        """The author of an official statement ("Statement from Secretary X", "Press Statement
        / <name> / Department Spokesperson"): the only person named in the first
        ``STATEMENT_HEAD_SENTENCES`` sentences of a document whose heading says it is a
        statement. Events in its own voice (no other speaker) are attributed to that person."""
        head = list(doc.sents)[:STATEMENT_HEAD_SENTENCES]
        if not any(t.lower_ in STATEMENT_WORDS for s in head for t in s):
            return None
        people = [m for m in self._all_actors if m.sentence < STATEMENT_HEAD_SENTENCES and m.actor.kind == "person"]
        if len({m.actor.id for m in people}) != 1:
            return None
        m = people[0]
        return Attribution(speaker=m.text, cue="statement", speaker_actor=m.actor.id, start=m.start, end=m.end)

    def _bilateral(self, drafts: list[_Draft]) -> None:
        """In a report about two states (their mentions, states and state bodies, are at least
        ``BILATERAL_SHARE`` of all such mentions, each named at least twice), a dispute act of one
        of them (the state or a state body) with no
        recipient ("Cuba made a complaint over the sign", "has threatened to take action", "the
        ambassador is standing firm") is addressed to the other one."""
        counts: Counter[str] = Counter()
        first: dict[str, ActorMention] = {}
        for m in self._all_actors:
            c = m.actor.country
            if c and len(c) == 3 and c not in NON_STATE_CODES and m.actor.kind in STATE_KINDS:
                counts[c] += 1
                if c not in first or (m.actor.kind == "state" and first[c].actor.kind != "state"):
                    first[c] = m  # the state itself when it is named, else its first mention
        pair = counts.most_common(2)
        total = sum(counts.values())
        if len(pair) < 2 or pair[1][1] < 2 or pair[0][1] + pair[1][1] < BILATERAL_SHARE * total:
            return
        (a, _), (b, _) = pair
        for d in drafts:
            if d.targets or not d.sources or d.type not in DISPUTE_ACTS or d.modality in ("hypothetical", "denied"):
                continue
            own = {m.actor.country for m in d.sources}
            if not all(m.actor.kind in STATE_KINDS for m in d.sources):
                continue  # a company, club or citizens' group in a dispute is not the state's voice
            if own == {a} or own == {b}:
                other = b if own == {a} else a
                d.targets = [_as_context(first[other])]
                d.borrowed += 1

    @staticmethod
    def _mediates_a_conflict(tok: "Token") -> bool:
        """"mediate the conflict", "mediation in the dispute": a third party between unnamed sides."""
        if tok.lemma_.lower() not in ("mediate", "mediation", "broker", "arbitrate"):
            return False
        return any(t.lemma_.lower() in CONFLICT_NOUNS for t in tok.subtree if t is not tok)

    def _conflict_sides(self, d: _Draft, drafts: list[_Draft]) -> list[ActorMention]:
        """The two sides most often opposed in the document's explicit hostile events."""
        ids = {m.actor.id for m in d.sources}
        pairs: Counter[tuple[str, str]] = Counter()
        seen: dict[str, ActorMention] = {}
        for p in drafts:
            if p.borrowed or p.type not in HOSTILE_ACTS | {"ACCUSE", "REJECT"}:
                continue
            for a in p.sources:
                for b in p.targets:
                    if a.actor.id == b.actor.id or ids & {a.actor.id, b.actor.id}:
                        continue
                    pairs[tuple(sorted((a.actor.id, b.actor.id)))] += 1  # type: ignore[misc]
                    seen.setdefault(a.actor.id, a)
                    seen.setdefault(b.actor.id, b)
        if not pairs:
            return []
        (x, y), _ = pairs.most_common(1)[0]
        return [_as_context(seen[x]), _as_context(seen[y])]

    def _voice(self, d: _Draft, earlier: list[_Draft]) -> list[ActorMention]:
        """Who "we" or "I" is in a statement's own voice (outside any quotation).

        "we": the institution (state, organisation, state sector) that was the actor of the last
        unattributed event of the previous ``VOICE_SENTENCES`` sentences ("The United States
        condemns ... We extend our condolences"); "I": the person named in the document's first
        three sentences (the statement's byline: "Statement from Secretary X").
        """
        if d.pronoun_subject == "we":
            for p in reversed(earlier):
                if p.sentence >= d.sentence or d.sentence - p.sentence > VOICE_SENTENCES:
                    continue
                if p.attribution is None:
                    inst = [m for m in p.sources if m.actor.kind in ("state", "state-sector", "igo", "ngo")
                            and m.how != "coreference"]
                    if inst:
                        return [_as_context(inst[0])]
            return []
        people = [m for m in self._all_actors if m.sentence <= 2 and m.actor.kind == "person"]
        return [_as_context(people[0])] if len({m.actor.id for m in people}) == 1 else []

    def _adversary(self, d: _Draft, earlier: list[_Draft]) -> list[ActorMention]:
        """The most frequent opponent of ``d``'s actors in the conflict events reported in the
        sentences before ``d`` (the opponent named in that event's own sentence)."""
        ids = {m.actor.id for m in d.sources}
        own = {m.actor.country for m in d.sources if m.actor.country} | ids
        # a state's forces are not on the side of an armed group of their own country
        state_side = bool(d.sources) and all(m.actor.kind in STATE_KINDS for m in d.sources)
        group_side = bool(d.sources) and all(m.actor.kind == "armed-group" for m in d.sources)
        count: Counter[str] = Counter()
        seen: dict[str, ActorMention] = {}

        def side(ms: list[ActorMention]) -> set[str]:
            return {m.actor.id for m in ms} | {m.actor.country for m in ms if m.actor.country
                                                and m.actor.kind in ("state", "state-sector")}
        for p in earlier:
            if p.sentence >= d.sentence or p.borrowed > 1 or p.type not in CONFLICT_ACTS:
                continue
            if own & side(p.sources):
                others = [m for m in p.targets if m.actor.id not in ids and m.how != "coreference"]
            elif own & side(p.targets):
                others = [m for m in p.sources if m.actor.id not in ids and m.how != "coreference"]
            else:
                continue
            for m in others:
                if m.actor.id in ids or ((m.actor.country in own or m.actor.id in own) and not (state_side and m.actor.kind == "armed-group")
                                         and not (group_side and m.actor.kind in STATE_KINDS)):
                    continue  # the actor's own state, people or forces
                count[m.actor.id] += 1
                seen.setdefault(m.actor.id, m)
        if not count:
            return []
        (best, n), *rest = count.most_common(2) + [("", 0)]
        if rest and rest[0][1] == n:
            return []  # no single adversary
        return [_as_context(seen[best])]

    def _share_clause(self, filled: _Draft, drafts: list[_Draft]) -> None:
        """Sourceless events of ``filled``'s sentence inside its governing clause take its actor."""
        head = filled.trigger.head if filled.nominal else filled.trigger
        ids = {m.actor.id for m in filled.sources}
        for o in drafts:
            if o is filled or o.sentence != filled.sentence or o.sources:
                continue
            if head in o.trigger.ancestors and not {m.actor.id for m in o.targets} & ids:
                o.sources = list(filled.sources)
                o.borrowed += 1

    @staticmethod
    def _refers_back(tok: "Token") -> bool:
        """A trigger that points back to events already reported: "these/the/such strikes", or a
        passive verb with no agent."""
        if tok.pos_ in ("NOUN", "PROPN"):
            return any(c.dep_ == "det" and c.lower_ in ("these", "those", "the", "such", "this", "that")
                       for c in tok.children) and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
        return (tok.dep_ in ("ROOT", "conj") and any(c.dep_ == "auxpass" for c in tok.children)
                and not any(c.dep_ == "agent" for c in tok.children))

    def _territory_places(self, d: _Draft, tok_place: dict[int, list[PlaceMention]],
                          place_mentions: Sequence[PlaceMention], *, look_back: bool = True
                          ) -> list[PlaceMention]:
        """Places a territorial event is about: its own, else the last place of the 2 sentences before."""
        def local(ps: Iterable[PlaceMention]) -> list[PlaceMention]:
            return [p for p in ps if p.place is not None and p.place.precision in ("town", "point", "district")
                    and not self._inside_actor(p, d)]

        own = self._draft_places(d, tok_place)
        if local(own):
            return local(own)
        sent = d.sent
        in_sent = local(p for p in place_mentions if sent.start_char <= p.start < sent.end_char)
        if in_sent:
            return in_sent[:1]
        if not look_back:
            return []
        prev_sents = [s for s in d.sent.doc.sents if s.end <= d.sent.start][-2:]
        lo = prev_sents[0].start_char if prev_sents else d.sent.start_char
        prev = local(p for p in place_mentions if lo <= p.start < sent.start_char)
        return (prev or own)[-1:]

    def _inside_actor(self, p: PlaceMention, d: _Draft) -> bool:
        """A place word inside a longer actor name ("US" in "US-led coalition")."""
        return any(a.start <= p.start and p.end <= a.end and (a.end - a.start) > (p.end - p.start)
                   for a in self._all_actors)

    @staticmethod
    def _draft_places(d: _Draft, tok_place: dict[int, list[PlaceMention]]) -> list[PlaceMention]:
        out: list[PlaceMention] = []
        for i in d.place_tokens:
            for p in tok_place.get(i, ()):
                if p not in out:
                    out.append(p)
        return out

    # ------------------------------------------------------------------------------------------
    # modality, claims, attribution
    def _governing_verb(self, tok: "Token") -> "Token":
        t = tok
        for _ in range(4):
            if t.pos_ in ("VERB", "AUX"):
                return t
            if t.head is t:
                return t
            t = t.head
        return t

    def _modality(self, trigger: "Token") -> str:
        v = self._governing_verb(trigger)
        if trigger.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "any" for c in trigger.children):
            return "hypothetical"  # "warned against any attack on X": no attack took place
        if any(c.dep_ == "neg" for c in trigger.children) or any(c.lower_ == "no" and c.dep_ == "det"
                                                                  for c in trigger.children):
            return "denied"
        chain = [v]
        t = v
        for _ in range(4):
            if t.dep_ in ("xcomp", "conj", "acomp") or (t.dep_ == "ccomp" and t.head.lemma_ in FORECAST_HEADS | DENY_VERBS):
                t = t.head
                chain.append(t)
            else:
                break
        for i, x in enumerate(chain):
            kids = list(x.children)
            if any(c.dep_ == "neg" for c in kids) or (i > 0 and x.lemma_.lower() in DENY_VERBS | {"fail", "refuse", "decline"}):
                return "denied"
        if any(a.dep_ == "dobj" and getattr(_denied_accusation(a.head), "i", None) == a.i for a in list(v.ancestors)[:4]):
            return "denied"  # "denied charges that it tortured X": the act is what is denied
        for x in chain:
            for c in x.children:
                if c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether"):
                    return "hypothetical"
            if x.dep_ == "advcl" and any(c.lower_ in ("if", "unless") for c in x.children):
                return "hypothetical"
        for i, x in enumerate(chain):
            kids = list(x.children)
            auxes = {c.lower_ for c in kids if c.dep_ in ("aux", "auxpass")}
            if auxes & FUTURE_AUX or ("would" in auxes and _reported(x)):
                return "forecast"  # "will", or "would" as the past of "will" in reported speech
            # a coordinated verb does not govern its conjunct ("set fire to X and fired rockets")
            governs = i > 0 and chain[i - 1].dep_ != "conj"
            if governs and x.lemma_.lower() in CONSIDER_VERBS:
                return "hypothetical"  # "is considering sending aid": an option weighed (CAMEO 014)
            if governs and (x.lemma_.lower() in PLAN_VERBS or (x.pos_ == "ADJ" and x.lemma_.lower() in PLAN_ADJ)):
                return "planned"
            if governs and x.lemma_.lower() in FORECAST_HEADS:
                if x.lemma_.lower() == "go" and x.tag_ != "VBG":
                    continue
                return "forecast"
            if auxes & HYPO_AUX:
                return "hypothetical"
        # infinitives: "to take back X" is not a fact unless an implicative verb governs it
        for i, x in enumerate(chain):
            if x.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in x.children):
                head = chain[i + 1] if i + 1 < len(chain) else x.head
                if head is x or head.lemma_.lower() not in IMPLICATIVE:
                    return "hypothetical"
        # "when the city is retaken, X will ...": a temporal clause of a future main clause
        for x in chain:
            if x.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in ("when", "once", "after", "until", "before", "as")
                                         for c in x.children):
                if {c.lower_ for c in x.head.children if c.dep_ in ("aux", "auxpass")} & FUTURE_AUX:
                    return "forecast"
        # "It is expected that X will ..." / "X is expected to ..."
        top = chain[-1]
        if top.dep_ == "ccomp" and top.head.lemma_.lower() in ("expect", "predict", "forecast", "anticipate"):
            return "forecast"
        auxes = {c.lower_ for c in v.children if c.dep_ in ("aux", "auxpass")}
        if v.tag_ == "VBG" and auxes & {"is", "are", "'re", "'s"}:
            return "ongoing"
        if v.tag_ in ("VBZ", "VBP") and not auxes and v.lemma_.lower() not in ("be", "have"):
            return "ongoing"
        return "asserted"

    def _claims(self, document: Document, si: int, sent: "SpacySpan",
                tok_actor: dict[int, list[ActorMention]]) -> tuple[list[Claim], list[tuple[set[int], Attribution, str]]]:
        claims: list[Claim] = []
        spans: list[tuple[set[int], Attribution, str]] = []
        doc = sent.doc
        for tok in sent:
            speaker_tokens: list["Token"] = []
            content_root: "Token | None" = None
            cue = ""
            if tok.lower_ == "according" and any(c.lower_ == "to" for c in tok.children):
                to = next(c for c in tok.children if c.lower_ == "to")
                objs = [c for c in to.children if c.dep_ == "pobj"]
                if not objs:
                    continue
                speaker_tokens = list(objs[0].subtree)
                cue = "according to"
                acc_tokens = {t.i for t in tok.subtree}
                content_tokens = {t.i for t in sent if t.i not in acc_tokens and not t.is_punct}
                content_root = sent.root
            elif tok.pos_ == "VERB" and (_denied_accusation(tok) is not None or _expressed_stance(tok) is not None):
                # "X denied charges that ...", "X expressed concern about ...": a statement (CAMEO 01)
                obj = _denied_accusation(tok)
                if obj is None:
                    obj = _expressed_stance(tok)
                subj = [c for c in tok.children if c.dep_ == "nsubj"]
                if not subj or obj is None:
                    continue
                speaker_tokens = list(subj[0].subtree)
                content_root = obj
                if obj.dep_ == "xcomp":  # "declined to comment on the dispute": what was not commented on
                    cue = f"{tok.text} to {obj.text}"
                    content_tokens = {t.i for c in obj.children if c.dep_ == "prep" for t in c.subtree}
                else:
                    cue = f"{tok.text} {obj.text}"
                    content_tokens = {t.i for c in tok.children if c.dep_ in ("dobj", "prep", "dative") and c.i > tok.i
                                      for t in c.subtree} - {obj.i} - {t.i for t in obj.children
                                                                         if t.dep_ in ("det", "amod", "poss")}
                if not content_tokens:
                    continue
            elif tok.lemma_.lower() in REPORT_VERBS and tok.pos_ in ("VERB", "AUX") and tok.lemma_ != "be":
                comps = sorted((c for c in tok.children if c.dep_ in ("ccomp",)), key=lambda c: (c.i < tok.i, c.i))
                if not comps and tok.dep_ in ("parataxis",) and tok.head.pos_ in ("VERB", "AUX"):
                    comps = [tok.head]
                if not comps:
                    continue
                content_root = comps[0]
                passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children)
                agent = [p for c in tok.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
                subj = [c for c in tok.children if c.dep_ in ("nsubj",)]
                if passive and agent:
                    speaker_tokens = list(agent[0].subtree)
                    pre = [c for c in tok.children if c.dep_ in ("nsubjpass", "auxpass")]
                    cue = " ".join([t.text for t in sorted(pre + [tok], key=lambda x: x.i)] + ["by"])
                elif subj:
                    speaker_tokens = list(subj[0].subtree)
                    objs = [c for c in tok.children if c.dep_ in ("dobj", "dative") and c.i > tok.i]
                    cue_toks = [tok] + [self.sent_doc(tok)[i] for o in objs for i in self._arg_tokens(o)]
                    cue = " ".join(t.text for t in sorted(cue_toks, key=lambda x: x.i))
                else:
                    continue
                content_tokens = {t.i for t in content_root.subtree}
                if content_root is tok.head:
                    content_tokens -= {t.i for t in tok.subtree}
            else:
                continue
            if not speaker_tokens or content_root is None:
                continue
            s0, s1 = speaker_tokens[0].idx, speaker_tokens[-1].idx + len(speaker_tokens[-1])
            speaker = doc.text[s0:s1]
            speaker_mentions = self._actors_in((t.i for t in speaker_tokens), tok_actor)
            previous = self._last_speaker
            if (len(speaker_tokens) == 1 and speaker_tokens[0].lower_ in SPEAKER_PRONOUNS and previous
                    and si - previous[0] <= SPEAKER_SENTENCES):
                # "He added that ...": the pronoun is the named speaker of the claim just before
                _, speaker, s0, s1, earlier_mentions = previous
                speaker_mentions = [_as_context(m) for m in earlier_mentions]
            elif speaker_tokens[0].lower_ not in SPEAKER_PRONOUNS and speaker_mentions:
                self._last_speaker = (si, speaker, s0, s1, speaker_mentions)
            anonymous = bool(ANON_RE.search(speaker)) or (
                any(t.lemma_.lower() in ("source", "official", "diplomat", "officer") for t in speaker_tokens)
                and not any(t.pos_ == "PROPN" for t in speaker_tokens) and not speaker_mentions
                and any(t.lemma_.lower() == "source" for t in speaker_tokens))
            ordered = sorted(content_tokens)
            content_toks = [doc[i] for i in ordered if not (doc[i].is_punct and doc[i].i in (ordered[0], ordered[-1]))]
            if content_toks and content_toks[0].lower_ == "that" and content_toks[0].dep_ == "mark":
                content_toks = content_toks[1:]
            if not content_toks:
                continue
            content = doc.text[content_toks[0].idx:content_toks[-1].idx + len(content_toks[-1])]
            content = content.strip(" \u201c\u201d\"',.")
            modality = "denied" if _denied_accusation(tok) is not None else self._modality(content_root)
            speaker_actor = speaker_mentions[0].actor.id if speaker_mentions else None
            attribution = Attribution(speaker=speaker, cue=cue, speaker_actor=speaker_actor,
                                      anonymous=anonymous, start=s0, end=s1)
            claims.append(Claim(
                id=_sha(document.id, "claim", sent.start_char, s0, cue), doc_id=document.id,
                sentence=si, speaker=speaker, cue=cue, content=content, speaker_actor=speaker_actor,
                modality=modality, anonymous=anonymous, span=Span(sent.start_char, sent.end_char)))
            spans.append((content_tokens, attribution, modality))
            self._speaker_mentions[id(attribution)] = speaker_mentions
            head = max(speaker_tokens, key=lambda t: -sum(1 for a in t.ancestors if a in speaker_tokens))
            self._speaker_plural[id(attribution)] = head.tag_ in ("NNS", "NNPS") or any(
                t.dep_ == "conj" for t in speaker_tokens)
            self._obligations.append((si, sent, content_root, speaker_mentions, attribution))
        return claims, spans

    @staticmethod
    def sent_doc(tok: "Token") -> "Doc":
        return tok.doc

    def _speaker_rules(self, d: _Draft, claim_spans: list[tuple[set[int], Attribution, str]]) -> None:
        """Pronoun subjects of a reported clause are the speaker ("X said it would attack");
        a speaker announcing its own violence threatens it; "X and Y agreed" is reciprocal."""
        speaker = self._speaker_mentions.get(id(d.attribution)) if d.attribution else None
        plural = self._speaker_plural.get(id(d.attribution)) if d.attribution else None
        pronouns = {d.pronoun_subject} if d.pronoun_subject else set()
        pronouns |= {c.lower_ for x in (d.trigger, d.trigger.head) for c in x.children
                     if c.dep_ in ("poss", "nsubj") and c.pos_ == "PRON"}
        agreeing = {"i", "we", "our", "my", "us"} | ({"they", "their", "them"} if plural else
                                                      {"it", "its", "he", "his", "she", "her"})
        if speaker and not d.sources and pronouns & agreeing:
            d.sources = list(speaker)  # "X said it would attack", "X said its forces withdrew"
            if pronouns & {"we", "our", "us"}:
                # "'... we retreated,' said X, spokesperson for the special forces": the body speaks
                d.sources = self._spoken_for(speaker, d.sent.doc) or d.sources
        own_words = not d.attribution or (speaker and {m.actor.id for m in speaker} & {m.actor.id for m in d.sources})
        if d.type in CONFLICT_ACTS | {"PROTEST"} and not _in_condition(d.trigger) and (
                (d.modality in ("forecast", "hypothetical", "planned") and speaker
                 and {m.actor.id for m in speaker} & {m.actor.id for m in d.sources})
                or (d.modality == "planned" and own_words and self._own_intent(d.trigger))):
            # PLOVER: a conflictual act announced for the future by its actor is a threat
            mode = {"ASSAULT": "violence", "COERCE": "restrict", "SANCTION": "restrict", "PROTEST": "political"}[d.type]
            d.intended = d.type
            d.type, d.mode, d.context = "THREATEN", mode, d.context + ("military",)
        if (d.type in CONFLICT_ACTS or (d.type == "RETREAT" and d.mode == "withdraw")) and \
                d.modality in ("forecast", "hypothetical", "planned") and speaker and \
                {m.actor.id for m in speaker} & {m.actor.id for m in d.sources} and self._conditional(d.trigger):
            # "X announced it will withdraw its force from Y unless Y ...": a harm its actor
            # makes conditional is a threat
            mode = {"ASSAULT": "violence", "RETREAT": "political"}.get(d.type, "restrict")
            d.intended = d.type
            d.type, d.mode = "THREATEN", mode
            d.modality = "asserted"
        if d.type in COOPERATIVE | {"AGREE"} and d.modality == "denied":
            # refusing, failing or declining to cooperate is a rejection (CAMEO 12)
            d.type, d.mode = "REJECT", None
            d.modality = "asserted"
        elif d.type in ("PROTEST", "COERCE", "SANCTION") and d.modality == "denied" and \
                d.trigger.dep_ in ("dobj", "nsubjpass") and d.trigger.head.lemma_.lower() in END_VERBS:
            # "will not end the strike", "refused to lift the curfew": refusing to yield (CAMEO 12)
            d.intended = d.type
            d.type, d.mode = "REJECT", "yield"
            d.modality = "asserted"
        elif d.type in COOPERATIVE and d.modality in ("forecast", "planned") and self._own_intent(d.trigger):
            # PLOVER: cooperative actions reported in the future are intentions to cooperate
            d.intended = d.type
            d.type, d.mode = "AGREE", None
        if d.type in ("AGREE", "CONSULT", "COOPERATE") and not d.targets:
            ids = {m.actor.id for m in d.sources}
            if len(ids) >= 2:
                d.targets = list(d.sources)

    def _spoken_for(self, speaker: list[ActorMention], doc: "Doc") -> list[ActorMention]:
        """The institution a speaking person represents, named beside the name: "X, spokesperson for
        the Afghan Special Forces", "X, a member of the provincial council"."""
        out: list[ActorMention] = []
        for m in speaker:
            if m.actor.kind != "person":
                continue
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            roles = [c for c in span.root.children if c.dep_ == "appos" and c.lemma_.lower() in ROLE_NOUNS]
            toks = {t.i for r in roles for t in r.subtree}
            out += [x for x in self._actors_in(toks, self._tok_actor)
                    if x.actor.kind in INSTITUTION_KINDS and x not in out]
        return out[:1]

    def _conditional(self, trigger: "Token") -> bool:
        """The trigger's clause has an "unless ..." or "if ..." condition."""
        v = self._governing_verb(trigger)
        for x in (v, v.head):
            for c in x.children:
                if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("unless", "if") for m in c.children):
                    return True
            if x.dep_ not in ("xcomp", "conj"):
                break
        return False

    def _own_intent(self, trigger: "Token") -> bool:
        """The trigger's own clause says will / plans / is willing (not a temporal "once" clause)."""
        t = self._governing_verb(trigger)
        for _ in range(3):
            auxes = {c.lower_ for c in t.children if c.dep_ in ("aux", "auxpass")}
            if auxes & FUTURE_AUX or ("would" in auxes and _reported(t)):
                return True
            if t.dep_ == "xcomp" and (t.head.lemma_.lower() in PLAN_VERBS | PLAN_ADJ | {"offer", "agree"}):
                return True
            if t.dep_ in ("xcomp", "conj"):
                t = t.head
                continue
            break
        return False

    @staticmethod
    def _attribution_for(trigger: "Token", claim_spans: list[tuple[set[int], Attribution, str]]
                         ) -> Attribution | None:
        best: tuple[int, Attribution] | None = None
        for tokens, attribution, _ in claim_spans:
            if trigger.i in tokens and (best is None or len(tokens) < best[0]):
                best = (len(tokens), attribution)
        return best[1] if best else None

    # ------------------------------------------------------------------------------------------
    # relations
    def _relations(self, document: Document, si: int, sent: "SpacySpan",
                   tok_actor: dict[int, list[ActorMention]]) -> list[Relation]:
        out: list[Relation] = []
        text = sent.text

        def rel(a: ActorMention, b: ActorMention, kind: str, scope: str | None = None,
                modality: str = "asserted") -> None:
            if a.actor.id == b.actor.id:
                return
            out.append(Relation(
                id=_sha(document.id, "rel", si, a.actor.id, b.actor.id, kind), doc_id=document.id,
                sentence=si, a=a.actor.id, b=b.actor.id, kind=kind, scope=scope, evidence=text,
                span=Span(sent.start_char, sent.end_char), modality=modality))

        scope = None
        m = re.search(r"\b(?:limited|restricted|confined)\s+(?:only\s+)?to\s+([A-Z][\w'\- ]+?)(?=[,.;:]|$| and\b| but\b)", text)
        if m:
            scope = m.group(1).strip()
        kinds = {"coordination": "cooperation", "cooperation": "cooperation", "collaboration": "cooperation",
                 "understanding": "cooperation", "partnership": "cooperation", "rapprochement": "cooperation",
                 "alliance": "alliance", "coalition": "alliance", "pact": "alliance",
                 "rivalry": "rivalry", "hostility": "hostility", "enmity": "hostility",
                 "tension": "hostility", "tensions": "hostility", "feud": "hostility",
                 "conflict": "hostility", "war": "hostility"}
        for tok in sent:
            low = tok.lemma_.lower()
            if low in kinds and tok.pos_ == "NOUN":
                kind = kinds[low]
                pair: list[ActorMention] = []
                for c in tok.children:
                    if c.dep_ == "prep" and c.lower_ == "between":
                        pair = self._actors_in(self._arg_tokens(c), tok_actor)
                        if len(pair) < 2:  # "between two rivals: X and Y"
                            pair = self._actors_in((t.i for t in c.subtree), tok_actor)
                    elif c.dep_ in ("compound", "amod", "nmod", "poss") and c.i < tok.i:
                        pair += self._actors_in((t.i for t in c.subtree), tok_actor)
                if kind == "hostility" and low == "war":
                    for c in tok.children:
                        if c.dep_ == "prep" and c.lower_ == "against":
                            foes = self._actors_in((t.i for t in c.subtree), tok_actor)
                            fighters = self._light_verb_subject(tok, tok_actor)
                            for a in fighters:
                                for b in foes:
                                    rel(a, b, "hostility")
                    continue
                if len(pair) >= 2:
                    for i in range(len(pair)):
                        for j in range(i + 1, len(pair)):
                            rel(pair[i], pair[j], kind, scope)
            if low in ("rival", "enemy", "foe", "adversary", "archrival", "arch-rival") and tok.pos_ == "NOUN":
                members = self._actors_in((t.i for t in tok.subtree), tok_actor)
                if tok.dep_ == "appos" or len(members) < 2:
                    members += [m for m in self._actors_in((t.i for c in tok.children if c.dep_ in ("appos", "conj")
                                                             for t in c.subtree), tok_actor) if m not in members]
                if len(members) >= 2:
                    rel(members[0], members[1], "rivalry")
            if low in ("proxy", "ally", "client", "partner", "proxies", "allies") and tok.pos_ == "NOUN":
                kind = "support" if low in ("proxy", "proxies", "client") else "alliance"
                inner = self._actors_in((t.i for t in tok.subtree if t.i < tok.i and t.dep_ != "poss"
                                         and not any(a.dep_ == "poss" for a in t.ancestors if a.i < tok.i and a.i >= tok.left_edge.i)), tok_actor)
                patrons = [m for c in tok.children if c.dep_ == "poss" for m in self._actors_in((t.i for t in c.subtree), tok_actor)]
                # "X, with its Y proxy": the patron is the noun "with" attaches to
                if not patrons and tok.dep_ == "pobj" and tok.head.lower_ == "with":
                    holder = tok.head.head
                    patrons = self._actors_in({holder.i} | {c.i for c in holder.children if c.dep_ in ("compound",)}, tok_actor)
                    if not patrons and holder.pos_ in ("VERB", "AUX", "ADJ"):
                        # "X, with its Y proxy, is determined ...": the clause's subject
                        gov = holder if holder.pos_ != "ADJ" else holder.head
                        subj, _p = self._subject_of(gov)
                        if subj is not None:
                            patrons = self._actors_in({subj.i} | {c.i for c in subj.children if c.dep_ == "compound"}, tok_actor)
                if not patrons and any(c.lower_ in ("its", "his", "their") for c in tok.children):
                    holder = tok.head.head if tok.dep_ == "pobj" else tok.head
                    patrons = self._actors_in({holder.i}, tok_actor)
                clients = [m for m in inner if m not in patrons]
                clients += [m for c in tok.children if c.dep_ == "appos" for m in self._actors_in((t.i for t in c.subtree), tok_actor)]
                for a in patrons:
                    for b in clients:
                        rel(a, b, kind)
            if low in ("remove", "topple", "overthrow", "oust", "destroy", "defeat", "eliminate") and tok.pos_ == "VERB":
                if tok.dep_ in ("xcomp", "ccomp", "attr", "acl") or tok.head.lemma_ in ("be", "goal", "aim"):
                    targets = [m for c in tok.children if c.dep_ == "dobj" for m in self._actors_in(self._arg_tokens(c), tok_actor)]
                    holders: list[ActorMention] = []
                    h = tok.head
                    for _ in range(3):
                        subj, _p = self._subject_of(h) if h.pos_ in ("VERB", "AUX") else (None, False)
                        if subj is not None:
                            if subj.lemma_.lower() in ("goal", "aim", "objective", "intention", "purpose"):
                                holders = [m for c in subj.children if c.dep_ == "poss" for m in self._actors_in((t.i for t in c.subtree), tok_actor)]
                            else:
                                holders = self._actors_in(self._arg_tokens(subj), tok_actor)
                            break
                        h = h.head
                    for a in holders:
                        for b in targets:
                            rel(a, b, "hostility", modality="planned")
            if low == "keep" and tok.pos_ == "VERB":
                if re.search(r"\b(in power|on (his|her|its|their) (shaky )?throne|in office|afloat)\b", sent[tok.i - sent.start:].text):
                    kept = [m for c in tok.children if c.dep_ in ("dobj", "nsubj") for m in self._actors_in((t.i for t in c.subtree if t.dep_ != "relcl"), tok_actor)]
                    subj, _p = self._subject_of(tok)
                    if subj is None and tok.head.pos_ in ("ADJ", "VERB", "AUX"):
                        subj, _p = self._subject_of(tok.head if tok.head.pos_ != "ADJ" else tok.head.head)
                    backers = self._actors_in(self._arg_tokens(subj), tok_actor) if subj is not None else []
                    if not backers and tok.dep_ in ("advcl", "xcomp", "acl"):
                        backers = self._light_verb_subject(tok.head, tok_actor) if tok.head.pos_ == "NOUN" else []
                    for a in backers:
                        for b in kept[:1]:
                            rel(a, b, "support")
        return out

    @staticmethod
    def _patron_relations(document: Document, mentions: Sequence[ActorMention], doc: "Doc") -> list[Relation]:
        out: list[Relation] = []
        for m in mentions:
            if m.actor.patron and m.actor.patron != m.actor.id:
                sent = next((s for s in doc.sents if s.start_char <= m.start < s.end_char), None)
                out.append(Relation(
                    id=_sha(document.id, "rel", m.sentence, m.actor.patron, m.actor.id, "support"),
                    doc_id=document.id, sentence=m.sentence, a=m.actor.patron, b=m.actor.id,
                    kind="support", evidence=sent.text if sent is not None else m.text,
                    span=Span(sent.start_char, sent.end_char) if sent is not None else Span(m.start, m.end)))
        return out

    # ------------------------------------------------------------------------------------------
    # final assembly
    def _finish(self, document: Document, doc: "Doc", drafts: list[_Draft],
                place_mentions: Sequence[PlaceMention], anchor: date | None) -> list[Event]:
        events: list[Event] = []
        tok_place = self._index_mentions(doc, place_mentions)
        numbers_used: set[int] = set()
        attack_numbers: dict[int, Numbers] = {}
        attack_of: list[int | None] = []  # per event: its attack (``_Draft.attack``)
        n_sents = len(list(doc.sents))
        short = n_sents <= self.partial_max_sentences
        # the learned recipient chooser serves documents as short as those it was trained on
        choose_targets = self.target_model is not None and n_sents <= (
            getattr(self.target_model, "max_sentences", 0) or n_sents)
        author = self._statement_author(doc)
        narrative: tuple[int, timex.TimeExpression] | None = None
        for d in drafts:
            partial = False
            if self._idiom(d.trigger):
                continue
            if d.type == "ASSAULT" and not d.nominal and d.trigger.lemma_.lower() in VERBAL_ATTACK_VERBS and any(
                    c.dep_ == "dobj" and c.lemma_.lower() in VERBAL_ATTACK_OBJECTS for c in d.trigger.children):
                d.type, d.mode, d.context = "ACCUSE", None, ()  # "attacked the government's record"
            if d.nominal and d.modality == "hypothetical" and not short:
                continue  # "the threat they pose", "a battle to take back X": talk of events, not events
            if not short and any(o is not d and o.sentence == d.sentence and o.type in SPEECH_ACTS and o.sources
                                 and o.intended is None and _in_content(d.trigger, o.trigger) for o in drafts):
                continue  # what is demanded, threatened, refused or promised has not happened
            if d.type == "REQUEST" and any(o.type == "PROTEST" and o.sentence == d.sentence
                                           and o.trigger in d.trigger.ancestors for o in drafts):
                continue  # "demonstrated to demand reforms": the demand is the protest's aim
            if not d.sources:
                # PLOVER codes events with a named source; a short text keeps a partial reading
                if not (short and (d.targets or d.type == "PROTEST")):
                    continue
                partial = True
            targetless = not d.targets and (d.type not in NO_RECIPIENT_OK or not short) and d.type != "MOBILIZE"
            if targetless and d.territory_kind and self._territory_places(d, tok_place, place_mentions, look_back=False):
                targetless = False  # "X seized the town": the place is what is acted upon
            if targetless and not self._person_object(d.trigger) and not short:
                continue  # PLOVER needs a recipient here; with nobody acted upon it is most often a misreading
            conf = d.weight + (0.15 if d.sources else 0) + (0.1 if d.targets else 0)
            if any(o is not d and o.sentence == d.sentence and o.trigger in d.trigger.ancestors for o in drafts):
                conf -= 0.25  # an event inside another one's clause ("demanded that X attack")
            if partial:
                conf -= 0.2
            if self._background(d.trigger):
                conf -= 0.15  # "imposed a curfew after protests": the protests are the setting
            conf -= 0.15 * d.borrowed + (0.05 if d.nominal else 0)
            if d.modality in ("hypothetical", "denied"):
                conf -= 0.15
            if not d.targets and d.type not in NO_RECIPIENT_OK:
                conf -= 0.2
            conf = round(max(0.05, min(0.95, conf)), 3)
            if conf < self.min_confidence:
                continue
            sent = d.sent
            # place
            # a place word that names one of the event's parties ("Iran and Hezbollah fight"), or
            # sits inside a longer actor name ("US" in "US-led coalition"), is not where it happened
            sites = [p for p in place_mentions if not self._inside_actor(p, d)
                     and not any(p.start < a.end and a.start < p.end for a in d.sources + d.targets)]
            place: PlaceMention | None = None
            if self.geoparser is not None:
                try:
                    pick = getattr(self.geoparser, "event_site", None) or self.geoparser.event_place
                    place = pick(doc, d.trigger.i, sites)
                except (AttributeError, TypeError):
                    place = None
            if place is None:
                cands = [p for p in self._draft_places(d, tok_place) if p in sites]
                if not cands:
                    in_sent = [p for p in sites if sent.start_char <= p.start < sent.end_char]
                    in_sent.sort(key=lambda p: abs(p.start - d.trigger.idx))
                    cands = in_sent[:1]
                if not cands and d.territory_kind:
                    # a town changing hands that the sentence does not name is the one just named
                    # ("Kobani ... was under siege. ... drove out the group")
                    cands = self._territory_places(d, tok_place, sites)
                place = cands[0] if cands else None
            # modality refinement by date, and dates
            future = d.modality in ("forecast", "planned")
            texs = timex.find_time_expressions(sent.text, anchor, future=future)
            tex = self._nearest_timex(d, texs, sent)
            modality = d.modality
            date_start = date_end = date_text = None
            if tex is not None:
                date_start, date_end = tex.iso()
                date_text = tex.text
                if anchor is not None and modality == "asserted" and tex.date_end < anchor - timedelta(days=365):
                    modality = "historical"
                if modality in ("asserted", "ongoing") and tex.granularity in ("day", "range", "week"):
                    narrative = (d.sentence, tex)
            elif (narrative is not None and modality in ("asserted", "ongoing")
                  and d.sentence - narrative[0] <= NARRATIVE_SENTENCES
                  and (anchor is None or narrative[1].date_end <= anchor)):
                # an undated report continuing a dated one ("On Nov. 1, forces attacked ... Near X,
                # one strike destroyed ...") shares its date; a run of such reports carries it on
                date_start, date_end = narrative[1].iso()
                narrative = (d.sentence, narrative[1])
            else:
                window = timex.default_window(anchor, modality)
                if window is not None:
                    date_start, date_end = window[0].isoformat(), window[1].isoformat()
            context = tuple(dict.fromkeys(d.context + ((plover.MODALITY_CONTEXT[modality],)
                                                      if modality in plover.MODALITY_CONTEXT else ())))
            # numbers: once per sentence, on its first conflict event
            numbers: Numbers | None = None
            if d.type in ("ASSAULT", "COERCE") and d.sentence not in numbers_used:
                victims = d.targets[0].actor.id if d.targets else None
                numbers = quantities.casualty_numbers(sent.text, victims=victims)
                if numbers is not None:
                    numbers_used.add(d.sentence)
                    if d.attack is not None:
                        attack_numbers.setdefault(d.attack, numbers)
            # the parties proper first: territory passes to a named party, not a describer
            # news outlets report events; they are sources of the story, not parties to it
            d.sources = [m for m in _drop_unplaced(_drop_embedded(_drop_modifiers(d.sources, doc), doc))
                         if m.actor.kind != "media"]
            d.targets = [m for m in _drop_unplaced(_drop_embedded(_drop_modifiers(d.targets, doc), doc))
                         if m.actor.kind != "media"]
            territory = None
            if d.territory_kind and modality in ("asserted", "ongoing", "historical"):
                # only a reported change moves territory; a forecast or hypothetical one does not
                tplaces = self._territory_places(d, tok_place, place_mentions)
                tplace = tplaces[0] if tplaces else place
                src = d.sources[0].actor.id if d.sources else None
                tgt = d.targets[0].actor.id if d.targets else None
                if d.territory_kind == "withdraw":
                    territory = {"place": tplace.text if tplace else None, "from": src, "to": None}
                else:
                    territory = {"place": tplace.text if tplace else None,
                                 "from": tgt if d.territory_kind == "expel" or tgt else None, "to": src}
                if territory["place"] is None:
                    territory = None
            if d.domestic:
                pass  # the actor's own state, put there on purpose (``_own_state``)
            elif d.type in ("AGREE", "CONSULT", "COOPERATE"):
                src_countries = {m.actor.country or m.actor.id for m in d.sources}
                others = [m for m in d.targets if (m.actor.country or m.actor.id) not in src_countries]
                if others or len({m.actor.id for m in d.sources}) == 1:
                    # "Syria agreed with Lebanon": Syria is no recipient; one party alone
                    # "agreed" has none (its echo among the targets is dropped)
                    d.targets = others
            else:
                # an actor does not act upon itself here: "X (targets X)" is a parsing echo
                src_ids = {m.actor.id for m in d.sources}
                d.targets = [m for m in d.targets if m.actor.id not in src_ids]
                if d.sources and all(m.actor.kind in ("state", "state-sector", "igo") for m in d.sources):
                    # a state acting on a foreign party: its own mentions among the recipients
                    # ("offered its troops to Y", "Israeli forces in Y") are its means, not a recipient
                    own = {m.actor.country for m in d.sources if m.actor.country}
                    foreign = [m for m in d.targets if m.actor.country and m.actor.country not in own]
                    if foreign:
                        d.targets = [m for m in d.targets if m.actor.country not in own]
            if choose_targets and not d.domestic:
                ruled = d.targets
                d.targets = self._model_targets(d, doc)
                if d.targets != ruled and not self._relevant(d, doc):
                    d.targets = ruled  # the chooser re-picks recipients; it does not drop the event
            if not self._relevant(d, doc):
                continue  # a company, club, artist or private person alone: not a political event
            cameo = plover.cameo_root_for(d.type, d.mode)
            if d.type == "REQUEST" and d.trigger.lemma_.lower() in APPEAL_LEMMAS:
                cameo = "02"
                if any(p.lemma_.lower() in HOSTILE_MEASURES and any(
                        g.dep_ == "prep" and g.lower_ == "against" for g in p.children)
                       for c in d.trigger.children if c.dep_ == "prep" and c.lower_ == "for"
                       for p in c.children if p.dep_ == "pobj"):
                    cameo = "10"  # "called for sanctions against X": a demand aimed at X (CAMEO 10)
            trig = d.trigger
            attack_of.append(d.attack if d.type in ("ASSAULT", "COERCE") else None)
            events.append(Event(
                id=_sha(document.id, sent.start_char, sent.end_char, d.type, trig.idx),
                doc_id=document.id, sentence=d.sentence, type=d.type,
                sources=tuple(d.sources), targets=tuple(d.targets), mode=d.mode, context=context,
                cameo=cameo, quad_class=plover.quad_class_for_cameo(cameo), modality=modality,
                attribution=d.attribution or author, place=place, date_start=date_start, date_end=date_end,
                date_text=date_text, numbers=numbers, territory=territory, confidence=conf,
                evidence=sent.text, span=Span(sent.start_char, sent.end_char), trigger=trig.text))
        if attack_numbers:
            # every report of one attack carries the casualties one of them gives
            events = [e.replace(numbers=attack_numbers[a]) if e.numbers is None and a in attack_numbers else e
                      for e, a in zip(events, attack_of)]
        return _dedupe_events(events)

    def _target_candidates(self, d: _Draft) -> list[ActorMention]:
        """The mentions the learned chooser weighs: the rules' targets, then the other actor
        mentions of the event's sentence (news outlets excluded)."""
        cands = list(d.targets)
        seen = {(m.start, m.end) for m in cands}
        for m in self._all_actors:
            if (m.sentence == d.sentence and m.actor.kind != "media" and (m.start, m.end) not in seen
                    and d.sent.start_char <= m.start < d.sent.end_char):
                cands.append(m)
                seen.add((m.start, m.end))
        return cands

    def _model_targets(self, d: _Draft, doc: "Doc") -> list[ActorMention]:
        """The recipients the learned chooser keeps or picks among :meth:`_target_candidates`."""
        cands = self._target_candidates(d)
        if not cands:
            return d.targets
        xs = target_features(d.trigger, d.sent, d.type, d.nominal, d.sources, d.targets, cands)
        return list(self.target_model.choose(d.targets, list(zip(cands, xs))))

    # ------------------------------------------------------------------------------------------
    # relevance: does the event involve a political actor, in the right role?
    def _relevant(self, d: _Draft, doc: "Doc") -> bool:
        """An event needs a political party (``political_actor``) among its sources or targets;
        for lemmas with a common non-political sense (``SOURCE_MUST_BE_POLITICAL``: offer, deal,
        meet, visit, sue, hit ...) among its sources. A country that only describes another noun
        ("an Indian firm", "US tabloid magazines") is not a party. Protests are political by nature."""
        if d.type in INHERENTLY_POLITICAL or (d.type, d.mode) in POLITICAL_MODES or (
                d.type == "REJECT" and d.intended in INHERENTLY_POLITICAL):  # "will not end the strike"
            return True
        political_sources = any(self._political_mention(m, d, doc) for m in d.sources)
        if political_sources:
            return True
        if d.sources and _lemmas(d.trigger) & SOURCE_MUST_BE_POLITICAL:
            return False  # "Telewest is to offer ...": a non-political actor in the acting role
        if not d.sources:
            # a partial event (kept in one-sentence texts only): a recipient of a known country
            # stands for that country, as the place of an act does (CAMEO's metonymy)
            return any(self._political_mention(m, d, doc) or m.actor.country for m in d.targets)
        return any(self._political_mention(m, d, doc) for m in d.targets)

    def _political_mention(self, m: ActorMention, d: _Draft, doc: "Doc") -> bool:
        """Whether a mention makes the event political. A state that only describes a noun of
        business, entertainment or sport ("an Indian firm", "Italy's TIM") does not; a person or
        named group the resolver could not place does when its title or apposition names a public
        office or political body ("former dictator <name>", "<name>, the Secretary of State",
        "the <name> party"); civilians with a country count for violence by or against them."""
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        actor = m.actor
        if actor.kind == "state" and span is not None:
            root = span.root
            if root.dep_ in ("amod", "compound", "nmod", "poss") and root.head.i != d.trigger.i:
                head = root.head
                if head.lower_ in NON_POLITICAL_HEADS or head.lemma_.lower() in NON_POLITICAL_HEADS or any(
                        not political_actor(o.actor) and o is not m for o in self._tok_actor.get(head.i, ())):
                    return False  # "an Indian firm", "US tabloid magazines", "Italy's TIM"
        if political_actor(actor):
            return True
        if actor.kind == "person" and actor.affiliation:
            patron = next((o.actor for o in self._all_actors if o.actor.id == actor.affiliation), None)
            if actor.affiliation == actor.country or (patron is not None and political_actor(patron)):
                return True  # "Nigerian junior foreign minister <name>": affiliated to a state
        if actor.sector == "CVL" and actor.country and d.type in ("ASSAULT", "COERCE"):
            return True  # "28 people have been killed in riots", "prisoners rioted, setting fire"
        if actor.kind in ("person", "group", "other") and span is not None and not actor.affiliation:
            return bool(_title_words(span) & POLITICAL_WORDS)
        return False

    @staticmethod
    def _idiom(tok: "Token") -> bool:
        """"meet demand", "met with scathing reviews", "hit the headlines", "strike a deal",
        "beat X to the title": a trigger in an idiom that is no event."""
        lemma = tok.lemma_.lower()
        objs = IDIOM_OBJECTS.get(lemma)
        if lemma == "ask" and any(
                (c.dep_ in ("ccomp", "advcl") and any(g.dep_ == "mark" and g.lower_ in ("whether", "if") for g in c.children))
                or (c.dep_ == "prep" and c.lower_ == "about") for c in tok.children):
            return True  # "asked whether ...", "asked about ...": a question, not a request
        if lemma in ("beat", "defeat", "pip", "edge") and any(
                c.dep_ == "prep" and c.lower_ == "to" and not any(
                    g.lower_ in ("death", "pulp", "unconsciousness") for g in c.children) for c in tok.children):
            return True  # "beat X to the award": a competition (not "beaten to death")
        if not objs:
            return False
        for c in tok.children:
            if c.dep_ in ("dobj", "nsubjpass", "attr"):
                heads = [c]
            elif c.dep_ == "prep" and c.lower_ in ("with", "to"):
                heads = [g for g in c.children if g.dep_ == "pobj"]
            else:
                continue
            if any(h.lower_ in objs for h in heads):
                return True
        if tok.dep_ in ("compound", "amod") and tok.head.lemma_.lower() in ("song", "single", "record", "album", "film", "show", "series", "movie", "track"):
            return True  # "the country hit <song>", "hit single"
        return False

    @staticmethod
    def _background(tok: "Token") -> bool:
        """A trigger inside a time or circumstance phrase of another clause ("after violent
        protests", "following the attack", "as street battles raged", "amid clashes")."""
        t = tok
        for _ in range(8):
            if t.dep_ == "prep" and t.lower_ in BACKGROUND_WORDS and t is not tok:
                return True
            if t.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in BACKGROUND_WORDS
                                         for c in t.children):
                return True
            if t.head is t or t.dep_ in ("ccomp", "xcomp", "relcl"):
                return False
            t = t.head
        return False

    @staticmethod
    def _nearest_timex(d: _Draft, texs: list[timex.TimeExpression], sent: "SpacySpan"
                       ) -> timex.TimeExpression | None:
        if not texs:
            return None
        clause = {t.i for t in d.trigger.subtree}
        v = d.trigger
        if d.nominal and v.head.pos_ in ("VERB", "AUX"):
            clause |= {t.i for t in v.head.subtree}
        # a relative clause on a participant dates that clause, not the event ("X, who took the
        # capital three years ago, blamed Y")
        above = {a.i for a in v.ancestors} | {v.i}
        embedded = {t.i for x in sent if x.dep_ in ("relcl", "acl") and x.i not in above
                    and x.pos_ in ("VERB", "AUX") for t in x.subtree}
        off = sent.start_char
        inside = []
        outside = []
        for tx in texs:
            span = sent.doc.char_span(off + tx.start, off + tx.end, alignment_mode="expand")
            if span is not None and all(t.i in embedded for t in span):
                continue
            outside.append(tx)
            if span is not None and any(t.i in clause for t in span):
                inside.append(tx)
        pool = inside or outside
        if not pool:
            return None
        return min(pool, key=lambda tx: abs(off + tx.start - d.trigger.idx))


BLAST_NOUNS = {"explosion", "blast", "detonation"}
#: Sentence cues of heavy weapons for a violent act with no means of its own ("rounds" is not one).
HEAVY_CUES = (HEAVY_AMMO - {"round", "rounds"}) | {"shelling", "howitzer", "howitzers"}


def _names_device(heads: Iterable["Token"]) -> bool:
    """Whether one of these noun phrases names an explosive device ("two grenades", "an IED",
    "a landmine", "explosive devices", "a suicide vest")."""
    return any(t.lower_ in EXPLOSIVE_DEVICES or t.lower_ in SUICIDE_WORDS or (t.lower_ == "mine" and any(
        c.lower_ == "land" for c in t.children)) for h in heads for t in h.subtree)


def _aerial_cue_of(cue: "Token", trigger: "Token") -> bool:
    """``cue`` names aircraft that carry out ``trigger``'s act: an aerial word of the sentence that is
    not another strike of its own ("took the capital ..., blamed X for the airstrike": the capture
    is no air attack)."""
    if cue.lower_ not in AERIAL_CUES:
        return False
    if cue is trigger or trigger in cue.ancestors or cue in trigger.subtree:
        return True
    strikes = {"airstrike", "strike", "raid", "attack", "bombing", "bombardment", "sortie"}
    return not (cue.lemma_.lower() in strikes or cue.lower_.rstrip("s") in strikes
                or (cue.dep_ in ("compound", "amod", "nmod") and cue.head.lemma_.lower() in strikes))


def _sentence_weapon(tok: "Token", *, strong: bool) -> str | None:
    """The PLOVER mode a violent act's sentence names. ``strong``: suicide attacks and chemical weapons,
    which define the attack wherever they are named; else explosive devices and heavy weapons, for an act
    with no means of its own ("three were injured when a grenade exploded")."""
    sent = tok.sent
    words = [t for t in sent if t.pos_ in ("NOUN", "ADJ", "PROPN", "VERB")]
    if strong:
        if any(t.lower_ in SUICIDE_WORDS and t.head.lemma_.lower() in
               {"bomber", "bombing", "attack", "attacker", "blast", "explosion", "bomb", "vest", "car", "truck",
                "mission", "squad", "strike", "operation", "assault"} | {t.lower_} for t in words):
            return "suicide-attack"
        cbrn_heads = {"gas", "gases", "weapon", "attack", "agent", "bomb", "shell", "munition", "substance", "strike",
                      "projectile", "rocket", "missile", "canister", "cylinder", "barrel", "container"}
        if any(t.lower_ in CBRN_WORDS and (t.head.lemma_.lower() in cbrn_heads
                                           or (t.i + 1 < len(t.doc) and t.nbor(1).lemma_.lower() in cbrn_heads)
                                           or t.lower_ in {"chlorine", "sarin", "vx", "anthrax"})
               for t in words):
            return "cbrn"
        return None
    if any(t.lower_ in EXPLOSIVE_DEVICES and t.pos_ == "NOUN" for t in words):
        return "explosives"
    if any(t.lower_ in HEAVY_CUES and t.pos_ == "NOUN" for t in words):
        return "heavy-weapons"
    return None


def _lemmas(tok: "Token") -> set[str]:
    """The token's lemma plus repairs for mis-lemmatised past forms ("staged" → "stag")."""
    out = {tok.lemma_.lower()}
    low = tok.lower_
    if tok.tag_ in ("VBD", "VBN") and low.endswith("ed"):
        out |= {low[:-1], low[:-2]}
    return out


def _reported(verb: "Token") -> bool:
    """The clause is the complement of a reporting verb ("X said it would ...")."""
    t = verb
    while t.dep_ == "conj" and t.head is not t:
        t = t.head
    return t.dep_ == "ccomp" and t.head.lemma_.lower() in REPORT_VERBS and not any(
        c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children)


def _own_possession(m: ActorMention, sent: "SpacySpan") -> bool:
    """Is the mention a group the actor owns, "its forces", "their citizens" (a possessive
    pronoun of the third person on the mention's head noun)?"""
    toks = [t for t in sent if m.start <= t.idx < m.end]
    if not toks:
        return False
    head = next((t for t in toks if t.head not in toks or t.head is t), toks[-1])
    return any(c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES for c in head.children)


def _in_content(tok: "Token", speech: "Token") -> bool:
    """Is ``tok`` inside what the speech act ``speech`` demands, threatens or refuses? Not when
    the way up passes an adverbial clause: "Although X made a complaint ..., Y is standing firm"
    reports the complaint (a purpose clause, "urged X to work together to help Y", stays inside)."""
    t = tok
    while t.i != speech.i:
        if t.head.i == t.i or (t.dep_ == "advcl" and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)):
            return False
        t = t.head
    return True


def nominal_in_charge(tok: "Token") -> bool:
    """A crime noun inside a legal charge ("one count of murder") is not an event."""
    if tok.pos_ != "NOUN" or tok.dep_ not in ("pobj", "conj"):
        return False
    t = tok
    while t.dep_ == "conj" and t.head is not t:
        t = t.head
    return t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in LEGAL_HEADS


_PREP_START = re.compile(r"^(near|in|at(?!\s+(?:least|most)\b)|from|on|outside|inside|around|of)\s", re.I)
RECIPIENT_NOUNS = set(quantities.PERSON_NOUNS) | {
    "hostage", "hostages", "journalist", "journalists", "civilian", "prisoner", "detainee",
    "detainees", "migrant", "migrants", "refugee", "refugees", "villager", "worker", "official",
    "officials", "soldier", "fighter", "man", "woman", "child", "boy", "girl", "person", "leader",
    "activist", "activists", "member", "student", "farmer", "policeman", "officer", "victim",
    "victims", "protester", "demonstrator", "seekers", "seeker", "population", "tourists"}


def _norm(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", s.lower()).strip()


def _iso3(iso2: str | None) -> str | None:
    """ISO 3166-1 alpha-3 for an alpha-2 code (pycountry), None when unknown."""
    if not iso2:
        return None
    import pycountry
    c = pycountry.countries.get(alpha_2=iso2.upper())
    return c.alpha_3 if c is not None else ("XKX" if iso2.upper() == "XK" else None)


def _country_name(iso3: str) -> str:
    import pycountry
    c = pycountry.countries.get(alpha_3=iso3)
    return c.name if c is not None else iso3


MODIFIER_DEPS = {"amod", "compound", "nmod", "npadvmod", "appos", "poss"}
REPRESENTED = ("state", "state-sector", "igo", "ngo", "armed-group", "group")


#: What two coordinated parties do with each other ("X and Y signed an agreement", "... failed to
#: reach a deal", "... are upgrading ties", "... violated the ceasefire").
RECIPROCAL_NOUNS = {"agreement", "deal", "accord", "treaty", "pact", "memorandum", "ceasefire", "cease-fire",
                    "truce", "armistice", "talks", "negotiations", "ties", "relations", "partnership",
                    "protocol", "understanding", "alliance", "compromise", "consensus"}
RECIPROCAL_VERBS = {"agree", "meet", "negotiate", "sign", "conclude", "reach", "violate", "breach",
                    "upgrade", "restore", "normalize", "normalise", "establish", "exchange", "hold"}
#: A third party's work between two sides ("a mediation effort between X and Y").
MEDIATION_NOUNS = {"mediation", "arbitration", "facilitation"}


def _reciprocal(d: "_Draft", trigger: "Token") -> bool:
    """Whether an event with no recipient is done by coordinated parties with each other: its
    sources are two or more distinct actors joined by "and" and the act is an agreement, a
    meeting or a relation ("X and Y signed an agreement", "X and Y failed to reach a deal").
    CAMEO codes such an event both ways; the sources are then the targets too."""
    if len({m.actor.id for m in d.sources}) < 2:
        return False
    doc = trigger.doc

    def coordinated(m: ActorMention) -> bool:
        """The mention is, or is inside, a conjunct of its clause's subject ("President of X and
        Prime Minister of Y")."""
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        t = span.root if span is not None else None
        for _ in range(6):
            if t is None or t.dep_ in ("nsubj", "nsubjpass", "ROOT") or t.head is t:
                return False
            if t.dep_ == "conj":
                return True
            t = t.head
        return False

    if not any(coordinated(m) for m in d.sources):
        return False
    if d.type in ("AGREE", "CONSULT", "COOPERATE"):
        return True
    lemma = trigger.lemma_.lower()
    if d.nominal:  # (a ceasefire announced by two parties may be one they broker for others)
        nouns = RECIPROCAL_NOUNS - {"ceasefire", "cease-fire", "truce", "armistice"}
        return bool({lemma, trigger.lower_} & nouns)
    if lemma not in RECIPROCAL_VERBS:
        return False
    return any(c.dep_ == "dobj" and (c.lemma_.lower() in RECIPROCAL_NOUNS or any(
        g.dep_ == "compound" and g.lemma_.lower() in RECIPROCAL_NOUNS for g in c.children))
        for c in trigger.children)


#: Verbs that move an actor's own forces: their object is the means, the place or party they go to
#: or leave is the recipient ("offered to send troops to X", "withdrew peacekeepers from X").
FORCE_VERBS = {"send", "deploy", "dispatch", "withdraw", "pull", "contribute", "station", "redeploy",
               "commit", "move", "evacuate", "mobilize", "mobilise", "mass", "amass", "muster"}


def _without_sent_forces(mentions: list[ActorMention], verb: "Token", *, alone: bool = False
                         ) -> list[ActorMention]:
    """The recipients of a verb that moves forces without the unnamed forces it moves ("troops",
    "peacekeepers": a common noun whose country was only guessed from the sentence), when another
    recipient is named; with ``alone`` (a mobilisation) also when none is."""
    if verb.lemma_.lower() not in FORCE_VERBS or len(mentions) < (1 if alone else 2):
        return mentions
    doc = verb.doc
    moved = {t.i for c in verb.children if c.dep_ == "dobj" for t in c.subtree}

    def sent(m: ActorMention) -> bool:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        return (span is not None and span.root.i in moved and m.how in ("context", "coreference")
                and m.actor.sector in ("MIL", "COP"))

    kept = [m for m in mentions if not sent(m)]
    return kept if kept or alone else mentions


def _without_venues(tokens: set[int], doc: "Doc", tok_actor: dict[int, list[ActorMention]]) -> set[int]:
    """An argument's tokens without the place a named party in it is located at ("Putin at the
    Kremlin", "Kenyatta at State House, Nairobi", "war victims in Syria"): the party is acted upon,
    the place is where. A place that locates a thing ("a base in X", "the UN force in X") stays:
    acting on it is acting on that place's country."""
    venue = {x.i for i in tokens for t in (doc[i],) if t.dep_ == "prep" and t.lower_ in LOCATIVE_PREPS
             and t.head.i in tokens and t.head.i in tok_actor for x in t.subtree}
    if not venue:
        return tokens
    rest = tokens - venue
    return rest if any(i in tok_actor for i in rest) else tokens


def _drop_modifiers(mentions: list[ActorMention], doc: "Doc") -> list[ActorMention]:
    """One actor per described party in an argument.

    A mention that only describes another one ("NATO-member Norway", "Pakistan, a key US ally",
    "pro-Iranian Hezbollah", "bin Laden's al-Qaeda") is dropped when the described one names a
    country or organisation; when the described one is a person the dictionary does not place
    ("Ruritania's new president <name>", "<name>, the Alliance coordinator", "King <name> of
    Ruritania"), the person keeps the descriptor as affiliation and country, and the descriptor
    is dropped.
    """
    if len(mentions) < 2:
        return mentions
    cover: dict[int, int] = {}
    roots: dict[int, Any] = {}
    for k, m in enumerate(mentions):
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        roots[k] = span.root
        for t in span:
            cover.setdefault(t.i, k)

    def climb(k: int) -> tuple[int | None, Any]:
        """(the other mention this one describes, the head of its noun phrase)."""
        r = roots.get(k)
        if r is None:
            return None, None
        h = r
        for _ in range(5):
            if h.dep_ in MODIFIER_DEPS:
                h = h.head
            elif h.dep_ == "pobj" and h.head.lower_ == "of" and h.head.dep_ == "prep":
                h = h.head.head  # "King X of Ruritania"
            else:
                return None, h
            owner = cover.get(h.i)
            if owner is not None and owner != k:
                return owner, h
        return None, h

    climbed = {k: climb(k) for k in range(len(mentions))}
    drop: set[int] = set()
    replaced: dict[int, ActorMention] = {}
    for k, m in enumerate(mentions):
        o, head = climbed[k]
        if o is None and head is not None and head.i not in cover:
            # "Ruritania's new president, <name>": both describe the same unnamed head noun
            o = next((j for j, (_, h2) in climbed.items() if j != k and h2 is not None and h2.i == head.i
                      and mentions[j].actor.kind == "person" and not mentions[j].actor.country), None)
        if o is None or mentions[o].actor.id == m.actor.id:
            continue
        other = mentions[o]
        foreign = bool(m.actor.country) and m.actor.country != other.actor.country and m.actor.kind != "person"
        if foreign and other.how == "context":
            # "French and Egyptian warships", "UN peacekeepers": the noun's country was guessed from
            # a neighbour; the parties that describe it are the ones it stands for
            drop.add(o)
        elif foreign and m.actor.kind == "state" and roots.get(k) is not None and any(
                c.dep_ == "conj" for c in roots[k].children):
            continue  # "US and British forces", "Hungarian and Romanian officials": both parties
        elif other.actor.country:
            drop.add(k)
        elif (other.actor.kind == "person" and m.actor.country and m.actor.kind in REPRESENTED
              and o not in replaced):
            actor = other.actor.replace(country=m.actor.country,
                                        affiliation=other.actor.affiliation or m.actor.id)
            replaced[o] = other.replace(actor=actor)
            drop.add(k)
    return [replaced.get(k, m) for k, m in enumerate(mentions) if k not in drop]


def _as_context(m: ActorMention) -> ActorMention:
    """A mention borrowed from elsewhere in the document (kept as is, marked as context)."""
    return m.replace(how="coreference", confidence=round(m.confidence * 0.8, 3))


def political_actor(actor: Actor) -> bool:
    """Whether an actor makes an event political: a state, state body, armed group, IGO, NGO or
    coalition; a person or named group with a political sector or affiliation, or whose role or
    name has a word of public office or of a political body ("Senator", "Party", "Ministry").
    Companies, clubs, media, artists and persons with no political role do not."""
    if actor.kind == "media":
        return False
    if actor.kind in POLITICAL_KINDS or actor.sector in POLITICAL_SECTORS:
        return True
    if actor.country in ("IGO", "IMG", "NGO"):
        return True
    words = set(re.findall(r"[a-z][a-z-]*", f"{actor.role or ''} {actor.name if actor.kind != 'person' else ''}".lower()))
    if actor.kind == "person":
        if actor.affiliation and actor.sector and actor.sector not in ("BUS", "MED", "CVL"):
            return True  # a dictionary leader of an IGO or bloc (sector UNO, EEC ...)
        # affiliated to a company, club or outlet ("Sprint's vice president"): not political
        return not actor.affiliation and bool(words & POLITICAL_WORDS)
    if actor.kind in ("group", "other", "agent") and actor.sector not in ("CVL", "MED", "BUS"):
        return bool(words & POLITICAL_WORDS)
    return False


def _drop_unplaced(mentions: list[ActorMention]) -> list[ActorMention]:
    """In an argument that names placed parties (a state, a body of one, an IGO), a named person or
    group of no known country is a companion or a description ("Kenzo Oshima, the UN Emergency
    Relief Coordinator" beside the UN; a union beside its country), not a separate party."""
    placed = [m for m in mentions if m.actor.country]
    if not placed or len(placed) == len(mentions):
        return mentions
    return placed


def _drop_embedded(mentions: list[ActorMention], doc: "Doc") -> list[ActorMention]:
    """Keep the parties an argument names, not those named inside their description: in "the
    US-led war against Iraq" or "the Red Cross operating in Iraq", the first party's phrase
    holds the others in a prepositional phrase or clause; coordinated parties ("Cuba, Iran and
    Libya") stay."""
    if len(mentions) < 2:
        return mentions
    roots = []
    for m in mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        roots.append(span.root if span is not None else None)
    keep = []
    for m, r in zip(mentions, roots):
        embedded = False
        if r is not None:
            for other, o in zip(mentions, roots):
                if o is None or other is m or o.i == r.i or other.actor.id == m.actor.id:
                    continue
                if o.dep_ in ("compound", "poss", "amod", "nmod") and o.head.i != r.i:
                    o = o.head  # "the Alliance operation against X": the phrase the party heads
                path, t = [], r
                while t.head.i != t.i and t.i != o.i:
                    path.append(t.dep_)
                    t = t.head
                clause = any(dep in ("relcl", "acl", "advcl") for dep in path)
                if (not clause and other.how == "context" and m.actor.kind == "state"
                        and other.actor.country != m.actor.country):
                    # "deploy peacekeepers in Iraq": a common noun whose country was only guessed
                    # from the sentence does not hide a named state of another country
                    continue
                if t.i == o.i and (clause or ("prep" in path and "conj" not in path)):
                    # (parties coordinated inside a clause on another party are inside it too:
                    # "peacekeepers, who oversee a ceasefire between X and its neighbour, Y")
                    embedded = True
                    break
        if not embedded:
            keep.append(m)
    return keep or mentions


def _in_condition(trigger: "Token") -> bool:
    """The trigger is the condition of a threat, not the threat: "would close the strait if attacked"."""
    v = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    return any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in v.children)


def _denied_accusation(verb: "Token") -> "Token | None":
    """The accusation a verb denies: "denied charges that ...", "rejected accusations by X", "dismissed
    claims of ..." (the object noun), else None."""
    if verb.lemma_.lower() not in DENIAL_VERBS:
        return None
    territorial = any(p.dep_ == "prep" and p.lower_ in ("to", "over") and any(
        g.dep_ == "pobj" and (g.lemma_.lower() in TERRITORY_NOUNS | {"island", "sovereignty", "land", "sea", "waters"}
                              or g.ent_type_ in ("GPE", "LOC")) for g in p.children)
        for h in [verb, *verb.children] for p in h.children)
    return next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ in ACCUSATION_NOUNS and not (
        c.lemma_.lower() == "claim" and territorial)), None)  # "rejected X's claims to the islands": a rejection


def _expressed_stance(verb: "Token") -> "Token | None":
    """The stance a verb expresses: "expressed concern", "voiced hope", "offered condolences" (the
    object noun); "declined to comment on X" (the verb "comment", CAMEO 011); else None."""
    if verb.lemma_.lower() in ("decline", "refuse"):
        return next((c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() == "comment"
                     and any(p.dep_ == "prep" and p.lower_ in ("on", "about") for p in c.children)), None)
    if verb.lemma_.lower() not in EXPRESS_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ in EXPRESSED_STANCES), None)


def _noun_phrase(tok: "Token") -> list["Token"]:
    """A noun's own phrase: its subtree without prepositional phrases other than "of" ("the town
    of X", not "an in-depth look at X" or "$30m at cinemas outside X")."""
    out = [tok]
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ != "of":
            continue
        if c.dep_ in ("relcl", "acl"):
            continue
        out.extend(_noun_phrase(c))
    return out


def _title_words(span: "SpacySpan") -> set[str]:
    """Lower-case words of a name, its title and apposition: "Lt. Gen. <name>", "former dictator
    <name>", "<name>, the Secretary of State", "the <name> party"."""
    root = span.root
    toks = list(span)
    sent = span.sent
    k = span.start - 1
    while k >= sent.start and span.start - k <= 5 and _title_token(span.doc[k]):
        toks.append(span.doc[k])
        k -= 1
    if root.dep_ == "compound" and root.head.i >= span.end:
        toks.append(root.head)  # "the Umma party"
    if root.dep_ == "appos":
        toks.extend(t for t in root.head.subtree if abs(t.i - root.head.i) <= 6)
    for c in root.children:
        if c.dep_ == "appos":
            toks.extend(t for t in c.subtree if abs(t.i - c.i) <= 6)
    return {t.lower_.strip(".") for t in toks}


def _title_token(tok: "Token") -> bool:
    """A token that can belong to a title before a name ("Former Socialist prime minister")."""
    if tok.pos_ == "ADP":
        return tok.lower_ == "of"  # "Secretary of State <name>"
    return tok.pos_ in ("PROPN", "NOUN", "ADJ", "PUNCT") and tok.text in (".", "-") or tok.pos_ in ("PROPN", "NOUN", "ADJ")


def _dedupe_events(events: list[Event]) -> list[Event]:
    """One event per sentence, family and pair of sides: the most confident reading wins
    ("struck ... and destroyed ..." with the same actors; ASSAULT and COERCE count as one family)."""
    def key(e: Event) -> tuple[Any, ...]:
        family = "conflict" if e.type in ("ASSAULT", "COERCE") else e.type
        return (e.sentence, family, e.modality, frozenset(m.actor.id for m in e.sources),
                frozenset(m.actor.id for m in e.targets))

    groups: dict[tuple[Any, ...], list[Event]] = {}
    for e in events:
        groups.setdefault(key(e), []).append(e)
    out: list[Event] = []
    for e in events:
        group = groups[key(e)]
        top = max(group, key=lambda x: x.confidence)
        if e is not top:
            continue
        # keep what the dropped readings knew (casualty figures, territory, place, attribution)
        for field_name in ("numbers", "territory", "place", "attribution"):
            if getattr(top, field_name) is None:
                other = next((getattr(x, field_name) for x in group if getattr(x, field_name) is not None), None)
                if other is not None:
                    top = top.replace(**{field_name: other})
        out.append(top)
    return out


def _dedupe_relations(relations: list[Relation]) -> list[Relation]:
    seen: set[tuple[str, str, str, int]] = set()
    out = []
    for r in relations:
        key = (r.a, r.b, r.kind, r.sentence)
        if key in seen:
            continue
        seen.add(key)
        out.append(r)
    return out
