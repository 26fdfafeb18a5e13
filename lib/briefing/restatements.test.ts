// Same-side restatements: a statement joins an item (and becomes one of its citations) only when it
// restates the item's claim, not when it merely shares the side, the speaker, the verb or the day.
// Short invented stories, written for this test.
import { describe, expect, it } from "vitest";
import { buildBriefing } from "./index";
import type { Position } from "./types";

const story = (texts: string[]) =>
  buildBriefing(texts.map((text, i) => ({ id: `s${i + 1}`, text, file: `t${i + 1}.txt` })));
const quotes = (p: Position) => p.citations.map((c) => c.quote);
const citing = (ps: Position[], rx: RegExp) => ps.filter((p) => quotes(p).some((q) => rx.test(q)));

describe("same-side restatements (invented fishing dispute)", () => {
  const b = story([
    `Norway and Denmark fail to settle mackerel dispute
Norway's foreign minister Kari Holm told reporters on Tuesday that the mackerel quota must be cut by 20 percent. Holm told reporters on Tuesday that Norway would close its ports to Danish trawlers. Denmark rejected the demand and said its fleet would keep fishing.`,
    `Fishing talks end without a deal
Norway wants the mackerel quota lowered by 20 percent, Holm said after the talks in Bergen. Denmark's foreign minister Jon Madsen accused Norway of bullying a smaller neighbour.`,
    `Norway threatens port ban in fishing row
Holm said on Tuesday that Norway would close its ports to Danish trawlers from March. Madsen said Denmark would take the dispute to arbitration.`,
  ]);
  const norway = b.positions.filter((p) => p.actor === "Norway");

  it("keeps two claims of one speaker on one day apart", () => {
    expect(citing(norway, /quota/u).length).toBeGreaterThan(0);
    for (const p of citing(norway, /quota/u)) expect(quotes(p).join(" ")).not.toMatch(/ports/u);
    for (const p of citing(norway, /ports/u)) expect(quotes(p).join(" ")).not.toMatch(/quota/u);
  });

  it("still merges the same claim told in other words by another outlet", () => {
    const quota = citing(norway, /quota must be cut/u)[0];
    expect(quota).toBeDefined();
    expect(quotes(quota as Position).some((q) => /quota lowered/u.test(q))).toBe(true);
    expect(quota?.corroboration).toBe(2);
  });
});

describe("a statement about 'this condition' takes its content from the sentence before", () => {
  const b = story([
    `Brazil presses Argentina over beef tariffs
Brazil demanded that Argentina scrap its tariffs on beef imports before the summit. Buenos Aires has firmly rejected this condition.`,
    `Argentina refuses to drop beef tariffs
Argentina refused to scrap its beef import tariffs, saying its farmers needed protection. Argentina said on Friday it would agree to a summit only if it were held in Buenos Aires.`,
  ]);
  const argentina = b.positions.filter((p) => p.actor === "Argentina");

  it("merges the rejection with the other outlet's refusal and cites the condition it refers to", () => {
    const refusal = citing(argentina, /refused to scrap/u)[0];
    expect(refusal).toBeDefined();
    const aside = quotes(refusal as Position).find((q) => /this condition/u.test(q));
    expect(aside).toMatch(/scrap its tariffs on beef imports/u);
  });

  it("does not merge a statement that shares only the side's name and a verb", () => {
    for (const p of citing(argentina, /summit only if/u)) expect(quotes(p).join(" ")).not.toMatch(/refused|rejected/u);
  });
});
