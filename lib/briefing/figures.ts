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
const SCALE: Record<string, number> = {
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  bn: 1e9,
  m: 1e6,
  b: 1e9,
  t: 1e12,
  tn: 1e12,
  trn: 1e12,
};
const DURATION = /^(second|minute|hour|day|week|month|year|decade)s?$/i;
const DISTANCE = /^(km|kilometres?|kilometers?|miles?|mile|metres?|meters?|m)$/i;
const MONTH_RE = new RegExp(`^(${MONTHS.map((m) => m.slice(0, 3)).join("|")})[a-z]*\\.?$`, "iu");
/** "40 million euros", "2 billion dollars": money written with a currency word. */
const CURRENCY_WORD =
  /^(euros?|dollars?|pounds?|yuan|yen|rupees?|francs?|roubles?|rubles?|hryvnias?|shekels?|dinars?|dirhams?|riyals?|pesos?|reais|real|won|lira|liras?|kronor|kroner|crowns?)$/u;
const SKIP_ADJ = new Set(
  "more than around about nearly almost some at least roughly over under up to of whom which".split(" "),
);

/** Words after a number that are not what it counts: "the two sides", "two sources said", "four are". */
const NOT_COUNTED = new Set(
  "and or but side sides source sources are is was were be been have has had will would can could may might did do does point points way ways thing things time times of whom which who that".split(
    " ",
  ),
);
/** Participles that name what is counted: "35 killed", "12 injured". */
const COUNTED_PARTICIPLE =
  /^(killed|injured|wounded|displaced|dead|detained|arrested|evacuated|missing|employed|affected)$/u;
const ADJECTIVE_SUFFIX = /(?:al|ial|ive|ing|ous|ic|ible|able|ful|less|ern|ese|ish)$/u;
/** A name ("U.S.", "Thai") or an adjective-like word standing before a noun. */
function isModifier(word: string): boolean {
  return /^\p{Lu}/u.test(word) || ADJECTIVE_SUFFIX.test(word.toLowerCase());
}

const CURRENCY_CODE = /\b(USD|EUR|GBP|CAD|AUD|JPY|CHF|CNY)\s?$/u;

const NUM_RE =
  /(?<![\p{L}\p{N}])(?:([$€£])\s?)?(\d{1,3},\d{1,2}(?=\s?(?:%|percent|per cent))|\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozens|hundreds|thousands)(?:\s?(thousand|million|billion|trillion|bn)\b|(trn|tn|m|t|b)\b)?(?:\s?(%|percent|per cent)|-(\p{L}+)|(?=[\s,.)]|$))/giu;

/** Every figure has a digit or a number word: most sentences have neither and skip NUM_RE. */
const mayHaveNumber = anyWordTest([..."0123456789", ...Object.keys(NUMBER_WORDS)]);

export function extractFigures(text: string, base = 0): Figure[] {
  const out: Figure[] = [];
  if (!mayHaveNumber(text)) return out;
  for (const m of text.matchAll(NUM_RE)) {
    const at = m.index ?? 0;
    const [whole, sign, numRaw = "", longScale, shortScale, pct, hyphenUnit] = m;
    // "USD 1.7 trillion", "EUR 40 million": a currency code before the number is money too.
    const currency = sign ?? CURRENCY_CODE.exec(text.slice(Math.max(0, (m.index ?? 0) - 5), m.index ?? 0))?.[1];
    // "$4T", "£360m", "$1.3trn": a letter scale belongs to money only ("100m" is a distance).
    if (shortScale && !currency) continue;
    const scaleWord = longScale ?? shortScale;
    const lowerNum = numRaw.toLowerCase();
    const isWord = /^\p{L}/u.test(numRaw);
    // "27,5 %": a decimal comma before a percent sign.
    const decimalComma = /^\d+,\d{1,2}$/u.test(numRaw);
    let value = isWord
      ? (NUMBER_WORDS[lowerNum] ?? NaN)
      : Number(decimalComma ? numRaw.replace(",", ".") : numRaw.replace(/,/g, ""));
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
    if (/^\s*(a\.m\.|p\.m\.|am\b|pm\b|:\d)/i.test(after) || /:\s*$/u.test(before)) continue;
    if (/^(st|nd|rd|th)\b/i.test(after)) continue;
    // Part of a name: "France 2", "MiG-29", "Channel 4".
    if (
      !isWord &&
      !currency &&
      /\p{Lu}[\p{L}]*[\s-]$/u.test(before) &&
      !/(?:^|[.!?:;"“]\s*)\p{Lu}[\p{L}]*\s$/u.test(before) &&
      value < 1000 &&
      !numRaw.includes(",") &&
      !hyphenUnit &&
      !pct
    )
      continue;
    // "2024-11-05": a number with a leading zero is part of a date or a code.
    if (/^0\d/u.test(numRaw)) continue;
    // "the 78-year-old": an age, not a duration.
    if (hyphenUnit && /^-old\b/u.test(after)) continue;
    if (/\b(of|list|item)\s*$/i.test(before) && /^\s*of\s+\d/u.test(after)) continue;
    if (isWord && value === 1 && !/^[\s-]*(day|week|month|year)/i.test(after)) continue;
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
      // A dotted acronym ("U.S.") does not end the phrase.
      const masked = after.replace(/\b(?:\p{Lu}\.){2,}/gu, (a) => a.replace(/\./gu, " "));
      const phrase = /^[^,.;:!?()]*/u.exec(masked)?.[0] ?? "";
      const words = [...phrase.matchAll(/[\p{L}][\p{L}-]*/gu)]
        .slice(0, 4)
        .filter((w) => !/^(the|a|an|to|in|on|at|by|for|from|with|as|than)$/i.test(w[0]));
      for (const [wi, w] of words.entries()) {
        const lw = w[0].toLowerCase();
        if (SKIP_ADJ.has(lw)) continue;
        // "36 U.S. ports", "five Thai soldiers", "nine potential operators", "45,000 striking
        // dockworkers": a name or a modifier before the counted noun is not what is counted.
        // Only a noun in the same phrase counts: "85 Palestinians were reported dead" counts Palestinians.
        const rest = words.slice(wi + 1);
        const stop = rest.findIndex((x) => NOT_COUNTED.has(x[0].toLowerCase()));
        const nounFollows = (stop < 0 ? rest : rest.slice(0, stop)).some((x) => /^\p{Ll}/u.test(x[0]));
        if (nounFollows && isModifier(w[0])) continue;
        if (NOT_COUNTED.has(lw)) break;
        // "killed dozens and displaced tens of thousands": a verb after the number counts nothing.
        if (/ed$/u.test(lw) && !COUNTED_PARTICIPLE.test(lw)) break;
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
        // "flight attendants", "container ships": a plural noun right after is the head of the compound.
        const head = words[wi + 1]?.[0];
        const compound =
          head &&
          /^\p{Ll}[\p{Ll}-]*[^su]s$/u.test(head) &&
          !NOT_COUNTED.has(head) &&
          !DURATION.test(lw) &&
          !CURRENCY_WORD.test(lw) &&
          new RegExp(`^${w[0]}\\s+${head}\\b`, "u").test(after.slice(after.indexOf(w[0])));
        const noun = compound && head ? head : w[0];
        const lnoun = noun.toLowerCase();
        unit = lnoun.replace(/(ies)$/u, "y").replace(/(s)$/u, "");
        if (DURATION.test(lw)) kind = "duration";
        else if (DISTANCE.test(lw)) kind = "distance";
        else if (CURRENCY_WORD.test(lw)) kind = "money";
        else if (lw === "percent" || (lw === "per" && /^\s*cent\b/i.test(after.slice(after.indexOf(w[0]) + 3))))
          kind = "percent";
        const gap = after.indexOf(noun, Math.max(0, after.indexOf(w[0])));
        if (gap >= 0 && gap < 40) end = at + whole.length + gap + noun.length;
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

/** What makes two figures the same quantity: "15%" and "15 per cent", "$300bn" and "$300 billion". */
export function figureKey(f: Figure): string {
  return f.kind === "count"
    ? `count:${f.unit}:${f.value}`
    : `${f.kind}:${f.kind === "duration" ? f.unit : ""}:${f.value}`;
}

/** Nouns of the story's event: a duration before them measures the event ("a 53-day strike", "two weeks of talks"). */
const EVENT_NOUN =
  /^[\s-]*(?:of\s+(?:\p{L}+\s+){0,2}?)?(?:strike|war|talks|negotiations|conflict|ceasefire|truce|shutdown|lockout|standoff|fighting|walkout|stoppage|siege|blockade|summit|meeting|call|session|pause|deadline|campaign|protest|bargaining)\b/iu;
/** The words that make a record: "the first such swap", "the largest strike". */
export const SUPERLATIVE = "(?:first|largest|biggest|highest|lowest|worst|deadliest)";
/** "the first such swap in five months": a duration that dates a record. */
const RECORD_BEFORE = new RegExp(
  `(?<!\\w)${SUPERLATIVE}\\b[^.;]{0,50}\\b(?:in|since|for)\\s+(?:more than |nearly |almost |over )?$`,
  "iu",
);
const SUPERLATIVE_WORD = new RegExp(`(?<!\\w)${SUPERLATIVE}\\b`, "gi");

/**
 * Where the record a duration dates starts, from its last superlative ("first strike in 16 years"
 * in "the largest union's first strike in 16 years"), as an offset into `text`; undefined when the
 * duration dates no record.
 */
export function recordStart(f: Figure, text: string, base: number): number | undefined {
  if (f.kind !== "duration") return undefined;
  const at = f.start - base;
  const from = Math.max(0, at - 60);
  const m = RECORD_BEFORE.exec(text.slice(from, at));
  if (!m) return undefined;
  const words = [...m[0].matchAll(SUPERLATIVE_WORD)];
  return from + m.index + (words[words.length - 1]?.index ?? 0);
}

/** "talks have been ongoing for over two weeks", "the strike, which lasted 53 days". */
const EVENT_BEFORE =
  /(?<!\w)(?:strike|war|talks|negotiations|conflict|fighting|walkout|shutdown|lockout|standoff|siege|blockade|stoppage)\b[^.;]{0,40}\b(?:for|lasting|lasted|after|into)\s+(?:more than |over |nearly |almost |about |just |some )?$/iu;

/** A duration that measures the event or dates a record, not a term's length. */
export function isEventDuration(f: Figure, text: string, base: number): boolean {
  if (f.kind !== "duration") return false;
  const at = f.start - base;
  const before = text.slice(Math.max(0, at - 60), at);
  return (
    EVENT_NOUN.test(text.slice(f.end - base, f.end - base + 40)) ||
    RECORD_BEFORE.test(before) ||
    EVENT_BEFORE.test(before)
  );
}

/** "59% of members voted": a share of people or votes, not a rate in a deal. */
export function isShareOfPeople(f: Figure, text: string, base: number): boolean {
  if (f.kind !== "percent") return false;
  const after = text.slice(f.end - base, f.end - base + 60);
  return (
    /^\s*of\s+(?:the\s+)?(?:\p{L}+\s+){0,2}?(?:members|voters|votes|ballots|workers|respondents|people|delegates|lawmakers|employees|those)\b/iu.test(
      after,
    ) || /^\s*(?:of\s+\p{L}+\s+)?(?:voted|backed|approved|supported)\b/iu.test(after)
  );
}
