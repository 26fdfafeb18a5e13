import { describe, expect, it } from "vitest";
import { buildBriefing } from "./index";
import { cleanSource } from "./clean";
import { MAX_SENTENCE_CHARS, splitSentences } from "./sentences";

// Issue 11, finding 3: text without sentence breaks (markup read as text, a pasted table) was one
// endless "sentence", and the later stages cost more than linear per sentence.
const MB = 1024 * 1024;

describe("text without sentence breaks", () => {
  it.each([
    ["one endless sentence of words", "ministers said talks would resume ".repeat(MB / 34)],
    ["one endless word", "<div>".repeat(MB / 5)],
  ])("%s is cut into bounded pieces that keep their offsets", (_name, text) => {
    const clean = cleanSource(text);
    const sentences = splitSentences(text, clean.lines);
    expect(sentences.length).toBeGreaterThan(MB / MAX_SENTENCE_CHARS / 2);
    for (const s of sentences) {
      expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
      expect(text.slice(s.start, s.end)).toBe(s.text);
    }
  });

  it("builds a briefing from a megabyte without a sentence break", () => {
    const text = "ministers said talks would resume ".repeat(MB / 34);
    const briefing = buildBriefing(
      [
        { id: "s1", text },
        { id: "s2", text: "The minister said on Monday that talks in Doha would resume next week." },
      ],
      { title: "Endless" },
    );
    expect(briefing.sources).toHaveLength(2);
  });

  it("leaves ordinary sentences alone", () => {
    const text = "The union said on Monday it would strike. The operator said its offer was final.";
    const sentences = splitSentences(text, cleanSource(text).lines);
    expect(sentences.map((s) => s.text)).toEqual([
      "The union said on Monday it would strike.",
      "The operator said its offer was final.",
    ]);
  });
});
