// Tidende web page: story list, story page, search. Plain DOM; all data goes in as text nodes
// (never innerHTML), links only for http(s) URLs, so article text cannot inject markup or script.
// Elements of article and story text carry dir="auto": an Arabic or Hebrew title runs right to left.
"use strict";

const STORY_FIELDS = new Set(["id", "headline", "languages", "sources", "first", "last", "size", "articles",
  "entities", "timeline", "passages", "shared_passages", "summary", "additions", "duplicates", "links"]);
const ARTICLE_FIELDS = new Set(["id", "file", "line", "title", "language", "date", "date_inferred", "source", "url",
  "similarity", "adds", "passages", "shared", "shared_passages", "date_given"]);

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v !== null && v !== undefined) e.setAttribute(k, String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    e.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

// a snippet or title with its matches in <mark>: highlights are [start, end) offsets into it, in order
function marked(text, highlights) {
  const parts = [];
  let at = 0;
  for (const [start, end] of Array.isArray(highlights) ? highlights : []) {
    if (!(start >= at && end > start && end <= text.length)) continue;
    parts.push(text.slice(at, start), el("mark", {}, text.slice(start, end)));
    at = end;
  }
  parts.push(text.slice(at));
  return parts.filter(p => p !== "");
}

function safeHref(url) {
  try {
    const u = new URL(String(url), location.href);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
  } catch (e) {
    return null;
  }
}

function tags(values) {
  return (values || []).map(v => el("span", { class: "tag", dir: "auto" }, typeof v === "object" ? labelOf(v) : v));
}

// an entity's type in words: the tagger's codes (PER, LOC) mean nothing to most readers
const ENTITY_TYPES = { PER: "person", LOC: "place", ORG: "organisation", MISC: "other name" };

function labelOf(v) {
  if (v === null || v === undefined) return "";
  if (typeof v !== "object") return String(v);
  const name = v.name ?? v.label ?? v.text ?? v.key ?? v.id ?? JSON.stringify(v);
  const extra = [ENTITY_TYPES[v.type] ?? v.type, v.count !== undefined ? "×" + grouped(v.count) : null].filter(x => x !== undefined && x !== null);
  return extra.length ? name + " (" + extra.join(", ") + ")" : String(name);
}

// a count grouped as the reader's browser writes numbers (navigator.languages, the languages the
// reader asked for: "2,886" in English, "2.886" in German, "2 886" in Norwegian); before, "2886"
const COUNTS = (() => {
  try {
    return new Intl.NumberFormat(navigator.languages && navigator.languages.length ? navigator.languages : undefined);
  } catch (e) {
    return new Intl.NumberFormat(); // a language tag Intl cannot read: the browser's own locale
  }
})();

function grouped(n) {
  return typeof n === "number" && Number.isFinite(n) ? COUNTS.format(n) : String(n);
}

// a score or similarity with two decimals as the reader's browser writes them, as counts are: "0.97" in
// English, "0,97" in German and Norwegian; before, toFixed's "0.97" in every language. The JSON API stays plain.
const DECIMALS = (() => {
  const two = { minimumFractionDigits: 2, maximumFractionDigits: 2 };
  try {
    return new Intl.NumberFormat(navigator.languages && navigator.languages.length ? navigator.languages : undefined, two);
  } catch (e) {
    return new Intl.NumberFormat(undefined, two);
  }
})();

function decimal(x) {
  return typeof x === "number" && Number.isFinite(x) ? DECIMALS.format(x) : String(x);
}

/** "1 article", "3 articles", "2,886 stories". */
function plural(n, one, many) {
  return grouped(n) + " " + (n === 1 ? one : many);
}

// a date as a reader writes it: ISO's "2025-06-04T06:30" as "2025-06-04 06:30", and a time the source gave
// with an offset on its clock with the offset after a space, "2025-03-11T16:05+01:00" as "2025-03-11 16:05
// +01:00", "2025-06-04T06:30Z" as "2025-06-04 06:30 UTC" (the API keeps ISO)
function when(d) {
  if (typeof d !== "string") return d;
  return d.replace(/^(\d{4}-\d{2}-\d{2})T(?=\d)/, "$1 ").replace(/(\d)Z$/, "$1 UTC").replace(/(\d)([+-]\d{2}:\d{2})$/, "$1 $2");
}

// a date as an element on one line: "2025-03-11 16:05 +01:00" broke after "16:05" on a phone, its
// offset alone at the start of the next line
function dated(d) {
  if (typeof d !== "string" || !d) return "undated";
  return el("span", { class: "date" }, when(d));
}

function span(first, last) {
  if (!first) return "undated";
  return first === last || !last ? [dated(first)] : [dated(first), " → ", dated(last)];
}

// Any JSON value as readable DOM, for fields this page does not know yet.
function generic(v, depth = 0) {
  if (v === null || v === undefined) return el("span", { class: "muted" }, "—");
  if (typeof v !== "object") return document.createTextNode(String(v));
  if (depth > 3) return el("code", {}, JSON.stringify(v).slice(0, 500));
  if (Array.isArray(v)) {
    return el("ul", {}, v.slice(0, 50).map(x => el("li", {}, generic(x, depth + 1))),
      v.length > 50 ? el("li", { class: "muted" }, "… " + grouped(v.length - 50) + " more") : null);
  }
  return el("dl", { class: "fields" }, Object.entries(v).flatMap(([k, x]) => [el("dt", {}, k), el("dd", {}, generic(x, depth + 1))]));
}

function passageText(p) {
  return typeof p === "string" ? p : (p && (p.a_text ?? p.text ?? p.passage ?? p.quote)) || JSON.stringify(p);
}

// Passage objects name the two articles sharing it ({a, a_text, b, b_text, cross_language, translated, score}).
function passageItem(p, titles) {
  if (!p || typeof p !== "object" || p.a === undefined) return el("li", { dir: "auto" }, el("mark", {}, passageText(p)));
  const who = id => titles.get(id) || id;
  return el("li", { class: "passage" },
    el("blockquote", { dir: "auto" }, el("mark", {}, p.a_text ?? "")), el("div", { class: "meta" }, who(p.a)),
    p.b_text && p.b_text !== p.a_text ? el("blockquote", { dir: "auto" }, el("mark", {}, p.b_text)) : null,
    el("div", { class: "meta" }, (p.b_text && p.b_text !== p.a_text ? "" : "also in ") + who(p.b)
      + (p.translated ? " · translated" : p.cross_language ? " · across languages" : "") + (typeof p.score === "number" ? " · similarity " + decimal(p.score) : "")));
}

// A long list shows its first items and keeps the rest one click away, in a native <details>
// (keyboard-operable, and found by the browser's find-in-page, which opens it): a story of 28
// articles listed every sentence each added, 381 bullet points, 21,000 px of page. Answers the list
// element with the first items, then a <details> holding the same kind of list with the rest.
function foldedList(tag, attrs, items, shown, render, one, many) {
  if (items.length <= shown + 1) return [el(tag, attrs, items.map(render))]; // "1 more" hides no more than its own line
  return [el(tag, attrs, items.slice(0, shown).map(render)), el("details", { class: "fold" },
    el("summary", {}, plural(items.length - shown, one, many)), el(tag, attrs, items.slice(shown).map(render)))];
}

async function getJson(url) {
  const res = await fetch(url, { headers: { Accept: "application/json" } });
  const body = await res.json().catch(() => ({ error: res.statusText }));
  // a 400's details say what is wrong with each field ("lang: not a language code: 'norwegian' ..."), not its name alone
  // a detail the error already says (a 400 of query parameters names each with its reason) is not said twice
  const error = body.error || ("HTTP " + res.status);
  const details = Array.isArray(body.details) ? body.details.filter(d => d && d.reason && !error.includes(d.reason))
    .map(d => (d.field ? d.field + ": " : "") + d.reason) : [];
  if (!res.ok) throw Object.assign(new Error(error + (details.length ? " (" + details.join("; ") + ")" : "")),
    { status: res.status });
  return body;
}

// null and undefined are parts left out: replaceChildren would show them as the text "null"
function show(...nodes) {
  const main = document.getElementById("main");
  main.replaceChildren(...nodes.filter(n => n !== null && n !== undefined));
}

function storyLink(id) {
  return "/story/" + encodeURIComponent(id);
}

// the id of an article's entry on its story's page, which a search hit links to: before, a hit led
// to the top of its story, and the reader looked for the article among the story's 28
function articleAnchor(id) {
  return "article-" + id;
}

// the first five sources, and how many more the story page names (before, the rest left out unsaid:
// a story of 27 sources read as one of 5)
function storyItem(s) {
  const sources = s.sources || [];
  return el("li", { class: "story", "data-id": s.id },
    el("a", { class: "headline", href: storyLink(s.id), dir: "auto" }, s.headline || "(no headline)"),
    el("div", { class: "meta" }, plural(s.size ?? (s.articles || []).length, "article", "articles") + " · ", span(s.first, s.last), " · ",
      tags(s.languages), tags(sources.slice(0, 5)),
      sources.length > 5 ? el("span", { class: "more-sources" }, "and " + plural(sources.length - 5, "more source", "more sources")) : null));
}

// The languages Tidende identifies, by name; a language posted as such ("lang": "ru") by the browser's name for it.
const LANGUAGE_NAMES = { nn: "Nynorsk", nb: "Bokmål", da: "Danish", sv: "Swedish", en: "English", de: "German", es: "Spanish" };
const KNOWN_LANGUAGES = Object.keys(LANGUAGE_NAMES);

function languageName(code) {
  if (LANGUAGE_NAMES[code]) return LANGUAGE_NAMES[code];
  try {
    const name = new Intl.DisplayNames(["en"], { type: "language" }).of(code);
    return name && name !== code ? name : null;
  } catch (e) {
    return null;
  }
}

// The archive's languages (from /health, most articles first), and the one chosen even when it holds none.
async function languageMenu(chosen) {
  let codes;
  try {
    const h = await getJson("/health");
    codes = (h.archive && Array.isArray(h.archive.languages) ? h.archive.languages : [])
      .map(l => l.code).filter(c => typeof c === "string" && c !== "und");
  } catch (e) {
    codes = KNOWN_LANGUAGES; // an older server, or one that cannot say: the languages Tidende identifies
  }
  if (chosen && !codes.includes(chosen)) codes = [...codes, chosen];
  const select = el("select", { name: "lang" }, el("option", { value: "" }, "all"),
    codes.map(c => el("option", { value: c }, languageName(c) ? languageName(c) + " (" + c + ")" : c)));
  select.value = chosen || "";
  return select;
}

async function listView(params) {
  const sort = params.get("sort") === "biggest" ? "biggest" : "newest";
  const lang = (params.get("lang") || "").toLowerCase(); // codes are case-insensitive: NN is the menu's nn
  const controls = el("form", { class: "controls", method: "get", action: "/" },
    el("label", {}, "Order ", el("select", { name: "sort" },
      el("option", { value: "newest" }, "Newest"), el("option", { value: "biggest" }, "Biggest"))),
    el("label", {}, "Language ", await languageMenu(lang)),
    el("button", { type: "submit" }, "Show"));
  controls.elements.sort.value = sort;
  const list = el("ol", { class: "stories" });
  const more = el("button", { class: "more", type: "button", hidden: "" }, "More stories");
  const count = el("p", { class: "muted" });
  document.title = "Stories" + (lang ? " in " + (languageName(lang) || lang) : "") + " · Tidende";
  show(el("h1", {}, "Stories"), controls, count, list, more);
  let offset = 0;
  async function page() {
    const q = new URLSearchParams({ sort, limit: "25", offset: String(offset), articles: "0" });
    if (lang) q.set("lang", lang);
    const data = await getJson("/stories?" + q);
    data.stories.forEach(s => list.appendChild(storyItem(s)));
    offset += data.stories.length;
    count.textContent = plural(data.total, "story", "stories") + (lang ? " in " + (languageName(lang) || lang) : "")
      + (data.total === 0 && !lang
      ? ": nothing has been read yet. POST articles to /articles, or start the server with --watch DIR or --feed URL."
      : "");
    // a language with no stories: the way back to every language, not a dead end
    if (data.total === 0 && lang) {
      count.append(" · ", el("a", { href: "/?" + new URLSearchParams({ sort }) }, "show every language"));
    }
    more.hidden = offset >= data.total;
  }
  // one page at a time: a double click asked for the same offset twice and listed its stories twice
  more.addEventListener("click", () => {
    if (more.disabled) return;
    more.disabled = true;
    page().then(() => { more.disabled = false; }, fail);
  });
  await page();
}

// why a member is in its story: the names and numbers it shares with the others
function linkLine(l) {
  if (!l) return null;
  const shared = [...(l.names || []), ...(l.numbers || [])];
  return el("div", { class: "meta links" }, shared.length ? "shares " + shared.join(", ") : "shares words only");
}

// an untitled article's file name and line, as the CLI and the passages name it; "" when not known
function fileLabel(a) {
  return typeof a.file === "string" && a.file ? a.file.split(/[\\/]/).pop() + (a.line ? ":" + a.line : "") : "";
}

// the title of an article or search hit; an untitled one by its file name, so two of them are told
// apart, as the CLI tells them, and the Articles list names them as the passages above do
function titleOf(a) {
  if (a.title) return a.title;
  const file = fileLabel(a);
  return file ? file + " (no title)" : "(no title)";
}

// what a story page shows before a "N more" fold: the sentences an article adds, its shared passages
const SHOWN_SENTENCES = 2;
const SHOWN_PASSAGES = 5;

function articleEntry(a, additions, links) {
  const href = a.url ? safeHref(a.url) : null;
  const title = titleOf(a);
  const extra = Object.fromEntries(Object.entries(a).filter(([k]) => !ARTICLE_FIELDS.has(k)));
  const added = additions && additions.get(a.id);
  const adds = added ? added.sentences || [] : a.adds === undefined ? null : Array.isArray(a.adds) ? a.adds : [a.adds];
  const shared = a.shared_passages || a.passages || a.shared;
  return el("li", { class: "article", "data-id": a.id, id: articleAnchor(a.id) },
    el("div", { class: "meta" }, dated(a.date), (a.date_inferred ? " (inferred)" : "") + " · ",
      el("span", { class: "tag" }, a.language || "und"), a.source ? el("span", { class: "tag", dir: "auto" }, a.source) : null,
      // after the tags with the line's separator, as the date before them: before, "NRK similarity 0.43"
      typeof a.similarity === "number" && a.similarity > 0 ? "· similarity " + decimal(a.similarity) : null),
    el("div", { class: "title", dir: "auto" }, href ? el("a", { href, rel: "noopener noreferrer nofollow" }, title) : title),
    linkLine(links && links.get(a.id)),
    added ? el("div", { class: "meta" }, "adds " + grouped(added.new_words) + " of " + grouped(added.total_words) + " words") : null,
    adds && adds.length ? foldedList("ul", { class: "adds" }, adds, SHOWN_SENTENCES, x => el("li", { dir: "auto" }, labelOf(x)),
      "more sentence", "more sentences") : null,
    Array.isArray(shared) && shared.length ? el("div", { class: "shared" }, "shared: ",
      shared.slice(0, 5).map(p => el("mark", { dir: "auto" }, passageText(p)))) : null,
    Object.keys(extra).length ? generic(extra) : null);
}

// how passages, the timeline and copies name an article: its source (else its file name and line)
// and title; an untitled one by its file name and line, as the CLI does, not by its content-hash
// id. With the file before a title, a copy whose title is the story's headline ("also in Brann om
// bord på Havørn i Skagerrak") is not taken for the story itself
function articleLabel(a) {
  const file = fileLabel(a);
  const from = a.source || (a.title ? file : "");
  return (from ? from + ": " : "") + (a.title || file || a.id);
}

async function storyView(id) {
  let s;
  try {
    s = await getJson("/stories/" + encodeURIComponent(id));
  } catch (e) {
    if (e.status !== 404) throw e;
    // a link to a story that is not (or no longer) in this archive: say so, and the way on
    document.title = "No such story · Tidende";
    show(el("p", {}, el("a", { href: "/" }, "← all stories")), el("h1", {}, "No such story"),
      el("p", { class: "error" }, e.message),
      el("p", { class: "muted" }, "The link may be mistyped, or the story is in another archive. "
        + "Search for its words above, or browse all stories."));
    return;
  }
  if (s.id && s.id !== id) history.replaceState(null, "", storyLink(s.id) + location.hash); // merged into s since the link was made
  document.title = (s.headline || "Story") + " · Tidende";
  const parts = [
    el("p", {}, el("a", { href: "/" }, "← all stories")),
    el("h1", { dir: "auto" }, s.headline || "(no headline)"),
    el("p", { class: "meta" }, plural(s.size ?? s.articles.length, "article", "articles") + " · ", span(s.first, s.last)),
    el("p", {}, "Languages: ", tags(s.languages)),
    el("p", {}, "Sources: ", tags(s.sources)),
  ];
  const titles = new Map((s.articles || []).map(a => [a.id, articleLabel(a)]));
  const summary = Array.isArray(s.summary) ? s.summary : s.summary ? [s.summary] : [];
  if (summary.length) parts.push(el("h2", {}, "Summary"), el("div", { class: "summary" }, summary.map(x => el("p", { dir: "auto" }, labelOf(x)))));
  if (Array.isArray(s.entities) && s.entities.length) parts.push(el("h2", {}, "Who and where"), el("p", { class: "entities" }, tags(s.entities)));
  const passages = s.shared_passages || s.passages;
  if (Array.isArray(passages) && passages.length) {
    // every one of them (before, the first 30 of the 309 a 28-article story has, and no word of the rest)
    parts.push(el("h2", {}, "Shared passages"), ...foldedList("ul", { class: "passages" }, passages, SHOWN_PASSAGES,
      p => passageItem(p, titles), "more shared passage", "more shared passages"));
  }
  if (Array.isArray(s.timeline) && s.timeline.length) {
    parts.push(el("h2", {}, "Timeline"), el("ol", { class: "timeline events" },
      s.timeline.map(t => el("li", {}, typeof t === "object" && t !== null
        ? [el("div", { class: "meta" }, t.date ? dated(t.date) : t.when || "", (t.expression ? " · “" + t.expression + "”" : "")
            + (t.article && titles.has(t.article) ? " · " + titles.get(t.article) : "")),
           el("div", { dir: "auto" }, labelOf(t.sentence ?? t.text ?? t.event ?? t.label ?? t.title ?? t))]
        : String(t)))));
  }
  const additions = new Map((Array.isArray(s.additions) ? s.additions : []).filter(x => x && x.article).map(x => [x.article, x]));
  const links = new Map((Array.isArray(s.links) ? s.links : []).filter(x => x && x.article).map(x => [x.article, x]));
  parts.push(el("h2", {}, "Articles"), el("ol", { class: "timeline articles" }, (s.articles || []).map(a => articleEntry(a, additions, links))));
  if (Array.isArray(s.duplicates) && s.duplicates.length) {
    parts.push(el("h2", {}, "Copies"), el("ul", { class: "copies" }, s.duplicates.map(d => el("li", {},
      (titles.get(d.canonical) || d.canonical || "") + " — copied by " + ((d.copies || []).map(c => titles.get(c) || c).join(", "))
      + (Array.isArray(d.sources) && d.sources.length ? " (" + d.sources.join(", ") + ")" : "")
      + (d.same_headline === true && typeof d.similarity === "number"
        ? " · same headline, texts " + decimal(d.similarity) + " alike" : "")))));
  }
  const extra = Object.fromEntries(Object.entries(s).filter(([k]) => !STORY_FIELDS.has(k)));
  if (Object.keys(extra).length) parts.push(el("h2", {}, "More"), generic(extra));
  show(...parts);
  // a search hit's link names its article (#article-…): the page is drawn after the browser looked
  // for that anchor, so go there now, and mark it
  const target = location.hash.length > 1 ? document.getElementById(storyId(location.hash.slice(1))) : null;
  if (target) {
    target.classList.add("target");
    target.scrollIntoView();
  }
}

// A link to another page of the same search, in the same order.
function searchPage(q, lang, limit, offset, label, sort) {
  const p = new URLSearchParams({ q, limit: String(limit), offset: String(offset) });
  if (lang) p.set("lang", lang);
  if (sort && sort !== "relevance") p.set("sort", sort);
  return el("a", { class: "page", href: "/?" + p }, label);
}

async function searchView(q, params) {
  document.getElementById("q").value = q;
  const lang = (params.get("lang") || "").toLowerCase(); // codes are case-insensitive: NN is the menu's nn
  // best match first, or the newest hits first (undated last), as GET /search?sort= orders them
  const sort = (params.get("sort") || "").toLowerCase() === "newest" ? "newest" : "relevance";
  const query = new URLSearchParams({ q, limit: params.get("limit") || "50", offset: params.get("offset") || "0" });
  if (lang) query.set("lang", lang);
  if (sort !== "relevance") query.set("sort", sort);
  const [data, menu] = await Promise.all([getJson("/search?" + query), languageMenu(lang)]);
  const controls = el("form", { class: "controls", method: "get", action: "/" }, el("input", { type: "hidden", name: "q", value: q }),
    // "Show", as the list's: two buttons named "Search" on one page, the header's and this one, were
    // two of the same to a screen reader, which reads a button by its name
    el("label", {}, "Order ", el("select", { name: "sort" },
      el("option", { value: "relevance" }, "Best match"), el("option", { value: "newest" }, "Newest"))),
    el("label", {}, "Language ", menu), el("button", { type: "submit" }, "Show"));
  // the order the hits came in: a query with no word to rank by ("*", "lang:nb") comes newest first
  // whatever was asked, and the menu and the count line say so
  const order = data.sort === "newest" ? "newest" : sort;
  controls.elements.sort.value = order;
  const offset = data.offset ?? Number(params.get("offset") || 0);
  const limit = data.limit ?? 50;
  const shown = data.hits.length ? " · " + grouped(offset + 1) + "–" + grouped(offset + data.hits.length) + " shown" : "";
  const pages = el("p", { class: "more" },
    // from past the last hit (an edited or old link), back to the last page, not to another empty one
    offset > 0 && data.total > 0 ? searchPage(q, lang, limit,
      Math.max(0, Math.min(offset - limit, Math.floor((data.total - 1) / limit) * limit)), "← previous " + grouped(limit), sort) : null,
    offset > 0 && offset + data.hits.length < data.total ? " · " : null,
    offset + data.hits.length < data.total ? searchPage(q, lang, limit, offset + data.hits.length, "next " + grouped(limit) + " →", sort) : null);
  // a query Lucene cannot parse ("Putin AND") was searched as plain words: say so, and why
  const plain = data.read_as_plain_words ? el("p", { class: "note" }, "Searched as plain words: the query is not "
      + "valid search syntax (" + data.read_as_plain_words + "). Put a word with : ( ) [ ] { } ^ ~ * ? / \" in quotes, "
      + "or write AND, OR and NOT between words.") : null;
  // a clause left out ("lang:norwegian", no language code): the rest was searched; say what and why
  const leftOut = data.left_out ? el("p", { class: "note" }, "Searched without part of the query: " + data.left_out
      + ". Languages are codes, as in lang:nb or lang:no.") : null;
  // the server's own note on an empty page: a language with no article, a source: spelt in another case than stored
  const note = data.note ? el("p", { class: "note" }, data.note) : null;
  // nothing found: what to try, as every word is required (and a language filter narrows it)
  const none = data.total === 0 ? el("p", { class: "note" }, "No article has every word of the query. Try fewer "
      + "words, OR between them (brann OR flom), or a name as the articles spell it", lang
      ? [", or ", searchPage(q, "", limit, 0, "search every language", sort)] : null, ".") : null;
  document.title = "“" + q + "” · Search · Tidende";
  show(el("h1", {}, "Search"), controls, el("p", { class: "muted" }, plural(data.total, "article matches", "articles match")
      + " “" + q + "”" + (lang ? " in " + (languageName(lang) || lang) : "") + (data.total > data.hits.length ? shown : "")
      + (order === "newest" && data.total > 1 ? " · newest first" : "")), plain, leftOut, note, none,
    el("ol", { class: "hits" }, data.hits.map(h => el("li", { class: "hit" },
      el("a", { href: storyLink(h.story) + "#" + encodeURIComponent(articleAnchor(h.id)), dir: "auto" },
        h.title ? marked(h.title, h.title_highlights) : titleOf(h)),
      el("div", { class: "meta" }, dated(h.date), " · ", el("span", { class: "tag" }, h.language),
        h.source ? el("span", { class: "tag", dir: "auto" }, h.source) : null),
      h.snippet ? el("p", { class: "snippet", dir: "auto" }, marked(h.snippet, h.highlights)) : null))),
    pages.childNodes.length ? pages : null);
}

function fail(e) {
  show(el("p", { class: "error" }, "Could not load: " + (e && e.message ? e.message : String(e))));
}

// The path's id as written when it is no valid percent-encoding (/story/%E0): the API then says
// there is no such story. async, so any error reaches fail() and the page never stays "Loading…".
function storyId(raw) {
  try {
    return decodeURIComponent(raw);
  } catch (e) {
    return raw;
  }
}

async function route() {
  const params = new URLSearchParams(location.search);
  const m = location.pathname.match(/^\/story\/(.+)$/);
  if (m) return storyView(storyId(m[1]));
  const q = (params.get("q") || "").trim();
  if (q) return searchView(q, params);
  return listView(params);
}

// After a restart the server replays its archive before it serves stories: the API answers 503 and
// /health says how far it has got. Show that, ask again every 2 s, and load the page once ready.
async function awaitStart() {
  for (;;) {
    const res = await fetch("/health", { headers: { Accept: "application/json" } });
    const h = await res.json().catch(() => ({}));
    if (h.status === "failed") throw new Error("the server failed to start: " + (h.error || "see its log"));
    if (h.status !== "starting") return;
    const p = h.startup || {};
    // the current step's share: the message says which step (rebuilding stories is most of a replay)
    const bar = typeof p.step_total === "number" && p.step_total > 0
      ? el("progress", { max: p.step_total, value: p.step_done || 0 }) : null;
    // the server's message groups its counts as its command line does ("20,480 of 52,614 articles
    // replayed", plain digits before session 31): grouped again as the page's other counts are
    const message = String(p.message || p.step || "")
      .replace(/\d{1,3}(?:,\d{3})+|\d{4,}/g, n => grouped(Number(n.replace(/,/g, ""))));
    show(el("h1", {}, "Starting"), el("p", { class: "starting" }, "The server is starting: " + message),
      bar, el("p", { class: "muted" }, "Stories appear here when it is ready; this page asks again every few seconds."));
    document.body.setAttribute("data-starting", "1");
    await new Promise(resolve => setTimeout(resolve, 2000));
  }
}

function load() {
  return route().catch(async e => {
    if (e.status !== 503) throw e;
    await awaitStart();
    document.body.removeAttribute("data-starting");
    return route();
  });
}

// <main> is busy until its page is there, and no live region: a screen reader announced a live
// <main> whole when its content arrived, every word of a story of 28 articles, and the 25 stories
// "More stories" adds
function ready() {
  document.getElementById("main").setAttribute("aria-busy", "false");
  document.body.setAttribute("data-ready", "1");
}

document.addEventListener("DOMContentLoaded", () => {
  load().then(ready, e => {
    fail(e);
    ready();
  });
});
