import { describe, expect, it } from "vitest";
import { balanceQuotes, singleSpaced, squash } from "./text";

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

describe("balanceQuotes", () => {
  it("closes a quotation left open at the end and reopens one cut at the start", () => {
    expect(balanceQuotes('26,000 votes: he said, adding, "I just want to get back to work')).toBe(
      '26,000 votes: he said, adding, "I just want to get back to work"',
    );
    expect(balanceQuotes("Agreed: channels will reopen immediately,” he said")).toBe(
      "Agreed: “channels will reopen immediately,” he said",
    );
    expect(balanceQuotes("The union says “a victory for every member …")).toBe(
      "The union says “a victory for every member …”",
    );
  });
  it("leaves balanced quotations alone and drops a mark it cannot place", () => {
    expect(balanceQuotes("Bolivia calls it an “insult”")).toBe("Bolivia calls it an “insult”");
    expect(balanceQuotes("“one” and “two” then ” three")).toBe("one and two then three");
  });
});
