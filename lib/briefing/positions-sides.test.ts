// Positions: every side that speaks is heard under its own name, reactions count as positions, and
// a quotation running over paragraphs keeps its speaker. Invented stories written for this test.
import { describe, expect, it } from "vitest";
import { buildBriefing } from "./index";
import { governmentLabel, sideLabeller } from "./sides";
import { positionScore, STATEMENT_CUES } from "./positions";
import { buildDoc } from "./pipeline";
import { computeCentrality } from "./section-context";

const story = (texts: string[]) =>
  buildBriefing(texts.map((text, i) => ({ id: `s${i + 1}`, text, file: `t${i + 1}.txt` })));

describe("how a side is named", () => {
  it("calls a country that is the only one acting its government", () => {
    expect(governmentLabel("United States")).toBe("US government");
    expect(governmentLabel("Canada")).toBe("Canadian government");
    const one = sideLabeller(
      new Map([
        ["Canada", 4],
        ["Federation of Kiln Workers", 6],
      ]),
    );
    expect(one("Canada")).toBe("Canadian government");
    expect(one("Federation of Kiln Workers")).toBe("Federation of Kiln Workers");
    const two = sideLabeller(
      new Map([
        ["Brazil", 2],
        ["Argentina", 5],
      ]),
    );
    expect(two("Argentina")).toBe("Argentina");
  });
});

describe("reactions are positions", () => {
  it("has cue rules as data with ids", () => {
    for (const rule of STATEMENT_CUES) expect(rule.id).toMatch(/^[a-z+-]+$/u);
  });

  it("scores a side's verdict or thanks even without a demand or refusal word", () => {
    const doc = buildDoc([
      {
        id: "s1",
        text: "Kenya and Ghana sign a trade pact\nKenyan President Ruth Wanjiru hailed the pact as a historic day for both nations. Ghana's trade minister Kofi Mensah said he was grateful to the mediators.",
      },
    ]);
    const ctx = { doc, centrality: computeCentrality(doc), nearCopyOf: new Map(), used: new Set<number>() };
    for (const s of doc.sents.filter((x) => x.kind === "content")) expect(positionScore(ctx, s)).toBeGreaterThan(0);
  });
});

describe("a vote count is a figure, not a stance", () => {
  it("scores 'said 61% of members approved' below the side's verdict", () => {
    const doc = buildDoc([
      {
        id: "s1",
        text: "Kiln workers approve deal\nThe Federation of Kiln Workers said 61% of members who cast ballots approved the deal. The Federation of Kiln Workers said the deal was a victory for its members.",
      },
    ]);
    const ctx = { doc, centrality: computeCentrality(doc), nearCopyOf: new Map(), used: new Set<number>() };
    const [tally, verdict] = doc.sents.filter((x) => x.kind === "content");
    expect(tally && verdict).toBeTruthy();
    if (tally && verdict) expect(positionScore(ctx, tally)).toBeLessThan(positionScore(ctx, verdict));
  });
});

describe("every side that speaks is heard", () => {
  const b = story([
    `Kiln workers end strike after deal with Halvorsen Corp.
Members of the Federation of Kiln Workers voted to accept a new contract on Monday, ending a six-week strike at Halvorsen Corp.
The union had demanded a 30% pay rise and the return of its pension plan.
“This is a victory for every worker in this town,” said Mara Lind, president of the Federation of Kiln Workers.
“We stood together and we won.”
Halvorsen Corp. chief executive Jon Vik said the company was pleased to have reached an agreement.`,
    `Halvorsen strike is over
The Federation of Kiln Workers said its members had approved the deal by 61%.
Halvorsen Corp. refused to restore the pension plan, but it offered a 25% raise over four years.
Labour minister Eva Dahl of Norway welcomed the agreement as a fair outcome.
“There is much work ahead,” Vik said.`,
  ]);

  it("names the union and the company under their own names, never a fragment", () => {
    const actors = new Set(b.positions.map((p) => p.actor));
    expect(actors.has("Federation of Kiln Workers")).toBe(true);
    expect(actors.has("Halvorsen Corp.")).toBe(true);
    for (const a of actors) expect(a).not.toMatch(/^(of|and|while|the)\b/iu);
  });

  it("gives the narrator's 'the union had demanded' to the union", () => {
    const demand = b.positions.find((p) => p.citations.some((c) => /had demanded/u.test(c.quote)));
    expect(demand?.actor).toBe("Federation of Kiln Workers");
  });

  it("keeps the speaker of a quotation that runs into the next paragraph", () => {
    const won = b.positions.find((p) => p.citations.some((c) => /we won/u.test(c.quote)));
    if (won) expect(won.actor).toBe("Federation of Kiln Workers");
  });

  it("hears the government minister who speaks once", () => {
    const gov = b.positions.find((p) => p.citations.some((c) => /welcomed the agreement/u.test(c.quote)));
    expect(gov?.actor).toBe("Norwegian government");
  });
});

describe("clauses that speak for different sides", () => {
  const b = story([
    `Climate deal draws mixed reactions
Kenya's envoy Amina Odhiambo called the deal an "insult", while Fiji's negotiator Ratu Seru said it was "not nearly enough, but a start".
The two-day talks that are due to resume on Friday come after Ghana's minister Kofi Mensah accused rich nations of breaking their promises on climate finance.`,
    `Reactions to the climate deal
Kenya's envoy Amina Odhiambo said the deal was an insult to the poorest nations.
Fiji's negotiator Ratu Seru said the deal was not nearly enough for island states.`,
  ]);

  it("cites each side's clause, never the other side's words", () => {
    const kenya = b.positions.find((p) => p.actor === "Kenya");
    const fiji = b.positions.find((p) => p.actor === "Fiji");
    expect(kenya).toBeDefined();
    expect(fiji).toBeDefined();
    for (const c of kenya?.citations ?? []) expect(c.quote).not.toMatch(/Fiji/u);
    for (const c of fiji?.citations ?? []) expect(c.quote).not.toMatch(/Kenya/u);
  });

  it("cites the actor's clause after a long background lead", () => {
    const ghana = b.positions.find((p) => p.actor === "Ghana");
    expect(ghana?.citations[0]?.quote).toMatch(/^Ghana's minister Kofi Mensah accused/u);
  });
});
