"""Line labels and list numbers: "Comments: Always late.", "2) Needs to plan ahead".

Review forms and HR exports put a short label or a number before the text of a line.  Parsed as one
sentence, the label becomes the subject or the verb of what follows ("Comments" read as
"he comments"), and a line that leaves out its subject ("Always late") is no longer seen
as opening its sentence; a rule that reads a line from its first word ("Ugly.", "Refactor
this.") finds a number there.  This component, run before the parser, starts a sentence
after such a label or number; the parser keeps boundaries set before it.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..context.words import line_start, list_number

__all__ = ["start_after_labels"]

#: the longest label, in words ("Areas for further improvement")
_MAX_WORDS = 4


def _has_verb(doc: Doc, start: int) -> bool:
    """A verb, adjective or adverb in the rest of the line, within 40 tokens (a huge one-line
    input stays linear): a clause or a verdict of its own, not the list a label names."""
    for t in doc[start: start + 40]:
        if "\n" in t.text:
            return False
        if t.tag_.startswith(("VB", "JJ", "RB")) or t.tag_ == "MD":
            return True
    return False


@Language.component("fairfeedback_labels")
def start_after_labels(doc: Doc) -> Doc:
    """Start a sentence after a line's label (up to four words at the start of a line, the
    first in capitals, then a colon and more words on the same line) or its number or bullet ("1.", "2)", "-")."""
    for tok in doc:
        if tok.i + 2 < len(doc) and list_number(tok) and line_start(doc, tok.i) and doc[tok.i + 2].is_alpha \
                and doc[tok.i + 2].text[:1].isupper():
            doc[tok.i + 2].is_sent_start = True
        elif tok.i + 1 < len(doc) and tok.text in ("-", "*") and tok.whitespace_ and line_start(doc, tok.i) \
                and doc[tok.i + 1].is_alpha and doc[tok.i + 1].text[:1].isupper():
            # a list's hyphen (or bullet, read as one: see markup); an item in lower case reads on as
            # the markdown and HTML forms of the list read it, with the marker masked
            doc[tok.i + 1].is_sent_start = True
    for colon in doc:
        if colon.text != ":" or colon.i + 1 >= len(doc) or colon.i == 0 or "\n" in colon.whitespace_:
            continue
        start = colon.i - 1
        while start > 0 and colon.i - start < _MAX_WORDS and not line_start(doc, start) and doc[start - 1].is_alpha:
            start -= 1
        words = doc[start: colon.i]
        if not line_start(doc, start) or not words[0].text[:1].isupper() or not all(t.is_alpha for t in words) \
                or not words[0].tag_.startswith(("NN", "JJ", "RB")) or any(t.tag_ in ("DT", "PRP", "PRP$") for t in words):
            continue  # (a label names a heading: "Comments", "Areas for improvement"; not "For the third time")
        nxt = doc[colon.i + 1]
        # what follows is a clause or verdict of its own; "Growth areas: delegation and
        # estimation" is one statement, and "Time: 10:30" no label
        if (nxt.is_alpha or nxt.is_digit) and _has_verb(doc, colon.i + 1):
            nxt.is_sent_start = True
    return doc
