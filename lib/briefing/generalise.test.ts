// An invented story from another domain (a port strike, three short articles written for this
// test) checks that the engine's rules are general: parties, a demand, a figure, an open
// question, a discrepancy, and every citation a verbatim slice of its source.
import { describe, expect, it } from "vitest";
import { buildBriefing } from "./index";
import { fixtureTexts } from "./test-helpers";
import { BRIEFING_SECTIONS } from "./types";

// The three articles live in fixtures/port-strike/ (the golden-output test reads them too).
const [a1 = "", a2 = "", a3 = ""] = fixtureTexts("port-strike");

describe("generalises to another domain (invented port strike)", () => {
  const sources = [a1, a2, a3].map((text, i) => ({ id: `s${i + 1}`, text, file: `strike-${i + 1}.txt` }));
  const b = buildBriefing(sources);
  const all = (xs: Array<{ text: string; citations: Array<{ quote: string }> }>) =>
    xs.map((x) => [x.text, ...x.citations.map((c) => c.quote)].join(" ")).join("\n");

  it("finds both sides and the union's demand", () => {
    const actors = new Set(b.positions.map((p) => p.actor));
    expect([...actors].some((a) => /FNV Havens|union/iu.test(a))).toBe(true);
    expect([...actors].some((a) => /Deltalinqs/iu.test(a))).toBe(true);
    expect(all(b.positions)).toMatch(/8%/u);
  });
  it("lists a key figure, an open question and a discrepancy", () => {
    expect(all(b.keyFigures)).toMatch(/1,200|900|40 million/u);
    expect(b.openQuestions.length).toBeGreaterThan(0);
    for (const q of b.openQuestions) expect(q.text).toMatch(/\?/u);
    expect(b.discrepancies.some((d) => /1,200|900/u.test(d.text))).toBe(true);
    // A demand (8%) and an offer (4%) are different amounts, not a discrepancy.
    expect(b.discrepancies.some((d) => /8%.*4%|4%.*8%/u.test(d.text))).toBe(false);
  });
  it("never names the rejecting side as a rejected term's proposer", () => {
    for (const d of b.dealTerms.filter((t) => t.status === "rejected")) {
      expect(d.proposedBy).not.toBe("Deltalinqs");
      expect(d.text).not.toMatch(/^Rejected \(Deltalinqs\)/u);
    }
  });
  it("ties the union leader to the union and resolves 'the union'", () => {
    expect(b.positions.some((p) => p.actor === "FNV Havens" && /de Vries/u.test(p.text))).toBe(true);
    expect(b.positions.every((p) => !/^(the union|union)$/iu.test(p.actor))).toBe(true);
  });
  it("has open questions phrased as questions", () => {
    for (const q of b.openQuestions) expect(q.text).toMatch(/\?/u);
  });
  it("cites verbatim and never names a source by its internal id", () => {
    const texts = new Map(sources.map((s) => [s.id, s.text]));
    for (const section of BRIEFING_SECTIONS)
      for (const item of b[section]) {
        expect(item.citations.length).toBeGreaterThan(0);
        for (const c of item.citations) expect(texts.get(c.sourceId)?.includes(c.quote)).toBe(true);
        expect(item.text).not.toMatch(/\bs\d\b/u);
      }
  });
});

// Two more invented articles: an acronym defined in brackets, a leader named in an appositive
// ("Maria Costa, who heads the union"), a company introduced by a generic noun phrase.
const b1 = `Transport strike halts buses in Lisbon
The Transport Workers' Union (TWU) said on Friday its members would strike for 48 hours unless the city raises wages by 6%. Maria Costa, who heads the union, said the city had ignored workers for years. The TWU demanded talks with the mayor.`;
const b2 = `Lisbon bus drivers walk out
Bus drivers in Lisbon began a 48-hour strike on Friday. Costa said the union would not back down. The city transport company Carris said it had offered a 3% rise and rejected the union's demand as unaffordable.`;

describe("organisations named only in the story (acronyms, appositives, aliases)", () => {
  const b = buildBriefing([b1, b2].map((text, i) => ({ id: `s${i + 1}`, text, file: `bus-${i + 1}.txt` })));
  const actors = b.positions.map((p) => p.actor);
  it("merges the acronym and 'the union' into the union, and ties its leader to it", () => {
    expect(actors).toContain("Transport Workers' Union");
    expect(actors).not.toContain("TWU");
    expect(b.positions.some((p) => p.actor === "Transport Workers' Union" && /Costa/u.test(p.text))).toBe(true);
    expect(b.positions.some((p) => p.actor === "Transport Workers' Union" && /demands talks/u.test(p.text))).toBe(true);
  });
  it("finds the company introduced by a generic noun", () => {
    expect(actors).toContain("Carris");
  });
});
