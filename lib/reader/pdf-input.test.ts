import { describe, expect, it } from "vitest";
import type { PublishedView } from "@/lib/server/published";
import { buildBriefingPdfInput, parsePdfPageSize } from "./pdf-input";

describe("parsePdfPageSize", () => {
  it("defaults to A4 and accepts a4 and letter in any case", () => {
    expect(parsePdfPageSize(null)).toEqual({ ok: true, pageSize: "A4" });
    expect(parsePdfPageSize("")).toEqual({ ok: true, pageSize: "A4" });
    expect(parsePdfPageSize("A4")).toEqual({ ok: true, pageSize: "A4" });
    expect(parsePdfPageSize("letter")).toEqual({ ok: true, pageSize: "LETTER" });
    expect(parsePdfPageSize("Letter")).toEqual({ ok: true, pageSize: "LETTER" });
  });

  it("refuses anything else with a message that says what works", () => {
    const result = parsePdfPageSize("tabloid");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/size=letter/);
  });
});

describe("buildBriefingPdfInput", () => {
  const view: Pick<PublishedView, "story" | "version" | "publishedAt" | "briefing" | "sources"> = {
    story: { title: "Doha talks", slug: "doha-talks" },
    version: 2,
    publishedAt: new Date("2025-07-25T10:00:00Z"),
    briefing: {
      schemaVersion: 1,
      title: "US and Israel recall negotiators",
      summary: "Summary.",
      sources: [{ id: "s1", outlet: "Wire", words: 300, flags: [] }],
      positions: [],
      dealTerms: [],
      keyFigures: [
        {
          key: "fig-1",
          origin: "generated",
          text: "50 hostages",
          citations: [{ sourceId: "s1", quote: "50 hostages" }],
        },
      ],
      openQuestions: [],
      discrepancies: [],
      timeline: [],
    },
    sources: [
      {
        id: "s1",
        number: 1,
        outlet: "Wire",
        headline: null,
        url: "https://wire.example/a",
        retrievedAt: "2025-07-24T09:00:00.000Z",
        publishedAt: null,
        file: null,
        contentHash: "abc123",
        words: 300,
        flags: [],
        text: "… 50 hostages …",
      },
    ],
  };

  it("drops a deal term's status prefix: the status pill and 'Proposed by' say what the editor set", () => {
    const term = {
      key: "term-1",
      origin: "edited" as const,
      text: "Demanded (Hamas): The release of 200 prisoners",
      citations: [{ sourceId: "s1", quote: "50 hostages" }],
      figures: [],
      status: "rejected" as const,
      proposedBy: "Hamas",
    };
    const input = buildBriefingPdfInput({ ...view, briefing: { ...view.briefing, dealTerms: [term] } }, "A4");
    expect(input.briefing.dealTerms[0]).toMatchObject({ text: "The release of 200 prisoners", status: "rejected" });
  });

  it("carries the published briefing, its version and an appendix without empty fields", () => {
    const input = buildBriefingPdfInput(view, "LETTER");
    expect(input).toMatchObject({ storyTitle: "Doha talks", slug: "doha-talks", version: 2, pageSize: "LETTER" });
    expect(input.publishedAt).toBe("2025-07-25T10:00:00.000Z");
    expect(input.briefing.keyFigures[0]?.text).toBe("50 hostages");
    expect(input.sources).toEqual([
      {
        id: "s1",
        contentHash: "abc123",
        outlet: "Wire",
        url: "https://wire.example/a",
        retrievedAt: "2025-07-24T09:00:00.000Z",
      },
    ]);
  });
});
