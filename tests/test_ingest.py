"""ingest.read_inputs on real files written here: every format, and every kind of bad input."""
from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

from intelfile import load_settings
from intelfile.ingest import decode_bytes, read_inputs, sample_corpus_path, sniff_format
from intelfile.records import Failure, RawDocument

ARTICLE = (
    "Army retakes town\n\nMarch 14, 2015 03:08\n\n"
    "The army drove the insurgents out of the town on Tuesday, officials said.\n"
)
HTML = (
    "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Army retakes town</title></head>"
    "<body><nav>Home | World</nav><article><h1>Army retakes town</h1>"
    + "<p>The army drove the insurgents out of the town on Tuesday, officials said.</p>" * 5
    + "</article></body></html>"
)


@pytest.fixture(scope="module")
def settings():
    return load_settings()


def run(inputs, settings, **kw):
    return list(read_inputs([str(i) for i in inputs], settings, **kw))


def docs(items):
    return [i for i in items if isinstance(i, RawDocument)]


def fails(items):
    return [i for i in items if isinstance(i, Failure)]


def write_warc(path: Path, n: int, *, gz: bool, extra_non_html: bool = False) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=gz)
        for i in range(n):
            if extra_non_html:
                hh = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
                rec = writer.create_warc_record(f"http://example.com/{i}.png", "response",
                                                payload=io.BytesIO(b"\x89PNG..."), length=7,
                                                http_headers=hh)
                writer.write_record(rec)
            body = HTML.replace("Army retakes town", f"Story {i}").encode("utf-8")
            hh = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                  protocol="HTTP/1.1")
            rec = writer.create_warc_record(
                f"http://example.com/news/{i}", "response", payload=io.BytesIO(body), length=len(body),
                http_headers=hh,
                warc_headers_dict={"WARC-Date": f"2020-05-0{i + 1}T10:00:00Z"})
            writer.write_record(rec)


# ---------------------------------------------------------------- formats


def test_text_file(tmp_path, settings):
    p = tmp_path / "a.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    (doc,) = run([p], settings)
    assert doc.format == "text" and doc.content == ARTICLE and doc.origin == str(p)
    assert doc.encoding == "utf-8"


def test_html_file(tmp_path, settings):
    p = tmp_path / "page.html"
    p.write_text(HTML, encoding="utf-8")
    (doc,) = run([p], settings)
    assert doc.format == "html" and "<article>" in doc.content


def test_jsonl_keeps_good_lines_and_reports_bad_ones(tmp_path, settings):
    p = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"text": "First story.", "url": "http://a/1", "title": "One",
                    "published": "2015-03-14", "publisher": "Wire"}),
        "{not json",
        "",
        json.dumps({"html": HTML, "url": "http://a/2"}),
        json.dumps({"title": "no body"}),
        json.dumps(["a", "list"]),
        json.dumps({"text": "Third story.", "published_date": "Aug. 19, 2014"}),
    ]
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = run([p], settings)
    good = docs(items)
    assert [d.origin for d in good] == [f"{p}:1", f"{p}:4", f"{p}:7"]
    assert (good[0].url, good[0].title, good[0].published, good[0].publisher) == (
        "http://a/1", "One", "2015-03-14", "Wire")
    assert good[1].format == "html" and good[2].published == "2014-08-19"
    bad = fails(items)
    assert [(f.origin, f.code) for f in bad] == [
        (f"{p}:2", "malformed"), (f"{p}:5", "malformed"), (f"{p}:6", "malformed")]
    assert all(f.stage == "ingest" and f.reason for f in bad)


@pytest.mark.parametrize("gz", [False, True])
def test_warc(tmp_path, settings, gz):
    p = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    write_warc(p, 3, gz=gz, extra_non_html=True)
    items = run([p], settings)
    assert not fails(items)
    got = docs(items)
    assert [d.url for d in got] == [f"http://example.com/news/{i}" for i in range(3)]
    assert all(d.format == "html" and "<article>" in d.content for d in got)
    assert got[1].meta["warc_date"] == "2020-05-02T10:00:00Z"
    assert len({d.origin for d in got}) == 3 and all("#" in d.origin for d in got)


def test_truncated_warc_keeps_records_before_the_cut(tmp_path, settings):
    full = tmp_path / "full.warc.gz"
    write_warc(full, 4, gz=True)
    data = full.read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: int(len(data) * 0.6)])
    items = run([cut], settings)
    got, bad = docs(items), fails(items)
    assert 1 <= len(got) < 4
    assert [d.url for d in got] == [f"http://example.com/news/{i}" for i in range(len(got))]
    assert len(bad) == 1 and bad[0].code == "truncated" and bad[0].origin == str(cut)


def test_gzip_of_each_format(tmp_path, settings):
    (tmp_path / "a.txt.gz").write_bytes(gzip.compress(ARTICLE.encode()))
    (tmp_path / "b.html.gz").write_bytes(gzip.compress(HTML.encode()))
    (tmp_path / "c.jsonl.gz").write_bytes(gzip.compress(b'{"text": "Story."}\n'))
    (tmp_path / "d.gz").write_bytes(gzip.compress(b'{"text": "Sniffed."}\n'))
    items = run([tmp_path], settings)
    assert not fails(items)
    assert [(Path(d.origin.split(":")[0]).name, d.format) for d in items] == [
        ("a.txt.gz", "text"), ("b.html.gz", "html"), ("c.jsonl.gz", "text"), ("d.gz", "text")]
    assert items[0].content == ARTICLE


def test_gzip_cut_in_the_middle(tmp_path, settings):
    lines = b"".join(json.dumps({"text": f"Story number {i}. " * 20}).encode() + b"\n"
                     for i in range(400))
    data = gzip.compress(lines)
    p = tmp_path / "cut.jsonl.gz"
    p.write_bytes(data[: len(data) // 2])
    items = run([p], settings)
    got, bad = docs(items), fails(items)
    assert 0 < len(got) < 400
    assert all(d.content.startswith(f"Story number {i}.") for i, d in enumerate(got))
    assert [(f.origin, f.code) for f in bad] == [(str(p), "truncated")]

    t = tmp_path / "cut.txt.gz"
    t.write_bytes(gzip.compress(ARTICLE.encode() * 50)[:60])
    (f,) = run([t], settings)
    assert isinstance(f, Failure) and f.code == "truncated"


# ---------------------------------------------------------------- encodings and bad input


def test_latin1_and_cp1252_text_decode_right(tmp_path, settings):
    text = "Le général a déclaré à Paris que l'armée était prête. Naïve « façade », Größe, año."
    p = tmp_path / "latin1.txt"
    p.write_bytes(text.encode("latin-1"))
    (doc,) = run([p], settings)
    assert doc.content == text and doc.encoding in {"cp1252", "latin-1", "iso8859-1"}
    q = tmp_path / "cp1252.txt"
    q.write_bytes("He said “no” – twice… in Zürich.".encode("cp1252"))
    (doc,) = run([q], settings)
    assert doc.content == "He said “no” – twice… in Zürich."


def test_decode_bytes_cyrillic_and_utf16():
    text = "Президент заявил, что армия готова к наступлению на город. Это очень важно."
    assert decode_bytes(text.encode("cp1251"))[0] == text
    assert decode_bytes(text.encode("utf-16"))[0] == text


def test_bad_inputs_each_become_a_failure(tmp_path, settings):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b" \n\n  \n")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (tmp_path / "big.txt").write_text("word " * 400, encoding="utf-8")
    (tmp_path / "ok.txt").write_text(ARTICLE, encoding="utf-8")
    small = settings.with_overrides({"ingest": {"max_bytes": 1000}})
    items = run([tmp_path, tmp_path / "missing.txt"], small)
    codes = {Path(f.origin).name: f.code for f in fails(items)}
    assert codes == {"big.txt": "too-large", "binary.txt": "binary", "blank.txt": "empty",
                     "empty.txt": "empty", "missing.txt": "unreadable"}
    assert [Path(d.origin).name for d in docs(items)] == ["ok.txt"]


def test_too_large_once_decompressed(tmp_path, settings):
    p = tmp_path / "bomb.txt.gz"
    p.write_bytes(gzip.compress(b"a" * 50_000))
    (f,) = run([p], settings.with_overrides({"ingest": {"max_bytes": 10_000}}))
    assert f.code == "too-large"


# ---------------------------------------------------------------- folders, globs, stdin


def test_folder_is_recursive_sorted_and_filtered(tmp_path, settings):
    (tmp_path / "b").mkdir()
    (tmp_path / "a").mkdir()
    (tmp_path / "b" / "2.txt").write_text("Two.", encoding="utf-8")
    (tmp_path / "a" / "1.txt").write_text("One.", encoding="utf-8")
    (tmp_path / "0.htm").write_text(HTML, encoding="utf-8")
    (tmp_path / "notes.md").write_text("not read", encoding="utf-8")
    items = run([tmp_path], settings)
    assert [Path(d.origin).relative_to(tmp_path).as_posix() for d in items] == [
        "0.htm", "a/1.txt", "b/2.txt"]


def test_large_folder_streams(tmp_path, settings):
    n = 10_000
    for i in range(n):
        (tmp_path / f"{i:05d}.txt").write_text(f"Story {i}.", encoding="utf-8")
    stream = read_inputs([str(tmp_path)], settings)
    first = next(stream)  # a generator: the first document comes before the rest is read
    assert isinstance(first, RawDocument) and first.content == "Story 0."
    rest = sum(1 for _ in stream)
    assert rest == n - 1


def test_glob(tmp_path, settings):
    for name in ("x1.txt", "x2.txt", "y.txt"):
        (tmp_path / name).write_text(f"{name}.", encoding="utf-8")
    items = run([tmp_path / "x*.txt", tmp_path / "nothing*.txt"], settings)
    assert [Path(d.origin).name for d in docs(items)] == ["x1.txt", "x2.txt"]
    assert [f.code for f in fails(items)] == ["unreadable"]


def test_stdin_text_jsonl_and_gzip(settings):
    (doc,) = list(read_inputs(["-"], settings, stdin=io.BytesIO(ARTICLE.encode())))
    assert doc.origin == "<stdin>" and doc.format == "text" and doc.content == ARTICLE
    items = list(read_inputs(["-"], settings, stdin=io.BytesIO(b'{"text": "A."}\n{"text": "B."}\n')))
    assert [d.origin for d in items] == ["<stdin>:1", "<stdin>:2"]
    (doc,) = list(read_inputs(["-"], settings, stdin=io.BytesIO(gzip.compress(HTML.encode()))))
    assert doc.format == "html"
    (f,) = list(read_inputs(["-"], settings, stdin=io.BytesIO(b"")))
    assert f.code == "empty"


def test_sniff_format():
    assert sniff_format(b"\x1f\x8b\x08") == "gzip"
    assert sniff_format(b"WARC/1.0\r\n") == "warc"
    assert sniff_format(b"  <!doctype html><html>") == "html"
    assert sniff_format(b'{"text": "x"}\n') == "jsonl"
    assert sniff_format(b"Headline\n\nBody.") == "text"


# ---------------------------------------------------------------- sidecar index and sample corpus


def test_sidecar_index_gives_metadata(tmp_path, settings):
    (tmp_path / "001.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "002.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "index.jsonl").write_text(
        json.dumps({"id": "001", "file": "001.txt", "url": "https://x.gov/1", "title": "T1",
                    "publisher": "X", "published_date": "Aug. 19, 2014"}) + "\n"
        + json.dumps({"file": "002.txt", "published_date": "not stated in stored text"}) + "\n",
        encoding="utf-8")
    items = run([tmp_path], settings)
    assert [Path(d.origin).name for d in items] == ["001.txt", "002.txt"]  # the index is not an input
    one, two = items
    assert (one.url, one.title, one.publisher, one.published) == ("https://x.gov/1", "T1", "X", "2014-08-19")
    assert two.published is None and two.url is None


def test_sample_corpus_ingests_with_real_metadata(settings):
    folder = sample_corpus_path()
    index = [json.loads(line) for line in (folder / "index.jsonl").read_text(encoding="utf-8").splitlines()]
    items = run([folder], settings)
    assert not fails(items)
    assert [Path(d.origin).name for d in items] == sorted(e["file"] for e in index)
    by_file = {e["file"]: e for e in index}
    for d in items:
        assert d.url == by_file[Path(d.origin).name]["url"]
    assert items[0].published == "2014-08-19"
    assert (folder / "README.md").is_file()


def test_html_in_a_declared_single_byte_charset(tmp_path, settings):
    page = ("<html><head><meta charset='windows-1252'></head><body><p>L’armée a pris “la ville” — "
            "déjà.</p></body></html>")
    p = tmp_path / "page.htm"
    p.write_bytes(page.encode("cp1252"))
    (doc,) = run([p], settings)
    assert doc.content == page and doc.encoding == "cp1252"


@pytest.mark.parametrize("stated,iso", [
    ("Mon, 19 Dec 2016 10:00:00 GMT", "2016-12-19T10:00"),
    ("2016-12-19", "2016-12-19"),
    ("December 2016", None),
])
def test_jsonl_dates_are_read_as_iso(tmp_path, settings, stated, iso):
    p = tmp_path / "d.jsonl"
    p.write_text(json.dumps({"text": "Story.", "date": stated}) + "\n", encoding="utf-8")
    (doc,) = run([p], settings)
    assert doc.published == iso
    assert (doc.meta.get("published_raw") == stated) is (iso is None)
