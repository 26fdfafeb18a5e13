// Open questions with no safe question form keep the source's own statement, marked as open. The
// statement is the clause that carries the cue, cleaned of what an attribution left behind.

import { cueSpan, openCueScore } from "./open-question-cues";
import { uncertaintyScore } from "./section-context";
import { UNCERTAINTY } from "./lexicon";
import { capitalize, clipWords, PRONOUN_OPENING, squash } from "./text";

/** At most this many words in a marked statement. */
const STATEMENT_WORDS = 28;
/** A cue starting after this many words sits in a later clause: the statement starts there. */
const LATE_CUE_WORDS = 16;
/** Words of the opening clause kept before " … " when the cue's clause has no subject of its own. */
const HEAD_WORDS = 9;

/** Boundaries between the clauses of a long news sentence. */
const CLAUSE_BOUNDARY =
  /(?:,\s+(?=(?:but|while|with|raising|as|although|though|and|where|which|after)\b)|;\s+|\s+[—–]\s+)/gi;

/**
 * A clause that opens with a subject of its own (a determiner or a name), not a verb. A bare
 * pronoun ("it still has to pass …") names nothing: the opening clause is kept for it.
 */
const HAS_SUBJECT =
  /^(?:but\s+|while\s+|although\s+|though\s+|and\s+|as\s+)?(?:(?:the|a|an|its|their|his|her|this|these|those|any|some|no|both|there)\b|(?!(?:It|They|He|She|We|This|That)\b)\p{Lu})/u;

/** "evening that …", "this week that …", "CNN's Jake Tapper that …": an attribution's leftovers. */
const FRAME_RESIDUE =
  /^(?:(?:this|last|next|on|late|early|earlier|later|the|[\p{Lu}][\p{L}’'.-]*|morning|evening|night|afternoon|week|month|year|today|yesterday|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s+){1,4}that\s+/u;

const UNCERTAINTY_RULES = UNCERTAINTY.map(([rx]) => rx);

const cueStrength = (t: string) => Math.max(uncertaintyScore(t), openCueScore(t).score);

/** Where the clause that carries the cue starts, when that clause has no subject of its own. */
function subjectlessCueClause(t: string): number | undefined {
  const cue = cueSpan(t, UNCERTAINTY_RULES);
  if (!cue) return undefined;
  const starts = [...t.slice(0, cue.start).matchAll(CLAUSE_BOUNDARY)].map((m) => (m.index ?? 0) + m[0].length);
  const from = starts[starts.length - 1];
  if (from === undefined) return undefined;
  return HAS_SUBJECT.test(t.slice(from).replace(/^(?:but|and|while|as)\s+/i, "")) ? undefined : from;
}

/** The source's statement for an open point: the clause with the cue, at most STATEMENT_WORDS words. */
export function openStatement(core: string, full: string): string {
  const whole = squash(full).replace(/[.]+$/u, "");
  // The core (attribution removed) is used only when it still carries the sentence's strongest cue.
  const base = cueStrength(core) >= cueStrength(whole) ? squash(core).replace(/[.]+$/u, "") : whole;
  let t = base.replace(FRAME_RESIDUE, "");
  // "[Zelenskiy said] about 55,000 … had been killed, but gave no details": the cue's clause has no
  // subject of its own, so the attribution stays.
  if (base !== whole && subjectlessCueClause(t) !== undefined) t = whole;
  // "[ILA and USMX said] they have agreed to …": a pronoun left at the start needs the attribution it stood for.
  if (base !== whole && PRONOUN_OPENING.test(t)) t = whole;
  const cue = cueSpan(t, UNCERTAINTY_RULES);
  if (cue && t.slice(0, cue.start).split(/\s+/u).length > LATE_CUE_WORDS) {
    const starts = [...t.slice(0, cue.start).matchAll(CLAUSE_BOUNDARY)].map((m) => (m.index ?? 0) + m[0].length);
    const from = starts[starts.length - 1];
    if (from !== undefined) {
      const clause = t.slice(from).replace(/^(?:but|and|while|as)\s+/i, "");
      // A clause without its own subject ("but gave no details …") keeps the sentence's opening,
      // attribution included ("Zelenskiy said … but gave no details").
      const at = whole.indexOf(t.slice(0, 24));
      const head = at >= 0 ? whole.slice(0, at + from) : t.slice(0, from);
      t = HAS_SUBJECT.test(clause) ? clause : `${clipWords(head, HEAD_WORDS).replace(/[,;:\s…]+$/u, "")} … ${clause}`;
    }
  }
  const clipped = clipWords(t, STATEMENT_WORDS).replace(/[.?!,;:]+$/u, "");
  // A sentence the page cut off mid-word ("will support the de") is marked as cut.
  const cut = !/[.!?…”"’)]$/u.test(squash(full)) && !clipped.endsWith("…") ? " …" : "";
  return `Open question: ${capitalize(clipped)}${cut}`;
}
