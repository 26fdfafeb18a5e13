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
import { balanceQuotes, clipWords, squash, withoutMarkup } from "./text";
import { buildTimeline } from "./timeline";
import { leadSentences, summarize } from "./summary";
import { chooseTitle } from "./title";
import { rulesOf } from "./explain";
import type { Briefing, BriefingItemBase, BriefingSection, BriefingSource, SourceInput } from "./types";

export type { Briefing, SourceInput } from "./types";
export { renderMarkdown } from "./markdown";
export { explainBriefing } from "./explain";

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

/**
 * The briefing's own wording never carries markup or page furniture the source text had inline
 * (an `<a href=…>` left in a pasted article); the citations keep the source's exact bytes.
 */
function tidyText(t: string): string {
  return balanceQuotes(
    squash(
      withoutMarkup(t)
        .replace(/^date\s+\d{4}-\d{2}-\d{2}\s+/u, "")
        .replace(/\s+([,.;:])/gu, "$1"),
    ),
  );
}

/** The last stage every item passes: tidy wording and the ids of the rules behind it. */
function finishItems<T extends BriefingItemBase>(section: BriefingSection, items: T[]): T[] {
  return items.map((item) => {
    const out = { ...item, text: tidyText(item.text) };
    return { ...out, rules: rulesOf(section, out) };
  });
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
    chooseTitle(doc) ||
    clipWords(squash(doc.sents.find((s) => s.kind === "content")?.text ?? "Briefing"), 14);

  return {
    schemaVersion: 1,
    title,
    summary: tidyText(
      summarize(
        [
          ["dealTerms", dealTerms],
          ["positions", positions],
          ["keyFigures", keyFigures],
          ["timeline", timeline],
        ],
        leadSentences(doc),
        title,
      ),
    ),
    sources: briefingSources,
    positions: finishItems("positions", positions),
    dealTerms: finishItems("dealTerms", dealTerms),
    keyFigures: finishItems("keyFigures", keyFigures),
    openQuestions: finishItems("openQuestions", openQuestions),
    discrepancies: finishItems("discrepancies", discrepancies),
    timeline: finishItems("timeline", timeline),
  };
}
