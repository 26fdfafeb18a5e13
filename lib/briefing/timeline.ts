// Stage 11a: dated events, in date order, one entry per event. A weekday ("on Thursday") is
// resolved against the source's own date (publication date, else a date its text carries; see
// timeline-dates.ts), else against the story's latest such date; a date without a year takes the
// year from there. Dates in a subordinate phrase ("since the Oct. 7 attacks", "until Jan. 15")
// are not the event's date.

import {
  attributed,
  citationsOf,
  clipClean,
  dropLeadingConnective,
  mergeCandidates,
  pickTop,
  type Candidate,
} from "./items";
import { MONTHS, WEEKDAYS } from "./lexicon";
import type { Doc, Sent } from "./pipeline";
import { squash } from "./text";
import { isoOf, longDate, monthIndex, sourceDates, weekdayOnOrBefore } from "./timeline-dates";
import type { TimelineEvent } from "./types";

const DATE_RE = new RegExp(
  `\\b(?:on\\s+)?(?:(${WEEKDAYS.join("|")})(?:,\\s*)?)?(?:\\s*((?:${MONTHS.join("|")}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?)\\s+\\d{1,2}(?:,\\s*\\d{4})?|\\d{1,2}\\s+(?:${MONTHS.join("|")})(?:\\s+\\d{4})?))?`,
  "u",
);

/** Words before a date that make it another event's date or a deadline, not this event's. */
const NOT_EVENT_DATE =
  /\b(?:since|until|till|through|before|by|from|starting|effective|deadline|as late as|as soon as|expires?|expired)(?:\s+(?:the|on|early|late))?\s*$/i;

/** A planned event: "a House vote to take place Wednesday", "expects … by Sunday". */
const FUTURE = /\b(?:will|expects?|expected|scheduled|set to|due to|plans? to|to take place)\b/i;

/** Words an entry is at most. */
const LABEL_WORDS = 30;
/** Two events on one day with this much wording in common are one event. */
const SAME_EVENT_JACCARD = 0.15;
/**
 * A day's entries at most: the outlets report one day's main event many ways ("approved a
 * deal", "the package was approved", "workers began walking picket lines" / "the union went on
 * strike"), too differently worded to merge; the strongest stands for the day.
 */
const ENTRIES_PER_DAY = 1;
/** A weaker entry of a kept day with this share of its words in the kept one adds its outlets there. */
const SAME_DAY_ABSORB = 0.3;

export interface DateHit {
  expr: string;
  weekday?: string;
  monthDay?: string;
}

/** The first date expression of a text that dates its event (not "since …", "until …"). */
export function findDate(text: string): DateHit | undefined {
  const re = new RegExp(DATE_RE.source, "gu");
  for (const m of text.matchAll(re)) {
    if (!m[1] && !m[2]) continue;
    const at = m.index ?? 0;
    if (NOT_EVENT_DATE.test(text.slice(Math.max(0, at - 30), at))) continue;
    // "Nov. 5 (UPI) --": the dateline dates the report; the event has its own date.
    if (/^\s*\([\p{Lu}][\p{L}.]{1,15}\)/u.test(text.slice(at + m[0].length))) continue;
    const expr = m[0]
      .replace(/^on\s+/u, "")
      .replace(/[\s,.;:]+$/u, "")
      .trim();
    return { expr, weekday: m[1], monthDay: m[2]?.replace(/[\s,.;:]+$/u, "") };
  }
  return undefined;
}

/** "Feb. 5", "5 February 2025": month (0-11), day and, when written, year. */
function monthDayOf(monthDay: string): { month: number; day: number; year?: number } | undefined {
  const m =
    /^([\p{L}.]+)\s+(\d{1,2})(?:,\s*(\d{4}))?$/u.exec(monthDay) ??
    /^(\d{1,2})\s+([\p{L}]+)(?:\s+(\d{4}))?$/u.exec(monthDay);
  if (!m) return undefined;
  const [monthName, dayStr] = /^\d/u.test(m[1] ?? "") ? [m[2] ?? "", m[1] ?? ""] : [m[1] ?? "", m[2] ?? ""];
  const month = monthIndex(monthName);
  if (month < 0) return undefined;
  return { month, day: Number(dayStr), ...(m[3] ? { year: Number(m[3]) } : {}) };
}

/** ISO date for a date expression, against a reference day (ISO string or ms), when it can be pinned down. */
export function resolveDate(hit: DateHit, reference?: string | number): string | undefined {
  const refTime = typeof reference === "number" ? reference : reference ? new Date(reference).getTime() : NaN;
  const ref = Number.isNaN(refTime) ? undefined : refTime;
  if (hit.monthDay) {
    const md = monthDayOf(hit.monthDay);
    if (!md) return undefined;
    const { month, day } = md;
    if (md.year !== undefined) return isoOf(Date.UTC(md.year, month, day));
    if (ref === undefined) return undefined;
    // No year: the reading nearest the reference ("until Jan. 15" in an October story is next January).
    const y = new Date(ref).getUTCFullYear();
    const nearest = [y - 1, y, y + 1]
      .map((year) => Date.UTC(year, month, day))
      .sort((a, b) => Math.abs(a - ref) - Math.abs(b - ref))[0];
    return nearest === undefined ? undefined : isoOf(nearest);
  }
  if (hit.weekday && ref !== undefined) {
    const day = Date.UTC(new Date(ref).getUTCFullYear(), new Date(ref).getUTCMonth(), new Date(ref).getUTCDate());
    return isoOf(weekdayOnOrBefore(hit.weekday, day));
  }
  return undefined;
}

const EVENT =
  /\b(withdr\w+|recall\w*|agreed|announc\w+|launch\w*|held|hold|met|meet|concluded|began|started|resumed|suspended|signed|exchanged|took place|attack\w*|struck|strikes?|rejected|confirmed|said|told|posted|wrote|released|killed|voted|ruled|arrested|postponed|ratif\w+|approved|ended|reached)\b/i;

/** Page furniture and datelines at the start of a sentence: "date 2024-11-05", "Aug. 19 (UPI) --". */
const LEAD_FURNITURE =
  /^(?:date\s+\d{4}-\d\d-\d\d\s+|[\p{L}.]+\s+\d{1,2}\s*\([\p{Lu}][\p{L}.]{1,15}\)\s*[-—–]+\s*|[\p{Lu}][\p{Lu} ,.]{2,}\([\p{Lu}][\p{L}.]{1,15}\)\s*[-—–]+\s*)/u;

/** The entry's wording: the event sentence itself (quotations keep their speaker), clipped. */
function label(s: Sent): string {
  const text = squash(s.text).replace(LEAD_FURNITURE, "");
  if (/^[“"‘]/u.test(text) && s.a.speaker) return attributed(s.a.speaker, s, LABEL_WORDS);
  return clipClean(dropLeadingConnective(text), LABEL_WORDS).replace(/[,;:\s]+$/u, "");
}

export function buildTimeline(doc: Doc): TimelineEvent[] {
  const own = sourceDates(doc);
  const known = own.filter((t): t is number => t !== undefined);
  const storyDate = known.length ? Math.max(...known) : undefined;
  const cands: Candidate[] = [];
  // `order`: a day of a month without a year (month × 32 + day), which sorts among its kind.
  const whenOf = new Map<number, { when: string; iso?: string; order?: number }>();
  for (const s of doc.sents) {
    if (s.kind !== "content") continue;
    const hit = findDate(s.text);
    // A quotation is a statement, not an event; a question is not an event either.
    if (!hit || !EVENT.test(s.text) || /^[“"‘]/u.test(s.text) || /\?["”]?$/u.test(s.text)) continue;
    const iso = resolveDate(hit, own[s.src] ?? storyDate);
    const when = iso ? longDate(Date.parse(`${iso}T00:00:00Z`)) : hit.expr;
    const md = !iso && hit.monthDay ? monthDayOf(hit.monthDay) : undefined;
    whenOf.set(s.gid, { when, iso, ...(md ? { order: md.month * 32 + md.day } : {}) });
    let score = 1 + (s.a.actor ? 1 : 0) + (iso ? 0.5 : 0);
    if (
      /\b(said|told|wrote)\b/u.test(s.text) &&
      !/\b(agreed|withdr|recall|launch|exchang|concluded|held)/i.test(s.text)
    )
      score -= 0.5;
    // Events on different days are different events, whatever words they share.
    cands.push({ sent: s, score, key: iso ?? hit.monthDay ?? hit.weekday ?? hit.expr });
  }
  const merged = mergeCandidates(cands, SAME_EVENT_JACCARD);
  const top = pickTop(
    merged,
    Math.max(4, Math.min(10, doc.sources.length * 2)),
    ENTRIES_PER_DAY,
    (m) => m.best.key,
    SAME_DAY_ABSORB,
  );
  const events = top.map((m) => ({ m, w: whenOf.get(m.best.sent.gid) ?? { when: "" }, s: m.best.sent }));
  // Resolved dates in order; then days of a month without a year, in calendar order; then
  // unpinned weekdays.
  events.sort((a, b) => {
    if (a.w.iso && b.w.iso) return a.w.iso.localeCompare(b.w.iso) || a.s.gid - b.s.gid;
    if (a.w.iso) return -1;
    if (b.w.iso) return 1;
    const da = a.w.order;
    const db = b.w.order;
    if (da !== undefined && db !== undefined) return da - db || a.s.gid - b.s.gid;
    if (da !== undefined) return -1;
    if (db !== undefined) return 1;
    // Unpinned weekdays: what has happened before what is planned, then Monday to Sunday.
    const fa = FUTURE.test(a.s.text) ? 1 : 0;
    const fb = FUTURE.test(b.s.text) ? 1 : 0;
    if (fa !== fb) return fa - fb;
    const wa = WEEKDAYS.findIndex((d) => a.w.when.startsWith(d));
    const wb = WEEKDAYS.findIndex((d) => b.w.when.startsWith(d));
    if (wa >= 0 && wb >= 0 && wa !== wb) return wa - wb;
    return a.s.gid - b.s.gid;
  });
  return events.map(({ m, w, s }) => ({
    when: w.when,
    text: label(s),
    citations: citationsOf(doc, m),
    corroboration: m.sources.length,
  }));
}
