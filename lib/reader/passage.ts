// The paragraph a citation comes from, for the passage a reader opens beside an item.
//
// The engine cites only from lines its cleaning stage kept (lib/briefing/clean.ts), so the
// occurrence shown is the first one inside a kept line: a sentence repeated in a headline, a
// pull quote or a "share this" strip is never the one highlighted, and page furniture (adverts,
// navigation) never appears as the outlet's text. The highlight is exactly the located span.

import type { CleanLine } from "@/lib/briefing/clean";
import { locateQuoteOccurrences } from "@/lib/citations/locate";

export interface CitedParagraph {
  before: string;
  passage: string;
  after: string;
  /** False when the quote is not in the stored text: only the quote can be shown. */
  found: boolean;
}

/** Longest context kept on each side of the quote inside one paragraph. */
const MAX_CONTEXT = 260;

function trimStart(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(text.length - max);
  const space = cut.indexOf(" ");
  return `…${space >= 0 ? cut.slice(space + 1) : cut}`;
}

function trimEnd(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${space > 0 ? cut.slice(0, space) : cut}…`;
}

/** The lines the cleaning stage kept: [start, end) windows into the text, with paragraph numbers. */
export type KeptLines = readonly Pick<CleanLine, "start" | "end" | "para">[];

// Runs in the browser too (the passage opens there), so it takes the kept lines as computed by
// the server (lib/reader/source-text.ts) instead of importing the cleaning stage.
export function citedParagraph(sourceText: string, quote: string, kept: KeptLines): CitedParagraph {
  const occurrences = locateQuoteOccurrences(sourceText, quote);
  for (const { start, end } of occurrences) {
    const first = kept.find((line) => line.start <= start && start < line.end);
    const last = kept.find((line) => line.start < end && end <= line.end);
    if (!first || !last || last.para - first.para > 1) continue;
    return {
      before: trimStart(sourceText.slice(first.start, start), MAX_CONTEXT),
      passage: sourceText.slice(start, end),
      after: trimEnd(sourceText.slice(end, last.end), MAX_CONTEXT),
      found: true,
    };
  }
  return { before: "", passage: quote, after: "", found: false };
}
