"""Links from diagnostics to each rule's documentation page (``codeDescription``).

With a base URL (``--docs-url`` or the ``docsUrl`` initialization option) a rule's
page is ``<base>/<rule-name>.md``, as in ``docs/rules/``.  Without one, the page in
a source checkout's ``docs/rules/`` is linked when it exists; otherwise the page is
rendered from the rule file (the generator of ``docs/rules/``) into the cache
folder once and linked as a ``file://`` URI, so links work offline and for
custom rules too.
"""

from __future__ import annotations

from pathlib import Path

from ..docs import page_name, render_rule_page
from ..models import Report
from ..rules.loader import RuleSet, cache_dir

__all__ = ["RuleLinks"]

#: docs/rules/ of a source checkout (src/fairfeedback/lsp/docs.py -> repository root)
_CHECKOUT_PAGES = Path(__file__).resolve().parents[3] / "docs" / "rules"


class RuleLinks:
    """Rule name -> page URL; pages are found (and written) on the lint thread."""

    def __init__(self, base_url: str | None = None) -> None:
        self.base_url = base_url.rstrip("/") if base_url else None
        self._urls: dict[str, str] = {}

    def href(self, rule_name: str) -> str | None:
        if self.base_url:
            return f"{self.base_url}/{rule_name}.md"
        return self._urls.get(rule_name)

    def update(self, urls: dict[str, str]) -> None:
        self._urls.update(urls)

    def pages(self, ruleset: RuleSet, report: Report) -> dict[str, str]:
        """URLs of the pages of the rules in ``report`` not linked yet."""
        if self.base_url:
            return {}
        out: dict[str, str] = {}
        for f in report.findings:
            if f.rule_name in self._urls or f.rule_name in out:
                continue
            try:
                rule = ruleset.get(f.rule_id)
            except KeyError:
                continue
            builtin = _CHECKOUT_PAGES / page_name(rule)
            if rule.id in ruleset.sources and builtin.is_file() and _is_builtin(ruleset, rule.id):
                out[f.rule_name] = builtin.as_uri()
                continue
            target = cache_dir() / "rule-pages" / page_name(rule)
            try:
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(render_rule_page(rule, ruleset.sources[rule.id]), encoding="utf-8")
            except OSError:
                continue
            out[f.rule_name] = target.as_uri()
        return out


def _is_builtin(ruleset: RuleSet, rule_id: str) -> bool:
    from ..rules import builtin_rules_dir

    try:
        Path(ruleset.sources[rule_id]).resolve().relative_to(Path(builtin_rules_dir()).resolve())
    except ValueError:
        return False
    return True
