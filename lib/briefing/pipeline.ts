// Builds the analysed document model every section extractor reads: cleaned lines, sentences
// with offsets, quotation spans and speakers, actors, figures and content stems.

import {
  analyzeSentence,
  attributeQuotes,
  quoteSpans,
  type Analysis,
  type QuoteSpan,
  sourceContext,
  type SourceContext,
} from "./analyze";
import { cleanSource, type CleanResult } from "./clean";
import { extractFigures, type Figure } from "./figures";
import { createResolver, type PartyResolver } from "./parties";
import { splitSentences, type RawSentence } from "./sentences";
import { contentStems, wordCount } from "./text";
import type { SourceInput } from "./types";

export interface Sent extends RawSentence {
  gid: number;
  src: number;
  sourceId: string;
  idx: number;
  stems: Set<string>;
  a: Analysis;
  figures: Figure[];
}

export interface SourceDoc {
  input: SourceInput;
  clean: CleanResult;
  sents: Sent[];
  quotes: QuoteSpan[];
  words: number;
}

export interface Doc {
  sources: SourceDoc[];
  sents: Sent[];
  resolver: PartyResolver;
}

/** Who speaks last in a paragraph: its last attributed quotation, else its last sentence's speaker. */
function lineSpeaker(
  line: { quotes: QuoteSpan[]; sents: RawSentence[] },
  ctx: SourceContext,
): { party: string; name?: string } | undefined {
  const q = [...line.quotes].reverse().find((x) => x.party);
  if (q?.party) return { party: q.party, name: q.speakerName };
  // …or a named person who speaks in its last sentence ("… Mark Nasr confirmed the addition.").
  const last = line.sents[line.sents.length - 1];
  const a = last ? analyzeSentence(last, line.quotes, sourceContext(ctx.resolver, ctx.lastSpeaker)) : undefined;
  return a?.speaker && a.speakerName ? { party: a.speaker, name: a.speakerName } : undefined;
}

export function buildDoc(inputs: SourceInput[]): Doc {
  const cleaned = inputs.map((s) => cleanSource(s.text ?? ""));
  // The resolver learns people's sides from the kept text of every source.
  const keptTexts = inputs.map((s, i) =>
    (cleaned[i]?.lines ?? []).map((l) => (s.text ?? "").slice(l.start, l.end)).join("\n"),
  );
  const resolver = createResolver(keptTexts);
  const sources: SourceDoc[] = [];
  const all: Sent[] = [];
  inputs.forEach((given, src) => {
    const text = given.text ?? "";
    const clean = cleaned[src] ?? { lines: [], removed: [], aggregatorMarks: 0 };
    // Without a publication date from ingest, the text's own date mark dates it (weekdays resolve against it).
    const input = !given.publishedAt && clean.datedAt ? { ...given, publishedAt: clean.datedAt } : given;
    const raw = splitSentences(text, clean.lines);
    const ctx = sourceContext(resolver);
    const quotes: QuoteSpan[] = [];
    let prevColonSpeaker: { party: string; name?: string } | undefined;
    let prevLine: { quotes: QuoteSpan[]; sents: typeof raw } | undefined;
    for (const line of clean.lines) {
      const lineSents = raw.filter((r) => r.start >= line.start && r.end <= line.end);
      let spans = quoteSpans(text, line);
      // A statement set off after "… issued a statement:" is a block quotation.
      if (spans.length === 0 && prevColonSpeaker && line.kind === "content")
        spans = [{ start: line.start, end: line.end }];
      // A paragraph that opens with an unattributed quotation continues the speaker of the
      // paragraph before it (news style for a quotation running over several paragraphs).
      const opensQuoted = line.kind === "content" && spans[0] !== undefined && spans[0].start - line.start <= 2;
      const carried = prevColonSpeaker ?? (opensQuoted && prevLine ? lineSpeaker(prevLine, ctx) : undefined);
      const attributed = attributeQuotes(spans, lineSents, ctx, carried);
      quotes.push(...attributed);
      prevLine = line.kind === "content" ? { quotes: attributed, sents: lineSents } : prevLine;
      prevColonSpeaker = undefined;
      if (/:\s*$/u.test(line.text)) {
        const last = lineSents[lineSents.length - 1];
        if (last) {
          const a = analyzeSentence(last, [], sourceContext(ctx.resolver, ctx.lastSpeaker));
          if (a.speaker) prevColonSpeaker = { party: a.speaker, name: a.speakerName };
        }
      }
    }
    const sents: Sent[] = raw.map((r, idx) => {
      const a = analyzeSentence(r, quotes, ctx);
      // Fields listed one by one, not spread from `r`: every Sent then shares one hidden class,
      // which keeps property access fast in the stages that read sentences millions of times.
      return {
        start: r.start,
        end: r.end,
        text: r.text,
        para: r.para,
        kind: r.kind,
        gid: all.length + idx,
        src,
        sourceId: input.id,
        idx,
        stems: contentStems(r.text),
        a,
        figures: extractFigures(r.text, r.start),
      };
    });
    all.push(...sents);
    const words = clean.lines.filter((l) => l.kind === "content").reduce((n, l) => n + wordCount(l.text), 0);
    sources.push({ input, clean, sents, quotes, words });
  });
  return { sources, sents: all, resolver };
}
