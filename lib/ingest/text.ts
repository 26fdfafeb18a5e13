import { createHash } from "node:crypto";

// Characters that render as nothing. For hashing, joiners and soft hyphens go too: they change
// nothing a reader would call "different text".
const HASH_INVISIBLE = /\u200B|\u200C|\u200D|\u2060|\uFEFF|\u00AD/g;
// For counting: a zero-width space, word joiner or BOM inside a word does not split it (/\s/ matches U+FEFF).
const INVISIBLE = /\u200B|\u2060|\uFEFF/g;

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
  for (const token of text.replace(INVISIBLE, "").split(/\s+/u)) {
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
