"""The real CLI on real files: ``python -m intelfile`` in a subprocess and ``cli.main`` in process."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from intelfile.cli import main
from intelfile.cli._common import render_cli_reference

ROOT = Path(__file__).resolve().parents[1]


def write_inputs(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "a.txt").write_text(
        "Rebels seize northern town\n\nMarch 14, 2015 03:08\n\n"
        "Rebel fighters seized the town of Kafr Nabl on Friday, residents said. "
        "Government troops withdrew overnight.\n", encoding="utf-8")
    (folder / "b.html").write_text(
        "<html><head><title>Ceasefire talks open</title>"
        '<meta property="og:site_name" content="Example News">'
        '<meta name="date" content="2016-05-02"></head><body><article>'
        "<h1>Ceasefire talks open</h1>"
        "<p>Delegations from both sides met in Geneva on Monday to discuss a ceasefire, "
        "the United Nations said in a statement.</p>"
        "<p>The talks are expected to last a week, diplomats said.</p>"
        "</article></body></html>", encoding="utf-8")
    (folder / "c.jsonl").write_text(json.dumps({
        "text": "Floods displaced thousands.\n\nHeavy rain flooded the valley on Sunday. "
                "Aid groups sent food and tents.",
        "url": "https://example.org/floods", "title": "Floods displaced thousands",
        "published": "2017-01-08", "publisher": "Example Wire"}) + "\n", encoding="utf-8")


def cli(tmp_path: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "intelfile", "--db", str(tmp_path / "t.duckdb"), *args],
                          cwd=tmp_path, capture_output=True, text=True, input=stdin, timeout=300)


def test_subprocess_ingest_documents_show_stats(tmp_path):
    write_inputs(tmp_path / "in")
    done = cli(tmp_path, "ingest", str(tmp_path / "in"))
    assert done.returncode == 0, done.stderr
    assert "3 read, 3 added" in done.stdout

    again = cli(tmp_path, "ingest", "--json", str(tmp_path / "in"))
    assert again.returncode == 0, again.stderr
    report = json.loads(again.stdout)
    assert (report["read"], report["added"], report["duplicates"], report["failed"]) == (3, 0, 3, 0)

    listing = cli(tmp_path, "documents", "--json")
    assert listing.returncode == 0, listing.stderr
    docs = json.loads(listing.stdout)
    assert docs["total"] == 3
    titles = {d["title"] for d in docs["documents"]}
    assert "Floods displaced thousands" in titles and "Rebels seize northern town" in titles
    floods = next(d for d in docs["documents"] if d["title"] == "Floods displaced thousands")
    assert floods["publisher"] == "Example Wire" and floods["url"] == "https://example.org/floods"

    table = cli(tmp_path, "documents", "--search", "ceasefire")
    assert table.returncode == 0 and "Ceasefire talks open" in table.stdout
    assert "Floods" not in table.stdout

    shown = cli(tmp_path, "show", floods["id"], "--json", "--sentences")
    assert shown.returncode == 0, shown.stderr
    doc = json.loads(shown.stdout)
    assert doc["id"] == floods["id"] and "Heavy rain flooded the valley on Sunday." in doc["text"]
    assert doc["sources"][0]["url"] == "https://example.org/floods"
    assert doc["sentence_texts"] == [doc["text"][s["start"]:s["end"]] for s in doc["sentences"]]

    numbered = cli(tmp_path, "show", floods["id"][:8], "--sentences")
    assert numbered.returncode == 0
    assert any(line.endswith("Aid groups sent food and tents.") and line.startswith("[")
               for line in numbered.stdout.splitlines())

    stats = cli(tmp_path, "stats", "--json")
    assert stats.returncode == 0
    data = json.loads(stats.stdout)
    assert data["documents"] == 3 and data["sources"] == 3 and data["failures"] == 0
    human = cli(tmp_path, "stats")
    assert "documents:" in human.stdout and human.returncode == 0


def test_subprocess_exit_codes_and_failure_summary(tmp_path):
    write_inputs(tmp_path / "in")
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    (tmp_path / "in" / "cut.txt.gz").write_bytes(b"\x1f\x8b\x08\x00\x00\x00\x00\x00")
    done = cli(tmp_path, "ingest", str(tmp_path / "in"), str(tmp_path / "nope.txt"))
    assert done.returncode == 1
    assert "3 added" in done.stdout
    assert "empty.txt" in done.stderr and "nope.txt" in done.stderr and "cut.txt.gz" in done.stderr
    assert "3 failed" in done.stderr
    assert json.loads(cli(tmp_path, "stats", "--json").stdout)["failures"] == 3

    assert cli(tmp_path, "documents", "--since", "yesterday").returncode == 2
    assert cli(tmp_path, "no-such-command").returncode == 2
    bad_config = tmp_path / "bad.toml"
    bad_config.write_text("[store]\nnot_a_setting = 1\n", encoding="utf-8")
    wrong = cli(tmp_path, "--config", str(bad_config), "stats")
    assert wrong.returncode == 2 and "not_a_setting" in wrong.stderr
    missing = cli(tmp_path, "show", "0000000000000000")
    assert missing.returncode == 3 and "not found" in missing.stderr


def test_ingest_from_stdin(tmp_path):
    done = cli(tmp_path, "ingest", "-", stdin="Storm hits coast\n\nA storm hit the coast on Monday. Roads closed.\n")
    assert done.returncode == 0, done.stderr
    assert json.loads(cli(tmp_path, "stats", "--json").stdout)["documents"] == 1


def test_in_process_main(tmp_path, capsys):
    write_inputs(tmp_path / "in")
    db = str(tmp_path / "p.duckdb")
    assert main(["--db", db, "ingest", "--json", str(tmp_path / "in" / "a.txt")]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["added"] == 1 and report["failures"] == []
    doc_id = report["added_ids"][0]

    assert main(["--db", db, "documents", "--json", "--since", "2015-03-01", "--until", "2015-03-31"]) == 0
    assert [d["id"] for d in json.loads(capsys.readouterr().out)["documents"]] == [doc_id]
    assert main(["--db", db, "documents", "--json", "--publisher", "nobody"]) == 0
    assert json.loads(capsys.readouterr().out) == {"total": 0, "documents": []}

    assert main(["--db", db, "show", doc_id]) == 0
    out = capsys.readouterr().out
    assert "Rebel fighters seized the town of Kafr Nabl on Friday" in out and f"id:          {doc_id}" in out

    assert main(["--db", db, "ingest", str(tmp_path / "in" / "missing.txt")]) == 1
    assert "missing.txt" in capsys.readouterr().err
    assert main(["--db", db, "show", "ffffffffffff"]) == 3
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    assert main(["--db", db, "ingest", "--fail-fast", str(tmp_path / "in")]) == 1
    assert "stopped at the first failure" in capsys.readouterr().err
    assert main(["--db", db, "stats", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["documents"] == 1  # the aborted batch left nothing
    with pytest.raises(SystemExit) as exc:
        main(["--db", db, "documents", "--limit", "many"])
    assert exc.value.code == 2
    assert main(["--db", str(tmp_path / "absent.duckdb"), "stats"]) == 3
    assert "no store" in capsys.readouterr().err


@pytest.mark.parametrize("command", [["network"], ["export", "--format", "csv", "--out", "x.csv"],
                                     ["report", "--overview"], ["serve", "--get", "/api/stats"]])
def test_reading_commands_without_a_store_say_so(tmp_path, capsys, command):
    absent = tmp_path / "absent.duckdb"
    assert main(["--db", str(absent), *command]) == 3
    assert "no store" in capsys.readouterr().err
    assert not absent.exists()  # nothing created by a reading command


def test_run_on_inputs_and_on_the_bundled_sample(tmp_path, capsys):
    write_inputs(tmp_path / "in")
    db, out = str(tmp_path / "r.duckdb"), tmp_path / "out"
    assert main(["--db", db, "run", "--out", str(out), "--json", str(tmp_path / "in")]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["ingest"]["added"] == 3 and Path(result["out_dir"]) == out
    assert (out / "summary.json").is_file()
    assert main(["--db", str(tmp_path / "sample.duckdb"), "run", "--out", str(tmp_path / "o2")]) == 0
    text = capsys.readouterr().out
    assert "ingested:" in text and "0 failed" in text and str(tmp_path / "o2") in text


def test_cli_reference_is_current():
    current = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    assert current == render_cli_reference(), "docs/cli.md is stale: run python scripts/gen_cli_docs.py"


def test_progress_bar_only_on_a_terminal(tmp_path):
    import fcntl
    import os
    import pty
    import struct
    import termios

    write_inputs(tmp_path / "in")
    args = [sys.executable, "-m", "intelfile", "--db", str(tmp_path / "tty.duckdb"), "ingest", str(tmp_path / "in")]
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))  # rows, columns
    try:
        proc = subprocess.Popen(args, cwd=tmp_path, stdout=subprocess.PIPE, stderr=slave, text=True)
        os.close(slave)
        chunks = []
        while True:
            try:
                data = os.read(master, 4096)
            except OSError:  # the terminal closes when the process ends
                break
            if not data:
                break
            chunks.append(data)
        proc.wait(timeout=300)
        proc.stdout.close()
    finally:
        os.close(master)
    assert proc.returncode == 0
    terminal = b"".join(chunks).decode("utf-8", "replace")
    assert "ingest" in terminal and "3doc" in terminal.replace(" ", "")
    piped = cli(tmp_path, "ingest", str(tmp_path / "in"))
    assert piped.returncode == 0 and piped.stderr == ""
