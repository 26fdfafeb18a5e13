import { describe, expect, it } from "vitest";
import type { Briefing } from "../briefing/types";
import { FIXTURE_INPUT } from "./fixtures";
import { curlyQuote, formatDate, formatDateTime, shortHash, splitOverlongWord, urlLines } from "./format";
import { buildPdfModel, type ModelItem, type SectionModel } from "./model";
import { briefingPdfFileName } from "./render-briefing-pdf";
import type { BriefingPdfInput } from "./types";

function itemsOf(section: SectionModel): ModelItem[] {
  switch (section.kind) {
    case "positions":
      return section.groups.flatMap((g) => g.items);
    default:
      return section.items;
  }
}

const EMPTY: Briefing = {
  schemaVersion: 1,
  title: "Empty",
  summary: "",
  sources: [],
  positions: [],
  dealTerms: [],
  keyFigures: [],
  openQuestions: [],
  discrepancies: [],
  timeline: [],
};

function inputWith(briefing: Partial<Briefing>, sources: BriefingPdfInput["sources"] = []): BriefingPdfInput {
  return { ...FIXTURE_INPUT, briefing: { ...EMPTY, ...briefing }, sources };
}

describe("buildPdfModel", () => {
  const model = buildPdfModel(FIXTURE_INPUT);

  it("groups positions by actor in order of first appearance", () => {
    const positions = model.sections[0];
    expect(positions?.kind).toBe("positions");
    if (positions?.kind !== "positions") return;
    expect(positions.groups.map((g) => g.actor)).toEqual(["Ukraine", "Russia", "Germany"]);
    expect(positions.groups[0]?.items).toHaveLength(2);
  });

  it("numbers notes in reading order, so markers rise through the document", () => {
    const seen: number[] = [];
    for (const section of model.sections) {
      for (const item of itemsOf(section)) {
        for (const n of item.notes) if (!seen.includes(n)) seen.push(n);
      }
    }
    expect(seen).toEqual(model.notes.map((n) => n.n));
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });

  it("gives a passage cited again the same note number", () => {
    const sameQuote = model.notes.filter((n) => n.quote.startsWith("The Russian side rejects"));
    expect(sameQuote).toHaveLength(1);
    const n = sameQuote[0]?.n;
    const citing = model.sections.flatMap(itemsOf).filter((item) => n !== undefined && item.notes.includes(n));
    expect(citing).toHaveLength(3);
  });

  it("counts distinct outlets for corroboration", () => {
    const first = model.sections.flatMap(itemsOf)[0];
    expect(first?.corroboration).toBe(3);
    const twice = buildPdfModel(
      inputWith(
        {
          keyFigures: [
            {
              text: "x",
              citations: [
                { sourceId: "a", quote: "one" },
                { sourceId: "b", quote: "two" },
                { sourceId: "c", quote: "three" },
              ],
            },
          ],
        },
        [
          { id: "a", outlet: "Wire", contentHash: "1" },
          { id: "b", outlet: " wire ", contentHash: "2" },
          { id: "c", contentHash: "3" },
        ],
      ),
    );
    // "Wire" twice is one outlet; an unnamed source is its own.
    expect(twice.sections[0] && itemsOf(twice.sections[0])[0]?.corroboration).toBe(2);
  });

  it("counts a near-copy as the source it copies, as the reader does", () => {
    const copied = buildPdfModel(
      inputWith(
        {
          sources: [
            { id: "a", words: 300, flags: [] },
            { id: "b", words: 290, flags: ["near-copy", "near-copy-of:a"] },
          ],
          keyFigures: [
            {
              text: "x",
              citations: [
                { sourceId: "a", quote: "one" },
                { sourceId: "b", quote: "one, copied" },
              ],
            },
          ],
        },
        [
          { id: "a", outlet: "Wire", contentHash: "1" },
          { id: "b", outlet: "Harbour Post", contentHash: "2" },
        ],
      ),
    );
    // Before one definition (lib/briefing/corroboration.ts) the PDF said "2 outlets" here.
    expect(copied.sections[0] && itemsOf(copied.sections[0])[0]?.corroboration).toBe(1);
  });

  it("labels a source by outlet, then headline, then its number: never a file name or an id", () => {
    expect(model.notes.find((n) => n.sourceId === "s5")?.sourceLabel).toMatch(/^Source \d+$/);
    expect(model.notes.find((n) => n.sourceId === "s1")?.sourceLabel).toBe("Meridian Wire");
  });

  it("omits empty sections and keeps the schema order", () => {
    expect(model.sections.map((s) => (s.kind === "list" ? s.key : s.kind))).toEqual([
      "positions",
      "dealTerms",
      "keyFigures",
      "openQuestions",
      "discrepancies",
      "timeline",
    ]);
    const sparse = buildPdfModel(
      inputWith({ openQuestions: [{ text: "Why?", citations: [{ sourceId: "s1", quote: "q" }] }] }),
    );
    expect(sparse.sections.map((s) => s.title)).toEqual(["Open questions"]);
  });

  it("lists every caller source and any cited source the caller left out", () => {
    expect(model.appendix.map((a) => a.id)).toEqual(["s1", "s2", "s3", "s4", "s5"]);
    expect(model.appendix[0]?.notes).toEqual([1, 4, 5, 9, 10, 11, 17]);
    const missing = buildPdfModel(
      inputWith({ keyFigures: [{ text: "x", citations: [{ sourceId: "ghost", quote: "boo" }] }] }),
    );
    expect(missing.appendix).toEqual([{ id: "ghost", number: 1, label: "Source 1", notes: [1] }]);
  });
});

describe("format helpers", () => {
  it("prints dates in UTC, whatever the server timezone", () => {
    expect(formatDate("2025-11-18T23:30:00-05:00")).toBe("19 November 2025");
    expect(formatDateTime("2025-11-18T14:05:00Z")).toBe("18 November 2025, 14:05 UTC");
    expect(formatDateTime("yesterday")).toBe("yesterday");
  });

  it("shortens hashes to 12 hex characters, dropping an algorithm prefix", () => {
    expect(shortHash("sha256:3fa9c2e1b0d47a6e5c21")).toBe("3fa9c2e1b0d4");
    expect(shortHash("3fa9c2e1b0d47a6e5c21")).toBe("3fa9c2e1b0d4");
  });

  it("wraps passages in curly quotes without touching their own", () => {
    expect(curlyQuote(" said “we’re ready” ")).toBe("“said “we’re ready””");
  });
});

describe("line breaking helpers", () => {
  it("keeps names whole and cuts only tokens too long for a line", () => {
    expect(splitOverlongWord("Zelenskyy")).toEqual(["Zelenskyy"]);
    const hash = "3fa9c2e1b0d47a6e5c21f08b9d3e7a41c6b2d85f09e1a3c7b4d6f8e0a2c4e6b8";
    expect(splitOverlongWord(hash).join("")).toBe(hash);
    expect(splitOverlongWord(hash).length).toBeGreaterThan(1);
  });

  it("breaks URLs where the Chicago Manual allows and loses no character", () => {
    const url = `https://news.example/${"segment-of-a-path/".repeat(10)}story.html?utm_source=x&utm_medium=y`;
    const lines = urlLines(url, 60);
    expect(lines.join("")).toBe(url);
    expect(lines.every((l) => l.length <= 60)).toBe(true);
    expect(urlLines("https://a.example/world/2025/grain-corridor-talks-ready-to-extend", 50)).toEqual([
      "https://a.example/world/2025/grain-corridor-talks",
      "-ready-to-extend",
    ]);
    expect(urlLines("https://short.example/a")).toEqual(["https://short.example/a"]);
  });
});

describe("briefingPdfFileName", () => {
  it("is <slug>-v<n>.pdf", () => {
    expect(briefingPdfFileName("black-sea-grain-corridor", 3)).toBe("black-sea-grain-corridor-v3.pdf");
  });

  it("keeps the name safe for Content-Disposition", () => {
    expect(briefingPdfFileName("Sánchez / İstanbul talks", 12)).toBe("sanchez-istanbul-talks-v12.pdf");
    expect(briefingPdfFileName("", 1)).toBe("briefing-v1.pdf");
  });

  it("rejects a version that is not a positive integer", () => {
    expect(() => briefingPdfFileName("x", 0)).toThrow(RangeError);
    expect(() => briefingPdfFileName("x", 1.5)).toThrow(RangeError);
  });
});
