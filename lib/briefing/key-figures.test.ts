// Key figures are a quantity with what it counts, the dates a story turns on, and never a figure
// the deal terms already state (invented sentences).
import { describe, expect, it } from "vitest";
import { extractFigures } from "./figures";
import { buildBriefing } from "./index";
import { withoutMarkup } from "./text";

const brief = (texts: string[]) =>
  buildBriefing(texts.map((text, i) => ({ id: `s${i + 1}`, text, file: `story-${i + 1}.txt` })));

describe("what a figure counts", () => {
  const unit = (text: string) => extractFigures(text).map((f) => `${f.text}|${f.unit}`);
  it("skips names and modifiers before the counted noun", () => {
    expect(unit("The strike shut 12 U.S. ports on Monday.")).toEqual(["12 U.S. ports|port"]);
    expect(unit("About 4,000 striking bus drivers marched.")).toEqual(["4,000 striking bus drivers|driver"]);
    expect(unit("Seven potential bidders have come forward.")).toEqual(["Seven potential bidders|bidder"]);
    expect(unit("The deal covers 8,000 Lakeside Air cabin crews.")).toEqual(["8,000 Lakeside Air cabin crews|crew"]);
  });
  it("counts nothing in 'the two sides', 'two sources said' or a verb after the number", () => {
    expect(unit("The two sides met for talks.")).toEqual([]);
    expect(unit("The plan was confirmed by two sources familiar with it.")).toEqual([]);
    expect(unit("The floods killed dozens and displaced tens of thousands.")).toEqual([]);
  });
  it("reads letter scales on money only, and a sentence-initial quantifier is no name", () => {
    expect(extractFigures("A $2T plan and a £40m fund.").map((f) => f.value)).toEqual([2e12, 40e6]);
    expect(extractFigures("The 400m relay.")).toEqual([]);
    expect(unit("Around 700 nurses walked out.")).toEqual(["700 nurses|nurse"]);
  });
  it("leaves ages and date codes alone", () => {
    expect(unit("The 64-year-old leader spoke.")).toEqual([]);
    expect(unit("date 2026-03-07 Officials met.")).toEqual([]);
  });
});

describe("key figures beside deal terms", () => {
  const b = brief([
    `Nurses ratify contract, ending 20-day strike
Nurses at Harbourview Health voted on Sunday to ratify a new contract, ending a 20-day strike. The contract includes a 24% raise over three years. About 6,500 nurses walked out on March 2. The strike cost the hospital group $4 million a day.`,
    `Harbourview nurses back at work
Some 6,500 nurses return to work on Monday. The agreement also includes a 24% pay increase over three years.`,
  ]);
  const texts = b.keyFigures.map((k) => k.text).join("\n");
  it("does not repeat a deal term's figure", () => {
    expect(texts).not.toMatch(/24%/u);
    expect(b.dealTerms.some((t) => /24%/u.test(t.text))).toBe(true);
  });
  it("lists people affected once, citing both outlets", () => {
    const nurses = b.keyFigures.filter((k) => /6,500/u.test(k.text));
    expect(nurses).toHaveLength(1);
    expect(nurses[0]?.citations.map((c) => c.sourceId).sort()).toEqual(["s1", "s2"]);
  });
  it("keeps the cost and the strike's length with what they measure", () => {
    expect(texts).toMatch(/\$4 million/u);
    expect(texts).toMatch(/20-day strike/u);
  });
});

describe("dates as key figures", () => {
  const b = brief([
    `Hospitals face staffing deadline
Hospital managers must submit staffing plans ahead of an April 30 deadline. Staffing rules have been in place since 2011, when they were introduced by the state. The rules were last reviewed in 2019.`,
  ]);
  const texts = b.keyFigures.map((k) => k.text).join("\n");
  it("lists a deadline and the year something began, never a bare year", () => {
    expect(texts).toMatch(/April 30 deadline/u);
    expect(texts).toMatch(/since 2011: .*introduced/u);
    expect(texts).not.toMatch(/2019/u);
  });
});

describe("a decimal comma", () => {
  it("reads '27,5 %' as 27.5 per cent", () => {
    expect(extractFigures("compared with 27,5 % for cars").map((f) => [f.kind, f.value])).toEqual([["percent", 27.5]]);
    expect(extractFigures("about 1,200 workers").map((f) => f.value)).toEqual([1200]);
  });
  it("reads a currency code as money, and 'per' as a percent only before 'cent'", () => {
    expect(extractFigures("trade of USD 1.7 trillion per year").map((f) => [f.kind, f.value])).toEqual([
      ["money", 1.7e12],
    ]);
    expect(extractFigures("a 5 per cent rise").map((f) => f.kind)).toEqual(["percent"]);
    expect(extractFigures("about 50 per day").map((f) => f.kind)).not.toContain("percent");
  });
});

describe("markup in a pasted article", () => {
  it("is left out of the wording", () => {
    expect(withoutMarkup('talks at the <a href="https://example.org/x" target="_blank">summit</a> ended')).toBe(
      "talks at the summit ended",
    );
  });
});
