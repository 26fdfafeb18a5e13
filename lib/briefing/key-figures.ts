// Stage: key figures. Number + unit phrases weighted by what they count, and the dates a story
// turns on (a deadline, the year something began); none repeats a figure the deal terms state.

import { figureKey, isEventDuration, recordStart, SUPERLATIVE, type Figure } from "./figures";
import { citationsOf, clipClean, coreOf, mergeCandidates, pickTop, type Candidate, type Merged } from "./items";
import { dateFigures, type DateFigure } from "./key-figure-dates";
import type { Sent } from "./pipeline";
import type { KeyFigure } from "./types";
import { contentSents, limitFor, type SectionContext } from "./section-context";
import { withoutMarkup } from "./text";

const UNIT_WEIGHT: Array<[RegExp, number]> = [
  [
    /^(killed|dead|death|casualty|casualtie|wounded|injured|fatalit|victim|soldier|civilian|people|palestinian|person)/u,
    3,
  ],
  [/^(hostage|prisoner|captive|detainee|pow|refugee|displaced)/u, 2.6],
  [/^(vote|seat|ballot|voter)/u, 2.6],
  [
    /^(worker|employee|staff|member|job|student|patient|resident|household|home|passenger|customer|user|shareholder|protester|demonstrator|striker|evacuee|migrant|child|children|veteran|dockworker|attendant|machinist|nurse|teacher|driver|pilot|farmer|citizen|famil)/u,
    2.4,
  ],
  [/^(drone|missile|rocket|shell|strike|attack|troop|aircraft|tank)/u, 2.2],
  [/^(%|percent)/u, 2.4],
  [/^(nation|countr|state|port|airport|school|hospital|compan|firm|operator|flight|plant|factor)/u, 1.8],
  [/^(km|mile|kilometre|kilometer)/u, 1.6],
  [/^(week|month|year|day|hour|minute)/u, 1.2],
];
/** Weight of a count of people: such a count is a key figure even in a sentence another section used. */
const PEOPLE_WEIGHT = 2.4;
/** A duration of the story's event itself ("a 53-day strike", "nine hours of talks"). */
const EVENT_DURATION_BONUS = 1;
const MIN_FIGURE_WEIGHT = 1.4;

function figureWeight(f: Figure, s: Sent): number {
  const text = s.text;
  if (f.kind === "money") return 2.4;
  if (f.kind === "percent")
    return /\b(territory|vote|turnout|market|shares?|index|inflation|rate|gdp|occup\w*|control)\b/i.test(text)
      ? 2.8
      : 1.8;
  let w = 0.6;
  for (const [rx, uw] of UNIT_WEIGHT)
    if (rx.test(f.unit)) {
      w = uw;
      break;
    }
  if (w === 0.6 && /\b(killed|dead|died|deaths|casualties|wounded|injured|alive|missing)\b/i.test(text)) w = 2.6;
  if (isEventDuration(f, text, s.start)) w += EVENT_DURATION_BONUS;
  return w;
}

function sentenceWeight(s: Sent, figs: Figure[]): number {
  let w = Math.max(...figs.map((f) => figureWeight(f, s)));
  if (/\b(killed|dead|died|casualties|alive|occupies|front line|since|first such)\b/i.test(s.text)) w += 0.6;
  // Figures inside speculation or long-past background are weaker.
  if (/\b(boasted|would end the war in)\b/i.test(s.text)) w -= 1.5;
  // "the first such swap in five months", "the largest since 2019": a record gives the figure its news value.
  if (RECORD.test(s.text)) w += 1.6;
  // A distance that measures the conflict or border itself ("the 1,200-km front line").
  if (
    figs.some((f) => f.kind === "distance") &&
    /\b(front ?line|frontier|border|coast(line)?|line of contact)\b/i.test(s.text)
  )
    w += 1.4;
  // "…the previous contract, which proposed a 35% rise": a superseded offer's figure is background.
  if (SUPERSEDED.test(s.text)) w -= SUPERSEDED_PENALTY;
  // "USMX is a shipping industry group representing carriers in the 14 ports": who a side is, not news.
  if (DEFINITION.test(s.text)) w -= DEFINITION_PENALTY;
  // Vague amounts ("hundreds of thousands") and tiny counts ("two people") are weak key figures.
  const amounts = figs.filter((f) => f.kind !== "duration");
  if (amounts.length > 0 && amounts.every((f) => /^(dozens|hundreds|thousands)\b/i.test(f.text))) w -= 1.5;
  else if (figs.every((f) => f.kind === "count" && f.value < 10)) w -= 1.2;
  return w;
}

/** "the first such swap in five months", "the largest strike in 16 years": a record and its span. */
const RECORD = new RegExp(
  `(?<!\\w)${SUPERLATIVE}\\b[^.;]{0,50}\\b(?:in|since|for)\\s+(?:more than |nearly |almost |over )?[\\p{L}\\d,.]+\\s+(?:days?|weeks?|months?|years?|decades?)\\b`,
  "iu",
);

/**
 * The span of a record says how rare the event is, not what it counts: its label is the record
 * itself ("first strike in 16 years", "first such swap in five months").
 */
function recordLabel(f: Figure, s: Sent): string | undefined {
  const start = recordStart(f, s.text, s.start);
  return start === undefined ? undefined : s.text.slice(start, f.end - s.start);
}

/** A sentence that says what a side is: background for a reader who does not know it. */
const DEFINITION =
  /^(?:the\s+)?[\p{Lu}][\p{L}.’'-]*(?:\s+[\p{Lu}][\p{L}.’'-]*){0,5}\s+(?:is|was)\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,4}?(?:group|association|alliance|union|body|organi[sz]ation|coalition|federation|bloc|consortium|council|company|firm)\s+(?:that|which|representing|of|with)\b/u;
const DEFINITION_PENALTY = 1.5;

/** An offer, contract or deal that the story's own has replaced. */
const SUPERSEDED =
  /\b(?:previous|earlier|prior|former|old|last|rejected)\s+(?:\w+\s+)?(?:offer|contract|proposal|deal|agreement)s?\b/i;
const SUPERSEDED_PENALTY = 1.5;

/** The figures of a sentence a key figure may show: not a deal term's, and in a used sentence only people. */
function ownFigures(ctx: SectionContext, s: Sent): Figure[] {
  const used = ctx.used.has(s.gid);
  return s.figures.filter(
    (f) =>
      !ctx.termFigures?.has(figureKey(f)) &&
      (!used || (f.kind === "count" && f.value >= 10 && figureWeight(f, s) >= PEOPLE_WEIGHT)),
  );
}

interface FigureCandidate extends Candidate {
  figs: Figure[];
  date?: DateFigure;
}

export function buildKeyFigures(ctx: SectionContext): KeyFigure[] {
  const { doc } = ctx;
  const cands: FigureCandidate[] = [];
  for (const s of contentSents(doc)) {
    const figs = ownFigures(ctx, s);
    // A deadline may be a term another section states; the year something began is not.
    const date = dateFigures(s).filter((d) => !ctx.used.has(s.gid) || d.rule === "year-of-event")[0];
    if (figs.length === 0 && !date) continue;
    const w = Math.max(figs.length > 0 ? sentenceWeight(s, figs) : 0, date?.weight ?? 0);
    if (w < MIN_FIGURE_WEIGHT) continue;
    const primary = [...figs].sort((a, b) => figureWeight(b, s) - figureWeight(a, s))[0];
    const usePrimary = primary && figureWeight(primary, s) >= (date?.weight ?? 0);
    cands.push({
      sent: s,
      score: w,
      key: usePrimary ? primary.unit : "date",
      figs: usePrimary ? figs : [],
      ...(usePrimary || !date ? {} : { date }),
    });
  }
  // The same count reported by several outlets merges; different counts of one thing stay apart.
  const merged = sameFigureMerged(
    mergeCandidates(cands, 0.25).map((m) => {
      const values = new Set(m.best.sent.figures.map((f) => f.value));
      const agreeing = m.cands.filter((c) => c === m.best || c.sent.figures.some((f) => values.has(f.value)));
      const sources = [...new Set(agreeing.map((c) => c.sent.src))];
      return { ...m, cands: agreeing, sources, score: m.best.score + 1.2 * (sources.length - 1) };
    }),
  );
  const top = pickTop(merged, limitFor(doc, 1.6, 4, 9), 2);
  return top.map((m) => {
    const best = m.best as FigureCandidate;
    const s = best.sent;
    const labels = best.date ? best.date.label : figureLabel(s, best.figs).join(", ");
    return {
      text: `${labels}: ${clipAroundFigure(
        withoutMarkup(figureClause(s, best.date ? best.date.start : best.figs[0]?.start)),
        (best.date ? best.date.label : (best.figs[0]?.text ?? "")).split(" ")[0] ?? "",
        30,
      )}`,
      citations: citationsOf(doc, m),
      corroboration: m.sources.length,
    };
  });
}

/** A large count is one quantity whatever noun an outlet gives it ("500,000 passengers" / "customers"). */
const SAME_COUNT_MIN = 1000;
function mergeKey(f: Figure): string {
  return f.kind === "count" && f.value >= SAME_COUNT_MIN ? `count:${f.value}` : figureKey(f);
}

/** Two groups whose leading figure is the same quantity ("53 days" in two outlets' words) are one. */
function sameFigureMerged(groups: Merged[]): Merged[] {
  const out: Merged[] = [];
  const byKey = new Map<string, Merged>();
  for (const m of [...groups].sort((a, b) => b.score - a.score || a.best.sent.gid - b.best.sent.gid)) {
    const best = m.best as FigureCandidate;
    const keys = best.date ? [`date:${best.date.label}`] : best.figs.map(mergeKey);
    const host = keys.map((k) => byKey.get(k)).find(Boolean);
    if (host) {
      for (const c of m.cands) host.cands.push(c);
      for (const src of m.sources) if (!host.sources.includes(src)) host.sources.push(src);
      host.score += 1.2 * m.sources.filter((x) => !host.sources.includes(x)).length;
      continue;
    }
    for (const k of keys) if (!byKey.has(k)) byKey.set(k, m);
    out.push(m);
  }
  return out;
}

/** Figure labels with their counted noun ("1,200-km front line"); parenthesised conversions are left out. */
function figureLabel(s: Sent, figs: Figure[]): string[] {
  const out: string[] = [];
  for (const f of figs) {
    const at = f.start - s.start;
    if (/\(\s*$/u.test(s.text.slice(Math.max(0, at - 2), at))) continue;
    // "two people", "three firms" beside a larger figure add nothing to the label.
    if (f.kind === "count" && f.value < 10 && out.length > 0) continue;
    // "1.7 trillion per (year)": a dangling "per" is cut from the label.
    let label = f.text.replace(/[,.;:]+$/u, "").replace(/\s+per$/u, "");
    const record = recordLabel(f, s);
    if (record) {
      if (!out.includes(record)) out.push(record);
      continue;
    }
    // Only an attributive figure takes the noun after it ("a 53-day strike", "the 27-mile corridor");
    // after a plural unit the next word belongs to the sentence ("its first strike in 16 years offers").
    if ((f.kind === "distance" || f.kind === "duration") && !/s$/u.test(label)) {
      const after = s.text.slice(f.end - s.start);
      const noun =
        /^\s*(?:\([^)]{1,30}\)\s*)?((?:[a-z][a-z-]+)(?: (?:line|zone|border|ceasefire|truce|period|war|pause|deadline|corridor|route|road|railway|pipeline|strip|bridge|tunnel))?)/u.exec(
          after,
        )?.[1];
      if (
        noun &&
        !/^(of|in|on|at|to|and|or|the|a|for|with|ago|later|earlier|before|after|into|late|early)$/u.test(
          noun.split(" ")[0] ?? "",
        )
      )
        label += ` ${noun}`;
    }
    if (!out.includes(label)) out.push(label);
    if (out.length >= 3) break;
  }
  return out;
}

/** The clause of a sentence that carries the figure at `start`, when it stands on its own. */
function figureClause(s: Sent, start: number | undefined): string {
  const core = coreOf(s).replace(/[.]+$/u, "");
  if (start === undefined) return core;
  const figText = s.text.slice(start - s.start, start - s.start + 12);
  const parts = core.split(/,\s+(?=(?:but|while|as|and|which|with)\b)|;\s+|\s+—\s+/u);
  const at = parts.findIndex((p) => p.includes(figText.trim().split(" ")[0] ?? figText));
  const part = parts[at];
  if (!part || part.split(" ").length < 5) return core;
  // "which was passed last year and expands benefits to 3.5 million veterans" needs what "which" is.
  if (RELATIVE_START.test(part)) return at > 0 ? `${parts[at - 1]}, ${part}` : core;
  return part;
}

/** A clause that leans on the one before it for its subject. */
const RELATIVE_START = /^(?:which|who|whom|whose|where)\b/i;
/** Words shown before the figure when the clause is too long to show whole. */
const WORDS_BEFORE_FIGURE = 12;

/**
 * The clause clipped to `max` words so that the figure stays in sight: "Lawmakers were drafting
 * legislation after … reached a deal to raise the $31.4tn debt ceiling" must not stop before "$31.4tn".
 */
function clipAroundFigure(clause: string, figure: string, max: number): string {
  const words = clause.split(/\s+/u);
  const at = words.findIndex((w) => w.includes(figure));
  if (at < 0 || at < max - 4) return clipClean(clause, max);
  return `… ${clipClean(words.slice(Math.max(0, at - WORDS_BEFORE_FIGURE)).join(" "), max)}`;
}
