// Dates for the timeline: the date each source was written (its publication date, else a date its
// own text carries near the top: "date 2024-11-05", "August 09, 2025", "Aug. 19 (UPI) --",
// "10/8/2025"), checked against the other sources of the story, and the calendar arithmetic that
// pins a weekday ("on Tuesday") to the most recent such day on or before that date.

import { MONTHS, WEEKDAYS } from "./lexicon";
import type { Doc } from "./pipeline";

const DAY_MS = 86400000;
/** A source's own date further than this from the story's other dates is page furniture. */
const MAX_DAYS_APART = 7;
/** Only the top of a page carries its date. */
const HEAD_CHARS = 500;

const MONTH_ALT = `(${MONTHS.join("|")}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?`;
const ISO_RE = /\b(20\d\d)-(\d\d)-(\d\d)\b/u;
const MDY_RE = new RegExp(`\\b${MONTH_ALT}\\s+(\\d{1,2}),?\\s+(20\\d\\d)\\b`, "u");
const DMY_RE = new RegExp(`\\b(\\d{1,2})\\s+${MONTH_ALT},?\\s+(20\\d\\d)\\b`, "u");
const SLASH_RE = /\b(\d{1,2})\/(\d{1,2})\/(20\d\d)\b/u;
/** "Aug. 19 (UPI) --", "July 28 (TNA) –": a dateline without its year. */
const DATELINE_RE = new RegExp(`\\b${MONTH_ALT}\\s+(\\d{1,2})\\s*\\([\\p{Lu}][\\p{L}.]{1,15}\\)`, "u");

export const monthIndex = (name: string) =>
  MONTHS.findIndex((m) => name.toLowerCase().startsWith(m.slice(0, 3).toLowerCase()));

const utc = (y: number, m: number, d: number) => Date.UTC(y, m, d);
export const isoOf = (t: number) => new Date(t).toISOString().slice(0, 10);

interface HeadDate {
  /** Candidate days (ms): a slash date may be day/month or month/day. */
  times: number[];
  /** Carries no year: the story's year completes it. */
  yearless?: { month: number; day: number };
}

function headDate(text: string): HeadDate | undefined {
  const head = text.slice(0, HEAD_CHARS);
  const iso = ISO_RE.exec(head);
  if (iso) return { times: [utc(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]))] };
  const mdy = MDY_RE.exec(head);
  if (mdy) return { times: [utc(Number(mdy[3]), monthIndex(mdy[1] ?? ""), Number(mdy[2]))] };
  const dmy = DMY_RE.exec(head);
  if (dmy) return { times: [utc(Number(dmy[3]), monthIndex(dmy[2] ?? ""), Number(dmy[1]))] };
  const slash = SLASH_RE.exec(head);
  if (slash) {
    const [a, b, y] = [Number(slash[1]), Number(slash[2]), Number(slash[3])];
    const times = [a <= 12 ? utc(y, a - 1, b) : NaN, b <= 12 ? utc(y, b - 1, a) : NaN].filter((t) => !Number.isNaN(t));
    return { times };
  }
  const line = DATELINE_RE.exec(head);
  if (line) return { times: [], yearless: { month: monthIndex(line[1] ?? ""), day: Number(line[2]) } };
  return undefined;
}

function publishedTime(publishedAt?: string): number | undefined {
  if (!publishedAt) return undefined;
  const t = new Date(publishedAt).getTime();
  return Number.isNaN(t)
    ? undefined
    : Date.UTC(new Date(t).getUTCFullYear(), new Date(t).getUTCMonth(), new Date(t).getUTCDate());
}

/**
 * Each source's date (ms at UTC midnight), when known: its publication date, else the date at the
 * top of its text, kept only when it agrees with the story's other dates (a weather widget dated
 * weeks later is furniture); a slash date takes the reading that agrees.
 */
export function sourceDates(doc: Doc): Array<number | undefined> {
  const heads = doc.sources.map((s) => ({
    pub: publishedTime(s.input.publishedAt),
    head: headDate(s.input.text ?? ""),
  }));
  const firm = heads.flatMap((h) => (h.pub !== undefined ? [h.pub] : h.head?.times.length === 1 ? h.head.times : []));
  // The story's date: the firm date most other dates agree with (a yearless dateline agrees by
  // month and day); ties go to the earliest.
  const yearless = heads.flatMap((h) => (h.pub === undefined && h.head?.yearless ? [h.head.yearless] : []));
  const support = (t: number) =>
    firm.filter((u) => Math.abs(u - t) <= MAX_DAYS_APART * DAY_MS).length +
    yearless.filter((y) => {
      const u = utc(new Date(t).getUTCFullYear(), y.month, y.day);
      return Math.abs(u - t) <= MAX_DAYS_APART * DAY_MS;
    }).length;
  const median = [...firm].sort((a, b) => support(b) - support(a) || a - b)[0];
  const near = (t: number) => median === undefined || Math.abs(t - median) <= MAX_DAYS_APART * DAY_MS;
  return heads.map(({ pub, head }) => {
    if (pub !== undefined) return pub;
    if (!head) return undefined;
    if (head.yearless && median !== undefined) {
      const t = utc(new Date(median).getUTCFullYear(), head.yearless.month, head.yearless.day);
      return near(t) ? t : undefined;
    }
    const fit = head.times.filter(near);
    return fit.length === 1 ? fit[0] : undefined;
  });
}

/** The most recent given weekday (Monday = 0) on or before a day. */
export function weekdayOnOrBefore(weekday: string, ref: number): number {
  const target = WEEKDAYS.indexOf(weekday);
  const refDay = (new Date(ref).getUTCDay() + 6) % 7;
  return ref - ((refDay - target + 7) % 7) * DAY_MS;
}

/** "Tuesday 19 August 2025". */
export function longDate(t: number): string {
  const d = new Date(t);
  return `${WEEKDAYS[(d.getUTCDay() + 6) % 7]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}
