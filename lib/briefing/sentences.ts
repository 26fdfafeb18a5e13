// Stage 2: sentence boundaries, as offsets into the source text.
// Line breaks always end a sentence (headlines and captions carry no full stop); inside a line
// a boundary is [.!?] (plus closing quotes/brackets) followed by space and a sentence opener,
// unless the word before the stop is an abbreviation or an initial.

import type { CleanLine, LineKind } from "./clean";

export interface Span {
  start: number;
  end: number;
}

export interface RawSentence extends Span {
  text: string;
  para: number;
  kind: LineKind;
}

/** Abbreviations that never end a sentence in news copy (titles, months, units). */
const NEVER_END = new Set(
  (
    "mr mrs ms dr prof gen lt col maj capt cmdr adm sgt cpl pvt gov sen rep rev fr st mt ft jr sr " +
    "jan feb mar apr jun jul aug sep sept oct nov dec no nos vol fig approx est dept univ inc ltd co corp " +
    "vs etc al pres amb sec atty supt insp"
  ).split(" "),
);
/** Abbreviations that usually do not end a sentence, but can ("… in the U.S. It was …"). */
const MAYBE_END = /^(?:[A-Za-z]\.){2,}$/u; // U.S. U.K. U.N. a.m. p.m. e.g. i.e.
const COMMON_OPENERS = new Set(
  "The A An It He She They We I This That These Those But And In On At As For If When While After Before His Her Their Its Our There Some Many Most".split(
    " ",
  ),
);

const CLOSERS = "\"'”’)]»";
const OPENERS = /["'“‘([«¿¡\p{Lu}\p{N}\p{Lo}]/u;

function isBoundary(line: string, stopIdx: number): number | null {
  // stopIdx points at [.!?]; extend over closing quotes/brackets.
  let j = stopIdx + 1;
  while (j < line.length && CLOSERS.includes(line.charAt(j))) j++;
  if (j >= line.length) return null; // end of line ends anyway
  if (!/\s/u.test(line.charAt(j))) return null;
  let k = j;
  while (k < line.length && /\s/u.test(line.charAt(k))) k++;
  const nextChar = line.charAt(k);
  if (!OPENERS.test(nextChar)) return null;
  if (line.charAt(stopIdx) !== ".") return j;
  // Look at the word the full stop closes.
  let w = stopIdx;
  while (w > 0 && /[\p{L}.]/u.test(line.charAt(w - 1))) w--;
  const word = line.slice(w, stopIdx + 1);
  const bare = word.replace(/\.$/u, "").toLowerCase();
  const nextWord = /^[\p{L}]+/u.exec(line.slice(k))?.[0] ?? "";
  if (/^\p{Lu}$/u.test(word.replace(/\.$/u, ""))) return null; // an initial: "J. Smith"
  if (NEVER_END.has(bare) && j === stopIdx + 1) return null;
  if (MAYBE_END.test(word)) return COMMON_OPENERS.has(nextWord) ? j : null;
  return j;
}

/** Longer runs without a sentence break are split (news sentences stay well under 600). */
export const MAX_SENTENCE_CHARS = 1_000;

export function splitSentences(text: string, lines: CleanLine[]): RawSentence[] {
  const out: RawSentence[] = [];
  for (const line of lines) {
    const s = line.text;
    let from = 0;
    for (let i = 0; i < s.length; i++) {
      const c = s.charAt(i);
      if (c !== "." && c !== "!" && c !== "?") continue;
      const cut = isBoundary(s, i);
      if (cut === null) continue;
      push(from, cut);
      from = cut;
    }
    push(from, s.length);

    function push(a: number, b: number): void {
      let x = a;
      let y = b;
      while (x < y && /\s/u.test(s.charAt(x))) x++;
      while (y > x && /\s/u.test(s.charAt(y - 1))) y--;
      if (y - x < 2) return;
      // Text without sentence breaks (a page's markup read as text, a pasted table) would be one
      // endless "sentence", and later stages cost more than linear per sentence: cut it into
      // pieces at the last space before the cap (or at the cap inside an endless word).
      while (y - x > MAX_SENTENCE_CHARS) {
        let cut = x + MAX_SENTENCE_CHARS;
        // Only the second half of the window is searched, so a line without spaces stays linear.
        while (cut > x + MAX_SENTENCE_CHARS / 2 && s.charAt(cut) !== " ") cut--;
        if (s.charAt(cut) !== " ") cut = x + MAX_SENTENCE_CHARS;
        push(x, cut);
        x = cut;
        while (x < y && /\s/u.test(s.charAt(x))) x++;
      }
      if (y - x < 2) return;
      const start = line.start + x;
      const end = line.start + y;
      out.push({ start, end, text: text.slice(start, end), para: line.para, kind: line.kind });
    }
  }
  return out;
}
