import { readFileSync } from "node:fs";
import path from "node:path";
import { Document, Page, Text, View, renderToBuffer } from "@react-pdf/renderer";
import { describe, expect, it } from "vitest";
import { IngestError, ingestFile } from "./index";
import { linesFromItems, paragraphsFromLines } from "./pdf";
import { SAMPLE_PDF_PARAGRAPHS, SAMPLE_PDF_TITLE } from "../../scripts/make-fixtures";

const SENTENCE =
  "The Brenhill river warden counted 312 salmon at the weir on Friday, the highest figure since records began.";

async function ingestPdf(name: string, bytes: Uint8Array) {
  return ingestFile({ name, bytes });
}

async function refusalOf(promise: Promise<unknown>): Promise<IngestError> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof IngestError) return err;
    throw err;
  }
  throw new Error("expected an IngestError");
}

describe(".pdf", () => {
  it("extracts a known sentence from the text layer and the title from metadata", async () => {
    const buffer = await renderToBuffer(
      <Document title="Salmon count">
        <Page size="A4" style={{ padding: 40, fontSize: 12 }}>
          <Text style={{ marginBottom: 16 }}>{SENTENCE}</Text>
          <Text>Second paragraph.</Text>
        </Page>
      </Document>,
    );
    const source = await ingestPdf("salmon.pdf", new Uint8Array(buffer));
    expect(source.originalText).toContain(SENTENCE);
    expect(source.title).toBe("Salmon count");
    expect(source.fileType).toBe("application/pdf");
    expect(source.wordCount).toBe(20);
  });

  it("keeps paragraphs and joins wrapped lines in the e2e fixture", async () => {
    const bytes = new Uint8Array(readFileSync(path.resolve(import.meta.dirname, "../../e2e/fixtures/sample.pdf")));
    const source = await ingestPdf("sample.pdf", bytes);
    expect(source.originalText).toBe([SAMPLE_PDF_TITLE, ...SAMPLE_PDF_PARAGRAPHS].join("\n\n"));
    expect(source.title).toBe(SAMPLE_PDF_TITLE);
  });

  it("joins text from several pages", async () => {
    const buffer = await renderToBuffer(
      <Document>
        <Page>
          <Text>Page one text.</Text>
        </Page>
        <Page>
          <Text>Page two text.</Text>
        </Page>
      </Document>,
    );
    const source = await ingestPdf("two.pdf", new Uint8Array(buffer));
    expect(source.originalText).toBe("Page one text.\n\nPage two text.");
  });

  it("refuses a PDF without a text layer, saying so", async () => {
    const buffer = await renderToBuffer(
      <Document>
        <Page size="A4">
          <View style={{ width: 300, height: 400, backgroundColor: "#555555" }} />
        </Page>
      </Document>,
    );
    const err = await refusalOf(ingestPdf("scan.pdf", new Uint8Array(buffer)));
    expect(err.code).toBe("no-text-layer");
    expect(err.message).toMatch(/^"scan\.pdf" has no text layer/);
  });

  it("refuses a damaged PDF that has a header", async () => {
    const err = await refusalOf(ingestPdf("broken.pdf", new TextEncoder().encode("%PDF-1.7\n garbage garbage\n%%EOF")));
    expect(["unreadable", "no-text-layer"]).toContain(err.code);
    expect(err.message).toMatch(/"broken\.pdf"/);
  });

  it("does not detach the caller's buffer", async () => {
    const buffer = new Uint8Array(
      await renderToBuffer(
        <Document>
          <Page>
            <Text>Still here.</Text>
          </Page>
        </Document>,
      ),
    );
    await ingestPdf("keep.pdf", buffer);
    expect(buffer.byteLength).toBeGreaterThan(0);
  });
});

describe("line and paragraph assembly", () => {
  const item = (str: string, x: number, y: number, width: number, hasEOL = false) => ({
    str,
    x,
    y,
    width,
    size: 10,
    hasEOL,
  });

  it("inserts a space only where runs on a line have a visible gap", () => {
    const lines = linesFromItems([item("Hello", 0, 100, 25), item("world", 28, 100, 25), item("!", 53, 100, 3, true)]);
    expect(lines.map((l) => l.text)).toEqual(["Hello world!"]);
  });

  it("starts a new paragraph after a larger gap, a short line or an indent", () => {
    const lines = linesFromItems([
      item("first line of a paragraph that is long", 0, 700, 300),
      item("continues here to the margin edge xx", 0, 688, 300),
      item("ends short.", 0, 676, 60),
      item("Second paragraph wide line reaching edge", 0, 664, 300),
      item("still second paragraph to the edge xx", 0, 652, 300),
      item("Third after a bigger gap to the edge", 0, 620, 300),
      item("tail line to the edge of the column xx", 0, 608, 300),
      item("Indented fourth paragraph to the edge", 20, 596, 280),
    ]);
    expect(paragraphsFromLines(lines).split("\n\n")).toEqual([
      "first line of a paragraph that is long continues here to the margin edge xx ends short.",
      "Second paragraph wide line reaching edge still second paragraph to the edge xx",
      "Third after a bigger gap to the edge tail line to the edge of the column xx",
      "Indented fourth paragraph to the edge",
    ]);
  });
});
