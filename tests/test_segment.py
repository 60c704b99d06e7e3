"""segment: paragraphs and sentences with offsets, abbreviations, quotes, decimals, initials."""
from __future__ import annotations

import pytest

from intelfile.records import Span
from intelfile.segment import split_paragraphs, split_sentences


def sents(text: str) -> list[str]:
    return [text[s.start:s.end] for s in split_sentences(text)]


def test_paragraphs_are_blank_line_separated_and_trimmed():
    text = "  First para line one.\nline two.\n\n\n Second para. \n\n\n"
    paras = split_paragraphs(text)
    assert [text[p.start:p.end] for p in paras] == ["First para line one.\nline two.", "Second para."]
    assert split_paragraphs("") == [] and split_paragraphs("\n\n \n") == []


@pytest.mark.parametrize("text,expected", [
    ("Gen. Martin Dempsey spoke. He left.", ["Gen. Martin Dempsey spoke.", "He left."]),
    ("Lt. Col. Smith arrived. Then he spoke.", ["Lt. Col. Smith arrived.", "Then he spoke."]),
    ("The U.S. Army and the U.N. mission met. Talks failed.",
     ["The U.S. Army and the U.N. mission met.", "Talks failed."]),
    ("Troops left the U.S. The next day they landed.", ["Troops left the U.S.", "The next day they landed."]),
    ("It happened on Jan. 5 in Tampa, Fla. The army said so.",
     ["It happened on Jan. 5 in Tampa, Fla.", "The army said so."]),
    ("Resolution No. 2254 passed. It was unanimous.", ["Resolution No. 2254 passed.", "It was unanimous."]),
    ("Growth was 2.5 percent. Prices rose.", ["Growth was 2.5 percent.", "Prices rose."]),
    ("Mark C. Toner briefed reporters. Questions followed.",
     ["Mark C. Toner briefed reporters.", "Questions followed."]),
    ("He said: “There is no doubt.” Officials agreed.", ["He said: “There is no doubt.”", "Officials agreed."]),
    ("“Why now?” he asked. Nobody replied.", ["“Why now?” he asked.", "Nobody replied."]),
    ("Is it over? Not yet! Fighting goes on.", ["Is it over?", "Not yet!", "Fighting goes on."]),
    ("The strike (at 2 p.m.) hit. Later, more came.", ["The strike (at 2 p.m.) hit.", "Later, more came."]),
    ("They met at 10 a.m. on Monday. It ended.", ["They met at 10 a.m. on Monday.", "It ended."]),
    ("Sears, Roebuck & Co.. The deal closed.", ["Sears, Roebuck & Co..", "The deal closed."]),
    ("The count was 2,000 to 3,000. Many fled.", ["The count was 2,000 to 3,000.", "Many fled."]),
    ("Fighters e.g. from Syria came. Others stayed.", ["Fighters e.g. from Syria came.", "Others stayed."]),
    ("It ended in 2014. 2015 was worse.", ["It ended in 2014.", "2015 was worse."]),
    ("No terminal punctuation", ["No terminal punctuation"]),
])
def test_sentences(text, expected):
    assert sents(text) == expected


def test_sentences_never_cross_paragraphs():
    text = "A headline without a stop\n\nBody starts here. It goes on."
    assert sents(text) == ["A headline without a stop", "Body starts here.", "It goes on."]


def test_line_break_after_terminal_punctuation_ends_the_sentence():
    assert sents("One.\ntwo continues.") == ["One.", "two continues."]


def test_offsets_are_exact_and_ordered():
    text = "  First one.  Second one?\n\n“Third,” he said.   "
    spans = split_sentences(text, split_paragraphs(text))
    assert all(isinstance(s, Span) for s in spans)
    assert [text[s.start:s.end] for s in spans] == ["First one.", "Second one?", "“Third,” he said."]
    assert all(a.end <= b.start for a, b in zip(spans, spans[1:]))


def test_long_text_segments_linearly():
    para = "The army advanced on the town. Gen. Smith said the U.S. would help. " * 2000
    text = "\n\n".join([para] * 5)
    spans = split_sentences(text)
    assert len(spans) == 5 * 2000 * 2
