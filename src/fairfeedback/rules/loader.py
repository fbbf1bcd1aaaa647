"""Load rule packs and lexicons from YAML, with errors that name file, line and field."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import functools
import os
import pickle
import sys

import pydantic

from ..errors import RuleFileError
from .schema import ClassifierPattern, LexiconSpec, PhrasePattern, RuleSpec
from .yaml_files import _validate

__all__ = ["Lexicon", "RuleSet", "builtin_rules_dir", "load_rules"]


def builtin_rules_dir() -> Path:
    """The rule packs shipped with fairfeedback.

    In a wheel they live in ``fairfeedback/_rules``; in a source checkout
    (editable install) they are the top-level ``rules/`` folder.
    """
    here = Path(__file__).resolve().parent.parent
    packaged = here / "_rules"
    if packaged.is_dir():
        return packaged
    return here.parent.parent / "rules"


@dataclass(frozen=True)
class Lexicon:
    name: str
    terms: tuple[str, ...]
    behaviors: dict[str, tuple[str, ...]]


@dataclass
class RuleSet:
    """Validated rules (sorted by id) and the lexicons they and the engine use."""

    rules: list[RuleSpec]
    lexicons: dict[str, Lexicon] = field(default_factory=dict)
    sources: dict[str, Path] = field(default_factory=dict)
    #: classifier models (``models/<name>.json`` in a pack), as read from JSON
    models: dict[str, dict[str, Any]] = field(default_factory=dict)

    def get(self, rule_id: str) -> RuleSpec:
        for r in self.rules:
            if r.id == rule_id or r.name == rule_id:
                return r
        raise KeyError(rule_id)

    def terms(self, lexicon: str) -> frozenset[str]:
        lex = self.lexicons.get(lexicon)
        return frozenset(lex.terms) if lex else frozenset()


def _load_lexicon(path: Path) -> Lexicon:
    spec: LexiconSpec = _validate(LexiconSpec, path)
    if spec.name != path.stem:
        raise RuleFileError(path, f"lexicon name '{spec.name}' must match the file name", line=1, field="name")
    terms = tuple(dict.fromkeys(e.term.lower() for e in spec.terms))
    behaviors = {e.term.lower(): tuple(e.behaviors) for e in spec.terms if e.behaviors}
    return Lexicon(spec.name, terms, behaviors)


#: The package folder (``fairfeedback/``).
_PACKAGE_DIR = Path(__file__).resolve().parent.parent

#: The modules, relative to the package, whose code builds the cached rules or defines the
#: cached objects: the rule loader, its YAML reader and the schema, the enums of ``models``, the classifier-model
#: validator.  Their source is part of the cache key, so a changed validator or schema never
#: gets rules validated by the old one (issue 15).
CACHE_KEY_MODULES = (
    "_version.py",
    "models.py",
    "rules/__init__.py",
    "rules/loader.py",
    "rules/schema.py",
    "rules/yaml_files.py",
    "matching/classifier.py",
)

#: Distributions whose behaviour the cached rules depend on (pydantic validates them, spaCy's
#: schema checks token patterns, PyYAML parses them).
_CACHE_KEY_DISTRIBUTIONS = ("pydantic", "spacy", "pyyaml")


@functools.cache
def _library_versions() -> str:
    from importlib import metadata

    versions = [f"python={sys.version}", f"pydantic={pydantic.VERSION}"]
    for dist in _CACHE_KEY_DISTRIBUTIONS:
        try:
            versions.append(f"{dist}={metadata.version(dist)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{dist}=-")
    return "|".join(versions)


def code_key(package: Path | None = None) -> str:
    """A hash of everything but the rule files that the cached rules depend on: the package
    version, Python and library versions, and the source of :data:`CACHE_KEY_MODULES`."""
    import hashlib

    from .. import _version

    package = package or _PACKAGE_DIR
    h = hashlib.sha256(f"{_version.__version__}|{_library_versions()}".encode())
    for rel in CACHE_KEY_MODULES:
        try:
            source = (package / rel).read_bytes()
        except OSError:  # e.g. an install without sources: the versions above still key it
            source = b"<missing>"
        h.update(b"\x00" + rel.encode() + b"\x00" + str(len(source)).encode() + b"\x00" + source)
    return h.hexdigest()


def _cache_file(roots: list[Path]) -> Path | None:
    """Where the validated rules of ``roots`` are cached (None when caching is off), keyed by
    :func:`code_key` (package version and the source of the code that builds them) and by
    every rule file's path, size and modification time."""
    import hashlib

    if os.environ.get("FAIRFEEDBACK_NO_CACHE"):
        return None
    h = hashlib.sha256(code_key().encode())
    for root in roots:
        if not root.is_dir():
            return None
        for path in sorted([*root.rglob("*.y*ml"), *root.glob("models/*.json")]):
            st = path.stat()
            h.update(f"{path.resolve()}|{st.st_size}|{st.st_mtime_ns}".encode())
    return cache_dir() / f"rules-{h.hexdigest()[:24]}.pickle"


def cache_dir() -> Path:
    """The folder for fairfeedback's caches (``FAIRFEEDBACK_CACHE_DIR``, else
    ``$XDG_CACHE_HOME/fairfeedback``, else ``~/.cache/fairfeedback``)."""
    base = os.environ.get("FAIRFEEDBACK_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "fairfeedback")
    return Path(base)


def read_cache(path: Path | None) -> Any:
    """The object pickled at ``path``, or None (missing, stale or unreadable)."""
    if path is None or not path.is_file():
        return None
    try:
        with path.open("rb") as fh:
            return pickle.load(fh)
    except Exception:  # a stale or unreadable cache is rebuilt
        return None


#: Cache entries kept per kind (``rules-``, ``terms-``); older ones are removed.
KEEP_ENTRIES = 8


def write_cache(path: Path | None, obj: Any) -> None:
    """Pickle ``obj`` to ``path`` atomically and drop all but the newest
    :data:`KEEP_ENTRIES` entries of its kind; best effort (read-only homes, odd
    filesystems)."""
    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as fh:
            pickle.dump(obj, fh, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(path)
        kind = path.name.split("-", 1)[0]
        entries = sorted(path.parent.glob(f"{kind}-*.pickle"), key=lambda p: p.stat().st_mtime_ns, reverse=True)
        for old in entries[KEEP_ENTRIES:]:
            old.unlink(missing_ok=True)
    except Exception:
        pass


def load_rules(dirs: Iterable[str | Path] | None = None) -> RuleSet:
    """Load every ``*.yml`` rule under ``dirs`` (default: the built-in packs).

    Validated rules are cached on disk (``~/.cache/fairfeedback``; set
    ``FAIRFEEDBACK_CACHE_DIR`` to move it, ``FAIRFEEDBACK_NO_CACHE=1`` to turn it
    off); any change to a rule file, to the package version or to the code that
    builds the rules (:data:`CACHE_KEY_MODULES`) makes a new cache entry."""
    roots = [Path(d) for d in dirs] if dirs is not None else [builtin_rules_dir()]
    cache = _cache_file(roots)
    cached = read_cache(cache)
    if isinstance(cached, RuleSet):
        return cached
    ruleset = _load_rules(roots)
    write_cache(cache, ruleset)
    return ruleset


def _load_rules(roots: list[Path]) -> RuleSet:
    """Load every ``*.yml`` rule under ``roots``, without the cache.

    Lexicons live in a ``lexicons/`` folder of any pack, classifier models in
    ``models/`` (JSON written by scripts/train_classifier.py).  A malformed file raises
    :class:`RuleFileError` naming the file, line and field.
    """
    lexicons: dict[str, Lexicon] = {}
    models: dict[str, dict[str, Any]] = {}
    rules: list[RuleSpec] = []
    sources: dict[str, Path] = {}
    for root in roots:
        if not root.is_dir():
            raise RuleFileError(root, "rule folder not found")
        for path in sorted(root.glob("models/*.json")):
            models[path.stem] = _load_model(path)
        for path in sorted(root.rglob("*.y*ml")):
            if "lexicons" in path.relative_to(root).parts:
                lex = _load_lexicon(path)
                lexicons[lex.name] = lex
        for path in sorted(root.rglob("*.y*ml")):
            if "lexicons" in path.relative_to(root).parts:
                continue
            spec: RuleSpec = _validate(RuleSpec, path)
            if path.stem != f"{spec.id}-{spec.name}":
                raise RuleFileError(path, f"file name must be '{spec.id}-{spec.name}.yml'", line=1, rule=spec.id)
            if spec.id in sources:
                raise RuleFileError(path, f"duplicate rule id (also in {sources[spec.id]})", line=1, field="id", rule=spec.id)
            rules.append(spec)
            sources[spec.id] = path
    for spec in rules:
        for i, pat in enumerate(spec.patterns):
            if isinstance(pat, PhrasePattern) and pat.lexicon and pat.lexicon not in lexicons:
                raise RuleFileError(
                    sources[spec.id], f"unknown lexicon '{pat.lexicon}'", field=f"patterns.{i}.lexicon", rule=spec.id
                )
            if isinstance(pat, ClassifierPattern) and pat.model not in models:
                raise RuleFileError(
                    sources[spec.id], f"unknown classifier model '{pat.model}' (expected models/{pat.model}.json)",
                    field=f"patterns.{i}.model", rule=spec.id,
                )
            if isinstance(pat, ClassifierPattern) and pat.label is not None:
                heads = models[pat.model].get("labels") or [models[pat.model].get("category")]
                if pat.label not in heads:
                    raise RuleFileError(
                        sources[spec.id], f"model '{pat.model}' has no head '{pat.label}' (it has {heads})",
                        field=f"patterns.{i}.label", rule=spec.id,
                    )
    rules.sort(key=lambda r: r.id)
    return RuleSet(rules, lexicons, sources, models)


def _load_model(path: Path) -> dict[str, Any]:
    import json

    from ..matching.classifier import validate_model

    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleFileError(path, f"cannot read file ({exc.__class__.__name__})") from None
    except json.JSONDecodeError as exc:
        raise RuleFileError(path, f"invalid JSON: {exc.msg}", line=exc.lineno) from None
    problem = validate_model(data)
    if problem:
        raise RuleFileError(path, f"invalid classifier model: {problem}")
    return data
