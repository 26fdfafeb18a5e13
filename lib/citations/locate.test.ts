import { describe, expect, it } from "vitest";
import { locateQuote, passageInContext } from "./locate";

describe("locateQuote", () => {
  const source = "Witkoff said the group was \u201cselfish\u201d \u2014 and  that talks\nwould stop.";

  it("finds a quote across curly/straight quotes, dashes and whitespace runs", () => {
    const at = locateQuote(source, 'was "selfish" - and that talks would');
    expect(at).not.toBeNull();
    expect(source.slice(at!.start, at!.end)).toBe("was \u201cselfish\u201d \u2014 and  that talks\nwould");
  });

  it("is case-insensitive and returns null for text that is not there", () => {
    expect(locateQuote(source, "WITKOFF SAID")).toEqual({ start: 0, end: 12 });
    expect(locateQuote(source, "Hamas said")).toBeNull();
    expect(locateQuote(source, "   ")).toBeNull();
  });

  it("gives the passage with context marked as found", () => {
    const ctx = passageInContext(source, "talks would stop", 10);
    expect(ctx.found).toBe(true);
    expect(ctx.passage).toBe("talks\nwould stop");
    expect(ctx.before.endsWith("that ")).toBe(true);
    expect(passageInContext(source, "absent passage").found).toBe(false);
  });
});
