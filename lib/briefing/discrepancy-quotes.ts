// Quotations that outlets give word for word alike except for a word or two: "little more than an
// optical illusion" in one, "nothing more than an optical illusion" in another. One of them has
// altered the speaker's words (or both have), which is what a reader must know before quoting either.
// Only the quotation marks and the words inside them are read; no story's names.

import type { Doc, Sent } from "./pipeline";

export interface AlteredQuote {
  key: string;
  text: string;
  sents: Sent[];
  score: number;
}

interface Quotation {
  src: number;
  start: number;
  words: string[];
  /** The words as written, for display. */
  shown: string[];
}

/** Words two quotations share, in order, before they count as one statement. */
const MIN_SHARED_WORDS = 6;
/** A difference of at most this many words on each side is a change of wording, not another statement. */
const MAX_CHANGED_WORDS = 2;
/** Matching words needed on each side of the change, so it sits inside the shared passage. */
const CONTEXT_WORDS = 2;
/** Words of a quotation compared (long quotations are compared by their opening words). */
const MAX_QUOTE_WORDS = 60;
/** Shared runs of this many words find the candidate pairs. */
const ANCHOR_WORDS = 4;
/** At most this many changed quotations are reported (the strongest evidence first). */
const MAX_REPORTED = 3;
const SCORE = 4.5;
/** Bounded work on big stories: quotations compared per shared run, and pairs compared in all. */
const MAX_PER_ANCHOR = 8;
const MAX_PAIRS = 600;

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const fold = (w: string) => w.toLowerCase().replace(/’/gu, "'");

function quotationsOf(doc: Doc): Quotation[] {
  const out: Quotation[] = [];
  doc.sources.forEach((src, i) => {
    for (const q of src.quotes) {
      const text = src.input.text.slice(q.start, q.end);
      const shown = (text.match(WORD) ?? []).slice(0, MAX_QUOTE_WORDS);
      if (shown.length >= MIN_SHARED_WORDS) out.push({ src: i, start: q.start, words: shown.map(fold), shown });
    }
  });
  return out;
}

/** Word-level longest common subsequence as aligned index pairs. */
function align(a: string[], b: string[]): Array<[number, number]> {
  const n = a.length;
  const m = b.length;
  const dp = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      (dp[i] as Uint16Array)[j] =
        a[i] === b[j]
          ? ((dp[i + 1] as Uint16Array)[j + 1] ?? 0) + 1
          : Math.max((dp[i + 1] as Uint16Array)[j] ?? 0, (dp[i] as Uint16Array)[j + 1] ?? 0);
  const pairs: Array<[number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if (((dp[i + 1] as Uint16Array)[j] ?? 0) >= ((dp[i] as Uint16Array)[j + 1] ?? 0)) i++;
    else j++;
  }
  return pairs;
}

/** The one change of wording inside two otherwise identical passages, if there is exactly one. */
function changeOf(a: Quotation, b: Quotation): { a: [number, number]; b: [number, number] } | undefined {
  const pairs = align(a.words, b.words);
  if (pairs.length < MIN_SHARED_WORDS) return undefined;
  let change: { a: [number, number]; b: [number, number] } | undefined;
  for (let k = 1; k < pairs.length; k++) {
    const [pi, pj] = pairs[k - 1] as [number, number];
    const [ci, cj] = pairs[k] as [number, number];
    const da = ci - pi - 1;
    const db = cj - pj - 1;
    if (da === 0 && db === 0) continue;
    // Words left out on one side only are an ellipsis or a cut, not a change.
    if (da === 0 || db === 0) continue;
    if (da > MAX_CHANGED_WORDS || db > MAX_CHANGED_WORDS || change) return undefined;
    // The change must sit inside the shared passage, with matching words on both sides.
    if (k < CONTEXT_WORDS || pairs.length - k < CONTEXT_WORDS) return undefined;
    change = { a: [pi + 1, ci], b: [pj + 1, cj] };
  }
  if (!change) return undefined;
  const changed = [...a.words.slice(...change.a), ...b.words.slice(...change.b)];
  // Figures are compared as figures (their own discrepancies); here only words.
  if (changed.some((w) => /\d/u.test(w))) return undefined;
  return change;
}

function excerpt(q: Quotation, [from, to]: [number, number]): string {
  const lo = Math.max(0, from - CONTEXT_WORDS - 1);
  const hi = Math.min(q.shown.length, to + CONTEXT_WORDS + 3);
  return q.shown.slice(lo, hi).join(" ");
}

/** The sentence of a source that holds a character offset. */
function sentenceAt(doc: Doc, src: number, at: number): Sent | undefined {
  return doc.sources[src]?.sents.find((s) => s.start <= at && at < s.end);
}

export function alteredQuotes(doc: Doc, name: (s: Sent) => string): AlteredQuote[] {
  const quotes = quotationsOf(doc);
  // Candidate pairs: quotations of different sources sharing a run of words.
  const byAnchor = new Map<string, number[]>();
  quotes.forEach((q, qi) => {
    const seen = new Set<string>();
    for (let k = 0; k + ANCHOR_WORDS <= q.words.length; k++) {
      const key = q.words.slice(k, k + ANCHOR_WORDS).join(" ");
      if (seen.has(key)) continue;
      seen.add(key);
      const list = byAnchor.get(key) ?? [];
      list.push(qi);
      byAnchor.set(key, list);
    }
  });
  const tried = new Set<string>();
  const out: AlteredQuote[] = [];
  for (const all of byAnchor.values()) {
    if (tried.size >= MAX_PAIRS) break;
    const list = all.slice(0, MAX_PER_ANCHOR);
    for (const [x, i] of list.entries())
      for (const j of list.slice(x + 1)) {
        const a = quotes[i] as Quotation;
        const b = quotes[j] as Quotation;
        const key = `${i}:${j}`;
        if (a.src === b.src || tried.has(key)) continue;
        tried.add(key);
        const change = changeOf(a, b);
        if (!change) continue;
        const sa = sentenceAt(doc, a.src, a.start);
        const sb = sentenceAt(doc, b.src, b.start);
        if (!sa || !sb) continue;
        const was = a.shown.slice(...change.a).join(" ");
        const now = b.shown.slice(...change.b).join(" ");
        out.push({
          key: `altered:${was.toLowerCase()}/${now.toLowerCase()}`,
          text: `Outlets quote the same words differently: “${excerpt(a, change.a)}” (${name(sa)}) vs “${excerpt(b, change.b)}” (${name(sb)})`,
          sents: [sa, sb],
          score: SCORE,
        });
      }
  }
  return out.slice(0, MAX_REPORTED);
}
