// Cue words of news English: reporting verbs, stance verbs, modality, uncertainty, deal
// vocabulary. These are general properties of the genre, independent of any one story.

const words = (s: string) => new Set(s.trim().split(/\s+/u));

/** Verbs that introduce what someone said. */
/** A cue rule as data: the stages' cue tables (positions, deal terms, open questions) are lists of these. */
export interface CueRule {
  id: string;
  pattern: RegExp;
  weight: number;
}

export const REPORTING = words(`
said says say told tells tell added adds wrote writes stated states noted notes announced announces declared
explained argued argues claimed claims reported reports confirmed confirms posted tweeted asserted asserts stressed
stresses emphasized emphasised emphasizes reiterated reiterates maintained maintains insisted insists warned warns
acknowledged indicated communicated expressed described called dismissed accused accuses urged urges repeated
signaled signalled suggested suggests believes believed hopes hoped sees saw alleged alleges criticized criticised
conceded admitted denied denies responded replied commented testified revealed disclosed mentioned observed
issued released telling saying announcing
`);

/** Verbs that take a position or act on the story: they make their subject the actor. */
export const STANCE = words(`
demanded demands demanding demand insisted insists insisting proposed proposes proposing propose offered offers
offering offer wants wanted want desires desired rejected rejects rejecting reject refused refuses refusing refuse
agreed agrees agreeing agree accepted accepts accept pressing pressed presses press urged urging accused accusing
threatened threatens vowed vows pledged pledges committed commits given gave presented presents reaffirmed
reaffirms confirmed withdrew withdrawn withdrawing withdraw recalled recalls recall recalling pulled pulling launched
launches suspended suspends resumed resumes seeks sought seeking considering considers mulling weighing blamed blames
warned warns denied dismissed dismisses criticized criticised condemned condemns welcomed welcomes praised ruled
expects expected hopes plans planned intends intended calls called maintained maintains stressed reiterated
asserted expressed declined declines vetoed approved approves signed signs imposed imposes lifted banned bans
ordered orders announced announces halted halts blocked blocks backed backs opposed opposes supports supported
dropped drops cited citing appealed appeals sued sues struck strikes attacked attacks fired shelled deployed
hailed hails lauded lauds thanked thanks credited credits apologized apologised apologizes apologises cautioned
cautions requested requests complained complains slammed slams blasted blasts decried decries lamented laments
protested protests highlighted highlights celebrated celebrates applauded applauds congratulated defied defies
sided sides
`);

/** Auxiliaries and adverbs that may sit between a subject and its verb. */
export const AUX = words(`
has have had is are was were be been being will would shall should can could may might must do does did also again
further now currently publicly repeatedly reportedly previously already firmly still later subsequently originally
once not never just recently earlier then additionally on its part however jointly both separately formally
officially initially quickly swiftly flatly largely strongly clearly openly privately directly
`);

/** Words that end a subject phrase when walking back from a verb. */
export const CLAUSE_BREAK = words(`
that which who whom whose when where after before while because although though since if unless than but and or
as said says told wrote added so until whether how what why during despite amid following
`);

export const POSITION_CUE: Array<[RegExp, number, string]> = [
  [
    /\b(demand(ed|s|ing)?|insist(ed|s|ing)?|urg(e|ed|es|ing)|call(ed|s|ing)? for|press(ed|es|ing)? (for|\w+ to)|wants?|wanted|desires?)\b/i,
    3,
    "demand",
  ],
  [
    /\b(as a condition|on condition that|only if|unless|provided that|contingent on|depends? on|would depend on|precondition)\b/i,
    3.2,
    "condition",
  ],
  [/\b(conditions?|must|will not|would not|won't|cannot|never)\b/i, 2.5, "condition"],
  [
    /\b(reject(ed|s|ing)?|refus(ed|es|ing|al)|rul(ed|es|ing) out|dismiss(ed|es|ing)?|will never accept|(will|would) not (accept|tolerate|allow)|flatly|denie[sd]|deny|oppos(ed|es|ing)|def(y|ied|ies|ying)|turn(ed|ing)? down)\b/i,
    3,
    "refusal",
  ],
  [
    /\b(accus(ed|es|ing|ations?)|blam(ed|es|ing)|criticiz(ed|es)|criticis(ed|es)|condemn(ed|s)?|bad faith|good faith|not serious|selfish|propaganda|warmongers?|manipulat\w+)\b/i,
    3,
    "accusation",
  ],
  [
    /\b(commit(ted|ment|s)?|pledg(ed|es)|vow(ed|s)?|promis(ed|es)|reaffirm(ed|s)?|ready to|will continue|would continue|remain committed|keen(ness)?|determined|resolute|flexib\w+)\b/i,
    2.5,
    "commitment",
  ],
  [/\b(propos(ed|es|al|ing)|offer(ed|s)?|suggest(ed|s)?|deadline|timeline)\b/i, 2.5, "proposal"],
  // Taking a side in someone else's dispute: "the administration had sided with the union, putting
  // pressure on the employers".
  [
    /\b(sid(?:e|ed|es|ing) with|(?:put|puts|putting) pressure on|pressur(?:e|ed|es|ing) \w+ to|(?:threw|throws|throwing) (?:its|their|his|her) (?:weight|support) behind)\b/i,
    2.5,
    "alignment",
  ],
  [
    /\b(productive|constructive|substantive|progress|positive|breakthrough|tangible|significant gaps|measured|crisis|normal procedure|great effort|earnest efforts|intensive efforts|patience|illegal|war criminal|unreliable|surprise)\b/i,
    2,
    "assessment",
  ],
  // "even as negotiations resumed": the talks resuming or pausing is an event, not a side's act.
  [
    /\b(withdr[ae]w\w*|recall(ed|s|ing)?|pull(ed|s|ing)? (out|back)|(?<!\b(?:talks|negotiations|discussions|dialogue)\s(?:were\s|was\s|have\s|had\s|been\s)*)(?:suspend(ed|s|ing)?|resum(ed|es|ing))|walk(ed)? out|quit|alternative options|consider(ing|s)?|mull(ing|ed))\b/i,
    2,
    "action",
  ],
  // Contesting a result or a decision: elections, courts, disputes.
  [
    /\b(challeng(e|ed|es|ing) (the|a|an|its|this|that)|contest(ed|s|ing)? (the|a|an|its)|appeal(ed|s|ing)? (the|a|an|against)|will appeal|would appeal|sue[sd]? |recount|flawed|rigged|fraud(ulent)?|irregularit(y|ies)|(will|would) fight)\b/i,
    2.5,
    "challenge",
  ],
  // What a company or institution decides: cuts, closures, deals.
  [
    /\b(cut(ting)? (about |some |around |nearly )?[\d,]+ (jobs|staff|workers|positions)|clos(e|es|ed|ing) (its|the|a) |shut(ting)? down|lay(ing)? off|layoffs|eliminat(e|es|ed|ing)|acquir(e|es|ed|ing)|merg(e|er|ing)|(will|would) invest)\b/i,
    2.2,
    "action",
  ],
  [/\b(sanctions?|tariffs?|security guarantees?|troops|forces)\b/i, 1, "topic"],
];

export const DEAL_NOUN =
  /\b(cease-?fire|truce|deal|agreement|accord|proposal|offer|package|exchange|swap|prisoners?|hostages?|bodies|zone|framework|terms|dialogue|next round|another round|new round|round of (talks|negotiations)|settlement|compromise|roadmap|plan|pause|treaty|tariffs?|contract|pact)\b/i;
export const DEAL_VERB =
  /\b(agree[sd]?|agreeing|agreement|propos\w*|offer\w*|entails?|includ\w+|demand\w*|wants?|reject\w*|refus\w*|accept\w*|exchang\w*|swap\w*|releas\w*|in return for|in exchange for|would|resum\w*|reestablish\w*|re-establish\w*|present\w*|bann\w*|signed|hand over|held|took place|will|set to)\b/i;

export const UNCERTAINTY: Array<[RegExp, number]> = [
  [
    /\b(it is|it was|it's|it remains|remains|remained|is still|was) (still |also )?(not (immediately |yet )?(clear|certain|known)|(immediately |yet )?(unclear|uncertain|unknown))\b/i,
    5,
  ],
  [/\b(unclear|uncertain|unknown|undecided|unresolved|undetermined)\b/i, 4],
  [/\bremains? to be (seen|decided|determined|negotiated|agreed)\b/i, 5],
  [/\b(yet to be|still to be|has yet to|have yet to|not yet)\b/i, 3.5],
  [/\bdid not (say|state|specify|disclose|elaborate|explain|detail|indicate)\b/i, 4.5],
  [
    /\b(declined to (comment|say|elaborate)|did not (immediately )?respond|no immediate (response|comment)|(had|has|gave) no (immediate )?(response|comment)|requests? for comment)\b/i,
    4.5,
  ],
  [/\b(key|open|outstanding|main|central) (questions?|issues?|sticking points?)\b/i, 4],
  [/\b(one of the )?(most )?(complicated|difficult|contentious|thorny|divisive) (issues?|questions?|topics?)\b/i, 4],
  [/\b(areas?|points?) of (divergence|disagreement|contention)\b/i, 4],
  [/\bno common ground\b/i, 4],
  [/\b(under discussion|being discussed|discussed how|discussed whether|to be discussed|being reviewed)\b/i, 3.5],
  [/\b(would|will|could) depend on\b/i, 4],
  [/\b(potential|possible) (meeting|summit|talks|deal)\b/i, 3],
  [/\b(mooted|floated)\b/i, 3],
  [/\b(reportedly|are expected to|is expected to|set to)\b/i, 1.5],
  [/\blikely\b/i, 1.5],
  [/\bwhether\b/i, 2],
  [/\bno breakthrough\b/i, 2],
  [/\b(remain|remains) (elusive|unresolved|unclear)\b/i, 4],
  [/\bdoes not know|do not know|don't know\b/i, 3.5],
];

/**
 * Every match of an UNCERTAINTY pattern contains one of these words ("unclear" contains "clear",
 * "did not respond" "respon"): a sentence without any of them skips the whole list. Keep in step
 * when a pattern is added.
 */
export const UNCERTAINTY_WORDS = [
  "clear",
  "certain",
  "know",
  "undecided",
  "unresolved",
  "undetermined",
  "remain",
  "yet",
  "still",
  "did not",
  "declined",
  "respon",
  "comment",
  "question",
  "issue",
  "sticking",
  "topic",
  "divergence",
  "disagreement",
  "contention",
  "common ground",
  "discuss",
  "review",
  "depend",
  "potential",
  "possible",
  "mooted",
  "floated",
  "reportedly",
  "expected",
  "set to",
  "likely",
  "whether",
  "breakthrough",
];

export const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
export const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/**
 * General news vocabulary that restates the same point in other words: each word maps to one class,
 * so "productive" and "constructive", "withdraw" and "give up", "truce" and "ceasefire" meet when
 * same-side restatements are merged. Not tied to any story.
 */
export const TOPIC_CLASSES: Array<[RegExp, string]> = [
  [
    /^(productive|constructive|useful|substantive|fruitful|positive|successful|encouraging|meaningful|tangible|progress|good|detailed|businesslike|frank|candid)$/u,
    "#assess+",
  ],
  [
    /^(unproductive|fruitless|disappointing|inconclusive|stalled|deadlocked|stalemate|impasse|difficult|tense)$/u,
    "#assess-",
  ],
  [
    /^(withdraw|withdrawal|withdrawing|withdrew|withdrawn|pull|pulling|pullout|pull-out|cede|ceding|ceded|surrender|surrendering|relinquish|abandon|evacuate|vacate|give|handing|hand)$/u,
    "#cede",
  ],
  [/^(troops|forces|soldiers|military|army|units)$/u, "#forces"],
  [/^(ceasefire|cease-fire|truce|pause|halt|armistice|moratorium)$/u, "#truce"],
  [/^(deal|agreement|accord|settlement|pact)$/u, "#deal"],
  [/^(land|territory|territories|lands)$/u, "#land"],
  [/^(prisoners|prisoner|pows|pow|captives|detainees|hostages)$/u, "#captive"],
  [/^(exchange|swap|swaps|exchanges|release|releases)$/u, "#swap"],
  [/^(sanction|sanctions|penalties|tariffs|tariff|curbs)$/u, "#sanction"],
  [/^(wages|wage|pay|salary|salaries|raise|rise|increase)$/u, "#pay"],
  [/^(strike|walkout|stoppage|strikes|walkouts)$/u, "#strike"],
  [/^(talks|negotiations|discussions|meeting|meetings|dialogue)$/u, "#talks"],
  [/^(deadline|deadlines|timeline|timetable|schedule|ultimatum)$/u, "#deadline"],
  [
    /^(january|february|march|april|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter)$/u,
    "#season",
  ],
];

/** "the eastern Donbas region, comprised of Donetsk and Luhansk": the parts a text links to a region. */
export const REGION_PARTS =
  /\b(\p{Lu}[\p{L}-]+)\s+(?:region|province|area|district|state|oblast),?\s+(?:comprised of|comprising|made up of|consisting of|which (?:includes|comprises|is made up of)|including)\s+(?:the\s+)?(\p{Lu}[\p{L}-]+)(?:,?\s+(?:and\s+)?(\p{Lu}[\p{L}-]+))?/gu;

/** Stance verbs that are the claim itself (an act), not the frame around a claim ("withdrew", "struck"). */
export const ACTION_VERBS = words(`
withdrew withdrawn withdrawing withdraw recalled recalls recall recalling pulled pulling launched launches suspended
suspends resumed resumes vetoed approved approves signed signs imposed imposes lifted banned bans ordered orders halted
halts blocked blocks dropped drops appealed appeals sued sues struck strikes attacked attacks fired shelled deployed
`);

/**
 * Words of an attribution frame: titles, where and when something was said. Statements of one side
 * share them whatever they claim ("the Kremlin spokesperson … told reporters on Wednesday").
 */
export const FRAME_WORDS = words(`
envoy envoys spokesperson spokesman spokeswoman official officials negotiator negotiators president presidential
minister ministers secretary chief head leader leaders representative adviser advisor ambassador director chairman
aide aides administration government statement post reporters journalists interview media agency conference
briefing remarks comments monday tuesday wednesday thursday friday saturday sunday today yesterday tonight
`);
