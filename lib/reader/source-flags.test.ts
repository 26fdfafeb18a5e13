import { describe, expect, it } from "vitest";
import { describeSourceFlag } from "./source-flags";

describe("describeSourceFlag", () => {
  it("explains a near-copy as not independent", () => {
    const note = describeSourceFlag("near-copy");
    expect(note.explanation).toBe("Near-copy of another source: not counted as independent.");
    expect(note.caution).toBe(true);
  });

  it("recognises known flags whatever their spelling", () => {
    expect(describeSourceFlag("Boilerplate_Removed").label).toBe("Boilerplate removed");
    expect(describeSourceFlag(" aggregator ").label).toBe("Aggregator");
    expect(describeSourceFlag("paraphrased-quotes").explanation).toMatch(/own words/);
  });

  it("shows an unknown flag in readable words instead of dropping it", () => {
    const note = describeSourceFlag("machine-translated");
    expect(note.label).toBe("Machine translated");
    expect(note.explanation).toContain("machine translated");
    expect(note.caution).toBe(false);
  });
});
