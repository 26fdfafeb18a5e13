// Small text helpers shared by every stage. Everything here is pure and allocation-light
// because it runs once per sentence on stories of hundreds of articles.

/** Folds typography so comparisons ignore curly/straight quotes, dashes and case. */
export function fold(s: string): string {
  return s
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase()
    .replace(/[\u2018\u2019\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, "-");
}

/** Whitespace other than single spaces: what a fold to single spaces has to replace. */
const NOT_SINGLE_SPACED = /[^\S ]| {2}/;

/** Every run of whitespace as one space (`s.replace(/\s+/g, " ")`). */
export function singleSpaced(s: string): string {
  // Most texts are single-spaced already: the replacement, a match per space, is then a no-op.
  return NOT_SINGLE_SPACED.test(s) ? s.replace(/\s+/g, " ") : s;
}

export function squash(s: string): string {
  return singleSpaced(s).trim();
}

export const STOPWORDS = new Set(
  (
    "a an the and or but if of to in on at by for with from into onto over under about after before " +
    "as is are was were be been being has have had do does did will would shall should can could may might must " +
    "this that these those it its it's he she they them their his her him we our us you your i me my " +
    "not no nor so than then there here which who whom whose what when where why how also just only " +
    "said says say told tell added wrote according any all some more most other such very same both each " +
    "while during since until up down out off again further once s t"
  ).split(" "),
);

/** Letters of any script (so "Зеленський" and "محمد" are words too) plus digits. */
const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

/** Whether a word ends in a possessive or trailing apostrophe/hyphen that tokens drop. */
function hasTrailingMark(w: string): boolean {
  const last = w.charAt(w.length - 1);
  return last === "'" || last === "’" || last === "-" || (last === "s" && /['’]s$/u.test(w));
}

/** A matched word without its possessive "'s" and trailing apostrophes or hyphens. */
function wordCore(w: string): string {
  // Most words end in a letter: skip the two replacements for them (this runs on every word).
  return hasTrailingMark(w) ? w.replace(/['’]s$/u, "").replace(/['’-]+$/u, "") : w;
}

export function tokenize(s: string, base = 0): Token[] {
  const out: Token[] = [];
  for (const m of s.matchAll(WORD_RE)) {
    const raw = wordCore(m[0]);
    if (!raw) continue;
    const start = base + (m.index ?? 0);
    out.push({ text: raw, lower: raw.toLowerCase(), start, end: start + raw.length });
  }
  return out;
}

/** A crude stem: enough to let "withdrew"/"withdrawn" or "recall"/"recalled" meet. */
export function stem(word: string): string {
  const lower = word.toLowerCase();
  const w = lower.endsWith("s") ? lower.replace(/['’]s$/u, "") : lower;
  if (/^\d/.test(w)) return w.replace(/,/g, "");
  return w.length > 5 ? w.slice(0, 5) : w;
}

/** Content stems of a text: what similarity and clustering compare. */
export function contentStems(s: string): Set<string> {
  const out = new Set<string>();
  // The words tokenize() would give, without match objects or Tokens (no offsets needed here).
  for (const word of s.match(WORD_RE) ?? []) {
    const lower = wordCore(word).toLowerCase();
    if (!lower || STOPWORDS.has(lower) || lower.length < 2) continue;
    out.add(stem(lower));
  }
  return out;
}

export function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let inter = 0;
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (big.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

/** Share of the smaller set found in the larger: catches a sentence quoted inside a longer one. */
export function containment(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let inter = 0;
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (big.has(x)) inter++;
  return inter / small.size;
}

/**
 * A cheap pre-test for a list of cue patterns: true whenever any of them could match, given that
 * every match of each pattern contains one of `words`. Case-insensitive like the patterns, and
 * without the u flag for ASCII words (docs/briefing-engine.md, "Speed"); one scan for plain words is
 * far cheaper than a dozen scans with word boundaries.
 */
export function anyWordTest(words: readonly string[]): (text: string) => boolean {
  const flags = words.every((w) => /^[\x20-\x7e]*$/u.test(w)) ? "i" : "iu";
  const rx = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")).join("|"), flags);
  return (text) => rx.test(text);
}

export function wordCount(s: string): number {
  const m = s.match(/\S+/g);
  return m ? m.length : 0;
}

/** Cuts text to at most `max` words at a word boundary, marking the cut. */
export function clipWords(s: string, max: number): string {
  const words = squash(s).split(" ");
  if (words.length <= max) return squash(s);
  return (
    words
      .slice(0, max)
      .join(" ")
      .replace(/[,;:\-–—]+$/u, "") + " …"
  );
}

/**
 * Whether a word starts with a capital letter. One compiled pattern for the loops over every token:
 * tsx (esbuild) turns a `\p{…}` literal into a `new RegExp(…)` at each evaluation.
 */
const CAPITAL_FIRST = /^\p{Lu}/u;
export function isCapitalised(word: string): boolean {
  return CAPITAL_FIRST.test(word);
}

export function capitalize(s: string): string {
  return s ? s.charAt(0).toUpperCase() + s.slice(1) : s;
}

export function uniq<T>(xs: Iterable<T>): T[] {
  return [...new Set(xs)];
}

/**
 * "had been rejected by Arab mediators", "The decision, announced on X by the envoy, …": a verb in
 * the passive voice (a form of "be" before it, or a "by" agent after it) is done by the agent, not
 * by the sentence's subject, so the subject cannot be reworded as the one who "rejects".
 */
export function isPassiveAt(text: string, verbStart: number, verbEnd: number): boolean {
  const before = text.slice(Math.max(0, verbStart - 40), verbStart);
  // "is pressing", "was demanding": the progressive is active.
  if (/ing$/i.test(text.slice(verbStart, verbEnd))) return false;
  if (
    /(?<!\w)(?:is|are|was|were|be|been|being|get|gets|got)\s+(?:(?:\p{L}+ly|not|also|already|since|then|later)\s+)?$/iu.test(
      before,
    )
  )
    return true;
  return BY_AGENT.test(text.slice(verbEnd));
}

/** " by Arab mediators", " on X by the envoy": the "by" phrase right after a verb; group 1 is the agent. */
const BY_AGENT =
  /^\s+(?:(?:on|in|at|earlier|later)\s+[\p{L}\d’'-]+(?:\s+[\p{L}\d’'-]+){0,3}?\s+)?by\s+([^,.;:“”"]{2,80})?/u;

/** The "by" agent phrase right after a passive verb (`afterVerb` starts just after it), if any. */
export function byAgentAfter(afterVerb: string): RegExpExecArray | null {
  return BY_AGENT.exec(afterVerb);
}

/** A clause that opens on a pronoun or possessive, standing for a side named before it (an attribution). */
export const PRONOUN_OPENING = /^(?:it|its|they|their|he|his|she|her|we|our)\s/i;

/**
 * A quotation cut by a clip or a sentence boundary keeps both its marks: an opening mark left open
 * at the end is closed ("adding, “I just want to get back to work” "), a closing mark whose opening
 * was cut off is opened at the start. Any other odd mark is dropped.
 */
/** Where a quotation cut off at its start reopens: after an item's label ("Agreed: "), else at the start. */
function openAt(t: string, closeAt: number, mark: string): string {
  const label = t.slice(0, closeAt).lastIndexOf(": ");
  return label >= 0 ? `${t.slice(0, label + 2)}${mark}${t.slice(label + 2)}` : `${mark}${t}`;
}

export function balanceQuotes(t: string): string {
  let out = t;
  const opens = (out.match(/“/gu) ?? []).length;
  const closes = (out.match(/”/gu) ?? []).length;
  if (opens === closes + 1 && out.lastIndexOf("“") > out.lastIndexOf("”")) out = `${out}”`;
  else if (closes === opens + 1 && out.indexOf("”") < (out.indexOf("“") < 0 ? Infinity : out.indexOf("“")))
    out = openAt(out, out.indexOf("”"), "“");
  else if (opens !== closes) out = out.replace(/[“”]/gu, "");
  const straight = [...out.matchAll(/"/gu)].map((m) => m.index ?? 0);
  if (straight.length % 2 === 1) {
    // An opening mark stands at the start or after a space or dash, before a word; a closing one after a word.
    const isOpening = (at: number) =>
      (at === 0 || /[\s(—–-]/u.test(out[at - 1] ?? "")) && /\S/u.test(out[at + 1] ?? "");
    const last = straight[straight.length - 1] ?? 0;
    const first = straight[0] ?? 0;
    if (isOpening(last)) out = `${out}"`;
    else if (!isOpening(first)) out = openAt(out, first, '"');
    else out = out.replace(/"/gu, "");
  }
  return out.replace(/\s{2,}/gu, " ").trim();
}

/** HTML left in a pasted article ("<a href=…>Cop29</a>") is not part of the item's wording; citations keep it. */
export function withoutMarkup(t: string): string {
  return t.replace(/<\/?[a-z][^<>]*(?:>|$)/giu, "").replace(/\s{2,}/gu, " ");
}
