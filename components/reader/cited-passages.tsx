import { BRIEFING_SECTIONS, type BriefingItemBase } from "@/lib/briefing/types";
import type { PublishedBriefing, PublishedItem } from "@/lib/curation";
import { SECTION_TITLES } from "@/components/briefing/section-meta";
import { passageInContext } from "@/lib/citations/locate";
import { citationAnchorId, excerpt, itemAnchorId, sourceAnchorId } from "@/lib/reader/format";
import { citationsBySource, type SourceIndex } from "./source-index";

function Passage({ text, quote }: { text: string | null; quote: string }) {
  const context = text === null ? null : passageInContext(text, quote, 200);
  if (!context?.found) {
    return (
      <>
        <blockquote className="font-serif leading-relaxed text-stone-800">
          <mark className="citation-highlight">{quote}</mark>
        </blockquote>
        <p className="mt-1 text-xs text-stone-600">
          {text === null
            ? "The source has changed since this version was published, so the quote is shown on its own."
            : "This passage could not be found in the stored source text; the quote is shown as published."}
        </p>
      </>
    );
  }
  return (
    <blockquote className="whitespace-pre-line font-serif leading-relaxed text-stone-700">
      {context.before}
      <mark className="citation-highlight">{context.passage}</mark>
      {context.after}
    </blockquote>
  );
}

/**
 * Every citation of every item, each at its own anchor, showing the quote in its source's text.
 * Citation links point here; `:target` marks the one the reader followed.
 */
export function CitedPassages({ briefing, sources }: { briefing: PublishedBriefing; sources: SourceIndex }) {
  const items: { section: string; item: PublishedItem<BriefingItemBase> }[] = BRIEFING_SECTIONS.flatMap((section) =>
    briefing[section].map((item) => ({ section: SECTION_TITLES[section], item })),
  );
  return (
    <section aria-labelledby="cited-passages-heading" id="cited-passages" className="scroll-mt-6">
      <h2 id="cited-passages-heading" className="border-b-2 border-ink pb-1 font-serif text-2xl font-bold">
        Cited passages
      </h2>
      <p className="mt-2 text-sm text-stone-700">
        Each numbered citation opens here: the quoted passage, highlighted, within the text the outlet published.
      </p>
      <ol className="mt-4 space-y-6">
        {items.map(({ section, item }) => (
          <li key={item.key}>
            <p className="text-sm text-stone-700">
              <span className="font-semibold text-ink">{section}:</span> {excerpt(item.text, 140)}{" "}
              <a href={`#${itemAnchorId(item.key)}`} className="no-print whitespace-nowrap text-accent hover:underline">
                ↩ back to the item
              </a>
            </p>
            <ul className="mt-2 space-y-3">
              {citationsBySource(item.citations, sources).map(({ citation, index: i, source }) => (
                <li
                  key={i}
                  id={citationAnchorId(item.key, i)}
                  className="scroll-mt-6 break-inside-avoid rounded-md border border-stone-300 bg-white p-3 target:border-amber-500 target:bg-amber-50 target:ring-2 target:ring-amber-400"
                  data-testid="cited-passage"
                  data-quote={citation.quote}
                >
                  <p className="mb-1 text-sm font-semibold">
                    {source ? (
                      <a href={`#${sourceAnchorId(source.number)}`} className="hover:underline">
                        [{source.number}] {excerpt(source.label, 80)}
                      </a>
                    ) : (
                      "Source not listed"
                    )}
                  </p>
                  <Passage text={source?.text ?? null} quote={citation.quote} />
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}
