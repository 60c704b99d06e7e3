"""Measure HTML main-text extraction on the article-extraction benchmark (Scrapinghub/Zyte).

Usage::

    python benchmarks/eval_extraction.py [--shared ../shared] [--limit N] [--json]

Reads ``eval/article-extraction-benchmark`` (181 pages with hand-made article bodies) and scores,
as the benchmark's SOURCE.md describes: per page, word 4-gram shingles (with counts) of the gold and
predicted body; TP = shared shingles, FP = extra predicted, FN = missed gold; each page's TP/FP/FN
are normalised to sum to 1 so long pages do not dominate; precision and recall come from the sums
over pages, F1 is their harmonic mean; "accuracy" is the share of pages whose word sequence equals
the gold exactly.

Also scored, when present, trafilatura's own English evaluation pages
(``eval/trafilatura-eval-en``): per page, each "with" snippet found in the text is a true positive
(missing: false negative), each "without" snippet found is a false positive (absent: true negative).

Two systems are scored: ``trafilatura`` (its bare extraction, as intelfile calls it) and
``intelfile`` (``clean.clean_document``: trafilatura plus the text-level cleaner; the headline that
``clean_document`` puts first is left out, as the gold bodies do not carry it).
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_WORD = re.compile(r"\w+", re.UNICODE)


def tokens(text: str) -> list[str]:
    return _WORD.findall(text)


def shingles(words: list[str], n: int = 4) -> Counter[tuple[str, ...]]:
    if len(words) < n:
        return Counter([tuple(words)]) if words else Counter()
    return Counter(tuple(words[i:i + n]) for i in range(len(words) - n + 1))


def page_counts(gold: str, pred: str) -> tuple[float, float, float]:
    g, p = shingles(tokens(gold)), shingles(tokens(pred))
    tp = sum((g & p).values())
    fp = sum((p - g).values())
    fn = sum((g - p).values())
    total = tp + fp + fn
    if total == 0:
        return 0.0, 0.0, 0.0
    return tp / total, fp / total, fn / total


def score(pairs: list[tuple[str, str]]) -> dict[str, float]:
    tp = fp = fn = 0.0
    exact = 0
    for gold, pred in pairs:
        a, b, c = page_counts(gold, pred)
        tp, fp, fn = tp + a, fp + b, fn + c
        exact += tokens(gold) == tokens(pred)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"pages": len(pairs), "precision": round(precision, 4), "recall": round(recall, 4),
            "f1": round(f1, 4), "accuracy": round(exact / len(pairs), 4) if pairs else 0.0}


def _snippet_scores(hits: list[tuple[int, int, int, int]]) -> dict[str, float]:
    tp, fn, fp, tn = (sum(h[i] for h in hits) for i in range(4))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    total = tp + fn + fp + tn
    return {"pages": len(hits), "precision": round(precision, 4), "recall": round(recall, 4),
            "f1": round(f1, 4), "accuracy": round((tp + tn) / total, 4) if total else 0.0}


def _snippet_eval(folder: Path, settings, limit: int | None) -> dict[str, dict[str, float]]:
    """trafilatura's own English evaluation pages: "with" snippets must be in the text, "without"
    snippets must not (see that folder's SOURCE.md)."""
    import trafilatura

    from intelfile.clean import clean_document
    from intelfile.errors import IntelfileError
    from intelfile.records import RawDocument

    index = folder / "trafilatura_eval_en.jsonl"
    if not index.is_file():
        return {}
    rows = [json.loads(line) for line in index.read_text(encoding="utf-8").splitlines() if line.strip()]
    if limit:
        rows = rows[:limit]
    plain, ours = [], []
    for row in rows:
        path = folder / row["html_file"]
        if not path.is_file():
            continue
        data = path.read_bytes()
        html = (gzip.decompress(data) if data[:2] == b"\x1f\x8b" else data).decode("utf-8", "replace")
        result = trafilatura.bare_extraction(html, url=row.get("url"), with_metadata=True,
                                             include_comments=False)
        text_plain = (result.text or "") if result is not None else ""
        try:
            text_ours = clean_document(RawDocument(origin=row["html_file"], content=html, format="html",
                                                   url=row.get("url")), settings).text
        except IntelfileError:
            text_ours = ""
        for text, out in ((text_plain, plain), (text_ours, ours)):
            norm = " ".join(text.split())
            with_ = [" ".join(w.split()) for w in row.get("with", [])]
            without = [" ".join(w.split()) for w in row.get("without", [])]
            out.append((sum(w in norm for w in with_), sum(w not in norm for w in with_),
                        sum(w in norm for w in without), sum(w not in norm for w in without)))
    return {"trafilatura (snippets)": _snippet_scores(plain), "intelfile (snippets)": _snippet_scores(ours)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"), help="the shared data folder")
    parser.add_argument("--limit", type=int, default=None, help="score only the first N pages")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    args = parser.parse_args(argv)

    import trafilatura

    from intelfile import load_settings
    from intelfile.clean import clean_document
    from intelfile.errors import IntelfileError
    from intelfile.records import RawDocument

    folder = Path(args.shared) / "eval" / "article-extraction-benchmark"
    index = folder / "article_extraction_benchmark.jsonl"
    if not index.is_file():
        print(f"not found: {index}", file=sys.stderr)
        return 2
    settings = load_settings()
    rows = [json.loads(line) for line in index.read_text(encoding="utf-8").splitlines() if line.strip()]
    if args.limit:
        rows = rows[: args.limit]
    plain: list[tuple[str, str]] = []
    ours: list[tuple[str, str]] = []
    for row in rows:
        html = gzip.decompress((folder / row["html_file"]).read_bytes()).decode("utf-8", "replace")
        gold = row["article_body"]
        result = trafilatura.bare_extraction(html, url=row["url"], with_metadata=True,
                                             include_comments=False)
        plain.append((gold, (result.text or "") if result is not None else ""))
        try:
            doc = clean_document(RawDocument(origin=row["id"], content=html, format="html",
                                             url=row["url"]), settings)
            text = doc.text
            if doc.title and text.startswith(doc.title.strip()):
                text = text[len(doc.title.strip()):]
        except IntelfileError:
            text = ""
        ours.append((gold, text))
    scores = {"trafilatura": score(plain), "intelfile": score(ours)}
    snippets = _snippet_eval(Path(args.shared) / "eval" / "trafilatura-eval-en", settings, args.limit)
    if snippets:
        scores.update(snippets)
    if args.json:
        print(json.dumps(scores, indent=2))
    else:
        for name, s in scores.items():
            print(f"{name:24s} pages={s['pages']} P={s['precision']:.3f} R={s['recall']:.3f} "
                  f"F1={s['f1']:.3f} accuracy={s['accuracy']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
