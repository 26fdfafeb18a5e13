import { describe, expect, it } from "vitest";
import { figuresWithoutEvidence, splitFigures } from "./figures";

describe("splitFigures", () => {
  it("splits at a comma or semicolon and a space, or a new line, never inside a number", () => {
    expect(splitFigures("$75,608, $119,309; four years\n38%")).toEqual(["$75,608", "$119,309", "four years", "38%"]);
    expect(splitFigures("  ,  ")).toEqual([]);
  });
});

describe("figuresWithoutEvidence", () => {
  const kept = ["Boeing said average annual pay for machinists is $75,608 and would rise to $119,309 in four years."];
  it("names the figures no kept passage and not the wording states", () => {
    expect(figuresWithoutEvidence(["$75,608", "$119,309", "four years", "38%", "$12,000"], kept)).toEqual([
      "38%",
      "$12,000",
    ]);
  });
  it("compares without case, spacing or dash style", () => {
    expect(figuresWithoutEvidence(["Four  Years", "four-year"], ["in four years", "a four–year deal"])).toEqual([]);
  });
  it("counts the wording as evidence", () => {
    expect(figuresWithoutEvidence(["38%"], [...kept, "A 38% raise"])).toEqual([]);
  });
});
