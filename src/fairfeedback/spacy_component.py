"""The public ``fairfeedback`` spaCy factory (issue 14; work in progress).

spaCy imports this module through the ``spacy_factories`` entry point whenever
any pipeline is created, so it must stay cheap to import.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.factory("fairfeedback", default_config={})
def make_fairfeedback(nlp: Language, name: str):  # noqa: ANN201
    def component(doc: Doc) -> Doc:
        raise NotImplementedError("the public fairfeedback spaCy component is not built yet")

    return component
