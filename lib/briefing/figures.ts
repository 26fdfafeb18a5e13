// Numbers with what they count: "314 prisoners of war", "55,000 … killed", "20% of … territory",
// "$12 trillion", "1,200-km", "two weeks", "60-day ceasefire". Dates, years and clock times are
// not figures.

import { MONTHS } from "./lexicon";
import { anyWordTest } from "./text";

export interface Figure {
  /** Surface text of the number with its unit ("60-day", "$12 trillion", "two weeks"). */
  text: string;
  value: number;
  /** Stem of the counted noun or unit ("prisoner", "drone", "%", "day"). */
  unit: string;
  start: number;
  end: number;
  kind: "count" | "money" | "percent" | "duration" | "distance";
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozens: 24,
  hundreds: 200,
  thousands: 2000,
};
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9, m: 1e6 };
const DURATION = /^(second|minute|hour|day|week|month|year|decade)s?$/iu;
const DISTANCE = /^(km|kilometres?|kilometers?|miles?|mile|metres?|meters?|m)$/iu;
const MONTH_RE = new RegExp(`^(${MONTHS.map((m) => m.slice(0, 3)).join("|")})[a-z]*\\.?$`, "iu");
/** "40 million euros", "2 billion dollars": money written with a currency word. */
const CURRENCY_WORD =
  /^(euros?|dollars?|pounds?|yuan|yen|rupees?|francs?|roubles?|rubles?|hryvnias?|shekels?|dinars?|dirhams?|riyals?|pesos?|reais|real|won|lira|liras?|kronor|kroner|crowns?)$/u;
const SKIP_ADJ = new Set(
  "more than around about nearly almost some at least roughly over under up to of whom which".split(" "),
);

const NUM_RE =
  /(?<![\p{L}\p{N}])(?:([$€£])\s?)?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozens|hundreds|thousands)(?:\s?(thousand|million|billion|trillion|bn)\b)?(?:\s?(%|percent|per cent)|-(\p{L}+)|(?=[\s,.)]|$))/giu;

/** Every figure has a digit or a number word: most sentences have neither and skip NUM_RE. */
const mayHaveNumber = anyWordTest([..."0123456789", ...Object.keys(NUMBER_WORDS)]);

export function extractFigures(text: string, base = 0): Figure[] {
  const out: Figure[] = [];
  if (!mayHaveNumber(text)) return out;
  for (const m of text.matchAll(NUM_RE)) {
    const at = m.index ?? 0;
    const [whole, currency, numRaw = "", scaleWord, pct, hyphenUnit] = m;
    const lowerNum = numRaw.toLowerCase();
    const isWord = /^\p{L}/u.test(numRaw);
    let value = isWord ? (NUMBER_WORDS[lowerNum] ?? NaN) : Number(numRaw.replace(/,/g, ""));
    if (!Number.isFinite(value)) continue;
    if (scaleWord) value *= SCALE[scaleWord.toLowerCase()] ?? 1;
    const before = text.slice(Math.max(0, at - 12), at);
    const after = text.slice(at + whole.length, at + whole.length + 60);
    // Dates, years, clock times, ordinals and list counters are not figures.
    const prevWord = /([\p{L}.]+)\s*$/u.exec(before)?.[1] ?? "";
    if (!isWord && MONTH_RE.test(prevWord)) continue;
    if (
      !isWord &&
      /^\s*(?:,\s*\d{4}|(January|February|March|April|May|June|July|August|September|October|November|December)\b)/u.test(
        after,
      )
    )
      continue;
    if (!isWord && !currency && !pct && /^\d{4}$/u.test(numRaw) && value >= 1900 && value <= 2100) continue;
    if (/^\s*(a\.m\.|p\.m\.|am\b|pm\b|:\d)/iu.test(after) || /:\s*$/u.test(before)) continue;
    if (/^(st|nd|rd|th)\b/iu.test(after)) continue;
    // Part of a name: "France 2", "MiG-29", "Channel 4".
    if (
      !isWord &&
      !currency &&
      /\p{Lu}[\p{L}]*[\s-]$/u.test(before) &&
      !/[.!?]\s*\p{Lu}[\p{L}]*\s$/u.test(before) &&
      value < 100 &&
      !hyphenUnit &&
      !pct
    )
      continue;
    if (/\b(of|list|item)\s*$/iu.test(before) && /^\s*of\s+\d/u.test(after)) continue;
    if (isWord && value === 1 && !/^[\s-]*(day|week|month|year)/iu.test(after)) continue;
    if (isWord && value < 2 && !hyphenUnit) continue;

    let unit = "";
    let kind: Figure["kind"] = "count";
    let end = at + whole.length;
    if (currency) kind = "money";
    if (pct) {
      unit = "%";
      kind = "percent";
    } else if (hyphenUnit) {
      unit = hyphenUnit.toLowerCase().replace(/s$/u, "");
      if (DURATION.test(unit)) kind = "duration";
      else if (DISTANCE.test(unit)) kind = "distance";
    } else if (currency) {
      unit = "money";
    } else {
      // The counted noun: next content word, skipping adjectives/quantifiers.
      // The counted noun stands in the same phrase: "more than 900, the agency said" counts nothing.
      const phrase = /^[^,.;:!?()]*/u.exec(after)?.[0] ?? "";
      const words = [...phrase.matchAll(/[\p{L}][\p{L}-]*/gu)]
        .slice(0, 4)
        .filter((w) => !/^(the|a|an|and|or|but|to|in|on|at|by|for|from|with|as|than)$/iu.test(w[0]));
      for (const w of words) {
        const lw = w[0].toLowerCase();
        if (SKIP_ADJ.has(lw)) continue;
        if (
          /^(live|living|other|others|more|fewer|new|additional|senior|ukrainian|russian|israeli|palestinian)$/u.test(
            lw,
          ) &&
          words.length > 1
        ) {
          if (lw === "others" || lw === "other") {
            unit = "other";
            break;
          }
          continue;
        }
        unit = lw.replace(/(ies)$/u, "y").replace(/(s)$/u, "");
        if (DURATION.test(lw)) kind = "duration";
        else if (DISTANCE.test(lw)) kind = "distance";
        else if (CURRENCY_WORD.test(lw)) kind = "money";
        else if (/^(percent|per)$/u.test(lw)) kind = "percent";
        const gap = after.indexOf(w[0]);
        if (gap >= 0 && gap < 30) end = at + whole.length + gap + w[0].length;
        break;
      }
    }
    if (kind === "count" && !currency && !unit) continue;
    if (currency && scaleWord === undefined && value < 1000 && !unit) unit = "money";
    const start = base + at;
    out.push({ text: "", value, unit: unit || kind, start, end: base + end, kind });
  }
  // The surface text must be exactly the slice of the sentence.
  return out.map((f) => ({ ...f, text: text.slice(f.start - base, f.end - base).trim() }));
}

/** Short label for a figure list in an item ("60-day", "10 live hostages"). */
export function figureLabels(figs: Figure[]): string[] {
  return [...new Set(figs.map((f) => f.text.replace(/[,.;:]+$/u, "")))];
}
