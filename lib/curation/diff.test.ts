import { describe, expect, it } from "vitest";
import type { Briefing } from "../briefing/types";
import { applyCuration } from "./apply";
import { describeDiff, diffBriefings } from "./diff";
import { keyBriefing } from "./keys";
import { editItemText, editSummary, rejectItem } from "./operations";
import { toPublishedBriefing, type PublishedBriefing } from "./publish";
import { emptyCurationState, type CurationState } from "./schema";
import { ALICE, strikeBriefing } from "./test-fixtures";

function publish(briefing: Briefing, state: CurationState = emptyCurationState()): PublishedBriefing {
  return toPublishedBriefing(applyCuration(briefing, state));
}

const keys = keyBriefing(strikeBriefing());
const STRIKERS = keys.keyFigures[0]!.key;
const VESSELS = keys.keyFigures[1]!.key;

describe("diffBriefings", () => {
  it("finds nothing between identical versions", () => {
    const v1 = publish(strikeBriefing());
    const diff = diffBriefings(v1, publish(strikeBriefing()));
    expect(diff.hasChanges).toBe(false);
    expect(describeDiff(diff)).toEqual([]);
  });

  it("reports added and removed items", () => {
    const v1 = publish(strikeBriefing());
    const b = strikeBriefing();
    b.openQuestions = [];
    b.timeline.push({
      when: "Tuesday",
      text: "The strike enters its second day.",
      citations: [{ sourceId: "s2", quote: "The Valmora dock strike entered its second day on Tuesday." }],
    });
    const diff = diffBriefings(v1, publish(b));
    expect(diff.hasChanges).toBe(true);
    expect(diff.sections.openQuestions.removed.map((i) => i.text)).toEqual([
      "How long will the port's fuel reserves last?",
    ]);
    expect(diff.sections.timeline.added).toEqual([
      expect.objectContaining({ text: "The strike enters its second day.", when: "Tuesday" }),
    ]);
    expect(diff.sections.positions).toEqual({ added: [], removed: [], reworded: [], updated: [] });
    expect(describeDiff(diff)).toEqual([
      "Open questions: removed “How long will the port's fuel reserves last?”",
      "Timeline: added “The strike enters its second day.” (Tuesday)",
    ]);
  });

  it("reports a rejected item as removed in the next published version", () => {
    const v1 = publish(strikeBriefing());
    const state = rejectItem(
      emptyCurationState(),
      applyCuration(strikeBriefing(), emptyCurationState()),
      VESSELS,
      ALICE,
    );
    const diff = diffBriefings(v1, publish(strikeBriefing(), state));
    expect(diff.sections.keyFigures.removed.map((i) => i.key)).toEqual([VESSELS]);
  });

  it("reports an editor's rewording under the same key with old and new text", () => {
    const v1 = publish(strikeBriefing());
    const state = editItemText(
      emptyCurationState(),
      applyCuration(strikeBriefing(), emptyCurationState()),
      STRIKERS,
      "Union: 3,400 on strike",
      ALICE,
    );
    const diff = diffBriefings(v1, publish(strikeBriefing(), state));
    expect(diff.sections.keyFigures.reworded).toEqual([
      {
        key: STRIKERS,
        previousKey: undefined,
        before: "The union says 3,400 workers are on strike.",
        after: "Union: 3,400 on strike",
        changes: [],
      },
    ]);
    expect(diff.sections.keyFigures.added).toEqual([]);
    expect(describeDiff(diff)).toEqual([
      "Key figures: reworded “The union says 3,400 workers are on strike.” → “Union: 3,400 on strike”",
    ]);
  });

  it("pairs an engine rewording whose key changed by similarity", () => {
    const v1 = publish(strikeBriefing());
    const b = strikeBriefing();
    b.keyFigures[1] = { ...b.keyFigures[1]!, text: "Shipping lines diverted 14 vessels from the port of Valmora." };
    const diff = diffBriefings(v1, publish(b));
    const [r] = diff.sections.keyFigures.reworded;
    expect(r?.previousKey).toBe(VESSELS);
    expect(r?.key).not.toBe(VESSELS);
    expect(r?.after).toBe("Shipping lines diverted 14 vessels from the port of Valmora.");
    expect(diff.sections.keyFigures.added).toEqual([]);
    expect(diff.sections.keyFigures.removed).toEqual([]);
  });

  it("reports a deal term whose status changed with the same wording", () => {
    const v1 = publish(strikeBriefing());
    const b = strikeBriefing();
    b.dealTerms[0] = { ...b.dealTerms[0]!, status: "agreed" };
    const diff = diffBriefings(v1, publish(b));
    expect(diff.sections.dealTerms.updated).toEqual([
      expect.objectContaining({
        text: "6% pay rise offered by the Port Authority",
        changes: [{ field: "status", before: "proposed", after: "agreed" }],
      }),
    ]);
    expect(describeDiff(diff)).toEqual([
      "Deal terms: “6% pay rise offered by the Port Authority” changed status: proposed → agreed",
    ]);
  });

  it("reports a changed summary", () => {
    const b = strikeBriefing();
    const v1 = publish(b);
    const state = editSummary(
      emptyCurationState(),
      applyCuration(b, emptyCurationState()),
      "Valmora's port is shut.",
      ALICE,
    );
    const diff = diffBriefings(v1, publish(b, state));
    expect(diff.summary).toEqual({ before: b.summary, after: "Valmora's port is shut." });
    expect(diff.hasChanges).toBe(true);
    expect(describeDiff(diff)).toEqual([`Summary changed: “${b.summary}” → “Valmora's port is shut.”`]);
  });

  it("labels positions with their actor", () => {
    const b = strikeBriefing();
    const v1 = publish({ ...b, positions: b.positions.slice(0, 1) });
    expect(describeDiff(diffBriefings(v1, publish(b)))).toEqual([
      "Positions: added “The Port Authority says its 6% offer is final.” (Port Authority)",
    ]);
  });
});
