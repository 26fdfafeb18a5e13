// How salient one attributed statement is as a side's position: cue rules (demands, refusals,
// verdicts, reactions), the strength of the verb, quotation, sentence position and centrality.

import { central, cueScore, uncertaintyOf, type SectionContext } from "./section-context";
import type { Sent } from "./pipeline";
import type { CueRule } from "./lexicon";

/** How strongly the verb commits its subject: stance verbs over plain reporting verbs over hearsay. */
const STRONG_VERB =
  /^(demand\w*|insist\w*|reject\w*|refus\w*|rul\w*|warn\w*|accus\w*|propos\w*|urg\w*|vow\w*|pledg\w*|threat\w*|want\w*|press\w*|offer\w*|condemn\w*|dismiss\w*|denie\w*|call\w*|seek\w*|sought|declar\w*|order\w*|defie\w*|defy\w*|protest\w*|complain\w*)$/u;
const PLAIN_VERB =
  /^(said|says|told|wrote|added|stated|posted|announced|confirmed|reiterated|stressed|maintained|expressed|described|argued|noted|colon)$/u;

export const PLAIN_STRENGTH = 0.6;

export function verbStrength(s: Sent): number {
  const v = s.a.verb ?? "";
  if (STRONG_VERB.test(v)) return 1;
  if (PLAIN_VERB.test(v)) return PLAIN_STRENGTH;
  if (v === "according to" || v === "reported-clause" || v === "by-agent") return 0.4;
  return v ? 0.3 : 0;
}

/**
 * What a side says about the outcome: its verdict, its thanks or welcome, its complaint. In news copy
 * these reactions are the sides' positions as much as demands and refusals are.
 */
export const STATEMENT_CUES: CueRule[] = [
  {
    id: "verdict+",
    pattern:
      /\b(historic|landmark|new era|turn(?:ing)? the page|victory|victories|win-win|win win|good deal|great deal|biggest deal|strongest|industry-leading|transformational|certainty|stability|predictability|clarity|insurance policy|important step|step forward|milestone|worthy|compromise|critical progress)\b/i,
    weight: 2.5,
  },
  {
    id: "verdict-",
    pattern:
      /\b(insult\w*|affront|(?:not|n[’']t) (?:nearly |quite )?enough|too (?:little|small|weak|late|long)|paltry|illusion|disappoint\w*|betray\w*|surrender\w*|unacceptable|outrage\w*|shameful|disaster\w*|terrible|bad policy|insanity|lack of goodwill|white flag|concerning|fears?|rule-taker|wasted time)\b/i,
    weight: 2.5,
  },
  {
    id: "reaction",
    pattern:
      /\b(welcom(?:e|ed|es|ing)|hail(?:ed|s|ing)?|prais(?:e|ed|es|ing)|thank(?:ed|s|ing)?|gratitude|grateful|appreciat\w+|credit(?:ed|s)|pleased|proud|happy|apologi[sz]\w*|regret\w*|congratulat\w+|applaud\w*|celebrat\w+|warn(?:ed|s|ing)?|caution(?:ed|s)?)\b/i,
    weight: 2.5,
  },
];

const VOTE_TALLY =
  /\b\d[\d,.]*\s?(?:%|per ?cent|percent) of (?:the )?(?:members|voters|workers|ballots|those|delegates)\b|\b[\d,]+ votes (?:had been |were |have been )?cast\b/i;
const VOTE_TALLY_PENALTY = 1.5;

/** Money and percentage figures ("$75,608", "13%", "9 percent"). */
const FIGURE = /[$€£]\s?\d[\d,.]*|\b\d[\d,.]*\s?(?:%|per ?cent|percent)/gu;
/** A plainly reported line carrying this many figures is a term or a figure, not a stance. */
const FIGURE_LINE_COUNT = 2;
const FIGURE_LINE_PENALTY = 1.5;

/** A quotation with a known speaker is that side's statement even without a stance word. */
const QUOTED_STATEMENT = 1.8;

function statementCue(text: string): { score: number; ids: string[] } {
  let score = 0;
  const ids: string[] = [];
  for (const rule of STATEMENT_CUES)
    if (rule.pattern.test(text)) {
      ids.push(rule.id);
      score = Math.max(score, rule.weight);
    }
  return { score, ids };
}

/** Cue kinds that report what a side did, offered or took up, not where it stands. */
const EVENT_KINDS = new Set(["action", "proposal", "commitment", "topic"]);

/**
 * A narrator's line of what a side did ("flights would start resuming at 4pm", "the EU proposes a
 * fund", "talks resumed late on Monday"): no quotation, no verdict or reaction, and no demand,
 * refusal, condition, accusation or assessment. One outlet's such line is an event for the deal
 * terms or the timeline; several outlets reporting it make it a side's act worth a position.
 */
export function isNarratedEvent(s: Sent): boolean {
  if (s.a.quoted || s.a.quote || /[“”"]/u.test(s.text)) return false;
  if (statementCue(s.text).score > 0) return false;
  return cueScore(s.text).kinds.every((k) => EVENT_KINDS.has(k));
}

/** Salience of one attributed statement, from general properties of news copy. */
export function positionScore(ctx: SectionContext, s: Sent): number {
  const cue = cueScore(s.text);
  const stmt = statementCue(s.text);
  const stanceless = cue.kinds.length === 0 || (cue.kinds.length === 1 && cue.kinds[0] === "topic");
  const quotedBy = s.a.actor && (s.a.quoted || s.a.quote) ? QUOTED_STATEMENT : 0;
  if (stanceless && stmt.score === 0 && quotedBy === 0) return 0;
  const base = stanceless ? Math.max(stmt.score, quotedBy) : cue.score + (stmt.score > 0 ? 0.5 : 0);
  let total = base + verbStrength(s) + (s.a.quoted ? 0.3 : 0) + (s.a.speakerName ? 0.3 : 0);
  // Pure background about a party ("X has been engaged in efforts …") has no stance verb.
  if (!s.a.verb && !s.a.quoted) total -= 1;
  // "… had been rejected by Arab mediators": the narrator's account of the side, not its own words.
  if (s.a.verb === "by-agent") total -= 2;
  if (uncertaintyOf(s) >= 4) total -= 0.4;
  // A fragment leaning on the previous sentence ("And they want …") is weak on its own.
  // ("But the union said …" names its side and stands on its own.)
  if (
    /^["“‘']?(?:(?:and|but|or|so)\s+(?:he|she|they|it|this|that|we|i)\b|they\b|it\b|this\b|that\b|(?:and|or|so)\b)/i.test(
      s.text,
    )
  )
    total -= 1;
  // Background: past years and history are context, not today's positions.
  if (
    /\b(in (19|20)\d\d|last year|since (19|20)\d\d|in the past|has long|for years|previously|an earlier)\b/i.test(
      s.text,
    )
  )
    total -= 0.6;
  // "Kyiv has firmly rejected this condition": a short statement about something named elsewhere.
  if (
    s.stems.size < 8 &&
    /\b(this|that|such|these|those) (condition|terms?|demand|proposal|plan|idea|offer|report|claim)s?\b/i.test(s.text)
  )
    total -= 1.2;
  // A vote count ("59% of members who cast ballots", "26,000 votes had been cast") is a figure,
  // not a side's stance: key figures carry it.
  if (VOTE_TALLY.test(s.text)) total -= VOTE_TALLY_PENALTY;
  // "X says average pay is $75,608 and would rise to $119,309", "the offer includes a 13% raise,
  // followed by 9%": a plainly reported line of figures belongs to key figures and deal terms.
  if (verbStrength(s) < 1 && stmt.score === 0 && (s.text.match(FIGURE)?.length ?? 0) >= FIGURE_LINE_COUNT)
    total -= FIGURE_LINE_PENALTY;
  // Very short sentences make weak items.
  if (s.stems.size < 5) total -= 0.8;
  // Early in the article = what the outlet leads with.
  if (s.idx <= 4) total += 0.5;
  else if (s.idx <= 10) total += 0.25;
  // The statement is about the story's shared subject matter.
  total += 2.5 * central(ctx, s);
  return total;
}
