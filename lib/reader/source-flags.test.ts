import { describe, expect, it } from "vitest";
import { describeSourceFlag, describeSourceFlags } from "./source-flags";

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

describe("describeSourceFlags", () => {
  it("merges the engine's two near-copy flags into one note naming the original", () => {
    const notes = describeSourceFlags(["near-copy", "near-copy-of:s2", "boilerplate-removed"], (id) =>
      id === "s2" ? "source 2 (Wire)" : null,
    );
    expect(notes.map((n) => n.label)).toEqual(["Near-copy", "Boilerplate removed"]);
    expect(notes[0]!.explanation).toBe("Near-copy of source 2 (Wire): not counted as independent.");
  });

  it("falls back to the generic wording when the original is not listed", () => {
    const notes = describeSourceFlags(["near-copy-of:gone"], () => null);
    expect(notes).toHaveLength(1);
    expect(notes[0]!.explanation).toBe("Near-copy of another source: not counted as independent.");
  });
});
