// A third invented story (an election count in a fictional country, three short articles written
// for this test): parties named only in the story, a leader tied to her party by "led by", a
// politician who speaks for herself, a coordinated demand ("took 98 seats and demanded a recount"),
// and two outlets' different seat counts for the same party on the same day.
import { describe, expect, it } from "vitest";
import { buildBriefing } from "./index";

const a1 = `Ruling party loses majority in Valdoria vote count
The Democratic Alliance won 112 seats in Sunday's parliamentary election, short of the 121 needed for a majority, the Central Election Commission said on Monday. Prime Minister Elena Marsh said her party would seek a coalition partner and ruled out a deal with the far-right National Front. The opposition Progressive Party, led by Tomas Berg, took 98 seats and demanded a recount in three districts. Turnout was 64%, the commission said. It is unclear whether the Greens will join a coalition.`;
const a2 = `Valdoria's Democratic Alliance wins most seats but falls short
The Democratic Alliance secured 110 seats, according to preliminary results published by the election commission on Monday. Berg, whose Progressive Party came second, called the count "deeply flawed" and said his party would challenge the results in court. Marsh insisted the result gave her a mandate to govern. Observers from the Organization for Security and Co-operation in Europe said the vote was largely free but noted irregularities in two districts.`;
const a3 = `Coalition talks loom after Valdoria election
Coalition talks are expected to begin next week after the Democratic Alliance won the most seats in Sunday's vote. The Greens, who won 14 seats, said they would only back a government that commits to closing coal plants by 2030. The National Front said it had been shut out by the establishment. Turnout was 61%, according to the commission.`;

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
