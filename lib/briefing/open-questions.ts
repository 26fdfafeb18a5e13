// Stage: open questions. Explicit uncertainty in the sources (the shared UNCERTAINTY cues and the
// stage's own OPEN_CUES: pending approvals, deferrals, doubts, estimates, details promised later),
// one item per open point, phrased as a question (open-question-wording.ts).

import { citationsOf, mergeCandidates, needsPrev, pickTop, type Candidate, type Merged } from "./items";
import { CUE_FAMILY, OPEN_MIN_SCORE, openCueScore } from "./open-question-cues";
import { asQuestion } from "./open-question-wording";
import type { Doc, Sent } from "./pipeline";
import { central, contentSents, uncertaintyOf, uncertaintyScore, type SectionContext } from "./section-context";
import { containment, contentStems, jaccard } from "./text";
import type { OpenQuestion } from "./types";
import { unwrappedSentences } from "./wrapped";

export { asQuestion, invertEmbedded } from "./open-question-wording";

/** Words a cut-off paragraph (the page was stored only up to here) has at least. */
const CUT_OFF_MIN_WORDS = 6;
/** Two items of one cue family whose words overlap this much ask the same thing. */
const FAMILY_MERGE_JACCARD = 0.1;
/** Sentences of a group compared when groups are merged. */
const GROUP_SAMPLE = 6;
/** "Not known" covers many different things: its items need more words in common to merge. */
const BROAD_FAMILY = "unknown";
const BROAD_MERGE_JACCARD = 0.2;
/**
 * "No details were given", "the statement had no detail", "terms are not yet public": one open
 * point (what the agreement says) however differently the outlets word it.
 */
const DETAILS_FAMILY = "details";
const DETAILS_MERGE_JACCARD = 0;
/** A "not known" sentence about the terms or details of the agreement withholds its details. */
const WITHHELD_TERMS = /\b(?:details?|terms|contents?|text)\b/i;
/** Only the strongest groups are compared pairwise for a family merge (bounded work). */
const FAMILY_MERGE_POOL = 40;
/** A sentence opening on a personal pronoun for its subject ("It was not clear whether …" is no such lean). */
const LEADING_PRONOUN = /^["“]?(?:They|He|She|These|Those)\s/u;
/** One open question per this many content sentences (long articles raise more), within bounds. */
const SENTENCES_PER_OQ = 11;
const OQ_MIN = 3;
const OQ_MAX = 12;

/**
 * The source's last line, cut mid-sentence ("It was not immediately clear how Iran, which borders
 * the"): the cleaner takes a line without a full stop for a heading, but it is reporting.
 */
export function isCutOff(doc: Doc, s: Sent): boolean {
  const sents = doc.sources[s.src]?.sents ?? [];
  if (s.kind !== "heading" || s.idx === 0 || s.idx !== sents.length - 1) return false;
  return s.text.split(/\s+/u).length >= CUT_OFF_MIN_WORDS && /\p{Ll}[\p{L}-]*$/u.test(s.text);
}

/** An uncertainty adjective used before a plain noun ("in uncertain times", "to undetermined areas"). */
const ATTRIBUTIVE =
  /\b(?:uncertain|undetermined|unknown|unclear|unspecified|undisclosed)\s+(?:times|areas|locations|places|world|environment|period|destinations?)\b/gi;

interface CueInfo {
  score: number;
  /** The kinds of open point its cues mark (unknown, pending, deferred …). */
  families: Set<string>;
}

/** The open-question cue of a sentence: the shared uncertainty score or this stage's own rules. */
function cueOf(s: Sent): CueInfo {
  // "uncertain times", "undetermined areas": an adjective before its noun describes, it asks nothing.
  const u = ATTRIBUTIVE.test(s.text) ? uncertaintyScore(s.text.replace(ATTRIBUTIVE, " ")) : uncertaintyOf(s);
  const own = openCueScore(s.text);
  // The strongest cue says what kind of open point it is.
  const lead = u >= own.score ? "uncertainty" : (own.ids[0] ?? "uncertainty");
  let family = CUE_FAMILY[lead] ?? "unknown";
  const withheld =
    own.ids.some((id) => CUE_FAMILY[id] === DETAILS_FAMILY) ||
    (own.ids.some((id) => id === "not-known" || id === "details-later") && WITHHELD_TERMS.test(s.text));
  if (family === BROAD_FAMILY && withheld) family = DETAILS_FAMILY;
  const families = new Set([family]);
  return { score: Math.max(u, own.score), families };
}

interface Group {
  m: Merged;
  stems: Array<Set<string>>;
  families: Set<string>;
}

/**
 * One item per open point: groups of one cue family (unknown, pending, deferred …) with two
 * sentences that share words (the same pending vote, the same estimate of days) become one.
 */
function mergeOpenPoints(groups: Merged[], cueOfGid: Map<number, CueInfo>): Merged[] {
  const pool = [...groups].sort((a, b) => b.score - a.score).slice(0, FAMILY_MERGE_POOL);
  const rest = groups.filter((g) => !pool.includes(g));
  const out: Group[] = [];
  for (const m of pool) {
    const cues = m.cands.map((c) => cueOfGid.get(c.sent.gid));
    const g: Group = {
      m,
      // A group's best few sentences stand for it (replicated copies add nothing but time).
      stems: m.cands.slice(0, GROUP_SAMPLE).map((c) => c.sent.stems),
      families: new Set(cues.flatMap((c) => [...(c?.families ?? [])])),
    };
    const twin = out.find((o) => {
      const shared = [...o.families].filter((f) => g.families.has(f));
      if (shared.length === 0) return false;
      const min = shared.includes(DETAILS_FAMILY)
        ? DETAILS_MERGE_JACCARD
        : shared.some((f) => f !== BROAD_FAMILY)
          ? FAMILY_MERGE_JACCARD
          : BROAD_MERGE_JACCARD;
      return o.stems.some((a) => g.stems.some((b) => jaccard(a, b) >= min));
    });
    if (!twin) {
      out.push(g);
      continue;
    }
    for (const c of m.cands) twin.m.cands.push(c);
    for (const src of m.sources) if (!twin.m.sources.includes(src)) twin.m.sources.push(src);
    if (twin.stems.length < GROUP_SAMPLE * 2) twin.stems.push(...g.stems);
    for (const x of g.families) twin.families.add(x);
  }
  return [...out.map((o) => o.m), ...rest];
}

/**
 * "They have agreed to …" leans on a sentence the item does not show: another outlet's sentence
 * of the same open point that names its subject says it better.
 */
function namedBest(m: Merged): Candidate {
  if (!LEADING_PRONOUN.test(m.best.sent.text)) return m.best;
  return m.cands.find((c) => !LEADING_PRONOUN.test(c.sent.text)) ?? m.best;
}

export function buildOpenQuestions(ctx: SectionContext): OpenQuestion[] {
  const { doc } = ctx;
  const cands: Candidate[] = [];
  const cueOfGid = new Map<number, CueInfo>();
  const sents = doc.sources.flatMap((_, i) => unwrappedSentences(doc, i));
  for (const s of sents.filter(
    (x) => x.text.length >= 15 && (x.kind === "content" || /^[*•]/u.test(x.text) || isCutOff(doc, x)),
  )) {
    const cue = cueOf(s);
    if (cue.score < OPEN_MIN_SCORE) continue;
    cueOfGid.set(s.gid, cue);
    // Open questions the outlets share (central) rank above a stray first-person aside.
    let score = cue.score + 2 * central(ctx, s);
    if (
      /^["“]?I\b/u.test(s.text) ||
      (/\b(this|that|it)\s+(can|could|will|would)\b/i.test(s.text) && central(ctx, s) < 0.3)
    )
      score -= 1;
    cands.push({ sent: s, score, key: "oq", withPrev: needsPrev(doc, s) || s.text.split(/\s+/u).length < 14 });
  }
  // Items that continue an open-issue sentence ("So too are …") inherit its cue.
  for (const s of contentSents(doc)) {
    if (!/^(so too|also under discussion|likewise|another (issue|question))\b/i.test(s.text)) continue;
    if (cands.some((c) => c.sent.gid === s.gid)) continue;
    cands.push({ sent: s, score: 4 + 2 * central(ctx, s), key: "oq", withPrev: true });
  }
  const merged = mergeOpenPoints(mergeCandidates(cands, 0.3), cueOfGid);
  const limit = Math.max(OQ_MIN, Math.min(OQ_MAX, Math.round(contentSents(doc).length / SENTENCES_PER_OQ)));
  const top = oneQuestionEach(pickTop(merged, limit + QUESTION_SPARES), limit);
  return top.map(({ m, text }) => ({ text, citations: citationsOf(doc, m), corroboration: m.sources.length }));
}

/** Groups asked for beyond the limit, to stand in for questions that turn out to ask the same thing. */
const QUESTION_SPARES = 4;
/** Two questions sharing this share of the shorter one's words (and at least two) ask the same thing. */
const SAME_QUESTION_CONTAINMENT = 0.5;
const SAME_QUESTION_MIN_SHARED = 2;
/** Words every question has: they say nothing about what it asks. */
const QUESTION_FRAME = new Set(["open", "quest", "how", "what", "when", "where", "wheth", "which", "who", "why"]);

/**
 * Sentences that differ word for word can still ask one thing: "How will the fate of the eastern
 * Donetsk region be resolved?" and "What will be decided on the fate of the eastern region …?".
 * Their questions, shorter than the sentences, show it; the weaker joins the stronger's sources.
 */
/** "the dispute over port automation", "divided on the issue of automation": what an open dispute is about. */
const DISPUTE_TOPIC =
  /(?<!\w)(?:dispute|issue|question|matter|row|disagreement|divided|split)\s+(?:over|of|on|about)\s+(?:the\s+)?(?:(?:issue|question|matter)\s+of\s+)?((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)(?=\s+(?:at|in|for|with|and|by|from|to|on)\b|[\s,.;:]*$|[,.;:])/iu;

/** The head word (stemmed) of what a question's dispute is about, when it names one. */
function disputeTopic(text: string): string | undefined {
  const phrase = DISPUTE_TOPIC.exec(text)?.[1];
  if (!phrase) return undefined;
  const words = [...contentStems(phrase)];
  return words[words.length - 1];
}

export function oneQuestionEach(groups: Merged[], limit: number): { m: Merged; text: string }[] {
  const out: { m: Merged; text: string; stems: Set<string>; topic?: string }[] = [];
  for (const m of groups) {
    const text = asQuestion(namedBest(m).sent);
    const stems = new Set([...contentStems(text)].filter((x) => !QUESTION_FRAME.has(x)));
    const topic = disputeTopic(text);
    const twin = out.find((o) => {
      // Two disputes over one thing are one open point, however differently they are worded.
      if (topic && o.topic === topic) return true;
      let shared = 0;
      for (const x of stems) if (o.stems.has(x)) shared++;
      return shared >= SAME_QUESTION_MIN_SHARED && containment(o.stems, stems) >= SAME_QUESTION_CONTAINMENT;
    });
    if (twin) {
      for (const c of m.cands)
        if (!twin.m.sources.includes(c.sent.src)) {
          twin.m.cands.push(c);
          twin.m.sources.push(c.sent.src);
        }
      continue;
    }
    if (out.length < limit) out.push({ m, text, stems, topic });
  }
  return out;
}
