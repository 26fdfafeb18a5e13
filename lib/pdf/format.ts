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

/** Longer than any word a sentence needs; only URLs, hashes and junk tokens get this long. */
const LONG_WORD = 30;
const LONG_WORD_PIECE = 20;

/**
 * Hyphenation callback for react-pdf. Ordinary words stay whole (the built-in English
 * hyphenator mangles names: "Zelen-skyy"), but a token too long for any line is cut into
 * pieces, otherwise it would run off the right edge of the page.
 */
export function splitOverlongWord(word: string): string[] {
  if (word.length <= LONG_WORD) return [word];
  const pieces: string[] = [];
  for (let i = 0; i < word.length; i += LONG_WORD_PIECE) pieces.push(word.slice(i, i + LONG_WORD_PIECE));
  return pieces;
}

const BREAK_BEFORE = new Set([".", ",", "-", "~", "_", "?", "#", "%", "=", "&"]);

/** Chicago Manual of Style URL breaks: after a slash, before most punctuation, around = and &. */
function canBreakUrlAt(url: string, k: number): boolean {
  const prev = url[k - 1];
  const next = url[k];
  if (prev === undefined || next === undefined) return false;
  if (prev === "/") return next !== "/";
  return BREAK_BEFORE.has(next) || prev === "=" || prev === "&";
}

/**
 * Lines of at most `max` characters for printing a URL. react-pdf would mark a break
 * inside a word with a hyphen, which reads as part of the address, so URLs are broken
 * here instead, at a point the Chicago Manual allows, as late in the line as possible.
 * 110 characters of a typical URL in 8pt Source Sans fill about 80% of the A4 text column;
 * a line of unusually wide letters falls back to the overlong-word split.
 */
export function urlLines(url: string, max = 110): string[] {
  const lines: string[] = [];
  let rest = url;
  while (rest.length > max) {
    let at = max;
    for (let k = max; k >= Math.ceil(max / 2); k -= 1) {
      if (canBreakUrlAt(rest, k)) {
        at = k;
        break;
      }
    }
    lines.push(rest.slice(0, at));
    rest = rest.slice(at);
  }
  lines.push(rest);
  return lines;
}
