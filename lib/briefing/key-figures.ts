// Stage: key figures. Number + unit phrases weighted by what they count.

import { type Figure } from "./figures";
import { citationsOf, clipClean, coreOf, mergeCandidates, pickTop, type Candidate } from "./items";

import type { Sent } from "./pipeline";

import type { KeyFigure } from "./types";
import { contentSents, limitFor, type SectionContext } from "./section-context";

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
