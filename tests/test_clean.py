"""clean.clean_document: boilerplate, repairs, header parsing, HTML, language, ids.

The seed check and the no-over-cleaning checks read ../shared (skipped when it is absent).
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from intelfile import load_settings
from intelfile.clean import (
    clean_document, clean_text, detect_language, document_id, parse_date, url_date,
)
from intelfile.errors import EmptyInput
from intelfile.ingest import read_inputs
from intelfile.records import Document, RawDocument

BODY1 = ("Government forces recaptured the northern town of Example on Monday after two days of "
         "fighting, the defence ministry said.")
BODY2 = ("The rebels withdrew towards the hills, leaving behind weapons and vehicles, according to "
         "local officials who spoke on condition of anonymity.")


@pytest.fixture(scope="module")
def settings():
    return load_settings()


def raw(text: str, **kw) -> RawDocument:
    return RawDocument(origin="test", content=text, format=kw.pop("format", "text"), **kw)


# ---------------------------------------------------------------- boilerplate (general patterns)


@pytest.mark.parametrize("line", [
    "Follow us on Twitter for the latest updates.",
    "Like our Facebook page to stay informed",
    "Subscribe to our Telegram channel for breaking news",
    "Sign up for our free morning newsletter",
    "Get our daily briefing straight to your inbox",
    "Advertisement",
    "Story continues below advertisement",
    "We use cookies to improve your experience on our site.",
    "Read more: Ten things to know about the ceasefire",
    "Click here to read the full report",
    "Subscribe now for unlimited digital access",
    "Get full access for just $1 a week",
    "Download our free news app",
    "© 2024 Example Media Ltd. All rights reserved.",
    "Share this article",
    "Tags: conflict, army, rebels",
    "(Reporting by Jane Doe; Editing by John Roe)",
])
def test_boilerplate_lines_are_dropped(line, settings):
    doc = clean_document(raw(f"{BODY1}\n\n{line}\n\n{BODY2}"), settings)
    assert line not in doc.text
    assert BODY1 in doc.text and BODY2 in doc.text
    assert line in doc.dropped


def test_donation_letter_is_dropped_up_to_its_signature(settings):
    letter = (
        "Dear readers,\n"
        "Independent reporting costs money, and we rely on you to keep our newsroom going.\n"
        "If you value what we do, please consider becoming a member today.\n"
        "  • Exclusive newsletters\n  • Fewer ads\n"
        "Thank you for your support,\n"
        "Jane Smith, Editor\n"
    )
    doc = clean_document(raw(f"{BODY1}\n\n{letter}\n\n{BODY2}"), settings)
    assert "Dear readers" not in doc.text and "Jane Smith" not in doc.text and "Fewer ads" not in doc.text
    assert BODY1 in doc.text and BODY2 in doc.text


def test_related_tail_and_its_headlines_are_dropped(settings):
    tail = ("Related articles\n\nRebels claim attack on army base\n\nJune 3, 2019\n\n"
            "UN envoy calls for talks as fighting spreads")
    doc = clean_document(raw(f"{BODY1}\n\n{BODY2}\n\n{tail}"), settings)
    assert doc.text.endswith(BODY2)
    assert "Rebels claim attack on army base" in doc.dropped


def test_teaser_box_mid_article_drops_only_its_headlines(settings):
    body3 = ("Aid agencies said thousands of families had fled the area since the start of the week and "
             "that shelters in the provincial capital were full.")
    text = f"{BODY1}\n\nDon't miss\n\nRebels claim attack on army base\n\n{BODY2}\n\n{body3}\n\n{body3}"
    doc = clean_document(raw(text), settings)
    assert "Rebels claim attack on army base" not in doc.text
    assert BODY2 in doc.text and body3 in doc.text


def test_prices_and_subscriptions_in_running_text_stay(settings):
    line = ("Subscribers who signed up last year will pay $6.99 per month after the trial, the company "
            "said, while the ad-free plan costs more.")
    doc = clean_document(raw(f"{BODY1}\n\n{line}\n\n{BODY2}"), settings)
    assert line in doc.text


def test_photo_credit_goes_caption_stays(settings):
    caption = "Soldiers patrol the market in the town centre on Tuesday."
    for credit in ("(Photo credit: AFP)", "(Photo: Jane Doe/AP)", "(Credit: Reuters)",
                   "(Photo by John Roe/Getty Images)"):
        doc = clean_document(raw(f"{BODY1}\n\n{caption} {credit}\n\n{BODY2}"), settings)
        assert caption in doc.text and credit not in doc.text, credit
        assert credit in doc.dropped


def test_parentheses_that_are_not_credits_stay(settings):
    text = f"{BODY1}\n\nThe video (which was filmed at night) shows the convoy leaving.\n\n{BODY2}"
    doc = clean_document(raw(text), settings)
    assert "(which was filmed at night)" in doc.text


def test_drop_boilerplate_can_be_turned_off(settings):
    off = settings.with_overrides({"clean": {"drop_boilerplate": False}})
    doc = clean_document(raw(f"{BODY1}\n\nFollow us on Twitter for the latest updates.\n\n{BODY2}"), off)
    assert "Follow us on Twitter" in doc.text and doc.dropped == ()


def test_only_boilerplate_is_empty(settings):
    with pytest.raises(EmptyInput):
        clean_document(raw("Advertisement\n\nShare this article\n\nSign up for our newsletter"), settings)


# ---------------------------------------------------------------- repairs


def test_sentence_split_after_a_title_abbreviation_is_joined(settings):
    text = ("After a week of clashes, the ministry said Lt.\n\nCol. Ahmed Khan, commander of the "
            "brigade, had been wounded in the attack.\n\n" + BODY2)
    doc = clean_document(raw(text), settings)
    assert "the ministry said Lt. Col. Ahmed Khan, commander of the brigade" in doc.text


def test_sentence_split_before_a_lowercase_word_is_joined(settings):
    text = f"{BODY1}\n\nThe convoy was attacked near the border\n\nwhere militants had set up checkpoints.\n\n{BODY2}"
    doc = clean_document(raw(text), settings)
    assert "attacked near the border where militants had set up checkpoints." in doc.text


def test_headlines_and_full_sentences_are_not_joined(settings):
    text = f"Army retakes town\n\n{BODY1}\n\n{BODY2}"
    doc = clean_document(raw(text), settings)
    assert doc.text.startswith("Army retakes town\n\n")
    assert f"{BODY1}\n\n{BODY2}" in doc.text


def test_words_split_at_a_hyphen_are_rejoined():
    out = clean_text("The Kremlin- backed forces and the pro- and anti-government camps met.", parse_header=False)
    assert "Kremlin-backed forces" in out.text
    assert "pro- and anti-government" in out.text


def test_hard_wrapped_block_is_unwrapped():
    wrapped = ("Government forces recaptured the northern town of\n"
               "Example on Monday after two days of fighting, the\n"
               "defence ministry said in a statement issued late on\n"
               "Monday evening.")
    out = clean_text(wrapped, parse_header=False)
    assert out.text == " ".join(wrapped.split("\n"))


# ---------------------------------------------------------------- header and dates


@pytest.mark.parametrize("text,iso", [
    ("March 14, 2015 03:08", "2015-03-14T03:08"),
    ("Aug. 19, 2014", "2014-08-19"),
    ("Sept. 13, 2014", "2014-09-13"),
    ("Friday, August 21, 2015", "2015-08-21"),
    ("19 August 2014", "2014-08-19"),
    ("2015-03-14T03:08:00Z", "2015-03-14T03:08"),
    ("2015-03-14", "2015-03-14"),
    ("Updated: June 2, 2020 4:15 pm", "2020-06-02T16:15"),
    ("not stated in stored text (URL dated 2017/09/29)", None),
    ("February 30, 2015", None),
])
def test_parse_date(text, iso):
    assert parse_date(text) == iso


def test_url_date():
    assert url_date("https://example.com/2017/09/29/story/") == "2017-09-29"
    assert url_date("http://mirror/feeds/2017/Nov/01/item.html") == "2017-11-01"
    assert url_date("https://example.com/story-2017") is None


@pytest.mark.parametrize("header,iso", [
    ("Army retakes town\n\nMarch 14, 2015 03:08", "2015-03-14T03:08"),
    ("NEWS | Aug. 19, 2014\n\nArmy retakes town", "2014-08-19"),
    ("Army retakes town\n\nFriday, August 21, 2015", "2015-08-21"),
])
def test_title_and_standalone_dateline(header, iso, settings):
    doc = clean_document(raw(f"{header}\n\n{BODY1}\n\n{BODY2}"), settings)
    assert doc.title == "Army retakes town" and doc.published == iso
    assert "2015" not in doc.text and "2014" not in doc.text  # the dateline line left the text
    assert doc.text.startswith("Army retakes town")  # the headline stays


def test_inline_dateline_gives_the_date_and_stays(settings):
    body = "TAMPA, Fla., Aug. 19, 2014 - U.S. military forces continued to attack militants in Iraq."
    doc = clean_document(raw(f"Strikes continue\n\n{body}\n\n{BODY2}"), settings)
    assert doc.published == "2014-08-19" and body in doc.text


def test_metadata_from_the_raw_document_wins(settings):
    r = raw(f"Army retakes town\n\nMarch 14, 2015\n\n{BODY1}", title="Given title",
            published="2015-03-13", publisher="Wire", url="https://example.com/2016/01/01/x")
    doc = clean_document(r, settings)
    assert (doc.title, doc.published, doc.publisher, doc.url) == (
        "Given title", "2015-03-13", "Wire", "https://example.com/2016/01/01/x")


def test_byline_and_release_chrome_are_dropped(settings):
    text = f"Army retakes town\n\nBy Jane Doe, Staff Writer\n\nFOR IMMEDIATE RELEASE\n\n{BODY1}"
    doc = clean_document(raw(text), settings)
    assert "Jane Doe" not in doc.text and "IMMEDIATE" not in doc.text and BODY1 in doc.text


# ---------------------------------------------------------------- HTML


HTML = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Army retakes town | Example News</title>
<meta property="og:title" content="Army retakes town">
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2019-06-04T08:30:00+00:00">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>Army retakes town</h1>
<p>{b1}</p><p>{b2}</p>
<p>Follow us on Twitter for the latest updates.</p>
</article>
<footer>© 2019 Example News. All rights reserved. Privacy policy</footer>
</body></html>""".format(b1=BODY1, b2=BODY2)


def test_html_through_trafilatura(settings):
    doc = clean_document(raw(HTML, format="html", url="https://news.example.com/world/army"), settings)
    assert BODY1 in doc.text and BODY2 in doc.text
    assert "Home" not in doc.text and "All rights reserved" not in doc.text
    assert "Follow us on Twitter" not in doc.text
    assert doc.title == "Army retakes town"
    assert doc.published and doc.published.startswith("2019-06-04")
    assert doc.publisher == "Example News"
    assert doc.text.startswith("Army retakes town\n\n")
    assert doc.language == "en"


def test_html_warc_date_is_only_a_fallback(settings):
    page = HTML.replace('<meta property="article:published_time" content="2019-06-04T08:30:00+00:00">', "")
    doc = clean_document(raw(page, format="html", meta={"warc_date": "2021-02-03T00:00:00Z"}), settings)
    assert doc.published == "2021-02-03T00:00"


def test_html_without_text_is_empty(settings):
    with pytest.raises(EmptyInput):
        clean_document(raw("<html><body><nav>Home</nav></body></html>", format="html"), settings)


# ---------------------------------------------------------------- language, id, offsets


@pytest.mark.parametrize("text,lang", [
    (BODY1 + " " + BODY2, "en"),
    ("Les forces gouvernementales ont repris la ville dans le nord du pays après deux jours de combats, "
     "a déclaré le ministère de la défense. Les rebelles se sont retirés vers les collines.", "fr"),
    ("Die Regierungstruppen haben die Stadt im Norden des Landes nach zwei Tagen der Kämpfe "
     "zurückerobert, sagte das Verteidigungsministerium. Die Rebellen zogen sich zurück.", "de"),
    ("Las fuerzas del gobierno recuperaron la ciudad del norte del país tras dos días de combates, "
     "según el ministerio de defensa. Los rebeldes se retiraron a las colinas.", "es"),
    ("Правительственные войска вернули контроль над городом на севере страны после двух дней боёв.", "ru"),
    ("استعادت القوات الحكومية السيطرة على المدينة في شمال البلاد بعد يومين من القتال", "ar"),
    ("Short.", None),
])
def test_detect_language(text, lang):
    assert detect_language(text) == lang


def test_document_id_is_stable_under_whitespace_and_case():
    a = document_id("Army retakes  town.\n\nThe rebels fled.")
    assert a == document_id("army retakes town. the rebels fled.")
    assert a != document_id("Army retakes city. The rebels fled.")
    assert re.fullmatch(r"[0-9a-f]{16}", a)


def test_offsets_point_into_the_clean_text(settings):
    doc = clean_document(raw(f"Army retakes town\n\n{BODY1}\n\n{BODY2}"), settings)
    assert [doc.text[p.start:p.end] for p in doc.paragraphs] == ["Army retakes town", BODY1, BODY2]
    assert doc.sentence_text(1) == BODY1
    assert Document.from_dict(doc.as_dict()) == doc


# ---------------------------------------------------------------- measured on ../shared


def _clean_folder(folder: Path, settings) -> dict[str, Document]:
    out = {}
    for item in read_inputs([str(folder)], settings):
        assert isinstance(item, RawDocument), item
        out[Path(item.origin).stem] = clean_document(item, settings)
    return out


@pytest.mark.shared
def test_seed_cleaning(shared_dir, settings):
    expected = json.loads((shared_dir / "seed" / "expected.json").read_text(encoding="utf-8"))
    (item,) = list(read_inputs([str(shared_dir / "seed" / "seed-article.txt")], settings))
    doc = clean_document(item, settings)
    checks = expected["cleaning"]
    assert [s for s in checks["must_drop"] if s in doc.text] == []
    assert [s for s in checks["must_keep"] if s not in doc.text] == []
    assert [s for s in checks["must_join"] if s not in doc.text] == []
    meta = expected["document"]
    assert doc.title == meta["title"]
    assert doc.published and doc.published.startswith(meta["published"])
    assert doc.language == "en"


def _norm(s: str) -> str:
    s = re.sub(r"^\s*[*•·-]\s+", "", s)  # bullet marks go, the item stays
    return " ".join(re.sub(r"(?<=[A-Za-z])- (?=[a-z])", "-", s).split())


@pytest.mark.shared
@pytest.mark.parametrize("sub", ["corpus", "eval/wikinews-and-gov"])
def test_no_over_cleaning_on_public_texts(shared_dir, settings, sub):
    folder = shared_dir / sub
    docs = _clean_folder(folder, settings)
    assert docs
    for stem, doc in docs.items():
        text = _norm(doc.text)
        dropped = {_norm(d) for d in doc.dropped}
        raw_text = (folder / f"{stem}.txt").read_text(encoding="utf-8")
        lost = [ln for ln in (_norm(x) for x in raw_text.splitlines()) if ln and ln not in text
                and ln not in dropped]
        assert lost == [], stem  # every line is kept or was dropped on purpose
        # and what was dropped is chrome, not body: no dropped line is a long sentence
        assert all(len(d) < 120 for d in doc.dropped), (stem, doc.dropped)
    for gold_file in sorted((folder / "gold").glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        doc = docs[gold_file.stem]
        missing = [e["evidence"] for e in gold.get("events", [])
                   if e.get("evidence") and e["evidence"] not in doc.text]
        assert missing == [], gold_file.name
        published = gold.get("document", {}).get("published")
        if published:
            assert doc.published and doc.published.startswith(published), gold_file.name
