// Shared machinery for turning candidate sentences into briefing items: citation passages,
// merging the same statement across sources, ranking, and short attributed wording.

import { clusterItems } from "./cluster";
import type { Doc, Sent } from "./pipeline";
import { clipWords, containment, squash } from "./text";
import type { Citation } from "./types";

export interface Candidate {
  sent: Sent;
  score: number;
  /** Items with different keys are never merged (e.g. positions of different actors). */
  key: string;
  /** Cite the previous sentence too (the statement leans on it: "those options", "He added"). */
  withPrev?: boolean;
}

export interface Merged {
  cands: Candidate[];
  best: Candidate;
  sources: number[];
  score: number;
}

/** Sentence starts and words that point back to the previous sentence. */
const LEANS_BACK = /^(he|she|they|it|this|that|these|those|such|so too|also|but|and|meanwhile|however|he added|she added)\b|\b(those|these|there|such|that process|this process|the same)\b/iu;

export function needsPrev(doc: Doc, s: Sent): boolean {
  const prev = doc.sources[s.src]?.sents[s.idx - 1];
  if (!prev || prev.para !== s.para && !/^(so too|also|he added|she added)\b/iu.test(s.text)) return false;
  if (prev.kind !== "content") return false;
  return LEANS_BACK.test(s.text) && s.text.split(/\s+/u).length < 30;
}

export function citationFor(doc: Doc, s: Sent, withPrev = false): Citation {
  const src = doc.sources[s.src];
  const text = src?.input.text ?? "";
  let start = s.start;
  if (withPrev) {
    const prev = src?.sents[s.idx - 1];
    if (prev && s.start - prev.end < 400) start = prev.start;
  }
  return { sourceId: s.sourceId, quote: text.slice(start, s.end) };
}

export function mergeCandidates(cands: Candidate[], minJaccard = 0.34): Merged[] {
  const clusters = clusterItems(cands, {
    stems: (c) => c.sent.stems,
    key: (c) => c.key,
    minJaccard,
    minContainment: 0.6,
  });
  return clusters.map((cl) => {
    const sorted = [...cl].sort((a, b) => b.score - a.score || a.sent.gid - b.sent.gid);
    const best = sorted[0] as Candidate;
    const sources = [...new Set(cl.map((c) => c.sent.src))];
    return { cands: sorted, best, sources, score: best.score + 1.2 * (sources.length - 1) };
  });
}

/** One citation per source (its strongest sentence), so corroboration = distinct sources. */
export function citationsOf(doc: Doc, m: Merged): Citation[] {
  const seen = new Set<number>();
  const out: Citation[] = [];
  for (const c of m.cands) {
    if (seen.has(c.sent.src)) continue;
    seen.add(c.sent.src);
    out.push(citationFor(doc, c.sent, c.withPrev ?? needsPrev(doc, c.sent)));
  }
  return out;
}

/** Distinct sources backing an item, not counting a near-copy of a source already counted. */
export function corroboration(doc: Doc, m: Merged, nearCopyOf: Map<number, number>): number {
  const independent = new Set<number>();
  for (const src of m.sources) independent.add(nearCopyOf.get(src) ?? src);
  void doc;
  return independent.size;
}

const TRAILING_ATTRIBUTION =
  /,?\s*(?:[”"’]\s*)?(?:according to [^,.;]{2,60}|(?:the\s+)?[\p{L}.’' -]{2,60}?\s+(?:said|says|told [\p{L} ]{2,30}|wrote|added|reported|stated)(?:\s+(?:on|in)\s+[\p{L}\d .’'-]{2,40})?)\s*\.?$/u;
const LEADING_ATTRIBUTION =
  /^[^“"”]{0,140}?\b(?:said|says|told [\p{L} ]{1,25}?|wrote|added|stated|insisted|argued|warned|noted|reiterated|confirmed|stressed|maintained|announced)\b(?:\s+(?:on|in|earlier|later)\s+[\p{L}\d ]{2,30}?)?(?:\s+that)?[\s,:]+/u;

/** The statement without its "X said" frame. */
export function coreOf(s: Sent): string {
  let t = squash(s.text);
  const lead = LEADING_ATTRIBUTION.exec(t);
  if (lead && lead[0].length < t.length * 0.6) t = t.slice(lead[0].length);
  else t = t.replace(TRAILING_ATTRIBUTION, "");
  t = t.replace(/^[“"‘']+|[”"’']+$/gu, "").replace(/[,;:]+$/u, "").trim();
  return t;
}

/** "Israel says …" wording, at most ~36 words. */
export function attributed(actor: string, s: Sent, maxWords = 34): string {
  const core = coreOf(s);
  const speakerNote =
    s.a.speaker && s.a.speaker !== actor && !s.a.quoted ? ` (according to ${s.a.speakerName ?? s.a.speaker})` : "";
  const named = s.a.speakerName && s.a.speaker === actor && !actor.includes(s.a.speakerName) ? ` (${s.a.speakerName})` : "";
  const body = clipWords(core.replace(/[.]+$/u, ""), maxWords);
  const verb = s.a.quoted ? "says" : core !== squash(s.text) ? "says" : "—";
  return verb === "—" ? `${actor}${named}: ${body}${speakerNote}` : `${actor}${named} ${verb}: ${body}${speakerNote}`;
}

export function pickTop(
  merged: Merged[],
  limit: number,
  perKey = Infinity,
  keyOf: (m: Merged) => string = (m) => m.best.key,
  absorb = 0.5,
  quota?: Map<string, number>,
): Merged[] {
  const sorted = [...merged].sort((a, b) => b.score - a.score || a.best.sent.gid - b.best.sent.gid);
  const counts = new Map<string, number>();
  const out: Merged[] = [];
  for (const m of sorted) {
    const k = keyOf(m);
    // A weaker restatement of a kept item (same key, mostly the same words) adds its sources there.
    const twin = out.find((o) => keyOf(o) === k && containment(o.best.sent.stems, m.best.sent.stems) >= absorb);
    if (twin) {
      for (const c of m.cands) if (!twin.sources.includes(c.sent.src)) {
        twin.cands.push(c);
        twin.sources.push(c.sent.src);
      }
      continue;
    }
    if (out.length >= limit) continue;
    const n = counts.get(k) ?? 0;
    if (n >= Math.min(perKey, quota?.get(k) ?? Infinity)) continue;
    counts.set(k, n + 1);
    out.push({ ...m, cands: [...m.cands], sources: [...m.sources] });
  }
  return out;
}
