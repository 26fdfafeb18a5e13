// Small, deterministic formatting shared by the reader pages. Dates are rendered in UTC so the
// server's time zone never changes what a reader (or a test) sees.

const dateFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});
const dateTimeFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "UTC",
});

export function formatDate(date: Date): string {
  return dateFormat.format(date);
}

export function formatDateTime(date: Date): string {
  return `${dateTimeFormat.format(date)} UTC`;
}

/** An ISO string from the source record; shown as stored when it is not a valid date. */
export function formatIsoDate(iso: string | null): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : formatDate(date);
}

/** Enough of a SHA-256 hex digest to compare by eye; the full value goes in a title attribute. */
export function shortHash(hash: string, length = 12): string {
  const hex = hash.replace(/^sha256:/i, "");
  return hex.length > length ? hex.slice(0, length) : hex;
}

/** The first words of a text, cut at a word boundary. */
export function excerpt(text: string, maxChars = 220): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= maxChars) return clean;
  const cut = clean.slice(0, maxChars + 1);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > maxChars * 0.6 ? cut.slice(0, lastSpace) : clean.slice(0, maxChars)).replace(/[\s,;:.–—-]+$/, "")}…`;
}

// Item keys are generated ("pos-1a2b3c4d-2") but added items could in principle carry anything;
// ids must stay valid fragment identifiers.
function idPart(key: string): string {
  return key.replace(/[^A-Za-z0-9_-]+/g, "_");
}

export function itemAnchorId(itemKey: string): string {
  return `item-${idPart(itemKey)}`;
}

export function sourceAnchorId(sourceNumber: number): string {
  return `source-${sourceNumber}`;
}

/** "/b/<slug>" for the latest version, "/b/<slug>/v/<n>" for a pinned one. */
export function briefingPath(slug: string, version?: number): string {
  const base = `/b/${encodeURIComponent(slug)}`;
  return version === undefined ? base : `${base}/v/${version}`;
}

/** A route segment that names a version: a positive integer without sign, zeros or exponent. */
export function parseVersionParam(raw: string): number | null {
  if (!/^[1-9]\d{0,8}$/.test(raw)) return null;
  return Number(raw);
}

/** "12 November 2024", or "12–14 November 2024" / "30 October – 2 November 2024" for a span. */
export function formatDateRange(range: { first: Date; last: Date }): string {
  const first = formatDate(range.first);
  const last = formatDate(range.last);
  if (first === last) return first;
  const [d1, m1, y1] = first.split(" ");
  const [d2, m2, y2] = last.split(" ");
  if (y1 === y2 && m1 === m2) return `${d1}–${d2} ${m2} ${y2}`;
  if (y1 === y2) return `${d1} ${m1} – ${d2} ${m2} ${y2}`;
  return `${first} – ${last}`;
}

// "Rejected: …", "Demanded (Hamas): …", "Tentatively agreed: …": the badge says the status, the
// table's column (or "put forward by") the party, which an editor may have renamed since.
const STATUS_PREFIX =
  /^\s*(?:proposed|proposal|demanded|demand|rejected|tentatively agreed|tentative|agreed|on the table)(?:\s*\([^)]{1,120}\))?\s*[:–—-]\s*/i;

/** A deal term's text without a leading status word ("Rejected: …") the status badge already says. */
export function withoutStatusPrefix(text: string): string {
  const rest = text.replace(STATUS_PREFIX, "");
  return rest === text || rest.length === 0 ? text : rest.charAt(0).toUpperCase() + rest.slice(1);
}
