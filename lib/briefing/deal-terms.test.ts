// Deal terms are what a side puts forward, asks for or agrees; a sentence that only mentions "the
// proposed deal" or asks an open question about a term is not one (invented port-strike sentences).
import { describe, expect, it } from "vitest";
import { buildBriefing } from "./index";

const a1 = `Port strike talks stall
The union FNV Havens said on Monday it would extend the strike until employers raise wages by 8%. The deal on the table entails a 6% rise over two years in return for a no-strike pledge. One of the key questions is still the future of overtime pay in the event of a deal. The walkout, announced on Monday by union leader Marleen de Vries, followed a weak response from Deltalinqs to the proposed wage deal.`;
const a2 = `Rotterdam strike continues
FNV Havens demanded an 8% pay rise and said the strike would continue until employers improved their offer. Deltalinqs said it had offered 4% and would not go further. It is unclear what the government would do if the strike lasted into next month.`;

describe("deal terms", () => {
  const b = buildBriefing([a1, a2].map((text, i) => ({ id: `s${i + 1}`, text, file: `port-${i + 1}.txt` })));
  const terms = b.dealTerms.map((t) => t.text).join("\n");

  it("keeps the term on the table", () => {
    expect(terms).toMatch(/6% rise/u);
  });
  it("does not turn an open question about a term into a proposal", () => {
    expect(terms).not.toMatch(/key questions/u);
    expect(b.openQuestions.map((q) => q.text).join("\n")).toMatch(/overtime/u);
  });
  it("does not read 'the proposed deal' as someone proposing it", () => {
    expect(terms).not.toMatch(/walkout|followed/iu);
  });
});

describe("a proposal named by its owner", () => {
  const a = [
    `Fishing talks end without deal
Norway and Iceland ended two days of fishing talks in Oslo on Friday. The Icelandic minister said no common ground was reached on mackerel quotas and expressed doubts about a Norwegian proposal to close the northern zone for two years.`,
  ];
  const b = buildBriefing(a.map((text, i) => ({ id: `s${i + 1}`, text, file: `fish-${i + 1}.txt` })));
  it("is worded from the proposal clause, not from what else the sentence says", () => {
    const t = b.dealTerms.find((x) => x.proposedBy === "Norway");
    expect(t?.text).toBe("Proposed (Norway): a Norwegian proposal to close the northern zone for two years");
  });
});
