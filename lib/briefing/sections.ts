// Stages 5–8: positions, deal terms, key figures and open questions. Each stage scores
// sentences by general cues, merges the same statement across sources and keeps the strongest.

import { figureLabels, type Figure } from "./figures";
import {
  attributed,
  citationsOf,
  clipClean,
  coreOf,
  corroboration,
  mergeCandidates,
  needsPrev,
  pickTop,
  type Candidate,
  type Merged,
} from "./items";
import { NAME_INDEX } from "./gazetteer";
import {
  ACTION_VERBS,
  AUX,
  DEAL_NOUN,
  DEAL_VERB,
  FRAME_WORDS,
  POSITION_CUE,
  REGION_PARTS,
  REPORTING,
  STANCE,
  TOPIC_CLASSES,
  UNCERTAINTY,
  UNCERTAINTY_WORDS,
} from "./lexicon";
import type { Doc, Sent } from "./pipeline";
import { anyWordTest, capitalize, clipWords, squash, stem, tokenize } from "./text";
import type { DealTerm, DealTermStatus, KeyFigure, OpenQuestion, Position } from "./types";

export interface SectionContext {
  doc: Doc;
  /** How central each sentence is to what the sources share (0..1), by source-frequency of its stems. */
  centrality?: Map<number, number>;
  nearCopyOf: Map<number, number>;
  /** Sentences already used by an earlier section that should not repeat elsewhere. */
  used: Set<number>;
}

/** Centroid-style centrality: the share of sources that also use a sentence's words. */
export function computeCentrality(doc: Doc): Map<number, number> {
  const df = new Map<string, number>();
  for (const src of doc.sources) {
    const seen = new Set<string>();
    for (const s of src.sents) for (const st of s.stems) seen.add(st);
    for (const st of seen) df.set(st, (df.get(st) ?? 0) + 1);
  }
  const n = Math.max(1, doc.sources.length);
  const out = new Map<number, number>();
  for (const s of doc.sents) {
    if (s.stems.size === 0 || n < 2) {
      out.set(s.gid, 0.5);
      continue;
    }
    let sum = 0;
    for (const st of s.stems) sum += ((df.get(st) ?? 1) - 1) / (n - 1);
    out.set(s.gid, sum / s.stems.size);
  }
  return out;
}

function central(ctx: SectionContext, s: Sent): number {
  return ctx.centrality?.get(s.gid) ?? 0.5;
}

function contentSents(doc: Doc): Sent[] {
  return doc.sents.filter((s) => s.kind === "content" && s.text.length >= 20);
}

export function cueScore(text: string): { score: number; kinds: string[] } {
  let best = 0;
  let extra = 0;
  const kinds: string[] = [];
  for (const [rx, w, kind] of POSITION_CUE) {
    if (!rx.test(text)) continue;
    kinds.push(kind);
    if (w > best) {
      extra += best * 0.25;
      best = w;
    } else extra += w * 0.25;
  }
  return { score: best + Math.min(extra, 1.5), kinds };
}

const mayBeUncertain = anyWordTest(UNCERTAINTY_WORDS);

export function uncertaintyScore(text: string): number {
  // Most sentences carry no uncertainty cue at all.
  if (!mayBeUncertain(text)) return 0;
  let score = 0;
  for (const [rx, w] of UNCERTAINTY) if (rx.test(text)) score = Math.max(score, w) + (score > 0 ? 0.5 : 0);
  // "likely in …" about a future meeting is an open detail, not a hedge.
  if (/\blikely\b/iu.test(text) && /\b(would|will) be held|next (round|meeting|week)|holding\b/iu.test(text))
    score += 2;
  return score;
}

/** A sentence's uncertainty score, worked out once: positions, deal terms and open questions all ask. */
const uncertaintyCache = new WeakMap<Sent, number>();
function uncertaintyOf(s: Sent): number {
  let score = uncertaintyCache.get(s);
  if (score === undefined) {
    score = uncertaintyScore(s.text);
    uncertaintyCache.set(s, score);
  }
  return score;
}

function limitFor(doc: Doc, perSource: number, min: number, max: number): number {
  return Math.max(min, Math.min(max, Math.round(doc.sources.length * perSource)));
}

// ---------------------------------------------------------------- positions

const NOMINAL_PROPOSAL =
  /\b(?:a|an|the)\s+((?:\p{Lu}[\p{L}.]*)(?:\s\p{Lu}[\p{L}.]*)*?)(?:['’]s)?\s+(?:proposal|plan|offer|initiative|demand|suggestion|ultimatum)\b/gu;

/** How strongly the verb commits its subject: stance verbs over plain reporting verbs over hearsay. */
const STRONG_VERB =
  /^(demand\w*|insist\w*|reject\w*|refus\w*|rul\w*|warn\w*|accus\w*|propos\w*|urg\w*|vow\w*|pledg\w*|threat\w*|want\w*|press\w*|offer\w*|condemn\w*|dismiss\w*|denie\w*|call\w*|seek\w*|sought)$/u;
const PLAIN_VERB =
  /^(said|says|told|wrote|added|stated|posted|announced|confirmed|reiterated|stressed|maintained|expressed|described|argued|noted)$/u;

function verbStrength(s: Sent): number {
  const v = s.a.verb ?? "";
  if (STRONG_VERB.test(v)) return 1;
  if (PLAIN_VERB.test(v)) return 0.6;
  if (v === "according to" || v === "reported-clause" || v === "by-agent") return 0.4;
  return v ? 0.3 : 0;
}

/** Topic keys of a sentence: content stems, with restating words folded into one class each. */
const TOPIC_WORD = new RegExp(
  `\\b(?:${TOPIC_CLASSES.map(([rx]) => rx.source.replace(/^\^\(|\)\$$/gu, "")).join("|")})\\b`,
  "giu",
);
function topicKeys(s: Sent, regionOf: Map<string, string>, classOf: (word: string) => string | undefined): Set<string> {
  const out = new Set<string>();
  for (const st of s.stems) out.add(regionOf.get(st) ?? st);
  for (const m of s.text.matchAll(TOPIC_WORD)) {
    const w = m[0].toLowerCase();
    const cls = classOf(w);
    if (!cls) continue;
    out.delete(stem(w));
    out.add(cls);
  }
  return out;
}

/** Parts the sources themselves link to a region ("Donbas region, comprised of Donetsk and Luhansk"). */
function regionLinks(doc: Doc): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of doc.sents) {
    if (!/\b(region|province|area|district|state|oblast)\b/u.test(s.text)) continue;
    for (const m of s.text.matchAll(REGION_PARTS)) {
      const region = stem(m[1] ?? "");
      for (const part of [m[2], m[3]]) if (part) out.set(stem(part), region);
    }
  }
  return out;
}

/** Topic keys that discriminate inside this story (not in most sentences). */
function distinctiveStems(doc: Doc): (s: Sent) => Set<string> {
  const df = new Map<string, number>();
  const content = contentSents(doc);
  const regionOf = regionLinks(doc);
  // The same few restating words recur in every sentence: look each one's class up once.
  const classes = new Map<string, string | undefined>();
  const classOf = (w: string) => {
    if (!classes.has(w)) classes.set(w, TOPIC_CLASSES.find(([rx]) => rx.test(w))?.[1]);
    return classes.get(w);
  };
  const keys = new Map<number, Set<string>>();
  for (const s of content) {
    const k = topicKeys(s, regionOf, classOf);
    keys.set(s.gid, k);
    for (const st of k) df.set(st, (df.get(st) ?? 0) + 1);
  }
  const cap = Math.max(4, content.length * 0.08);
  const cache = new Map<number, Set<string>>();
  return (s) => {
    let out = cache.get(s.gid);
    if (!out) {
      const k = keys.get(s.gid) ?? topicKeys(s, regionOf, classOf);
      // Restating classes ("productive", "deadline", "withdraw") count whatever their frequency.
      out = new Set([...k].filter((st) => (df.get(st) ?? 0) <= cap || (st.startsWith("#") && st !== "#talks")));
      cache.set(s.gid, out);
    }
    return out;
  };
}

/** "Kyiv has firmly rejected this condition", "Kyiv rejected such terms": the object is named in the sentence before. */
const POINTS_BACK =
  /\b(this|that|such|these|those) (condition|terms?|demand|proposal|plan|idea|offer|report|claim)s?\b/iu;

function pointsBack(doc: Doc, s: Sent): Sent | undefined {
  const prev = doc.sources[s.src]?.sents[s.idx - 1];
  return prev && prev.para === s.para && prev.kind === "content" && POINTS_BACK.test(s.text) ? prev : undefined;
}

/**
 * What a statement claims apart from who says it and how: its keys without the names of its own side
 * and of people, reporting and stance verbs, titles and the frame ("told reporters on Wednesday").
 * Statements of one side that share only these claim different things ("Dmitriev said there was
 * progress" / "a proposal named after envoy Kirill Dmitriev"; "the Kremlin said it would agree to
 * talks only if …" / "Putin had agreed to halt strikes, something the Kremlin confirmed").
 */
function claimKeys(doc: Doc, keysOf: (s: Sent) => Set<string>): (s: Sent, side: string) => Set<string> {
  const cache = new Map<string, Set<string>>();
  const frame = (s: Sent, side: string) => {
    const out = new Set<string>();
    for (const m of doc.resolver.mentions(s.text, s.start)) {
      if (m.kind !== "person" && (m.asPlace || !side.includes(m.party))) continue;
      for (const t of tokenize(m.text)) out.add(stem(t.lower));
    }
    for (const t of tokenize(s.text)) {
      const w = t.lower;
      if (FRAME_WORDS.has(w) || AUX.has(w) || REPORTING.has(w) || (STANCE.has(w) && !ACTION_VERBS.has(w)))
        out.add(stem(w));
    }
    return out;
  };
  const own = (s: Sent, side: string) => {
    const drop = frame(s, side);
    return [...keysOf(s)].filter((x) => !drop.has(x));
  };
  return (s, side) => {
    const key = `${s.gid}|${side}`;
    let out = cache.get(key);
    if (!out) {
      out = new Set(own(s, side));
      const prev = pointsBack(doc, s);
      if (prev) for (const x of own(prev, side)) out.add(x);
      cache.set(key, out);
    }
    return out;
  };
}

/** A verdict is on the talks when the sentence names them ("called the talks productive"). */
const TALKS_WORD = /\b(talks|negotiations?|discussions?|meetings?|dialogue|round)\b/iu;

/** Salience of one attributed statement, from general properties of news copy. */
export function positionScore(ctx: SectionContext, s: Sent): number {
  const { score, kinds } = cueScore(s.text);
  if (kinds.length === 0 || (kinds.length === 1 && kinds[0] === "topic")) return 0;
  let total = score + verbStrength(s) + (s.a.quoted ? 0.3 : 0) + (s.a.speakerName ? 0.3 : 0);
  // Pure background about a party ("X has been engaged in efforts …") has no stance verb.
  if (!s.a.verb && !s.a.quoted) total -= 1;
  // "… had been rejected by Arab mediators": the narrator's account of the side, not its own words.
  if (s.a.verb === "by-agent") total -= 2;
  if (uncertaintyOf(s) >= 4) total -= 0.4;
  // A fragment leaning on the previous sentence ("And they want …") is weak on its own.
  if (/^["“‘']?(and|but|or|so|they|it|this|that)\b/iu.test(s.text)) total -= 1;
  // Background: past years and history are context, not today's positions.
  if (/\b(in (19|20)\d\d|last year|since (19|20)\d\d|in the past|has long|for years|previously)\b/iu.test(s.text))
    total -= 0.6;
  // "Kyiv has firmly rejected this condition": a short statement about something named elsewhere.
  if (
    s.stems.size < 8 &&
    /\b(this|that|such|these|those) (condition|terms?|demand|proposal|plan|idea|offer|report|claim)s?\b/iu.test(s.text)
  )
    total -= 1.2;
  // Very short sentences make weak items.
  if (s.stems.size < 5) total -= 0.8;
  // Early in the article = what the outlet leads with.
  if (s.idx <= 4) total += 0.5;
  else if (s.idx <= 10) total += 0.25;
  // The statement is about the story's shared subject matter.
  total += 2.5 * central(ctx, s);
  return total;
}

export function buildPositions(ctx: SectionContext): { items: Position[]; merged: Merged[] } {
  const { doc } = ctx;
  const cands: Candidate[] = [];
  for (const s of contentSents(doc)) {
    const actor = s.a.actor;
    if (!actor) continue;
    const total = positionScore(ctx, s);
    if (total < 2.4 + 2.5 * central(ctx, s) * 0.4) continue;
    cands.push({ sent: s, score: total, key: actor, ...(pointsBack(doc, s) ? { withPrev: true } : {}) });
  }
  // "a U.S. proposal to turn the region into a free economic zone": the proposal is that side's position.
  for (const s of contentSents(doc)) {
    for (const m of s.text.matchAll(NOMINAL_PROPOSAL)) {
      const e = NAME_INDEX.get((m[1] ?? "").trim());
      const party = e?.entry.canonical;
      if (!party || party === s.a.actor) continue;
      // A named side's concrete proposal is that side's position as much as its own statement would be.
      // Worded as the proposal itself, with who reported it: "United States proposes to turn …".
      const rest = clipClean(
        s.text.slice((m.index ?? 0) + m[0].length).replace(/^\s*(to|that|for|of)\b/u, "$1"),
        26,
      ).replace(/[.]+$/u, "");
      const by = s.a.speakerName ?? s.a.speaker;
      const verb = /(demand|ultimatum)$/u.test(m[0]) ? "demands" : "proposes";
      const text =
        rest.split(" ").length >= 3 ? `${party} ${verb} ${rest}${by ? ` (according to ${by})` : ""}` : undefined;
      cands.push({ sent: s, score: 4.5 + 2.5 * central(ctx, s), key: party, text });
    }
  }
  const merged = mergeCandidates(cands);
  const limit = Math.max(6, Math.min(15, Math.round(doc.sources.length * 3)));
  // Every prominent side (named often, a mediator group, or the side of a named spokesperson)
  // is heard at least once; no side takes more than ~40 % of the section.
  const voted = new Set<string>();
  for (const p of doc.resolver.persons.values()) for (const k of p.votes.keys()) voted.add(k);
  // A main side says several things the section could carry (its statement mass is a real share).
  const mass = new Map<string, number>();
  for (const m of merged) mass.set(m.best.key, (mass.get(m.best.key) ?? 0) + m.score);
  const maxMass = Math.max(0, ...mass.values());
  // Organisations the story itself names (unions, parties, courts) are main sides when named twice.
  const orgNames = new Set(doc.resolver.orgs.surface.values());
  // …and so are people who speak for themselves, named more than once.
  for (const p of doc.resolver.persons.values())
    if (p.votes.size === 0 && doc.resolver.personParty(p.key) === p.display) orgNames.add(p.display);
  const prominent = (actor: string) =>
    actor === doc.resolver.mediators?.name ||
    ((mass.get(actor) ?? 0) >= 0.15 * maxMass &&
      ((doc.resolver.partyCounts.get(actor) ?? 0) >= 3 ||
        voted.has(actor) ||
        (orgNames.has(actor) &&
          ((doc.resolver.partyCounts.get(actor) ?? 0) >= 2 || !doc.resolver.orgs.surface.has(actor)))));
  const cap = Math.max(2, Math.ceil(limit * 0.4));
  // Restatements of one position by the same side (sharing most of their distinctive words) merge.
  const distinct = distinctiveStems(doc);
  // …and what they share must be the claim itself, not the side's names, the speaker or the verb.
  const claim = claimKeys(doc, distinct);
  const claimStems = claimKeys(doc, (s) => s.stems);
  // A kept item stands for everything merged into it: a restatement may share words with any of them.
  const groupCache = new Map<Merged, { n: number; keys: Set<string> }>();
  const groupKeys = (m: Merged) => {
    const hit = groupCache.get(m);
    if (hit && hit.n === m.cands.length) return hit.keys;
    const out = new Set<string>();
    for (const c of m.cands) for (const x of claim(c.sent, c.key)) out.add(x);
    groupCache.set(m, { n: m.cands.length, keys: out });
    return out;
  };
  const assessment = (keys: Set<string>) => (keys.has("#assess+") ? "+" : keys.has("#assess-") ? "-" : "");
  const sameTopic = (a: Merged, b: Merged) => {
    const da = groupKeys(a);
    const db = claim(b.best.sent, b.best.key);
    let shared = 0;
    let classShared = 0;
    for (const x of db)
      if (da.has(x)) {
        shared++;
        if (x.startsWith("#")) classShared++;
      }
    // Two verdicts of one side on the talks ("productive", "constructive") are one point.
    const va = assessment(distinct(a.best.sent));
    if (va && va === assessment(db) && TALKS_WORD.test(b.best.sent.text)) return true;
    return (
      shared >= 2 &&
      shared / Math.max(1, Math.min(claim(a.best.sent, a.best.key).size, db.size)) >= (classShared > 0 ? 0.22 : 0.3)
    );
  };
  const closeness = (a: Merged, b: Merged) => {
    const ga = groupKeys(a);
    let n = 0;
    for (const x of claim(b.best.sent, b.best.key)) if (ga.has(x)) n++;
    return n;
  };
  // A near-verbatim restatement: most of the shorter statement's own words recur in the item's.
  const restates = (a: Merged, b: Merged) => {
    const sa = claimStems(a.best.sent, a.best.key);
    const sb = claimStems(b.best.sent, b.best.key);
    let shared = 0;
    for (const x of sb) if (sa.has(x)) shared++;
    return shared >= 2 && shared / Math.max(1, Math.min(sa.size, sb.size)) >= 0.5;
  };
  const sorted = [...merged].sort((a, b) => b.score - a.score || a.best.sent.gid - b.best.sent.gid);
  const kept: Merged[] = [];
  const count = new Map<string, number>();
  const take = (m: Merged) => {
    // The kept item it restates most closely, when several qualify.
    const twin = kept
      .filter((o) => o.best.key === m.best.key && (sameTopic(o, m) || restates(o, m)))
      .sort((a, b) => closeness(b, m) - closeness(a, m))[0];
    if (twin) {
      for (const c of m.cands)
        if (!twin.sources.includes(c.sent.src)) {
          twin.cands.push(c);
          twin.sources.push(c.sent.src);
        }
      return true;
    }
    return false;
  };
  // Round 1: the best statement of each prominent side, strongest side first.
  for (const m of sorted) {
    if (!prominent(m.best.key) || count.has(m.best.key) || kept.length >= limit) continue;
    if (take(m)) continue;
    kept.push({ ...m, cands: [...m.cands], sources: [...m.sources] });
    count.set(m.best.key, 1);
  }
  // Round 1b: how each main side judged the talks or events ("productive", "no progress") is a point
  // of its own, even when that side's other statements score higher.
  const floor = 3.6;
  for (const side of [...count.keys()]) {
    if (kept.some((k) => k.best.key === side && assessment(groupKeys(k)))) continue;
    const best = sorted.find(
      (m) =>
        m.best.key === side &&
        m.score >= floor &&
        assessment(distinct(m.best.sent)) &&
        !kept.some((k) => k.best === m.best),
    );
    if (!best || kept.length >= limit || take(best)) continue;
    kept.push({ ...best, cands: [...best.cands], sources: [...best.sources] });
    count.set(side, (count.get(side) ?? 0) + 1);
  }
  // Round 2: the rest by score, within each side's cap; weak statements are left out.
  for (const m of sorted) {
    if (kept.some((k) => k.best === m.best)) continue;
    if (take(m)) continue;
    if (kept.length >= limit || m.score < floor) continue;
    const n = count.get(m.best.key) ?? 0;
    if (n >= (prominent(m.best.key) ? cap : 1) || (!prominent(m.best.key) && m.score < floor + 2)) continue;
    count.set(m.best.key, n + 1);
    kept.push({ ...m, cands: [...m.cands], sources: [...m.sources] });
  }
  const top = kept.sort((a, b) => b.score - a.score || a.best.sent.gid - b.best.sent.gid);
  const items = top.map((m) => ({
    actor: m.best.key,
    text: m.best.text ?? attributed(m.best.key, m.best.sent),
    citations: citationsOf(doc, m),
    corroboration: corroboration(doc, m, ctx.nearCopyOf),
  }));
  for (const m of top) for (const c of m.cands) ctx.used.add(c.sent.gid);
  return { items, merged: top };
}

// ---------------------------------------------------------------- deal terms

function dealStatus(text: string): DealTermStatus {
  if (/\b(reject(ed|s)?|refus(ed|es)|turned down|ruled out|dismissed)\b/iu.test(text)) return "rejected";
  if (/\b(demand(ed|s)?|insist(ed|s)?|wants?|must|as a condition|requires?)\b/iu.test(text)) return "demanded";
  if (/\b(agreed|agreement was reached|signed|took place|have exchanged|exchanged|concluded|confirmed)\b/iu.test(text))
    return "agreed";
  return "proposed";
}

/** "exchange of 314 prisoners", "hand over 157 prisoners": the counted thing an exchange is about. */
function countedExchange(s: Sent): string | undefined {
  if (!/\b(exchang\w*|swap\w*|releas\w*|hand(ed|ing)? over|free[sd]?|return\w*)\b/iu.test(s.text)) return undefined;
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
  return text.replace(
    /\b(?:the|a|an|its|their|his|her|this|that|any)\s+(?:(?:\p{L}+ly|new|latest|earlier|original)\s+)?(?:proposed|offered|demanded|agreed|rejected|planned|suggested)\b/giu,
    " ",
  );
}

/** A verb by which a sentence itself puts a term forward, asks for it or records it as agreed. */
const STATES_TERM =
  /\b(propos(ed|es|ing)|offer(ed|s|ing)|demanded|insist(ed|s)|agreed|agree to|entails?|in (return|exchange) for|call(ed|s) for|would (include|see|require)|signed)\b/iu;

/** The side a sentence names as a proposal's owner: "a U.S. proposal", "Russia's plan". */
function nominalProposer(s: Sent): string | undefined {
  for (const m of s.text.matchAll(NOMINAL_PROPOSAL)) {
    const party = NAME_INDEX.get((m[1] ?? "").trim())?.entry.canonical;
    if (party) return party;
  }
  return undefined;
}

export function buildDealTerms(ctx: SectionContext): DealTerm[] {
  const { doc } = ctx;
  const cands: Candidate[] = [];
  const sents = contentSents(doc);
  const isDeal = (s: Sent) =>
    DEAL_NOUN.test(s.text) &&
    (DEAL_VERB.test(withoutAttributive(s.text)) || /\b(in the event of|sticking points?)\b/iu.test(s.text));
  for (const s of sents) {
    const ownDeal = isDeal(s);
    let deal = ownDeal;
    let withPrev = false;
    // "Humanitarian assistance would also be increased": a conditional continuing a deal sentence.
    const prev = doc.sources[s.src]?.sents[s.idx - 1];
    if (
      !deal &&
      prev &&
      prev.para === s.para &&
      /\bwould\b/iu.test(s.text) &&
      !/\bsaid\b/u.test(s.text) &&
      isDeal(prev)
    ) {
      deal = true;
      withPrev = false;
    }
    if (!deal) continue;
    const figs = s.figures.filter((f) => f.kind !== "percent");
    let score = 1 + Math.min(3, figs.length) * 0.8;
    if (!ownDeal) score += 1.8; // continuation of the terms just listed
    const stated = withoutAttributive(s.text);
    if (
      /\b(agreed|agree to|proposed|propos(al|es)|offer(ed)?|entails?|in (return|exchange) for|demand(ed|s)?|wants)\b/iu.test(
        stated,
      )
    )
      score += 1.5;
    if (/\b(cease-?fire|truce|exchange|swap|release|deal|agreement|zone|dialogue|round)\b/iu.test(s.text)) score += 0.8;
    if (/\bin the event of\b/iu.test(s.text)) score += 0.8;
    // "One of the key questions is still …", "the prospects for a deal remain unclear": a sentence
    // whose cue is uncertainty is an open question, not a term on the table, unless it states one.
    if (uncertaintyOf(s) >= 4 && !STATES_TERM.test(stated) && !nominalProposer(s)) continue;
    // "a U.S. proposal to turn …": a named side's proposal is a term on the table.
    if (nominalProposer(s)) score += 1.5;
    // Past events and background ("Earlier ceasefire agreements have been short-lived") are not terms.
    if (/\b(earlier|previous|last year|short-lived|have proved|had been)\b/iu.test(s.text)) score -= 1.5;
    if (uncertaintyOf(s) >= 4 && !/\bcease-?fire|deal\b/iu.test(s.text)) score -= 1.5;
    if (score < 2.6) continue;
    cands.push({ sent: s, score, key: "deal", withPrev: withPrev || needsPrev(doc, s) });
  }
  // One exchange, counted differently by different outlets ("314 prisoners" / "157 prisoners each"),
  // is one term: the counts themselves are left to the discrepancies section.
  const merged: Merged[] = [];
  const byCounted = new Map<string, Merged>();
  for (const m of mergeCandidates(cands, 0.3).sort((a, b) => b.score - a.score || a.best.sent.gid - b.best.sent.gid)) {
    const k = countedExchange(m.best.sent);
    const host = k ? byCounted.get(k) : undefined;
    if (host) {
      for (const c of m.cands) {
        host.cands.push(c);
        if (!host.sources.includes(c.sent.src)) host.sources.push(c.sent.src);
      }
      continue;
    }
    if (k) byCounted.set(k, m);
    merged.push(m);
  }
  const top = pickTop(merged, limitFor(doc, 1.8, 4, 10));
  const out: DealTerm[] = [];
  for (const m of top) {
    const s = m.best.sent;
    const figures = figureLabels(m.cands.flatMap((c) => c.sent.figures)).slice(0, 6);
    const status = dealStatus(s.text);
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
    const proposedBy = nominalProposer(s) ?? (status !== "rejected" && putsForward ? s.a.actor : undefined);
    // "no common ground was reached on X and expressed skepticism about a U.S. proposal to …": led by
    // its proposer, the term is the proposal clause itself, in the source's words.
    const full = coreOf(s).replace(/[.]+$/u, "");
    NOMINAL_PROPOSAL.lastIndex = 0;
    const named = nominalProposer(s) ? NOMINAL_PROPOSAL.exec(full) : null;
    NOMINAL_PROPOSAL.lastIndex = 0;
    const core = clipWords(named && named.index > 0 ? full.slice(named.index) : full, 32);
    // The lead names the parties that agreed, or the proposer; never the side rejecting a term.
    const who = status === "agreed" ? (proposedBy ?? s.a.actor) : proposedBy;
    const lead = who ? `${capitalize(status)} (${who}): ` : `${capitalize(status)}: `;
    out.push({
      text: `${lead}${core}`,
      figures,
      ...(proposedBy ? { proposedBy } : {}),
      status,
      citations: citationsOf(doc, m),
      corroboration: m.sources.length,
    });
    for (const c of m.cands) ctx.used.add(c.sent.gid);
  }
  return out;
}

// ---------------------------------------------------------------- key figures

const UNIT_WEIGHT: Array<[RegExp, number]> = [
  [
    /^(killed|dead|death|casualty|casualtie|wounded|injured|fatalit|victim|soldier|civilian|people|palestinian|person)/u,
    3,
  ],
  [/^(hostage|prisoner|captive|detainee|pow|refugee|displaced)/u, 2.6],
  [/^(vote|seat|ballot|voter)/u, 2.6],
  [
    /^(worker|employee|staff|member|job|student|patient|resident|household|home|passenger|customer|user|shareholder|protester|demonstrator|striker|evacuee|migrant|child|children)/u,
    2.4,
  ],
  [/^(drone|missile|rocket|shell|strike|attack|troop|aircraft|tank)/u, 2.2],
  [/^(%|percent)/u, 2.4],
  [/^(km|mile|kilometre|kilometer)/u, 1.6],
  [/^(week|month|year|day|hour)/u, 1.4],
];

function figureWeight(f: Figure, text: string): number {
  if (f.kind === "money") return 2.4;
  if (f.kind === "percent")
    return /\b(territory|vote|turnout|market|shares?|index|inflation|rate|gdp|occup\w*|control)\b/iu.test(text)
      ? 2.8
      : 1.8;
  for (const [rx, w] of UNIT_WEIGHT) if (rx.test(f.unit)) return w;
  if (/\b(killed|dead|died|deaths|casualties|wounded|injured|alive|missing)\b/iu.test(text)) return 2.6;
  return 0.6;
}

export function buildKeyFigures(ctx: SectionContext): KeyFigure[] {
  const { doc } = ctx;
  const cands: Candidate[] = [];
  for (const s of contentSents(doc)) {
    if (s.figures.length === 0 || ctx.used.has(s.gid)) continue;
    let w = Math.max(...s.figures.map((f) => figureWeight(f, s.text)));
    if (/\b(killed|dead|died|casualties|alive|occupies|front line|since|first such)\b/iu.test(s.text)) w += 0.6;
    // Figures inside speculation or long-past background are weaker.
    if (/\b(boasted|would end the war in)\b/iu.test(s.text)) w -= 1.5;
    // "the first such swap in five months", "the largest since 2019": a record gives the figure its news value.
    if (
      /\b(first|largest|biggest|highest|lowest|worst|deadliest)\b[^.;]{0,50}\b(in|since|for)\s+(?:more than |nearly |almost |over )?[\p{L}\d,.]+\s+(days?|weeks?|months?|years?|decades?)\b/iu.test(
        s.text,
      )
    )
      w += 1.6;
    // A distance that measures the conflict or border itself ("the 1,200-km front line").
    if (
      s.figures.some((f) => f.kind === "distance") &&
      /\b(front ?line|frontier|border|coast(line)?|line of contact)\b/iu.test(s.text)
    )
      w += 1.4;
    // Vague amounts ("hundreds of thousands") and tiny counts ("two people") are weak key figures.
    const primaryFig = s.figures[0];
    const amounts = s.figures.filter((f) => f.kind !== "duration");
    if (amounts.length > 0 && amounts.every((f) => /^(dozens|hundreds|thousands)\b/iu.test(f.text))) w -= 1.5;
    else if (primaryFig && s.figures.every((f) => f.kind === "count" && f.value < 10)) w -= 1.2;
    if (w < 1.4) continue;
    void primaryFig;
    const primary = [...s.figures].sort((a, b) => figureWeight(b, s.text) - figureWeight(a, s.text))[0];
    cands.push({ sent: s, score: w, key: primary ? `${primary.unit}` : "fig" });
  }
  // The same count reported by several outlets merges; different counts of one thing stay apart.
  const merged = mergeCandidates(cands, 0.25).map((m) => {
    const values = new Set(m.best.sent.figures.map((f) => f.value));
    const agreeing = m.cands.filter((c) => c === m.best || c.sent.figures.some((f) => values.has(f.value)));
    const sources = [...new Set(agreeing.map((c) => c.sent.src))];
    return { ...m, cands: agreeing, sources, score: m.best.score + 1.2 * (sources.length - 1) };
  });
  const top = pickTop(merged, limitFor(doc, 1.6, 4, 9), 2);
  return top.map((m) => {
    const s = m.best.sent;
    const labels = figureLabel(s).join(", ");
    return {
      text: `${labels}: ${clipClean(figureClause(s), 30)}`,
      citations: citationsOf(doc, m),
      corroboration: m.sources.length,
    };
  });
}

/** Figure labels with their counted noun ("1,200-km front line"); parenthesised conversions are left out. */
function figureLabel(s: Sent): string[] {
  const out: string[] = [];
  for (const f of s.figures) {
    const at = f.start - s.start;
    if (/\(\s*$/u.test(s.text.slice(Math.max(0, at - 2), at))) continue;
    let label = f.text.replace(/[,.;:]+$/u, "");
    if (f.kind === "distance" || f.kind === "duration") {
      const after = s.text.slice(f.end - s.start);
      const noun =
        /^\s*(?:\([^)]{1,30}\)\s*)?((?:[a-z][a-z-]+)(?: (?:line|zone|border|ceasefire|truce|period|war|pause|deadline))?)/u.exec(
          after,
        )?.[1];
      if (
        noun &&
        !/^(of|in|on|at|to|and|or|the|a|for|with|ago|later|earlier|before|after)$/u.test(noun.split(" ")[0] ?? "")
      )
        label += ` ${noun}`;
    }
    if (!out.includes(label)) out.push(label);
    if (out.length >= 3) break;
  }
  return out;
}

/** The clause of a sentence that carries its first figure, when it stands on its own. */
function figureClause(s: Sent): string {
  const core = coreOf(s).replace(/[.]+$/u, "");
  const f = s.figures[0];
  if (!f) return core;
  const parts = core.split(/,\s+(?=(?:but|while|as|and|which|with)\b)|;\s+|\s+—\s+/u);
  const part = parts.find((p) => p.includes(f.text));
  return part && part.split(" ").length >= 5 ? part : core;
}

// ---------------------------------------------------------------- open questions

const lowerFirst = (x: string) =>
  /^(The|A|An|Any|Its|Their|This|These|Those)\b/u.test(x) ? x.charAt(0).toLowerCase() + x.slice(1) : x;

const WH = /\b(what|whether|if|how|when|who|why|where)\b\s+(.+)$/iu;

const QUESTION_AUX = /^(would|will|could|can|should|might|may|must|is|are|was|were|had|has|have)$/iu;
/** Where a clause's subject may start: a pronoun, a determiner or a name. */
const SUBJECT_START =
  /^(he|she|they|it|we|you|i|the|a|an|this|that|these|those|its|their|his|her|our|any|some|such|\p{Lu}[\p{L}.’'-]*)$/u;
const PARTICIPLE =
  /^(been|\p{L}+ed|\p{L}+en|\p{L}+wn|met|made|had|got|done|said|told|left|held|sent|kept|found|brought|paid|won|lost|built|set|put|begun|run|struck)$/iu;

/**
 * An embedded question as a direct one: "what action they would take" → "What action would they
 * take", "whether he had any meetings" → "Did he have any meetings". Only a simple clause (a
 * subject of at most six words, then an auxiliary) is inverted; anything else returns undefined
 * and the caller keeps the source's own words.
 */
export function invertEmbedded(wh: string, rest: string): string | undefined {
  const w = wh.toLowerCase();
  const words = rest.split(" ");
  let k = -1;
  for (let i = 0; i < Math.min(9, words.length); i++) {
    const word = words[i] ?? "";
    if (QUESTION_AUX.test(word)) {
      k = i;
      break;
    }
    if (/[,;:“”"]/u.test(word)) return undefined;
  }
  if (k < 0) return undefined;
  const yesNo = w === "whether" || w === "if";
  // "who would lead the talks": the wh-word is the subject itself.
  if (k === 0) return yesNo ? undefined : `${capitalize(w)} ${rest}`;
  const j = yesNo ? 0 : words.slice(0, k).findIndex((x) => SUBJECT_START.test(x));
  if (j < 0 || k - j > 6 || k - j < 1) return undefined;
  const subject = lowerFirst(words.slice(j, k).join(" "));
  let aux = (words[k] ?? "").toLowerCase();
  let after = words.slice(k + 1);
  if (/^(had|has|have)$/u.test(aux) && !PARTICIPLE.test(after[0] ?? "")) {
    // "whether he had any meetings": "have" is the main verb, so the question takes "do".
    aux = aux === "had" ? "did" : aux === "has" ? "does" : "do";
    after = ["have", ...after];
  }
  const lead = yesNo ? capitalize(aux) : `${capitalize(w)}${j > 0 ? ` ${words.slice(0, j).join(" ")}` : ""} ${aux}`;
  return `${lead} ${subject}${after.length ? ` ${after.join(" ")}` : ""}`;
}

/** "what those options would entail or whether the military could …": each part inverted, or none. */
function directQuestion(wh: string, rest: string): string | undefined {
  const parts = `${wh} ${rest}`.split(/,?\s+(and|or)\s+(?=(?:what|whether|if|how|when|who|why|where)\b)/iu);
  const out: string[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    const m = WH.exec(parts[i] ?? "");
    if (!m?.[1] || !m[2] || m.index !== 0) return undefined;
    const q = invertEmbedded(m[1], m[2]);
    if (!q) return undefined;
    out.push(i === 0 ? q : `${parts[i - 1]?.toLowerCase()} ${q.charAt(0).toLowerCase()}${q.slice(1)}`);
  }
  return out.join(", ");
}

/** Phrases the open question as a question, from the uncertainty cue in the sentence. */
export function asQuestion(s: Sent): string {
  const t = squash(coreOf(s)).replace(/[.]+$/u, "");
  const clip = (x: string) => clipWords(x, 28).replace(/[.?!,;:]+$/u, "");
  const unclear =
    /\b(unclear|not (?:immediately |yet )?clear|uncertain|unknown|not known|remains? to be seen|did not (?:say|state|specify|disclose|explain|detail)|(?:has|have) yet to (?:say|decide|announce|disclose)|do not know|does not know)\b[^.]*?\b(what|whether|if|how|when|who|why|where)\b\s+(.+)$/iu.exec(
      t,
    );
  if (unclear?.[1] && unclear[2] && unclear[3]) {
    const wh = unclear[2].toLowerCase() === "if" ? "whether" : unclear[2].toLowerCase();
    // "American officials did not state what …": who left it open is part of the question.
    const silent = /^(did not|has yet|have yet)/iu.test(unclear[1])
      ? /^([^,;“”"]{3,60}?)\s+(?:did not|has yet|have yet)\b/u.exec(t.slice(0, unclear.index + unclear[1].length))?.[1]
      : undefined;
    const note = silent ? ` (${silent} ${unclear[1].replace(/^did not \w+$/iu, "did not say")}.)` : "";
    const direct = directQuestion(wh, clip(unclear[3]));
    // Not a simple clause: the source's words as an embedded question.
    return direct ? `${direct}?${note}` : `Is it known ${wh} ${clip(unclear[3])}?${note}`;
  }
  const how = /\bdiscussed how\s+(.+?)\s+(would|will|could|should|can)\s+(?:be\s+)?(.+)$/iu.exec(t);
  if (how?.[1] && how[2] && how[3])
    return `How ${how[2].toLowerCase()} ${clip(how[1])} ${/^be\b/u.test(how[3]) ? "" : /\s+be\s+/u.test(t.slice(how.index)) ? "be " : ""}${clip(how[3])}?`;
  const mooted =
    /\b(?:a|an|the)\s+(potential|possible|proposed|mooted)\s+([\p{L}-]+(?:\s+(?:between|with|of|on)\s+[^,;]{3,60}?)?)\s+(?:has been|have been|was|were|is|are)\b/iu.exec(
      squash(s.text),
    );
  const venue = /\bnext (round|meeting|session)\b[^.]*\blikely (?:in|at)\b/iu.exec(t);
  if (venue?.[1]) return `Where and when will the next ${venue[1].toLowerCase()} be held?`;
  if (mooted?.[1] && mooted[2]) return `Will the ${mooted[1].toLowerCase()} ${clip(mooted[2])} take place?`;
  const also =
    /^(?:so too (?:are|is)|also under discussion (?:are|is)|another (?:issue|question) is)\s+(.+?)(?:,|$)/iu.exec(
      squash(s.text).replace(/[.]+$/u, ""),
    );
  if (also?.[1]) return `What will be agreed on ${clip(also[1])}?`;
  const common =
    /\bno (?:common ground|agreement|consensus|deal)\s+(?:was|has been|had been)?\s*(?:reached|found)?\s*on\s+(.+?)(?:\s+and\s+(?:expressed|said|added)\b.*)?$/iu.exec(
      t,
    );
  if (common?.[1]) return `Will the sides agree on ${clip(common[1])}?`;
  // "One of the key questions is still the future deployment of …", "Among the key areas of
  // divergence are the fate of …": the question names what is open.
  const key =
    /^(?:one of |among )?the (?:most )?(?:key|main|big|biggest|central|open|outstanding|unresolved|thorniest|most difficult) (?:questions?|issues?|sticking points?|(?:areas?|points?) of (?:divergence|disagreement|contention))\s+(?:is|are|remains?|was|were)\s+(?:still\s+)?(.{6,})$/iu.exec(
      t,
    );
  if (key?.[1]) {
    const wh = WH.exec(key[1]);
    const direct = wh?.index === 0 && wh[1] && wh[2] ? directQuestion(wh[1], clip(wh[2])) : undefined;
    return direct ? `${direct}?` : `What will be decided on ${lowerFirst(clip(key[1]))}?`;
  }
  const remain =
    /^(.{8,160}?)\s+(?:remains?|remained|is still|are still)\s+(to be seen|unclear|uncertain|unresolved|undecided|elusive|one of the|among the)/iu.exec(
      t,
    );
  if (remain?.[1] && remain[2]) {
    // The subject is the last comma-separated phrase before the verb ("Despite …, the prospects"),
    // once relative clauses (", where …,") are set aside.
    const parts = remain[1].replace(/,\s+(?:where|which|who|whose|when)\b[^,]*,?/giu, "").split(/,\s+/u);
    const subject = (parts[parts.length - 1] ?? remain[1]).replace(/^(but|and|yet|so)\s+/iu, "");
    const wh = WH.exec(subject);
    const direct = wh?.index === 0 && wh[1] && wh[2] ? directQuestion(wh[1], clip(wh[2])) : undefined;
    if (direct) return `${direct}?`;
    const cue = remain[2].toLowerCase();
    // Something elusive is to be reached; something unclear is to be seen; an issue is to be resolved.
    if (cue === "elusive") return `Will ${lowerFirst(clip(subject))} be reached?`;
    if (/^(to be seen|unclear|uncertain)$/u.test(cue)) return `What will ${lowerFirst(clip(subject))} be?`;
    return `How will ${lowerFirst(clip(subject.replace(/^any\s+/iu, "")))} be resolved?`;
  }
  const comment =
    /\b(request(s)? for comment|declined to comment|did not (immediately )?respond|no (immediate )?response)\b/iu.exec(
      t,
    );
  if (comment) {
    const neither = /^neither\s+(.{3,60}?)\s+nor\s+(.{3,60}?)\s+(?:had|has|have|did|declined|gave)\b/iu.exec(t);
    const who = neither
      ? `${neither[1]} and ${lowerFirst(neither[2] ?? "")}`
      : (/^(.{3,80}?)\s+(?:had|has|have|did|declined|gave|nor)\b/iu.exec(t)?.[1] ?? "officials");
    const plural = neither || /\band\b|s$/u.test(who);
    return `What ${plural ? "do" : "does"} ${lowerFirst(who)} say? (no response to requests for comment)`;
  }
  const depend = /^(.{5,120}?)\s+(?:would|will|could) depend on\s+(.+)$/iu.exec(t);
  if (depend?.[1] && depend[2])
    return `Will ${lowerFirst(clip(depend[1]))} go ahead? (It depends on ${clip(depend[2])}.)`;
  // "The three sides are reportedly set to meet in Italy": whether the plan goes ahead is the question.
  const set =
    /^([^;“”"]{3,80}?)\s+(?:is|are)\s+(?:reportedly\s+|also\s+|now\s+)?(?:set|expected|due|scheduled|likely)\s+to\s+(.{6,})$/iu.exec(
      t,
    );
  if (set?.[1] && set[2]) {
    // "After the talks, the envoys are expected to …": a leading adjunct is not the subject.
    const who = /^(?:after|before|despite|in|on|at|while|although|as|following|meanwhile)\b/iu.test(set[1])
      ? set[1].slice(set[1].lastIndexOf(",") + 1).trim()
      : set[1];
    if (who && !/\b(said|says|told)\b/u.test(who)) return `Will ${lowerFirst(who)} ${clip(set[2])}?`;
  }
  const wh = WH.exec(t);
  if (wh?.[1] && wh[2] && /\b(discussed|question|unclear|know)\b/iu.test(t))
    return `Open: ${wh[1].toLowerCase()} ${clip(wh[2])}?`;
  // No safe question form: the source's own statement, marked as open.
  return `Open question: ${clip(t)}`;
}

export function buildOpenQuestions(ctx: SectionContext): OpenQuestion[] {
  const { doc } = ctx;
  const cands: Candidate[] = [];
  for (const s of doc.sents.filter((x) => x.text.length >= 15 && (x.kind === "content" || /^[*•]/u.test(x.text)))) {
    const u = uncertaintyOf(s);
    if (u < 3.5) continue;
    // Open questions the outlets share (central) rank above a stray first-person aside.
    let score = u + 2 * central(ctx, s);
    if (
      /^["“]?I\b/u.test(s.text) ||
      (/\b(this|that|it)\s+(can|could|will|would)\b/iu.test(s.text) && central(ctx, s) < 0.3)
    )
      score -= 1;
    cands.push({ sent: s, score, key: "oq", withPrev: needsPrev(doc, s) || s.text.split(/\s+/u).length < 14 });
  }
  // Items that continue an open-issue sentence ("So too are …") inherit its cue.
  for (const s of contentSents(doc)) {
    if (!/^(so too|also under discussion|likewise|another (issue|question))\b/iu.test(s.text)) continue;
    if (cands.some((c) => c.sent.gid === s.gid)) continue;
    cands.push({ sent: s, score: 4 + 2 * central(ctx, s), key: "oq", withPrev: true });
  }
  const merged = mergeCandidates(cands, 0.3);
  const top = pickTop(merged, limitFor(doc, 2.4, 4, 12));
  return top.map((m) => ({
    text: asQuestion(m.best.sent),
    citations: citationsOf(doc, m),
    corroboration: m.sources.length,
  }));
}
