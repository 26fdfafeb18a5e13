// The briefing engine: sources in, one Briefing out. Pure and deterministic (no I/O, no clock,
// no randomness), so the web app, the PDF export and the command line all get the same object.

import { clusterItems } from "./cluster";
import { buildDiscrepancies } from "./discrepancies";
import { buildDoc, type Doc } from "./pipeline";
import { buildDealTerms, computeCentrality, buildKeyFigures, buildOpenQuestions, buildPositions, type SectionContext } from "./sections";
import { clipWords, squash } from "./text";
import { buildTimeline } from "./timeline";
import type { Briefing, BriefingSource, Position, SourceInput } from "./types";

export type { Briefing, SourceInput } from "./types";
export { renderMarkdown } from "./markdown";

export interface BuildOptions {
  title?: string;
}

/** Source index -> index of the source it nearly copies (most of its sentences recur there). */
export function detectNearCopies(doc: Doc): Map<number, number> {
  const content = doc.sents.filter((s) => s.kind === "content" && s.stems.size >= 4);
  const clusters = clusterItems(content, { stems: (s) => s.stems, minJaccard: 0.75 });
  const shared = new Map<string, number>();
  for (const cl of clusters) {
    const srcs = [...new Set(cl.map((s) => s.src))].sort((x, y) => x - y);
    if (srcs.length < 2) continue;
    // Partners are the nearest sources in upload order: bounded work even when one sentence
    // recurs in hundreds of syndicated copies.
    for (const [ai, a] of srcs.entries()) for (const b of srcs.slice(Math.max(0, ai - 4), ai + 5)) if (a !== b) {
      const k = `${a}:${b}`;
      shared.set(k, (shared.get(k) ?? 0) + cl.filter((s) => s.src === a).length);
    }
  }
  const out = new Map<number, number>();
  doc.sources.forEach((src, a) => {
    const total = src.sents.filter((s) => s.kind === "content" && s.stems.size >= 4).length;
    if (total < 3) return;
    let best = -1;
    let bestShare = 0;
    doc.sources.forEach((_, b) => {
      if (a === b) return;
      const share = (shared.get(`${a}:${b}`) ?? 0) / total;
      if (share > bestShare) {
        bestShare = share;
        best = b;
      }
    });
    // Of two near-identical sources the later one is counted as the copy.
    if (bestShare >= 0.6 && best >= 0) {
      const copy = Math.max(a, best);
      const original = Math.min(a, best);
      if (!out.has(original)) out.set(copy, original);
    }
  });
  return out;
}

function summarize(positions: Position[], others: Array<{ text: string; corroboration?: number }>): string {
  const ranked = [...positions]
    .map((p, i) => ({ text: p.text, n: p.corroboration ?? p.citations.length, i }))
    .sort((a, b) => b.n - a.n || a.i - b.i);
  const picked: string[] = [];
  const seenActors = new Set<string>();
  for (const p of ranked) {
    if (picked.length >= 3) break;
    const actor = p.text.split(/[ :(]/u)[0] ?? "";
    if (picked.length > 0 && p.n < 2 && picked.length >= 2) break;
    if (seenActors.has(actor) && picked.length >= 1 && ranked.length > picked.length + 1) continue;
    seenActors.add(actor);
    picked.push(p.text);
  }
  const extra = [...others].sort((a, b) => (b.corroboration ?? 0) - (a.corroboration ?? 0))[0];
  if (picked.length < 2 && extra) picked.push(extra.text);
  return picked.map((t) => clipWords(t, 40).replace(/[.…\s]*$/u, "") + ".").join(" ");
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
    summary: summarize(positions, [...dealTerms, ...keyFigures]),
    sources: briefingSources,
    positions,
    dealTerms,
    keyFigures,
    openQuestions,
    discrepancies,
    timeline,
  };
}
