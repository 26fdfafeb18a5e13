import { fail, type Subject } from "./subject";
import { findPdfHeader, sniff } from "./sniff";
import { metadataFromPdfInfo, type SourceMetadata } from "./metadata";
import { MAX_PDF_PAGES as MAX_PAGES } from "./limits";

export interface PdfExtraction {
  text: string;
  /** From the info dictionary (and XMP, when present). */
  metadata: SourceMetadata;
  pageCount: number;
}

interface Line {
  text: string;
  y: number;
  size: number;
  xStart: number;
  xEnd: number;
}

interface PositionedItem {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
  hasEOL: boolean;
}

/**
 * Text-layer extraction with the pdfjs-dist *legacy* build: the modern build assumes
 * browser APIs (Promise.withResolvers, DOMMatrix...) missing from Node 20. eval-based
 * font compilation, system fonts and font-face loading are off because we only read text.
 */
export async function extractPdf(bytes: Uint8Array, subject: Subject): Promise<PdfExtraction> {
  if (findPdfHeader(bytes) < 0) {
    const sniffed = sniff(bytes);
    const looks = sniffed ? `it looks like ${sniffed.label}` : "it has no PDF header";
    throw fail(subject, "unreadable", `${subject.display} is not a PDF document: ${looks}.`);
  }
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const task = pdfjs.getDocument({
    // pdf.js may transfer (detach) the buffer it is given; never hand it the caller's.
    data: bytes.slice(),
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    useWorkerFetch: false,
    stopAtErrors: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (cause) {
    await task.destroy().catch(() => undefined);
    const name = cause instanceof Error ? cause.name : "";
    if (name === "PasswordException") {
      throw fail(
        subject,
        "encrypted",
        `${subject.display} is password-protected. Remove the password and upload it again.`,
        cause,
      );
    }
    throw fail(subject, "unreadable", `${subject.display} could not be read as a PDF: the file is damaged.`, cause);
  }

  try {
    if (doc.numPages > MAX_PAGES) {
      throw fail(
        subject,
        "too-large",
        `${subject.display} has ${doc.numPages} pages; we accept PDFs of up to ${MAX_PAGES} pages.`,
      );
    }
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n += 1) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const items: PositionedItem[] = [];
      for (const item of content.items) {
        if (!("str" in item)) continue;
        const t = item.transform as number[];
        items.push({
          str: item.str,
          x: t[4] ?? 0,
          y: t[5] ?? 0,
          width: item.width,
          size: Math.abs(item.height) || Math.hypot(t[2] ?? 0, t[3] ?? 0) || 10,
          hasEOL: item.hasEOL,
        });
      }
      page.cleanup();
      const text = paragraphsFromLines(linesFromItems(items));
      if (text) pages.push(text);
    }
    const text = pages.join("\n\n");
    if (text.trim() === "") {
      throw fail(
        subject,
        "no-text-layer",
        `${subject.display} has no text layer (it is probably a scanned image). Run it through OCR or paste the text instead.`,
      );
    }
    return { text, pageCount: doc.numPages, metadata: await readMetadata(doc) };
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}

async function readMetadata(doc: {
  getMetadata(): Promise<{ info: object; metadata: { get(name: string): unknown } | null }>;
}): Promise<SourceMetadata> {
  try {
    const meta = await doc.getMetadata();
    return metadataFromPdfInfo(meta.info as Record<string, unknown>, meta.metadata);
  } catch {
    // A damaged info dictionary costs the metadata, never the text.
    return {};
  }
}

/** Groups items into visual lines: a new line on hasEOL or when the baseline moves. */
export function linesFromItems(items: readonly PositionedItem[]): Line[] {
  const lines: Line[] = [];
  let current: Line | undefined;
  let lastEnd = 0;
  const close = () => {
    if (current && current.text.trim() !== "")
      lines.push({ ...current, text: current.text.replace(/\s+/g, " ").trim() });
    current = undefined;
  };
  for (const item of items) {
    if (item.str !== "") {
      if (current && Math.abs(item.y - current.y) > Math.max(1, current.size * 0.5)) close();
      if (!current) {
        current = { text: item.str, y: item.y, size: item.size, xStart: item.x, xEnd: item.x + item.width };
      } else {
        // pdf.js splits lines into runs; a visible horizontal gap between runs is a space.
        const gap = item.x - lastEnd;
        const needsSpace = gap > item.size * 0.15 && !/\s$/.test(current.text) && !/^\s/.test(item.str);
        current.text += (needsSpace ? " " : "") + item.str;
        current.size = Math.max(current.size, item.size);
        current.xEnd = Math.max(current.xEnd, item.x + item.width);
      }
      lastEnd = item.x + item.width;
    }
    if (item.hasEOL) close();
  }
  close();
  return lines;
}

/**
 * Joins wrapped lines into paragraphs. A paragraph ends where the text jumps upwards
 * (new column or page region), where the vertical gap is clearly larger than the page's
 * normal line spacing, or after a line that stops well short of the text's right edge.
 */
export function paragraphsFromLines(lines: readonly Line[]): string {
  if (lines.length === 0) return "";
  let minGap = Infinity;
  let left = Infinity;
  let right = -Infinity;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i];
    if (!line) continue;
    left = Math.min(left, line.xStart);
    right = Math.max(right, line.xEnd);
    const prev = lines[i - 1];
    if (prev) {
      const gap = prev.y - line.y;
      if (gap > 0) minGap = Math.min(minGap, gap);
    }
  }
  const shortLineEdge = right - (right - left) * 0.15;

  const paragraphs: string[] = [];
  let para = lines[0]?.text ?? "";
  for (let i = 1; i < lines.length; i += 1) {
    const prev = lines[i - 1];
    const line = lines[i];
    if (!prev || !line) continue;
    const gap = prev.y - line.y;
    const size = Math.max(prev.size, line.size);
    const normalSpacing = gap <= minGap * 1.2 + 0.5;
    // First-line indent marks a new paragraph in documents without paragraph spacing.
    const indented = line.xStart > left + size * 1.5 && prev.xStart < left + size * 0.5;
    const isBreak = gap <= 0 || (!normalSpacing && gap > size * 1.5) || prev.xEnd < shortLineEdge || indented;
    if (isBreak) {
      paragraphs.push(para);
      para = line.text;
    } else {
      // A line ending in a hyphen is a wrapped word or compound: join without a space.
      para += (/[-\u2010]$/.test(para) ? "" : " ") + line.text;
    }
  }
  paragraphs.push(para);
  return paragraphs.join("\n\n");
}
