import { fail, type Subject } from "./subject";
import { contentHashOf, countWords, isBlank } from "./text";
import type { IngestedSource, IngestOrigin, IngestWarning } from "./types";

/** Fewer words than this is accepted but flagged: it is a quote or a caption, not an article. */
export const SHORT_TEXT_WORDS = 20;

type Meta = Omit<IngestedSource, "origin" | "originalText" | "contentHash" | "wordCount" | "warnings">;

export function buildSource(
  origin: IngestOrigin,
  originalText: string,
  subject: Subject,
  meta: Meta,
  warnings: IngestWarning[] = [],
  emptyReason = "contains no text",
): IngestedSource {
  if (isBlank(originalText)) {
    throw fail(subject, "empty", `${subject.display} ${emptyReason}.`);
  }
  const wordCount = countWords(originalText);
  const allWarnings = [...warnings];
  if (wordCount < SHORT_TEXT_WORDS) {
    allWarnings.push({
      code: "short-text",
      message: `${subject.display} has only ${wordCount} word${wordCount === 1 ? "" : "s"}; it may not be a full article.`,
    });
  }
  const source: IngestedSource = {
    origin,
    originalText,
    contentHash: contentHashOf(originalText),
    wordCount,
    warnings: allWarnings,
  };
  for (const [key, value] of Object.entries(meta) as [keyof Meta, string | undefined][]) {
    if (value !== undefined) Object.assign(source, { [key]: value });
  }
  return source;
}
