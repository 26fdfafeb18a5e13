// Rules of the deal-terms stage as data: the cues by which news English states a term of a deal
// (what a deal includes, what a side will do under it, what it gives in return), and the cues that
// tell how far the deal itself has got (signed, ratified, tentative). None names a story.

import type { Figure } from "./figures";
import { MONTHS } from "./lexicon";
import type { Doc, Sent } from "./pipeline";
import { anyWordTest } from "./text";
import type { DealTermStatus } from "./types";
import type { CueRule } from "./lexicon";

/** Nouns that name a deal or a document of one. */
export const DEAL_WORDS = [
  "deal",
  "agreement",
  "contract",
  "accord",
  "framework",
  "package",
  "pact",
  "treaty",
  "declaration",
  "settlement",
  "offer",
  "proposal",
  "compromise",
  "text",
  "arrangement",
  "roadmap",
  "partnership",
];
const DEAL_WORD = `(?:${DEAL_WORDS.join("|")})`;

/**
 * Cues that a sentence states a term; weights add to the sentence's term score (base 1, a term
 * from 2.6). The strong cues (deal as subject, under the deal, part of it, in return, a commitment
 * to doing, an amount asked or offered) weigh at least 1.6, so each makes a term on its own.
 */
export const TERM_CUES: CueRule[] = [
  // "The deal also lifts …", "the new contract includes …", "the agreement means …".
  {
    id: "deal-subject",
    pattern: new RegExp(
      `(?<!\\w)${DEAL_WORD}s?,?\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:also\\s+|would\\s+|will\\s+|could\\s+|can\\s+)?(?:includ\\w*|entail\\w*|provid\\w*|commit\\w*|giv\\w*|call\\w* (?:on|for)|lift\\w*|means?|allow\\w*|secur\\w*|requir\\w*|sets?|caps?|keeps?|maintain\\w*|extend\\w*|rais\\w*|cuts?|guarantee\\w*|establish\\w*|creat\\w*|covers?|offers?|does not|did not|would not|will not|is for|was for)\\b`,
      "iu",
    ),
    weight: 2,
  },
  // "Under the deal, …", "as part of the agreement", "according to the agreement".
  {
    id: "under-deal",
    pattern: new RegExp(
      `(?<!\\w)(?:under|according to|as part of|in line with|through)\\s+(?:the|this|a|an|its|their)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${DEAL_WORD}|plan|terms)\\b`,
      "iu",
    ),
    weight: 2,
  },
  {
    id: "part-of-deal",
    // "also part of the deal", "a key component of the agreement", "one provision of the accord".
    pattern: new RegExp(
      `(?<!\\w)(?:part|component|element|provision|pillar|plank|feature|centrepiece|centerpiece|cornerstone|clause)s? of the (?:[\\p{L}-]+\\s+)?${DEAL_WORD}\\b`,
      "iu",
    ),
    weight: 1.5,
  },
  // "The union had demanded a 30% raise", "offered $2,000": an amount a side asks for or offers.
  {
    id: "asks-amount",
    pattern:
      /(?<!\w)(?:demand\w*|sought|seek\w*|offer\w*|propos\w*|asked for|call\w* for|want\w*)\b[^.;]{0,40}?(?:[$€£]\s?\d|\d[\d.,]*\s?(?:%|percent|per cent))/iu,
    weight: 1.6,
  },
  { id: "in-return", pattern: /\bin (?:return|exchange) for\b|\bin return\b/i, weight: 1.6 },
  // "There was also a commitment to tripling …", "a pledge to …".
  { id: "commitment-noun", pattern: /(?<!\w)(?:commitment|pledge|obligation) to \p{L}+ing\b/iu, weight: 1.6 },
  // What a side will do under the deal: "will be allowed", "will be lifted", "will receive".
  {
    id: "modal-term",
    pattern:
      /\b(?:will|would|shall|is to|are to|can|cannot|can't)\s+(?:also\s+|now\s+|then\s+|still\s+|no longer\s+|not\s+|immediately\s+|once more\s+|once again\s+|continue to\s+)*(?:be\s+(?:allowed|given|able|invited|lifted|removed|scrapped|capped|extended|eased|raised|increased|expanded|improved|released|freed|returned|withdrawn|provided|guaranteed|cut|re-established|reestablished|reduced|paid|subject|exempt|kept|maintained|required)|receive|get|keep|pay|raise|cut|cap|extend|lift|let|allow|give|enjoy|face|apply|remain|rise|increase|occur|cease|resume|open|lease|buy|purchase|invest|provide|end|return|coordinate|monitor|last|run|include)\b/i,
    weight: 1,
  },
  // A number + unit phrase about pay, money or rates: "a 12% pay increase", "15% tariffs".
  {
    id: "term-quantity",
    pattern:
      /\b(?:rais\w*|increas\w*|hikes?|bonus\w*|wages?|salar\w*|pay|tariffs?|levy|levies|dut(?:y|ies)|rates?|contributions?|match|funds?|funding|pensions?|quotas?|access|multiplier|payout)\b/i,
    weight: 0.8,
  },
];

/** Cues that keep a sentence from being a term: reactions to the deal and its history. */
export const NOT_TERM_CUES: CueRule[] = [
  {
    id: "reaction",
    pattern:
      /\b(?:criticis\w*|criticiz\w*|slamm\w*|condemn\w*|welcom\w*|prais\w*|hail\w*|blast\w*|decr(?:y|ied)|lambast\w*|boast\w*|described (?:it|the)|called (?:it|the)|pushback|backlash|faced (?:criticism|opposition)|(?:represents|marks) (?:a|an|the))\b/i,
    weight: -1.5,
  },
  { id: "background", pattern: /\b(?:earlier|previous|last year|short-lived|have proved|had been)\b/i, weight: -1.5 },
  // "a slight improvement over the previous contract, which proposed 35%": the old deal's terms.
  {
    id: "old-deal",
    pattern: /\b(?:previous|old|prior|expired|expiring) (?:contract|deal|agreement|offer|accord)\b/i,
    weight: -1.5,
  },
  // "a slight improvement over the previous contract": the deal measured against the old one.
  {
    id: "against-old-deal",
    pattern:
      /\b(?:improvement|step up|increase|rise|up) (?:over|on|from) (?:the |its |their )?(?:previous|old|prior|last|expired)\b/i,
    weight: -1.5,
  },
  // "the company will now be able to resume production": what the deal lets happen, not a term of it.
  {
    id: "outcome",
    pattern:
      /\b(?:will|can|could|would) now be (?:able|free) to\b|\b(?:clear(?:s|ed|ing)?|pav(?:es|ed|ing)) the way for\b/i,
    weight: -2,
  },
  // "facilities will remain closed regardless of the agreement": what happens outside the deal.
  {
    id: "outside-deal",
    pattern: /(?<!\w)(?:regardless of|despite|in spite of) the (?:[\p{L}-]+\s+)?(?:deal|agreement|accord|contract)\b/iu,
    weight: -2,
  },
  // "we're so happy we reached this industry-leading deal", "creates certainty": a verdict on the deal.
  {
    id: "evaluation",
    pattern:
      /\b(?:happy|proud|pleased|delighted|historic|certainty|stability|predictability|fantastic|landmark|transformational|industry-leading|good news|priorities|momentum|boom|progress|important step|insult\w*|betrayal|surrender)\b/i,
    weight: -1.5,
  },
  // Case matters: "us" is a pronoun, "US" a country.
  { id: "first-person", pattern: /(?:^|[\s“"‘(])(?:[Ww]e|[Ww]e're|[Oo]ur|I|[Mm]y|us)\b/u, weight: -1 },
  // "The tentative agreement still requires ratification": a step still to come, an open question.
  {
    id: "pending-step",
    pattern:
      /\b(?:still (?:requires?|needs?|has to|must)|must still|yet to be (?:ratified|approved|signed)|requires? ratification|subject to (?:ratification|approval))\b/i,
    weight: -2,
  },
  // "its keenness to reach an agreement that would end …": an aim, not a term.
  // "what the tariffs would have been absent a deal", "had hoped to bring down": not what was agreed.
  {
    id: "counterfactual",
    pattern:
      /(?<!\w)would have (?:been|had|\p{L}+ed|\p{L}+en)\b|(?<!\w)(?:absent|without) a deal\b|(?<!\w)(?:had hoped|hoped to|hopes to|hoping to)\b/iu,
    weight: -2,
  },
  {
    id: "aspiration",
    pattern:
      /(?<!\w)(?:to reach|reaching|to secure|to strike|to clinch|to broker|seeking|efforts to (?:reach|mediate|secure|broker)|aimed at reaching|bid to reach)\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:deal|agreement|cease-?fire|truce|accord)\b/iu,
    weight: -1.5,
  },
];

/**
 * "Armenia and Azerbaijan signed a peace roadmap on Friday", "the two sides reached a tentative
 * deal": the deal being made is the story's event, not one of its terms, unless the sentence also
 * states what was agreed ("agreed to extend …", a rate, an amount).
 */
export const DEAL_EVENT = new RegExp(
  [
    `(?<!\\w)(?:signed|agreed|reached|struck|clinched|sealed|approved|adopted|ratified|came to|committ(?:ing|ed) to|voted to (?:accept|approve|ratify)|finali[sz](?:ed|ing)|banged through|announced|ground out|hammer(?:ed|ing)? out|put(?:ting)? the finishing touches on)\\s+(?:on\\s+)?(?:an?|the|their|its|this)?\\s*(?:[“"‘]?[\\p{L}\\p{N}-]+[”"’]?\\s+){0,4}?[“"‘]?${DEAL_WORD}s?\\b`,
    // "A deal reached by X and Y on Saturday night faced pushback".
    `(?<!\\w)${DEAL_WORD}s?\\s+(?:was\\s+|were\\s+)?(?:reached|struck|signed|agreed|clinched|sealed|announced|finali[sz]ed)\\s+(?:by|on|at|in|late|early|last|between)\\b`,
  ].join("|"),
  "iu",
);
/**
 * What an event sentence may say about its deal without stating a term of it: the deal's purpose
 * ("finalizing a deal to raise the debt ceiling", "an agreement in principle to end the strike"),
 * and what is asked about it ("raising doubts whether the agreement will secure the votes").
 */
export const DEAL_EVENT_ASIDE = new RegExp(
  `(?<!\\w)${DEAL_WORD}s?\\s+(?:in principle\\s+)?to\\s+\\p{L}+|(?<!\\w)(?:whether|if)\\s.*$`,
  "giu",
);
/** "agreed to extend the contract", "agreed that …": the sentence states what was agreed. */
export const AGREED_CONTENT = /(?<!\w)agreed\s+(?:to\s+(?!an?\b|the\b)\p{L}+|that\b|on\s+(?!an?\b|the\b))/iu;

/** Sum of the weights of the rules a text matches, with the ids that fired. */
export function cueSum(rules: CueRule[], text: string): { score: number; ids: string[] } {
  let score = 0;
  const ids: string[] = [];
  for (const r of rules)
    if (r.pattern.test(text)) {
      score += r.weight;
      ids.push(r.id);
    }
  return { score, ids };
}

/** The verbs by which a sentence gives a term its status; the first in the sentence wins. */
export const STATUS_CUES: Array<{ status: DealTermStatus; pattern: RegExp }> = [
  { status: "rejected", pattern: /\b(?:reject(?:ed|s)?|refus(?:ed|es)|turned down|ruled out|dismissed)\b/i },
  {
    status: "demanded",
    pattern: /\b(?:demand(?:ed|s|ing)?|insist(?:ed|s)?|wants?|wanted|as a condition|sought|seek(?:s|ing)?)\b/i,
  },
  {
    status: "agreed",
    pattern:
      /\b(?:agreed|agreement was reached|signed|ratified|approved|adopted|took place|have exchanged|exchanged|concluded|confirmed|secur(?:ed|es|ing))\b/i,
  },
  { status: "proposed", pattern: /\b(?:propos(?:ed|es|ing)|offer(?:ed|s|ing)|suggest(?:ed|s))\b/i },
];

/** How far a deal has got, as the sources tell it. */
export type DealState = "agreed" | "tentative" | "open";

/** A deal, or the ceasefire a conflict's deal is. */
const REACHED_WORD = `(?:${DEAL_WORD}|cease-?fire|truce)`;
const AGREED_DEAL = new RegExp(
  [
    `(?<!\\w)(?:ratif\\w+|signed|sign(?:ing)? of|adopted|approved|clinched|sealed|struck|reached|concluded|agreed|finali[sz]ed|announced)\\b[^.;]{0,40}\\b${REACHED_WORD}`,
    `(?<!\\w)${REACHED_WORD}s?\\b[^.;]{0,40}\\b(?:was|were|has been|have been|is) (?:ratified|signed|adopted|approved|agreed|reached|struck|sealed|clinched)\\b`,
    `(?<!\\w)vot\\w+ (?:to|in favou?r of) (?:accept|approve|ratify|adopt|the)\\b`,
  ].join("|"),
  "iu",
);
/** "once a deal is reached", "hopes to sign an agreement": a deal not (yet) made. */
const NOT_YET =
  /(?<!\w)(?:not|no|yet to|if|whether|once|when|until|before|unless|would be|to reach|to sign|could|hopes? to|aim(?:s|ed)? to|within reach|without)\b[^.;]{0,25}\b(?:reached|agreed|signed|sign|reach|deal|agreement)\b/iu;
const TENTATIVE_DEAL = new RegExp(
  `(?<!\\w)(?:tentative(?:ly)?|preliminary|provisional|in principle)\\b[^.;]{0,30}\\b${DEAL_WORD}|(?<!\\w)${DEAL_WORD} in principle\\b|(?<!\\w)tentatively agreed\\b`,
  "iu",
);
/**
 * "the deal has not yet been confirmed in writing", "the detail of which is due to be fleshed out": a
 * deal announced but not yet written down, whose terms are agreed only in principle.
 */
const UNWRITTEN_DEAL =
  /(?<!\w)not (?:yet )?(?:been )?(?:confirmed |put |set down |written (?:up |down )?)?in writing\b|(?<!\w)yet to be (?:put in writing|written (?:up|down)|drafted)\b|(?<!\w)details?\b[^.;]{0,30}\b(?:due|yet|still|remains?) to be (?:fleshed out|worked out|finali[sz]ed|drafted|written)\b/iu;
const RATIFIED = /\b(?:ratif(?:ied|ies)|voted to (?:accept|approve|ratify)|signed into law)\b/i;
/** Every deal-state pattern contains one of these words: most sentences skip them all. */
const mayTellDealState = anyWordTest([
  ...DEAL_WORD.slice(3, -1).split("|"),
  "cease",
  "truce",
  "ratif",
  "vot",
  "signed into",
  "writing",
  "detail",
]);

/** Share of the sources that must tell of a deal reached before its terms count as agreed. */
const MIN_AGREED_SHARE = 0.4;

/**
 * The deal's state across the story: agreed when enough of the sources say a deal was signed,
 * adopted, ratified or reached; tentative when they call it tentative or "in principle" and none
 * says it was ratified; otherwise still open (terms are proposals).
 */
export function storyDealState(doc: Doc): DealState {
  const agreedIn = new Set<number>();
  const tentativeIn = new Set<number>();
  let ratified = false;
  let unwritten = false;
  for (const s of doc.sents) {
    if ((s.kind !== "content" && s.kind !== "heading") || !mayTellDealState(s.text)) continue;
    if (UNWRITTEN_DEAL.test(s.text)) unwritten = true;
    if (TENTATIVE_DEAL.test(s.text) && !NOT_YET.test(s.text)) tentativeIn.add(s.src);
    if (RATIFIED.test(s.text)) ratified = true;
    if (AGREED_DEAL.test(s.text) && !NOT_YET.test(s.text)) agreedIn.add(s.src);
  }
  const share = (set: Set<number>) => set.size / Math.max(1, doc.sources.length);
  if (share(tentativeIn) >= MIN_AGREED_SHARE && !ratified) return "tentative";
  if (share(agreedIn) < MIN_AGREED_SHARE) return "open";
  // A deal any outlet says is not yet written down is agreed only in principle until it is ratified.
  return unwritten && !ratified ? "tentative" : "agreed";
}

/** A sentence about an offer that was made and improved, not the terms finally accepted. */
export function isPastOffer(s: Sent): boolean {
  return /(?<!\w)(?:had (?:offered|proposed|sought|demanded)|(?:increased|raised|improved|sweetened) (?:its|their|the) (?:\p{L}+ )?offer|opening (?:demand|offer)|earlier (?:offer|proposal)|previous(?:ly)? (?:offer|proposal|rejected))\b/iu.test(
    s.text,
  );
}

const MONTH_INDEX = new Map<string, number>(
  MONTHS.flatMap(
    (m, i): Array<[string, number]> => [
      [m.toLowerCase(), i],
      [m.slice(0, 3).toLowerCase(), i],
    ],
  ),
);
/** "until Jan. 15", "through January 15, 2025", "until mid-January", "until 2038". */
const UNTIL_DATE = new RegExp(
  `\\b(?:until|through|till|to|by)\\s+(?:mid-)?(?:(${MONTHS.join("|")}|${MONTHS.map((m) => m.slice(0, 3)).join("|")})\\.?(?:\\s+(\\d{1,2}))?|((?:19|20)\\d\\d)\\b)`,
  "gi",
);
/** "agreed to an immediate and unconditional ceasefire": the thing agreed, as a merge key. */
const AGREED_THING =
  /(?<!\w)agreed\s+(?:on\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|late|early|overnight)\s+)?(?:to\s+)?(?:implement\s+)?(?:an?\s+|the\s+)?(?:[“"‘]?[\p{L}-]+[”"’]?\s+(?:and\s+)?){0,3}?[“"‘]?(cease-?fire|truce|halt|pause|exchange|swap|moratorium)\b/iu;

/** A short name in quotation marks (two to four words, not a quoted sentence). */
const QUOTED_NAME = /[“"‘']((?:\p{L}[\p{L}-]*)(?:\s+\p{L}[\p{L}-]*){1,3})[”"’']/gu;

/** A negation or refusal, then the verb or noun of giving something back. */
const WITHHELD =
  /(?<!\w)(?:not|no|never|refus\w*|without|declin\w*)\b[^.;]{0,40}?\b(?:restor\w*|reinstat\w*|bring back|brought back)/iu;

/**
 * What identifies one term across outlets: an amount, a rate, a duration, the date it runs to, the
 * thing agreed. Two sentences sharing a key (and a topic word) state one term.
 */
export function termKeys(text: string, figs: Figure[]): string[] {
  const keys = figs
    .filter(
      (f) => f.kind === "money" || (f.kind === "percent" && f.value !== 100) || (f.kind === "duration" && f.value >= 2),
    )
    .map((f) => (f.kind === "duration" ? `duration:${f.unit}:${f.value}` : `${f.kind}:${f.value}`));
  for (const m of text.matchAll(UNTIL_DATE)) {
    if (m[3]) keys.push(`until:${m[3]}`);
    else if (m[1]) keys.push(`until:${MONTH_INDEX.get(m[1].toLowerCase().slice(0, 3)) ?? m[1]}`);
  }
  const agreed = AGREED_THING.exec(text)?.[1];
  if (agreed) keys.push(`agreed:${agreed.toLowerCase().replace(/-/gu, "")}`);
  // "does not restore the pension plan", "refused to reinstate …", "would not bring back …": one thing
  // withheld, however each outlet words the refusal.
  // Restoring and reinstating are one act: the shared topic word tells what is withheld.
  if (WITHHELD.test(text)) keys.push("withheld:restore");
  // "a provision for “ground pay”", "a ‘youth experience scheme’": a term named in quotation marks.
  for (const m of text.matchAll(QUOTED_NAME)) keys.push(`named:${(m[1] ?? "").toLowerCase()}`);
  return keys;
}

/** Stems too common in deal sentences to show that two of them are about the same term. */
const GENERIC_STEMS = new Set(
  "deal agree contr frame accor year years month week day days perce cent will would also under inclu the and new two sides".split(
    " ",
  ),
);
/** Two term sentences share a topic word beyond the deal vocabulary and the numbers. */
export function shareTopic(a: Set<string>, b: Set<string>): boolean {
  for (const x of a) if (b.has(x) && !GENERIC_STEMS.has(x) && !/^\d/u.test(x)) return true;
  return false;
}
