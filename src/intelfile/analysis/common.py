"""The corpus every analysis reads, and the evidence every statement carries."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from typing import Any, Iterable, Mapping

from ..dedup import FACTUAL, DocumentDeduplicator, EventCluster, cluster_events, event_date, parse_date
from ..errors import IntelfileError, NotFound
from ..records import Actor, Claim, Document, Event, Record, Relation
from ..settings import Settings

__all__ = ["Corpus", "Evidence", "find_actor"]

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Evidence(Record):
    """The sentence a statement rests on: article, sentence index and the quoted sentence."""

    doc_id: str
    sentence: int
    quote: str
    url: str | None = None
    title: str | None = None
    published: str | None = None
    start: int | None = None  # character span of the evidence in the article's clean text
    end: int | None = None

    @property
    def anchor(self) -> str:
        """HTML anchor of this sentence in a report's sources section."""
        return f"s-{self.doc_id[:16]}-{self.sentence}"


def _norm(name: str) -> str:
    return " ".join(name.casefold().replace("’", "'").split())


def find_actor(actors: Iterable[Actor], query: str) -> Actor:
    """The actor whose id, name or alias is ``query`` (case-insensitive); raises NotFound.

    An exact id wins, then a name, then an alias; among several matches the first given wins.
    """
    q = _norm(query)
    actors = list(actors)
    for test in (lambda a: _norm(a.id) == q, lambda a: _norm(a.name) == q,
                 lambda a: any(_norm(x) == q for x in a.aliases)):
        for actor in actors:
            if test(actor):
                return actor
    raise NotFound(f"no actor with id, name or alias {query!r}", source=query)


class Corpus:
    """Events (merged into clusters), relations, claims, documents and actors, read once.

    ``documents`` maps doc id → Document (used for dates, URLs and quoted sentences); ``actors``
    adds dictionary entries (names and aliases) to those found on the events' mentions.
    ``since``/``until`` (ISO dates) restrict the events to a time window (events without any date
    are kept only when no window is given).
    """

    def __init__(self, *, events: Iterable[Event] = (), relations: Iterable[Relation] = (),
                 claims: Iterable[Claim] = (), documents: Mapping[str, Document] | Iterable[Document] = (),
                 actors: Iterable[Actor] = (), settings: Settings | None = None,
                 since: str | None = None, until: str | None = None) -> None:
        self.settings = settings or Settings()
        if isinstance(documents, Mapping):
            self.documents: dict[str, Document] = dict(documents)
        else:
            self.documents = {d.id: d for d in documents}
        self.published = {doc_id: d.published for doc_id, d in self.documents.items()}
        self.since, self.until = parse_date(since), parse_date(until)
        self.events = [e for e in events if self._in_window(event_date(e, self.published))]
        self.relations = [r for r in relations if self._in_window(parse_date(self.published.get(r.doc_id)))]
        self.claims = list(claims)
        self.duplicates = DocumentDeduplicator(settings=self.settings)
        self.near_duplicates = self.duplicates.add_all(
            sorted(self.documents.values(), key=lambda d: (d.published or "9999", d.id)))
        self.clusters: list[EventCluster] = cluster_events(
            self.events, self.documents, self.settings, duplicates=self.duplicates)
        self.actors: dict[str, Actor] = {}
        for actor in actors:
            self.actors.setdefault(actor.id, actor)
        for event in self.events:
            for mention in (*event.sources, *event.targets):
                self._add_actor(mention.actor)
        self._memo: dict[str, Any] = {}
        self.mention_texts: dict[str, set[str]] = {}
        for event in self.events:
            for mention in (*event.sources, *event.targets):
                self.mention_texts.setdefault(mention.actor.id, set()).add(mention.text)

    def _add_actor(self, actor: Actor) -> None:
        known = self.actors.get(actor.id)
        if known is None:
            self.actors[actor.id] = actor
        elif actor.aliases and not set(actor.aliases) <= set(known.aliases):
            merged = tuple(dict.fromkeys((*known.aliases, *actor.aliases)))
            self.actors[actor.id] = known.replace(aliases=merged)

    def _in_window(self, day: date | None) -> bool:
        if self.since is None and self.until is None:
            return True
        if day is None:
            return False
        return (self.since is None or day >= self.since) and (self.until is None or day <= self.until)

    @classmethod
    def from_store(cls, store: Any, settings: Settings, *, since: str | None = None,
                   until: str | None = None, actors: Iterable[Actor] = ()) -> "Corpus":
        """Read every event, relation and claim, their articles and the actor entries of ``store``."""
        events = list(store.events())
        relations = list(store.relations())
        claims = list(store.claims())
        documents: dict[str, Document] = {}
        wanted = list(dict.fromkeys(r.doc_id for r in (*events, *relations, *claims)))
        if hasattr(store, "documents_by_ids"):
            documents = {d.id: d for d in store.documents_by_ids(wanted)}
        else:
            for doc_id in wanted:
                try:
                    documents[doc_id] = store.document(doc_id)
                except NotFound:
                    pass
        for doc_id in wanted:
            if doc_id not in documents:
                log.warning("document %s of a stored event is missing from the store", doc_id)
        entries = list(actors)
        try:
            entries += list(store.actor_entries())
        except (AttributeError, IntelfileError) as exc:
            log.info("no imported actor entries: %s", exc)
        corpus = cls(events=events, relations=relations, claims=claims, documents=documents,
                     actors=entries, settings=settings, since=since, until=until)
        corpus.describe_from_dictionary()
        # Actors a relation names that neither the events nor the dictionary describe (people
        # found in the text): take them from their stored mentions.
        for actor_id in sorted({i for r in relations for i in (r.a, r.b)} - set(corpus.actors)):
            found = store.actor_mentions(actor=actor_id, limit=1) if hasattr(store, "actor_mentions") else []
            if found:
                corpus.actors[actor_id] = found[0].actor
        return corpus

    def describe_from_dictionary(self, dictionary: Any = None) -> None:
        """Name the actors known only by id (from relations, patrons, leads) from the actor
        dictionary (``ActorDictionary.load(settings)`` when none is given; skipped if it cannot load)."""
        wanted = {i for r in self.relations for i in (r.a, r.b)}
        wanted |= {x for a in self.actors.values() for x in (a.patron, a.lead, a.affiliation) if x}
        missing = sorted(i for i in wanted if i not in self.actors)
        if not missing:
            return
        if dictionary is None:
            try:
                from ..actors import ActorDictionary

                dictionary = ActorDictionary.load(self.settings)
            except (ImportError, IntelfileError) as exc:
                log.info("actor dictionary not loaded: %s", exc)
                return
        for actor_id in missing:
            actor = dictionary.get(actor_id)
            if actor is not None:
                self.actors[actor_id] = actor

    def memo(self, key: str, compute: Any) -> Any:
        """``compute()`` once per corpus (the records never change after construction)."""
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]

    # ----------------------------------------------------------------------------- look-ups

    def actor(self, actor_id: str) -> Actor:
        """The actor with this id (a bare placeholder when only the id is known)."""
        return self.actors.get(actor_id) or Actor(id=actor_id, name=actor_id)

    def name(self, actor_id: str | None) -> str:
        if not actor_id:
            return "unknown"
        return self.actor(actor_id).name

    def find_actor(self, query: str) -> Actor:
        """Actor by id, name or alias (case-insensitive), also matching words used in the text."""
        try:
            return find_actor(self.actors.values(), query)
        except NotFound:
            q = _norm(query)
            for actor_id, texts in self.mention_texts.items():
                if any(_norm(t) == q for t in texts):
                    return self.actor(actor_id)
            raise

    def aliases(self, actor_id: str) -> list[str]:
        """Dictionary aliases and the words the articles used, without the canonical name."""
        actor = self.actor(actor_id)
        names = [*actor.aliases, *sorted(self.mention_texts.get(actor_id, ()))]
        seen = {_norm(actor.name)}
        out = []
        for n in names:
            if _norm(n) not in seen:
                seen.add(_norm(n))
                out.append(n)
        return out

    def as_of(self) -> date | None:
        """The latest date the corpus knows: latest date of an asserted, ongoing or historical
        event, or latest publication date (forecast due dates do not count)."""
        days = [d for d in (event_date(e, self.published) for e in self.events if e.modality in FACTUAL) if d]
        days += [d for d in (parse_date(p) for p in self.published.values()) if d]
        return max(days) if days else None

    def evidence(self, doc_id: str, sentence: int, fallback: str = "", span: Any = None) -> Evidence:
        """Evidence for sentence ``sentence`` of ``doc_id`` (quoted from the clean text)."""
        doc = self.documents.get(doc_id)
        quote = fallback
        if doc is not None and 0 <= sentence < len(doc.sentences):
            quote = doc.sentence_text(sentence)
        return Evidence(
            doc_id=doc_id, sentence=sentence, quote=" ".join(quote.split()),
            url=doc.url if doc else None, title=doc.title if doc else None,
            published=doc.published if doc else None,
            start=span.start if span is not None else None, end=span.end if span is not None else None,
        )

    def event_evidence(self, event: Event) -> Evidence:
        return self.evidence(event.doc_id, event.sentence, event.evidence, event.span)

    def cluster_evidence(self, cluster: EventCluster) -> list[Evidence]:
        """One evidence per member event (every article telling the event)."""
        return [self.event_evidence(e) for e in (cluster.events or (cluster.canonical,))]

    def cluster_day(self, cluster: EventCluster) -> date | None:
        return parse_date(cluster.date_start) or parse_date(cluster.first_report)

    def clusters_of(self, actor_id: str) -> list[EventCluster]:
        return [c for c in self.clusters if actor_id in c.actor_ids()]
