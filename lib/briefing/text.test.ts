import { describe, expect, it } from "vitest";
import { singleSpaced, squash } from "./text";

describe("squash", () => {
  it("folds every run of whitespace to one space and trims, as the plain replacement does", () => {
    const texts = [
      "already single spaced",
      "  leading and trailing  ",
      "two  spaces",
      "tab\tand\nnewline\r\nend",
      "no\u00a0break and\u2009thin\u3000ideographic",
      "\ufeffmarked",
      " ",
      "",
      "a",
    ];
    for (const t of texts) {
      expect(singleSpaced(t)).toBe(t.replace(/\s+/g, " "));
      expect(squash(t)).toBe(t.replace(/\s+/g, " ").trim());
    }
  });
});
