// Text normalisation shared by item keys, similarity matching and diffs.
// Everything here is deterministic and dependency-free so keys computed on the server and in
// the browser (or by a later release) agree byte for byte.

/**
 * Function words and attribution verbs. Dropping them keeps a key stable when the engine swaps
 * "Israel says it will …" for "Israel said it would …".
 * Negations ("not", "no", "never", "nor", "without") are deliberately absent: they flip meaning.
 */
const STOP_WORDS: ReadonlySet<string> = new Set([
  "a",
  "an",
  "the",
  "and",
  "or",
  "but",
  "if",
  "then",
  "than",
  "so",
  "as",
  "at",
  "by",
  "for",
  "from",
  "in",
  "into",
  "of",
  "off",
  "on",
  "onto",
  "out",
  "over",
  "to",
  "up",
  "with",
  "about",
  "after",
  "before",
  "between",
  "during",
  "under",
  "upon",
  "via",
  "per",
  "is",
  "are",
  "was",
  "were",
  "be",
  "been",
  "being",
  "am",
  "has",
  "have",
  "had",
  "having",
  "do",
  "does",
  "did",
  "will",
  "would",
  "shall",
  "should",
  "can",
  "could",
  "may",
  "might",
  "must",
  "it",
  "its",
  "this",
  "that",
  "these",
  "those",
  "there",
  "here",
  "which",
  "who",
  "whom",
  "whose",
  "what",
  "when",
  "where",
  "why",
  "how",
  "he",
  "him",
  "his",
  "she",
  "her",
  "hers",
  "they",
  "them",
  "their",
  "theirs",
  "we",
  "us",
  "our",
  "ours",
  "i",
  "me",
  "my",
  "you",
  "your",
  "yours",
  "also",
  "still",
  "just",
  "very",
  "some",
  "any",
  "all",
  "each",
  "both",
  "such",
  "own",
  "same",
  "other",
  "more",
  "most",
  "further",
  "again",
  "already",
  "yet",
  "while",
  "because",
  "whether",
  "says",
  "said",
  "say",
  "saying",
  "according",
  "reportedly",
  "reported",
  "reports",
  "told",
  "stated",
  "states",
  "added",
  "claims",
  "claimed",
]);

const CURLY_SINGLE = /[\u2018\u2019\u201A\u201B\u2032\u02BC]/g;
const CURLY_DOUBLE = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;

/** Curly/straight quotes and dash variants are treated alike, as in the briefing schema. */
export function foldTypography(text: string): string {
  return text.replace(CURLY_SINGLE, "'").replace(CURLY_DOUBLE, '"').replace(DASHES, "-");
}

/** Lowercase, accents and typography folded, punctuation turned into spaces, numbers kept whole. */
export function normaliseText(text: string): string {
  return (
    foldTypography(text)
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/%/g, " percent ")
      // "1,200" and "1200" are the same figure; "2.5" must not become "2 5".
      .replace(/(\d),(?=\d{3}\b)/g, "$1")
      .replace(/'s\b/g, "")
      .replace(/(\w)'(\w)/g, "$1$2")
      // A dot survives only inside a number.
      .replace(/(?<!\d)\.|\.(?!\d)/g, " ")
      .replace(/[^a-z0-9.]+/g, " ")
      .trim()
  );
}

/**
 * Light suffix folding so "demands"/"demanded"/"demanding" and "hostages"/"hostage" collide.
 * Not a real stemmer: it only has to be consistent, never linguistically right.
 */
export function foldToken(token: string): string {
  if (/^\d/.test(token)) return token;
  let t = token;
  if (t.length > 4 && t.endsWith("ies")) t = `${t.slice(0, -3)}y`;
  else if (t.length > 3 && t.endsWith("s") && !/(ss|us|is)$/.test(t)) t = t.slice(0, -1);
  if (t.length > 5 && t.endsWith("ing")) t = t.slice(0, -3);
  else if (t.length > 4 && t.endsWith("ed")) t = t.slice(0, -2);
  if (t.length > 4 && t.endsWith("e")) t = t.slice(0, -1);
  return t;
}

/** Meaningful tokens of a text: normalised, stop words dropped, folded, unique, sorted. */
export function contentTokens(text: string, exclude: ReadonlySet<string> = new Set()): string[] {
  const out = new Set<string>();
  for (const raw of normaliseText(text).split(" ")) {
    if (raw === "" || STOP_WORDS.has(raw)) continue;
    const token = foldToken(raw);
    if (exclude.has(token)) continue;
    out.add(token);
  }
  return [...out].sort();
}

/** Jaccard similarity of two token lists (treated as sets); two empty lists are identical. */
export function jaccard(a: readonly string[], b: readonly string[]): number {
  const setA = new Set(a);
  const setB = new Set(b);
  if (setA.size === 0 && setB.size === 0) return 1;
  let shared = 0;
  for (const token of setA) if (setB.has(token)) shared += 1;
  return shared / (setA.size + setB.size - shared);
}

/** Quote identity for "do these two items rest on the same passage?". */
export function normaliseQuote(quote: string): string {
  return foldTypography(quote).toLowerCase().replace(/\s+/g, " ").trim();
}

/** 32-bit FNV-1a as 8 hex digits: short enough for URLs/DOM ids, and collisions are disambiguated by callers. */
export function hash32(input: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < input.length; i += 1) {
    h ^= input.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, "0");
}

export function countWords(text: string): number {
  const trimmed = text.trim();
  return trimmed === "" ? 0 : trimmed.split(/\s+/).length;
}
