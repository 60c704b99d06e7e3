"""Who an event is done to, and of which country: the coder's choice of source and target mentions
(``_verbal_args``, ``_nominal_args``, ``_fallback_targets``, ``_place_target``, ``_drop_modifiers``,
``_drop_embedded``) on short invented sentences.

Actor mentions are built by hand with their countries and how they were resolved (the resolver is
tested in test_actors.py); sentences are parsed with the real spaCy pipeline (``nlp`` fixture).
"""
from __future__ import annotations

import re
from typing import Any

import pytest

from intelfile.coding import CodingResult, EventCoder
from intelfile.records import Actor, ActorMention, Document, Span

pytestmark = pytest.mark.slow  # the sentences are parsed with the real spaCy pipeline

# words in text → (actor id, kind, country, how); invented states Ruritania (RUR) and Vardonia (VAR)
ACTORS: dict[str, tuple[str, str, str | None, str]] = {
    "Ruritanian foreign minister": ("RUR_GOV", "state-sector", "RUR", "sector"),
    "Ruritanian rebels": ("RUR_REB", "armed-group", "RUR", "sector"),
    "Ruritanian police": ("RUR_COP", "state-sector", "RUR", "sector"),
    "Ruritanian government": ("RUR_GOV", "state-sector", "RUR", "sector"),
    "Ruritanian parliament": ("RUR_LEG", "state-sector", "RUR", "sector"),
    "Vardonian forces": ("VAR_MIL", "state-sector", "VAR", "sector"),
    "Vardonia's ambassador": ("PERSON_VAR_AMBASSADOR", "person", "VAR", "affiliation"),
    "President Orlov": ("PERSON_OROLOV", "person", "RUR", "dictionary"),
    "Vardonian journalist": ("VAR_MED", "state-sector", "VAR", "sector"),
    "its troops": ("RUR_MIL", "state-sector", "RUR", "coreference"),
    "peacekeepers": ("RUR_MIL", "state-sector", "RUR", "context"),
    "troops": ("VAR_MIL", "state-sector", "VAR", "context"),  # country guessed from where they go
    "warships": ("VAR_MIL", "state-sector", "VAR", "context"),
    "Ruritanian": ("RUR", "state", "RUR", "dictionary"),
    "Vardonian": ("VAR", "state", "VAR", "dictionary"),
    "Ruritania": ("RUR", "state", "RUR", "dictionary"),
    "Vardonia": ("VAR", "state", "VAR", "dictionary"),
    "Lotzia": ("LOT", "state", "LOT", "dictionary"),
    "Alliance": ("ALLIANCE", "igo", "IGO", "dictionary"),
}


def _mentions(text: str, doc: Any) -> list[ActorMention]:
    sents = list(doc.sents)

    def sent_of(i: int) -> int:
        return next(k for k, s in enumerate(sents) if s.start_char <= i < s.end_char)

    taken: list[tuple[int, int]] = []
    out: list[ActorMention] = []
    for words, (aid, kind, country, how) in sorted(ACTORS.items(), key=lambda kv: -len(kv[0])):
        for m in re.finditer(r"\b" + re.escape(words) + r"\b", text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            taken.append(m.span())
            sector = aid.split("_")[1] if aid.count("_") == 1 and kind != "state" else None
            actor = Actor(aid, aid.title(), kind=kind, country=country, sector=sector)
            out.append(ActorMention("t", sent_of(m.start()), m.start(), m.end(), words, actor, how=how))
    return sorted(out, key=lambda a: a.start)


@pytest.fixture(scope="module")
def code(nlp, settings):
    coder = EventCoder(settings=settings)

    def run(text: str) -> CodingResult:
        doc = nlp(text)
        document = Document(id="t", text=text, origin="test", published="2015-03-14",
                            sentences=tuple(Span(s.start_char, s.end_char) for s in doc.sents))
        return coder(document, doc, _mentions(text, doc), [])

    return run


def countries(mentions: Any) -> set[str | None]:
    return {m.actor.country for m in mentions}


def triggered(result: CodingResult, trigger: str) -> Any:
    found = [e for e in result.events if e.trigger == trigger]
    assert found, f"no event on {trigger!r} among {[(e.type, e.trigger) for e in result.events]}"
    return found[0]


def event(result: CodingResult, type_: str) -> Any:
    found = [e for e in result.events if e.type == type_]
    assert found, f"no {type_} among {[(e.type, e.trigger) for e in result.events]}"
    return found[0]


def test_the_country_a_withdrawal_leaves_is_its_recipient(code) -> None:
    e = event(code("Ruritania withdrew its troops from Vardonia on Monday."), "RETREAT")
    assert countries(e.sources) == {"RUR"}
    assert countries(e.targets) == {"VAR"}


def test_the_withdrawal_noun_names_its_recipient_too(code) -> None:
    e = event(code("Ruritania speeded up the withdrawal of its troops from Vardonia on Monday."), "RETREAT")
    assert countries(e.targets) == {"VAR"}


def test_an_agreement_with_a_party_of_the_same_country_keeps_its_recipient(code) -> None:
    # the domestic convention: rebels releasing their country's president act on that country
    e = event(code("The Ruritanian rebels said they will release President Orlov on the weekend."), "AGREE")
    assert [m.text for m in e.targets] == ["President Orlov"]


def test_a_guessed_noun_does_not_hide_a_named_foreign_state(code) -> None:
    # "peacekeepers" took Ruritania's country from the sentence: Vardonia is whom the refusal concerns
    e = event(code("Ruritania has refused to deploy peacekeepers in Vardonia."), "REJECT")
    assert countries(e.targets) == {"VAR"}


def test_coordinated_demonyms_are_both_parties(code) -> None:
    e = event(code("Ruritanian and Vardonian warships attacked the port of Lotz on Monday."), "ASSAULT")
    assert countries(e.sources) == {"RUR", "VAR"}
    assert "warships" not in {m.text for m in e.sources}  # its country was only a guess


def test_the_purpose_of_a_summons_is_addressed_to_whom_was_summoned(code) -> None:
    e = event(code("On Tuesday, the Ruritanian foreign minister summoned Vardonia's ambassador to complain "
                   "of inaction over the gangs."), "ACCUSE")
    assert countries(e.sources) == {"RUR"}
    assert countries(e.targets) == {"VAR"}


def test_an_investigation_into_crimes_accuses_their_perpetrators(code) -> None:
    e = event(code("Ruritanian police have launched an investigation into alleged crimes committed by "
                   "Vardonian forces."), "ACCUSE")
    assert countries(e.targets) == {"VAR"}


def test_an_arrest_without_an_agent_is_made_by_the_state_it_happens_in(code) -> None:
    e = event(code("A Vardonian journalist was arrested in Ruritania for spying."), "COERCE")
    assert countries(e.sources) == {"RUR"}
    assert countries(e.targets) == {"VAR"}


def test_parties_coordinated_inside_a_clause_on_the_recipient_are_no_recipients(code) -> None:
    e = event(code("Ruritania has agreed to open its borders to Alliance peacekeepers, who are deployed to "
                   "oversee a ceasefire between Vardonia and its neighbour, Lotzia."), "AGREE")
    assert countries(e.targets) == {"IGO"}


def test_coordinated_parties_signing_an_agreement_act_on_each_other(code) -> None:
    e = triggered(code("Ruritania and Vardonia signed an agreement on trade on Monday."), "signed")
    assert countries(e.sources) == {"RUR", "VAR"}
    assert countries(e.targets) == {"RUR", "VAR"}


def test_coordinated_parties_failing_to_agree_reject_each_other(code) -> None:
    e = event(code("Ruritania and Vardonia failed to reach agreement on the border."), "REJECT")
    assert countries(e.targets) == {"RUR", "VAR"}


def test_coordinated_attackers_are_not_their_own_targets(code) -> None:
    e = event(code("Ruritania and Vardonia attacked Lotzia on Monday."), "ASSAULT")
    assert countries(e.targets) == {"LOT"}


def test_the_venue_of_a_meeting_is_no_recipient(code) -> None:
    e = triggered(code("President Orlov met Vardonia's ambassador on Monday at the Alliance headquarters."), "met")
    assert countries(e.targets) == {"VAR"}


def test_the_venue_of_talks_is_no_recipient(code) -> None:
    e = triggered(code("Ruritania held talks with President Orlov of Vardonia at the Alliance headquarters "
                       "in Lotzia."), "talks")
    assert [m.text for m in e.targets] == ["President Orlov"]


def test_an_at_phrase_names_the_recipient_when_nobody_else_does(code) -> None:
    e = event(code("Vardonian forces fired at Ruritanian police on Monday."), "ASSAULT")
    assert countries(e.targets) == {"RUR"}


def test_the_forces_sent_are_the_means_and_their_destination_the_recipient(code) -> None:
    e = event(code("Ruritania has offered to send troops to Lotzia."), "AGREE")
    assert [m.text for m in e.targets] == ["Lotzia"]


def test_the_recipient_of_a_given_warning_is_its_indirect_object(code) -> None:
    e = event(code("Ruritania gave Vardonia a stern warning on Monday."), "THREATEN")
    assert countries(e.targets) == {"VAR"}


def test_a_mobilisation_is_against_the_party_it_prepares_for(code) -> None:
    # the troops mobilized are the actor's own, whatever country the resolver guessed for them
    e = event(code("Ruritania mobilized troops for an assault against Vardonia."), "MOBILIZE")
    assert [m.text for m in e.targets] == ["Vardonia"]


def test_a_party_inside_a_relative_clause_on_a_place_is_no_recipient(code) -> None:
    e = triggered(code("The Ruritanian foreign minister appealed for calm in the region, where Vardonian "
                       "forces are fighting."), "appealed")
    assert "Vardonian forces" not in {m.text for m in e.targets}


def test_a_mediator_acts_on_both_sides(code) -> None:
    e = event(code("Ruritania launched a mediation effort between Vardonia and Lotzia."), "CONSULT")
    assert countries(e.sources) == {"RUR"}
    assert countries(e.targets) == {"VAR", "LOT"}


def test_officials_of_coordinated_states_signing_act_on_each_other(code) -> None:
    e = triggered(code("The President of Ruritania and the Prime Minister of Vardonia signed an agreement "
                       "on trade."), "signed")
    assert countries(e.targets) == {"RUR", "VAR"}


def test_an_agreement_between_branches_of_one_state_is_domestic(code) -> None:
    e = event(code("The Ruritanian government has agreed with the Ruritanian parliament on the budget."), "AGREE")
    assert [m.text for m in e.targets] == ["Ruritanian parliament"]


def test_an_aerial_word_of_another_strike_gives_no_air_mode(code):
    # the capture is not an air attack because the sentence names an airstrike of its own
    result = code("Ruritanian rebels, who took control of Vardonia's capital three years ago, "
                  "blamed Vardonian forces for the airstrike.")
    assert triggered(result, "took").mode != "aerial"
    # aircraft that carry the strikes out do make them aerial
    result = code("Vardonian forces conducted ten strikes using fighter and attack aircraft against Ruritanian rebels.")
    assert triggered(result, "strikes").mode == "aerial"
