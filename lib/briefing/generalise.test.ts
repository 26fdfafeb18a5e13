// An invented story from another domain (a port strike, three short articles written for this
// test) checks that the engine's rules are general: parties, a demand, a figure, an open
// question, a discrepancy, and every citation a verbatim slice of its source.
import { describe, expect, it } from "vitest";
import { buildBriefing } from "./index";
import { BRIEFING_SECTIONS } from "./types";

const a1 = `Dockworkers extend strike at Rotterdam port
The Dutch dockworkers' union FNV Havens said on Monday it would extend the strike at the port of Rotterdam until employers raise wages by 8%. "We will not return to work unless the offer matches inflation," union leader Marleen de Vries told reporters. The employers' association Deltalinqs rejected the demand, saying it would cost the port 40 million euros a year. About 1,200 workers walked out on Monday, according to the union. It is unclear whether the government will step in to mediate.`;
const a2 = `Rotterdam port strike enters second day
Around 900 workers stayed off the job at the port of Rotterdam on Monday, port officials said. The union FNV Havens demanded an 8% pay rise and said the strike would continue until employers improved their offer. Deltalinqs said it had offered 4% and accused the union of holding the economy hostage. The Dutch government has yet to say whether it will intervene in the dispute.`;
const a3 = `Talks stall as Dutch port strike continues
Container traffic at Rotterdam was halted for the first time in 20 years as the strike continued on Monday. Deltalinqs, which represents the port's employers, said it would not raise its offer of 4%. FNV Havens insists that any deal must include an 8% increase. Economists estimate the stoppage costs 40 million euros a day. No agreement has been reached on overtime rules.`;

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
