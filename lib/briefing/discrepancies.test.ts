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
