// Wording safety: an item's rewording must never say something its sentence does not. These
// invented sentences check the frames that used to be misread (passive voice, a participle
// announced "by" someone, a leading connective).
import { describe, expect, it } from "vitest";
import { attributed, coreOf } from "./items";
import { isPassiveAt } from "./text";
import { buildDoc } from "./pipeline";
import { src } from "./test-helpers";

const sentOf = (text: string, i = 0) => {
  const s = buildDoc([src(text)]).sents[i];
  if (!s) throw new Error("no sentence");
  return s;
};

describe("item wording keeps who did what", () => {
  it("never makes the subject of a passive verb its actor", () => {
    const doc = buildDoc([
      src(
        "Moscow said it was ready to talk. A previous proposal by Russia was rejected by Ukraine, which called it a surrender.",
      ),
    ]);
    const s = doc.sents[1];
    if (!s) throw new Error("no sentence");
    // The one acting is the "by" agent, not the subject.
    expect(s.a.actor).toBe("Ukraine");
    const out = attributed(s.a.actor ?? "Russia", s);
    expect(out).not.toMatch(/Russia rejects/u);
    expect(out).toContain("was rejected by Ukraine");
  });
  it("tells the passive from the active and the progressive", () => {
    const t1 = "The plan was rejected by the council.";
    expect(isPassiveAt(t1, t1.indexOf("rejected"), t1.indexOf("rejected") + 8)).toBe(true);
    const t2 = "The council rejected the plan.";
    expect(isPassiveAt(t2, t2.indexOf("rejected"), t2.indexOf("rejected") + 8)).toBe(false);
    const t3 = "The union is pressing the employers to raise pay.";
    expect(isPassiveAt(t3, t3.indexOf("pressing"), t3.indexOf("pressing") + 8)).toBe(false);
  });
  it("keeps a participle frame ('announced … by X') with its own subject", () => {
    const s = sentOf(
      "The decision, announced on Monday by the transport minister, followed a week of strikes at the port.",
    );
    const core = coreOf(s);
    expect(core).toMatch(/^The decision, announced on Monday by the transport minister, followed/u);
  });
  it("keeps the object of a stance verb before 'that'", () => {
    const doc = buildDoc([
      src("Ukraine reportedly desires guarantees that Russia will not resume its attacks after a truce."),
    ]);
    const s = doc.sents[0];
    if (!s) throw new Error("no sentence");
    expect(attributed(s.a.actor ?? "Ukraine", s)).toContain("guarantees that Russia will not resume");
  });
  it("does not take a side named in a fronted statement as the speaker of ', officials said'", () => {
    const doc = buildDoc([src("Iceland rejected higher catch limits for Norway's fleet, officials said on Friday.")]);
    expect(doc.sents[0]?.a.actor).not.toBe("Norway");
  });
  it("drops a leading discourse connective", () => {
    const s = sentOf(
      "However, the mayor of Lakeside dismissed the report as politically motivated and demanded an apology.",
    );
    expect(coreOf(s)).toMatch(/^The mayor of Lakeside dismissed/u);
    expect(attributed("Lakeside council", s)).not.toMatch(/However/u);
  });
  it("keeps 'So far' and 'Still to be decided' intact (not connectives without a comma)", () => {
    expect(coreOf(sentOf("So far the union has rejected every offer from the employers."))).toMatch(/^So far/u);
  });
});
