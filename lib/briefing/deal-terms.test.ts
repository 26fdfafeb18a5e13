// Deal terms are what a side puts forward, asks for or agrees; a sentence that only mentions "the
// proposed deal" or asks an open question about a term is not one (invented port-strike sentences).
import { describe, expect, it } from "vitest";
import { buildBriefing } from "./index";

const a1 = `Port strike talks stall
The union FNV Havens said on Monday it would extend the strike until employers raise wages by 8%. The deal on the table entails a 6% rise over two years in return for a no-strike pledge. One of the key questions is still the future of overtime pay in the event of a deal. The walkout, announced on Monday by union leader Marleen de Vries, followed a weak response from Deltalinqs to the proposed wage deal.`;
const a2 = `Rotterdam strike continues
FNV Havens demanded an 8% pay rise and said the strike would continue until employers improved their offer. Deltalinqs said it had offered 4% and would not go further. It is unclear what the government would do if the strike lasted into next month.`;

describe("deal terms", () => {
  const b = buildBriefing([a1, a2].map((text, i) => ({ id: `s${i + 1}`, text, file: `port-${i + 1}.txt` })));
  const terms = b.dealTerms.map((t) => t.text).join("\n");

  it("keeps the term on the table", () => {
    expect(terms).toMatch(/6% rise/u);
  });
  it("does not turn an open question about a term into a proposal", () => {
    expect(terms).not.toMatch(/key questions/u);
    expect(b.openQuestions.map((q) => q.text).join("\n")).toMatch(/overtime/u);
  });
  it("does not read 'the proposed deal' as someone proposing it", () => {
    expect(terms).not.toMatch(/walkout|followed/iu);
  });
});

describe("a proposal named by its owner", () => {
  const a = [
    `Fishing talks end without deal
Norway and Iceland ended two days of fishing talks in Oslo on Friday. The Icelandic minister said no common ground was reached on mackerel quotas and expressed doubts about a Norwegian proposal to close the northern zone for two years.`,
  ];
  const b = buildBriefing(a.map((text, i) => ({ id: `s${i + 1}`, text, file: `fish-${i + 1}.txt` })));
  it("is worded from the proposal clause, not from what else the sentence says", () => {
    const t = b.dealTerms.find((x) => x.proposedBy === "Norway");
    expect(t?.text).toBe("Proposed (Norway): a Norwegian proposal to close the northern zone for two years");
  });
});

// Invented stories: a ratified contract, a tentative one, and talks where nothing was agreed.
const brief = (texts: string[]) =>
  buildBriefing(texts.map((text, i) => ({ id: `s${i + 1}`, text, file: `story-${i + 1}.txt` })));

describe("terms of a ratified contract", () => {
  const b = brief([
    `Nurses ratify contract, ending strike
Nurses at Harbourview Health voted on Sunday to ratify a new contract, ending a 20-day strike. The contract includes a 24% raise over three years. Under the deal, night shifts will be capped at ten hours. Nurses will also receive a $3,000 signing bonus.`,
    `Harbourview strike over
Members of the Harbourview Nurses Union voted to accept the new contract on Sunday. The agreement also includes a 24% pay increase over three years and limits on mandatory overtime. The union had demanded a 30% raise.`,
  ]);
  const terms = b.dealTerms;
  it("marks what the ratified contract contains as agreed", () => {
    const raise = terms.find((t) => /24%/u.test(t.text));
    expect(raise?.status).toBe("agreed");
    expect(terms.find((t) => /ten hours/u.test(t.text))?.status).toBe("agreed");
  });
  it("reports one raise reported by two outlets once, citing both", () => {
    const raises = terms.filter((t) => t.figures.some((f) => /24%/u.test(f)));
    expect(raises).toHaveLength(1);
    expect(new Set(raises[0]?.citations.map((c) => c.sourceId))).toEqual(new Set(["s1", "s2"]));
  });
  it("keeps a term stated by what a side will receive, and a demand as a demand", () => {
    expect(terms.some((t) => /\$3,000 signing bonus/u.test(t.text))).toBe(true);
    expect(terms.find((t) => /30% raise/u.test(t.text))?.status).toBe("demanded");
  });
});

describe("terms of a tentative deal", () => {
  const b = brief([
    `Bus drivers reach tentative deal
The bus drivers' union and the transit authority reached a tentative agreement on Friday. The tentative deal includes a 9% raise over two years.`,
    `Transit strike called off
Drivers and the city reached a tentative deal late on Friday. Members will vote on it next week.`,
  ]);
  it("shows the terms as tentatively agreed", () => {
    const t = b.dealTerms.find((x) => /9% raise/u.test(x.text));
    expect(t?.status).toBe("tentative");
    expect(t?.text).toMatch(/^Tentatively agreed/u);
  });
});

describe("terms of a deal announced but not yet written down", () => {
  const b = brief([
    `Farm ministers strike grain deal
The two governments announced a grain agreement on Monday. The agreement includes a 12% cut in export duties. The deal has not yet been confirmed in writing.`,
    `Grain deal reached
The ministers reached a deal on Monday, the detail of which is due to be fleshed out in the coming weeks.`,
  ]);
  it("shows its terms as tentatively agreed, not plainly agreed", () => {
    const t = b.dealTerms.find((x) => /12% cut/u.test(x.text));
    expect(t?.status).toBe("tentative");
    expect(t?.text).toMatch(/^Tentatively agreed/u);
  });
});

describe("one thing withheld, worded differently by each outlet", () => {
  const b = brief([
    `Dockers ratify contract
Dockers voted on Sunday to ratify a new contract. The contract includes a 15% raise over three years. The new contract does not restore the old shift allowance scrapped in 2019. The port authority will now be able to reopen the terminals.`,
    `Dock strike ends
Dockers voted to accept the new contract on Sunday. The agreement also includes a 15% pay increase over three years. The agreement does not reinstate the shift allowance either.`,
  ]);
  it("is one term citing both outlets", () => {
    const allowance = b.dealTerms.filter((t) => /allowance/u.test(t.text));
    expect(allowance).toHaveLength(1);
    expect(new Set(allowance[0]?.citations.map((c) => c.sourceId))).toEqual(new Set(["s1", "s2"]));
  });
  it("does not take what the deal lets happen for a term", () => {
    expect(b.dealTerms.map((t) => t.text).join("\n")).not.toMatch(/reopen the terminals/u);
  });
});

describe("a side seeking an amount", () => {
  const b = brief([
    `Teachers strike enters second week
The teachers' union had been seeking a 20% raise while the school board offered 5%. Talks resume on Monday.`,
  ]);
  it("is a demand", () => {
    expect(b.dealTerms.find((t) => /20% raise/u.test(t.text))?.status).toBe("demanded");
  });
});

describe("terms of talks that reached no deal", () => {
  const b = brief([
    `Water talks end without a deal
The two provinces ended talks on Tuesday without a deal. Under the plan on the table, each province would receive 40% of the river's flow.`,
  ]);
  it("keeps the terms proposed", () => {
    expect(b.dealTerms.find((t) => /40%/u.test(t.text))?.status).toBe("proposed");
  });
});

describe("what is not a term, and one term across outlets", () => {
  const b = brief([
    `Valdoria and Kestria agree truce
Valdoria and Kestria agreed to an immediate ceasefire on Monday. The two governments signed a peace framework in Geneva. "We are proud of this historic deal," the Valdorian foreign minister said. The framework still requires ratification by both parliaments. The two sides will extend the border accord until March 31.`,
    `Geneva talks end fighting
The neighbours agreed to an unconditional ceasefire starting at midnight. Under the deal, both armies will withdraw 10 km from the border.`,
  ]);
  const terms = b.dealTerms.map((t) => t.text).join("\n");
  it("does not list the deal being signed, a verdict on it or a step still to come as terms", () => {
    expect(terms).not.toMatch(/signed a peace framework/u);
    expect(terms).not.toMatch(/proud/u);
    expect(terms).not.toMatch(/still requires ratification/u);
  });
  it("states one agreed ceasefire once, citing both outlets", () => {
    const ceasefire = b.dealTerms.filter((t) => /agreed to an? (immediate|unconditional) ceasefire/u.test(t.text));
    expect(ceasefire).toHaveLength(1);
    expect(ceasefire[0]?.citations.map((c) => c.sourceId).sort()).toEqual(["s1", "s2"]);
  });
  it("keeps what the sides will do under the deal, agreed", () => {
    expect(b.dealTerms.find((t) => /withdraw 10 km/u.test(t.text))?.status).toBe("agreed");
    expect(b.dealTerms.find((t) => /until March 31/u.test(t.text))?.status).toBe("agreed");
  });
  it("gives a term the status of its first status verb", () => {
    const scheme = brief([
      `Summit deal agreed
The two governments signed the agreement on Friday. Under the agreement, the two sides agreed to cooperate on a student exchange scheme, but officials insisted numbers would be capped.`,
    ]).dealTerms.find((t) => /student exchange/u.test(t.text));
    expect(scheme?.status).toBe("agreed");
  });
});

describe("who a term belongs to", () => {
  const b = brief([
    `Fishing talks resume
The Icelandic minister said on Tuesday that Norway had demanded a 10% cut in mackerel quotas under the plan. Under the agreement signed in May, both fleets will report catches weekly.`,
  ]);
  it("names the side that demands, not the one reporting it", () => {
    expect(b.dealTerms.find((t) => /10% cut/u.test(t.text))?.proposedBy).toBe("Norway");
  });
  it("leads an agreed term with no side when no side agrees in the sentence", () => {
    const t = b.dealTerms.find((x) => /report catches/u.test(x.text));
    expect(t?.text).toMatch(/^Agreed: /u);
  });
});

describe("a list of measures", () => {
  const b = brief([
    `Summit deal agreed
The two governments signed the agreement on Friday. Measures include:
Visa-free travel for students for up to one year.
A joint fund for rail links.
The prime minister said: "This is a good day."`,
  ]);
  it("reads each item of a list of measures as a term, and stops at a quotation", () => {
    const terms = b.dealTerms.map((t) => t.text).join("\n");
    expect(terms).toMatch(/Visa-free travel/u);
    expect(terms).toMatch(/joint fund for rail links/u);
    expect(terms).not.toMatch(/good day/u);
  });
});

describe("a term named in quotation marks", () => {
  const b = brief([
    `Pilots reach tentative deal
The tentative deal gives pilots standby pay for the first time. The deal also includes a 6% raise over two years.`,
    `Pilots' deal includes "standby pay"
The tentative agreement includes a new provision for "standby pay" worth half the hourly rate.`,
  ]);
  it("is one term with the outlet that states it unquoted", () => {
    const standby = b.dealTerms.filter((t) => /standby pay/iu.test(t.citations.map((c) => c.quote).join(" ")));
    expect(standby).toHaveLength(1);
    expect(standby[0]?.citations.map((c) => c.sourceId).sort()).toEqual(["s1", "s2"]);
  });
});
