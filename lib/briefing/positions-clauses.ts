// Clauses that speak for different sides inside one sentence. "Bolivia's negotiator called it an
// insult, while the Marshall Islands' envoy said it was not nearly enough" holds two positions;
// "The talks come after Zelenskyy accused Moscow of …" holds one, in its second half. Each clause is
// cited on its own (a verbatim slice of the sentence), so an item never cites another side's words.

import { analyzeSentence, sourceContext } from "./analyze";
import type { Doc, Sent } from "./pipeline";
import { contentStems } from "./text";

/** A contrast that hands the sentence to another speaker: ", while X said …". */
const CONTRAST = /,\s+(?:while|whereas|but)\s+(?=\S)/gu;
/** "…, while Trump said the sector would not be included": a clause leaning on the one before stays whole. */
const LEANS_ON_FIRST =
  /\b(?:the (?:sector|industry|item|product|measure|move|plan|proposal|decision|figure|idea|offer|rate|issue|same)|this|these|those)\b/i;
/** "… come after Zelenskyy accused …": background before a subordinating word, then the actor's clause. */
const BACKGROUND_LEAD = /\b(?:after|as|while|when|because|since|before)\s+$/i;
/** A background lead must be this long before it is cut off (shorter ones are part of the clause). */
const BACKGROUND_MIN_CHARS = 25;

/** A clause's id: negative, so it never collides with a sentence's (gid ≥ 0), and fixed by its sentence. */
const clauseId = (s: Sent, k: number) => -(s.gid * 4 + k + 1);

function clauseOf(doc: Doc, s: Sent, from: number, to: number, k: number): Sent {
  const text = s.text.slice(from - s.start, to - s.start).replace(/[,;\s]+$/u, "");
  const raw = { start: from, end: from + text.length, text, para: s.para, kind: s.kind };
  const quotes = doc.sources[s.src]?.quotes ?? [];
  return {
    start: raw.start,
    end: raw.end,
    text: raw.text,
    para: raw.para,
    kind: raw.kind,
    gid: clauseId(s, k),
    src: s.src,
    sourceId: s.sourceId,
    idx: s.idx,
    stems: contentStems(text),
    a: analyzeSentence(raw, quotes, sourceContext(doc.resolver)),
    figures: [],
  };
}

/**
 * The parts of a sentence to read as positions: the sentence itself, or its clauses when they
 * speak for different sides, or its actor's clause when a long background lead comes first.
 */
export function positionClauses(doc: Doc, s: Sent): Sent[] {
  if (!s.a.actor) return [s];
  for (const m of s.text.matchAll(CONTRAST)) {
    const cut = (m.index ?? 0) + m[0].length;
    if (cut < BACKGROUND_MIN_CHARS || s.text.length - cut < BACKGROUND_MIN_CHARS) continue;
    if (LEANS_ON_FIRST.test(s.text.slice(cut))) continue;
    const first = clauseOf(doc, s, s.start, s.start + (m.index ?? 0), 0);
    const second = clauseOf(doc, s, s.start + cut, s.end, 1);
    if (first.a.actor && second.a.actor && first.a.actor !== second.a.actor) return [first, second];
  }
  const at = s.a.subjectAt;
  if (
    at !== undefined &&
    at >= BACKGROUND_MIN_CHARS &&
    BACKGROUND_LEAD.test(s.text.slice(0, at)) &&
    !LEANS_ON_FIRST.test(s.text.slice(at))
  ) {
    const clause = clauseOf(doc, s, s.start + at, s.end, 2);
    if (clause.a.actor === s.a.actor) return [clause];
  }
  return [s];
}
