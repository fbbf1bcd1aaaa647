"""Mild praise set against a doubt about the future ("Not bad, but no future director", "A decent clerk, yet not
a future team lead"): the praise is the writer's too, so the rewrite keeps it as a prompt for what the person did
well, and the doubted role as the step whose requirement is asked ("[Name] [what they did well, and why it stood
out]; for a director role, they still need to show [the requirement]."). Before, the praise went and an instance
of a fault the writer never named was asked ("On [date], [name] [what they did], which [impact]; ...")."""

from __future__ import annotations

import re

from ..context.analysis import Analysis

__all__ = ["mild_doubt"]

#: the praise of a fragment before the doubt ("| Not bad", "| Not a bad coder", "| Decent enough", "She is | solid")
_MILD = re.compile(r"^(?:(?:(?:he|she|they|[A-Z][a-z]+)(?:'s| is| was| has been| are| were|'re) )?)(?:overall,? |all in all,? )?"
                   r"(?:not (?:a |an )?(?:bad|terrible|poor)|(?:a |an )?(?:decent|fine|okay|ok|solid|competent|capable|"
                   r"adequate|good|reliable|steady|dependable))(?: enough)?(?: (?P<noun>[a-z]+))?$", re.IGNORECASE)
#: the doubt about a future role after the praise ("| no future director", "| not a future team lead")
_DOUBT = re.compile(r"^(?:(?:he|she|they)(?:'s| is| are|'re) )?(?:no|not a|not an|never a|never an) (?:future|potential|"
                    r"budding|would-be) (?P<role>[a-z]+(?: [a-z]+)?)$", re.IGNORECASE)
#: titles and steps a doubted future can name
_ROLES = {"lead", "manager", "supervisor", "director", "partner", "principal", "leader", "executive", "head", "chief",
          "boss", "foreman", "captain", "officer", "star", "leadership", "management"}
#: what sets the praise against the doubt
_BUT = ("but", "yet", "however", "though")
_PRAISE_NOUNS = {"performer", "worker", "employee", "member", "colleague", "effort", "job", "start"}


def mild_doubt(a: Analysis, who: str) -> str:
    """The rewrite of "<mild praise>, but <no future role>" (see above), or ''."""
    words = [t for t in a.sent if not t.is_space]
    cut = next((i for i, t in enumerate(words) if t.lower_ in _BUT and i > 0), None)
    if cut is None:
        return ""
    before = " ".join(t.text for t in words[:cut] if not t.is_punct)
    after = " ".join(t.text for t in words[cut + 1:] if not t.is_punct)
    praise, doubt = _MILD.match(before), _DOUBT.match(after)
    if praise is None or doubt is None:
        return ""
    role = doubt.group("role").lower()
    if role.split()[-1] not in _ROLES:
        return ""
    name = "they" if who == "[name]" else who
    doer = "[Name]" if who == "[name]" else who[:1].upper() + who[1:]
    noun = (praise.group("noun") or "").lower()
    task = f" as a {noun}" if noun and noun not in _PRAISE_NOUNS and noun not in _ROLES else ""
    needs = "need" if name.lower() in ("they", "you", "i", "we") else "needs"
    step = role if role.endswith(("ship", "ment")) else "a leadership role" if role == "leader" else f"a {role} role"
    return (f"{doer} [what {name} did well{task}, and why it stood out]; for {step}, {name} still {needs} to show "
            f"[the requirement].")
