"""The self-contained HTML report: inline SVG plots drawn here (no matplotlib, no CDN, no script)."""

from __future__ import annotations

from html import escape

from .models import SCORES, AuditResult, CategoryTest, ColumnAudit, GroupStats

_CSS = """
body{font:15px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:2rem auto;max-width:980px;color:#1d232b;padding:0 1rem}
h1{font-size:1.6rem}h2{margin-top:2.2rem;border-bottom:2px solid #dde3ea;padding-bottom:.2rem}h3{margin:1.4rem 0 .3rem}
table{border-collapse:collapse;margin:.6rem 0}td,th{border:1px solid #dde3ea;padding:.25rem .55rem;text-align:right}
th:first-child,td:first-child{text-align:left}.sig{color:#a3261b;font-weight:600}.ns{color:#55606d}
.small{color:#8a6d00}.meta{color:#55606d}.card{border:1px solid #dde3ea;border-radius:6px;padding:.4rem .9rem;margin:.8rem 0}
.card.sig{border-color:#e0a9a3;background:#fff8f7;font-weight:normal;color:inherit}code{background:#f2f4f7;padding:0 .2rem}
"""


def _pct(x: float | None) -> str:
    return "–" if x is None else f"{100 * x:.1f} %"


def _p(x: float | None) -> str:
    if x is None:
        return "–"
    return "< 0.001" if x < 0.001 else f"{x:.3f}"


def interval_plot(rows: list[tuple[str, float, float, float]], *, width: int = 560, title: str = "") -> str:
    """A dot-and-whisker SVG: one row per (label, share, low, high), shares as percentages."""
    row_h, left, right, top = 26, 150, 30, 24
    height = top + row_h * len(rows) + 30
    top_value = max([hi for _l, _s, _lo, hi in rows] + [0.01])
    scale_max = min(1.0, _nice(top_value * 1.1))
    span = width - left - right

    def x(v: float) -> float:
        return left + span * v / scale_max

    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img" '
             f'aria-label="{escape(title)}" style="font:12px system-ui,sans-serif">']
    for i in range(5):
        v = scale_max * i / 4
        parts.append(f'<line x1="{x(v):.1f}" y1="{top - 6}" x2="{x(v):.1f}" y2="{height - 26}" stroke="#e3e7ec"/>')
        parts.append(f'<text x="{x(v):.1f}" y="{height - 10}" text-anchor="middle" fill="#55606d">{100 * v:.3g} %</text>')
    for i, (label, share, lo, hi) in enumerate(rows):
        y = top + row_h * i + row_h / 2
        parts.append(f'<text x="{left - 8}" y="{y + 4:.1f}" text-anchor="end">{escape(label)}</text>')
        parts.append(f'<line x1="{x(lo):.1f}" y1="{y:.1f}" x2="{x(hi):.1f}" y2="{y:.1f}" stroke="#2f5d8a" stroke-width="2"/>')
        for end in (lo, hi):
            parts.append(f'<line x1="{x(end):.1f}" y1="{y - 5:.1f}" x2="{x(end):.1f}" y2="{y + 5:.1f}" stroke="#2f5d8a"/>')
        parts.append(f'<circle cx="{x(share):.1f}" cy="{y:.1f}" r="5" fill="#c0392b"><title>{escape(label)}: '
                     f'{_pct(share)} (95 % CI {_pct(lo)} to {_pct(hi)})</title></circle>')
    parts.append("</svg>")
    return "".join(parts)


def _nice(v: float) -> float:
    for step in (0.02, 0.05, 0.1, 0.2, 0.25, 0.4, 0.5, 0.6, 0.8, 1.0):
        if v <= step:
            return step
    return 1.0


def _reading(col: ColumnAudit, alpha: float) -> str:
    sig = [t for t in col.tests if t.significant]
    ns = [t for t in col.tests if not t.significant and t.p_value is not None]
    untested = [t.category for t in col.tests if t.p_value is None]
    small = [g for g in col.groups if g.too_small]
    out = []
    if len(col.tested_groups) < 2:
        out.append(f"<p>Fewer than two groups of <code>{escape(col.column)}</code> are large enough to compare; "
                   "nothing was tested.</p>")
    for t in sig:
        rr = f", {t.risk_ratio:.1f} times" if t.risk_ratio else ""
        out.append(f"<p class='sig'>{escape(t.category)}: reviews of group <b>{escape(t.highest_group or '')}</b> "
                   f"carry it most often and of <b>{escape(t.lowest_group or '')}</b> least often{rr}; "
                   f"the difference is significant after Holm correction over the categories "
                   f"(p_adjusted {_p(t.p_adjusted)}, below α = {alpha}; Cramér's V {t.cramers_v:.2f}).</p>")
    if ns:
        names = ", ".join(escape(t.category) for t in ns)
        out.append(f"<p class='ns'>No significant difference (p_adjusted ≥ {alpha}) for: {names}. "
                   "This is not proof that the groups are treated alike: a small difference can be missed "
                   "with few reviews.</p>")
    if untested:
        out.append(f"<p class='ns'>Not found in any compared group, so not tested: {', '.join(map(escape, untested))}.</p>")
    if small:
        names = ", ".join(f"{escape(g.value)} ({g.reviews})" for g in small)
        out.append(f"<p class='small'>Too small to report (fewer reviews than the minimum): {names}.</p>")
    return "".join(out)


def _groups_table(col: ColumnAudit) -> str:
    head = "".join(f"<th>{escape(s.replace('_', ' '))}</th>" for s in SCORES)
    rows = []
    for g in col.groups:
        if g.too_small:
            rows.append(f"<tr><td>{escape(g.value)}</td><td>{g.reviews}</td>"
                        f"<td class='small' colspan='{3 + len(SCORES)}'>too small to report</td></tr>")
            continue
        scores = "".join(f"<td>{(g.scores or {}).get(s, 0):.1f}</td>" for s in SCORES)
        rows.append(f"<tr><td>{escape(g.value)}</td><td>{g.reviews:,}</td><td>{g.words or 0:,}</td>"
                    f"<td>{g.findings or 0:,}</td><td>{g.findings_per_1000_words or 0:.1f}</td>{scores}</tr>")
    return (f"<table><tr><th>group</th><th>reviews</th><th>words</th><th>findings</th><th>per 1,000 words</th>"
            f"{head}</tr>{''.join(rows)}</table><p class='meta'>Scores are means of the 0–100 review scores.</p>")


def _category_card(col: ColumnAudit, t: CategoryTest, tested: list[GroupStats]) -> str:
    rows = [(g.value, s.share, s.ci_low, s.ci_high) for g in tested
            for s in [g.categories[t.category]] if g.categories]
    cls = "card sig" if t.significant else "card"
    verdict = "<span class='sig'>significant</span>" if t.significant else "<span class='ns'>not significant</span>"
    if t.p_value is None:
        verdict = "<span class='ns'>not tested (no finding)</span>"
    stats = (f"{escape(t.test)} test · p {_p(t.p_value)} · p_adjusted (Holm) {_p(t.p_adjusted)} · "
             f"Cramér's V {t.cramers_v:.2f}" if t.cramers_v is not None else "")
    if t.risk_ratio is not None and t.p_value is not None:
        stats += f" · risk ratio {t.risk_ratio:.2f}"
    rules = "".join(f"<li><code>{escape(r.rule_id)}</code> {escape(r.rule_name)}: {_pct(r.spread)} more of "
                    f"{escape(r.highest_group)}'s reviews than of {escape(r.lowest_group)}'s</li>" for r in t.top_rules)
    title = f"{t.category} by {col.column}"
    return (f"<div class='{cls}'><h3>{escape(t.category)} — {verdict}</h3><p class='meta'>{stats}</p>"
            f"{interval_plot(rows, title=title) if rows else ''}"
            f"{'<p>Rules behind it:</p><ul>' + rules + '</ul>' if rules else ''}</div>")


def render_html(result: AuditResult) -> str:
    """The whole report as one HTML document."""
    sections = []
    for col in result.columns:
        tested = [g for g in col.groups if not g.too_small]
        cards = "".join(_category_card(col, t, tested) for t in col.tests)
        sections.append(f"<h2>By <code>{escape(col.column)}</code></h2><h3>Reading</h3>{_reading(col, result.alpha)}"
                        f"<h3>Groups</h3>{_groups_table(col)}<h3>Share of reviews with each category "
                        f"(95 % Wilson intervals), strongest differences first</h3>{cards}")
    examples = ""
    if result.examples:
        items = "".join(f"<li><code>{escape(e.rule_id)}</code> {escape(e.category)}: “{escape(e.sentence)}”</li>"
                        for e in result.examples)
        examples = f"<h2>Examples</h2><p class='meta'>Included because --examples was given.</p><ul>{items}</ul>"
    meta = (f"{result.reviews:,} reviews ({result.skipped_missing_text:,} without text left out) · "
            f"engine {escape(result.engine)} · groups under {result.min_group} reviews are not reported · "
            f"α = {result.alpha} · fairfeedback {escape(result.tool_version)}")
    method = ("<h2>Method</h2><p>A review counts for a category when it has at least one finding of it. Intervals are "
              "Wilson 95 % score intervals. For each category the groups are compared with Pearson's chi-square "
              "test of the 2 × k table (reviews with / without the category), or a permutation test of the same "
              f"statistic ({result.permutations:,} shuffles) when an expected count is below 5; the p-values of one "
              f"group column are Holm-corrected over its categories. Effect size: {escape(result.effect_size)}.</p>")
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>fairfeedback audit</title>"
            f"<style>{_CSS}</style></head><body><h1>fairfeedback audit</h1><p class='meta'>{meta}</p>"
            f"{''.join(sections)}{examples}{method}</body></html>")
