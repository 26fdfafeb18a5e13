import { describe, expect, it } from "vitest";
import { contentHashOf, countWords, normalizeForHash, toCleanText, toIsoDate } from "./text";

describe("toCleanText", () => {
  it("unifies newlines, collapses inline spaces and limits blank lines", () => {
    expect(toCleanText("  Title\r\n\r\n\r\n\r\nFirst  line\u00A0here \t\r\nsecond\u200B line  \n")).toBe(
      "Title\n\nFirst line here\nsecond line",
    );
  });
  it("never changes words or punctuation", () => {
    expect(toCleanText("“Quoted,” she said — 4.2 %.")).toBe("“Quoted,” she said — 4.2 %.");
  });
});

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
});

describe("toIsoDate", () => {
  it("normalises parseable dates and rejects the rest", () => {
    expect(toIsoDate("2025-03-04T09:30:00+01:00")).toBe("2025-03-04T08:30:00.000Z");
    expect(toIsoDate("not a date")).toBeUndefined();
    expect(toIsoDate("")).toBeUndefined();
  });
});
