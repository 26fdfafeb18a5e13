import { describe, expect, it } from "vitest";
import { corroboration, nearCopyOf, type CorroboratingSource } from "./corroboration";

const cite = (...ids: string[]) => ids.map((sourceId) => ({ sourceId, quote: "q" }));

describe("corroboration", () => {
  const sources = new Map<string, CorroboratingSource>([
    ["s1", { outlet: "Meridian Wire", flags: [] }],
    ["s2", { outlet: "Harbour Post", flags: ["near-copy", "near-copy-of:s1"] }],
    ["s3", { outlet: "Daily Ledger", flags: ["aggregator"] }],
    ["s4", { flags: ["near-copy-of:s5"] }],
    ["s5", { flags: ["near-copy-of:s4"] }],
    ["s6", { outlet: " meridian  wire ", flags: [] }],
    ["s7", { outlet: null }],
    ["s8", { outlet: "" }],
  ]);

  it("counts each cited outlet once, however many passages it gives", () => {
    expect(corroboration(cite("s1", "s3"), sources)).toBe(2);
    expect(corroboration(cite("s1", "s1", "s3"), sources)).toBe(2);
    expect(corroboration([], sources)).toBe(0);
  });

  it("counts a near-copy as the source it copies, under that source's outlet", () => {
    expect(nearCopyOf(sources.get("s2")!.flags!)).toBe("s1");
    expect(corroboration(cite("s1", "s2"), sources)).toBe(1);
    expect(corroboration(cite("s2"), sources)).toBe(1);
    expect(corroboration(cite("s2", "s6"), sources)).toBe(1);
    expect(corroboration(cite("s2", "s3"), sources)).toBe(2);
  });

  it("counts two articles of one outlet once, its name compared without case or spacing", () => {
    expect(corroboration(cite("s1", "s6"), sources)).toBe(1);
  });

  it("counts each source without an outlet name, and each unknown source, on its own", () => {
    expect(corroboration(cite("s7", "s8"), sources)).toBe(2);
    expect(corroboration(cite("s7", "gone", "also-gone"), sources)).toBe(3);
  });

  it("terminates on a cycle of copies and counts the cycle once", () => {
    expect(corroboration(cite("s4", "s5"), sources)).toBe(1);
    expect(corroboration(cite("s4"), sources)).toBe(1);
  });
});
