// Venue discrepancies are about where an event is held, not where captives are held (invented
// hostage-talks sentences).
import { describe, expect, it } from "vitest";
import { buildBriefing } from "./index";

function venueItems(texts: string[]) {
  const b = buildBriefing(texts.map((text, i) => ({ id: `s${i + 1}`, text, file: `talks-${i + 1}.txt` })));
  return b.discrepancies.filter((d) => /venue/u.test(d.text)).map((d) => d.text);
}

describe("venue discrepancies", () => {
  it("reports two outlets placing the same talks in different cities", () => {
    const found = venueItems([
      `Border talks to resume\nThe next round of border talks between Armenia and Azerbaijan will be held in Geneva next week, the foreign ministry said on Monday. Both delegations have agreed on an agenda.`,
      `Armenia and Azerbaijan agree to meet again\nNegotiators said the next round of talks would be held in Vienna, likely next week. A prisoner release was also discussed at the last meeting.`,
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/Geneva/u);
    expect(found[0]).toMatch(/Vienna/u);
  });

  it("does not read captives held in different places as a venue", () => {
    const found = venueItems([
      `Swap agreed\nThe deal would free hostages held by the rebels in Mali and prisoners who had been arrested and held in Niger.`,
      `Swap agreed\nEfforts were also underway to free the hostages held by the rebels in Chad in exchange for prisoners.`,
    ]);
    expect(found).toEqual([]);
  });
});

function figureItems(texts: string[]) {
  const b = buildBriefing(texts.map((text, i) => ({ id: `s${i + 1}`, text, file: `pay-${i + 1}.txt` })));
  return b.discrepancies
    .filter((d) => /^Outlets (differ on|count|state) /u.test(d.text) && !/venue|words|first/u.test(d.text))
    .map((d) => d.text);
}

describe("figure discrepancies compare like with like", () => {
  it("reports a raise against a raise and a vote share against a vote share, never one against the other", () => {
    const found = figureItems([
      `Nurses accept deal\nThe nurses voted to accept a contract that includes a 24% wage increase over four years. About 71% of members voted in favour.`,
      `Nurses ratify contract\nThe new contract includes a 21% wage increase over four years, the union said. The vote was 64% in favour.`,
    ]);
    expect(found).toHaveLength(2);
    const raise = found.find((t) => /24%/u.test(t));
    expect(raise).toMatch(
      /wage increase: (?:24% \(source 1\) vs 21% \(source 2\)|21% \(source 2\) vs 24% \(source 1\))$/u,
    );
    expect(found.find((t) => /71%/u.test(t))).toMatch(/64%/u);
    for (const t of found) expect(t).not.toMatch(/\.txt/u);
  });
  it("keeps a first-year rate, a previous offer and an amount asked for apart from the deal", () => {
    const found = figureItems([
      `Deal reached\nThe deal gives a 10% raise in the first year and $900 a month in bonuses. The union had demanded a 30% raise.`,
      `Strike ends\nWorkers get a 25% raise over the contract. The bonus replaces the previous $600 a month offer.`,
    ]);
    expect(found).toEqual([]);
  });
  it("reads a per-side count against a total as counted differently, not as a conflict", () => {
    const found = figureItems([
      `Swap completed\nThe two sides exchanged 120 prisoners on Friday, officials said.`,
      `Prisoners freed\nThe two sides each released 60 prisoners on Friday, the ministry said.`,
    ]);
    expect(found).toEqual([
      "Outlets count the prisoners differently: 120 prisoners in all (source 1) vs 60 prisoners each side (source 2)",
    ]);
  });
  it("names the agency in a dateline", () => {
    const found = figureItems([
      `Factory deal\nDETROIT (AP) — Workers approved a contract with a 25% raise over four years.`,
      `Factory workers approve deal\nWorkers approved a contract with a 27% raise over four years.`,
    ]);
    expect(found[0]).toMatch(/\(AP\)/u);
  });
});

describe("what kind of document was signed", () => {
  it("reports a peace deal against a framework from other outlets, and nothing when all agree", () => {
    const b = (texts: string[]) =>
      buildBriefing(texts.map((text, i) => ({ id: `s${i + 1}`, text }))).discrepancies.filter((d) =>
        /what was signed/u.test(d.text),
      );
    const found = b([
      `Leaders sign accord\nThe two leaders signed a peace deal in Oslo on Friday, officials said.`,
      `Step towards peace\nThe two leaders signed a framework agreement in Oslo on Friday, leaving the details for later.`,
    ]);
    expect(found.map((d) => d.text)).toEqual([
      "Outlets describe what was signed differently: peace deal (source 1) vs framework agreement (source 2)",
    ]);
    expect(
      b([`A\nThe leaders signed a peace deal on Friday.`, `B\nThe leaders signed a peace deal in Oslo on Friday.`]),
    ).toEqual([]);
  });
});
