// Dates are printed in UTC with a fixed English locale so that the same published version
// renders byte-for-byte the same text whatever the server's timezone or LANG.

const DATE = new Intl.DateTimeFormat("en-GB", {
  timeZone: "UTC",
  day: "numeric",
  month: "long",
  year: "numeric",
});

const TIME = new Intl.DateTimeFormat("en-GB", {
  timeZone: "UTC",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

function parseIso(iso: string): Date | undefined {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** "21 November 2025"; an unparseable value is shown as given rather than dropped. */
export function formatDate(iso: string): string {
  const date = parseIso(iso);
  return date ? DATE.format(date) : iso;
}

/** "21 November 2025, 14:05 UTC". */
export function formatDateTime(iso: string): string {
  const date = parseIso(iso);
  return date ? `${DATE.format(date)}, ${TIME.format(date)} UTC` : iso;
}

export const SHORT_HASH_LENGTH = 12;

/** Drops an algorithm prefix such as "sha256:" so the short form is always hex. */
export function shortHash(hash: string): string {
  const bare = hash.includes(":") ? hash.slice(hash.lastIndexOf(":") + 1) : hash;
  return bare.slice(0, SHORT_HASH_LENGTH);
}

export function pluralize(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

/**
 * Wraps a cited passage in curly quotes. The passage itself is never edited (it is the
 * verbatim evidence), so a quote that already carries its own quote marks keeps them.
 */
export function curlyQuote(passage: string): string {
  return `“${passage.trim()}”`;
}
