// Dates that are key figures: a deadline ("ahead of a June 5 deadline", "tariffs take effect on
// August 1") and the year something began ("imposed in 1992", "in place since 1988"). A bare year
// is never one: the sentence must say what happened then.

import { MONTHS } from "./lexicon";
import type { Sent } from "./pipeline";

export interface DateFigure {
  /** "June 5 deadline", "since 1988". */
  label: string;
  /** Id of the rule that found it. */
  rule: string;
  /** Offset of the date in the document. */
  start: number;
  weight: number;
}

export interface DateRule {
  id: string;
  pattern: RegExp;
  weight: number;
  /** The sentence must also match this for the date to count. */
  needs?: RegExp;
}

const MONTH = `(?:${MONTHS.join("|")}|${MONTHS.map((m) => m.slice(0, 3)).join("|")}|Sept)\\.?`;
const DAY_DATE = `(?:${MONTH}\\s+\\d{1,2}(?:,?\\s+\\d{4})?|\\d{1,2}\\s+${MONTH}(?:\\s+\\d{4})?)`;

export const DATE_RULES: DateRule[] = [
  // "ahead of a June 5 deadline", "the deadline of 1 August".
  {
    id: "deadline-date",
    pattern: new RegExp(`\\b(${DAY_DATE})\\s+deadline\\b|\\bdeadline\\s+(?:of|on|for)\\s+(${DAY_DATE})`, "u"),
    weight: 2.4,
  },
  // "tariffs take effect on August 1", "if no deal were done by Aug. 1", "starting August 1".
  {
    id: "effective-date",
    pattern: new RegExp(`\\b(?:by|before|starting|from|on|until)\\s+(${DAY_DATE})`, "u"),
    weight: 2,
    needs: /\b(deadline|take effect|takes effect|come into force|expires?|default|due|kick in|starting)\b/i,
  },
  // "The restrictions were imposed in 1992", "a conflict that has been in place since 1988".
  {
    id: "year-of-event",
    pattern: /\b((?:since|in)\s+(?:19|20)\d\d)\b(?![-–]\d)/u,
    weight: 1.6,
    needs:
      /\b(imposed|began|begun|started|signed|passed|founded|erupted|shut|closed|frozen|introduced|invaded|seized|annexed|broke out|in place|enacted|launched|created|established)\b/i,
  },
];

/** The key dates a sentence states, strongest first. */
export function dateFigures(s: Sent): DateFigure[] {
  const out: DateFigure[] = [];
  for (const r of DATE_RULES) {
    if (r.needs && !r.needs.test(s.text)) continue;
    const m = r.pattern.exec(s.text);
    if (!m) continue;
    const date = (m[1] ?? m[2] ?? "").trim();
    const label = r.id === "deadline-date" ? `${date} deadline` : date.replace(/^in\s+/u, "");
    out.push({ label, rule: r.id, start: s.start + (m.index ?? 0), weight: r.weight });
  }
  return out.sort((a, b) => b.weight - a.weight);
}
