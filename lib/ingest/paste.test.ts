import { describe, expect, it } from "vitest";
import { IngestError, ingestPastedText, contentHashOf } from "./index";

function refusal(fn: () => unknown): IngestError {
  try {
    fn();
  } catch (err) {
    if (err instanceof IngestError) return err;
    throw err;
  }
  throw new Error("expected an IngestError");
}

describe("ingestPastedText", () => {
  it("keeps the text exactly as pasted and records metadata", () => {
    const text = "  Ministers met on Tuesday.\r\n\r\nThe talks ended without a deal.  \n";
    const source = ingestPastedText({
      text,
      title: "  Talks end without deal ",
      outlet: "Wire",
      url: "https://example.org/talks",
      publishedAt: "2025-07-24",
    });
    expect(source).toMatchObject({
      origin: "paste",
      originalText: text,
      title: "Talks end without deal",
      outlet: "Wire",
      url: "https://example.org/talks",
      publishedAt: "2025-07-24T00:00:00.000Z",
      wordCount: 10,
      contentHash: contentHashOf(text),
    });
    expect(source.fileName).toBeUndefined();
  });

  it("strips only a leading BOM", () => {
    expect(ingestPastedText({ text: "\uFEFFQuote\uFEFF" }).originalText).toBe("Quote\uFEFF");
  });

  it("accepts short text with a warning", () => {
    const source = ingestPastedText({ text: "“No comment,” the spokesperson said." });
    expect(source.wordCount).toBe(5);
    expect(source.warnings).toEqual([
      { code: "short-text", message: "The pasted text has only 5 words; it may not be a full article." },
    ]);
  });

  it("refuses empty and whitespace-only text", () => {
    expect(refusal(() => ingestPastedText({ text: "" }))).toMatchObject({
      code: "empty",
      message: "The pasted text is empty.",
    });
    expect(refusal(() => ingestPastedText({ text: " \n\t\u00A0\u200B " }))).toMatchObject({
      code: "empty",
      message: "The pasted text contains only whitespace.",
    });
  });

  it("refuses oversized text, naming the limit", () => {
    expect(refusal(() => ingestPastedText({ text: "x".repeat(2048) }, { maxBytes: 1024 }))).toMatchObject({
      code: "too-large",
      message: "The pasted text is 2 KB; the limit is 1 KB.",
    });
  });

  it("refuses invalid metadata instead of dropping it", () => {
    expect(refusal(() => ingestPastedText({ text: "Some words", url: "javascript:alert(1)" })).code).toBe(
      "invalid-input",
    );
    expect(refusal(() => ingestPastedText({ text: "Some words", url: "not a url" })).code).toBe("invalid-input");
    expect(refusal(() => ingestPastedText({ text: "Some words", publishedAt: "last Tuesday" })).code).toBe(
      "invalid-input",
    );
  });

  it("refuses text containing NUL characters", () => {
    expect(refusal(() => ingestPastedText({ text: "abc\u0000def" })).code).toBe("binary");
  });
});
