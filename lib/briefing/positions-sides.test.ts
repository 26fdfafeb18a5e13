// Positions: every side that speaks is heard under its own name, reactions count as positions, and
// a quotation running over paragraphs keeps its speaker. Invented stories written for this test.
import { describe, expect, it } from "vitest";
import { buildBriefing } from "./index";
import { bracketShortForm, governmentLabel, sideLabeller } from "./sides";
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

describe("a long name is shown by the short form the sources give it", () => {
  it("uses the bracketed acronym of a long name, and only one that fits it", () => {
    const texts = ["Members of the United Federation of Kiln Workers (UFKW) voted on Monday."];
    expect(bracketShortForm("United Federation of Kiln Workers", texts)).toBe("UFKW");
    expect(
      bracketShortForm("United Federation of Kiln Workers", ["The United Federation of Kiln Workers (Local 7) met."]),
    ).toBeUndefined();
    expect(bracketShortForm("Halvorsen Corp.", ["Halvorsen Corp. (HVC) said."])).toBeUndefined();
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

describe("a plainly reported line of figures is not a stance", () => {
  it("scores 'said pay is $52,000 and would rise to $70,000' below the side's refusal", () => {
    const doc = buildDoc([
      {
        id: "s1",
        text: "Halvorsen offer\nHalvorsen Corp. said average pay is $52,000 and would rise to $70,000 under a 20% raise. Halvorsen Corp. refused to restore the pension plan the union wants back.",
      },
    ]);
    const ctx = { doc, centrality: computeCentrality(doc), nearCopyOf: new Map(), used: new Set<number>() };
    const [figures, refusal] = doc.sents.filter((x) => x.kind === "content");
    expect(figures && refusal).toBeTruthy();
    if (figures && refusal) expect(positionScore(ctx, figures)).toBeLessThan(positionScore(ctx, refusal));
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

describe("several quotations of one speaker are one stance", () => {
  const b = story([
    `Tannery workers end strike
Members of the Guild of Tanners voted to accept a contract with Orlen Leather on Tuesday.
“We are proud of what our members achieved in this contract,” said Petra Holm, president of the Guild of Tanners.
“Nobody gave us anything; we earned every cent of it,” Holm said.
Orlen Leather chief executive Lars Berg said the company refused to restore the old pension plan.`,
    `Tannery strike is over
“Our members stood firm for seven weeks and it paid off,” Holm told reporters.
Orlen Leather said it was pleased to have reached an agreement with the Guild of Tanners.`,
  ]);

  it("merges the speaker's quotations into one item citing them", () => {
    const holm = b.positions.filter((p) => p.citations.some((c) => /Holm/u.test(c.quote)));
    expect(holm).toHaveLength(1);
    expect(holm[0]?.citations.length ?? 0).toBeGreaterThanOrEqual(2);
  });
});

describe("one speaker's reactions of one kind are one stance", () => {
  const b = story([
    `Dock strike ends
Dockers of the Harbour Guild agreed to return to work on Friday after a deal with the Port Board.
Prime Minister Ana Ruiz praised the agreement between the Harbour Guild and the Port Board.`,
    `Ports reopen
Ruiz welcomed the agreement and praised both sides for their work, in a statement on Friday.
The Port Board refused to drop its plan to automate the cranes.`,
  ]);

  it("merges her praise in two sources into one item", () => {
    const ruiz = b.positions.filter((p) => p.citations.some((c) => /Ruiz/u.test(c.quote)));
    expect(ruiz.length).toBeLessThanOrEqual(1);
  });
});

describe("a vote on an offer keeps its tense", () => {
  const b = story([
    `Kiln strike goes on
The Federation of Kiln Workers rejected Halvorsen Corp.'s last two offers because the company would not restore the pension plan.
Halvorsen Corp. said it was disappointed and refused to raise its offer again.`,
    `No end to kiln strike
The Federation of Kiln Workers rejected the latest offer from Halvorsen Corp. on Sunday, its president said.`,
  ]);

  it("says the union rejected the offers, not that it rejects them", () => {
    const texts = b.positions.map((p) => p.text).join("\n");
    expect(texts).toMatch(/rejected/u);
    expect(texts).not.toMatch(/rejects (?:Halvorsen|the latest)/u);
  });
});
