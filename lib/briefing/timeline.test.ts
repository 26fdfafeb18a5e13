// Timeline: dates from the sources' own text, weekdays pinned against them, subordinate dates
// ignored, one entry per event, clean labels (invented articles).
import { describe, expect, it } from "vitest";
import { buildBriefing } from "./index";
import { findDate, resolveDate } from "./timeline";

const timeline = (texts: string[]) =>
  buildBriefing(texts.map((text, i) => ({ id: `s${i + 1}`, text, file: `t-${i + 1}.txt` }))).timeline;

describe("timeline dates", () => {
  it("skips a date that belongs to another event or a deadline", () => {
    expect(findDate("The strike was suspended until Jan. 15 on Thursday.")?.weekday).toBe("Thursday");
    expect(findDate("Prisoners arrested since the Oct. 7 attacks were freed on Monday.")?.expr).toBe("Monday");
  });
  it("gives a date without a year the year nearest its reference", () => {
    const hit = findDate("The truce runs until talks resume on Jan. 15.");
    expect(hit && resolveDate(hit, Date.UTC(2024, 9, 4))).toBe("2025-01-15");
  });
  it("pins weekdays against a date the text carries and drops a far-off furniture date", () => {
    const events = timeline([
      `Mill workers end strike\ndate 2024-11-05\nMill workers voted to accept a new contract on Monday, ending the strike.`,
      `Strike over at the mill\nFriday, 14 March, 2025\nThe union said on Monday that members had voted to accept the contract.`,
      `Mill strike ends\nNov. 5 (UPI) -- Workers at the mill voted on Monday to accept the contract and end their strike.`,
    ]);
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) {
      expect(e.when).toBe("Monday 4 November 2024");
      expect(e.text).not.toMatch(/^date |\(UPI\)|[,;:]$/u);
    }
    // One vote, one entry, citing every outlet that reports it.
    expect(events).toHaveLength(1);
    expect(events[0]?.citations).toHaveLength(3);
  });
  it("gives one day at most two entries, however many ways the outlets tell its event", () => {
    const t = timeline([
      `Climate deal approved\nDelegates approved a climate finance deal on Sunday after two weeks of talks.\nThe package was signed off in the small hours of Sunday morning.\nTalks began on Friday in the capital.`,
      `Summit ends with deal\nA contested package was approved on Sunday after rich nations raised their offer.\nObservers said on Sunday that the final session ended in anger.`,
    ]);
    expect(t.filter((e) => e.when === "Sunday").length).toBeLessThanOrEqual(2);
    expect(t.some((e) => e.when === "Friday")).toBe(true);
  });
  it("keeps events in date order", () => {
    const events = timeline([
      `Talks collapse\ndate 2025-03-07\nThe two sides signed the deal on Friday. Negotiators first met on Monday in Geneva.`,
      `Deal signed\nThe negotiations began on March 3 and the deal was signed on March 7.`,
    ]);
    const isoOrder = events.map((e) => e.when);
    expect(isoOrder[0]).toMatch(/March 2025/u);
    expect(isoOrder.indexOf("Monday 3 March 2025")).toBeLessThan(isoOrder.indexOf("Friday 7 March 2025"));
  });
});

describe("a timeline without publication dates", () => {
  it("puts days of a month in calendar order, before unpinned weekdays", () => {
    const texts = [
      `Ferry talks resume
The union said on Thursday that talks would resume. On February 5, the two sides signed a protocol on rest days.`,
      `Ferry talks
On January 29, the company announced a pay offer. On February 3, crews rejected the offer in a vote.`,
    ];
    const when = buildBriefing(texts.map((text, i) => ({ id: `s${i + 1}`, text, file: `${i}.txt` }))).timeline.map(
      (e) => e.when,
    );
    expect(when.filter((w) => /\d/u.test(w))).toEqual(["January 29", "February 3", "February 5"]);
    expect(when.indexOf("Thursday")).toBeGreaterThan(when.indexOf("February 5"));
  });
});
