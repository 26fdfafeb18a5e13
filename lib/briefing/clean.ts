// Stage 1: separate the story from page furniture without touching the text.
// We never rewrite the uploaded text: every kept line is a [start, end) window into it, so a
// citation cut from a kept line is always a verbatim passage of the source.

import { anyWordTest, singleSpaced } from "./text";
import { NOT_A_TITLE } from "./title";

export type LineKind = "content" | "heading";

export interface CleanLine {
  start: number;
  end: number;
  text: string;
  kind: LineKind;
  /** Index among the source's lines (paragraph number), used for "same paragraph" context. */
  para: number;
}

export interface RemovedLine {
  text: string;
  reason: string;
}

export interface CleanResult {
  lines: CleanLine[];
  removed: RemovedLine[];
  headline?: string;
  /** The publication date a leading "date YYYY-MM-DD" mark gives (ISO), when the text has one. */
  datedAt?: string;
  /** Section labels typical of machine-written roundups ("Story Summary", "Source Articles"). */
  aggregatorMarks: number;
}

const MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?";

/**
 * Whole-line furniture: each rule describes a kind of page element, not a particular site.
 * Rules marked `gated` search the whole line; each of their matches contains one of
 * FURNITURE_WORDS, so a line without those words skips them (the others are anchored and cheap).
 */
const FURNITURE: Array<[RegExp, string, "gated"?]> = [
  [/^[^\p{L}]*$/u, "number-or-symbols"], // stray page numbers ("262"), "()", "---"
  [/^[a-z][a-z_]*:\s*\S+$/u, "front-matter"], // "word_count: 1068"
  [/^(share|tweet|email|print|follow)\b.{0,60}$/iu, "share-widget"],
  [/\S+@\S+\.\w+/u, "share-widget", "gated"],
  [/^skip to\b/i, "navigation"],
  [/\b(read|see) (the )?(full|original|more|whole) (article|story|report)\b/i, "read-more", "gated"],
  [/\bread more\s*$/i, "related-link", "gated"],
  [
    /\b(newsletter|sign up here|sign up now|subscribe (now|here|today)|get instant alerts|be the first to know|(please )?donate (here|now|today)|support our (journalism|work|reporting))\b/i,
    "promo",
    "gated",
  ],
  [/^\W*(list|item|slide|image|photo|picture|video)\s+\d+\s+of\s+\d+(?!\d)/iu, "gallery-counter"],
  [/^\W*\[\d+\s*\/\s*\d+\]/u, "gallery-counter"],
  [/^[a-z]+(?:-[a-z]+)+(?=\p{Lu})/u, "icon-label"], // "notification-importantGet instant alerts"
  [/\b(photograph|photo|image|picture|illustration|credit)\s*:/i, "photo-caption", "gated"],
  [/\((AP|AFP|Reuters|Getty|EPA|Xinhua)[^)]*(photo|images?)[^)]*\)\s*$/iu, "photo-caption", "gated"],
  [/\bin this (image|photo|picture|screengrab|handout|still)\b/i, "photo-caption", "gated"],
  [/\b(via|for|\/)\s*(REUTERS|Reuters|AP|AFP|Getty Images|EPA)\s*$/u, "photo-credit"],
  [/\bpurchase licensing rights\b/i, "photo-credit", "gated"],
  [/\bcontributed to this report\b/i, "byline", "gated"],
  [/^(reporting|writing|editing|additional reporting) by\b/i, "byline"],
  [/^by [A-Z][a-z]+ [A-Z][a-z]+\s*$/u, "byline"],
  [/^(advertisement|sponsored|related:?|watch:?|listen:?|more on this story|recommended)\s*$/i, "advert"],
];

const FURNITURE_WORDS = [
  "@",
  "read ",
  "see ",
  "newsletter",
  "sign up",
  "subscribe",
  "donate",
  "support our",
  "instant alerts",
  "first to know",
  "photo",
  "image",
  "picture",
  "illustration",
  "credit",
  "in this",
  "licensing",
  "contributed",
];
const mayBeFurniture = anyWordTest(FURNITURE_WORDS);

/** The furniture rule a whole line matches, if any (the first in list order). */
export function furnitureRule(line: string): string | undefined {
  const gatedMayMatch = mayBeFurniture(line);
  return FURNITURE.find(([rx, , gated]) => (gatedMayMatch || !gated) && rx.test(line))?.[1];
}

const CAPTION_DATE = new RegExp(`,\\s*(?:\\w+day,\\s*)?${MONTH}\\s+\\d{1,2},\\s+\\d{4}\\.?\\s*$`, "u");
const CREDIT_LINE =
  /^[^.!?]{0,80}\b(via|\/)\s*(REUTERS|Reuters|AP|AFP|Getty Images|EPA)\s*$|^\(?(AP|AFP|Reuters) Photo/u;

/** Prefixes that are furniture glued to a real sentence: datelines, empty credits, bullets. */
/** A leading "date 2024-11-05" marks when the text was published (a convention of saved articles). */
const DATE_MARK = /^date\s+(\d{4}-\d{2}-\d{2})\b\s*/u;

const PREFIXES: RegExp[] = [
  DATE_MARK,
  /^\(\s*\)\s*/u, // "() The U.S. is withdrawing…" (a stripped credit)
  /^[*•·▪–-]\s+/u, // list bullets
  /^\p{Lu}[\p{Lu} .'-]{2,}(?:,\s*[\p{L}\p{N} .]+?)?(?:\s*\([^)]{2,30}\))?\s*(?:—|–|−|--|-)\s+/u, // "KYIV, Feb 5 (Reuters) - "
];

/**
 * "Washington — Negotiators reached …", "Renton, Wash. – The union said …": a dateline in title case,
 * taken only from an article's first sentence line, where a place opens the report; further down, a
 * name and a dash open an aside ("Trump — who …").
 */
const TITLE_DATELINE =
  /^\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,2}\.?(?:,\s*\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)?\s*(?:—|–|−|--)\s+(?=\p{Lu})/u;

const AGGREGATOR_HEADING =
  /^(story summary|summary|full story|source articles?|sources|key (developments|points|takeaways)|background( and context)?|reactions?( and implications)?|current status|what we know|story:.*)$/iu;

function isTitleCase(s: string): boolean {
  const words = s.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length === 0) return false;
  const minor = /^(a|an|the|and|or|of|to|in|on|at|for|with|from|by|as|vs\.?|but|over|into)$/i;
  let caps = 0;
  for (const w of words) if (/^\P{L}*\p{Lu}/u.test(w) || minor.test(w)) caps++;
  return caps === words.length;
}

/** Fewest words a news headline has; shorter heading lines are section labels or outlet names. */
const HEADLINE_MIN_WORDS = 4;
const DATE_LINE = /^(date\s+)?\d{4}-\d{2}-\d{2}\b|^(\p{L}+day,?\s+)?(\d{1,2}\s+\p{L}+|\p{L}+\s+\d{1,2}),?\s+\d{4}\b/u;

function isHeadline(line: string): boolean {
  const words = line.split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w));
  return words.length >= HEADLINE_MIN_WORDS && !DATE_LINE.test(line) && !NOT_A_TITLE.some((r) => r.pattern.test(line));
}

function endsLikeSentence(s: string): boolean {
  return /[.!?…:]["'”’)\]]*\s*$/u.test(s);
}

type Window = { start: number; end: number };

/** Lines that break mid-sentence before a lower-case word, in a hard-wrapped text, at least … */
const WRAPPED_MIN_BREAKS = 3;
/** … and as a share of its lines. */
const WRAPPED_MIN_SHARE = 0.2;
/** A wrapped paragraph is joined from at most this many lines. */
const WRAPPED_MAX_LINES = 16;

const adjacent = (text: string, a: Window, b: Window) => /^\r?\n$/u.test(text.slice(a.end, b.start));
/** Lowercase or a comma at the end of the text. */
const LOWER_OR_COMMA_END = /[\p{Ll},]$/u;
// `/[\p{Ll},]\s*$/u` on the whole line, without trying every letter of a paragraph: the last character
// before trailing whitespace (its last two units hold it, an emoji too).
const endsMidSentence = (line: string) => LOWER_OR_COMMA_END.test(line.trimEnd().slice(-2));

/**
 * A text saved with a line break every few words ("Iran threatened on" / "Saturday to block a
 * corridor …"): several lines end mid-sentence and the next line, right below, goes on in lower case.
 */
function isHardWrapped(text: string, raw: Window[]): boolean {
  let breaks = 0;
  for (let i = 0; i + 1 < raw.length; i++) {
    const a = raw[i];
    const b = raw[i + 1];
    if (!a || !b || !adjacent(text, a, b)) continue;
    if (endsMidSentence(text.slice(a.start, a.end)) && /^\s*\p{Ll}/u.test(text.slice(b.start, b.end))) breaks++;
  }
  return breaks >= WRAPPED_MIN_BREAKS && breaks >= raw.length * WRAPPED_MIN_SHARE;
}

/** Joins each run of directly adjacent lines up to the one that ends a sentence (one window each). */
function joinWrappedLines(text: string, raw: Window[]): Window[] {
  const out: Window[] = [];
  for (let i = 0; i < raw.length; i++) {
    const first = raw[i];
    if (!first) continue;
    const cur = { ...first };
    let parts = 1;
    const lineOf = (w: Window) => text.slice(w.start, w.end).trim();
    while (parts < WRAPPED_MAX_LINES && !furnitureRule(lineOf(cur))) {
      const next = raw[i + 1];
      if (!next || !adjacent(text, cur, next) || endsLikeSentence(lineOf(cur)) || furnitureRule(lineOf(next))) break;
      cur.end = next.end;
      i++;
      parts++;
    }
    out.push(cur);
  }
  return out;
}

export function cleanSource(text: string): CleanResult {
  const lines: CleanLine[] = [];
  const removed: RemovedLine[] = [];
  const seen = new Set<string>();
  let aggregatorMarks = 0;
  let headline: string | undefined;
  let datedAt: string | undefined;

  let raw: Array<{ start: number; end: number }> = [];
  const re = /[^\r\n]+/gu;
  for (const m of text.matchAll(re)) raw.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  if (isHardWrapped(text, raw)) raw = joinWrappedLines(text, raw);

  let para = 0;
  let firstContentSeen = false;
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i];
    if (!r) continue;
    let start = r.start;
    let end = r.end;
    // Trim whitespace inside the window so offsets point at visible text.
    while (start < end && /\s/u.test(text.charAt(start))) start++;
    while (end > start && /\s/u.test(text.charAt(end - 1))) end--;
    if (start >= end) continue;
    const full = text.slice(start, end);

    const rule = furnitureRule(full);
    if (rule) {
      removed.push({ text: full, reason: rule });
      continue;
    }
    const next = raw[i + 1];
    const nextText = next ? text.slice(next.start, next.end).trim() : "";
    if (
      CREDIT_LINE.test(nextText) ||
      (CAPTION_DATE.test(full) && /^\p{Lu}/u.test(full) && !/\b(said|says|told)\b/u.test(full))
    ) {
      removed.push({ text: full, reason: "photo-caption" });
      continue;
    }
    const key = singleSpaced(full).toLowerCase();
    if (seen.has(key)) {
      removed.push({ text: full, reason: "repeated" });
      continue;
    }
    seen.add(key);

    const dated = DATE_MARK.exec(text.slice(start, end));
    if (dated && !datedAt && !firstContentSeen) datedAt = dated[1];
    for (const p of PREFIXES) {
      const m = p.exec(text.slice(start, end));
      if (m && m[0].length < end - start) start += m[0].length;
    }
    if (!firstContentSeen && endsLikeSentence(text.slice(start, end))) {
      const m = TITLE_DATELINE.exec(text.slice(start, end));
      if (m) start += m[0].length;
    }
    const body = text.slice(start, end);
    const words = body.split(/\s+/).length;
    const bullet = /^[*•·▪]\s/u.test(full);

    if (AGGREGATOR_HEADING.test(body)) {
      aggregatorMarks++;
      removed.push({ text: body, reason: "section-heading" });
      continue;
    }
    if (!bullet && !endsLikeSentence(body) && words <= 24 && !/[,;]\s*$/u.test(body)) {
      // A line without a full stop is a headline or a section label, not reporting.
      // Section labels ("Investing", "POLITICS"), date lines and photo captions are not the headline.
      if (!firstContentSeen && !headline && isHeadline(body)) headline = body.replace(/["”]+$/u, "").trim();
      else if (isTitleCase(body) && words <= 6) aggregatorMarks += 0;
      lines.push({ start, end, text: body, kind: "heading", para: para++ });
      continue;
    }
    firstContentSeen = true;
    lines.push({ start, end, text: body, kind: "content", para: para++ });
  }
  return { lines, removed, headline, datedAt, aggregatorMarks };
}
