// Amounts as the discrepancy stage compares them: a value in one scale per kind (money by
// currency, durations in minutes, distances in km), the words around it, and the qualifiers that
// make two amounts different things ("in the third year", "a day", "previous", "before compounding").

import { contentStems } from "./text";

export type AmountKind = "money" | "percent" | "duration" | "distance" | "count";

export interface Amount {
  kind: AmountKind;
  /** Currency for money ("usd", "eur", "gbp"), the counted noun for counts, else the kind. */
  unit: string;
  /** The value in the kind's scale: money in units, durations in minutes, distances in km. */
  value: number;
  /** As written ("$105", "one and a half hours", "32 kilometers"). */
  text: string;
  /** Offsets in the sentence. */
  start: number;
  end: number;
  /** What makes it a different thing: "year:3", "per:day", "prior" … sorted, joined. */
  qualifier: string;
  /** What a rate applies to ("on steel" → "steel"), when the text says. */
  object?: string;
  /** Shown beside the value ("compounded"). */
  note?: string;
  /** Content stems right before and after, within the clause: what the amount is of. */
  window: Set<string>;
  /** The noun phrase right after it ("wage increase", "flight attendants"). */
  label: string;
}

const NUM_WORD: Record<string, number> = {
  a: 1,
  an: 1,
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
  twelve: 12,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
};
const SCALE: Record<string, number> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  m: 1e6,
  mn: 1e6,
  billion: 1e9,
  bn: 1e9,
  trillion: 1e12,
  tn: 1e12,
  trn: 1e12,
};
const CURRENCY: Record<string, string> = {
  $: "usd",
  us$: "usd",
  dollar: "usd",
  dollars: "usd",
  "€": "eur",
  euro: "eur",
  euros: "eur",
  "£": "gbp",
  pound: "gbp",
  pounds: "gbp",
};
const MINUTES: Record<string, number> = { minute: 1, hour: 60, day: 1440, week: 10080 };
const KM: Record<string, number> = { km: 1, kilometer: 1, kilometre: 1, mile: 1.609 };

const NUM = String.raw`(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)`;
const WORD_NUM = String.raw`(\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty)`;
const PATTERNS: Array<[AmountKind, RegExp]> = [
  [
    "money",
    new RegExp(String.raw`(US\$|[$€£])\s?${NUM}(?:\s?(trillion|billion|million|thousand|trn|tn|bn|mn|m|k|T)\b)?`, "gi"),
  ],
  [
    "money",
    new RegExp(
      String.raw`(?<![$€£\d.,])${NUM}\s?(trillion|billion|million|thousand)?\s(dollars?|euros?|pounds?)\b`,
      "gi",
    ),
  ],
  ["percent", new RegExp(String.raw`(?<![$€£\d.,])${NUM}\s?(?:%|percent\b|per cent\b)`, "gi")],
  ["duration", new RegExp(String.raw`\b${WORD_NUM}(\s+and\s+a\s+half)?[\s-](minute|hour|day|week)s?\b`, "gi")],
  ["distance", new RegExp(String.raw`(?<![$€£\d.,])${NUM}[\s-](km|kilomet(?:er|re)|mile)s?\b`, "gi")],
  [
    "count",
    new RegExp(String.raw`(?<![$€£\d.,:/-])${NUM}(?![\d.,]*\s?(?:%|percent|per cent|[ap]\.?m\b))(?=[\s-])`, "gu"),
  ],
];

/** Words between a count and its noun that are not the noun ("more than 10,000 Air Canada flight attendants"). */
const NOUN_STOP =
  /^(?:of|in|on|at|by|for|from|to|with|and|or|who|that|which|were|was|are|is|have|had|has|will|would|since|over|across|per|a|an|the)$/i;

function numberOf(raw: string): number {
  const w = NUM_WORD[raw.toLowerCase()];
  return w ?? Number(raw.replace(/,/gu, ""));
}

/** The noun phrase after an amount: up to three lowercase words before a preposition or verb. */
function labelAfter(after: string): string {
  const words = after.split(/\s+/u).filter(Boolean);
  const out: string[] = [];
  for (const w of words.slice(0, 6)) {
    const bare = w.replace(/[^\p{L}-]/gu, "");
    // Names before the noun are skipped ("10,000 Air Canada flight attendants", "36 U.S. ports").
    if (/^\p{Lu}/u.test(bare)) {
      if (out.length) break;
      continue;
    }
    if (!bare || NOUN_STOP.test(bare)) break;
    // "ports stretching from …", "ports affected by …": a participle ends the noun phrase.
    if (out.length && /(?:ing|ed)$/u.test(bare)) break;
    out.push(bare.toLowerCase());
    if (/[,.;:)]$/u.test(w) || out.length >= 3) break;
  }
  return out.join(" ");
}

const ORDINAL: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
};

/** Qualifiers in the words around an amount. */
function qualifiersOf(before: string, after: string): { qualifier: string; note?: string; obj?: string } {
  const q = new Set<string>();
  let note: string | undefined;
  let obj: string | undefined;
  const near = `${before} | ${after}`;
  const year =
    /\b(?:in (?:the )?(first|second|third|fourth|fifth)(?: year)?|(?:in )?year (one|two|three|four|five))\b/i.exec(
      after,
    );
  if (/(?<!\w)immediate\b[^,.;]{0,25}$/iu.test(before.slice(-35))) q.add("year:1");
  if (year) q.add(`year:${ORDINAL[(year[1] ?? year[2] ?? "").toLowerCase()] ?? "?"}`);
  const per =
    /^(?:\s+[\p{L}-]+){0,3}?\s*(?:a|per|each|every|an)\s+(day|week|month|year)\b/iu.exec(after) ??
    /^(?:\s+[\p{L}-]+){0,3}?\s*(daily|weekly|monthly|annually)\b/iu.exec(after);
  if (per)
    q.add(
      `per:${(per[1] ?? "")
        .toLowerCase()
        .replace(/ly$|^a /u, "")
        .replace(/^dai$/u, "day")
        .replace(/^annual$/u, "year")}`,
    );
  if (
    /\b(previous|prior|earlier|initial|original|old|last|former|first)\s*(?:offer|proposal)?\s*$/i.test(
      before.split(/\s+/u).slice(-3).join(" "),
    )
  )
    q.add("prior");
  if (
    /^(?:\s+[\p{L}-]+){0,3}?\s+(?:previously|earlier|initially|originally|had (?:been )?(?:threatened|proposed|offered|demanded|sought))\b/iu.test(
      after,
    )
  )
    q.add("prior");
  // "from $75,608 to $119,309": the two ends of a change are two things.
  if (/\bfrom\s+(?:about\s+|around\s+)?$/i.test(before.slice(-20))) q.add("from");
  else if (/(?<!\w)from\b[^,.;]{0,40}\bto\s+(?:about\s+|around\s+)?$/iu.test(before.slice(-60))) q.add("to");
  // "up to 8% of pay" is a cap; "a $4T debt ceiling increase" is a change, not a level.
  if (/\bup to\s*$/i.test(before.slice(-8))) q.add("cap");
  if (/^(?:\s+[\p{L}-]+){0,3}?\s+(?:increase|rise|hike|boost|cut|reduction|jump)\b/iu.test(after)) q.add("delta");
  // "a 50% tariff on steel" and "a 15% tariff on most goods" are rates on different things.
  const on = /^(?:\s+[\p{L}-]+){0,2}?\s+(?:on|for)\s+(?:the\s+|its\s+|all\s+)?([\p{L}-]{3,})/iu.exec(after);
  if (on?.[1] && !/^(?:most|average|top|each|every|both|those|these)$/i.test(on[1]))
    obj = on[1].toLowerCase().slice(0, 5);
  // "157 prisoners of war each", "each hand over 157": a per-side count, not the total.
  if (/(?<!\w)each\s+(?:\S+\s+){0,2}$/iu.test(before.slice(-25)) || /^(?:\s+[\p{L}-]+){0,3}?\s+each\b/iu.test(after))
    q.add("each");
  // "38% before compounding" is the plain figure; "43.65% compounded" says how it was worked out.
  const around = near.slice(Math.max(0, near.length / 2 - 40), near.length / 2 + 30);
  if (!/\bbefore compounding\b/i.test(after.slice(0, 25)) && /\bcompound(?:ed|s to|ing)\b/i.test(around))
    note = "compounded";
  return { qualifier: [...q].sort().join(","), note, obj };
}

/** Content words this close to an amount, within its clause, say what it is of. */
const NEAR_BEFORE = 2;
const NEAR_AFTER = 3;

/** Words news copy uses for one thing, by stem: "debt limit" and "debt ceiling", "raise" and "increase". */
const NEAR_CLASS: Record<string, string> = {
  ceili: "#cap",
  limit: "#cap",
  cap: "#cap",
  raise: "#rise",
  incre: "#rise",
  rise: "#rise",
  hike: "#rise",
  boost: "#rise",
  pay: "#pay",
  wage: "#pay",
  wages: "#pay",
  salar: "#pay",
  meeti: "#talks",
  talks: "#talks",
  sessi: "#talks",
};

function nearStems(before: string, after: string): Set<string> {
  const clauseBefore = before.split(/[,;:()–—]|\s-\s/u).pop() ?? "";
  const clauseAfter = after.replace(/^[\s)]+/u, "").split(/[,;:()–—]|\s-\s/u)[0] ?? "";
  // Numbers and approximations ("around", "nearly") say nothing about what is counted.
  const isWord = (st: string) =>
    !/^\d/u.test(st) && !(st in NUM_WORD) && !/^(?:aroun|nearl|almos|least|rough|appro)$/u.test(st);
  return new Set(
    [
      ...[...contentStems(clauseBefore)].filter(isWord).slice(-NEAR_BEFORE),
      ...[...contentStems(clauseAfter)].filter(isWord).slice(0, NEAR_AFTER),
    ].map((st) => NEAR_CLASS[st] ?? st),
  );
}

/** Every amount in a sentence, with what it is of; counts need a noun, money a currency. */
export function readAmounts(text: string): Amount[] {
  const out: Amount[] = [];
  // Every amount has a digit, or is a duration written in words ("an hour", "two weeks").
  if (!/\d/u.test(text) && !/\b(?:minute|hour|day|week)s?\b/i.test(text)) return out;
  const taken: Array<[number, number]> = [];
  for (const [kind, rx] of PATTERNS) {
    // The patterns are global and compiled once; exec from the start of each text.
    rx.lastIndex = 0;
    for (let m = rx.exec(text); m; m = rx.exec(text)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      let value: number;
      let unit: string = kind;
      if (kind === "money") {
        const symbolFirst = /^(?:US\$|[$€£])/i.test(m[0]);
        const cur = symbolFirst ? m[1] : m[4 - 1];
        const num = symbolFirst ? m[2] : m[1];
        const scale = symbolFirst ? m[3] : m[2];
        value = numberOf(num ?? "") * (SCALE[(scale ?? "").toLowerCase()] ?? 1);
        unit = CURRENCY[(cur ?? "").toLowerCase()] ?? "money";
      } else if (kind === "duration") {
        // "a day" after an amount is a rate ("$50 million a day"); only "an hour" counts as one.
        if (/^an?$/i.test(m[1] ?? "") && !/^hour/i.test(m[3] ?? "")) continue;
        value = (numberOf(m[1] ?? "") + (m[2] ? 0.5 : 0)) * (MINUTES[(m[3] ?? "").toLowerCase()] ?? 1);
      } else if (kind === "distance") {
        const u = (m[2] ?? "").toLowerCase().replace(/^kilomet(?:er|re)$/u, "kilometer");
        value = numberOf(m[1] ?? "") * (KM[u] ?? 1);
      } else value = numberOf(m[1] ?? "");
      if (!Number.isFinite(value)) continue;
      const before = text.slice(Math.max(0, start - 60), start);
      const after = text.slice(end, end + 60);
      // A year, a date or a clock time is not a count.
      if (
        kind === "count" &&
        (/^(?:19|20)\d\d$/u.test(m[1] ?? "") ||
          /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w*\.?\s*$/u.test(before))
      )
        continue;
      const label = labelAfter(after.replace(/^[\s-]+/u, ""));
      if (kind === "count") {
        if (!label) continue;
        unit =
          label
            .split(" ")
            .pop()
            ?.replace(/(?:ies)$/u, "y")
            .replace(/s$/u, "") ?? "";
        if (!unit || unit.length < 3 || /^(?:more|other|than|time|percent|per|cent)$/u.test(unit)) continue;
      }
      const q = qualifiersOf(before, after);
      // A percentage is a rate of change already: "a 61.5% wage increase" and "a hike of 62%" agree.
      const qualifier = kind === "percent" ? q.qualifier.replace(/(?:^|,)delta/u, "").replace(/^,/u, "") : q.qualifier;
      const note = q.note;
      const object = q.obj;
      const window = nearStems(before, after);
      taken.push([start, end]);
      out.push({ kind, unit, value, text: m[0].trim(), start, end, qualifier, note, object, window, label });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
