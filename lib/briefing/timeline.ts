// Stage 11a: dated events. Weekday names ("on Thursday") are resolved against the source's
// publishedAt when it is known (the most recent such day on or before publication); otherwise
// the expression is kept as written.

import { attributed, citationsOf, mergeCandidates, pickTop, type Candidate } from "./items";
import { MONTHS, WEEKDAYS } from "./lexicon";
import type { Doc, Sent } from "./pipeline";
import type { TimelineEvent } from "./types";

const DATE_RE = new RegExp(
  `\\b(?:on\\s+)?(?:(${WEEKDAYS.join("|")})(?:,\\s*)?)?(?:\\s*((?:${MONTHS.join("|")}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?)\\s+\\d{1,2}(?:,\\s*\\d{4})?|\\d{1,2}\\s+(?:${MONTHS.join("|")})(?:\\s+\\d{4})?))?`,
  "u",
);

export interface DateHit {
  expr: string;
  weekday?: string;
  monthDay?: string;
}

export function findDate(text: string): DateHit | undefined {
  const re = new RegExp(DATE_RE.source, "gu");
  for (const m of text.matchAll(re)) {
    if (!m[1] && !m[2]) continue;
    return { expr: m[0].replace(/^on\s+/u, "").trim(), weekday: m[1], monthDay: m[2] };
  }
  return undefined;
}

const MONTH_INDEX = (name: string) =>
  MONTHS.findIndex((m) => name.toLowerCase().startsWith(m.slice(0, 3).toLowerCase()));

/** ISO date for a date expression, when it can be pinned down. */
export function resolveDate(hit: DateHit, publishedAt?: string): string | undefined {
  const pub = publishedAt ? new Date(publishedAt) : undefined;
  const validPub = pub && !Number.isNaN(pub.getTime()) ? pub : undefined;
  if (hit.monthDay) {
    const m =
      /^([\p{L}.]+)\s+(\d{1,2})(?:,\s*(\d{4}))?$/u.exec(hit.monthDay) ??
      /^(\d{1,2})\s+([\p{L}]+)(?:\s+(\d{4}))?$/u.exec(hit.monthDay);
    if (!m) return undefined;
    const [monthName, dayStr] = /^\d/u.test(m[1] ?? "") ? [m[2] ?? "", m[1] ?? ""] : [m[1] ?? "", m[2] ?? ""];
    const month = MONTH_INDEX(monthName);
    const year = m[3] ? Number(m[3]) : validPub?.getUTCFullYear();
    if (month < 0 || !year) return undefined;
    return new Date(Date.UTC(year, month, Number(dayStr))).toISOString().slice(0, 10);
  }
  if (hit.weekday && validPub) {
    const target = WEEKDAYS.indexOf(hit.weekday); // Monday = 0
    const pubDay = (validPub.getUTCDay() + 6) % 7;
    const back = (pubDay - target + 7) % 7;
    const d = new Date(validPub.getTime() - back * 86400000);
    return d.toISOString().slice(0, 10);
  }
  return undefined;
}

const EVENT =
  /\b(withdr\w+|recall\w*|agreed|announc\w+|launch\w*|held|hold|met|meet|concluded|began|started|resumed|suspended|signed|exchanged|took place|attack\w*|struck|strikes?|rejected|confirmed|said|told|posted|wrote|released|killed|voted|ruled|arrested|postponed)\b/iu;

export function buildTimeline(doc: Doc): TimelineEvent[] {
  const cands: Candidate[] = [];
  const whenOf = new Map<number, { when: string; iso?: string }>();
  for (const s of doc.sents) {
    if (s.kind !== "content") continue;
    const hit = findDate(s.text);
    if (!hit || !EVENT.test(s.text)) continue;
    const iso = resolveDate(hit, doc.sources[s.src]?.input.publishedAt);
    whenOf.set(s.gid, { when: iso ?? hit.expr, iso });
    let score = 1 + (s.a.actor ? 1 : 0) + (iso ? 0.5 : 0);
    if (
      /\b(said|told|wrote)\b/u.test(s.text) &&
      !/\b(agreed|withdr|recall|launch|exchang|concluded|held)/iu.test(s.text)
    )
      score -= 0.5;
    // Events on different days are different events, whatever words they share.
    cands.push({ sent: s, score, key: iso ?? hit.monthDay ?? hit.weekday ?? hit.expr });
  }
  const merged = mergeCandidates(cands, 0.3);
  const top = pickTop(merged, Math.max(4, Math.min(10, doc.sources.length * 2)));
  const events = top.map((m) => {
    const w = whenOf.get(m.best.sent.gid) ?? { when: "" };
    return { m, w, s: m.best.sent as Sent };
  });
  // Resolved dates in order; unresolved ones keep story order after them.
  events.sort((a, b) => {
    if (a.w.iso && b.w.iso) return a.w.iso.localeCompare(b.w.iso);
    if (a.w.iso) return -1;
    if (b.w.iso) return 1;
    const wa = WEEKDAYS.findIndex((d) => a.w.when.startsWith(d));
    const wb = WEEKDAYS.findIndex((d) => b.w.when.startsWith(d));
    if (wa >= 0 && wb >= 0 && wa !== wb) return wa - wb;
    return a.s.gid - b.s.gid;
  });
  return events.map(({ m, w, s }) => ({
    when: w.when,
    text: attributed(s.a.actor ?? "Reported", s, 30),
    citations: citationsOf(doc, m),
    corroboration: m.sources.length,
  }));
}
