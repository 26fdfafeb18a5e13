// Stages 5–8: positions, deal terms, key figures and open questions. Each stage scores
// sentences by general cues, merges the same statement across sources and keeps the strongest.

import { figureLabels, type Figure } from "./figures";
import {
  attributed,
  citationsOf,
  coreOf,
  mergeCandidates,
  needsPrev,
  pickTop,
  type Candidate,
  type Merged,
} from "./items";
import { NAME_INDEX } from "./gazetteer";
import { DEAL_NOUN, DEAL_VERB, POSITION_CUE, UNCERTAINTY } from "./lexicon";
import type { Doc, Sent } from "./pipeline";
import { capitalize, clipWords, squash } from "./text";
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

export function uncertaintyScore(text: string): number {
  let score = 0;
  for (const [rx, w] of UNCERTAINTY) if (rx.test(text)) score = Math.max(score, w) + (score > 0 ? 0.5 : 0);
  // "likely in …" about a future meeting is an open detail, not a hedge.
  if (/\blikely\b/iu.test(text) && /\b(would|will) be held|next (round|meeting|week)|holding\b/iu.test(text)) score += 2;
  return score;
}

function limitFor(doc: Doc, perSource: number, min: number, max: number): number {
  return Math.max(min, Math.min(max, Math.round(doc.sources.length * perSource)));
}

// ---------------------------------------------------------------- positions

const NOMINAL_PROPOSAL = /\b(?:a|an|the)\s+((?:\p{Lu}[\p{L}.]*)(?:\s\p{Lu}[\p{L}.]*)*?)(?:['’]s)?\s+(?:proposal|plan|offer|initiative|demand|suggestion|ultimatum)\b/gu;

export function buildPositions(ctx: SectionContext): { items: Position[]; merged: Merged[] } {
  const { doc } = ctx;
  const cands: Candidate[] = [];
  for (const s of contentSents(doc)) {
    const actor = s.a.actor;
    if (!actor) continue;
    const { score, kinds } = cueScore(s.text);
    if (kinds.length === 0 || (kinds.length === 1 && kinds[0] === "topic")) continue;
    let total = score + (s.a.quoted ? 0.4 : 0) + (s.a.speaker ? 0.4 : 0);
    // Pure background about a party ("X has been engaged in efforts …") has no stance verb.
    if (!s.a.verb && !s.a.quoted) total -= 1;
    if (uncertaintyScore(s.text) >= 4) total -= 0.4;
    // A fragment leaning on the previous sentence ("And they want …") is weak on its own.
    if (/^["“‘']?(and|but|or|so|they|it|this|that)\b/iu.test(s.text)) total -= 1;
    if (total < 2.4) continue;
    total += 2.5 * central(ctx, s);
    cands.push({ sent: s, score: total, key: actor });
  }
  // "a U.S. proposal to turn the region into a free economic zone": the proposal is that side's position.
  for (const s of contentSents(doc)) {
    for (const m of s.text.matchAll(NOMINAL_PROPOSAL)) {
      const e = NAME_INDEX.get((m[1] ?? "").trim());
      const party = e?.entry.canonical;
      if (!party || party === s.a.actor) continue;
      cands.push({ sent: s, score: 3.2 + 2.5 * central(ctx, s), key: party });
    }
  }
  const merged = mergeCandidates(cands);
  const contentCount = contentSents(doc).length;
  const limit = Math.max(6, Math.min(20, Math.round(contentCount / 5)));
  // Each side gets a share of the section in proportion to how much it says, so a talkative
  // speaker cannot crowd out the other parties.
  const perActor = new Map<string, number>();
  for (const m of merged) perActor.set(m.best.key, (perActor.get(m.best.key) ?? 0) + 1);
  const quota = new Map<string, number>();
  for (const [actor, n] of perActor) quota.set(actor, Math.max(1, Math.round((limit * n) / Math.max(1, merged.length))));
  // Every prominent side (named often, a mediator group, or the side of a named spokesperson)
  // is heard at least once before the rest of the slots go by score.
  const voted = new Set<string>();
  for (const p of doc.resolver.persons.values()) for (const k of p.votes.keys()) voted.add(k);
  const prominent = (actor: string) =>
    (doc.resolver.partyCounts.get(actor) ?? 0) >= 3 || actor === doc.resolver.mediators?.name || voted.has(actor);
  const firsts = pickTop(merged.filter((m) => prominent(m.best.key)), limit, 1);
  const rest = merged.filter((m) => !firsts.includes(m));
  const top = pickTop([...firsts.map((m) => ({ ...m, score: m.score + 100 })), ...rest], limit, Math.max(3, Math.ceil(limit / 3)), (m) => m.best.key, 0.5, quota).map(
    (m) => ({ ...m, score: m.score >= 100 ? m.score - 100 : m.score }),
  );
  const items = top.map((m) => ({
    actor: m.best.key,
    text: attributed(m.best.key, m.best.sent),
    citations: citationsOf(doc, m),
    corroboration: m.sources.length,
  }));
  for (const m of top) for (const c of m.cands) ctx.used.add(c.sent.gid);
  return { items, merged: top };
}

// ---------------------------------------------------------------- deal terms

function dealStatus(text: string): DealTermStatus {
  if (/\b(reject(ed|s)?|refus(ed|es)|turned down|ruled out|dismissed)\b/iu.test(text)) return "rejected";
  if (/\b(demand(ed|s)?|insist(ed|s)?|wants?|must|as a condition|requires?)\b/iu.test(text)) return "demanded";
  if (/\b(agreed|agreement was reached|signed|took place|have exchanged|exchanged|concluded|confirmed)\b/iu.test(text)) return "agreed";
  return "proposed";
}

export function buildDealTerms(ctx: SectionContext): DealTerm[] {
  const { doc } = ctx;
  const cands: Candidate[] = [];
  const sents = contentSents(doc);
  const isDeal = (s: Sent) =>
    DEAL_NOUN.test(s.text) && (DEAL_VERB.test(s.text) || /\b(in the event of|key questions?|sticking points?)\b/iu.test(s.text));
  for (const s of sents) {
    let deal = isDeal(s);
    let withPrev = false;
    // "Humanitarian assistance would also be increased": a conditional continuing a deal sentence.
    const prev = doc.sources[s.src]?.sents[s.idx - 1];
    if (!deal && prev && prev.para === s.para && isDeal(prev) && /\bwould\b/iu.test(s.text) && !/\bsaid\b/u.test(s.text)) {
      deal = true;
      withPrev = false;
    }
    if (!deal) continue;
    const figs = s.figures.filter((f) => f.kind !== "percent");
    let score = 1 + Math.min(3, figs.length) * 0.8;
    if (!isDeal(s)) score += 1.8; // continuation of the terms just listed
    if (/\b(agreed|agree to|proposed|propos(al|es)|offer(ed)?|entails?|in (return|exchange) for|demand(ed|s)?|wants)\b/iu.test(s.text)) score += 1.5;
    if (/\b(cease-?fire|truce|exchange|swap|release|deal|agreement|zone|dialogue|round)\b/iu.test(s.text)) score += 0.8;
    if (/\b(key questions?|in the event of)\b/iu.test(s.text)) score += 0.8;
    // Past events and background ("Earlier ceasefire agreements have been short-lived") are not terms.
    if (/\b(earlier|previous|last year|short-lived|have proved|had been)\b/iu.test(s.text)) score -= 1.5;
    if (uncertaintyScore(s.text) >= 4 && !/\bcease-?fire|deal\b/iu.test(s.text)) score -= 1.5;
    if (score < 2.6) continue;
    cands.push({ sent: s, score, key: "deal", withPrev: withPrev || needsPrev(doc, s) });
  }
  const merged = mergeCandidates(cands, 0.3);
  const top = pickTop(merged, limitFor(doc, 1.8, 4, 10));
  const out: DealTerm[] = [];
  for (const m of top) {
    const s = m.best.sent;
    const figures = figureLabels(m.cands.flatMap((c) => c.sent.figures)).slice(0, 6);
    const status = dealStatus(s.text);
    const proposedBy = s.a.actor;
    const core = clipWords(coreOf(s).replace(/[.]+$/u, ""), 32);
    const lead = proposedBy ? `${capitalize(status)} (${proposedBy}): ` : `${capitalize(status)}: `;
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
  [/^(killed|dead|death|casualty|casualtie|wounded|injured|fatalit|victim|soldier|civilian|people|palestinian|person)/u, 3],
  [/^(hostage|prisoner|captive|detainee|pow|refugee|displaced)/u, 2.6],
  [/^(vote|seat|ballot|voter)/u, 2.6],
  [/^(drone|missile|rocket|shell|strike|attack|troop|aircraft|tank)/u, 2.2],
  [/^(%|percent)/u, 2.4],
  [/^(km|mile|kilometre|kilometer)/u, 1.6],
  [/^(week|month|year|day|hour)/u, 1.4],
];

function figureWeight(f: Figure, text: string): number {
  if (f.kind === "money") return 2.4;
  if (f.kind === "percent") return /\b(territory|vote|turnout|market|shares?|index|inflation|rate|gdp|occup\w*|control)\b/iu.test(text) ? 2.8 : 1.8;
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
    if (w < 1.4) continue;
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
    const labels = figureLabels(s.figures).slice(0, 3).join(", ");
    return {
      text: `${labels}: ${clipWords(coreOf(s).replace(/[.]+$/u, ""), 30)}`,
      citations: citationsOf(doc, m),
      corroboration: m.sources.length,
    };
  });
}

// ---------------------------------------------------------------- open questions

const WH = /\b(what|whether|if|how|when|who|why|where)\b\s+(.+)$/iu;

/** Phrases the open question as a question, from the uncertainty cue in the sentence. */
export function asQuestion(s: Sent): string {
  const t = squash(coreOf(s)).replace(/[.]+$/u, "");
  const clip = (x: string) => clipWords(x, 28).replace(/[.?!,;:]+$/u, "");
  const unclear = /\b(unclear|not clear|uncertain|unknown|not known|did not (?:say|state|specify|disclose|explain|detail)|do not know|does not know)\b[^.]*?\b(what|whether|if|how|when|who|why|where)\b\s+(.+)$/iu.exec(t);
  if (unclear?.[2] && unclear[3]) {
    const wh = unclear[2].toLowerCase() === "if" ? "whether" : unclear[2].toLowerCase();
    return `Unclear ${wh} ${clip(unclear[3])}?`;
  }
  const remain = /^(.{8,160}?)\s+(?:remains?|remained|is still|are still)\s+(?:to be seen|unclear|unresolved|undecided|elusive|one of the|among the)/iu.exec(t);
  if (remain?.[1]) {
    // The subject is the last comma-separated phrase before the verb ("Despite …, the prospects").
    const parts = remain[1].split(/,\s+/u);
    const subject = (parts[parts.length - 1] ?? remain[1]).replace(/^(but|and|yet|so|any)\s+/iu, "");
    return `How will ${clip(subject)} be resolved?`;
  }
  const comment = /\b(request(s)? for comment|declined to comment|did not (immediately )?respond|no (immediate )?response)\b/iu.exec(t);
  if (comment) {
    const who = /^(?:neither\s+)?(.{3,80}?)\s+(?:had|has|have|did|declined|gave|nor)\b/iu.exec(t)?.[1] ?? "officials";
    return `What do ${who.replace(/^the\s/iu, "the ")} say? (no response to requests for comment)`;
  }
  const depend = /^(.{5,120}?)\s+(?:would|will|could) depend on\s+(.+)$/iu.exec(t);
  if (depend?.[1] && depend[2]) return `Will ${clip(depend[1])} happen? It depends on ${clip(depend[2])}?`;
  const wh = WH.exec(t);
  if (wh?.[1] && wh[2] && /\b(discussed|question|unclear|know)\b/iu.test(t)) return `Open: ${wh[1].toLowerCase()} ${clip(wh[2])}?`;
  return `Still open: ${clip(t)}?`;
}

export function buildOpenQuestions(ctx: SectionContext): OpenQuestion[] {
  const { doc } = ctx;
  const cands: Candidate[] = [];
  for (const s of doc.sents.filter((x) => x.text.length >= 15 && (x.kind === "content" || /^[*•]/u.test(x.text)))) {
    const u = uncertaintyScore(s.text);
    if (u < 3.5) continue;
    cands.push({ sent: s, score: u, key: "oq", withPrev: needsPrev(doc, s) || s.text.split(/\s+/u).length < 14 });
  }
  // Items that continue an open-issue sentence ("So too are …") inherit its cue.
  for (const s of contentSents(doc)) {
    if (!/^(so too|also under discussion|likewise|another (issue|question))\b/iu.test(s.text)) continue;
    if (cands.some((c) => c.sent.gid === s.gid)) continue;
    cands.push({ sent: s, score: 3.6, key: "oq", withPrev: true });
  }
  const merged = mergeCandidates(cands, 0.3);
  const top = pickTop(merged, limitFor(doc, 2, 4, 10));
  return top.map((m) => ({
    text: asQuestion(m.best.sent),
    citations: citationsOf(doc, m),
    corroboration: m.sources.length,
  }));
}
