// A third invented story (an election count in a fictional country, three short articles written
// for this test): parties named only in the story, a leader tied to her party by "led by", a
// politician who speaks for herself, a coordinated demand ("took 98 seats and demanded a recount"),
// and two outlets' different seat counts for the same party on the same day.
import { describe, expect, it } from "vitest";
import { buildBriefing } from "./index";
import { fixtureTexts } from "./test-helpers";

// The three articles live in fixtures/valdoria-election/ (the golden-output test reads them too).
const [a1 = "", a2 = "", a3 = ""] = fixtureTexts("valdoria-election");

describe("generalises to another domain (invented election count)", () => {
  const sources = [a1, a2, a3].map((text, i) => ({ id: `s${i + 1}`, text, file: `election-${i + 1}.txt` }));
  const b = buildBriefing(sources);
  const actors = new Set(b.positions.map((p) => p.actor));

  it("finds the parties and the people who speak for them", () => {
    expect(actors.has("Progressive Party")).toBe(true);
    expect(actors.has("Elena Marsh")).toBe(true);
    expect(b.positions.some((p) => p.actor === "Progressive Party" && /recount|challenge/u.test(p.text))).toBe(true);
    // "Valdoria's Democratic Alliance" is the Democratic Alliance, not a second party.
    expect([...actors].some((a) => /Valdoria's/u.test(a))).toBe(false);
  });
  it("reports the different seat counts, a figure and an open question", () => {
    expect(b.discrepancies.some((d) => /112 seats/u.test(d.text) && /110 seats/u.test(d.text))).toBe(true);
    expect(b.keyFigures.some((f) => /seats|%/u.test(f.text))).toBe(true);
    expect(b.openQuestions.some((q) => /Greens/u.test(q.text) && /\?$/u.test(q.text))).toBe(true);
  });
  it("cites verbatim", () => {
    const texts = new Map(sources.map((s) => [s.id, s.text]));
    for (const section of ["positions", "dealTerms", "keyFigures", "openQuestions", "discrepancies"] as const)
      for (const item of b[section])
        for (const c of item.citations) expect(texts.get(c.sourceId)?.includes(c.quote)).toBe(true);
  });
});
