import { describe, expect, it } from "vitest";
import { cleanSource, furnitureRule } from "./clean";
import { splitSentences } from "./sentences";

describe("cleanSource", () => {
  it("strips a title-case dateline from the first sentence only", () => {
    const text = [
      "Ferry deal reached after long talks",
      "Harbourton — Negotiators for the ferry company reached a deal on Saturday.",
      "Lena Ortiz — the union's chief negotiator — said the crews would vote next week.",
    ].join("\n");
    const content = cleanSource(text)
      .lines.filter((l) => l.kind === "content")
      .map((l) => l.text);
    expect(content[0]).toBe("Negotiators for the ferry company reached a deal on Saturday.");
    expect(content[1]).toMatch(/^Lena Ortiz — the union/u);
  });
  it("finds whole-line furniture behind the word pre-test", () => {
    const lines: Array<[string, string | undefined]> = [
      ["Contact: editor@example.com", "share-widget"],
      ["Please read the full story on our site.", "read-more"],
      ["Analysis of the vote, read more", "related-link"],
      ["Get the Morning Briefing newsletter.", "promo"],
      ["Subscribe today for full access.", "promo"],
      ["Illustration: Jane Doe for the Guardian.", "photo-caption"],
      ["Soldiers stand guard in Kyiv (Reuters photo)", "photo-caption"],
      ["In this handout picture, the envoy arrives.", "photo-caption"],
      ["Purchase Licensing Rights, opens new tab", "photo-credit"],
      ["Jane Doe contributed to this report.", "byline"],
      ["The envoy said the talks would resume in Doha on Monday.", undefined],
    ];
    for (const [line, reason] of lines) expect(furnitureRule(line), line).toBe(reason);
  });
  it("drops page furniture and keeps offsets into the original text", () => {
    const text = [
      "262",
      "Share this @example.com",
      "The council voted 7-2 to approve the budget on Monday.",
      "Read the full article here",
      "Story Summary",
      "The mayor said the vote was a victory.",
      "The council voted 7-2 to approve the budget on Monday.",
      "Sign up here for our daily newsletter.",
      "Item 2 of 6 Protesters gather outside city hall.",
      "notification-importantGet instant alerts and updates.",
      "Protesters outside city hall, March 3, 2026.",
      "City Hall Press Office via Reuters",
    ].join("\n");
    const r = cleanSource(text);
    const kept = r.lines.filter((l) => l.kind === "content").map((l) => l.text);
    expect(kept).toEqual([
      "The council voted 7-2 to approve the budget on Monday.",
      "The mayor said the vote was a victory.",
    ]);
    for (const l of r.lines) expect(text.slice(l.start, l.end)).toBe(l.text);
    const reasons = r.removed.map((x) => x.reason);
    expect(reasons).toEqual(
      expect.arrayContaining([
        "number-or-symbols",
        "share-widget",
        "read-more",
        "section-heading",
        "repeated",
        "promo",
        "gallery-counter",
        "photo-caption",
        "photo-credit",
      ]),
    );
  });

  it("strips datelines and empty credits but keeps the sentence", () => {
    const text = "() The U.S. is withdrawing negotiators.\nKYIV, Feb 5 (Reuters) - Ukraine and Russia concluded talks.";
    const r = cleanSource(text);
    expect(r.lines.map((l) => l.text)).toEqual([
      "The U.S. is withdrawing negotiators.",
      "Ukraine and Russia concluded talks.",
    ]);
  });

  it("treats a first line without a full stop as the headline", () => {
    const r = cleanSource("Strike Shuts Ports Across the Country\nDock workers walked out on Tuesday.");
    expect(r.headline).toBe("Strike Shuts Ports Across the Country");
    expect(r.lines[0]?.kind).toBe("heading");
  });

  it("handles an empty source and a source with only boilerplate", () => {
    expect(cleanSource("").lines).toEqual([]);
    const r = cleanSource("Share this @site.com\n262\nRead the full article here\nSource Articles");
    expect(r.lines).toEqual([]);
    expect(r.removed.length).toBe(4);
  });

  it("counts aggregator section labels", () => {
    const r = cleanSource(
      "Story Summary\nA thing happened.\nFull Story\nThe thing happened on Monday.\nSource Articles",
    );
    expect(r.aggregatorMarks).toBe(3);
  });
});

describe("splitSentences", () => {
  const split = (text: string) => splitSentences(text, cleanSource(text).lines).map((s) => s.text);

  it("does not split on abbreviations, initials or dates", () => {
    expect(split("Dr. Ismail spoke to Gen. Smith on Feb. 5 in the U.S. capital. He left.")).toEqual([
      "Dr. Ismail spoke to Gen. Smith on Feb. 5 in the U.S. capital.",
      "He left.",
    ]);
    expect(split("The talks in the U.S. It was the first round.")).toEqual([
      "The talks in the U.S.",
      "It was the first round.",
    ]);
    expect(split("J. R. Smith said no.")).toEqual(["J. R. Smith said no."]);
  });

  it("splits after closing quotes and keeps multi-sentence quotes whole per sentence", () => {
    expect(split("“We studied it. We decided,” an official said. “We will return.”")).toEqual([
      "“We studied it.",
      "We decided,” an official said.",
      "“We will return.”",
    ]);
    expect(split('He said: "It is over." Then he left.')).toEqual(['He said: "It is over."', "Then he left."]);
  });

  it("ends sentences at line breaks (headlines without full stops)", () => {
    expect(split("Talks Collapse in Geneva\nNegotiators left on Friday.")).toEqual([
      "Talks Collapse in Geneva",
      "Negotiators left on Friday.",
    ]);
  });

  it("copes with non-Latin text and a one-sentence source", () => {
    expect(split("Володимир Зеленський заявив про перемовини. Це важливо.")).toEqual([
      "Володимир Зеленський заявив про перемовини.",
      "Це важливо.",
    ]);
    expect(split("قال محمد إن المحادثات انتهت.")).toEqual(["قال محمد إن المحادثات انتهت."]);
    expect(split("Only one sentence here.")).toEqual(["Only one sentence here."]);
  });
});

describe("headline", () => {
  it("is the first heading line that reads as a headline, not a section label, date or caption", () => {
    const text =
      "Investing\n\nFriday, 12 September, 2025\n\n" +
      "Harbour workers end three-week strike at Eastwick port\n" +
      "Workers at the port voted to accept a new contract on Monday.";
    expect(cleanSource(text).headline).toBe("Harbour workers end three-week strike at Eastwick port");
    const caption =
      "Maria Lopez, President of the Harbour Workers Union, expects a close vote on the offer\n" +
      "Workers at the port voted to accept a new contract on Monday.";
    expect(cleanSource(caption).headline).toBeUndefined();
  });

  it("drops donation promos as page furniture", () => {
    expect(furnitureRule("Support our Nation today - please donate here")).toBe("promo");
  });
});

describe("date mark", () => {
  it("reads a leading 'date YYYY-MM-DD' as the publication date and keeps it and the dateline out of the text", () => {
    const text = "date 2024-03-05 EASTWICK (Wire) — Harbour workers voted to accept a new contract on Monday.";
    const r = cleanSource(text);
    expect(r.datedAt).toBe("2024-03-05");
    expect(r.lines[0]?.text).toBe("Harbour workers voted to accept a new contract on Monday.");
    expect(cleanSource("Harbour workers voted on Monday to accept the contract.").datedAt).toBeUndefined();
  });
});

describe("hard-wrapped text", () => {
  it("joins lines broken every few words back into sentences, as raw windows of the text", () => {
    const text =
      "Harbour strike ends at Eastwick\n\n" +
      "Harbour workers voted on\nMonday to accept a new contract with the\nport company, ending a strike that had\n" +
      "halted shipping for three weeks.\nThe union said the deal raises\nwages by 20% over four years.\n";
    const r = cleanSource(text);
    const kept = r.lines.map((l) => text.slice(l.start, l.end).replace(/\s+/gu, " "));
    expect(kept).toContain(
      "Harbour workers voted on Monday to accept a new contract with the port company, ending a strike that had halted shipping for three weeks.",
    );
    expect(kept).toContain("The union said the deal raises wages by 20% over four years.");
    expect(r.headline).toBe("Harbour strike ends at Eastwick");
  });

  it("leaves ordinary line breaks alone", () => {
    const text = "Talks end in Geneva\nNegotiators left on Friday.\nA new round is planned for May.";
    expect(cleanSource(text).lines.map((l) => l.text)).toEqual([
      "Talks end in Geneva",
      "Negotiators left on Friday.",
      "A new round is planned for May.",
    ]);
  });
});
