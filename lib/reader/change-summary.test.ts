import { describe, expect, it } from "vitest";
import { diffBriefings } from "@/lib/curation";
import type { PublishedBriefing } from "@/lib/curation";
import { summariseChanges } from "./change-summary";

function briefing(overrides: Partial<PublishedBriefing> = {}): PublishedBriefing {
  return {
    schemaVersion: 1,
    title: "Strike",
    summary: "The union struck.",
    sources: [],
    positions: [],
    dealTerms: [],
    keyFigures: [],
    openQuestions: [],
    discrepancies: [],
    timeline: [],
    ...overrides,
  };
}

const cite = [{ sourceId: "s1", quote: "q" }];

describe("what changed since the previous version", () => {
  it("counts additions and removals per section in plain words", () => {
    const before = briefing({
      keyFigures: [{ key: "kf-1", origin: "generated", text: "48 hours of strike.", citations: cite }],
    });
    const after = briefing({
      summary: "The union struck for two days.",
      keyFigures: [],
      timeline: [
        { key: "tl-1", origin: "generated", text: "Strike began.", when: "Monday", citations: cite },
        { key: "tl-2", origin: "generated", text: "Talks resumed.", when: "Tuesday", citations: cite },
      ],
    });
    const summary = summariseChanges(diffBriefings(before, after));
    expect(summary.headline).toBe("Summary rewritten, 1 key figure removed, 2 timeline events added.");
    expect(summary.lines.map((l) => l.kind)).toEqual(["summary", "removed", "added", "added"]);
  });

  it("says so when nothing changed", () => {
    expect(summariseChanges(diffBriefings(briefing(), briefing())).headline).toMatch(/No change/);
  });
});
