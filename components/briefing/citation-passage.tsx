import { passageInContext } from "@/lib/citations/locate";

/** A cited passage shown inside its source text, highlighted. */
export function CitationPassage({ sourceText, quote }: { sourceText: string; quote: string }) {
  const ctx = passageInContext(sourceText, quote);
  if (!ctx.found) {
    return (
      <p className="text-sm text-red-800">
        This passage is no longer in the source text: “{quote}”. The source may have been replaced.
      </p>
    );
  }
  return (
    <blockquote className="whitespace-pre-line border-l-4 border-amber-300 bg-amber-50/50 px-3 py-2 font-serif text-sm leading-relaxed text-stone-700">
      {ctx.before}
      <mark className="citation-highlight">{ctx.passage}</mark>
      {ctx.after}
    </blockquote>
  );
}
