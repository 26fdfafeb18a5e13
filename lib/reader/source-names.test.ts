import { describe, expect, it } from "vitest";
import { nameSourcesInBriefing, sourceIdNamer } from "./source-names";

describe("sourceIdNamer", () => {
  const name = sourceIdNamer([
    { id: "cmwr8qu100006177dw0p1yl7c", number: 1, outlet: null },
    { id: "cmwr8qu190008177du74tpoe4", number: 2, outlet: "Internewscast" },
    { id: "s1", number: 3, outlet: "Wire" },
  ]);

  it("names sources the reader can find in the list", () => {
    expect(
      name("Quote wording differs: cmwr8qu100006177dw0p1yl7c, cmwr8qu190008177du74tpoe4 renders it differently"),
    ).toBe("Quote wording differs: source 1, Internewscast renders it differently");
    expect(name("Venue: Israel (s1) vs Gaza")).toBe("Venue: Israel (Wire) vs Gaza");
  });

  it("leaves ids inside other words alone", () => {
    expect(name("Versions s10 and as1 and s1x")).toBe("Versions s10 and as1 and s1x");
  });

  it("names a source the engine called by its file name", () => {
    const byFile = sourceIdNamer([{ id: "c1", number: 2, outlet: null, file: "001_10cb37417b3e5c1c.txt" }]);
    expect(byFile("Figures differ: 001_10cb37417b3e5c1c.txt says 48")).toBe("Figures differ: source 2 says 48");
  });

  it("is the identity without sources", () => {
    expect(sourceIdNamer([])("cmwr8qu1 stays")).toBe("cmwr8qu1 stays");
  });
});

describe("nameSourcesInBriefing", () => {
  it("renames ids in the summary and every section's item text, leaving citations alone", () => {
    const item = {
      key: "disc-1",
      origin: "generated" as const,
      text: "s1 and s2 differ",
      citations: [{ sourceId: "s1", quote: "s1 said" }],
    };
    const briefing = {
      summary: "Per s2.",
      positions: [],
      dealTerms: [],
      keyFigures: [],
      openQuestions: [],
      discrepancies: [item],
      timeline: [],
    };
    const named = nameSourcesInBriefing(briefing, [
      { id: "s1", number: 1, outlet: "Wire" },
      { id: "s2", number: 2, outlet: null },
    ]);
    expect(named.summary).toBe("Per source 2.");
    expect(named.discrepancies[0]).toEqual({ ...item, text: "Wire and source 2 differ" });
    expect(briefing.discrepancies[0]!.text).toBe("s1 and s2 differ");
  });
});
