// A second invented story from another domain (a court ruling on a pipeline permit, three short
// articles written for this test): organisations outside the gazetteer — a court, a regulator, a
// company, an advocacy group with an acronym — are parties, people speak for them, and "the court",
// "the board", "the company" resolve to the one court, board and company the story names.
import { describe, expect, it } from "vitest";
import { buildBriefing } from "./index";
import { BRIEFING_SECTIONS } from "./types";

const a1 = `Court halts Northwind pipeline over climate review
The Supreme Court ruled on Tuesday that the National Energy Board failed to assess the climate impact of Northwind Energy Corp.'s 600-km pipeline and ordered a new review. "The board ignored the evidence before it," Justice Helen Park wrote for the majority in a 5-4 decision. Northwind said it was disappointed and warned that the ruling puts 3,000 construction jobs at risk. The Coastal Rivers Alliance (CRA), which brought the case, called the decision a victory for communities along the route. It is unclear whether the board can complete a new review before the company's permit expires.`;
const a2 = `Judges send pipeline back to regulator
In a 5-4 ruling on Tuesday, the Supreme Court sent Northwind Energy's pipeline permit back to the National Energy Board. The court said the board must weigh downstream emissions before approving the project. Northwind chief executive Tom Reyes said the company would not abandon the pipeline and insisted the project remained viable. The CRA demanded that construction stop immediately and said it would fight any new approval.`;
const a3 = `Pipeline ruling leaves thousands of jobs in limbo
The Supreme Court's decision on Tuesday forces the National Energy Board to restart its review of the Northwind pipeline. Sara Lind, who heads the Coastal Rivers Alliance, urged the board to reject the project outright. The board said it would study the ruling but declined to give a timeline. Northwind Energy Corp. said it had already spent $1.2 billion on the project. It remains to be seen whether Northwind will ask the court to reconsider.`;

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
