// Open-question cues beyond the shared UNCERTAINTY list: what news copy marks as still to happen,
// still to be decided or not known yet. General properties of reporting language (pending
// approvals, deferrals, doubts, estimates, details promised later), never one story's words.

import { anyWordTest } from "./text";
import type { CueRule } from "./lexicon";

/**
 * Words every match of a rule contains (one scan each before the rule's pattern runs). Keep in
 * step with OPEN_CUES; the test checks a sample of every rule gets through.
 */
export const RULE_WORDS: Record<string, readonly string[]> = {
  "not-known": ["available", "known", "public", "disclos", "confirm", "releas", "announc", "finali"],
  "no-details": ["detail"],
  "details-later": ["later", "coming", "next week", "next month", "due course"],
  "pending-approval": [
    "still",
    "must",
    "have to be",
    "need to be",
    "ratif",
    "approv",
    "vote",
    "if passed",
    "once passed",
    "once signed",
    "confirm",
    "endors",
  ],
  "next-step": [
    "next step",
    "to begin",
    "to start",
    "to resume",
    "working group",
    "step",
    "still",
    "work to do",
    "work still",
    "mountain of work",
  ],
  deferred: [
    "postponed",
    "deferr",
    "put off",
    "pushed back",
    "shelved",
    "left open",
    "left unresolved",
    "for later",
    "future negotiations",
    "future talks",
    "future discussions",
  ],
  doubt: ["doubt", "question", "whether", "guarantee"],
  obstacle: ["threat", "stormy", "uphill", "harder", "more difficult"],
  disputed: ["each other", "divided", "running dispute", "standing dispute", "standing issue", "term solution"],
  estimate: [...["ould", "ill", "may", "ght"].flatMap((m) => [`${m} take`, `${m} require`, `${m} need`]), "as late as"],
  floated: ["mooted", "floated", "suggested", "discussed", "debated", "considered"],
  "key-question": ["question", "issue", "sticking"],
  conditional: ["depend", "hinge", "contingent", "conditional"],
};

/** A sentence needs at least this open-question score to be a candidate. */
export const OPEN_MIN_SCORE = 3.5;

export const OPEN_CUES: CueRule[] = [
  // Not known yet: "were not immediately available", "remained unconfirmed", "gave few details".
  {
    id: "not-known",
    pattern:
      /\b(?:(?:were|was|is|are|remain(?:s|ed)?|has|have|had)\s+)(?:still\s+)?not\s+(?:yet\s+|immediately\s+|been\s+)*(?:available|known|public|disclosed|confirmed|released|announced|finali[sz]ed)\b|\bunconfirmed\b/i,
    weight: 4.5,
  },
  {
    id: "no-details",
    pattern:
      /\b(?:no|few|scant|little)\s+(?:further\s+|other\s+)?details?\b|\bwithout\s+(?:providing\s+|giving\s+)?(?:any\s+)?details\b|\bdetails?\s+(?:were|was|have|has)\s+not\b/i,
    weight: 4.5,
  },
  // Details promised later: "will be set out later", "due to be fleshed out in the coming weeks".
  {
    id: "details-later",
    pattern:
      /(?<!\w)(?:(?:will|would|is|are|due|expected|set)\s+(?:to\s+)?be\s+(?:set out|fleshed out|worked out|spelled out|announced|published|detailed|finali[sz]ed|studied|decided|determined|negotiated|hammered out)\b[^.]*?\b(?:later|coming (?:days|weeks|months)|next (?:week|month)|in due course)|(?:for|until|at)\s+(?:a\s+)?later(?:\s+(?:date|stage))?\b|in the coming (?:days|weeks|months)\b)/iu,
    weight: 3.8,
  },
  // A step still to come: ratification, approval, a vote, talks that are to begin.
  {
    id: "pending-approval",
    pattern:
      /(?<!\w)(?:still\s+(?:requires?|needs?|has to|have to|must)|must still|(?:will|would|still) (?:have|need) to be (?:approved|ratified|passed|signed|confirmed|endorsed)|(?:requires?|needs?|awaits?|awaiting|pending|subject to)\s+(?:\w+\s+)?(?:ratification|approval)|(?:presented|put|submitted|sent)\s+to\s+(?:the\s+)?(?:union'?s?\s+)?(?:members|membership|voters|parliament|congress|a vote)\b[^.]*?\b(?:ratif|approv|vote)|opportunity to ratify|if (?:approved|ratified|passed|confirmed)|once (?:approved|ratified|passed|signed))/iu,
    weight: 4.5,
  },
  // "Work still to do" names unfinished business; a bare "much work ahead" is a leader's exhortation.
  {
    id: "next-step",
    pattern:
      /\b(?:next steps?|(?:set|due|expected|scheduled) to (?:begin|start|resume)|working groups? will|(?:one|a) step (?:from|away from|closer to|toward|towards) (?:a |the )?final|still to (?:come|do|be done)|work still (?:ahead|to do)|mountain of work)\b/i,
    weight: 4,
  },
  // Deferred: "postponed until", "deferring … for future negotiations", "leaves the haggling for later".
  {
    id: "deferred",
    pattern:
      /(?<!\w)(?:postponed (?:until|till|to|indefinitely)|deferr(?:ed|ing)|put off (?:until|till|to)|pushed back (?:to|until|by)|shelved|left (?:open|unresolved)|leaves? [^.]{0,30}? for later|for future (?:negotiations|talks|discussions))\b/iu,
    weight: 4,
  },
  // Doubts: "raising doubts whether", "a new question mark", "raised questions over".
  {
    id: "doubt",
    pattern:
      /\b(?:doubts?\s+(?:about|over|whether|that|on)|raising doubts|question marks?|rais(?:ed|es|ing) questions|(?:testing|test|determine|see|worry about) whether|whether or not|no guarantees?|not guaranteed)\b/i,
    weight: 4.5,
  },
  // Opposition that could sink a step: "threatening to withhold support", "a stormy passage".
  {
    id: "obstacle",
    pattern:
      /\b(?:threat(?:en|ens|ened|ening) to (?:withhold|block|vote against|oppose|derail|sink)|stormy passage|uphill (?:battle|fight)|(?:make|makes|making) (?:things|it) (?:even )?(?:harder|more difficult))\b/i,
    weight: 4,
  },
  // A disputed account: "both sides blamed each other for starting the clashes".
  {
    id: "disputed",
    pattern:
      /\b(?:blam(?:ed|e|es|ing)|accus(?:ed|e|es|ing)) each other\b|\b(?:remain|remains|were|are) divided (?:on|over)\b|\blong-?(?:running|standing) (?:dispute|issues?)\b|\blong-?term solutions?\b/i,
    weight: 3.8,
  },
  // A point named as open: "One of the key questions is still …", "Among key issues that remain …".
  {
    id: "key-question",
    pattern:
      /\b(?:(?:one of|among) the (?:most )?(?:key|main|central|biggest|thorniest|most difficult|most complicated) (?:questions|issues|sticking points)|(?:key|main|central|open|outstanding|unresolved|biggest) (?:questions?|issues?|sticking points?)\s+(?:is|are|was|were|remains?|remained|that remain|include|includes|included))\b/i,
    weight: 4.5,
  },
  // An outcome that hangs on something else: "would depend on how the talks proceeded".
  {
    id: "conditional",
    pattern: /\b(?:depends?|depending|hinges?|hinged|contingent|conditional) (?:up)?on\b/i,
    weight: 4.2,
  },
  // A possible event someone has floated, a point the sides discussed without settling it.
  {
    id: "floated",
    pattern:
      /\b(?:has|have|had) been (?:mooted|floated|suggested)\b|\b(?:discussed|debated|considered) (?:how|whether)\b/i,
    weight: 4,
  },
  // An estimate of how long something will take: "may require seven to 10 days", "might take a couple of weeks".
  {
    id: "estimate",
    pattern:
      /(?<!\w)(?:may|might|could|will|would) (?:take|require|need)\s+(?:up to\s+|about\s+|around\s+|more than\s+|as (?:much|long) as\s+)?(?:time|a week|a month|a couple of|several|a few|\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b|(?<!\w)as soon as [^.]{3,40}? or as late as\b/iu,
    weight: 4,
  },
];

/** Every match of an OPEN_CUES pattern contains one of these words. Keep in step with the table. */
export const OPEN_CUE_WORDS: readonly string[] = [...new Set(Object.values(RULE_WORDS).flat())];

const mayBeOpen = anyWordTest(OPEN_CUE_WORDS);
const RULE_TESTS = new Map(Object.entries(RULE_WORDS).map(([id, ws]) => [id, anyWordTest(ws)]));

/** What kind of open point a rule marks: two items of one kind about the same thing are one item. */
export const CUE_FAMILY: Record<string, string> = {
  uncertainty: "unknown",
  "not-known": "unknown",
  "no-details": "details",
  "details-later": "unknown",
  "pending-approval": "pending",
  "next-step": "pending",
  deferred: "deferred",
  doubt: "doubt",
  obstacle: "doubt",
  disputed: "disputed",
  estimate: "estimate",
  floated: "pending",
  conditional: "conditional",
  "key-question": "unknown",
};

export interface OpenCue {
  score: number;
  /** Every rule that matched, strongest first. */
  ids: string[];
}

/** The strongest open-question cue of a text and the ids of every rule that matched. */
export function openCueScore(text: string): OpenCue {
  if (!mayBeOpen(text)) return { score: 0, ids: [] };
  let score = 0;
  const hits: CueRule[] = [];
  for (const rule of OPEN_CUES) {
    if (RULE_TESTS.get(rule.id)?.(text) === false || !rule.pattern.test(text)) continue;
    hits.push(rule);
    score = Math.max(score, rule.weight) + (score > 0 ? 0.5 : 0);
  }
  hits.sort((a, b) => b.weight - a.weight);
  return { score, ids: hits.map((r) => r.id) };
}

/** Where the strongest cue of a text stands (own rules and the shared uncertainty cues), if any. */
export function cueSpan(text: string, extra: readonly RegExp[] = []): { start: number; end: number } | undefined {
  let best: { start: number; end: number; weight: number } | undefined;
  const rules: Array<[RegExp, number]> = [
    ...OPEN_CUES.map((r): [RegExp, number] => [r.pattern, r.weight]),
    ...extra.map((rx): [RegExp, number] => [rx, 4]),
  ];
  for (const [rx, weight] of rules) {
    const m = rx.exec(text);
    if (m && (!best || weight > best.weight)) best = { start: m.index, end: m.index + m[0].length, weight };
  }
  return best && { start: best.start, end: best.end };
}
