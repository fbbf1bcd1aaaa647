"""Bounded on huge input: streaming in blocks, long unpunctuated sentences."""

from __future__ import annotations

import json
import sys

from click.testing import CliRunner

from fairfeedback import inputs
from fairfeedback.cli import cli
from fairfeedback.inputs import iter_blocks

PARA = "The quarterly numbers were reviewed with the team on Monday. " * 6
DOC = (PARA + "\n\nYou are lazy and you always miss deadlines.\n\nÜber-Team notes 🙂 follow.\n") * 40


def test_blocks_rebuild_the_file(tmp_path):
    p = tmp_path / "big.txt"
    p.write_text(DOC, encoding="utf-8")
    blocks = list(iter_blocks(p, block_chars=1000))
    assert "".join(blocks) == DOC
    assert len(blocks) > 5 and all(len(b) <= 1000 for b in blocks)


def test_stream_equals_whole_text(linter, tmp_path):
    p = tmp_path / "big.txt"
    p.write_text(DOC, encoding="utf-8")
    whole = sorted((f.rule_id, f.start, f.end, f.line, f.column) for f in linter.lint(DOC).findings)
    streamed = list(linter.lint_stream(iter_blocks(p, block_chars=1500)))
    assert sorted((f.rule_id, f.start, f.end, f.line, f.column) for f in streamed) == whole
    assert all(DOC[f.start:f.end] == f.match for f in streamed)
    assert any(f.rule_id.startswith("FF9") for f in streamed)  # document-level checks still work


def test_invalid_utf8_in_a_later_block_is_an_input_error(tmp_path):
    p = tmp_path / "bad.txt"
    p.write_bytes(DOC.encode() + b"\xff tail")
    res = CliRunner().invoke(cli, ["lint", str(p)])
    assert res.exit_code == 2


def test_cli_streams_large_files(tmp_path, monkeypatch):
    monkeypatch.setattr(inputs, "STREAM_BYTES", 2000)
    big = tmp_path / "big.txt"
    big.write_text(DOC, encoding="utf-8")
    small = tmp_path / "small.txt"
    small.write_text("She is arrogant.", encoding="utf-8")
    res = CliRunner().invoke(cli, ["lint", "--format", "json", str(big), str(small)])
    assert res.exit_code == 1, res.output
    doc = json.loads(res.output)
    assert [f["path"] for f in doc["files"]] == [str(small), str(big)]
    big_findings = doc["files"][1]["findings"]
    assert sum(f["rule_id"] == "FF101" for f in big_findings) == 40
    assert doc["summary"]["findings"] == sum(len(f["findings"]) for f in doc["files"])
    text = CliRunner().invoke(cli, ["lint", str(big)])
    assert text.exit_code == 1 and text.output.rstrip().endswith("file.")
    assert CliRunner().invoke(cli, ["lint", "--format", "sarif", str(big)]).exit_code == 2


def test_long_unpunctuated_sentence_is_bounded(linter, monkeypatch):
    """The parser's work is bounded however long a sentence is (its memory grows with the
    characters of a batch): a 100 KB line without punctuation reaches spaCy in pieces of at
    most CHUNK_CHARS characters, parsed in batches of at most BATCH_CHARS characters, and
    all of it is parsed (nothing is dropped to stay in bounds)."""
    from fairfeedback.linter import BATCH_CHARS, CHUNK_CHARS

    nlp = linter.nlp
    pipe = nlp.pipe
    batches: list[list[int]] = []  # the characters of each text of each batch spaCy parses

    def recording_pipe(texts, *args, **kwargs):
        if sys._getframe(1).f_globals.get("__name__", "").startswith("spacy."):
            return pipe(texts, *args, **kwargs)  # spaCy's own inner call for as_tuples
        items = list(texts)
        size = kwargs.get("batch_size") or nlp.batch_size
        lengths = [len(t[0] if kwargs.get("as_tuples") else t) for t in items]
        batches.extend(lengths[i: i + size] for i in range(0, len(lengths), size))
        return pipe(items, *args, **kwargs)

    monkeypatch.setattr(nlp, "pipe", recording_pipe)
    text = ("you are lazy and " * 6000)[:100_000]
    report = linter.lint(text)
    monkeypatch.undo()

    pieces = [n for batch in batches for n in batch]
    assert sum(pieces) == len(text)
    assert max(pieces) <= CHUNK_CHARS, f"a piece of {max(pieces):,} characters was parsed whole"
    assert len(pieces) >= len(text) / CHUNK_CHARS
    too_big = [sum(b) for b in batches if len(b) > 1 and sum(b) > BATCH_CHARS]
    assert not too_big, f"batches of {too_big} characters (limit {BATCH_CHARS:,})"
    assert report.findings
    assert all(text[f.start:f.end] == f.match for f in report.findings)


def test_a_sentence_longer_than_a_chunk_is_checked_in_parts_with_a_note(linter):
    """Work per sentence is bounded (issue 15): a 60 KB line without punctuation is linted in
    pieces, findings come from all of it, and the report says where it was cut."""
    from fairfeedback.linter import CHUNK_CHARS

    unit = "you are lazy and you always miss the handover "
    text = "Q3 notes\n" + unit * (60_000 // len(unit))
    report = linter.lint(text)
    assert report.notes and all(n.startswith("line 2: a sentence longer than") for n in report.notes)
    assert len(report.notes) == 1  # one note per line, however many cuts
    lazy = [f for f in report.findings if f.rule_id == "FF101"]
    assert len(lazy) > 0.9 * text.count("lazy") and max(f.start for f in lazy) > len(text) - CHUNK_CHARS
    assert all(text[f.start:f.end] == f.match for f in report.findings)
    assert not linter.lint("You are lazy. " * 400).notes  # long text, short sentences: no note


def test_notes_reach_text_and_json_output(tmp_path):
    from click.testing import CliRunner

    from fairfeedback.cli import cli

    p = tmp_path / "long.txt"
    p.write_text("you always miss the handover " * 200, encoding="utf-8")
    out = CliRunner().invoke(cli, ["lint", str(p)]).output
    assert f"{p}: note: line 1: a sentence longer than" in out
    js = CliRunner().invoke(cli, ["lint", "--format", "json", str(p)]).output
    assert "a sentence longer than" in js
