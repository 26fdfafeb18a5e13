// Stage: deal terms. Sentences that state a term of a deal (agreement vocabulary, proposals,
// demands), with status, figures and proposer.

import { figureKey, figureLabels, isEventDuration, isShareOfPeople } from "./figures";
import { citationsOf, coreOf, mergeCandidates, needsPrev, pickTop, type Candidate, type Merged } from "./items";
import { NAME_INDEX } from "./gazetteer";
import { DEAL_NOUN, DEAL_VERB } from "./lexicon";
import type { Doc, Sent } from "./pipeline";
import {
  AGREED_CONTENT,
  cueSum,
  DEAL_EVENT,
  DEAL_EVENT_ASIDE,
  DEAL_WORDS,
  isPastOffer,
  NOT_TERM_CUES,
  storyDealState,
  shareTopic,
  STATUS_CUES,
  TERM_CUES,
  termKeys,
  type DealState,
} from "./deal-term-rules";
import { anyWordTest, capitalize, clipWords, PRONOUN_OPENING, squash, withoutMarkup } from "./text";
import type { DealTerm, DealTermStatus } from "./types";
import { contentSents, cueScore, limitFor, uncertaintyOf, type SectionContext } from "./section-context";
import { NOMINAL_PROPOSAL } from "./positions";

// ---------------------------------------------------------------- deal terms

/** A status the sentence itself states, by its first status verb; undefined when it only states the term. */
function ownStatus(text: string): DealTermStatus | undefined {
  let best: { at: number; status: DealTermStatus } | undefined;
  for (const cue of STATUS_CUES) {
    const m = cue.pattern.exec(text);
    if (m && (!best || m.index < best.at)) best = { at: m.index, status: cue.status };
  }
  return best?.status;
}

/**
 * A term's status follows the text: its own verb when it has one (a demand, a rejection), else how
 * far the story's deal has got — the terms of a signed or ratified deal are agreed, those of a
 * tentative one tentatively agreed. An offer the text says was made and then improved stays a proposal.
 */
export function termStatus(s: Sent, state: DealState): { status: DealTermStatus; tentative: boolean } {
  const own = ownStatus(withoutAttributive(s.text));
  if (own === "rejected" || own === "demanded") return { status: own, tentative: false };
  if (state === "open" || isPastOffer(s)) return { status: own ?? "proposed", tentative: false };
  return { status: "agreed", tentative: state === "tentative" };
}

/** "exchange of 314 prisoners", "hand over 157 prisoners": the counted thing an exchange is about. */
function countedExchange(s: Sent): string | undefined {
  if (!/\b(exchang\w*|swap\w*|releas\w*|hand(ed|ing)? over|free[sd]?|return\w*)\b/i.test(s.text)) return undefined;
  const f = s.figures
    .filter((x) => x.kind === "count" && x.value >= 10 && x.unit && x.unit !== "other" && x.unit !== "count")
    .sort((a, b) => b.value - a.value)[0];
  return f ? `count:${f.unit}` : undefined;
}

/**
 * "the proposed 60-day ceasefire deal", "an agreed timetable": a participle used as an adjective names
 * a term without anyone putting it forward in this sentence.
 */
function withoutAttributive(text: string): string {
  if (!mayHaveAttributive(text)) return text;
  return text.replace(
    /(?<!\w)(?:the|a|an|its|their|his|her|this|that|any)\s+(?:(?:\p{L}+ly|new|latest|earlier|original)\s+)?(?:proposed|offered|demanded|agreed|rejected|planned|suggested)\b/giu,
    " ",
  );
}

/** Every attributive participle is one of these words; most sentences have none. */
const mayHaveAttributive = anyWordTest([
  "proposed",
  "offered",
  "demanded",
  "agreed",
  "rejected",
  "planned",
  "suggested",
]);

/** A verb by which a sentence itself puts a term forward, asks for it or records it as agreed. */
const STATES_TERM =
  /\b(propos(ed|es|ing)|offer(ed|s|ing)|demanded|insist(ed|s)|agreed|agree to|entails?|in (return|exchange) for|call(ed|s) for|would (include|see|require)|signed)\b/i;

/** The side a sentence names as a proposal's owner: "a U.S. proposal", "Russia's plan". */
function nominalProposer(s: Sent): string | undefined {
  for (const m of s.text.matchAll(NOMINAL_PROPOSAL)) {
    const party = NAME_INDEX.get((m[1] ?? "").trim())?.entry.canonical;
    if (party) return party;
  }
  return undefined;
}

/** A sentence's term cues, worked out once: deal sentences and term scores both ask. */
const termCueCache = new WeakMap<Sent, { score: number; ids: string[]; stated: string }>();
function termCues(s: Sent): { score: number; ids: string[]; stated: string } {
  let cues = termCueCache.get(s);
  if (!cues) {
    const stated = withoutAttributive(s.text);
    cues = { ...cueSum(TERM_CUES, stated), stated };
    termCueCache.set(s, cues);
  }
  return cues;
}

/** Cues that make a sentence a term on their own, with no deal verb needed. */
const STRONG_TERM_CUES = new Set([
  "deal-subject",
  "under-deal",
  "part-of-deal",
  "in-return",
  "commitment-noun",
  "asks-amount",
]);

/**
 * The cues that make a sentence a term on their own, tested on every sentence: only these, and only
 * when the sentence has one of the words they all need (most sentences have none), so the full cue
 * table runs on the few sentences that may be terms.
 */
const STRONG_RULES = TERM_CUES.filter((r) => STRONG_TERM_CUES.has(r.id));
const mayHaveStrongCue = anyWordTest([
  ...DEAL_WORDS,
  "plan",
  "terms",
  "demand",
  "sought",
  "seek",
  "propos",
  "asked for",
  "call",
  "want",
  "return",
  "exchange",
  "commitment",
  "pledge",
  "obligation",
]);
const strongCueCache = new WeakMap<Sent, boolean>();
function hasStrongCue(s: Sent): boolean {
  let has = strongCueCache.get(s);
  if (has === undefined) {
    const cached = termCueCache.get(s);
    if (cached) has = cached.ids.some((id) => STRONG_TERM_CUES.has(id));
    else if (!mayHaveStrongCue(s.text)) has = false;
    else {
      const stated = withoutAttributive(s.text);
      has = STRONG_RULES.some((r) => r.pattern.test(stated));
    }
    strongCueCache.set(s, has);
  }
  return has;
}
const MODAL_RULE = TERM_CUES.find((r) => r.id === "modal-term");

/** "would have had the potential to …": what would have happened, not a term. */
const COUNTERFACTUAL = /(?<!\w)would have (?:been|had|\p{L}+ed|\p{L}+en)\b/iu;

/** What a side will do, in a story whose deal is made, weighs like a figure. */
const MADE_DEAL_MODAL_BONUS = 0.8;
/** How many of a term's sentences a newcomer is compared with for a shared topic word (bounded work). */
const TOPIC_PEERS = 8;
/** Score a sentence needs to be a term. */
const MIN_TERM_SCORE = 2.6;
/** How many sentences back a continuation may lean on the deal sentence it continues. */
const CONTINUATION_WINDOW = 2;
/** A continuation of the terms just listed counts as much as a stating verb. */
const CONTINUATION_BONUS = 1.8;
/** Figures weigh in per figure, up to three. */
const FIGURE_WEIGHT = 0.8;
const MAX_FIGURES_SCORED = 3;

/** "deal", "agreement" named with a verb that agrees, proposes or records a term. */
function isDealSentence(s: Sent): boolean {
  return (
    DEAL_NOUN.test(s.text) &&
    (DEAL_VERB.test(withoutAttributive(s.text)) || /\b(in the event of|sticking points?)\b/i.test(s.text))
  );
}

/** "a 60-day ceasefire", "a two-week pause": the length of the truce is the term itself. */
const TERM_DURATION = /^[\s-]*(?:cease-?fire|truce|pause|moratorium|period|contract|deal|agreement|extension)\b/i;

/** The figures a term is made of: amounts, rates and durations, not the count of those it covers. */
function termFigures(s: Sent) {
  return s.figures.filter(
    (f) =>
      (f.kind !== "count" || /^(prisoner|hostage|bod|troop|soldier|job)/u.test(f.unit)) &&
      (!isEventDuration(f, s.text, s.start) ||
        TERM_DURATION.test(s.text.slice(f.end - s.start, f.end - s.start + 30))) &&
      !isShareOfPeople(f, s.text, s.start),
  );
}

/** How strongly a sentence states a term of the deal, or undefined when it states none. */
function termScore(
  doc: Doc,
  s: Sent,
  dealSents: Set<number>,
  listItems: Set<number>,
  state: DealState,
): { score: number; continuation: boolean } | undefined {
  const own = dealSents.has(s.gid) || hasStrongCue(s);
  // "Salaries would increase 3% in the second year": a term continuing the deal sentence just before.
  const src = doc.sources[s.src];
  // An item of a list of measures ("Measures include:") continues the deal too.
  let continuation = listItems.has(s.gid);
  if (!own && !continuation && src && !COUNTERFACTUAL.test(s.text)) {
    let afterDeal = false;
    for (let k = 1; k <= CONTINUATION_WINDOW && !afterDeal; k++) {
      const prev = src.sents[s.idx - k];
      if (prev && prev.kind === "content" && dealSents.has(prev.gid)) afterDeal = true;
    }
    continuation = afterDeal && !!MODAL_RULE?.pattern.test(withoutAttributive(s.text));
  }
  if (!own && !continuation) return undefined;
  if (isSideAct(s)) return undefined;
  const cues = termCues(s);
  const stated = cues.stated;
  const proposer = nominalProposer(s);
  const figs = termFigures(s).filter((f) => f.kind !== "percent" || cues.ids.includes("term-quantity"));
  let score = 1 + Math.min(MAX_FIGURES_SCORED, figs.length) * FIGURE_WEIGHT + cues.score;
  if (continuation) score += CONTINUATION_BONUS;
  // Once a deal is made, what a side will do under it is one of its terms ("they would extend the contract").
  if (state !== "open" && cues.ids.includes("modal-term")) score += MADE_DEAL_MODAL_BONUS;
  if (STATES_TERM.test(stated) || /\b(propos(al|es)|offer(ed)?|demand(ed|s)?|wants)\b/i.test(stated)) score += 1.5;
  if (/\b(cease-?fire|truce|exchange|swap|release|deal|agreement|zone|dialogue|round)\b/i.test(s.text)) score += 0.8;
  if (/\bin the event of\b/i.test(s.text)) score += 0.8;
  // "One of the key questions is still …", "the prospects for a deal remain unclear": a sentence
  // whose cue is uncertainty is an open question, not a term on the table, unless it states one.
  if (uncertaintyOf(s) >= 4 && !STATES_TERM.test(stated) && !proposer && !cues.ids.includes("deal-subject"))
    return undefined;
  // "a U.S. proposal to turn …": a named side's proposal is a term on the table.
  if (proposer) score += 1.5;
  score += cueSum(NOT_TERM_CUES, s.text).score;
  // The deal being reached is the event; a term needs content: a stating cue, a figure, "agreed to …".
  if (DEAL_EVENT.test(s.text) && !hasTermContent(s, cues.ids, figs.length)) score -= EVENT_ONLY_PENALTY;
  // "Key points in the deal include": a lead-in whose list follows is no term by itself.
  if (isLeadIn(s)) return undefined;
  if (uncertaintyOf(s) >= 4 && !/\bcease-?fire|deal\b/i.test(s.text)) score -= 1.5;
  return score >= MIN_TERM_SCORE ? { score, continuation } : undefined;
}

/** How far into the sentence its actor may open it as the subject of its own act. */
const SIDE_ACT_OPENING = 40;
/** Stance-cue kinds of a verb by which a side acts on its own: recalling, accusing, siding with. */
const SIDE_ACT_KINDS = new Set(["accusation", "action", "alignment"]);
/** Characters after the verb that complete its cue ("sided with", "pulled out"). */
const SIDE_ACT_VERB_REACH = 16;

/**
 * "The United States recalled its diplomatic team …", "Iran threatened to block a corridor planned
 * under the deal", "The administration had sided with the union": the side opening the sentence acts
 * on its own. That is its position or an event, not a term of the deal.
 */
export function isSideAct(s: Sent): boolean {
  const { verb, subjectAt } = s.a;
  if (!verb || subjectAt === undefined || subjectAt > SIDE_ACT_OPENING) return false;
  if (/^threat/i.test(verb)) return true;
  const at = s.text.indexOf(verb, subjectAt);
  if (at < 0) return false;
  return cueScore(s.text.slice(at, at + verb.length + SIDE_ACT_VERB_REACH)).kinds.some((k) => SIDE_ACT_KINDS.has(k));
}

/** "Key points in the deal include:", "Measures include:": a lead-in to a list of terms. */
function isLeadIn(s: Sent): boolean {
  const t = s.text.trim().replace(/[.]$/u, "");
  const listWords = /\b(?:measures|points|terms|highlights|provisions|elements|details)\b/i.test(t);
  // "… said in a statement:" leads in a quotation, not a list.
  if (/:\s*$/u.test(t)) return listWords || /\b(?:include|includes|including|following)\s*:\s*$/i.test(t);
  return /\b(?:include|includes|including|are|following)\s*$/i.test(t) && (listWords || DEAL_NOUN.test(t));
}
/** How many sentences after a lead-in may be items of its list. */
const LIST_WINDOW = 8;

/** The sentences that are items of a list of terms: after a lead-in, until a heading or a quotation. */
function listItemsOf(doc: Doc): Set<number> {
  const out = new Set<number>();
  for (const src of doc.sources)
    src.sents.forEach((s, i) => {
      if (s.kind !== "content" || !isLeadIn(s)) return;
      for (const item of src.sents.slice(i + 1, i + 1 + LIST_WINDOW)) {
        if (item.kind !== "content" || /\b(?:said|says|told)\b|^[“"‘]/u.test(item.text)) break;
        out.add(item.gid);
      }
    });
  return out;
}

/** How much less a sentence that only reports the deal being made counts as a term. */
const EVENT_ONLY_PENALTY = 2;

function hasTermContent(s: Sent, cueIds: string[], figureCount: number): boolean {
  if (figureCount > 0 || AGREED_CONTENT.test(s.text)) return true;
  if (!cueIds.some((id) => id !== "term-quantity" && id !== "modal-term" && STRONG_TERM_CUES.has(id))) return false;
  // A strong cue counts only outside the deal's purpose and what is asked about it.
  const rest = withoutAttributive(s.text).replace(DEAL_EVENT_ASIDE, " ");
  return cueSum(STRONG_RULES, rest).ids.length > 0;
}

/** The verbs by which the sentence's actor is itself a party to the agreement. */
const AGREEING_VERB =
  /^(agree\w*|sign\w*|ratif\w*|approv\w*|adopt\w*|accept\w*|reach\w*|struck|strike|seal\w*|clinch\w*)$/u;
/** How far before its verb a side may be named as the one demanding or proposing. */
const SUBJECT_REACH = 90;

/**
 * "The union, representing 33,000 machinists, had demanded …": the side named last before the
 * status verb, in the same clause, is the one that demands or proposes — whoever else the sentence
 * is attributed to.
 */
function verbSubject(doc: Doc, s: Sent, status: DealTermStatus): string | undefined {
  const m = STATUS_CUES.find((c) => c.status === status)?.pattern.exec(s.text);
  if (!m) return undefined;
  const reach = Math.max(0, m.index - SUBJECT_REACH);
  // The clause of the verb: after the last "but", "while", "after", "because" or ";" before it.
  const cut = [...s.text.slice(reach, m.index).matchAll(/;|\b(?:but|while|after|because)\b/gi)].pop();
  const start = reach + (cut ? (cut.index ?? 0) + cut[0].length : 0);
  const before = doc.resolver
    .mentions(s.text, 0)
    .filter((x) => !x.asPlace && x.kind !== "person" && x.start >= start && x.end <= m.index);
  return before[before.length - 1]?.party;
}

/** How many kept terms a term named in quotation marks is looked up in (bounded work). */
const NAMED_LOOKUP = 40;
/** "a provision for “ground pay”": the kept term whose sentence uses the same name, quoted or not. */
function namedIn(merged: Merged[], keys: string[]): Merged | undefined {
  const names = keys.filter((k) => k.startsWith("named:")).map((k) => k.slice("named:".length));
  if (names.length === 0) return undefined;
  return merged.slice(0, NAMED_LOOKUP).find((h) => names.some((n) => h.best.sent.text.toLowerCase().includes(n)));
}

export function buildDealTerms(ctx: SectionContext): DealTerm[] {
  const { doc } = ctx;
  const cands: Candidate[] = [];
  const sents = contentSents(doc);
  // Deal sentences: deal vocabulary with a deal verb, or a strong term cue ("a key component of the agreement").
  const state = storyDealState(doc);
  const listItems = listItemsOf(doc);
  const dealSents = new Set(sents.filter((s) => isDealSentence(s) || hasStrongCue(s)).map((s) => s.gid));
  for (const s of sents) {
    const t = termScore(doc, s, dealSents, listItems, state);
    if (!t) continue;
    cands.push({ sent: s, score: t.score, key: "deal", withPrev: needsPrev(doc, s) });
  }
  // One exchange, counted differently by different outlets ("314 prisoners" / "157 prisoners each"),
  // is one term: the counts themselves are left to the discrepancies section. One amount or rate
  // reported by several outlets ("a 38% raise", "raises totalling 38%") is one term too.
  const merged: Merged[] = [];
  const byCounted = new Map<string, Merged>();
  for (const m of mergeCandidates(cands, 0.3).sort((a, b) => b.score - a.score || a.best.sent.gid - b.best.sent.gid)) {
    const counted = countedExchange(m.best.sent);
    const keys = termKeys(m.best.sent.text, termFigures(m.best.sent));
    const host =
      (counted ? byCounted.get(counted) : undefined) ??
      keys
        .map((k) => byCounted.get(k))
        .find((h) => h && h.cands.slice(0, TOPIC_PEERS).some((c) => shareTopic(c.sent.stems, m.best.sent.stems))) ??
      namedIn(merged, keys);
    if (host) {
      for (const c of m.cands) {
        host.cands.push(c);
        if (!host.sources.includes(c.sent.src)) host.sources.push(c.sent.src);
      }
      continue;
    }
    for (const k of counted ? [counted, ...keys] : keys) if (!byCounted.has(k)) byCounted.set(k, m);
    merged.push(m);
  }
  const top = pickTop(merged, limitFor(doc, 1.8, 4, 10));
  const out: DealTerm[] = [];
  const stated = (ctx.termFigures ??= new Set<string>());
  for (const m of top) {
    const s = m.best.sent;
    const figures = figureLabels(m.cands.flatMap((c) => termFigures(c.sent))).slice(0, 6);
    const { status, tentative } = termStatus(s, state);
    // Who proposed the term: a side named as its owner ("a U.S. proposal"), else the actor when the
    // actor puts it forward or asks for it. A rejected term was never proposed by the side rejecting it,
    // so without a named owner it has no proposer.
    // The actor puts the term forward: its own verb, or the verb of the clause reported about it
    // ("Zelenskyy said the U.S. again proposed …"); "the proposed deal" is not anyone's proposal.
    const putsForward =
      (/^(propos\w*|offer\w*|demand\w*|insist\w*|want\w*|wanted|seek\w*|sought|call\w*|urg\w*|present\w*|suggest\w*|press\w*|desire\w*)$/u.test(
        s.a.verb ?? "",
      ) &&
        !new RegExp(`\\b(the|a|an)\\s+${s.a.verb ?? ""}\\b`, "iu").test(s.text)) ||
      /(?<!\b(?:the|a|an|previously|initially)\s)\b(propos(ed|es|ing)|offer(ed|s|ing)|demand(ed|s|ing)|insist(ed|s)|wants?|wanted|present(ed|s)|suggest(ed|s)|call(ed|s) for|press(ed|es|ing)|desires?)\b/u.test(
        s.text,
      );
    const proposedBy =
      nominalProposer(s) ??
      (status !== "rejected" && putsForward ? (verbSubject(doc, s, status) ?? s.a.actor) : undefined);
    // "no common ground was reached on X and expressed skepticism about a U.S. proposal to …": led by
    // its proposer, the term is the proposal clause itself, in the source's words.
    // "The alliance also said its offer tripled …": the attribution stays when a pronoun would open the term.
    const stripped = coreOf(s);
    const full = withoutMarkup(
      PRONOUN_OPENING.test(stripped) && !PRONOUN_OPENING.test(s.text) ? squash(s.text) : stripped,
    ).replace(/[.]+$/u, "");
    NOMINAL_PROPOSAL.lastIndex = 0;
    const named = nominalProposer(s) ? NOMINAL_PROPOSAL.exec(full) : null;
    NOMINAL_PROPOSAL.lastIndex = 0;
    const core = clipWords(named && named.index > 0 ? full.slice(named.index) : full, 32);
    // The lead names the parties that agreed, or the proposer; never the side rejecting a term.
    // An agreed term names the sides only when they are the ones agreeing in the sentence.
    const agreeing = status === "agreed" && AGREEING_VERB.test(s.a.verb ?? "") ? s.a.actor : undefined;
    const who = status === "agreed" ? (proposedBy ?? agreeing) : proposedBy;
    const label = tentative ? "Tentatively agreed" : capitalize(status);
    const lead = who ? `${label} (${who}): ` : `${label}: `;
    out.push({
      text: `${lead}${core}`,
      figures,
      ...(proposedBy ? { proposedBy } : {}),
      // The desk and the reader show "tentative" as its own status (agreed in principle, not ratified).
      status: tentative ? "tentative" : status,
      citations: citationsOf(doc, m),
      corroboration: m.sources.length,
    });
    for (const c of m.cands) ctx.used.add(c.sent.gid);
    for (const c of m.cands) for (const f of termFigures(c.sent)) stated.add(figureKey(f));
  }
  return out;
}

// ---------------------------------------------------------------- key figures
