// Each thing said once, in the section it belongs to (invented stories): a narrated act of one
// outlet is not a position, a side's own act is not a deal term, two questions asking one thing are
// one, a superseded offer's figure is background, and a headline without a full stop stays apart.
import { describe, expect, it } from "vitest";
import { isSideAct } from "./deal-terms";
import { buildBriefing } from "./index";
import type { Merged } from "./items";
import { oneQuestionEach } from "./open-questions";
import { openStatement } from "./open-question-statement";
import { buildDoc, type Sent } from "./pipeline";
import { isNarratedEvent } from "./positions-score";
import type { SourceInput } from "./types";

const brief = (texts: string[]) =>
  buildBriefing(texts.map((text, i): SourceInput => ({ id: `s${i + 1}`, text, file: `${i + 1}.txt` })));
const sentence = (text: string, pattern: RegExp) => {
  const s = buildDoc([{ id: "s1", text }]).sents.find((x) => pattern.test(x.text));
  if (!s) throw new Error(`no sentence matches ${pattern}`);
  return s;
};

describe("a narrated act", () => {
  it("is an event when nothing in it takes a stance", () => {
    const text = "Ferry strike ends\nThe ferry company said crossings would start again at 6am on Friday.";
    expect(isNarratedEvent(sentence(text, /crossings/u))).toBe(true);
  });
  it("is a position when it is quoted, judged or demanded", () => {
    const quoted = 'Ferry strike ends\nThe union said: "This deal is a victory for every crew member."';
    const demand = "Ferry strike ends\nThe union demanded a 9% raise for deck crews.";
    expect(isNarratedEvent(sentence(quoted, /victory/u))).toBe(false);
    expect(isNarratedEvent(sentence(demand, /demanded/u))).toBe(false);
  });
});

describe("a side's own act", () => {
  const text = `Fishing talks collapse
Norway recalled its negotiating team on Thursday, ending two weeks of talks under the proposed deal. Under the deal, quotas would rise by 6%. Iceland threatened to block any deal that closes the northern zone.`;
  it("opening the sentence is not a deal term", () => {
    expect(isSideAct(sentence(text, /recalled/u))).toBe(true);
    expect(isSideAct(sentence(text, /threatened/u))).toBe(true);
  });
  it("leaves the terms themselves alone", () => {
    expect(isSideAct(sentence(text, /quotas would rise/u))).toBe(false);
  });
});

describe("two open questions that ask one thing", () => {
  const text = `Ferry deal reached
How the fate of the northern routes will be resolved remains unclear. It is not yet clear what will be decided on the fate of the northern routes, which the company wants to close. Crews must still ratify the deal in a vote next week.`;
  const group = (s: Sent, score: number): Merged => {
    const c = { sent: s, score, key: "oq" };
    return { cands: [c], best: c, sources: [s.src], score };
  };
  const doc = buildDoc([{ id: "s1", text }]);
  const [a, b, c] = [/How the fate/u, /what will be decided/u, /ratify/u].map((p, i) =>
    group(doc.sents.find((s) => p.test(s.text)) as Sent, 10 - i),
  ) as [Merged, Merged, Merged];
  it("are one question; a different one stays", () => {
    const out = oneQuestionEach([a, b, c], 5);
    expect(out.map((q) => q.m)).toEqual([a, c]);
    expect(out[0]?.text).toMatch(/fate of the northern routes/u);
  });
  it("keep to the limit, with spares filling places freed by merging", () => {
    expect(oneQuestionEach([a, b, c], 2)).toHaveLength(2);
    expect(oneQuestionEach([a, c], 1)).toHaveLength(1);
  });
});

describe("key figures", () => {
  const b = brief([
    `Ferry crews accept contract
Ferry crews voted to accept a new contract on Monday, ending a 21-day strike. The new contract offer includes a 12% raise over three years, a $3,000 bonus and a 100% pension match. This is a slight improvement over the previous contract, which proposed a 9% rise in wages. About 2,400 crew members cast ballots.`,
    `Ferry strike ends after 21 days
About 2,400 crew members voted, and 64% of them backed the contract, which includes a 12% raise over three years. The company was losing about $2 million a day during the strike.`,
  ]);
  const figures = b.keyFigures.map((f) => f.text).join("\n");
  it("leave out a superseded offer's figure", () => {
    expect(figures).toMatch(/2,400 crew members/u);
    expect(figures).not.toMatch(/9%/u);
  });
  it("never open on a relative clause", () => {
    for (const f of b.keyFigures) expect(f.text).not.toMatch(/^[^:]+: (?:which|who)\b/u);
  });
});

describe("a headline without a full stop", () => {
  const b = brief([
    `BUSINESS

'We held the line': ferry crews back deal

A deal reached by the ferry company and the union on Saturday night faced pushback from some crews, raising doubts whether the agreement will secure the votes to pass before June 5.`,
    `Ferry deal faces vote
It is unclear whether the agreement will secure the votes it needs.`,
  ]);
  it("does not run into the paragraph below a blank line", () => {
    const quotes = b.openQuestions.flatMap((q) => q.citations.map((c) => c.quote));
    expect(quotes.some((q) => /deal reached by the ferry company/u.test(q))).toBe(true);
    for (const q of quotes) expect(q).not.toMatch(/held the line/u);
  });
});

describe("a sentence that reports the deal being made", () => {
  const texts = [
    `Ferry strike ends with deal
HARBOURTON — Negotiators for the ferry company and the crew union on Saturday night reached an 11th-hour agreement in principle to end the strike. Under the deal, deck crews would get a 7% raise over three years. The company said sailings would resume on Monday.`,
    `Ferry crews and company strike deal
The ferry company and the crew union were finalizing a deal to end the strike on Sunday, officials said. A deal reached by both sides on Saturday faced pushback from crews, raising doubts whether the agreement will secure the votes to pass. The agreement also gives crews two extra rest days a month.`,
  ];
  const terms = brief(texts).dealTerms.map((t) => t.text);
  it("is the event, not a term, when it says only what the deal is for", () => {
    expect(terms.some((t) => /reached an 11th-hour|were finalizing|faced pushback/u.test(t))).toBe(false);
  });
  it("leaves the terms stated beside it", () => {
    expect(terms.some((t) => /7% raise/u.test(t))).toBe(true);
    expect(terms.some((t) => /two extra rest days/u.test(t))).toBe(true);
  });
});

describe("the span of a record", () => {
  it("is labelled with the record it dates, not as a bare span", () => {
    const texts = [
      `Ferry crews end strike
The end of the ferry union's first strike in 12 years brings relief to island towns, officials said.`,
      `Ferry strike over
It was the ferry union's first strike in 12 years, and crews voted to return on Monday.`,
    ];
    const labels = brief(texts).keyFigures.map((f) => f.text.split(":")[0]);
    expect(labels).toContain("first strike in 12 years");
    expect(labels).not.toContain("12 years");
  });
});

describe("a joint statement", () => {
  it("speaks for every side it names, not for the last one", () => {
    const text = `Ferry talks extended
The Seafarers Union of Harbourton and the Harbour Operators Alliance have been negotiating since March. In a joint statement the Seafarers Union of Harbourton (SUH) and the Harbour Operators Alliance, Ltd. (HOA) said they have agreed to extend their contract until June. The Harbour Operators Alliance said it had raised its offer.`;
    const doc = buildDoc([{ id: "s1", text }]);
    const joint = doc.sents.find((s) => /joint statement/u.test(s.text));
    const own = doc.sents.find((s) => /raised its offer/u.test(s.text));
    expect(joint?.a.actor).toMatch(/Seafarers Union of Harbourton.* and .*Harbour Operators Alliance/u);
    expect(own?.a.actor).toBe("Harbour Operators Alliance");
  });
});

describe("an open question's statement", () => {
  it("keeps the attribution a leading pronoun stands for", () => {
    const full =
      "The ferry union and the operators said they have agreed to extend their contract until June and will return to the table to negotiate all other outstanding issues.";
    const core =
      "they have agreed to extend their contract until June and will return to the table to negotiate all other outstanding issues.";
    expect(openStatement(core, full)).toMatch(/^Open question: The ferry union and the operators said they/u);
  });
});

describe("a deal term stated through its side", () => {
  it("keeps the attribution when the term would open on a pronoun", () => {
    const texts = [
      `Ferry crews reach tentative deal
The ferry union and the operators reached a tentative deal on Thursday. The operators' alliance also said its offer doubled overtime pay and added two rest days a month under the deal.`,
    ];
    const terms = brief(texts).dealTerms.map((t) => t.text);
    expect(terms.some((t) => /alliance also said its offer doubled overtime pay/u.test(t))).toBe(true);
    expect(terms.some((t) => /: its offer/u.test(t))).toBe(false);
  });
});

describe("a discrepancy between two rates", () => {
  it("names the period both amounts are counted over", () => {
    const texts = [
      `Ferry strike ends after three weeks
Analysts estimated the ferry company was losing about $2 million a day during the strike.`,
      `Ferry strike over
The company lost around $5 million a day while the crews were out, analysts said.`,
    ];
    const found = brief(texts).discrepancies.map((d) => d.text);
    expect(found.some((t) => /^Outlets differ on the amount per day: about \$2 million/u.test(t))).toBe(true);
  });
});

describe("a distance's label", () => {
  it("keeps a compound noun it measures", () => {
    const texts = [
      `Ferry link deal signed
The islands signed a deal on Friday. Harbourton plans to announce development rights on the 12-mile ferry corridor that officials call the Harbour Link.`,
      `Ferry link agreed
The islands agreed a deal. The 12-mile ferry corridor has been closed since 1990, officials said.`,
    ];
    const labels = brief(texts).keyFigures.map((f) => f.text.split(":")[0]);
    expect(labels).toContain("12-mile ferry corridor");
  });
});

describe("a sentence that says what a side is", () => {
  it("is background, not a key figure", () => {
    const texts = [
      `Ferry strike ends
The Harbour Operators Alliance is a shipping industry group representing ferry operators in the 14 ports hit by the strike. About 4,000 crew members walked out on Monday.`,
      `Ferry strike over
About 4,000 crew members walked out on Monday, halting crossings.`,
    ];
    const figures = brief(texts).keyFigures.map((f) => f.text);
    expect(figures.some((t) => /14 ports/u.test(t))).toBe(false);
    expect(figures.some((t) => /4,000 crew members/u.test(t))).toBe(true);
  });
});

describe("two open questions about one dispute", () => {
  const text = `Ferry strike suspended
Crews agreed to return to work, deferring the thornier dispute over engine automation for future talks. Both sides were also divided on the issue of automation at the terminals, which crews say threatens jobs. It is not yet clear who will pay for the new rest rooms.`;
  const doc = buildDoc([{ id: "s1", text }]);
  const group = (p: RegExp, score: number): Merged => {
    const c = { sent: doc.sents.find((s) => p.test(s.text)) as Sent, score, key: "oq" };
    return { cands: [c], best: c, sources: [c.sent.src], score };
  };
  it("are one question; another open point stays", () => {
    const [a, b, c] = [group(/deferring/u, 10), group(/divided/u, 9), group(/rest rooms/u, 8)] as [
      Merged,
      Merged,
      Merged,
    ];
    expect(oneQuestionEach([a, b, c], 5).map((q) => q.m)).toEqual([a, c]);
  });
});

describe("a discrepancy between two lengths", () => {
  it("shows an attributive duration as a length (40 minutes, not 40-minute)", () => {
    const texts = [
      `Ferry chiefs meet
The two chiefs agreed a deal after a 40-minute meeting at the harbour on Sunday.`,
      `Ferry deal done
The two chiefs agreed a deal after a meeting at the harbour on Sunday that lasted around an hour.`,
    ];
    const found = brief(texts).discrepancies.map((d) => d.text);
    expect(found.some((t) => /40 minutes \(/u.test(t))).toBe(true);
    expect(found.some((t) => /40-minute \(/u.test(t))).toBe(false);
  });
});
