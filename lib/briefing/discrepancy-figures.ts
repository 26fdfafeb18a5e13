// Discrepancies in figures: different values for the same counted thing from different outlets.
// Like with like only: same kind and unit (money by currency), same qualifiers (a third-year raise
// with a third-year raise, a daily cost with a daily cost, never a previous offer with the deal),
// the same role (an amount asked for is not one agreed), the same governing verb (killed vs
// displaced) and words in common around the two amounts (a raise with a raise, never a raise with
// a vote share). Values one outlet gives side by side (a total and its part) do not conflict.

import { readAmounts, type Amount } from "./amounts";
import type { Doc, Sent } from "./pipeline";
import { clipWords, jaccard } from "./text";

export interface FigureDiscrepancy {
  key: string;
  text: string;
  sents: Sent[];
  score: number;
}

interface Entry {
  s: Sent;
  a: Amount;
  /** Window stems without the story's everyday words. */
  window: Set<string>;
  role?: string;
  verb?: string;
  /** A share of a vote ("59% of members voted in favour"), never a term of the deal. */
  share: boolean;
  /** Names just before the amount or inside its noun phrase: whose it is ("The Greens, who won 14 seats"). */
  owners: Set<string>;
  shown: string;
}

/** Stems in more than this share of the story's sentences say nothing about what an amount is of. */
const COMMON_SHARE = 0.5;
/** Relative difference under which two values are the same (rounding, conversions). */
const SAME_VALUE = { distance: 0.05, money: 0.001, percent: 0.001, duration: 0.1, count: 0.001 } as const;
/** Candidate partners per entry (bounded work on big stories). */
const MAX_PARTNERS = 12;
/** The two sentences must be about the same thing at all. */
const MIN_SENTENCE_JACCARD = 0.08;
/** Characters before an amount searched for whose it is. */
const OWNER_SPAN = 60;
/** A per-side count ("157 each") is the part of a total of two sides. */
const PARTS_PER_TOTAL = 2;
/** Values shown per item. */
const MAX_VARIANTS = 4;

const APPROX =
  /(?:more than|over|about|around|nearly|almost|at least|up to|some|roughly|less than|under|approximately)\s*$/i;

/** Capitalised words that are not names. */
const NOT_NAME =
  /^(?:The|A|An|In|On|At|But|And|It|This|That|These|Those|He|She|They|We|Its|Their|His|Her|According|Under|After|Before|While|With|About|More|Some|Of|For|By|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/u;

/** Whose an amount is: the names in the words just before it and in its own noun phrase. */
function ownersOf(text: string, a: Amount): Set<string> {
  const around = `${text.slice(Math.max(0, a.start - OWNER_SPAN), a.start)} ${text.slice(a.end, a.end + 30).split(/[,;.]/u)[0] ?? ""}`;
  return new Set(
    [...around.matchAll(/\b\p{Lu}[\p{L}’'-]+/gu)]
      .map((m) => m[0].replace(/[’']s$/u, ""))
      .filter((w) => !NOT_NAME.test(w)),
  );
}

const VOTE_SHARE = /\b(?:vot(?:e|ed|es|ing)|ballots?|in favou?r|turnout)\b/i;

/** An amount that holds only without a deal: "if no agreement is reached", "absent a deal". */
const COUNTERFACTUAL =
  /\b(?:if no (?:deal|agreement|accord|compromise)|absent (?:a|any) (?:deal|agreement)|without (?:a|any) (?:deal|agreement)|would have (?:been|faced|risen))\b/i;
const COUNTERFACTUAL_SPAN = 80;

/** What an amount is (asked for, offered, estimated …), from the words just before it. */
export function roleBefore(text: string, at: number): string | undefined {
  const before = text.slice(Math.max(0, at - 45), at).toLowerCase();
  // An amount the deal replaces or avoids ("rather than a 30% levy", "avert a sweeping 30% tariff").
  if (
    /\b(?:rather than|instead of|avert\w*|avoid\w*|cancel\w*|down from|double)\b[^,.;]{0,40}$/u.test(
      text.slice(Math.max(0, at - 60), at).toLowerCase(),
    )
  )
    return "avoided";
  // What happens without a deal ("if no agreement is reached, the bloc faces 30%").
  if (COUNTERFACTUAL.test(text.slice(Math.max(0, at - COUNTERFACTUAL_SPAN), at))) return "avoided";
  const m = [
    ...before.matchAll(
      /\b(demand|want|hope|seek|sought|ask|insist|offer(?!ing)|propos|reject|accept|threat|cost|estimat|forecast|expect|project|lost|loss|earn|profit|revenue|budget|fine|damag|claim)\w*/gu,
    ),
  ];
  const last = m[m.length - 1]?.[1];
  if (!last) return undefined;
  if (/^(demand|want|hope|seek|sought|ask|insist)$/u.test(last)) return "ask";
  if (/^(offer|propos)$/u.test(last)) return "offer";
  // A rejected amount is not the deal; an accepted one is.
  if (last === "reject") return "rejected";
  if (/^threat/u.test(last)) return "threat";
  if (/^(avert|avoid|cancel|instead|rather)/u.test(last)) return "avoided";
  return undefined;
}

/** The verb that governs a count: "killed at least 35", "displaced more than 260,000". */
function verbBefore(text: string, at: number): string | undefined {
  const words = text
    .slice(Math.max(0, at - 50), at)
    .replace(APPROX, "")
    .trim()
    .split(/\s+/u)
    .filter((w) => !/^(?:for|in|over|by|to|the|a|an|about|around|some|nearly)$/i.test(w));
  const last = (words[words.length - 1] ?? "").toLowerCase().replace(/[^\p{L}]/gu, "");
  return /(?:ed|ing)$/u.test(last) && last.length > 4 ? last.slice(0, 5) : undefined;
}

/** A count of something done (launched, killed, deploying): it belongs to one day. */
const isEvent = (e: Entry) => !!e.verb || EVENT_AFTER.test(e.s.text.slice(e.a.end, e.a.end + 40));
const EVENT_AFTER =
  /^(?:\s+[\p{L}-]+){0,3}?\s+(?:were\s+|was\s+)?(?:launched|fired|killed|wounded|injured|deployed|shot|struck|arrested|detained|displaced|released|exchanged|intercepted|destroyed)\b/u;

const same = (kind: Amount["kind"], x: number, y: number) =>
  Math.abs(x - y) <= SAME_VALUE[kind] * Math.max(Math.abs(x), Math.abs(y));

/** What a duration measures: an event's length ("lasted two hours", "a 40-minute meeting"), else its noun or verb. */
function durationThing(e: Entry): string {
  const noun = e.a.label.split(" ")[0] ?? "";
  if (e.verb === "laste" || /^(?:meeting|talks|session|call|summit|negotiations|conversation)$/u.test(noun))
    return "length";
  return noun || e.verb || "";
}

/** An attributive duration, "40-minute", "two-week". */
const ATTRIBUTIVE_SPAN = /^([\p{L}\d.,]+)-(second|minute|hour|day|week|month|year)$/u;

/** "$50 million a day", "$2bn per year": the period an amount is counted over. */
const PER_PERIOD = /^\s*(?:a|an|per|each|every)\s+(day|week|month|year)\b/i;

/** The period every mention's amount is counted over, when they all name the same one. */
function commonPeriod(entries: Entry[]): string | undefined {
  const periods = new Set(
    entries.map((e) => PER_PERIOD.exec(e.s.text.slice(e.a.end, e.a.end + 12))?.[1]?.toLowerCase() ?? ""),
  );
  const [only] = [...periods];
  return periods.size === 1 && only ? only : undefined;
}

/** What a discrepancy calls a quantity whose mentions agree on no noun. */
const FALLBACK_NAME = {
  money: "the amount",
  percent: "the percentage",
  duration: "how long",
  distance: "the distance",
};

/** "the number of flight attendants", "the wage increase", "the percentage". */
function thingName(entries: Entry[]): string {
  const first = entries[0]?.a;
  if (!first) return "the figure";
  const labels = new Map<string, number>();
  for (const e of entries) {
    const l = e.a.label.replace(/^(?:compounded|general|total|new|annual|average)\s+/u, "");
    if (l && !/^(?:before|after|over|in|per|under|into|up)\b/u.test(l)) labels.set(l, (labels.get(l) ?? 0) + 1);
  }
  // A label only when two mentions agree on it: one mention's next words may not be a noun at all.
  const [label, uses = 0] = [...labels.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? [];
  if (uses < 2 && first.kind !== "count") {
    // "losing about $50 million a day" and "around $100 million a day": a rate names its period.
    const period = first.kind === "money" ? commonPeriod(entries) : undefined;
    return period ? `the amount per ${period}` : FALLBACK_NAME[first.kind];
  }
  if (first.kind === "count") return `the number of ${label ?? `${first.unit}s`}`;
  if (label) return `the ${label}`;
  return FALLBACK_NAME[first.kind];
}

/** Characters between two values one sentence gives as one figure stated two ways. */
const SIDE_BY_SIDE_GAP = 30;

/**
 * One sentence gives both values next to each other ("43.65% compounded – 38% before
 * compounding", "750 billion dollars (€638 billion)"): one figure stated two ways. Two values
 * joined by "and" or far apart are two different things ("invest $600 billion … and buy $750 billion").
 */
function sideBySide(sentences: Entry[][], v: number, w: number, like: Amount): boolean {
  for (const list of sentences) {
    const kin = list.filter((e) => e.a.kind === like.kind && e.a.unit === like.unit);
    for (const x of kin.filter((e) => same(like.kind, e.a.value, v)))
      for (const y of kin.filter((e) => same(like.kind, e.a.value, w))) {
        const gap = x.s.text.slice(Math.min(x.a.end, y.a.end), Math.max(x.a.start, y.a.start));
        if (gap.length <= SIDE_BY_SIDE_GAP && !/\band\b|;/u.test(gap)) return true;
      }
  }
  return false;
}

/** A word next to x's amount stands in y's sentence. */
function crossed(x: Entry, y: Entry): boolean {
  return [...x.window].some((st) => y.s.stems.has(st));
}

export function figureDiscrepancies(
  doc: Doc,
  content: Sent[],
  name: (s: Sent) => string,
  differentDays: (a: Sent, b: Sent, events: boolean) => boolean,
): FigureDiscrepancy[] {
  const df = new Map<string, number>();
  for (const s of content) for (const st of s.stems) df.set(st, (df.get(st) ?? 0) + 1);
  const common = Math.max(3, content.length * COMMON_SHARE);
  const entries: Entry[] = [];
  for (const s of content) {
    if (!/\d/u.test(s.text) && !/\b(?:hour|minute)s?\b/i.test(s.text)) continue;
    for (const a of readAmounts(s.text)) {
      const window = new Set([...a.window].filter((st) => (df.get(st) ?? 0) <= common && !/^\d/u.test(st)));
      const approx = APPROX.exec(s.text.slice(Math.max(0, a.start - 20), a.start))?.[0].trim();
      // A count shows its noun ("112 seats"), a rate or an amount its note ("43.65% compounded").
      const noun = a.kind === "count" ? ` ${a.label.split(" ").pop() ?? ""}` : "";
      // "a 40-minute meeting" is shown as "40 minutes", beside "around an hour".
      const written =
        a.kind === "duration"
          ? a.text.replace(
              ATTRIBUTIVE_SPAN,
              (_, n: string, u: string) => `${n} ${u}${n === "one" || n === "1" ? "" : "s"}`,
            )
          : a.text;
      const shown = `${approx ? `${approx.toLowerCase()} ` : ""}${written}${noun}${a.note ? ` ${a.note}` : ""}`;
      const owners = ownersOf(s.text, a);
      const share = VOTE_SHARE.test(s.text.slice(Math.max(0, a.start - 30), a.end + 40));
      entries.push({
        s,
        a,
        window,
        role: roleBefore(s.text, a.start),
        verb: verbBefore(s.text, a.start),
        share,
        owners,
        shown,
      });
    }
  }
  // Partners share kind, unit and a word next to the amount: found through buckets, not all pairs.
  const byKey = new Map<string, number[]>();
  entries.forEach((e, i) => {
    for (const st of e.a.kind === "count" || e.a.kind === "distance" ? [`#${e.a.unit}`, ...e.window] : e.window) {
      const key = `${e.a.kind}|${e.a.unit}|${st}`;
      const list = byKey.get(key) ?? [];
      if (list.length < MAX_PARTNERS * 4) list.push(i);
      byKey.set(key, list);
    }
  });
  const partners = entries.map(() => new Set<number>());
  for (const list of byKey.values())
    for (const [k, i] of list.entries())
      for (const j of list.slice(k + 1, k + 1 + MAX_PARTNERS)) {
        partners[i]?.add(j);
        partners[j]?.add(i);
      }
  // Two words in common next to the amounts, or one and similar sentences.
  const closeEnough = (x: Entry, y: Entry) => {
    // A count's noun and a duration's thing (an event's length) are shared words too.
    const thing = x.a.kind === "duration" ? durationThing(x) : "";
    if (x.a.kind === "duration" && thing !== durationThing(y)) return false;
    const shared = [...x.window].filter((st) => y.window.has(st)).length + (x.a.kind === "count" || thing ? 1 : 0);
    const jac = jaccard(x.s.stems, y.s.stems);
    // Distances are rare and described in many words ("32 km wide", "a 27-mile corridor"): each
    // amount's neighbours appear in the other's sentence.
    if (x.a.kind === "distance" && crossed(x, y) && crossed(y, x)) return true;
    return (shared >= 2 && jac >= MIN_SENTENCE_JACCARD / 2) || (shared >= 1 && jac >= MIN_SENTENCE_JACCARD);
  };
  // Cheap tests first: most partners fail on source, kind of amount or qualifier.
  const comparable = (x: Entry, y: Entry) =>
    x.s.src !== y.s.src &&
    x.a.qualifier === y.a.qualifier &&
    x.role === y.role &&
    x.share === y.share &&
    // Counts of seats, members, votes belong to someone: two different names count different things.
    (x.a.kind !== "count" ||
      x.owners.size === 0 ||
      y.owners.size === 0 ||
      [...x.owners].some((o) => y.owners.has(o))) &&
    (!x.a.object || !y.a.object || x.a.object === y.a.object) &&
    (!x.verb || !y.verb || x.verb === y.verb) &&
    closeEnough(x, y) &&
    // Counts of events differ from day to day (two nights of strikes); amounts and rates do not.
    (x.a.kind !== "count" || !differentDays(x.s, y.s, isEvent(x) || isEvent(y)));
  // Star groups, not chains: an amount joins the group of one amount it is comparable with, so
  // "a 38% wage increase" and "a 100% 401(k) match" never meet through "pay". The amounts with the
  // most comparable partners seed the groups.
  const links = partners.map((ps, i) => [...ps].filter((j) => comparable(entries[i] as Entry, entries[j] as Entry)));
  const order = entries.map((_, i) => i).sort((x, y) => (links[y]?.length ?? 0) - (links[x]?.length ?? 0) || x - y);
  const grouped = new Set<number>();
  const groups: Entry[][] = [];
  for (const i of order) {
    const e = entries[i];
    if (!e || grouped.has(i)) continue;
    const members = [e];
    grouped.add(i);
    for (const j of [...(links[i] ?? [])].sort((x, y) => x - y)) {
      const other = entries[j];
      if (grouped.has(j) || !other) continue;
      // Two amounts from one source join only when they give the same value.
      if (members.some((m) => m.s.src === other.s.src && !same(e.a.kind, m.a.value, other.a.value))) continue;
      grouped.add(j);
      members.push(other);
    }
    if (members.length > 1) groups.push(members);
  }
  // Every value each sentence gives, by kind and unit.
  const valuesBySentence = new Map<number, Map<string, number[]>>();
  for (const e of entries) {
    const bySent = valuesBySentence.get(e.s.gid) ?? new Map<string, number[]>();
    const k = `${e.a.kind}|${e.a.unit}`;
    bySent.set(k, [...(bySent.get(k) ?? []), e.a.value]);
    valuesBySentence.set(e.s.gid, bySent);
  }
  const entriesBySentence = new Map<number, Entry[]>();
  for (const e of entries) entriesBySentence.set(e.s.gid, [...(entriesBySentence.get(e.s.gid) ?? []), e]);
  const out: FigureDiscrepancy[] = [];
  for (const group of groups) {
    const first = group[0];
    if (!first) continue;
    // Values, each with the outlets that give it; a source giving both values of a pair side by
    // side (a total and its part) is not in conflict with itself.
    const variants: Array<{ value: number; shown: string; srcs: Set<number>; sents: Sent[] }> = [];
    for (const e of group) {
      const v = variants.find((x) => same(first.a.kind, x.value, e.a.value));
      if (v) {
        v.srcs.add(e.s.src);
        if (!v.sents.some((s) => s.src === e.s.src)) v.sents.push(e.s);
      } else variants.push({ value: e.a.value, shown: e.shown, srcs: new Set([e.s.src]), sents: [e.s] });
    }
    if (variants.length < 2) continue;
    // A conflict: each value has an outlet that does not also give the other one.
    // An outlet "gives" a value also when its own sentence states it beside the group's amount
    // ("43.65% compounded – 38% before compounding").
    const gives = (src: number, value: number) =>
      group.some(
        (e) =>
          e.s.src === src &&
          (valuesBySentence.get(e.s.gid)?.get(`${first.a.kind}|${first.a.unit}`) ?? []).some((x) =>
            same(first.a.kind, x, value),
          ),
      );
    const only = (v: (typeof variants)[number], w: (typeof variants)[number]) =>
      [...v.srcs].some((x) => !w.srcs.has(x) && !gives(x, w.value));
    const conflict = variants.some((v, i) => variants.some((w, j) => j > i && only(v, w) && only(w, v)));
    // Otherwise one outlet gives both (a total and its part, a compounded and a plain rate): the
    // outlets state it differently, which is worth showing only when some outlet gives one alone.
    const ownSents = [...new Set(group.map((e) => e.s.gid))].map((gid) => entriesBySentence.get(gid) ?? []);
    const stated =
      !conflict &&
      variants.some((v) => v.shown.includes(" ")) &&
      variants.some((v, i) => variants.some((w, j) => j > i && sideBySide(ownSents, v.value, w.value, first.a))) &&
      variants.some((v, i) => variants.some((w, j) => j !== i && only(v, w)));
    if (!conflict && !stated) continue;
    variants.sort((a, b) => b.srcs.size - a.srcs.size || a.value - b.value);
    const shownVariants = variants.slice(0, MAX_VARIANTS);
    const names = (v: (typeof variants)[number]) => [...new Set(v.sents.map((s) => name(s)))].slice(0, 3).join(", ");
    const lead = conflict ? `Outlets differ on ${thingName(group)}` : `Outlets state ${thingName(group)} differently`;
    const text = `${lead}: ${shownVariants.map((v) => `${v.shown} (${names(v)})`).join(" vs ")}`;
    const sents = shownVariants.flatMap((v) => v.sents);
    out.push({
      key: `fig:${first.a.kind}:${first.a.unit}:${shownVariants.map((v) => v.value).join("/")}`,
      text: clipWords(text, 40),
      sents,
      score: 3 + Math.min(shownVariants.length, 3) * 0.5 + new Set(sents.map((s) => s.src)).size * 0.2,
    });
  }
  out.push(...perSideCounts(entries, name));
  return out;
}

/**
 * "314 prisoners" in one outlet, "157 prisoners each" in another: one exchange counted two ways
 * (a total and each side's part). Not a conflict, but the reader should know the counts differ.
 */
function perSideCounts(entries: Entry[], name: (s: Sent) => string): FigureDiscrepancy[] {
  const out: FigureDiscrepancy[] = [];
  const seen = new Set<string>();
  const eachOnes = entries.filter((e) => e.a.kind === "count" && e.a.qualifier.split(",").includes("each"));
  for (const part of eachOnes) {
    const totals = entries.filter(
      (t) =>
        t.a.kind === "count" &&
        t.a.unit === part.a.unit &&
        t.a.qualifier === part.a.qualifier.replace(/(?:^|,)each/u, "").replace(/^,/u, "") &&
        t.a.value === part.a.value * PARTS_PER_TOTAL,
    );
    const parts = eachOnes.filter((e) => e.a.unit === part.a.unit && e.a.value === part.a.value);
    const partSrcs = new Set(parts.map((e) => e.s.src));
    // Some outlet gives the total alone, not also the per-side count.
    const alone = totals.filter((t) => !partSrcs.has(t.s.src));
    const key = `each:${part.a.unit}:${part.a.value}`;
    if (alone.length === 0 || seen.has(key)) continue;
    seen.add(key);
    const names = (xs: Entry[]) => [...new Set(xs.map((x) => name(x.s)))].slice(0, 3).join(", ");
    const noun = part.a.label.split(" ").pop() ?? part.a.unit;
    const first = totals[0];
    if (!first) continue;
    out.push({
      key,
      text: `Outlets count the ${noun} differently: ${first.a.text} ${noun} in all (${names(totals)}) vs ${part.a.text} ${noun} each side (${names(parts)})`,
      sents: [...new Map([...totals, ...parts].map((e) => [e.s.src, e.s])).values()],
      score: 3.4,
    });
  }
  return out;
}
