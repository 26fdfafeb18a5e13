// Finds a citation's quote in its source text. Quotes are verbatim up to whitespace runs and the
// curly/straight forms of quotes and dashes (docs/briefing-schema.md), so the search folds those
// while keeping a map back to the original offsets for highlighting.

const FOLD: Record<string, string> = {
  "\u2018": "'",
  "\u2019": "'",
  "\u201b": "'",
  "\u201c": '"',
  "\u201d": '"',
  "\u201e": '"',
  "\u2010": "-",
  "\u2011": "-",
  "\u2012": "-",
  "\u2013": "-",
  "\u2014": "-",
  "\u2015": "-",
};

interface Folded {
  text: string;
  /** offsets[i] = index in the original of folded character i */
  offsets: number[];
}

function fold(input: string): Folded {
  let text = "";
  const offsets: number[] = [];
  let lastWasSpace = false;
  for (let i = 0; i < input.length; i++) {
    const ch = input[i] ?? "";
    if (/\s/.test(ch)) {
      if (lastWasSpace || text.length === 0) continue;
      text += " ";
      offsets.push(i);
      lastWasSpace = true;
      continue;
    }
    lastWasSpace = false;
    text += (FOLD[ch] ?? ch).toLowerCase();
    offsets.push(i);
  }
  return { text, offsets };
}

export interface QuoteLocation {
  start: number;
  end: number;
}

export function locateQuote(sourceText: string, quote: string): QuoteLocation | null {
  return locateQuoteOccurrences(sourceText, quote, 1)[0] ?? null;
}

/** Every place the quote occurs (a text may repeat a sentence: a headline, a pull quote). */
export function locateQuoteOccurrences(sourceText: string, quote: string, limit = 20): QuoteLocation[] {
  const needle = fold(quote).text.trim();
  if (!needle) return [];
  const hay = fold(sourceText);
  const found: QuoteLocation[] = [];
  for (let at = hay.text.indexOf(needle); at >= 0 && found.length < limit; at = hay.text.indexOf(needle, at + 1)) {
    const start = hay.offsets[at];
    const last = hay.offsets[at + needle.length - 1];
    if (start !== undefined && last !== undefined) found.push({ start, end: last + 1 });
  }
  return found;
}

export interface PassageContext {
  before: string;
  passage: string;
  after: string;
  found: boolean;
}

/** The quoted passage with some surrounding text, cut at word boundaries. */
export function passageInContext(sourceText: string, quote: string, contextChars = 240): PassageContext {
  const location = locateQuote(sourceText, quote);
  if (!location) return { before: "", passage: quote, after: "", found: false };
  let from = Math.max(0, location.start - contextChars);
  let to = Math.min(sourceText.length, location.end + contextChars);
  if (from > 0) from = sourceText.indexOf(" ", from) + 1 || from;
  if (to < sourceText.length)
    to = sourceText.lastIndexOf(" ", to) > location.end ? sourceText.lastIndexOf(" ", to) : to;
  return {
    before: (from > 0 ? "…" : "") + sourceText.slice(from, location.start),
    passage: sourceText.slice(location.start, location.end),
    after: sourceText.slice(location.end, to) + (to < sourceText.length ? "…" : ""),
    found: true,
  };
}
