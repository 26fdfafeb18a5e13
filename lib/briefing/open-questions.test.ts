// Open questions from explicit uncertainty cues: pending steps, estimates, deferrals, doubts,
// cut-off and hard-wrapped paragraphs (invented sentences).
import { describe, expect, it } from "vitest";
import { buildBriefing } from "./index";
import { OPEN_CUE_WORDS, OPEN_CUES, openCueScore, OPEN_MIN_SCORE, RULE_WORDS } from "./open-question-cues";
import { asQuestion } from "./open-questions";
import { buildDoc } from "./pipeline";
import { anyWordTest } from "./text";
import { src } from "./test-helpers";

const q = (text: string) => {
  const s = buildDoc([src(text)]).sents[0];
  return s && asQuestion(s);
};

describe("open-question cues", () => {
  const open = [
    "The tentative agreement still requires ratification by the members before it takes effect.",
    "Any pay rise would have to be approved by union members.",
    "The contract will be presented to the membership, which will have an opportunity to ratify it.",
    "Further details of the plan are due to be fleshed out in the coming weeks.",
    "The decision was postponed until the next session in March.",
    "The talks left the harder questions for later.",
    "The vote raised doubts whether the coalition can survive.",
    "Several factions are threatening to withhold support for the bill.",
    "Both sides blamed each other for starting the fire.",
    "Restoring the full timetable may take up to ten days.",
    "Workers can return as soon as Monday or as late as next Friday.",
    "Reports from the northern districts were not immediately available.",
    "The ministry gave no details of the cost.",
    "Whether the plant reopens would depend on the inspectors.",
    "A visit by the prime minister has been floated.",
    "Among the key issues that remain unresolved is overtime pay.",
    "The next step is a vote in parliament.",
  ];
  it("finds the cues a reporter uses for what is still open", () => {
    for (const t of open) expect(openCueScore(t).score, t).toBeGreaterThanOrEqual(OPEN_MIN_SCORE);
  });
  it("leaves settled facts alone", () => {
    for (const t of [
      "The members voted to ratify the contract on Monday.",
      "The talks were postponed because of the storm.",
      "The union said the deal ends unpaid work once planes pushed back.",
      "The council approved the budget.",
    ])
      expect(openCueScore(t).score, t).toBeLessThan(OPEN_MIN_SCORE);
  });
  it("never skips a cue in the word pre-test", () => {
    const pre = anyWordTest(OPEN_CUE_WORDS);
    for (const t of open) if (OPEN_CUES.some((r) => r.pattern.test(t))) expect(pre(t), t).toBe(true);
    for (const rule of OPEN_CUES) {
      const own = anyWordTest(RULE_WORDS[rule.id] ?? []);
      for (const t of open) if (rule.pattern.test(t)) expect(own(t), `${rule.id}: ${t}`).toBe(true);
    }
    for (const rule of OPEN_CUES)
      expect(
        open.some((t) => rule.pattern.test(t)),
        rule.id,
      ).toBe(true);
  });
});

describe("open-question wording", () => {
  it("turns a pending approval round", () => {
    expect(q("Any pay rise would have to be approved by union members as part of the final contract.")).toBe(
      "Will union members approve any pay rise?",
    );
    expect(q("The tentative agreement still requires ratification by the pilots before it takes effect.")).toBe(
      "Will the pilots ratify the tentative agreement?",
    );
  });
  it("drops an appositive and the clause after an embedded question", () => {
    expect(
      q(
        "It was not immediately clear how the rebels, who hold the pass, would block it but the army said it was ready.",
      ),
    ).toBe("How would the rebels block it?");
  });
  it("names the issue that remains open", () => {
    expect(q("Among key issues that remain unresolved is overtime that workers say is unpaid.")).toBe(
      "How will overtime be resolved?",
    );
  });
  it("keeps the statement with its cue clause, marked as open", () => {
    const t = q(
      "The mayor and the council reached an outline agreement on the budget on Friday after a long night, but it still has to pass a second reading next month.",
    );
    expect(t).toMatch(/^Open question: The mayor and the council reached .* … it still has to pass a second reading/u);
  });
});

describe("open questions in a briefing", () => {
  it("reads a cut-off, hard-wrapped paragraph as one sentence and cites it whole", () => {
    const a = `Port deal reached\nThe port operators and the union reached a deal on Monday.\nIt was not immediately clear how the\nministry, which oversees the harbour,\nwould enforce it`;
    const b = `Dockers end strike\nDockers ended their strike on Monday after the union and the operators reached a deal.\nThe union said work would resume on Tuesday.`;
    const briefing = buildBriefing([src(a, "s1"), src(b, "s2")]);
    const item = briefing.openQuestions.find((o) => /ministry/u.test(o.text));
    expect(item?.text).toBe("How would the ministry enforce it?");
    expect(item?.citations[0]?.quote).toContain("how the\nministry, which oversees the harbour,\nwould enforce it");
  });
  it("says one pending step once, citing every outlet that reports it", () => {
    const a = `Pilots reach deal\nThe airline and its pilots reached a tentative agreement on Sunday.\nThe tentative agreement still requires ratification by the pilots.`;
    const b = `Airline strike ends\nThe strike ended after a tentative agreement was reached on Sunday.\nThe deal will be presented to the pilots, who will have an opportunity to ratify it.`;
    const briefing = buildBriefing([src(a, "s1"), src(b, "s2")]);
    const ratify = briefing.openQuestions.filter((o) => o.citations.some((c) => /ratif/u.test(c.quote)));
    expect(ratify).toHaveLength(1);
    expect(ratify[0]?.citations.map((c) => c.sourceId).sort()).toEqual(["s1", "s2"]);
  });
});
