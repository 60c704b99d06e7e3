"""Hand-made records for the dedup / analysis / report / export tests.

A small invented corpus about an armed group losing ground: a town lost to government troops
(told by two articles and a syndicated copy), two cities taken a year earlier, a coalition strike
reported twice with different death tolls, a town retaken with a stated loss, tacit cooperation with
a scope, a patron's support, a forecast battle that did not come, a forecast that was borne out.
Nothing here is copied from the seed article.
"""
from __future__ import annotations

from intelfile.records import (
    Actor, ActorMention, Attribution, Claim, Document, Event, Numbers, Place, PlaceMention, Relation, Span,
)

IS = Actor("IS", "Islamic State", kind="armed-group", aliases=("ISIS", "ISIL", "Daesh"), cameo="IMGMUSISI")
IRQ_MIL = Actor("IRQ_MIL", "Iraqi military", kind="state-sector", country="IRQ", sector="MIL", cameo="IRQMIL")
KURDS = Actor("PESHMERGA", "Kurdish fighters", kind="armed-group", country="IRQ", aliases=("peshmerga",))
COALITION = Actor("COALITION", "US-led coalition", kind="igo", lead="USA", aliases=("the coalition",))
USA = Actor("USA", "United States", kind="state", country="USA", aliases=("Washington", "US"), cameo="USA")
IRN = Actor("IRN", "Iran", kind="state", country="IRN", aliases=("Tehran",), cameo="IRN")
ASSAD = Actor("ASSAD", "Bashar al-Assad", kind="person", country="SYR")
HEZBOLLAH = Actor("HEZBOLLAH", "Hezbollah", kind="armed-group", country="LBN", patron="IRN")
ACTORS = (IS, IRQ_MIL, KURDS, COALITION, USA, IRN, ASSAD, HEZBOLLAH)

MOSUL = Place(99072, "Mosul", "IQ", "Nineveh", 36.335, 43.11889, "P", "PPLA", 1739800)
TIKRIT = Place(90150, "Tikrit", "IQ", "Salahuddin", 34.61581, 43.67861, "P", "PPLA", 160000)
AL_ALAM = Place(6871926, "Al 'Alam", "IQ", "Salahuddin", 34.70896, 43.6951, "P", "PPL", 0)
KOBANI = Place(172256, "Kobani", "SY", "Aleppo", 36.89095, 38.35347, "P", "PPL", 44821)
IRAQ = Place(99237, "Iraq", "IQ", None, 33.0, 44.0, "A", "PCLI", 29671605, "country")


def make_doc(doc_id: str, sentences: list[str], *, published: str, url: str | None = None,
             title: str | None = None) -> Document:
    text, spans = "", []
    for s in sentences:
        if text:
            text += " "
        spans.append(Span(len(text), len(text) + len(s)))
        text += s
    return Document(id=doc_id, text=text, origin=f"{doc_id}.txt", url=url, title=title or f"Report {doc_id}",
                    published=published, language="en", paragraphs=(Span(0, len(text)),), sentences=tuple(spans))


def mention(doc: Document, sentence: int, words: str, actor: Actor) -> ActorMention:
    s = doc.sentences[sentence]
    start = doc.text.index(words, s.start)
    return ActorMention(doc.id, sentence, start, start + len(words), words, actor)


def place_at(doc: Document, sentence: int, words: str, place: Place | None) -> PlaceMention:
    s = doc.sentences[sentence]
    start = doc.text.index(words, s.start)
    return PlaceMention(doc.id, sentence, start, start + len(words), words, place, 0.9)


def event(doc: Document, sentence: int, type_: str, sources=(), targets=(), *, id: str, place=None,
          date: str | None = None, date_end: str | None = None, modality: str = "asserted",
          numbers: Numbers | None = None, territory: dict | None = None, attribution=None,
          trigger: str | None = None, quad: int | None = None, mode: str | None = None,
          cameo: str | None = None) -> Event:
    s = doc.sentences[sentence]
    return Event(
        id=id, doc_id=doc.id, sentence=sentence, type=type_,
        sources=tuple(mention(doc, sentence, w, a) for w, a in sources),
        targets=tuple(mention(doc, sentence, w, a) for w, a in targets),
        mode=mode, cameo=cameo, quad_class=quad if quad is not None else (4 if type_ == "ASSAULT" else None),
        modality=modality, attribution=attribution,
        place=place_at(doc, sentence, place[0], place[1]) if place else None,
        date_start=date, date_end=date_end or date, numbers=numbers, territory=territory,
        confidence=0.8, evidence=doc.text[s.start:s.end], span=Span(s.start, s.end), trigger=trigger,
    )


def build_records() -> dict:
    """Documents, events, relations and claims of the invented corpus."""
    d1 = make_doc("doc-analysis", [
        "Iraqi forces drove Islamic State fighters out of the town of al-Alam on Tuesday.",
        "Islamic State captured Mosul in June 2014 and seized Tikrit the same month.",
        "Kurdish fighters retook Kobani in January, and Islamic State lost 2,000 to 3,000 fighters there.",
        "Officials said the battle for Mosul will take place in May.",
        "Washington and Tehran coordinate tacitly against Islamic State, but only in Iraq.",
        "Iran backs Assad with its Hezbollah proxy.",
        "Hundreds of Islamic State fighters died as Iraqi forces advanced inside Tikrit.",
        "A general told senators that Iraqi forces will drive Islamic State out of Tikrit.",
        "Iran and Hezbollah fight Islamic State together in Syria.",
    ], published="2015-03-14T09:00:00", url="https://example.org/analysis", title="Pressure mounts on the group")
    wire = [
        "Iraqi troops pushed Islamic State out of al-Alam on Tuesday, officials said.",
        "The town lies north of Tikrit on the Tigris river.",
        "Residents said the fighters left behind mines and booby traps in several houses.",
        "Government troops and allied militias have advanced on several fronts this month.",
    ]
    d2 = make_doc("doc-wire", wire, published="2015-03-11", url="https://example.org/wire")
    d2b = make_doc("doc-wire-copy", wire[:3] + ["Government troops and allied militias have advanced on several fronts this month!"],
                   published="2015-03-12", url="https://example.net/syndicated")
    d4 = make_doc("doc-strike-1", [
        "Coalition aircraft struck Islamic State near Tikrit on Thursday, killing 30 fighters.",
    ], published="2015-03-12", url="https://example.org/strike-1")
    d5 = make_doc("doc-strike-2", [
        "US-led coalition air strikes near Tikrit killed 32 Islamic State militants on Thursday.",
    ], published="2015-03-13", url="https://example.org/strike-2")
    d6 = make_doc("doc-outcome", [
        "Iraqi forces drove Islamic State out of Tikrit on Tuesday after a month-long offensive.",
    ], published="2015-04-01", url="https://example.org/outcome")
    d7 = make_doc("doc-boilerplate-free", [
        "A blogger wrote that <script>alert(1)</script> Islamic State is *finished* & [gone].",
    ], published="2015-02-01")

    general = Attribution("A general", "told senators", speaker_actor=None)
    officials = Attribution("Officials", "said")
    events = [
        event(d1, 0, "ASSAULT", [("Iraqi forces", IRQ_MIL)], [("Islamic State fighters", IS)], id="e-alam-1",
              place=("al-Alam", AL_ALAM), date="2015-03-10", trigger="drove out",
              territory={"place": "al-Alam", "from": "IS", "to": "IRQ_MIL"}),
        event(d2, 0, "ASSAULT", [("Iraqi troops", IRQ_MIL)], [("Islamic State", IS)], id="e-alam-2",
              place=("al-Alam", AL_ALAM), date="2015-03-10", trigger="pushed out",
              territory={"place": "al-Alam", "from": "IS", "to": "IRQ_MIL"}),
        event(d2b, 0, "ASSAULT", [("Iraqi troops", IRQ_MIL)], [("Islamic State", IS)], id="e-alam-3",
              place=("al-Alam", AL_ALAM), date="2015-03-10", trigger="pushed out",
              territory={"place": "al-Alam", "from": "IS", "to": "IRQ_MIL"}),
        event(d1, 1, "ASSAULT", [("Islamic State", IS)], [], id="e-mosul-2014", place=("Mosul", MOSUL),
              date="2014-06-10", date_end="2014-06-10", territory={"place": "Mosul", "from": "IRQ_MIL", "to": "IS"}),
        event(d1, 1, "ASSAULT", [("Islamic State", IS)], [], id="e-tikrit-2014", place=("Tikrit", TIKRIT),
              date="2014-06-11", territory={"place": "Tikrit", "from": "IRQ_MIL", "to": "IS"}),
        event(d1, 2, "ASSAULT", [("Kurdish fighters", KURDS)], [("Islamic State", IS)], id="e-kobani",
              place=("Kobani", KOBANI), date="2015-01-26",
              numbers=Numbers(killed=(2000, 3000), victims="IS"),
              territory={"place": "Kobani", "from": "IS", "to": "PESHMERGA"}),
        event(d1, 3, "ASSAULT", [], [], id="e-mosul-forecast", place=("Mosul", MOSUL), date="2015-05-01",
              date_end="2015-05-31", modality="forecast", attribution=officials),
        event(d1, 4, "COOPERATE", [("Washington", USA)], [("Tehran", IRN)], id="e-coord", quad=2),
        event(d1, 6, "ASSAULT", [("Iraqi forces", IRQ_MIL)], [("Islamic State fighters", IS)], id="e-tikrit-fight",
              place=("Tikrit", TIKRIT), date="2015-03-08", numbers=Numbers(killed_vague="hundreds")),
        event(d1, 7, "ASSAULT", [("Iraqi forces", IRQ_MIL)], [("Islamic State", IS)], id="e-tikrit-forecast",
              place=("Tikrit", TIKRIT), modality="forecast", attribution=general),
        event(d1, 8, "ASSAULT", [("Iran", IRN), ("Hezbollah", HEZBOLLAH)], [("Islamic State", IS)], id="e-syria",
              date="2015-03-01"),
        event(d4, 0, "ASSAULT", [("Coalition aircraft", COALITION)], [("Islamic State", IS)], id="e-strike-1",
              place=("Tikrit", TIKRIT), date="2015-03-12", numbers=Numbers(killed=(30, 30), victims="IS"),
              mode="aerial", cameo="195"),
        event(d5, 0, "ASSAULT", [("US-led coalition", COALITION)], [("Islamic State militants", IS)], id="e-strike-2",
              place=("Tikrit", TIKRIT), date="2015-03-12", numbers=Numbers(killed=(32, 32), victims="IS"),
              mode="aerial", cameo="195"),
        event(d6, 0, "ASSAULT", [("Iraqi forces", IRQ_MIL)], [("Islamic State", IS)], id="e-tikrit-retaken",
              place=("Tikrit", TIKRIT), date="2015-03-31",
              territory={"place": "Tikrit", "from": "IS", "to": "IRQ_MIL"}),
    ]
    relations = [
        Relation("r-coord", d1.id, 4, "USA", "IRN", "cooperation", scope="Iraq only", evidence=d1.sentence_text(4)),
        Relation("r-assad", d1.id, 5, "IRN", "ASSAD", "support", evidence=d1.sentence_text(5)),
        Relation("r-hezb", d1.id, 5, "IRN", "HEZBOLLAH", "proxy", evidence=d1.sentence_text(5)),
    ]
    claims = [
        Claim("c-general", d1.id, 7, "A general", "told senators",
              "Iraqi forces will drive Islamic State out of Tikrit", modality="forecast"),
        Claim("c-officials", d1.id, 3, "Officials", "said", "the battle for Mosul will take place in May",
              modality="forecast"),
        Claim("c-xss", d7.id, 0, "A blogger", "wrote", "<script>alert(1)</script> Islamic State is *finished* & [gone]"),
    ]
    return {"documents": [d1, d2, d2b, d4, d5, d6, d7], "events": events, "relations": relations,
            "claims": claims, "actors": list(ACTORS)}


class FakeStore:
    """The subset of the Store API (contracts.md) the report and export read."""

    def __init__(self, records: dict) -> None:
        self._docs = {d.id: d for d in records["documents"]}
        self._events = list(records["events"])
        self._relations = list(records["relations"])
        self._claims = list(records["claims"])
        self._actors = list(records["actors"])

    def document(self, doc_id: str) -> Document:
        from intelfile.errors import NotFound

        if doc_id not in self._docs:
            raise NotFound(f"no document {doc_id}", source=doc_id)
        return self._docs[doc_id]

    def documents(self, **filters) -> list[Document]:
        return list(self._docs.values())

    def events(self, actor=None, type=None, since=None, until=None, modality=None, doc_id=None, limit=None):
        return list(self._events)

    def relations(self, **filters):
        return list(self._relations)

    def claims(self, **filters):
        return list(self._claims)

    def actor_entries(self):
        return list(self._actors)
