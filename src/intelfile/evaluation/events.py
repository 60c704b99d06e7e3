"""Event-coding evaluation against the gold data in ``../shared`` (issue 3, item 4).

Two kinds of evaluation, both run on the real chain (``Analyzer``: annotate → actors → geo → coding):

**Document level** – a text file and a hand-written gold file in the schema of
``seed/expected.json``: the seed article, the sample corpus (``corpus/*.txt`` + ``corpus/gold``) and
``eval/wikinews-and-gov`` (4 of its 15 texts hold no political event: every event coded there is a
false positive, reported separately). Documents are read and cleaned with ``ingest.read_inputs`` and
``clean.clean_document``, so the figures measure the whole chain. Events are turned into the
prediction format of ``eval/score_events.py`` (:func:`to_scorer_events`) and matched by
:func:`score_events`, a re-implementation of that script's rule (a test runs the script itself on
the same predictions and checks the figures agree):

* a prediction matches a gold event when its evidence (the event's sentence) contains the gold
  evidence (or, when longer than 20 characters, is contained in it), its type is one of the gold
  types, one source and one target match a gold actor's name or alias (where the gold lists them),
  and a gold forecast / denied event is predicted as such;
* recall = required gold events matched / required gold events; precision = predictions matching
  any gold event (required or optional) / predictions.

Per type: recall is grouped by the gold event's first listed type, precision by the predicted type.
The seed (and any gold file that has them) is also scored on actors (recall of gold actors by name
or alias among the actor mentions), places (mention found; mention resolved to the gold GeoNames
id), relations, claims, and on the attributes of found events (place, date window, attribution,
numbers, mode).

**Sentence level** – one ``Document`` per sentence (text = the sentence, one paragraph, one
sentence). When the coder yields several events for a sentence, the *top event* is the one with the
highest confidence; ties go to the event that has both sources and targets, then to the earliest
evidence. No event is a miss (class ``NONE``):

* ``plover-gsr``: top event's PLOVER type vs ``event_plover_current`` (accuracy, per-type P/R/F1,
  macro-F1); source and target country codes (sets of ISO-3 codes, reciprocal ``SRC/TAR`` records
  compared symmetrically), event+source and event+source+target accuracy.
* ``multicoped``: test split; the top event's quad class (CAMEO QuadClass; gold make_statement is
  CAMEO 01, QuadClass 1) and penta class (a sentence with no event but a coded claim is
  ``make_statement``), macro-F1 over the gold classes; source/target span overlap with the gold
  token spans (reciprocal spans count as either role).
* ``petrarch2``: the PETRARCH-2 GSR validation sentences (real newswire): top event's CAMEO root
  and PLOVER type (gold codes mapped with ``CAMEO2PLOVER-2021.txt``; roots 01/02 have no PLOVER
  type), ``(source country, target country, root)`` triple precision/recall over all events, and
  false positives on the sentences that expect no event.

Every ``evaluate_*`` function returns a plain dict (JSON-ready) with ``overall`` (precision, recall,
F1), ``per_type``, ``metrics`` and, for document sets, ``documents``; :func:`format_report` prints
it as tables.

DOCS: docs/eval.md
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Mapping, Sequence

from ..errors import ResourceError
from ..records import ActorMention, Document, Event, Failure, Span
from ..settings import Settings

if TYPE_CHECKING:  # pragma: no cover
    from ..pipeline import Analyzer, DocumentAnalysis

__all__ = [
    "EVENT_TARGETS", "DEFAULT_TARGETS", "EventScore", "norm", "actor_match", "evidence_match",
    "event_matches", "score_events", "to_scorer_events", "top_event", "find_shared", "fingerprint",
    "gold_files", "evaluate_events", "evaluate_seed", "evaluate_corpus", "evaluate_wikinews",
    "evaluate_plover_gsr", "evaluate_multicoped", "evaluate_petrarch2", "format_report", "prf",
    "cameo_to_plover", "GATE_SUBSETS", "GATE_FIGURES", "GATE_CEILINGS", "gate_fingerprint", "gate_results",
    "gate_figures", "gate_failures", "new_baseline",
]

#: Evaluations run by ``intelfile eval`` without a target.
DEFAULT_TARGETS: tuple[str, ...] = ("seed", "corpus")

#: Legacy CAMEO country codes used by the gold sets, mapped to ISO 3166-1 alpha-3.
LEGACY_COUNTRY_CODES: dict[str, str] = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM", "ROM": "ROU",
                                        "ZAR": "COD", "TMP": "TLS", "BUR": "MMR"}

# --------------------------------------------------------------------------------------------
# The matching rule of ../shared/eval/score_events.py
# --------------------------------------------------------------------------------------------


def norm(s: str | None) -> str:
    """Lower-case ASCII words separated by single spaces (the scorer's normalisation)."""
    s = unicodedata.normalize("NFKD", s or "").encode("ascii", "ignore").decode().lower()
    s = re.sub(r"[\u2019'`]", "", s)
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


def gold_actor_names(gold: Mapping[str, Any], ids: Iterable[str]) -> set[str]:
    """Normalised names and aliases of the gold actors ``ids`` (an unknown id stands for itself)."""
    by_id = {a["id"]: a for a in gold.get("actors", [])}
    names: set[str] = set()
    for i in ids:
        actor = by_id.get(i)
        if actor:
            names.add(norm(actor["name"]))
            names.update(norm(x) for x in actor.get("aliases_in_text", []))
        else:
            names.add(norm(i))
    return {n for n in names if n}


def actor_match(pred_names: Iterable[str], gold_names: Iterable[str]) -> bool:
    """True when a predicted name equals, or (above 3 characters) contains or is in, a gold name."""
    gold_list = list(gold_names)
    for raw in pred_names:
        p = norm(raw)
        if not p:
            continue
        for g in gold_list:
            if p == g or (len(p) > 3 and p in g) or (len(g) > 3 and g in p):
                return True
    return False


def evidence_match(pred_evidence: str, gold_evidence: str) -> bool:
    """The gold evidence is in the predicted one, or a predicted evidence over 20 chars is in the gold."""
    p, g = norm(pred_evidence), norm(gold_evidence)
    return bool(p and g) and (g in p or (len(p) > 20 and p in g))


def event_matches(pred: Mapping[str, Any], event: Mapping[str, Any], gold: Mapping[str, Any],
                  *, strict: bool = True) -> bool:
    """Whether prediction ``pred`` (scorer format) matches gold ``event`` of gold file ``gold``."""
    if not evidence_match(pred.get("evidence", ""), event["evidence"]):
        return False
    if str(pred.get("type", "")).upper() not in event["types"]:
        return False
    if not strict:
        return True
    if event.get("source") and not actor_match(pred.get("sources", []), gold_actor_names(gold, event["source"])):
        return False
    if event.get("target") and not actor_match(pred.get("targets", []), gold_actor_names(gold, event["target"])):
        return False
    gold_modality = event.get("modality", "asserted")
    pred_modality = (pred.get("modality") or "asserted").lower()
    if gold_modality == "forecast" and pred_modality not in ("forecast", "planned", "future"):
        return False
    if gold_modality == "denied" and pred_modality not in ("denied", "negated", "negation"):
        return False
    return True


@dataclass
class EventScore:
    """Result of matching predictions against one gold file.

    ``matches[gold_id]`` lists the indexes of the predictions matching that gold event;
    ``unmatched`` the indexes of predictions matching no gold event.
    """

    recall: float
    precision: float
    n_required: int
    n_predicted: int
    found: dict[str, bool] = field(default_factory=dict)
    matches: dict[str, list[int]] = field(default_factory=dict)
    unmatched: list[int] = field(default_factory=list)


def score_events(preds: Sequence[Mapping[str, Any]], gold: Mapping[str, Any], *,
                 strict: bool = True) -> EventScore:
    """Recall over required gold events and precision over predictions, as ``score_events.py``."""
    events = gold.get("events", [])
    required = [e for e in events if e.get("required", True)]
    matches = {e["id"]: [i for i, p in enumerate(preds) if event_matches(p, e, gold, strict=strict)]
               for e in events}
    found = {gid: bool(idx) for gid, idx in matches.items()}
    matched = {i for idx in matches.values() for i in idx}
    unmatched = [i for i in range(len(preds)) if i not in matched]
    recall = sum(found[e["id"]] for e in required) / len(required) if required else 1.0
    precision = 1 - len(unmatched) / len(preds) if preds else (1.0 if not required else 0.0)
    return EventScore(recall, precision, len(required), len(preds), found, matches, unmatched)


# --------------------------------------------------------------------------------------------
# Predictions
# --------------------------------------------------------------------------------------------


def mention_names(mention: ActorMention) -> list[str]:
    """The mention's words and its resolved actor's canonical name (so aliases match the gold)."""
    names = [mention.text, mention.actor.name]
    return [n for i, n in enumerate(names) if n and n not in names[:i]]


def _event_evidence(event: Event, document: Document | None) -> str:
    if document is not None and 0 <= event.sentence < len(document.sentences):
        return document.sentence_text(event.sentence)
    return event.evidence


def to_scorer_events(events: Iterable[Event], document: Document | None = None) -> list[dict[str, Any]]:
    """Events in the prediction format of ``eval/score_events.py``.

    ``evidence`` is the event's sentence (from ``document`` when given, else ``Event.evidence``);
    ``sources``/``targets`` hold each mention's text and its actor's name. Extra keys (id,
    sentence, mode, cameo, confidence) are ignored by the scorer and help reading the output.
    """
    out: list[dict[str, Any]] = []
    for e in events:
        place = e.place
        out.append({
            "type": e.type,
            "sources": [n for m in e.sources for n in mention_names(m)],
            "targets": [n for m in e.targets for n in mention_names(m)],
            "evidence": _event_evidence(e, document),
            "modality": e.modality,
            "place": (place.place.name if place is not None and place.place is not None
                      else place.text if place is not None else None),
            "geonameid": place.place.geonameid if place is not None and place.place is not None else None,
            "date": e.date_start,
            "id": e.id,
            "sentence": e.sentence,
            "mode": e.mode,
            "cameo": e.cameo,
            "confidence": e.confidence,
        })
    return out


def top_event(events: Sequence[Event]) -> Event | None:
    """The sentence's main event: highest confidence, then with sources and targets, then earliest."""
    if not events:
        return None

    def key(e: Event) -> tuple[float, int, int]:
        start = e.span.start if e.span is not None else 0
        return (-e.confidence, 0 if (e.sources and e.targets) else 1, start)

    return min(events, key=key)


# --------------------------------------------------------------------------------------------
# Figures
# --------------------------------------------------------------------------------------------


def prf(tp_pred: int, n_pred: int, tp_gold: int, n_gold: int) -> dict[str, float]:
    """Precision ``tp_pred/n_pred``, recall ``tp_gold/n_gold`` and their F1 (0 when undefined)."""
    p = tp_pred / n_pred if n_pred else 0.0
    r = tp_gold / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def _classification(gold: Sequence[str], pred: Sequence[str], none: str = "NONE") -> dict[str, Any]:
    """Per-class P/R/F1, accuracy and macro-F1 (over gold classes other than ``none``)."""
    classes = sorted({g for g in gold} | {p for p in pred if p != none})
    per: dict[str, dict[str, Any]] = {}
    for c in classes:
        tp = sum(1 for g, p in zip(gold, pred) if g == c and p == c)
        n_pred = sum(1 for p in pred if p == c)
        n_gold = sum(1 for g in gold if g == c)
        per[c] = {"gold": n_gold, "pred": n_pred, "tp": tp, **prf(tp, n_pred, tp, n_gold)}
    confusions: dict[tuple[str, str], int] = {}
    for g, p in zip(gold, pred):
        if g != p:
            confusions[(g, p)] = confusions.get((g, p), 0) + 1
    top = sorted(confusions.items(), key=lambda kv: (-kv[1], kv[0]))[:12]
    scored = [c for c in classes if c != none and per[c]["gold"]]
    macro = sum(per[c]["f1"] for c in scored) / len(scored) if scored else 0.0
    correct = sum(1 for g, p in zip(gold, pred) if g == p)
    n_with_pred = sum(1 for p in pred if p != none)
    return {
        "per_type": per,
        "accuracy": round(correct / len(gold), 4) if gold else 0.0,
        "macro_f1": round(macro, 4),
        "overall": {**prf(correct, n_with_pred, correct, len(gold)), "n_gold": len(gold), "n_pred": n_with_pred},
        "confusions": [{"gold": g, "pred": p, "count": n} for (g, p), n in top],
    }


# --------------------------------------------------------------------------------------------
# Shared folder, inputs and fingerprints
# --------------------------------------------------------------------------------------------


def find_shared(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The ``shared`` folder: ``explicit``, else ``$INTELFILE_SHARED``, else ``../shared`` relative
    to the working directory or to the repository. Raises ResourceError when none holds the seed."""
    if explicit:
        candidates = [Path(explicit)]
    else:
        env = os.environ.get("INTELFILE_SHARED")
        repo = Path(__file__).resolve().parents[3]
        candidates = ([Path(env)] if env else []) + [Path.cwd().parent / "shared", Path.cwd() / "shared",
                                                      repo.parent / "shared"]
    for c in candidates:
        if (c / "seed" / "expected.json").is_file():
            return c.resolve()
    tried = ", ".join(str(c) for c in candidates)
    raise ResourceError(
        f"the shared evaluation folder (seed/, corpus/, eval/) was not found (tried {tried}); "
        "pass --shared PATH or set INTELFILE_SHARED", source="shared")


def _stride(items: Sequence[Any], *, limit: int | None, stride: int) -> list[Any]:
    picked = list(items[::stride]) if stride > 1 else list(items)
    return picked[:limit] if limit is not None else picked


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    if not path.is_file():
        raise ResourceError(f"evaluation file missing: {path}", source=str(path))
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _read_json(path: Path) -> Any:
    if not path.is_file():
        raise ResourceError(f"evaluation file missing: {path}", source=str(path))
    return json.loads(path.read_text(encoding="utf-8"))


def gold_files(target: str, shared: Path) -> list[Path]:
    """The input and gold files an evaluation reads (for :func:`fingerprint`)."""
    eval_dir = shared / "eval"
    if target == "seed":
        return [shared / "seed" / "seed-article.txt", shared / "seed" / "expected.json"]
    if target == "corpus":
        return sorted((shared / "corpus").glob("*.txt")) + sorted((shared / "corpus" / "gold").glob("*.json"))
    if target == "wikinews":
        d = eval_dir / "wikinews-and-gov"
        return sorted(d.glob("*.txt")) + sorted((d / "gold").glob("*.json"))
    if target == "plover-gsr":
        return [eval_dir / "plover-gsr" / "plover_gsr.jsonl"]
    if target == "multicoped":
        return [eval_dir / "multicoped-cameo" / "multicoped_cameo.jsonl"]
    if target == "case2021":
        return [eval_dir / "case2021-task2" / "case2021_task2_test.jsonl"]
    if target == "petrarch2":
        return [eval_dir / "petrarch2-validation" / "petr2_gsr_validation.jsonl",
                eval_dir / "plover-gsr" / "orig" / "CAMEO2PLOVER-2021.txt"]
    raise ValueError(f"unknown event evaluation {target!r}")


def fingerprint(paths: Iterable[Path], root: Path) -> str:
    """sha256 over the relative paths and contents of ``paths`` (sorted)."""
    h = hashlib.sha256()
    for p in sorted(paths, key=lambda q: str(q.relative_to(root))):
        h.update(str(p.relative_to(root)).encode())
        h.update(b"\0")
        h.update(p.read_bytes())
        h.update(b"\0")
    return h.hexdigest()


def _analyzer(settings: Settings, analyzer: "Analyzer | None") -> "Analyzer":
    if analyzer is not None:
        return analyzer
    from ..pipeline import Analyzer

    return Analyzer.from_settings(settings)


def read_documents(inputs: Path | Sequence[str | Path], settings: Settings
                   ) -> tuple[list[Document], list[Failure]]:
    """The clean documents of one input file (or of several inputs: files, folders, globs), through
    the real ingest and clean stages; what fails to read or clean is returned as failures."""
    from ..clean import clean_document
    from ..errors import InputError
    from ..ingest import read_inputs

    paths = [str(inputs)] if isinstance(inputs, (str, Path)) else [str(i) for i in inputs]
    docs: list[Document] = []
    failures: list[Failure] = []
    for item in read_inputs(paths, settings):
        if isinstance(item, Failure):
            failures.append(item)
            continue
        try:
            docs.append(clean_document(item, settings))
        except InputError as exc:
            failures.append(Failure(origin=item.origin, stage="clean", code=exc.code, reason=exc.message))
    return docs, failures


def sentence_document(text: str, doc_id: str, *, published: str | None = None) -> Document:
    """A one-paragraph, one-sentence Document for a sentence-level gold record."""
    clean = " ".join(text.split())
    whole = Span(0, len(clean))
    return Document(id=doc_id, text=clean, origin=f"eval:{doc_id}", published=published,
                    language="en", paragraphs=(whole,), sentences=(whole,))


def _analyse_by_id(analyzer: "Analyzer", documents: Sequence[Document]) -> dict[str, "DocumentAnalysis"]:
    """Analyses keyed by document id; the ids must be unique (gold ids are not always: the callers
    prefix each record's position)."""
    return {a.document.id: a for a in analyzer.analyse(documents)}


# --------------------------------------------------------------------------------------------
# Document-level evaluation
# --------------------------------------------------------------------------------------------


def _place_names(pred: Mapping[str, Any], event: Event) -> list[str]:
    names = [pred.get("place") or ""]
    if event.place is not None:
        names.append(event.place.text)
    return [n for n in names if n]


def _numbers_ok(gold_numbers: Mapping[str, Any], event: Event) -> bool | None:
    """Whether the event's killed/wounded figures agree with the gold (None: nothing to check)."""
    n = event.numbers
    checks: list[bool] = []
    if "killed_min" in gold_numbers and "killed_max" in gold_numbers:
        checks.append(n is not None and n.killed is not None
                      and (min(n.killed), max(n.killed)) == (gold_numbers["killed_min"], gold_numbers["killed_max"]))
    else:
        for gold_key, figure, vague in (("killed", "killed", "killed_vague"), ("injured", "wounded", "wounded_vague")):
            value = gold_numbers.get(gold_key)
            if isinstance(value, bool) or value is None:
                continue
            if isinstance(value, int):
                got = getattr(n, figure) if n is not None else None
                checks.append(got is not None and min(got) <= value <= max(got))
            elif isinstance(value, str) and "(" not in value:
                got_vague = getattr(n, vague) if n is not None else None
                checks.append(bool(got_vague) and norm(value) in norm(got_vague))
    return all(checks) if checks else None


def _attribute_checks(gold: Mapping[str, Any], gold_event: Mapping[str, Any], preds: Sequence[Mapping[str, Any]],
                      events: Sequence[Event], idx: Sequence[int]) -> dict[str, bool]:
    """For a found gold event: is each attribute it states right in at least one matching prediction?"""
    out: dict[str, bool] = {}
    if gold_event.get("place"):
        out["place"] = any(actor_match(_place_names(preds[i], events[i]), [norm(gold_event["place"])]) for i in idx)
    elif gold_event.get("country"):
        out["place"] = any(events[i].place is not None and events[i].place.place is not None  # type: ignore[union-attr]
                           and events[i].place.place.country == gold_event["country"] for i in idx)  # type: ignore[union-attr]
    window = gold_event.get("date_window")
    if window:
        lo, hi = window
        out["date"] = any(bool(events[i].date_start) and lo <= str(events[i].date_start)[:10] <= hi for i in idx)
    if gold_event.get("attributed_to"):
        speaker_names = gold_actor_names(gold, [gold_event["attributed_to"]])
        out["attribution"] = any(
            events[i].attribution is not None
            and actor_match([events[i].attribution.speaker], speaker_names)  # type: ignore[union-attr]
            for i in idx)
    if gold_event.get("mode"):
        out["mode"] = any((events[i].mode or "") == gold_event["mode"] for i in idx)
    if gold_event.get("numbers"):
        verdicts = [_numbers_ok(gold_event["numbers"], events[i]) for i in idx]
        if any(v is not None for v in verdicts):
            out["numbers"] = any(bool(v) for v in verdicts)
    return out


def _actor_names_by_id(analysis: "DocumentAnalysis") -> dict[str, set[str]]:
    names: dict[str, set[str]] = {}
    for m in analysis.actor_mentions:
        names.setdefault(m.actor.id, set()).update(mention_names(m))
    return names


def _score_extras(gold: Mapping[str, Any], analyses: Sequence["DocumentAnalysis"]) -> dict[str, Any]:
    """Actors, places, relations and claims of one gold file against the document's analysis."""
    mentions = [m for a in analyses for m in a.actor_mentions]
    mention_words = [n for m in mentions for n in mention_names(m)]
    out: dict[str, Any] = {}
    gold_actors = gold.get("actors", [])
    if gold_actors:
        found = [a["id"] for a in gold_actors if actor_match(mention_words, gold_actor_names(gold, [a["id"]]))]
        known = [n for a in gold_actors for n in gold_actor_names(gold, [a["id"]])]
        extra = sorted({m.actor.name for m in mentions if not actor_match(mention_names(m), known)})
        out["actors"] = {"gold": len(gold_actors), "found": len(found), "not_in_gold": len(extra),
                         "missed": [a["id"] for a in gold_actors if a["id"] not in found], "unknown": extra}
    gold_places = gold.get("places", [])
    if gold_places:
        place_mentions = [p for a in analyses for p in a.place_mentions]
        by_text = 0
        by_id = 0
        missed = []
        for gp in gold_places:
            same = [p for p in place_mentions if norm(p.text) == norm(gp["mention"])]
            by_text += bool(same)
            ok = any(p.place is not None and p.place.geonameid == gp.get("geonameid") for p in same)
            by_id += ok
            if not ok:
                missed.append(gp["mention"])
        out["places"] = {"gold": len(gold_places), "found": by_text, "resolved": by_id, "missed": missed}
    gold_relations = gold.get("relations", [])
    if gold_relations:
        by_id_names = {k: v for a in analyses for k, v in _actor_names_by_id(a).items()}
        relations = [r for a in analyses for r in a.relations]
        found_rel = 0
        for gr in gold_relations:
            ga, gb = gold_actor_names(gold, [gr["a"]]), gold_actor_names(gold, [gr["b"]])
            for r in relations:
                na, nb = by_id_names.get(r.a, {r.a}), by_id_names.get(r.b, {r.b})
                pair = (actor_match(na, ga) and actor_match(nb, gb)) or (actor_match(na, gb) and actor_match(nb, ga))
                if pair and r.kind == gr["kind"]:
                    found_rel += 1
                    break
        out["relations"] = {"gold": len(gold_relations), "found": found_rel, "predicted": len(relations)}
    gold_claims = gold.get("claims", [])
    if gold_claims:
        by_id_names = {k: v for a in analyses for k, v in _actor_names_by_id(a).items()}
        claims = [c for a in analyses for c in a.claims]
        content_found = 0
        full_found = 0
        for gc in gold_claims:
            same = [c for c in claims if evidence_match(c.content, gc["content"]) or evidence_match(gc["content"], c.content)]
            content_found += bool(same)
            speaker = gold_actor_names(gold, [gc["speaker"]])
            if any(actor_match([c.speaker, *by_id_names.get(c.speaker_actor or "", set())], speaker) for c in same):
                full_found += 1
        out["claims"] = {"gold": len(gold_claims), "content_found": content_found, "found": full_found,
                         "predicted": len(claims)}
    return out


def _evaluate_documents(name: str, title: str, items: Sequence[tuple[str, Path, Path]], settings: Settings,
                        analyzer: "Analyzer | None", *, verbose: bool = False) -> dict[str, Any]:
    """Score ``(id, text file, gold file)`` items; micro-averaged over all documents."""
    analyzer = _analyzer(settings, analyzer)
    docs_out: list[dict[str, Any]] = []
    details: list[str] = []
    gold_by_type: dict[str, list[bool]] = {}
    pred_by_type: dict[str, list[bool]] = {}
    attr_counts: dict[str, list[bool]] = {}
    extras_total: dict[str, dict[str, int]] = {}
    negatives: list[dict[str, Any]] = []
    tot_req = tot_found = tot_pred = tot_matched = 0
    tot_found_lenient = tot_matched_lenient = tot_found_with_place = 0
    for item_id, text_path, gold_path in items:
        gold = _read_json(gold_path)
        documents, failures = read_documents(text_path, settings)
        analyses = list(analyzer.analyse(documents))
        preds: list[dict[str, Any]] = []
        events: list[Event] = []
        for a in analyses:
            preds.extend(to_scorer_events(a.events, a.document))
            events.extend(a.events)
        strict = score_events(preds, gold)
        lenient = score_events(preds, gold, strict=False)
        required = [e for e in gold.get("events", []) if e.get("required", True)]
        n_found = sum(strict.found[e["id"]] for e in required)
        n_matched = len(preds) - len(strict.unmatched)
        tot_req += len(required)
        tot_found += n_found
        tot_pred += len(preds)
        tot_matched += n_matched
        tot_found_lenient += sum(lenient.found[e["id"]] for e in required)
        tot_matched_lenient += len(preds) - len(lenient.unmatched)
        for e in required:
            gold_by_type.setdefault(e["types"][0], []).append(strict.found[e["id"]])
        unmatched = set(strict.unmatched)
        for i, p in enumerate(preds):
            pred_by_type.setdefault(str(p["type"]), []).append(i not in unmatched)
        attr_notes: dict[str, str] = {}
        for e in gold.get("events", []):
            if strict.matches[e["id"]]:
                checks = _attribute_checks(gold, e, preds, events, strict.matches[e["id"]])
                attr_notes[e["id"]] = " ".join(f"{a}:{'ok' if ok else 'WRONG'}" for a, ok in checks.items())
                for attr, ok in checks.items():
                    attr_counts.setdefault(attr, []).append(ok)
                if e.get("required", True) and checks.get("place", True):
                    tot_found_with_place += 1
        must_drop = [norm(x) for x in (gold.get("cleaning") or {}).get("must_drop", []) if norm(x)]
        if must_drop:
            boiler = sum(any(m in norm(str(p["evidence"])) for m in must_drop) for p in preds)
            extras_boiler = {"boilerplate": {"events": boiler}}
        else:
            extras_boiler = {}
        extras = {**_score_extras(gold, analyses), **extras_boiler}
        for key, vals in extras.items():
            bucket = extras_total.setdefault(key, {})
            for k, v in vals.items():
                if isinstance(v, int):
                    bucket[k] = bucket.get(k, 0) + v
        doc_row: dict[str, Any] = {
            "id": item_id, "required": len(required), "found": n_found, "predicted": len(preds),
            "matched": n_matched, "recall": round(strict.recall, 4), "precision": round(strict.precision, 4),
            "failures": [f"{f.stage}:{f.code}: {f.reason}" for f in failures],
        }
        if extras:
            doc_row["extras"] = extras
        docs_out.append(doc_row)
        if not gold.get("events"):
            negatives.append({"id": item_id, "false_positives": len(preds),
                              "types": sorted({str(p["type"]) for p in preds})})
        if verbose:
            details.append(f"-- {item_id} ({gold_path.name}): recall {strict.recall:.2f} of {strict.n_required}, "
                           f"precision {strict.precision:.2f} of {strict.n_predicted}")
            for e in gold.get("events", []):
                flag = "FOUND " if strict.found[e["id"]] else ("TYPEOK" if lenient.found[e["id"]] else "MISSED")
                req = "" if e.get("required", True) else " (optional)"
                note = f" [{attr_notes[e['id']]}]" if attr_notes.get(e["id"]) else ""
                details.append(f"   {flag} {e['id']}{req} {'/'.join(e['types'])}: {e['evidence'][:80]}{note}")
            for i in strict.unmatched:
                p = preds[i]
                details.append(f"   EXTRA  {p['type']} {p['sources']} -> {p['targets']} [{p['modality']}]: "
                               f"{str(p['evidence'])[:80]}")
    per_type: dict[str, dict[str, Any]] = {}
    for t in sorted(set(gold_by_type) | set(pred_by_type)):
        g, p = gold_by_type.get(t, []), pred_by_type.get(t, [])
        per_type[t] = {"gold": len(g), "pred": len(p), "tp": sum(g), **prf(sum(p), len(p), sum(g), len(g))}
    metrics: dict[str, Any] = {
        "lenient_recall": round(tot_found_lenient / tot_req, 4) if tot_req else 1.0,
        "lenient_precision": round(tot_matched_lenient / tot_pred, 4) if tot_pred else 1.0,
        "recall_with_place": round(tot_found_with_place / tot_req, 4) if tot_req else 1.0,
    }
    for attr, oks in sorted(attr_counts.items()):
        metrics[f"found_events_{attr}_right"] = f"{sum(oks)}/{len(oks)}"
    for key, bucket in sorted(extras_total.items()):
        for k, v in sorted(bucket.items()):
            metrics[f"{key}_{k}"] = v
    if negatives:
        metrics["negative_documents"] = len(negatives)
        metrics["negative_false_positives"] = sum(n["false_positives"] for n in negatives)
    positives = [d for d in docs_out if d["id"] not in {n["id"] for n in negatives}]
    precision = tot_matched / tot_pred if tot_pred else (1.0 if not tot_req else 0.0)
    recall = tot_found / tot_req if tot_req else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    overall = {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
               "n_gold": tot_req, "n_pred": tot_pred}
    result: dict[str, Any] = {
        "target": name, "title": title, "n": len(items), "overall": overall, "metrics": metrics,
        "per_type": per_type, "documents": docs_out,
    }
    if negatives:
        result["negatives"] = negatives
        pos_pred = sum(d["predicted"] for d in positives)
        pos_matched = sum(d["matched"] for d in positives)
        metrics["positive_documents_precision"] = round(pos_matched / pos_pred, 4) if pos_pred else 1.0
    if verbose:
        result["details"] = details
    return result


def evaluate_seed(settings: Settings, shared: Path, *, analyzer: "Analyzer | None" = None,
                  limit: int | None = None, stride: int = 1, verbose: bool = False) -> dict[str, Any]:
    """The seed article against ``seed/expected.json`` (events, actors, places, relations, claims).

    ``limit`` and ``stride`` are accepted for a uniform signature; the seed is one document.
    ``boilerplate_events`` counts events whose sentence holds a ``cleaning.must_drop`` string.
    """
    items = [("seed", shared / "seed" / "seed-article.txt", shared / "seed" / "expected.json")]
    return _evaluate_documents("seed", "Seed article (seed/expected.json)", items, settings, analyzer,
                               verbose=verbose)


def _folder_items(folder: Path, *, limit: int | None, stride: int) -> list[tuple[str, Path, Path]]:
    if not folder.is_dir():
        raise ResourceError(f"evaluation folder missing: {folder}", source=str(folder))
    items = [(p.stem, p, folder / "gold" / f"{p.stem}.json") for p in sorted(folder.glob("*.txt"))
             if (folder / "gold" / f"{p.stem}.json").is_file()]
    return _stride(items, limit=limit, stride=stride)


def evaluate_corpus(settings: Settings, shared: Path, *, analyzer: "Analyzer | None" = None,
                    limit: int | None = None, stride: int = 1, verbose: bool = False) -> dict[str, Any]:
    """The public-domain sample corpus (``corpus/*.txt``) against ``corpus/gold/*.json``."""
    items = _folder_items(shared / "corpus", limit=limit, stride=stride)
    return _evaluate_documents("corpus", "Sample corpus (corpus/gold)", items, settings, analyzer, verbose=verbose)


def evaluate_wikinews(settings: Settings, shared: Path, *, analyzer: "Analyzer | None" = None,
                      limit: int | None = None, stride: int = 1, verbose: bool = False) -> dict[str, Any]:
    """``eval/wikinews-and-gov``: 11 texts with events, 4 without (their events are false positives)."""
    items = _folder_items(shared / "eval" / "wikinews-and-gov", limit=limit, stride=stride)
    return _evaluate_documents("wikinews", "Wikinews and government texts (eval/wikinews-and-gov)", items,
                               settings, analyzer, verbose=verbose)


# --------------------------------------------------------------------------------------------
# Sentence-level evaluation
# --------------------------------------------------------------------------------------------


def _country(code: str | None) -> str:
    code = (code or "").strip().upper()[:3]
    if not code:
        return "---"
    return LEGACY_COUNTRY_CODES.get(code, code)


def mention_country(mention: ActorMention) -> str:
    """ISO-3 (or IGO/IMG/NGO) code of a mention's actor: its country, else its CAMEO code's prefix."""
    actor = mention.actor
    return _country(actor.country or actor.cameo)


def _gold_actor_list(value: Any) -> list[dict[str, Any]]:
    return [a for a in value if isinstance(a, dict)] if isinstance(value, list) else []


def evaluate_plover_gsr(settings: Settings, shared: Path, *, analyzer: "Analyzer | None" = None,
                        limit: int | None = None, stride: int = 1, verbose: bool = False) -> dict[str, Any]:
    """PLOVER-GSR: event type of the top event, and its source/target country codes."""
    records = _stride(_read_jsonl(shared / "eval" / "plover-gsr" / "plover_gsr.jsonl"), limit=limit, stride=stride)
    analyzer = _analyzer(settings, analyzer)
    documents = [sentence_document(r["text"], f"plover-{i}-{r['id']}") for i, r in enumerate(records)]
    analyses = _analyse_by_id(analyzer, documents)
    gold_types: list[str] = []
    pred_types: list[str] = []
    src_ok: list[bool] = []
    tgt_ok: list[bool] = []
    details: list[str] = []
    for r, d in zip(records, documents):
        a = analyses.get(d.id)
        top = top_event(a.events) if a is not None else None
        gold_type = str(r.get("event_plover_current") or r["event"]).upper()
        pred_type = top.type.upper() if top is not None else "NONE"
        gold_types.append(gold_type)
        pred_types.append(pred_type)
        gs = {_country(x.get("code")) for x in _gold_actor_list(r.get("source"))}
        gt = {_country(x.get("code")) for x in _gold_actor_list(r.get("target"))}
        ps = {mention_country(m) for m in top.sources} if top is not None else set()
        pt = {mention_country(m) for m in top.targets} if top is not None else set()
        if "SRC/TAR" in (r.get("markup") or "") and not gt:
            both = (ps | pt) == gs
            s_ok = t_ok = both
        else:
            s_ok, t_ok = ps == gs, pt == gt
        src_ok.append(s_ok)
        tgt_ok.append(t_ok)
        if verbose and (pred_type != gold_type or not (s_ok and t_ok)):
            details.append(f"   {r['id']}: gold {gold_type} {sorted(gs)}->{sorted(gt)} | pred {pred_type} "
                           f"{sorted(ps)}->{sorted(pt)} | {d.text[:90]}")
    cls = _classification(gold_types, pred_types)
    n = len(records)
    type_ok = [g == p for g, p in zip(gold_types, pred_types)]
    metrics = {
        "type_accuracy": cls["accuracy"], "type_macro_f1": cls["macro_f1"],
        "source_codes_accuracy": round(sum(src_ok) / n, 4) if n else 0.0,
        "target_codes_accuracy": round(sum(tgt_ok) / n, 4) if n else 0.0,
        "source_and_target_codes_accuracy": round(sum(s and t for s, t in zip(src_ok, tgt_ok)) / n, 4) if n else 0.0,
        "event_source_accuracy": round(sum(e and s for e, s in zip(type_ok, src_ok)) / n, 4) if n else 0.0,
        "event_source_target_accuracy": round(
            sum(e and s and t for e, s, t in zip(type_ok, src_ok, tgt_ok)) / n, 4) if n else 0.0,
        "codes_accuracy_when_type_right": round(
            sum(s and t for e, s, t in zip(type_ok, src_ok, tgt_ok) if e) / sum(type_ok), 4) if any(type_ok) else 0.0,
        "no_event": pred_types.count("NONE"),
    }
    result = {"target": "plover-gsr", "title": "PLOVER-GSR sentences (event_plover_current)", "n": n,
              "overall": cls["overall"], "metrics": metrics, "per_type": cls["per_type"],
              "confusions": cls["confusions"]}
    if verbose:
        result["details"] = details
    return result


def token_chars(text: str, tokens: Sequence[str]) -> list[tuple[int, int] | None]:
    """Character range of each gold token in ``text`` (sequential search; None when not found)."""
    out: list[tuple[int, int] | None] = []
    pos = 0
    for tok in tokens:
        i = text.find(tok, pos)
        if i < 0 or i - pos > 40:
            out.append(None)
            continue
        out.append((i, i + len(tok)))
        pos = i + len(tok)
    return out


def _gold_spans(record: Mapping[str, Any], key: str, chars: Sequence[tuple[int, int] | None]) -> list[tuple[int, int]]:
    spans = []
    for s in record.get(key) or []:
        inside = [c for c in chars[s["token_start"]:s["token_end"]] if c is not None]
        if inside:
            spans.append((inside[0][0], inside[-1][1]))
    return spans


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


_QUAD_TO_PENTA = {1: "verbal_cooperation", 2: "material_cooperation", 3: "verbal_conflict", 4: "material_conflict"}
_PENTA_TO_QUAD = {0: "1", 1: "1", 2: "2", 3: "3", 4: "4"}


def _quad_class(event: Event) -> int | None:
    if event.quad_class is not None:
        return event.quad_class
    try:
        from ..plover import QUAD_CLASS
    except ImportError:  # pragma: no cover - plover.py is part of the package
        return None
    value = QUAD_CLASS.get(event.type)  # type: ignore[attr-defined]
    return int(value) if value is not None else None


MULTICOPED_SPLITS = ("test", "train")


def evaluate_multicoped(settings: Settings, shared: Path, *, analyzer: "Analyzer | None" = None,
                        limit: int | None = None, stride: int = 1, verbose: bool = False,
                        split: str = "test") -> dict[str, Any]:
    """Multi-CoPED CAMEO sentences: quad/penta class of the top event and actor span overlap.

    ``split`` is ``"test"`` (the reported figures, every row has a class and spans) or ``"train"``
    (for tuning: rows with a class are scored on class, rows with spans on spans).
    """
    if split not in MULTICOPED_SPLITS:
        raise ValueError(f"unknown Multi-CoPED split {split!r} (expected one of {', '.join(MULTICOPED_SPLITS)})")
    rows = [r for r in _read_jsonl(shared / "eval" / "multicoped-cameo" / "multicoped_cameo.jsonl")
            if r.get("split") == split and (r.get("pentaclass") is not None or r.get("tokens"))]
    records = _stride(rows, limit=limit, stride=stride)
    analyzer = _analyzer(settings, analyzer)
    documents = [sentence_document(r["text"], f"multicoped-{i}-{r['id']}") for i, r in enumerate(records)]
    analyses = _analyse_by_id(analyzer, documents)
    gold_quad: list[str] = []
    pred_quad: list[str] = []
    gold_penta: list[str] = []
    pred_penta: list[str] = []
    span_counts = {role: {"gold": 0, "gold_hit": 0, "pred": 0, "pred_hit": 0} for role in ("source", "target")}
    details: list[str] = []
    for r, d in zip(records, documents):
        a = analyses.get(d.id)
        top = top_event(a.events) if a is not None else None
        has_class = r.get("pentaclass") is not None
        if has_class:
            gold_quad.append(_PENTA_TO_QUAD[int(r["pentaclass"])])
            gold_penta.append(str(r["pentaclass_name"]))
            quad = _quad_class(top) if top is not None else None
            if quad is not None:
                pred_quad.append(str(quad))
                pred_penta.append(_QUAD_TO_PENTA.get(quad, "NONE"))
            elif a is not None and a.claims:
                pred_quad.append("1")
                pred_penta.append("make_statement")
            else:
                pred_quad.append("NONE")
                pred_penta.append("NONE")
        if r.get("tokens"):
            chars = token_chars(d.text, r["tokens"])
            recip = _gold_spans(r, "reciprocal_spans", chars)
            gold_roles = {"source": _gold_spans(r, "source_spans", chars) + recip,
                          "target": _gold_spans(r, "target_spans", chars) + recip}
            pred_roles = {"source": [(m.start, m.end) for m in top.sources] if top is not None else [],
                          "target": [(m.start, m.end) for m in top.targets] if top is not None else []}
            for role in ("source", "target"):
                c = span_counts[role]
                c["gold"] += len(gold_roles[role])
                c["gold_hit"] += sum(any(_overlaps(g, p) for p in pred_roles[role]) for g in gold_roles[role])
                c["pred"] += len(pred_roles[role])
                c["pred_hit"] += sum(any(_overlaps(p, g) for g in gold_roles[role]) for p in pred_roles[role])
        if verbose and has_class and pred_quad[-1] != gold_quad[-1]:
            details.append(f"   {r['id']}: gold {gold_penta[-1]} | pred {pred_penta[-1]}"
                           f"{' ' + top.type if top is not None else ''} | {d.text[:90]}")
    quad = _classification(gold_quad, pred_quad)
    penta = _classification(gold_penta, pred_penta)
    metrics: dict[str, Any] = {
        "quad_accuracy": quad["accuracy"], "quad_macro_f1": quad["macro_f1"],
        "penta_accuracy": penta["accuracy"], "penta_macro_f1": penta["macro_f1"],
        "no_event": pred_quad.count("NONE"),
    }
    for role, c in span_counts.items():
        for k, v in prf(c["pred_hit"], c["pred"], c["gold_hit"], c["gold"]).items():
            metrics[f"{role}_span_{k}"] = v
    result = {"target": "multicoped", "title": f"Multi-CoPED CAMEO {split} split (quad class per sentence)",
              "split": split, "n": len(records), "n_classified": len(gold_quad), "overall": quad["overall"], "metrics": metrics,
              "per_type": {f"Q{k}" if k != "NONE" else k: v for k, v in quad["per_type"].items()},
              "per_penta_class": penta["per_type"], "confusions": penta["confusions"]}
    if verbose:
        result["details"] = details
    return result


def cameo_to_plover(table_path: Path) -> dict[str, str]:
    """CAMEO code → PLOVER type from ``CAMEO2PLOVER-2021.txt`` (root lines and full codes)."""
    mapping: dict[str, str] = {}
    for line in table_path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        m = re.match(r"^(\d{2,4}):\s*([A-Z]+)", line)
        if m and m.group(1) not in mapping:
            mapping[m.group(1)] = m.group(2)
    return mapping


def _plover_of(code: str, mapping: Mapping[str, str]) -> str:
    code = code.strip()
    for n in range(len(code), 1, -1):
        if code[:n] in mapping:
            return mapping[code[:n]]
    return "NONE"


def evaluate_petrarch2(settings: Settings, shared: Path, *, analyzer: "Analyzer | None" = None,
                       limit: int | None = None, stride: int = 1, verbose: bool = False) -> dict[str, Any]:
    """PETRARCH-2 GSR validation: CAMEO root and PLOVER type of the top event, triples, no-event FPs."""
    base = shared / "eval" / "petrarch2-validation"
    rows = [r for r in _read_jsonl(base / "petr2_gsr_validation.jsonl") if r.get("evaluate", True) is not False]
    records = _stride(rows, limit=limit, stride=stride)
    mapping = cameo_to_plover(shared / "eval" / "plover-gsr" / "orig" / "CAMEO2PLOVER-2021.txt")
    analyzer = _analyzer(settings, analyzer)
    documents = [sentence_document(r["text"], f"petrarch2-{i}-{r['id']}", published=_iso_date(r.get("date")))
                 for i, r in enumerate(records)]
    analyses = _analyse_by_id(analyzer, documents)
    gold_types: list[str] = []
    pred_types: list[str] = []
    root_ok: list[bool] = []
    triples = {"pred": 0, "pred_hit": 0, "gold": 0, "gold_hit": 0}
    noevent_records = noevent_fp = 0
    details: list[str] = []
    for r, d in zip(records, documents):
        a = analyses.get(d.id)
        events = list(a.events) if a is not None else []
        top = top_event(events)
        gold_events = [] if r.get("noevents") else list(r.get("events") or [])
        plover = [_plover_of(str(e["eventcode"]), mapping) for e in gold_events]
        gold_type = next((t for t in plover if t != "NONE"), "NONE")
        pred_type = top.type.upper() if top is not None else "NONE"
        # A sentence is scored correct when the top event's type is any of its gold events' types.
        gold_types.append(pred_type if pred_type in plover else gold_type)
        pred_types.append(pred_type)
        gold_roots = {str(e["eventcode"])[:2] for e in gold_events}
        root_ok.append((top is not None and (top.cameo or "")[:2] in gold_roots) or (top is None and not gold_roots))
        if r.get("noevents"):
            noevent_records += 1
            noevent_fp += bool(events)
        gold_triples = {(_country(e.get("source")), _country(e.get("target")), str(e["eventcode"])[:2])
                        for e in gold_events}
        pred_triples = {(s, t, (e.cameo or "")[:2])
                        for e in events
                        for s in ({mention_country(m) for m in e.sources} or {"---"})
                        for t in ({mention_country(m) for m in e.targets} or {"---"})}
        triples["gold"] += len(gold_triples)
        triples["gold_hit"] += len(gold_triples & pred_triples)
        triples["pred"] += len(pred_triples)
        triples["pred_hit"] += len(gold_triples & pred_triples)
        if verbose and not root_ok[-1]:
            details.append(f"   {r['id']}: gold {sorted(gold_roots)} {sorted(gold_triples)} | pred "
                           f"{sorted(pred_triples)} {pred_type} | {d.text[:90]}")
    cls = _classification(gold_types, pred_types)
    n = len(records)
    metrics: dict[str, Any] = {
        "plover_type_accuracy": cls["accuracy"], "plover_type_macro_f1": cls["macro_f1"],
        "cameo_root_accuracy": round(sum(root_ok) / n, 4) if n else 0.0,
        **{f"triple_{k}": v for k, v in prf(triples["pred_hit"], triples["pred"], triples["gold_hit"],
                                            triples["gold"]).items()},
        "noevent_records": noevent_records, "noevent_false_positives": noevent_fp,
    }
    result = {"target": "petrarch2", "title": "PETRARCH-2 GSR validation sentences", "n": n,
              "overall": cls["overall"], "metrics": metrics, "per_type": cls["per_type"],
              "confusions": cls["confusions"]}
    if verbose:
        result["details"] = details
    return result


def _iso_date(yyyymmdd: str | None) -> str | None:
    if yyyymmdd and re.fullmatch(r"\d{8}", yyyymmdd):
        return f"{yyyymmdd[:4]}-{yyyymmdd[4:6]}-{yyyymmdd[6:]}"
    return None


# --------------------------------------------------------------------------------------------
# Running and reporting
# --------------------------------------------------------------------------------------------

Evaluation = Callable[..., dict[str, Any]]

#: Event evaluations by ``intelfile eval`` target name.
EVENT_TARGETS: dict[str, Evaluation] = {
    "seed": evaluate_seed,
    "corpus": evaluate_corpus,
    "wikinews": evaluate_wikinews,
    "plover-gsr": evaluate_plover_gsr,
    "multicoped": evaluate_multicoped,
    "petrarch2": evaluate_petrarch2,
}


def evaluate_events(targets: Sequence[str], settings: Settings, shared: Path, *, limit: int | None = None,
                    analyzer: "Analyzer | None" = None, verbose: bool = False,
                    strides: Mapping[str, int] | None = None) -> Iterator[dict[str, Any]]:
    """Run the named event evaluations with one analyzer, yielding each result as it is done."""
    unknown = [t for t in targets if t not in EVENT_TARGETS]
    if unknown:
        raise ValueError(f"unknown event evaluation(s): {', '.join(unknown)}")
    analyzer = _analyzer(settings, analyzer)
    for t in targets:
        yield EVENT_TARGETS[t](settings, shared, analyzer=analyzer, limit=limit,
                               stride=(strides or {}).get(t, 1), verbose=verbose)


def _table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> list[str]:
    cells = [[_cell(v) for v in row] for row in rows]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(headers)]
    line = "  ".join(h.ljust(w) if i == 0 else h.rjust(w) for i, (h, w) in enumerate(zip(headers, widths)))
    out = [line, "  ".join("-" * w for w in widths)]
    for r in cells:
        out.append("  ".join(v.ljust(w) if i == 0 else v.rjust(w) for i, (v, w) in enumerate(zip(r, widths))))
    return out


def _cell(v: Any) -> str:
    if isinstance(v, float):
        return f"{v:.3f}"
    return str(v)


def format_report(result: Mapping[str, Any], *, verbose: bool = False) -> str:
    """A readable report of one evaluation result: overall line, metrics, per-type and per-document tables."""
    o = result.get("overall", {})
    lines = [f"== {result.get('title', result.get('target'))} ({result.get('n')} items)",
             f"overall: precision {o.get('precision', 0):.3f}  recall {o.get('recall', 0):.3f}  "
             f"F1 {o.get('f1', 0):.3f}  (gold {o.get('n_gold', '-')}, predicted {o.get('n_pred', '-')})"]
    metrics = result.get("metrics") or {}
    if metrics:
        lines.append("metrics:")
        lines += [f"  {k}: {_cell(v)}" for k, v in metrics.items()]
    for key, label in (("per_type", "type"), ("per_penta_class", "penta class")):
        table = result.get(key) or {}
        if table:
            lines.append(f"per {label}:")
            lines += ["  " + x for x in _table(
                [label, "gold", "pred", "prec", "recall", "F1"],
                [[t, v["gold"], v["pred"], v["precision"], v["recall"], v["f1"]] for t, v in table.items()])]
    confusions = result.get("confusions") or []
    if confusions:
        lines.append("most frequent confusions (gold -> predicted):")
        lines.append("  " + ", ".join(f"{c['gold']}->{c['pred']} {c['count']}" for c in confusions))
    docs = result.get("documents") or []
    if docs:
        lines.append("per document:")
        lines += ["  " + x for x in _table(
            ["doc", "required", "found", "predicted", "matched", "recall", "prec", "failures"],
            [[d["id"], d["required"], d["found"], d["predicted"], d["matched"], d["recall"], d["precision"],
              len(d["failures"])] for d in docs])]
    if verbose and result.get("details"):
        lines.append("details:")
        lines += list(result["details"])
    return "\n".join(lines)


# --------------------------------------------------------------------------------------------
# The accuracy gate (CONVENTIONS 22): figures, fingerprint, pinning
# --------------------------------------------------------------------------------------------

#: Which items the gate scores: whole document sets, fixed strided subsets of the sentence sets.
GATE_SUBSETS: dict[str, dict[str, int | None]] = {
    "seed": {"stride": 1, "limit": None},
    "corpus": {"stride": 1, "limit": None},
    "wikinews": {"stride": 1, "limit": None},
    "plover-gsr": {"stride": 3, "limit": 100},
    "multicoped": {"stride": 4, "limit": 100},
    "case2021": {"stride": 5, "limit": 200},
}

#: Gate figure → (evaluation, where in its result). Higher is better unless listed in GATE_CEILINGS.
GATE_FIGURES: dict[str, tuple[str, str, str]] = {
    "seed_recall": ("seed", "overall", "recall"),
    "seed_precision": ("seed", "overall", "precision"),
    "corpus_recall": ("corpus", "overall", "recall"),
    "corpus_precision": ("corpus", "overall", "precision"),
    "wikinews_recall": ("wikinews", "overall", "recall"),
    "wikinews_false_positives": ("wikinews", "metrics", "negative_false_positives"),
    "plover_gsr_type_accuracy": ("plover-gsr", "metrics", "type_accuracy"),
    "plover_gsr_source_target_codes": ("plover-gsr", "metrics", "source_and_target_codes_accuracy"),
    "multicoped_quad_macro_f1": ("multicoped", "metrics", "quad_macro_f1"),
    "case2021_type_accuracy": ("case2021", "metrics", "type_accuracy"),
    "case2021_mode_accuracy": ("case2021", "metrics", "mode_accuracy"),
}

#: Figures where lower is better (counts of false positives): pinned as ceilings.
GATE_CEILINGS: frozenset[str] = frozenset({"wikinews_false_positives"})

#: Distance between a measured figure and its pinned floor (ceilings: measured + 2 events).
GATE_MARGIN = 0.02
GATE_COUNT_MARGIN = 2


def gate_fingerprint(shared: Path) -> str:
    """sha256 of every input and gold file the gate reads."""
    return fingerprint([p for t in GATE_SUBSETS for p in gold_files(t, shared)], shared)


def gate_results(settings: Settings, shared: Path, *,
                 analyzer: "Analyzer | None" = None) -> dict[str, dict[str, Any]]:
    """Run the gate's evaluations (see :data:`GATE_SUBSETS`) with one analyzer."""
    from .case2021 import evaluate_case2021

    analyzer = _analyzer(settings, analyzer)
    evaluations: dict[str, Evaluation] = {**EVENT_TARGETS, "case2021": evaluate_case2021}
    return {t: evaluations[t](settings, shared, analyzer=analyzer, limit=spec["limit"], stride=spec["stride"] or 1)
            for t, spec in GATE_SUBSETS.items()}


def gate_figures(results: Mapping[str, Mapping[str, Any]]) -> dict[str, float]:
    """The gate's figures picked out of :func:`gate_results`."""
    return {name: float(results[target][section][key]) for name, (target, section, key) in GATE_FIGURES.items()}


def gate_failures(figures: Mapping[str, float], baseline: Mapping[str, Any]) -> list[str]:
    """Figures below their floor (or above their ceiling), as messages."""
    out = []
    for name, floor in (baseline.get("floors") or {}).items():
        if name in figures and figures[name] < floor - 1e-9:
            out.append(f"{name} = {figures[name]:.4f} fell below its floor {floor:.4f}")
    for name, ceiling in (baseline.get("ceilings") or {}).items():
        if name in figures and figures[name] > ceiling + 1e-9:
            out.append(f"{name} = {figures[name]:g} rose above its ceiling {ceiling:g}")
    return out


def new_baseline(figures: Mapping[str, float], fingerprint_: str, previous: Mapping[str, Any] | None, *,
                 allow_lower: bool = False, measured_on: str | None = None) -> dict[str, Any]:
    """The baseline to pin for ``figures``: floors = measured − margin, ceilings = measured + margin.

    Raises ValueError when a floor would go down (or a ceiling up) from ``previous`` unless
    ``allow_lower``. Floors never go below 0.
    """
    floors: dict[str, float] = {}
    ceilings: dict[str, float] = {}
    for name, value in figures.items():
        if name in GATE_CEILINGS:
            ceilings[name] = float(value) + GATE_COUNT_MARGIN
        else:
            floors[name] = round(max(0.0, float(value) - GATE_MARGIN), 4)
    if previous and not allow_lower:
        lowered = [f"{n}: {previous['floors'][n]} -> {v}" for n, v in floors.items()
                   if n in (previous.get("floors") or {}) and v < previous["floors"][n]]
        lowered += [f"{n}: {previous['ceilings'][n]} -> {v}" for n, v in ceilings.items()
                    if n in (previous.get("ceilings") or {}) and v > previous["ceilings"][n]]
        if lowered:
            raise ValueError("pinning would lower the accuracy gate (" + "; ".join(lowered)
                             + "); pass --allow-lower if this is intended")
    return {
        "about": ("Accuracy gate of the event coder (CONVENTIONS 22), checked by tests/test_accuracy_gate.py. "
                  "Floors are the measured figures minus the margin; wikinews_false_positives is a ceiling "
                  "(events coded in the 4 texts without a political event). Re-pin only with "
                  "`python benchmarks/eval_events.py --pin` (lowering needs --allow-lower)."),
        "fingerprint": fingerprint_,
        "measured_on": measured_on,
        "subsets": {t: dict(spec) for t, spec in GATE_SUBSETS.items()},
        "margin": GATE_MARGIN,
        "measured": {n: round(float(v), 4) for n, v in figures.items()},
        "floors": floors,
        "ceilings": ceilings,
    }
