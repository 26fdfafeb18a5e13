// Discrepancies in what kind of document was signed: one outlet says a peace deal or a treaty,
// another a roadmap, a framework or a joint declaration (a step short of a final deal). Only the
// document nouns of news copy are read, never a story's names.

import type { Doc, Sent } from "./pipeline";
import { unwrappedSentences } from "./wrapped";
import { squash } from "./text";

export interface DocumentDiscrepancy {
  key: string;
  text: string;
  sents: Sent[];
  score: number;
}

/** "signed a US-brokered peace “roadmap”", "the signing of a joint declaration", "to sign a peace agreement". */
const SIGNED =
  /(?<!\w)sign(?:ed|s|ing)?\s+(?:of\s+)?(?:a|an|the|their)?\s*((?:[\p{L}-]+\s+){0,3}[“"‘]?(?:deal|agreement|accord|treaty|roadmap|road map|framework|declaration|memorandum|pact)[”"’]?)(?![\p{L}-])/iu;

/** A document that settles the matter, against one that only frames what is still to be agreed. */
const FINAL = /\b(?:peace (?:deal|agreement|accord|treaty)|treaty)\b/i;
const PRELIMINARY = /\b(?:roadmap|road map|framework|declaration|memorandum|in principle|outline|interim)\b/i;

/** Outlets shown per kind of document. */
const MAX_NAMES = 3;

export function documentDiscrepancies(doc: Doc, name: (s: Sent) => string): DocumentDiscrepancy[] {
  // Hard-wrapped pages keep a sentence over several lines: read them joined.
  const content = doc.sources.flatMap((_, i) => unwrappedSentences(doc, i)).filter((s) => s.kind === "content");
  const finals: Array<{ s: Sent; np: string }> = [];
  const prelims: Array<{ s: Sent; np: string }> = [];
  for (const s of content) {
    const m = SIGNED.exec(s.text);
    const np = m?.[1] ? squash(m[1]).replace(/^(?:historic|landmark|new)\s+/i, "") : undefined;
    if (!np) continue;
    // One description per outlet and kind: its headline and its text say the same thing.
    const list = PRELIMINARY.test(np) ? prelims : FINAL.test(np) ? finals : undefined;
    if (list && !list.some((x) => x.s.src === s.src)) list.push({ s, np });
  }
  const srcs = (xs: Array<{ s: Sent }>) => new Set(xs.map((x) => x.s.src));
  const f = srcs(finals);
  const p = srcs(prelims);
  // Different outlets must say different things: one outlet hedging its own wording is no conflict.
  if (finals.length === 0 || prelims.length === 0 || ![...f].some((x) => !p.has(x)) || ![...p].some((x) => !f.has(x)))
    return [];
  const describe = (xs: Array<{ s: Sent; np: string }>) => {
    const byNp = new Map<string, Set<string>>();
    const shown = new Map<string, string>();
    for (const x of xs) {
      const k = x.np.toLowerCase();
      if (!shown.has(k)) shown.set(k, x.np);
      byNp.set(k, (byNp.get(k) ?? new Set()).add(name(x.s)));
    }
    return [...byNp.entries()]
      .map(([k, who]) => `${shown.get(k) ?? k} (${[...who].slice(0, MAX_NAMES).join(", ")})`)
      .join(", ");
  };
  const sents = [...new Map([...finals, ...prelims].map((x) => [x.s.src, x.s])).values()];
  return [
    {
      key: "document",
      text: `Outlets describe what was signed differently: ${describe(finals)} vs ${describe(prelims)}`,
      sents,
      score: 3.6,
    },
  ];
}
