// One quotation with a word changed between outlets is a discrepancy; a shortened or a different
// quotation is not (invented ferry-strike copy).
import { describe, expect, it } from "vitest";
import { buildBriefing } from "./index";

const brief = (texts: string[]) =>
  buildBriefing(texts.map((text, i) => ({ id: `s${i + 1}`, text, file: `${i + 1}.txt`, outlet: `Outlet ${"AB"[i]}` })));
const altered = (texts: string[]) => brief(texts).discrepancies.filter((d) => /same words differently/u.test(d.text));

describe("an altered quotation", () => {
  it("is reported with both wordings and both outlets", () => {
    const d = altered([
      `Ferry deal reached\nThe union leader Anna Berg said: “This offer is little more than a cosmetic change to the old contract.”`,
      `Ferry strike ends\n“I have to say this offer is nothing more than a cosmetic change to the old contract,” union leader Anna Berg told reporters.`,
    ]);
    expect(d).toHaveLength(1);
    expect(d[0]?.text).toMatch(
      /little more than a cosmetic change.*\(Outlet A\) vs .*nothing more than a cosmetic change.*\(Outlet B\)/u,
    );
    expect(d[0]?.citations.map((c) => c.sourceId)).toEqual(["s1", "s2"]);
  });
  it("is not a quotation given in full by one outlet and shortened by another", () => {
    expect(
      altered([
        `Ferry deal reached\nAnna Berg said: “This offer is a cosmetic change to the old contract and the crews know it.”`,
        `Ferry strike ends\nAnna Berg said: “This offer is a cosmetic change to the old contract.”`,
      ]),
    ).toHaveLength(0);
  });
  it("is not two different statements that share a phrase", () => {
    expect(
      altered([
        `Ferry deal reached\nAnna Berg said: “We will not accept a cosmetic change to the old contract at any price.”`,
        `Ferry strike ends\nThe company said: “We will not accept a union veto over the routes we run in winter.”`,
      ]),
    ).toHaveLength(0);
  });
});
