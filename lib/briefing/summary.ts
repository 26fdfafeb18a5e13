// Stage: the summary. Two to four sentences, each a sentence of the sources: first what happened
// (an event with its time or place, preferably an outlet's lead), then where the sides stand.

import type { Doc } from "./pipeline";
import { clipWords, contentStems, squash } from "./text";
import { LEAD_FURNITURE } from "./title";

/** How many of each source's first content sentences count as its lead. */
const LEAD_SENTENCES = 2;
/** A source "tells" a lead when it shares this share of the lead's content words. */
const LEAD_SHARED_SHARE = 0.4;
/** Weight of the title's words in choosing the lead sentence (0..1 share times this). */
const TITLE_WEIGHT = 1.5;
/** A lead that carries more of what the outlets share (and a figure) says more of the event. */
const LEAD_WEIGHT_PER_WORD = 0.15;
const LEAD_FIGURE_BONUS = 0.5;
/** Past two sentences, the summary grows only while it stays within this many words. */
const SUMMARY_MAX_WORDS = 100;

export interface LeadSentence {
  text: string;
  /** Sources telling the same (this one included). */
  n: number;
  /** Content words the other sources share with it, per other source. */
  weight: number;
  /** Number + unit phrases it states. */
  figures: number;
}

/**
 * Each source's lead: the first content sentences, with how many sources tell the same. The words a
 * sentence shares with each other source are counted through the sources each stem occurs in, not
 * by testing the sentence against every source: with hundreds of sources that was quadratic.
 */
export function leadSentences(doc: Doc): LeadSentence[] {
  // Stem -> the sources that use it, ascending, each once.
  const sourcesOf = new Map<string, number[]>();
  doc.sources.forEach((src, si) => {
    for (const s of src.sents)
      for (const st of s.stems) {
        const list = sourcesOf.get(st);
        if (!list) sourcesOf.set(st, [si]);
        else if (list[list.length - 1] !== si) list.push(si);
      }
  });
  // Per-source scratch: words shared with the sentence in hand; `touched` lists the ones to reset.
  const shared = new Int32Array(doc.sources.length);
  const touched: number[] = [];
  const out: LeadSentence[] = [];
  doc.sources.forEach((src, si) => {
    for (const s of src.sents
      .filter((x) => x.kind === "content" && /[.!]["”’]?$/u.test(x.text.trim()))
      .slice(0, LEAD_SENTENCES)) {
      if (s.stems.size < 4) continue;
      let sharedWords = 0;
      for (const st of s.stems)
        for (const oi of sourcesOf.get(st) ?? []) {
          if (oi === si) continue;
          const count = (shared[oi] ?? 0) + 1;
          shared[oi] = count;
          if (count === 1) touched.push(oi);
          sharedWords++;
        }
      let n = 1;
      for (const oi of touched) {
        if ((shared[oi] ?? 0) / s.stems.size >= LEAD_SHARED_SHARE) n++;
        shared[oi] = 0;
      }
      touched.length = 0;
      // How much of the story the sentence carries: content words the other outlets also use.
      const weight = doc.sources.length > 1 ? sharedWords / (doc.sources.length - 1) : s.stems.size;
      out.push({ text: s.text, n, weight, figures: s.figures.length });
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
  /\bthe (demand|offer|proposal|plan|request)(?!\s+(for|to|of|that|by)\b)|^(he|she|it|they|we|i|you|our|my|this|that|these|those|his|her|its|their|such|the two|both|also|and|but|so|then|there|the (decision|move|announcement|report|statement|step|remarks?|comments?|talks|meeting|deadline|proposal|plan|offer|ruling|strike|vote)\b)|\bsuch (terms|demands?|a move|a step)\b|\b(this|that) (condition|demand|proposal|plan|offer|move|step)\b/i;

/** The last full sentence of a cited passage, cleaned of bullets and linking openers. */
function citedSentence(quote: string): string {
  const parts = squash(quote).split(/(?<=[.!?][”"’]?)\s+(?=[“"]?\p{Lu})/u);
  return (parts[parts.length - 1] ?? "")
    .replace(/^[*•·\-–—\s]+/u, "")
    .replace(LEAD_FURNITURE, "")
    .replace(/^(However|Meanwhile|Still|Separately|Earlier|Later|Instead|Moreover|Nonetheless|Yet),\s+/u, "")
    .trim();
}

/**
 * 2–4 sentences: what happened (who, where, when) from the best-corroborated items, then the
 * strongest positions of other sides. Each is a sentence the sections cite, so it is backed and
 * reads on its own.
 */
export function summarize(
  sections: Array<
    [string, Array<{ text: string; actor?: string; corroboration?: number; citations: Array<{ quote: string }> }>]
  >,
  leads: LeadSentence[] = [],
  title = "",
): string {
  const titleStems = contentStems(title);
  /** Share of the title's words a sentence repeats: the lead the title was cut from tells the same event. */
  const titleShare = (text: string) => {
    if (titleStems.size === 0) return 0;
    const st = contentStems(text);
    let n = 0;
    for (const x of titleStems) if (st.has(x)) n++;
    return n / titleStems.size;
  };
  const cands: SummaryCand[] = [];
  const usable = (text: string) => {
    const words = text.split(" ").length;
    // A sentence that starts in lower case is a fragment of a longer one.
    if (
      words < 8 ||
      LEANS.test(text) ||
      /^[“"‘]/u.test(text) ||
      /^\p{Ll}/u.test(text) ||
      /\?$/u.test(text) ||
      !/[.!]["”’]?$/u.test(text)
    )
      return false;
    return (text.match(/[“”"]/gu)?.length ?? 0) % 2 === 0;
  };
  for (const lead of leads) {
    const text = citedSentence(lead.text);
    if (!usable(text)) continue;
    const words = text.split(" ").length;
    let score = lead.n + TITLE_WEIGHT * titleShare(text) + LEAD_WEIGHT_PER_WORD * lead.weight;
    if (lead.figures > 0) score += LEAD_FIGURE_BONUS;
    if (WHEN.test(text)) score += 0.6;
    if (WHERE.test(text)) score += 0.4;
    if (EVENT.test(text)) score += 0.5;
    if (words > 40) score -= 1.5;
    else if (words > 32) score -= 0.5;
    cands.push({ text, section: "lead", n: lead.n, score });
  }
  for (const [section, items] of sections) {
    items.forEach((item, rank) => {
      const n = item.corroboration ?? item.citations.length;
      const seen = new Set<string>();
      // The item's own (first) passage carries its corroboration; the others are weaker stand-ins.
      for (const [ci, c] of item.citations.slice(0, 2).entries()) {
        const text = citedSentence(c.quote);
        if (seen.has(text)) continue;
        seen.add(text);
        if (!usable(text)) continue;
        const words = text.split(" ").length;
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
  // An outlet's lead told by several sources says it best; then any cited event.
  if (
    !pick((c) => c.section === "lead" && happened(c) && c.n >= 2) &&
    !pick((c) => c.section !== "positions" && happened(c) && c.n >= 2) &&
    !pick(happened)
  )
    pick(() => true);
  // 2. What was agreed or is on the table: the best-backed deal term, else a key figure.
  if (!pick((c) => c.section === "dealTerms" && c.n >= 2)) pick((c) => c.section === "keyFigures" && c.n >= 2);
  // 3–4. Where the sides stand: the best-backed positions of sides not yet heard, then anything else.
  const sides = new Set(picked.map((p) => p.actor).filter(Boolean));
  for (let i = 0; i < 2 && picked.length < 4; i++) {
    const p = pick((c) => c.section === "positions" && !!c.actor && !sides.has(c.actor) && c.score >= 1);
    if (p?.actor) sides.add(p.actor);
  }
  if (picked.length < 3)
    pick(
      (c) =>
        c.section !== "positions" && c.section !== "lead" && c.n >= 2 && !picked.some((p) => p.section === c.section),
    );
  if (picked.length < 2) pick(() => true);
  // Two sentences always; a third and fourth only while the summary stays short enough to read at a glance.
  const out: string[] = [];
  let words = 0;
  for (const p of picked.slice(0, 4)) {
    const t = p.text.split(" ").length > 40 ? clipWords(p.text, 40).replace(/[,;:\s…]*$/u, "") + " …" : p.text;
    const n = t.split(" ").length;
    if (out.length >= 2 && words + n > SUMMARY_MAX_WORDS) break;
    out.push(t);
    words += n;
  }
  return out.join(" ");
}
