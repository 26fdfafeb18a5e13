import { describe, expect, it } from "vitest";
import { explainBriefing, rulesOf } from "./explain";
import { buildBriefing } from "./index";
import { dohaDir, loadDir } from "./test-helpers";
import { BRIEFING_SECTIONS } from "./types";

describe("rule ids", () => {
  const b = buildBriefing(loadDir(dohaDir));

  it("every item records its section and the rules behind it", () => {
    for (const section of BRIEFING_SECTIONS)
      for (const item of b[section]) {
        expect(item.rules?.[0], section).toBe(section);
        if (section === "dealTerms") expect(item.rules).toContain(`status:${(item as { status: string }).status}`);
      }
    expect(b.positions.some((p) => p.rules?.some((r) => r.startsWith("cue:")))).toBe(true);
  });

  it("names the cue that fired on the item's passage", () => {
    const ids = rulesOf("positions", {
      text: "The union demands a 10% raise",
      citations: [{ sourceId: "s1", quote: "The union demanded a 10% raise and insisted on shorter shifts." }],
    });
    expect(ids).toContain("cue:demand");
    expect(ids).not.toContain("corroborated");
  });

  it("--explain lists one rules line per item", () => {
    const out = explainBriefing(b);
    const items = BRIEFING_SECTIONS.reduce((n, s) => n + b[s].length, 0);
    expect(out.match(/^ {4}rules: /gmu)?.length).toBe(items);
  });
});
