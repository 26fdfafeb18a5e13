import { renderToBuffer } from "@react-pdf/renderer";
import { BriefingDocument } from "./briefing-document";
import { loadBriefingFonts } from "./fonts";
import { buildPdfModel } from "./model";
import { withShapingMemo } from "./shaping-memo";
import type { BriefingPdfInput } from "./types";

/** The non-breaking hyphen, which Source Serif 4 lacks: it prints as a hyphen (U+2010), which it has. */
const NON_BREAKING_HYPHEN = /\u2011/g;

/** Every string of `value` (objects and arrays walked), with characters the fonts lack replaced. */
function printable<T>(value: T): T {
  if (typeof value === "string") return value.replace(NON_BREAKING_HYPHEN, "\u2010") as T;
  if (Array.isArray(value)) return value.map((v) => printable(v)) as T;
  if (value && typeof value === "object" && !(value instanceof Date) && !Buffer.isBuffer(value))
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, printable(v)])) as T;
  return value;
}

export async function renderBriefingPdf(raw: BriefingPdfInput): Promise<Buffer> {
  await loadBriefingFonts();
  const input = printable(raw);
  const model = buildPdfModel(input);
  return withShapingMemo(() =>
    renderToBuffer(
      <BriefingDocument
        model={model}
        title={input.briefing.title}
        summary={input.briefing.summary}
        storyTitle={input.storyTitle}
        version={input.version}
        publishedAt={input.publishedAt}
        pageSize={input.pageSize ?? "A4"}
        changes={input.changes}
      />,
    ),
  );
}

/**
 * `<slug>-v<n>.pdf`. The slug is reduced to characters that are safe in a
 * Content-Disposition header and on every file system, since it ends up in both.
 */
export function briefingPdfFileName(slug: string, version: number): string {
  if (!Number.isInteger(version) || version < 1) {
    throw new RangeError(`Briefing version must be a positive integer, got ${version}`);
  }
  const safe = slug
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return `${safe || "briefing"}-v${version}.pdf`;
}
