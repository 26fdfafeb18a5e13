// Stage: positions. Scores sentences by attribution and stance cues, merges the same statement
// across sources and keeps the strongest per side.

import {
  attributed,
  citationFor,
  citationsOf,
  clipClean,
  corroboration,
  mergeCandidates,
  needsPrev,
  type Candidate,
  type Merged,
} from "./items";
import { NAME_INDEX } from "./gazetteer";
import { ACTION_VERBS, AUX, FRAME_WORDS, REGION_PARTS, REPORTING, STANCE, TOPIC_CLASSES } from "./lexicon";
import type { Doc, Sent } from "./pipeline";
import { positionClauses } from "./positions-clauses";
import { isNarratedEvent, PLAIN_STRENGTH, positionScore, STATEMENT_CUES, verbStrength } from "./positions-score";

export { positionScore, STATEMENT_CUES } from "./positions-score";
export type { CueRule } from "./lexicon";
import { bracketShortForm, sideLabeller } from "./sides";
import { stem, tokenize } from "./text";
import type { Citation, Position } from "./types";
import { central, contentSents, type SectionContext } from "./section-context";

export const NOMINAL_PROPOSAL =
  /\b(?:a|an|the)\s+((?:\p{Lu}[\p{L}.]*)(?:\s\p{Lu}[\p{L}.]*)*?)(?:['’]s)?\s+(?:proposal|plan|offer|initiative|demand|suggestion|ultimatum)\b/gu;

/** Topic keys of a sentence: content stems, with restating words folded into one class each. */
const TOPIC_WORD = new RegExp(
  `\\b(?:${TOPIC_CLASSES.map(([rx]) => rx.source.replace(/^\^\(|\)\$$/gu, "")).join("|")})\\b`,
  "gi",
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
  /\b(this|that|such|these|those) (condition|terms?|demand|proposal|plan|idea|offer|report|claim)s?\b/i;

function pointsBack(doc: Doc, s: Sent): Sent | undefined {
  const prev = doc.sources[s.src]?.sents[s.idx - 1];
  return prev && prev.para === s.para && prev.kind === "content" && POINTS_BACK.test(s.text) ? prev : undefined;
}

/**
 * The frame of a statement for a side: the names of that side and of people, reporting and stance
 * verbs, titles and the words of an attribution. Worked out once per sentence and side, for both
 * kinds of claim keys.
 */
function frameWords(doc: Doc): (s: Sent, side: string) => Set<string> {
  const cache = new Map<string, Set<string>>();
  return (s, side) => {
    const key = `${s.gid}|${side}`;
    let out = cache.get(key);
    if (out) return out;
    out = new Set<string>();
    for (const m of doc.resolver.mentions(s.text, s.start)) {
      if (m.kind !== "person" && (m.asPlace || !side.includes(m.party))) continue;
      for (const t of tokenize(m.text)) out.add(stem(t.lower));
    }
    for (const t of tokenize(s.text)) {
      const w = t.lower;
      if (FRAME_WORDS.has(w) || AUX.has(w) || REPORTING.has(w) || (STANCE.has(w) && !ACTION_VERBS.has(w)))
        out.add(stem(w));
    }
    cache.set(key, out);
    return out;
  };
}

/**
 * What a statement claims apart from who says it and how: its keys without the names of its own side
 * and of people, reporting and stance verbs, titles and the frame ("told reporters on Wednesday").
 * Statements of one side that share only these claim different things ("Dmitriev said there was
 * progress" / "a proposal named after envoy Kirill Dmitriev"; "the Kremlin said it would agree to
 * talks only if …" / "Putin had agreed to halt strikes, something the Kremlin confirmed").
 */
function claimKeys(
  doc: Doc,
  keysOf: (s: Sent) => Set<string>,
  frame: (s: Sent, side: string) => Set<string>,
): (s: Sent, side: string) => Set<string> {
  const cache = new Map<string, Set<string>>();
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
const TALKS_WORD = /\b(talks|negotiations?|discussions?|meetings?|dialogue|round)\b/i;

/** "Marco Rubio" and "Rubio" are one speaker. */
function sameName(a: string, b: string): boolean {
  const last = (x: string) => x.split(/\s+/u).pop()?.toLowerCase() ?? x;
  return last(a) === last(b);
}

/** The most citations one position carries when several quotations of its speaker merge into it. */
const MAX_VOICE_CITES = 6;

function withVoiceCites(doc: Doc, base: Citation[], extra: Candidate[]): Citation[] {
  const out = [...base];
  for (const c of extra) {
    if (out.length >= MAX_VOICE_CITES) break;
    const cite = citationFor(doc, c.sent, c.withPrev ?? needsPrev(doc, c.sent));
    if (
      !out.some((o) => o.sourceId === cite.sourceId && (o.quote.includes(cite.quote) || cite.quote.includes(o.quote)))
    )
      out.push(cite);
  }
  return out;
}

/** Which statement cues (verdict, reaction) a sentence carries. */
function reactionCues(text: string): string[] {
  return STATEMENT_CUES.filter((r) => r.pattern.test(text)).map((r) => r.id);
}

/** How far above the floor a minor side's one statement must score: speaking for itself, or narrated. */
const MINOR_SPEAKER_MARGIN = 0;
const MINOR_NARRATED_MARGIN = 2;
/** A side named within this many characters of a sentence's start is its subject. */
const OPENING_CHARS = 40;
/** The largest share of the section one side may take when there are several main sides. */
const SIDE_SHARE = 0.4;

export function buildPositions(ctx: SectionContext): { items: Position[]; merged: Merged[] } {
  const { doc } = ctx;
  const cands: Candidate[] = [];
  for (const s of contentSents(doc).flatMap((x) => positionClauses(doc, x))) {
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
  // No side takes more than its share: ~40 % of the section, or an equal share when there are only
  // two or three main sides (a union and a company may each fill half).
  const mainSides = new Set(merged.map((m) => m.best.key).filter((k) => prominent(k))).size;
  const cap = Math.max(2, Math.ceil(limit * SIDE_SHARE), Math.ceil(limit / Math.max(1, mainSides)));
  // Restatements of one position by the same side (sharing most of their distinctive words) merge.
  const distinct = distinctiveStems(doc);
  // …and what they share must be the claim itself, not the side's names, the speaker or the verb.
  const frame = frameWords(doc);
  const claim = claimKeys(doc, distinct, frame);
  const claimStems = claimKeys(doc, (s) => s.stems, frame);
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
  // Two named speakers of one side in one article say two things ("Trump said …", "Rubio hailed …").
  const otherVoice = (a: Merged, b: Merged) => {
    const who = b.best.sent.a.speakerName;
    return (
      who !== undefined &&
      a.cands.some(
        (c) => c.sent.src === b.best.sent.src && c.sent.a.speakerName && !sameName(c.sent.a.speakerName, who),
      )
    );
  };
  // Several quotations of one named speaker are one stance of that person, citing all of them.
  // …and so are one speaker's reactions of one kind ("I applaud …" quoted, "Biden praised the agreement").
  const sameQuotedVoice = (a: Merged, b: Merged) => {
    const who = b.best.sent.a.speakerName;
    if (!who) return false;
    const quoted = (s: Sent) => Boolean(s.a.quoted || s.a.quote);
    const cues = reactionCues(b.best.sent.text);
    return a.cands.some(
      (c) =>
        c.sent.a.speakerName !== undefined &&
        sameName(c.sent.a.speakerName, who) &&
        ((quoted(c.sent) && quoted(b.best.sent)) || reactionCues(c.sent.text).some((id) => cues.includes(id))),
    );
  };
  const sorted = [...merged].sort((a, b) => b.score - a.score || a.best.sent.gid - b.best.sent.gid);
  if (process.env.DBG_POS)
    for (const m of sorted)
      console.error(
        `MERGED ${m.score.toFixed(2)} ${m.best.key} prom=${prominent(m.best.key)} :: ${m.best.sent.text.slice(0, 120)}`,
      );
  const kept: Merged[] = [];
  const voiceCites = new Map<Merged, Candidate[]>();
  const count = new Map<string, number>();
  const take = (m: Merged) => {
    // The kept item it restates most closely, when several qualify.
    const twin = kept
      .filter(
        (o) =>
          o.best.key === m.best.key &&
          (sameQuotedVoice(o, m) || (!otherVoice(o, m) && (sameTopic(o, m) || restates(o, m)))),
      )
      .sort((a, b) => closeness(b, m) - closeness(a, m))[0];
    if (twin) {
      // Another quotation of the same speaker is cited too, even from a source already cited.
      if (sameQuotedVoice(twin, m)) for (const c of m.cands) voiceCites.set(twin, [...(voiceCites.get(twin) ?? []), c]);
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
  // A minor side is heard once when it speaks for itself (a named speaker or a quotation); a
  // narrator's line about it must be much stronger.
  // …and so does a side that is the subject opening the sentence ("The board declared the strike
  // illegal", "Hardline Republicans who make up the caucus said …"), not one named in passing
  // ("…, allegations China denies").
  const opensWith = (s: Sent) => s.a.subjectAt !== undefined && s.a.subjectAt <= OPENING_CHARS;
  const minorMargin = (m: Merged) =>
    m.best.sent.a.speakerName ||
    m.best.sent.a.quoted ||
    (verbStrength(m.best.sent) >= PLAIN_STRENGTH && opensWith(m.best.sent))
      ? MINOR_SPEAKER_MARGIN
      : MINOR_NARRATED_MARGIN;
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
    if (m.sources.length < 2 && isNarratedEvent(m.best.sent)) continue;
    const n = count.get(m.best.key) ?? 0;
    if (n >= (prominent(m.best.key) ? cap : 1) || (!prominent(m.best.key) && m.score < floor + minorMargin(m)))
      continue;
    count.set(m.best.key, n + 1);
    kept.push({ ...m, cands: [...m.cands], sources: [...m.sources] });
  }
  const top = kept.sort((a, b) => b.score - a.score || a.best.sent.gid - b.best.sent.gid);
  const acting = new Map<string, number>();
  for (const s of doc.sents)
    for (const side of s.a.actor?.split(/, | and /u) ?? []) acting.set(side, (acting.get(side) ?? 0) + 1);
  const byCountry = sideLabeller(acting);
  const texts = doc.sources.map((src) => src.input.text);
  const shortCache = new Map<string, string>();
  const label = (key: string) => {
    let out = shortCache.get(key);
    if (out === undefined) {
      out = bracketShortForm(key, texts) ?? byCountry(key);
      shortCache.set(key, out);
    }
    return out;
  };
  const named = (key: string, text: string) => {
    const shown = label(key);
    return shown !== key && text.startsWith(key) ? shown + text.slice(key.length) : text;
  };
  const items = top.map((m) => ({
    actor: label(m.best.key),
    text: named(m.best.key, m.best.text ?? attributed(m.best.key, m.best.sent)),
    citations: withVoiceCites(doc, citationsOf(doc, m), voiceCites.get(m) ?? []),
    corroboration: corroboration(doc, m, ctx.nearCopyOf),
  }));
  for (const m of top) for (const c of m.cands) ctx.used.add(c.sent.gid);
  return { items, merged: top };
}
