import { createHash } from "node:crypto";

// Characters that render as nothing and carry no meaning in display text.
const INVISIBLE = /\u200B|\u2060|\uFEFF/g;
// For hashing we also drop joiners and soft hyphens: they change nothing a reader would
// call "different text". Display keeps them (ZWNJ matters in Persian, ZWJ in emoji).
const HASH_INVISIBLE = /\u200B|\u200C|\u200D|\u2060|\uFEFF|\u00AD/g;
// Every Unicode space separator except the newline family, which carries paragraph structure.
const INLINE_SPACE = /[\t\v\f \u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g;

/**
 * Whitespace-tidied text for display: newlines unified to \n, zero-width spaces and
 * stray BOMs dropped, runs of inline spaces collapsed, trailing spaces removed, at most one blank
 * line between paragraphs, trimmed. Words and punctuation are never changed.
 */
export function toCleanText(text: string): string {
  return text
    .replace(/\r\n?|\u2028|\u2029|\u0085/g, "\n")
    .replace(INVISIBLE, "")
    .replace(INLINE_SPACE, " ")
    .replace(/ *\n */g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/**
 * The form hashed for duplicate detection: Unicode NFC; zero-width spaces, joiners, word
 * joiners, BOMs and soft hyphens removed;
 * every whitespace run (spaces, tabs, newlines, NBSP...) collapsed to one space, trimmed.
 * Case and punctuation are kept: "Mayor" and "mayor" are different texts to an editor.
 */
export function normalizeForHash(text: string): string {
  return text.normalize("NFC").replace(HASH_INVISIBLE, "").replace(/\s+/gu, " ").trim();
}

/** sha256 hex of `normalizeForHash(text)`; equal hashes mean "the same text" for a story. */
export function contentHashOf(text: string): string {
  return createHash("sha256").update(normalizeForHash(text), "utf8").digest("hex");
}

/**
 * Whitespace-separated tokens that contain at least one letter or digit, so stray
 * punctuation like "—" is not a word. CJK runs without spaces count as one word each.
 */
export function countWords(text: string): number {
  let count = 0;
  for (const token of text.split(/\s+/u)) {
    if (/[\p{L}\p{N}]/u.test(token)) count += 1;
  }
  return count;
}

/** True when nothing but whitespace and invisible characters is left. */
export function isBlank(text: string): boolean {
  return normalizeForHash(text).length === 0;
}

/** Parses a date string from metadata; returns ISO 8601 or undefined when it is not a date. */
export function toIsoDate(value: string | null | undefined): string | undefined {
  if (value == null) return undefined;
  const trimmed = value.trim();
  if (trimmed === "") return undefined;
  const ms = Date.parse(trimmed);
  if (Number.isNaN(ms)) return undefined;
  return new Date(ms).toISOString();
}

export function nonEmpty(value: string | null | undefined): string | undefined {
  if (value == null) return undefined;
  const tidy = value.replace(/\s+/gu, " ").trim();
  return tidy === "" ? undefined : tidy;
}
