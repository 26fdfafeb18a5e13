import { describe, expect, it } from "vitest";
import { contentHashOf, countWords, normalizeForHash, toIsoDate } from "./text";

describe("contentHashOf", () => {
  it("ignores whitespace differences and zero-width characters", () => {
    expect(contentHashOf("Council  votes\r\n\r\nyes")).toBe(contentHashOf("Council votes yes"));
    expect(contentHashOf("\uFEFFCouncil votes yes  ")).toBe(contentHashOf("Council votes yes"));
  });
  it("treats composed and decomposed accents as the same text", () => {
    expect(contentHashOf("Marí")).toBe(contentHashOf("Mari\u0301"));
  });
  it("keeps case and punctuation significant", () => {
    expect(contentHashOf("Council votes yes")).not.toBe(contentHashOf("council votes yes"));
    expect(contentHashOf("Council votes yes")).not.toBe(contentHashOf("Council votes yes."));
  });
  it("is a sha256 hex digest of the normalised text", () => {
    expect(contentHashOf("a  b")).toMatch(/^[0-9a-f]{64}$/);
    expect(normalizeForHash(" a \n\t b ")).toBe("a b");
  });
});

describe("countWords", () => {
  it("counts tokens with letters or digits, not stray punctuation", () => {
    expect(countWords("The mayor — who else? — said 42 times: no.")).toBe(8);
    expect(countWords("   ")).toBe(0);
  });
  it("does not split a word at an invisible character, and counts across any line breaks", () => {
    expect(countWords("co\uFEFFoperate and re\u200Bsume")).toBe(3);
    expect(countWords("  Line one  \r\nLine two\r\n\r\n  indented\ttab\r\n")).toBe(6);
  });
});

describe("toIsoDate", () => {
  it("normalises parseable dates and rejects the rest", () => {
    expect(toIsoDate("2025-03-04T09:30:00+01:00")).toBe("2025-03-04T08:30:00.000Z");
    expect(toIsoDate("not a date")).toBeUndefined();
    expect(toIsoDate("")).toBeUndefined();
  });
});
