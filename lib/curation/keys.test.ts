import { describe, expect, it } from "vitest";
import { BRIEFING_SECTIONS } from "../briefing/types";
import { itemKey, keyBriefing, keySectionItems, matchItems, type MatchableItem } from "./keys";
import { contentTokens, jaccard, normaliseText } from "./text";
import { SOURCE_TEXT, strikeBriefing } from "./test-fixtures";

describe("fixtures", () => {
  it("cite only verbatim passages of their sources", () => {
    const b = strikeBriefing();
    for (const section of BRIEFING_SECTIONS) {
      for (const item of b[section]) {
        for (const c of item.citations) {
          const text = SOURCE_TEXT[c.sourceId as keyof typeof SOURCE_TEXT];
          expect(text, `${section}: ${c.quote}`).toContain(c.quote);
        }
      }
    }
  });
});

describe("normalisation", () => {
  it("folds case, punctuation and typography, keeps numbers whole", () => {
    expect(normaliseText("Israel’s 1,200 “hostages” — 2.5%")).toBe("israel 1200 hostages 2.5 percent");
  });

  it("keeps a dot only inside numbers", () => {
    expect(normaliseText("Talks end. U.S. offers 12.5% (v.2)")).toBe("talks end u s offers 12.5 percent v 2");
  });

  it("drops stop words and attribution verbs, folds suffixes, sorts", () => {
    expect(contentTokens("The union said it demanded the releases")).toEqual(["demand", "releas", "union"]);
    expect(contentTokens("Demands releasing the union")).toEqual(["demand", "releas", "union"]);
  });

  it("keeps negations", () => {
    expect(contentTokens("Israel will not resume the war")).toContain("not");
  });

  it("computes Jaccard similarity on sets", () => {
    expect(jaccard(["a", "b", "c"], ["b", "c", "d"])).toBeCloseTo(0.5);
    expect(jaccard(["a"], ["b"])).toBe(0);
  });
});

describe("itemKey", () => {
  const union = strikeBriefing().positions[0]!;

  it("is short, section-prefixed and deterministic", () => {
    const key = itemKey("positions", union);
    expect(key).toMatch(/^pos-[0-9a-f]{8}$/);
    expect(itemKey("positions", { ...union })).toBe(key);
    expect(itemKey("keyFigures", { text: union.text })).toMatch(/^fig-[0-9a-f]{8}$/);
  });

  it("ignores citations: same text with different citations gives the same key", () => {
    const other = { ...union, citations: [{ sourceId: "s9", quote: "something else entirely" }] };
    expect(itemKey("positions", other)).toBe(itemKey("positions", union));
  });

  it("ignores wording noise: case, punctuation, stop words, word order, tense", () => {
    const reworded = { ...union, text: "Union demanded: 12 % pay rise, over two years" };
    expect(itemKey("positions", reworded)).toBe(itemKey("positions", union));
    const reordered = { ...union, text: "Over two years, a pay rise of 12% is demanded by the union" };
    expect(itemKey("positions", reordered)).toBe(itemKey("positions", union));
  });

  it("ignores the actor's name repeated in a position's text", () => {
    const a = itemKey("positions", { actor: "Hamas", text: "Hamas demands guarantees the war will end" });
    const b = itemKey("positions", { actor: "Hamas", text: "Demands guarantees the war will end" });
    expect(a).toBe(b);
  });

  it("differs for different actors with the same wording", () => {
    const a = itemKey("positions", { actor: "Port Authority", text: "Rejects the 12% demand" });
    const b = itemKey("positions", { actor: "Dockworkers' union", text: "Rejects the 12% demand" });
    expect(a).not.toBe(b);
  });

  it("differs when a number or a negation changes", () => {
    expect(itemKey("dealTerms", { text: "12% pay rise" })).not.toBe(itemKey("dealTerms", { text: "15% pay rise" }));
    expect(itemKey("positions", { actor: "Israel", text: "Israel will resume the war" })).not.toBe(
      itemKey("positions", { actor: "Israel", text: "Israel will not resume the war" }),
    );
  });

  it("differs between sections for the same wording", () => {
    expect(itemKey("keyFigures", { text: "14 vessels diverted" })).not.toBe(
      itemKey("timeline", { text: "14 vessels diverted" }),
    );
  });

  it("still distinguishes items made only of stop words", () => {
    expect(itemKey("openQuestions", { text: "Who?" })).not.toBe(itemKey("openQuestions", { text: "Why?" }));
  });
});

describe("keyBriefing", () => {
  it("gives the same keys when items are reordered", () => {
    const b = strikeBriefing();
    const keys = keySectionItems("keyFigures", b.keyFigures).map((k) => k.key);
    const reversed = keySectionItems("keyFigures", [...b.keyFigures].reverse()).map((k) => k.key);
    expect(reversed).toEqual([...keys].reverse());
  });

  it("gives the same keys when the briefing is rebuilt with fewer sources (citations change)", () => {
    const full = keyBriefing(strikeBriefing());
    const b = strikeBriefing();
    b.positions[1]!.citations = b.positions[1]!.citations.filter((c) => c.sourceId !== "s1");
    const rebuilt = keyBriefing(b);
    expect(rebuilt.positions.map((k) => k.key)).toEqual(full.positions.map((k) => k.key));
  });

  it("disambiguates repeated items so keys stay unique", () => {
    const item = { text: "Talks resume on Friday", citations: [] };
    const keys = keySectionItems("openQuestions", [item, item]).map((k) => k.key);
    expect(keys[1]).toBe(`${keys[0]}-2`);
  });

  it("gives every item of the fixture a distinct key", () => {
    const all = Object.values(keyBriefing(strikeBriefing()))
      .flat()
      .map((k) => k.key);
    expect(new Set(all).size).toBe(all.length);
    expect(all).toHaveLength(9);
  });
});

describe("matchItems", () => {
  const prev = (key: string, text: string, extra: Partial<MatchableItem> = {}): MatchableItem => ({
    key,
    section: "keyFigures",
    text,
    citations: [],
    ...extra,
  });

  it("matches equal keys exactly", () => {
    const m = matchItems([prev("fig-1", "a")], [prev("fig-1", "b")]);
    expect(m.get("fig-1")).toEqual({ key: "fig-1", kind: "exact", similarity: 1 });
  });

  it("re-attaches after a small wording change in the engine output", () => {
    const old = prev("fig-old", "Shipping lines have diverted 14 vessels away from Valmora.");
    const now = prev("fig-new", "Shipping lines diverted 14 vessels from the port of Valmora.");
    const m = matchItems([old], [now, prev("fig-other", "The union counts 3,400 strikers.")]);
    expect(m.get("fig-old")?.key).toBe("fig-new");
    expect(m.get("fig-old")?.kind).toBe("similar");
    expect(m.get("fig-old")?.similarity).toBeGreaterThanOrEqual(0.6);
  });

  it("does not re-attach to an unrelated item", () => {
    const old = prev("fig-old", "Shipping lines have diverted 14 vessels away from Valmora.");
    const m = matchItems([old], [prev("fig-x", "The union counts 3,400 strikers.")]);
    expect(m.has("fig-old")).toBe(false);
  });

  it("uses a shared citation quote when the wording changed a lot", () => {
    const quote = { sourceId: "s2", quote: "Port Authority chief Ilan Brevik said the 6% offer was final." };
    const old = prev("q-old", "Is the 6% offer really final?", { section: "openQuestions", citations: [quote] });
    const now = prev("q-new", "Will the authority move beyond its 6% offer?", {
      section: "openQuestions",
      citations: [quote],
    });
    const noQuote = { ...now, citations: [] };
    expect(matchItems([old], [now]).get("q-old")?.key).toBe("q-new");
    expect(matchItems([old], [noQuote]).has("q-old")).toBe(false);
  });

  it("does not treat a shared quote as identity when the wording has nothing in common", () => {
    const quote = { sourceId: "s1", quote: "The union demands a 12% pay rise over two years." };
    const old = prev("deal-a", "12% pay rise", { section: "dealTerms", citations: [quote] });
    const now = prev("deal-b", "Two-year contract", { section: "dealTerms", citations: [quote] });
    expect(matchItems([old], [now]).has("deal-a")).toBe(false);
  });

  it("never pairs positions of different actors", () => {
    const old = prev("pos-a", "Rejects the 12% demand as unaffordable", {
      section: "positions",
      actor: "Port Authority",
    });
    const now = prev("pos-b", "Rejects the 12% demand as unaffordable now", {
      section: "positions",
      actor: "Ministry",
    });
    expect(matchItems([old], [now]).has("pos-a")).toBe(false);
  });

  it("is one-to-one, best match first, and never steals an exactly matched item", () => {
    const a = prev("fig-a", "Shipping lines diverted 14 vessels from Valmora");
    const b = prev("fig-b", "Shipping lines diverted 14 vessels");
    const kept = prev("fig-kept", "Shipping lines diverted 14 vessels from Valmora port");
    const now = prev("fig-new", "Shipping lines diverted 14 vessels from Valmora port today");
    const m = matchItems([a, b, kept], [kept, now]);
    expect(m.get("fig-kept")?.kind).toBe("exact");
    expect(m.get("fig-a")?.key).toBe("fig-new");
    expect(m.has("fig-b")).toBe(false);
  });
});
