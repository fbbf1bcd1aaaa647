// fairfeedback page: lint as you type (debounced), highlight findings, apply rewrites.
// Plain script, no build step, no network but this server.
"use strict";

const CATEGORIES = ["character-judgment", "vague-target", "vague-evaluation", "shaming", "absolute",
  "coded-language", "intent-attribution", "sensitive-disclosure", "missing-example", "missing-next-step", "unbalanced"];
const SCORES = [["specificity", "Specificity"], ["behavior_focus", "Behavior focus"],
  ["actionability", "Actionability"], ["respect", "Respect"]];
const DEBOUNCE_MS = 350;

const $ = (id) => document.getElementById(id);
const review = $("review"), backdrop = $("backdrop"), statusEl = $("status");
const state = { report: null, text: "", selected: null, seq: 0, timer: 0, controller: null, note: "" };

const isWhole = (f) => f.rule_id.startsWith("FF9");
const keyOf = (f) => `${f.rule_id}:${f.start}:${f.end}`;
const color = (cat) => `var(--c-${cat})`;
const label = (cat) => cat.replace(/-/g, " ");

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === "class") node.className = v;
    else if (k === "bg") node.style.backgroundColor = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v);
  }
  for (const c of children) node.append(c);
  return node;
}

// Placeholders such as [date] are marked so the writer sees what to fill in.
function withHoles(text) {
  const out = [];
  let last = 0;
  for (const m of text.matchAll(/\[[^\]]+\]/g)) {
    out.push(text.slice(last, m.index), el("span", { class: "hole" }, m[0]));
    last = m.index + m[0].length;
  }
  out.push(text.slice(last));
  return out;
}

async function post(path, body, signal) {
  const res = await fetch(path, { method: "POST", headers: { "content-type": "application/json" },
    body: JSON.stringify(body), signal });
  const data = await res.json().catch(() => ({ error: `HTTP ${res.status}` }));
  if (!res.ok) throw new Error(data.error || `HTTP ${res.status}`);
  return data;
}

function schedule() {
  clearTimeout(state.timer);
  autosize();
  renderText();
  state.timer = setTimeout(lintNow, DEBOUNCE_MS);
}

async function lintNow() {
  clearTimeout(state.timer);
  const text = review.value;
  if (state.controller) state.controller.abort();
  const seq = ++state.seq;
  if (!text.trim()) {
    state.report = { findings: [], summary: { counts: {}, scores: {} } };
    state.text = text;
    statusEl.textContent = "";
    render();
    return;
  }
  state.controller = new AbortController();
  statusEl.textContent = state.note + "Checking…";
  try {
    const data = await post("/v1/lint", { text }, state.controller.signal);
    if (seq !== state.seq) return;
    state.report = data.reports[0];
    state.text = text;
    const n = state.report.findings.length;
    statusEl.textContent = state.note + (n ? `${n} finding${n === 1 ? "" : "s"}` : "No findings");
    state.note = "";
    render();
  } catch (err) {
    if (err.name === "AbortError" || seq !== state.seq) return;
    statusEl.textContent = `Could not check: ${err.message}`;
  }
}

function current() {
  return state.report && state.text === review.value ? state.report : null;
}

function setText(text, caretStart, caretEnd) {
  review.value = text;
  autosize();
  review.focus();
  if (caretStart !== undefined) review.setSelectionRange(caretStart, caretEnd ?? caretStart);
  renderText();
  lintNow();
}

// Apply one suggestion: replace its span, or add a whole-review suggestion at the end.
function apply(finding, suggestion) {
  const text = review.value;
  let start = suggestion.start, end = suggestion.end, insert = suggestion.text;
  if (start === null || start === undefined) {
    start = end = text.trimEnd().length;
    insert = (text.includes("\n\n") ? "\n\n" : " ") + insert;
  } else if (!insert) { // removal: take the following spaces too
    while (end < text.length && " \t".includes(text[end])) end++;
  }
  const next = text.slice(0, start) + insert + text.slice(end);
  const hole = insert.search(/\[[^\]]+\]/);
  state.selected = null;
  state.note = `Applied “${suggestion.title}”. `;
  if (hole >= 0) {
    const close = insert.indexOf("]", hole) + 1;
    setText(next, start + hole, start + close);
  } else {
    setText(next, start + insert.length);
  }
}

async function rewriteAll() {
  const text = review.value;
  if (!text.trim()) return;
  const button = $("rewrite-all");
  button.disabled = true;
  statusEl.textContent = "Rewriting…";
  try {
    const data = await post("/v1/rewrite", { text });
    state.selected = null;
    state.note = `Rewrote ${data.edits.length} place${data.edits.length === 1 ? "" : "s"}; fill in the [brackets]. `;
    setText(data.text, 0);
  } catch (err) {
    statusEl.textContent = `Could not rewrite: ${err.message}`;
  } finally {
    button.disabled = false;
  }
}

function autosize() {
  review.style.height = "auto";
  review.style.height = `${review.scrollHeight + 2}px`;
}

// The backdrop repeats the text with <mark>s where findings are; overlapping
// findings are split into segments, each colored by its narrowest finding.
function renderText() {
  const text = review.value;
  const report = current();
  backdrop.classList.toggle("stale", !report && !!state.report);
  const spans = (report || state.report || { findings: [] }).findings.filter((f) => !isWhole(f) && f.end <= text.length);
  const cuts = [...new Set([0, text.length, ...spans.flatMap((f) => [f.start, f.end])])].sort((a, b) => a - b);
  const nodes = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [a, b] = [cuts[i], cuts[i + 1]];
    const piece = text.slice(a, b);
    const over = spans.filter((f) => f.start <= a && f.end >= b).sort((x, y) => (x.end - x.start) - (y.end - y.start));
    if (!over.length) { nodes.push(piece); continue; }
    const mark = el("mark", { bg: color(over[0].category), "data-rule": over[0].rule_id }, piece);
    if (state.selected && over.some((f) => keyOf(f) === state.selected)) mark.classList.add("selected");
    nodes.push(mark);
  }
  nodes.push("\u200b"); // keeps a trailing newline's height
  backdrop.replaceChildren(...nodes);
}

function render() {
  const report = current();
  renderText();
  if (!report) return;
  const findings = [...report.findings].sort((a, b) => isWhole(a) - isWhole(b) || a.start - b.start);
  if (state.selected && !findings.some((f) => keyOf(f) === state.selected)) state.selected = null;
  $("count").textContent = findings.length ? `(${findings.length})` : "";
  $("empty").hidden = findings.length > 0 || !review.value.trim();
  $("findings").replaceChildren(...findings.map((f) => el("li", {},
    el("button", { type: "button", "aria-pressed": String(keyOf(f) === state.selected), "data-key": keyOf(f),
      onclick: () => select(f, true) },
    el("span", { class: "swatch", bg: color(f.category), title: label(f.category) }),
    el("span", { class: "what" }, isWhole(f) ? `Whole review: ${label(f.category)}` : `“${f.match}”: ${label(f.category)}`),
    el("span", { class: "rule" }, f.rule_id)))));
  const counts = report.summary.counts || {};
  $("legend").replaceChildren(...CATEGORIES.map((c) => el("li", { class: counts[c] ? "" : "none" },
    el("span", { class: "swatch", bg: color(c) }), label(c), el("b", {}, String(counts[c] || 0)))));
  const scores = report.summary.scores || {};
  $("scores").replaceChildren(...SCORES.map(([key, name]) => {
    const value = scores[key] ? scores[key].value : 100;
    const fill = el("span", { class: `fill ${value < 50 ? "low" : value < 80 ? "mid" : ""}` });
    fill.style.width = `${value}%`;
    const reasons = scores[key] && scores[key].reasons.length ? scores[key].reasons.join(", ") : "nothing to fix";
    return el("div", { class: "score", role: "listitem", "aria-label": `${name}: ${value} of 100 (${reasons})`, title: reasons },
      el("span", {}, name), el("span", { class: "bar" }, fill), el("span", { class: "val" }, String(value)));
  }));
  renderDetail(findings.find((f) => keyOf(f) === state.selected));
}

function renderDetail(f) {
  const box = $("detail");
  box.hidden = !f;
  if (!f) return;
  $("detail-category").style.backgroundColor = color(f.category);
  $("detail-rule").textContent = `${label(f.category)} · ${f.rule_id} ${f.rule_name} · ${f.severity}`;
  $("detail-title").textContent = f.message;
  $("detail-match").textContent = isWhole(f) ? "About the whole review" : `Flagged: “${f.match}”`;
  $("detail-explanation").textContent = f.explanation;
  $("detail-suggestions").replaceChildren(...f.suggestions.map((s) => {
    const canApply = s.start !== null || isWhole(f);
    const item = el("li", {}, el("div", { class: "title" }, s.title),
      el("q", {}, ...(s.text ? withHoles(s.text) : ["(remove this sentence)"])));
    if (canApply) {
      item.append(el("button", { type: "button", class: "apply", onclick: () => apply(f, s) },
        isWhole(f) ? "Add to review" : s.text ? "Apply" : "Remove sentence"));
    }
    return item;
  }));
}

function select(f, moveFocus) {
  state.selected = f ? keyOf(f) : null;
  render();
  if (f && moveFocus) $("detail").focus();
}

// Clicking or moving the caret into highlighted words selects their finding.
function selectAtCaret() {
  const report = current();
  if (!report) return;
  const at = review.selectionStart;
  const hits = report.findings.filter((f) => !isWhole(f) && f.start <= at && at <= f.end)
    .sort((x, y) => (x.end - x.start) - (y.end - y.start));
  if (hits.length && keyOf(hits[0]) !== state.selected) select(hits[0], false);
}

review.addEventListener("input", schedule);
review.addEventListener("click", selectAtCaret);
review.addEventListener("keyup", (e) => { if (e.key.startsWith("Arrow") || e.key === "Home" || e.key === "End") selectAtCaret(); });
$("detail").addEventListener("keydown", (e) => {
  if (e.key !== "Escape") return;
  const key = state.selected;
  select(null, false);
  const button = document.querySelector(`#findings button[data-key="${key}"]`);
  (button || review).focus();
});
$("rewrite-all").addEventListener("click", rewriteAll);
$("clear").addEventListener("click", () => { state.selected = null; setText("", 0); });
window.addEventListener("resize", autosize);
autosize();
lintNow();
