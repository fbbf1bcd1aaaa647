"""SARIF 2.1.0 output for code-scanning tools (structure after ruff's ``SarifEmitter``).

Columns count Unicode code points, as ``Finding.column`` does, so the run sets
``columnKind`` to ``unicodeCodePoints`` (SARIF's default is UTF-16 code units).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import PurePath, PurePosixPath, PureWindowsPath
from typing import Any
from urllib.parse import quote

from .._version import __version__
from ..models import Applicability, Finding, Origin, Report, Severity
from ..rules import RuleSpec, load_rules
from .json import dumps

__all__ = ["SARIF_SCHEMA", "artifact_uri", "fingerprint", "render_sarif"]

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
#: Key of our entry in ``partialFingerprints`` (versioned: change it if the hash changes).
FINGERPRINT_KEY = "fairfeedback/v1"
LEVELS = {Severity.SUGGESTION: "note", Severity.WARNING: "warning", Severity.ERROR: "error"}
STDIN_NAME = "<stdin>"


def artifact_uri(name: str) -> str:
    """A valid URI reference for a source name: relative paths stay relative
    (percent-encoded, ``/`` separators), absolute ones become ``file://`` URIs."""
    if name == STDIN_NAME:
        return "stdin"
    for flavour in (PurePosixPath, PureWindowsPath):
        path: PurePath = flavour(name)
        if path.is_absolute():
            return path.as_uri()
    return quote(name.replace("\\", "/"), safe="/")


def fingerprint(finding: Finding, text: str) -> str:
    """A stable hash of rule id, matched text and sentence (whitespace-normalised),
    so a result keeps its identity when lines move. The text never appears in clear."""
    sentence = " ".join(text[finding.sentence_start:finding.sentence_end].split())
    data = "\x1f".join((finding.rule_id, " ".join(finding.match.split()), sentence))
    return hashlib.sha256(data.encode("utf-8")).hexdigest()[:32]


def _markdown_list(items: Sequence[str]) -> str:
    return "\n".join(f"- {item}" for item in items)


def _rule_descriptor(rule: RuleSpec) -> dict[str, Any]:
    flags = [e.text for e in rule.examples.flag_examples()]
    suggestions = [f"{s.title}: {s.template}" for s in rule.suggestions]
    explanation = rule.explanation.strip()
    help_text = "\n\n".join([
        explanation,
        "Flags:\n" + "\n".join(f"  - {t}" for t in flags),
        "Does not flag:\n" + "\n".join(f"  - {t}" for t in rule.examples.pass_),
        "Suggestions:\n" + "\n".join(f"  - {t}" for t in suggestions),
    ])
    help_markdown = "\n\n".join([
        explanation,
        "### Flags\n\n" + _markdown_list(flags),
        "### Does not flag\n\n" + _markdown_list(rule.examples.pass_),
        "### Suggestions\n\n" + _markdown_list([f"**{s.title}**: {s.template}" for s in rule.suggestions]),
    ])
    return {
        "id": rule.id,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": explanation},
        "help": {"text": help_text, "markdown": help_markdown},
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {"category": rule.category.value, "tags": ["fairfeedback", rule.category.value]},
    }


def _finding_descriptor(f: Finding) -> dict[str, Any]:
    """For a finding whose rule is not in ``rules`` (e.g. from an extra rule folder)."""
    return {
        "id": f.rule_id,
        "name": f.rule_name,
        "fullDescription": {"text": f.explanation.strip()},
        "defaultConfiguration": {"level": LEVELS[f.severity]},
        "properties": {"category": f.category.value, "tags": ["fairfeedback", f.category.value]},
    }


def _region(f: Finding, with_snippet: bool, origin: Origin | None = None) -> dict[str, Any]:
    if origin is not None:  # a CSV cell: lines of the file; columns and offsets are the cell's own, so left out
        region: dict[str, Any] = {"startLine": origin.line + f.line - 1, "endLine": origin.line + f.end_line - 1}
    else:
        region = {
            "startLine": f.line, "startColumn": f.column, "endLine": f.end_line, "endColumn": f.end_column,
            "charOffset": f.start, "charLength": f.end - f.start,
        }
    if with_snippet:
        region["snippet"] = {"text": f.match}
    return region


def _result(f: Finding, text: str, uri: str, file_index: int, rule_index: int, seen: dict[str, int],
            origin: Origin | None = None) -> dict[str, Any]:
    location = {"uri": uri, "index": file_index}
    digest = fingerprint(f, text)
    seen[digest] = seen.get(digest, 0) + 1
    result: dict[str, Any] = {
        "ruleId": f.rule_id,
        "ruleIndex": rule_index,
        "level": LEVELS[f.severity],
        "message": {"text": f.message},
        "locations": [{"physicalLocation": {"artifactLocation": location, "region": _region(f, True, origin)}}],
        "partialFingerprints": {FINGERPRINT_KEY: f"{digest}:{seen[digest]}"},
        "properties": {"confidence": f.confidence, **({"row": origin.row} if origin is not None else {})},
    }
    fixes = [
        {
            "description": {"text": s.title},
            "artifactChanges": [{
                "artifactLocation": location,
                "replacements": [{"deletedRegion": _region(f, False, origin), "insertedContent": {"text": s.text}}],
            }],
        }
        for s in f.suggestions if s.applicability is Applicability.SAFE
    ]
    if fixes:
        result["fixes"] = fixes
    return result


def render_sarif(results: Sequence[tuple[str, str, Report]], rules: Sequence[RuleSpec] | None = None) -> str:
    """One SARIF log with one run; ``rules`` defaults to every built-in rule."""
    specs = list(load_rules().rules if rules is None else rules)
    descriptors = [_rule_descriptor(r) for r in specs]
    index = {r.id: i for i, r in enumerate(specs)}
    artifacts: list[dict[str, Any]] = []
    sarif_results: list[dict[str, Any]] = []
    files: dict[str, int] = {}
    for name, text, report in results:
        uri = artifact_uri(report.origin.path if report.origin else name)
        if uri not in files:  # the rows of one CSV file are one artifact
            files[uri] = len(artifacts)
            artifacts.append({"location": {"uri": uri}})
        file_index = files[uri]
        seen: dict[str, int] = {}
        for f in report.findings:
            if f.rule_id not in index:
                index[f.rule_id] = len(descriptors)
                descriptors.append(_finding_descriptor(f))
            sarif_results.append(_result(f, text, uri, file_index, index[f.rule_id], seen, report.origin))
    run = {
        "tool": {"driver": {
            "name": "fairfeedback", "version": __version__, "semanticVersion": __version__,
            "rules": descriptors,
        }},
        "columnKind": "unicodeCodePoints",
        "artifacts": artifacts,
        "results": sarif_results,
    }
    doc = {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}
    return dumps(doc)
