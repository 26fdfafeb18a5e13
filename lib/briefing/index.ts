// The briefing engine: sources in, one Briefing out. Pure and deterministic (no I/O, no clock,
// no randomness), so the web app, the PDF export and the command line all get the same object.

import { clusterItems } from "./cluster";
import { buildDiscrepancies } from "./discrepancies";
import { buildDoc, type Doc } from "./pipeline";
import { buildDealTerms } from "./deal-terms";
import { buildKeyFigures } from "./key-figures";
import { buildOpenQuestions } from "./open-questions";
import { buildPositions } from "./positions";
import { computeCentrality, type SectionContext } from "./section-context";
import { clipWords, contentStems, squash } from "./text";
import { buildTimeline } from "./timeline";
import type { Briefing, BriefingSource, SourceInput } from "./types";

export type { Briefing, SourceInput } from "./types";
export { renderMarkdown } from "./markdown";

export interface BuildOptions {
  title?: string;
}

/** Source index -> index of the source it nearly copies (most of its sentences recur there). */
export function detectNearCopies(doc: Doc): Map<number, number> {
  const content = doc.sents.filter((s) => s.kind === "content" && s.stems.size >= 4);
  const clusters = clusterItems(content, { stems: (s) => s.stems, minJaccard: 0.75 });
  // shared.get(a).get(b): how many of a's sentences recur in b.
  const shared = new Map<number, Map<number, number>>();
  for (const cl of clusters) {
    const perSource = new Map<number, number>();
    for (const s of cl) perSource.set(s.src, (perSource.get(s.src) ?? 0) + 1);
    if (perSource.size < 2) continue;
    const srcs = [...perSource.keys()].sort((x, y) => x - y);
    // Partners are the nearest sources in upload order: bounded work even when one sentence
    // recurs in hundreds of syndicated copies.
    for (const [ai, a] of srcs.entries()) {
      let partners = shared.get(a);
      if (!partners) shared.set(a, (partners = new Map()));
      for (const b of srcs.slice(Math.max(0, ai - 4), ai + 5))
        if (a !== b) partners.set(b, (partners.get(b) ?? 0) + (perSource.get(a) ?? 0));
    }
  }
  const out = new Map<number, number>();
  doc.sources.forEach((src, a) => {
    const total = src.sents.filter((s) => s.kind === "content" && s.stems.size >= 4).length;
    if (total < 3) return;
    let best = -1;
    let bestShare = 0;
    // Earliest partner wins a tie, as in upload order.
    const partners = [...(shared.get(a) ?? [])].sort((x, y) => x[0] - y[0]);
    for (const [b, n] of partners) {
      const share = n / total;
      if (share > bestShare) {
        bestShare = share;
        best = b;
      }
    }
    // Of two near-identical sources the later one is counted as the copy.
    if (bestShare >= 0.6 && best >= 0) {
      const copy = Math.max(a, best);
      const original = Math.min(a, best);
      if (!out.has(original)) out.set(copy, original);
    }
  });
  return out;
}

interface SummaryCand {
  text: string;
  section: string;
  actor?: string;
  n: number;
  score: number;
}

const WHEN =
  /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|overnight|(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.? \d{1,2})\b/u;
const WHERE = /\b(in|at|from|near|outside)\s+(the\s+)?\p{Lu}/u;
const EVENT =
  /\b(concluded|agreed|held|met|withdrew|recalled|ruled|launched|began|ended|signed|struck|walked out|voted|elected|won|lost|announced|approved|rejected|exchanged|released|killed|halted|collapsed|resumed|extended|stayed off)\b/u;
/** Openers that lean on an earlier sentence: the summary's sentences must stand alone. */
const LEANS =
  /\bthe (demand|offer|proposal|plan|request)(?!\s+(for|to|of|that|by)\b)|^(he|she|it|they|we|i|you|our|my|this|that|these|those|his|her|its|their|such|the two|both|also|and|but|so|then|there|the (decision|move|announcement|report|statement|step|remarks?|comments?|talks|meeting|deadline|proposal|plan|offer|ruling|strike|vote)\b)|\bsuch (terms|demands?|a move|a step)\b|\b(this|that) (condition|demand|proposal|plan|offer|move|step)\b/iu;

/** The last full sentence of a cited passage, cleaned of bullets and linking openers. */
function citedSentence(quote: string): string {
  const parts = squash(quote).split(/(?<=[.!?][”"’]?)\s+(?=[“"]?\p{Lu})/u);
  return (parts[parts.length - 1] ?? "")
    .replace(/^[*•·\-–—\s]+/u, "")
    .replace(/^(However|Meanwhile|Still|Separately|Earlier|Later|Instead|Moreover|Nonetheless|Yet),\s+/u, "")
    .trim();
}

/**
 * 2–4 sentences: what happened (who, where, when) from the best-corroborated items, then the
 * strongest positions of other sides. Each is a sentence the sections cite, so it is backed and
 * reads on its own.
 */
function summarize(
  sections: Array<
    [string, Array<{ text: string; actor?: string; corroboration?: number; citations: Array<{ quote: string }> }>]
  >,
): string {
  const cands: SummaryCand[] = [];
  for (const [section, items] of sections) {
    items.forEach((item, rank) => {
      const n = item.corroboration ?? item.citations.length;
      const seen = new Set<string>();
      // The item's own (first) passage carries its corroboration; the others are weaker stand-ins.
      for (const [ci, c] of item.citations.slice(0, 2).entries()) {
        const text = citedSentence(c.quote);
        if (seen.has(text)) continue;
        seen.add(text);
        const words = text.split(" ").length;
        if (words < 8 || LEANS.test(text) || /^[“"‘]/u.test(text) || /\?$/u.test(text) || !/[.!]["”’]?$/u.test(text))
          continue;
        if ((text.match(/[“”"]/gu)?.length ?? 0) % 2 === 1) continue;
        let score = n - rank * 0.05 - ci;
        if (WHEN.test(text)) score += 0.6;
        if (WHERE.test(text)) score += 0.4;
        if (EVENT.test(text)) score += 0.5;
        if (words > 40) score -= 1.5;
        else if (words > 32) score -= 0.5;
        cands.push({ text, section, actor: item.actor, n, score });
      }
    });
  }
  const picked: SummaryCand[] = [];
  const stemCache = new Map<string, Set<string>>();
  const stemsOf = (t: string) => {
    let out = stemCache.get(t);
    if (!out) {
      out = contentStems(t);
      stemCache.set(t, out);
    }
    return out;
  };
  const overlaps = (a: string, b: string) => {
    const sa = stemsOf(a);
    const sb = stemsOf(b);
    let shared = 0;
    for (const x of sa) if (sb.has(x)) shared++;
    return shared / Math.max(1, Math.min(sa.size, sb.size)) >= 0.5;
  };
  const pick = (pred: (c: SummaryCand) => boolean) => {
    const best = cands
      .filter((c) => pred(c) && !picked.some((p) => p.text === c.text || overlaps(p.text, c.text)))
      .sort((a, b) => b.score - a.score)[0];
    if (best) picked.push(best);
    return best;
  };
  // 1. What happened: an event with its time or place, from any section.
  const happened = (c: SummaryCand) => EVENT.test(c.text) && (WHEN.test(c.text) || WHERE.test(c.text));
  if (!pick((c) => c.section !== "positions" && happened(c) && c.n >= 2) && !pick(happened)) pick(() => true);
  // 2–3. Where the sides stand: the best-backed positions of sides not yet heard, then anything else.
  const sides = new Set(picked.map((p) => p.actor).filter(Boolean));
  for (let i = 0; i < 2; i++) {
    const p = pick((c) => c.section === "positions" && !!c.actor && !sides.has(c.actor) && c.score >= 1);
    if (p?.actor) sides.add(p.actor);
  }
  if (picked.length < 3)
    pick((c) => c.section !== "positions" && c.n >= 2 && !picked.some((p) => p.section === c.section));
  if (picked.length < 2) pick(() => true);
  return picked
    .slice(0, 4)
    .map((p) => {
      const t = p.text.split(" ").length > 40 ? clipWords(p.text, 40).replace(/[,;:\s…]*$/u, "") + " …" : p.text;
      return t;
    })
    .join(" ");
}

export function buildBriefing(sources: SourceInput[], options: BuildOptions = {}): Briefing {
  const doc = buildDoc(sources);
  const nearCopyOf = detectNearCopies(doc);
  const ctx: SectionContext = { doc, nearCopyOf, used: new Set(), centrality: computeCentrality(doc) };
  const { items: positions } = buildPositions(ctx);
  const dealTerms = buildDealTerms(ctx);
  const keyFigures = buildKeyFigures(ctx);
  const openQuestions = buildOpenQuestions(ctx);
  const { items: discrepancies, paraphrasing } = buildDiscrepancies(doc);
  const timeline = buildTimeline(doc);

  const briefingSources: BriefingSource[] = doc.sources.map((src, i) => {
    const flags: string[] = [];
    const copyOf = nearCopyOf.get(i);
    if (copyOf !== undefined) flags.push("near-copy", `near-copy-of:${doc.sources[copyOf]?.input.id ?? ""}`);
    if (src.clean.aggregatorMarks >= 2) flags.push("aggregator");
    if (src.clean.removed.length > 0) flags.push("boilerplate-removed");
    if (paraphrasing.has(i)) flags.push("paraphrased-quotes");
    const out: BriefingSource = { id: src.input.id, words: src.words, flags };
    if (src.input.file) out.file = src.input.file;
    if (src.input.outlet) out.outlet = src.input.outlet;
    const headline = src.input.headline ?? src.clean.headline;
    if (headline) out.headline = headline;
    if (src.input.url) out.url = src.input.url;
    return out;
  });

  const title =
    options.title?.trim() ||
    briefingSources.find((s) => s.headline)?.headline ||
    clipWords(squash(doc.sents.find((s) => s.kind === "content")?.text ?? "Briefing"), 14);

  return {
    schemaVersion: 1,
    title,
    summary: summarize([
      ["dealTerms", dealTerms],
      ["positions", positions],
      ["keyFigures", keyFigures],
      ["timeline", timeline],
    ]),
    sources: briefingSources,
    positions,
    dealTerms,
    keyFigures,
    openQuestions,
    discrepancies,
    timeline,
  };
}
