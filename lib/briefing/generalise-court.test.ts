// A second invented story from another domain (a court ruling on a pipeline permit, three short
// articles written for this test): organisations outside the gazetteer — a court, a regulator, a
// company, an advocacy group with an acronym — are parties, people speak for them, and "the court",
// "the board", "the company" resolve to the one court, board and company the story names.
import { describe, expect, it } from "vitest";
import { buildBriefing } from "./index";
import { fixtureTexts } from "./test-helpers";
import { BRIEFING_SECTIONS } from "./types";

// The three articles live in fixtures/pipeline-court/ (the golden-output test reads them too).
const [a1 = "", a2 = "", a3 = ""] = fixtureTexts("pipeline-court");

describe("generalises to another domain (invented court ruling)", () => {
  const sources = [a1, a2, a3].map((text, i) => ({ id: `s${i + 1}`, text, file: `court-${i + 1}.txt` }));
  const b = buildBriefing(sources);
  const all = (xs: Array<{ text: string; citations: Array<{ quote: string }> }>) =>
    xs.map((x) => [x.text, ...x.citations.map((c) => c.quote)].join(" ")).join("\n");
  const actors = new Set(b.positions.map((p) => p.actor));

  it("finds the court, the regulator, the company and the campaign group as parties", () => {
    expect(actors.has("Supreme Court")).toBe(true);
    expect(actors.has("National Energy Board")).toBe(true);
    expect(actors.has("Coastal Rivers Alliance")).toBe(true);
    expect([...actors].some((a) => /Northwind/u.test(a))).toBe(true);
    // Aliases never become parties of their own.
    for (const a of actors) expect(a).not.toMatch(/^(the )?(court|board|company|CRA)$/iu);
  });
  it("ties people to the organisation they speak for", () => {
    expect(b.positions.some((p) => p.actor === "Coastal Rivers Alliance" && /Sara Lind/u.test(p.text))).toBe(true);
    expect(b.positions.some((p) => /Northwind/u.test(p.actor) && /Tom Reyes/u.test(p.text))).toBe(true);
  });
  it("carries the campaign group's demand, a figure and an open question", () => {
    expect(all(b.positions.filter((p) => p.actor === "Coastal Rivers Alliance"))).toMatch(
      /reject the project|construction stop/u,
    );
    expect(all(b.keyFigures)).toMatch(/\$1\.2 billion|600-km/u);
    expect(b.openQuestions.some((q) => /\?$/u.test(q.text) && /review|reconsider/u.test(q.text))).toBe(true);
  });
  it("cites verbatim", () => {
    const texts = new Map(sources.map((s) => [s.id, s.text]));
    for (const section of BRIEFING_SECTIONS)
      for (const item of b[section]) {
        expect(item.citations.length).toBeGreaterThan(0);
        for (const c of item.citations) expect(texts.get(c.sourceId)?.includes(c.quote)).toBe(true);
      }
  });
});
