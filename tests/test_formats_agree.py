"""Headed reviews find the same sentence problems in every input format (issue 15): plain text,
Markdown, HTML and a CSV cell give the findings the bare sentences give as plain text, with
offsets that slice the flagged words out of the input."""

from __future__ import annotations

import csv
import html
import io
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

from fairfeedback.inputs import iter_sources

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import real_reviews  # noqa: E402

# (title, [(heading, paragraphs, bullets)]): written for this test, shaped like real review forms
REVIEWS = [
    ("Q3 review: Chris", [
        ("Strengths", ["Chris closed 14 support tickets in August and wrote the new onboarding checklist."], []),
        ("Areas to improve", ["Chris is lazy about documentation. He always leaves the handover notes for someone else."],
         ["needs to step up", "misses deadlines constantly"]),
        ("Next steps", ["Be more proactive going forward."], []),
    ]),
    ("Peer feedback for Dana (engineering)", [
        ("What went well", ["Great job this year!"], ["helpful in code reviews"]),
        ("What could be better", ["Dana has a bad attitude in meetings and clearly doesn't care about the team.",
                                  "Since her divorce her focus has slipped."], []),
    ]),
    ("Manager notes", [
        ("Summary", ["Pat's work is not good enough. Honestly, I don't think Pat will ever improve."], []),
        ("Goals", [], ["Improve your communication.", "Send a written status update every Friday by 5pm."]),
    ]),
]


def as_text(title: str, sections) -> str:
    out = [title, ""]
    for heading, paragraphs, bullets in sections:
        out += [heading, *paragraphs, *(f"- {b}" for b in bullets), ""]
    return "\n".join(out)


def as_markdown(title: str, sections) -> str:
    out = [f"# {title}", ""]
    for heading, paragraphs, bullets in sections:
        out += [f"## {heading}", ""]
        for p in paragraphs:
            out += [p, ""]
        if bullets:
            out += [*(f"- {b}" for b in bullets), ""]
    return "\n".join(out)


def as_html(title: str, sections) -> str:
    out = [f"<html><body><h1>{html.escape(title)}</h1>"]
    for heading, paragraphs, bullets in sections:
        out.append(f"<h2>{html.escape(heading)}</h2>")
        out += [f"<p>{html.escape(p)}</p>" for p in paragraphs]
        if bullets:
            out.append("<ul>" + "".join(f"<li>{html.escape(b)}</li>" for b in bullets) + "</ul>")
    return "\n".join(out) + "</body></html>"


def bare(sections) -> str:
    """The same sentences as plain text, no headings: the reference."""
    return "\n\n".join(x for _, paragraphs, bullets in sections for x in (*paragraphs, *bullets))


def sentence_findings(report, text: str) -> Counter:
    """(rule, flagged words) of each sentence finding; HTML character references read as characters."""
    for f in report.findings:
        assert text[f.start:f.end] == f.match, (f.rule_id, f.match)
    return Counter((f.rule_id, html.unescape(f.match)) for f in report.findings if not f.rule_id.startswith("FF9"))


def csv_cell_findings(linter, text: str, tmp_path: Path) -> Counter:
    path = tmp_path / "export.csv"
    buf = io.StringIO(newline="")
    writer = csv.writer(buf)
    writer.writerows([["id", "feedback"], ["1", text]])
    path.write_text(buf.getvalue(), encoding="utf-8", newline="")
    (source,) = list(iter_sources([str(path)]))
    assert source.text == text
    return sentence_findings(linter.lint(source.text, fmt=source.fmt), source.text)


@pytest.mark.parametrize(("title", "sections"), REVIEWS, ids=[r[0] for r in REVIEWS])
def test_headed_review_finds_the_same_in_every_format(linter, tmp_path, title, sections):
    reference = sentence_findings(linter.lint(bare(sections)), bare(sections))
    assert sum(reference.values()) >= 3  # the reviews are written to have problems
    for fmt, text in (("text", as_text(title, sections)), ("markdown", as_markdown(title, sections)),
                      ("html", as_html(title, sections))):
        assert sentence_findings(linter.lint(text, fmt=fmt), text) == reference, fmt
    assert csv_cell_findings(linter, as_text(title, sections), tmp_path) == reference


@pytest.mark.skipif(not (real_reviews.pool_dir() / "reviews.jsonl").is_file(),
                    reason="the real-reviews pool is not on this machine")
def test_real_reviews_with_headings_find_the_same_in_every_format(linter, tmp_path):
    rows = real_reviews.load("reviews", ("dev",))[:40]
    for row in rows:
        body = row["text"].strip()
        sections = [("Summary", [body], [])]
        reference = sentence_findings(linter.lint(body), body)
        for fmt, text in (("text", as_text("Performance review", sections)),
                          ("markdown", as_markdown("Performance review", sections))):
            assert sentence_findings(linter.lint(text, fmt=fmt), text) == reference, (row["review_id"], fmt)
        assert csv_cell_findings(linter, as_text("Performance review", sections), tmp_path) == reference, \
            row["review_id"]


@pytest.mark.parametrize(("text", "words"), [
    ("<p>I don&#x27;t think <b>Pat</b> will&nbsp;improve &amp; grow.</p>", "I don't think Pat will improve & grow."),
    ("## Areas to improve\n\nChris is <em>lazy</em>.", "Areas to improve\n\nChris is lazy."),
])
def test_markup_reads_as_plain_prose_and_maps_back(text, words):
    from fairfeedback.markup import mask_mapped

    fmt = "html" if text.startswith("<") else "markdown"
    prose, omap = mask_mapped(text, fmt)
    assert omap is not None and " ".join(prose.split()) == " ".join(words.split())
    for k, ch in enumerate(prose):
        a, b = omap.span(k, k + 1)
        piece = html.unescape(text[a:b])
        if ch.isspace():  # a gap: whitespace and masked markup only
            assert re.fullmatch(r"(\s|<[^<>]*>|#+|&nbsp;)*", text[a:b]), (k, text[a:b])
        else:
            assert ch == piece, (k, ch, text[a:b])
