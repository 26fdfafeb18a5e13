// Name words shared by the party resolver and the organisation registry: where the gazetteer's
// names stand in a text, and the capitalised words that start a title rather than a name.

import { NAME_LIST } from "./gazetteer";

export const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A gazetteer name in a text: where it starts and the name as written. */
export interface NameHit {
  index: number;
  name: string;
}

/**
 * The names by their first two UTF-16 units, each list longest first (NAME_LIST's order), so a
 * position is checked against the few names that can start there instead of one alternation of
 * all 560 names tried at every position (the scan ran on every sentence and every source). The
 * key stays a small integer (fast to hash); two heads that share one only share a list, and
 * `startsWith` tells them apart.
 */
const NAMES_BY_HEAD = new Map<number, string[]>();
const headAt = (text: string, i: number) => (text.charCodeAt(i) << 10) ^ text.charCodeAt(i + 1);
/** The first characters of names (UTF-16 units): most positions in a text start none. */
const NAME_FIRST = new Uint8Array(0x10000);
for (const name of NAME_LIST) {
  const key = headAt(name, 0);
  const list = NAMES_BY_HEAD.get(key);
  if (list) list.push(name);
  else NAMES_BY_HEAD.set(key, [name]);
  NAME_FIRST[name.charCodeAt(0)] = 1;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;
const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;

/** Whether the code point that ends just before `i` is a letter or digit. */
function letterOrDigitBefore(text: string, i: number): boolean {
  const c = text.charCodeAt(i - 1);
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
  const from = isLowSurrogate(c) && i >= 2 && isHighSurrogate(text.charCodeAt(i - 2)) ? i - 2 : i - 1;
  return LETTER_OR_DIGIT.test(text.slice(from, i));
}

/** Whether the code point that starts at `i` is a letter or digit. */
function letterOrDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
  const to = isHighSurrogate(c) && isLowSurrogate(text.charCodeAt(i + 1)) ? i + 2 : i + 1;
  return LETTER_OR_DIGIT.test(text.slice(i, to));
}

/** Whether a letter follows at `i` (a code point of category L). */
function letterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
  const to = isHighSurrogate(c) && isLowSurrogate(text.charCodeAt(i + 1)) ? i + 2 : i + 1;
  return /^\p{L}$/u.test(text.slice(i, to));
}

/**
 * Every gazetteer name standing as a whole word, left to right without overlaps, the longest name
 * at each position: not after a letter, digit or full stop, not before a letter or digit, nor
 * before a full stop and a letter ("U.S." in "U.S.-led", not "US" in "USA" or "U.S.A.").
 */
export function gazetteerNames(text: string, first = false): NameHit[] {
  const out: NameHit[] = [];
  for (let i = 0; i < text.length - 1; i++) {
    // Most positions start no name or are inside a word: both checks are cheaper than the lookup.
    if (NAME_FIRST[text.charCodeAt(i)] !== 1) continue;
    if (i > 0 && (text.charCodeAt(i - 1) === 0x2e || letterOrDigitBefore(text, i))) continue;
    const names = NAMES_BY_HEAD.get(headAt(text, i));
    if (!names) continue;
    for (const name of names) {
      const end = i + name.length;
      if (!text.startsWith(name, i)) continue;
      if (
        end < text.length &&
        (letterOrDigitAt(text, end) || (text.charCodeAt(end) === 0x2e && letterAt(text, end + 1)))
      )
        continue;
      out.push({ index: i, name });
      if (first) return out;
      i = end - 1;
      break;
    }
  }
  return out;
}

/** Whether a text names any gazetteer entry. */
export function hasGazetteerName(text: string): boolean {
  return gazetteerNames(text, true).length > 0;
}
/** Capitalised words that start a title, not a name. */
export const TITLE_WORDS = new Set(
  (
    "President Vice Prime Minister Foreign Defence Defense Secretary State Special Envoy Ambassador Spokesman Spokeswoman " +
    "Spokesperson Chief General Director Head Deputy Senior Senator Representative Governor Mayor Judge Justice King Queen " +
    "Prince Sheikh Emir Chancellor Commander Colonel Lt Gen Dr Mr Mrs Ms Prof Professor Sir Lord Lady Dame Pope Leader " +
    "Speaker Attorney Treasury Interior Finance Energy National Security Council Adviser Advisor Negotiator Official CEO " +
    "Chairman Chairwoman Chair Founder Minister's Peace Missions Mideast Middle East For Of The A An And In On At By " +
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September " +
    "October November December Story Full Source Summary Key Background Current Reactions Despite However Although While " +
    "Meanwhile Earlier Later After Before Since Under Over Amid Speaking Asked Among Both Neither Such This That These " +
    "Those Also Secretary-General Director-General Photograph Read Share Sign Skip Item Trump's Several Many Other " +
    "Israeli Ukrainian Russian American Palestinian Arab Western Eastern Southern Northern European Soviet-era " +
    "Labor Labour Commerce Trade Health Education Transport Transportation Agriculture Environment Business " +
    "Executive Operations Officer Vice Vice-President Taoiseach Premier"
  ).split(" "),
);
