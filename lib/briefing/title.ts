// Stage: the briefing's title. A headline names the event (who did what) in a few words. The
// sources' own headlines are the best candidates, their lead sentences the next best; each is
// scored by how much of it the other outlets share (the story, not one outlet's angle), and page
// furniture, photo captions, quotes and teasers are refused.

import type { Doc } from "./pipeline";
import { contentStems, squash } from "./text";

/** Titles say the event in at most this many words (issue 8: "at most 12 words"). */
export const TITLE_MAX_WORDS = 12;
const TITLE_MIN_WORDS = 4;
/** How far into a source a headline may sit (furniture lines come first on many pages). */
const HEADLINE_SCAN_LINES = 8;
/** A headline candidate is preferred over a lead sentence of the same score by this much. */
const HEADLINE_BONUS = 0.6;
const EVENT_BONUS = 0.8;
const ATTRIBUTION_PENALTY = 1.2;

export interface TitleRule {
  id: string;
  pattern: RegExp;
}

/** Lines that are never a title: each describes a kind of page element or a kind of sentence. */
export const NOT_A_TITLE: TitleRule[] = [
  { id: "quote", pattern: /^\s*[“"‘'«]/u },
  // "Name Surname, President of …, expects …" / "… is a Captain on …": a photo caption or a profile line.
  { id: "caption-apposition", pattern: /^\p{Lu}[\p{L}'’.-]+ (\p{Lu}[\p{L}'’.-]+ )?\p{Lu}[\p{L}'’-]+, (the )?\p{Lu}/u },
  {
    id: "caption-present",
    pattern: /^\p{Lu}[\p{L}'’.-]+ \p{Lu}[\p{L}'’-]+ (is|are|speaks?|looks?|gestures?|arrives?|waves?)\b/u,
  },
  {
    id: "caption-credit",
    pattern: /\((AP|AFP|Reuters|Getty|EPA|Bloomberg)\b[^)]*\)\s*$|\b(AFP|AP Photo|Reuters|Getty Images)\s*$/u,
  },
  {
    id: "teaser",
    pattern: /\b(at a glance|what we know|live updates?|explained|explainer|opinion|analysis|watch|listen|podcast)\b/i,
  },
  { id: "question", pattern: /\?\s*$/u },
  { id: "dateline-only", pattern: /^(date\s+)?\d{4}-\d{2}-\d{2}\b|^\w+day,? \d{1,2} \w+,? \d{4}$/i },
];

/** Verbs and nouns of an event a headline reports (agreements, votes, strikes, talks, withdrawals). */
const EVENT =
  /\b(reach(es|ed)?|agree[sd]?|sign(s|ed)?|strikes?|struck|ends?|ended|votes?|voted|ratif\w+|approv\w+|adopt\w*|accept\w*|withdr\w+|recall\w*|suspend\w*|announc\w+|deal|agreement|accord|cease-?fire|truce|talks|summit|pact|compromise|framework|walk(s|ed)? out|pull(s|ed)? out|halt\w*|resum\w+|collaps\w+)\b/i;
/** A headline that reports what someone says is a quote's angle, not the event. */
const ATTRIBUTION =
  /\b(says?|said|claims?|told|warns?|vows?|urges?|insists?|slams?|blasts?|hails?|condemns?|criticis\w+|criticiz\w+)\b/i;
/** Where a long headline or lead may be cut and still say the event: a clause boundary … */
const CLAUSE_CUT = new RegExp(
  String.raw`\s+(?:\||–|—|-{1,2}|:|;)\s+|;\s+|,\s+|\s+(?=(?:as|after|but|while|amid|which|who|with|following|aimed at|in a bid|to provide|that will|that would|clearing|ending|raising|in what)\s)`,
  "giu",
);
/** … or, failing that, where a time or place adjunct begins. */
const ADJUNCT_CUT = /\s+(?=(?:on|at|in|for|over|by|from)\s)/gi;

/** "date 2024-11-05", a dateline ("SEATTLE (AP) —", "KYIV, Feb 5 (Reuters) -") or "(Bloomberg) --" before a lead. */
export const LEAD_FURNITURE =
  /^(?:date\s+\d{4}-\d{2}-\d{2}\s+)?(?:\p{Lu}[\p{Lu}\s./'-]{1,40}(?:,\s*[\p{L}.]+\s+\d{1,2})?,?\s*(?:\([^)]{1,30}\))?\s*[-–—]+\s*|\([^)]{1,30}\)\s*[-–—]+\s*)?/u;

interface TitleCand {
  text: string;
  score: number;
  src: number;
}

function words(t: string): string[] {
  return squash(t).split(" ").filter(Boolean);
}

/**
 * The longest leading clause of a line that fits in TITLE_MAX_WORDS words, cut only where a clause
 * or a time/place adjunct begins (so the rest still says who did what).
 */
function shorten(text: string): string | undefined {
  const t = squash(text)
    .replace(/[.\s]+$/u, "")
    .replace(/^["“]|["”]$/gu, "");
  if (words(t).length <= TITLE_MAX_WORDS) return t;
  const longestFit = (cut: RegExp): string | undefined => {
    let best: string | undefined;
    for (const m of t.matchAll(cut)) {
      if (m.index === undefined || m.index === 0) continue;
      const head = t.slice(0, m.index).replace(/[,;:\s]+$/u, "");
      const n = words(head).length;
      if (n > TITLE_MAX_WORDS) break;
      if (n >= TITLE_MIN_WORDS) best = head;
    }
    return best;
  };
  return longestFit(CLAUSE_CUT) ?? longestFit(ADJUNCT_CUT);
}

function refused(text: string): boolean {
  return NOT_A_TITLE.some((r) => r.pattern.test(text));
}

/**
 * The title: the best-shared headline or lead clause of any source, at most TITLE_MAX_WORDS words.
 * Shared = the share of other sources that use each of its content words, summed.
 */
export function chooseTitle(doc: Doc): string | undefined {
  const n = doc.sources.length;
  const df = new Map<string, number>();
  // Filled by push, not `map`: `map`'s result has another elements kind once it runs optimised,
  // and the loop below would throw chooseTitle's optimised code away on meeting it.
  const stemsBySource: Set<string>[] = [];
  for (const src of doc.sources) {
    const set = new Set<string>();
    for (const s of src.sents) for (const st of s.stems) set.add(st);
    stemsBySource.push(set);
  }
  for (const set of stemsBySource) for (const st of set) df.set(st, (df.get(st) ?? 0) + 1);
  const shared = (text: string, own: number): number => {
    const stems = contentStems(text);
    let sum = 0;
    for (const st of stems) {
      const others = (df.get(st) ?? 0) - (stemsBySource[own]?.has(st) ? 1 : 0);
      sum += n > 1 ? others / (n - 1) : 1;
    }
    return sum;
  };

  const cands: TitleCand[] = [];
  const consider = (raw: string, src: number, bonus: number) => {
    const text = shorten(raw);
    if (!text || refused(text) || refused(raw)) return;
    const w = words(text).length;
    if (w < TITLE_MIN_WORDS) return;
    let score = shared(text, src) + bonus;
    if (EVENT.test(text)) score += EVENT_BONUS;
    if (ATTRIBUTION.test(text)) score -= ATTRIBUTION_PENALTY;
    cands.push({ text, score, src });
  };

  doc.sources.forEach((src, si) => {
    const lines = src.clean.lines.slice(0, HEADLINE_SCAN_LINES);
    let leadSeen = false;
    for (const line of lines) {
      const t = squash(line.text);
      // A deck bullet ("* Russia demands …") is one angle of the story, not its headline.
      const isHeadline =
        !/[.!]["”’]?$/u.test(t) &&
        !/[*•·]\s*$/u.test(src.input.text.slice(Math.max(0, line.start - 3), line.start)) &&
        words(t).length >= TITLE_MIN_WORDS &&
        words(t).length <= 20;
      if (isHeadline && !leadSeen) consider(t, si, HEADLINE_BONUS);
      if (line.kind === "content" && /[.!]["”’]?$/u.test(t)) {
        if (!leadSeen) {
          const first = src.sents.find((s) => s.start >= line.start && s.end <= line.end && s.kind === "content");
          if (first) consider(first.text.replace(LEAD_FURNITURE, ""), si, 0);
        }
        leadSeen = true;
      }
    }
  });
  cands.sort((a, b) => b.score - a.score || a.src - b.src);
  const best = cands[0]?.text;
  return best ? capitalizeFirst(best) : undefined;
}

function capitalizeFirst(t: string): string {
  return t.charAt(0).toUpperCase() + t.slice(1);
}
