// What every section stage reads: the analysed document, near-copies, sentence centrality, and the
// cue scores (position cues, uncertainty) several stages ask about.

import { POSITION_CUE, UNCERTAINTY, UNCERTAINTY_WORDS } from "./lexicon";
import type { Doc, Sent } from "./pipeline";
import { anyWordTest } from "./text";

export interface SectionContext {
  doc: Doc;
  /** How central each sentence is to what the sources share (0..1), by source-frequency of its stems. */
  centrality?: Map<number, number>;
  nearCopyOf: Map<number, number>;
  /** Sentences already used by an earlier section that should not repeat elsewhere. */
  used: Set<number>;
  /** Amounts, rates and durations the deal terms state (`figureKey`): key figures do not repeat them. */
  termFigures?: Set<string>;
}

/** Centroid-style centrality: the share of sources that also use a sentence's words. */
export function computeCentrality(doc: Doc): Map<number, number> {
  const df = new Map<string, number>();
  for (const src of doc.sources) {
    const seen = new Set<string>();
    for (const s of src.sents) for (const st of s.stems) seen.add(st);
    for (const st of seen) df.set(st, (df.get(st) ?? 0) + 1);
  }
  const n = Math.max(1, doc.sources.length);
  const out = new Map<number, number>();
  for (const s of doc.sents) {
    if (s.stems.size === 0 || n < 2) {
      out.set(s.gid, 0.5);
      continue;
    }
    let sum = 0;
    for (const st of s.stems) sum += ((df.get(st) ?? 1) - 1) / (n - 1);
    out.set(s.gid, sum / s.stems.size);
  }
  return out;
}

export function central(ctx: SectionContext, s: Sent): number {
  return ctx.centrality?.get(s.gid) ?? 0.5;
}

export function contentSents(doc: Doc): Sent[] {
  return doc.sents.filter((s) => s.kind === "content" && s.text.length >= 20);
}

export function cueScore(text: string): { score: number; kinds: string[] } {
  let best = 0;
  let extra = 0;
  const kinds: string[] = [];
  for (const [rx, w, kind] of POSITION_CUE) {
    if (!rx.test(text)) continue;
    kinds.push(kind);
    if (w > best) {
      extra += best * 0.25;
      best = w;
    } else extra += w * 0.25;
  }
  return { score: best + Math.min(extra, 1.5), kinds };
}

const mayBeUncertain = anyWordTest(UNCERTAINTY_WORDS);

export function uncertaintyScore(text: string): number {
  // Most sentences carry no uncertainty cue at all.
  if (!mayBeUncertain(text)) return 0;
  let score = 0;
  for (const [rx, w] of UNCERTAINTY) if (rx.test(text)) score = Math.max(score, w) + (score > 0 ? 0.5 : 0);
  // "likely in …" about a future meeting is an open detail, not a hedge.
  if (/\blikely\b/i.test(text) && /\b(would|will) be held|next (round|meeting|week)|holding\b/i.test(text)) score += 2;
  return score;
}

/** A sentence's uncertainty score, worked out once: positions, deal terms and open questions all ask. */
const uncertaintyCache = new WeakMap<Sent, number>();
export function uncertaintyOf(s: Sent): number {
  let score = uncertaintyCache.get(s);
  if (score === undefined) {
    score = uncertaintyScore(s.text);
    uncertaintyCache.set(s, score);
  }
  return score;
}

export function limitFor(doc: Doc, perSource: number, min: number, max: number): number {
  return Math.max(min, Math.min(max, Math.round(doc.sources.length * perSource)));
}

// ---------------------------------------------------------------- positions
