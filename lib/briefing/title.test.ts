import { describe, expect, it } from "vitest";
import { buildBriefing } from "./index";
import { TITLE_MAX_WORDS } from "./title";
import type { SourceInput } from "./types";

const src = (id: string, text: string): SourceInput => ({ id, text });

// An invented story told by three outlets.
const caption =
  "Maria Lopez, President of the Harbour Workers Union, expects a close vote on the port company's offer\n" +
  "Harbour workers voted to accept a new contract on Monday, ending a three-week strike at the port of Eastwick.\n" +
  "The union said 61% of members backed the deal.";
const quoted =
  "“We got what we came for,” says union leader\n" +
  "Port workers in Eastwick ended their three-week strike after voting to accept a new contract with the port company on Monday.\n" +
  "The contract raises wages by 20% over four years.";
const headlined =
  "Eastwick port workers accept contract, ending three-week strike\n" +
  "Workers at the port of Eastwick voted on Monday to accept the contract, the union said.\n" +
  "The strike had halted shipping for three weeks.";

describe("title", () => {
  it("takes a shared headline, never a photo caption or a quote", () => {
    const b = buildBriefing([src("s1", caption), src("s2", quoted), src("s3", headlined)]);
    expect(b.title).toBe("Eastwick port workers accept contract, ending three-week strike");
  });

  it("cuts a long lead at a clause boundary, within the word limit and without an ellipsis", () => {
    const b = buildBriefing([src("s1", caption), src("s2", quoted)]);
    const words = b.title.split(" ");
    expect(words.length).toBeLessThanOrEqual(TITLE_MAX_WORDS);
    expect(b.title).not.toMatch(/…$|\.\.\.$/u);
    expect(b.title).not.toMatch(/^Maria Lopez|^“/u);
    expect(b.title).toMatch(/strike|contract/u);
  });

  it("skips a deck bullet and a dateline", () => {
    const wire =
      "* Union leaders call the deal a victory\n" +
      "EASTWICK, March 3 (Wire) - Harbour workers voted to accept a new contract on Monday, ending a three-week strike at the port.\n" +
      "The vote was 61% in favour.";
    const b = buildBriefing([src("s1", wire), src("s2", caption)]);
    expect(b.title).not.toMatch(/victory|EASTWICK|Wire/u);
    expect(b.summary).not.toMatch(/^EASTWICK|\(Wire\)/u);
  });
});
