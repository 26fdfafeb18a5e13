import { describe, expect, it } from "vitest";
import type { Briefing } from "../briefing/types";
import { applyCuration, type CuratedBriefing } from "./apply";
import { keyBriefing } from "./keys";
import {
  acceptItem,
  addItemFromPassage,
  editItemText,
  editSummary,
  moveItem,
  pinItem,
  reconcileState,
  rejectItem,
} from "./operations";
import { toPublishedBriefing, publishedBriefingSchema } from "./publish";
import { curationStateSchema, emptyCurationState, type CurationState } from "./schema";
import { ALICE, BOB, SOURCE_TEXT, strikeBriefing, strikeBriefingWithoutS3 } from "./test-fixtures";

const keys = keyBriefing(strikeBriefing());
const UNION = keys.positions[0]!.key;
const AUTHORITY = keys.positions[1]!.key;
const STRIKERS = keys.keyFigures[0]!.key;
const VESSELS = keys.keyFigures[1]!.key;
const FUEL = keys.openQuestions[0]!.key;

function curate(state: CurationState, briefing: Briefing = strikeBriefing(), included?: string[]): CuratedBriefing {
  return applyCuration(briefing, state, included);
}

describe("applyCuration", () => {
  it("marks every generated item pending, generated and unpinned, in generated order", () => {
    const c = curate(emptyCurationState());
    expect(c.sections.positions.map((i) => i.key)).toEqual([UNION, AUTHORITY]);
    for (const item of Object.values(c.sections).flat()) {
      expect(item).toMatchObject({ origin: "generated", status: "pending", pinned: false, missingSourceIds: [] });
    }
    expect(c.sections.dealTerms[0]).toMatchObject({
      figures: ["6%"],
      proposedBy: "Port Authority",
      dealStatus: "proposed",
    });
    expect(c.sections.timeline[1]?.when).toBe("Thursday");
    expect(c.orphaned).toEqual([]);
    expect(c.summaryOrigin).toBe("generated");
  });

  it("puts pinned items first, then the explicit order, then the generated order", () => {
    const b = strikeBriefing();
    b.keyFigures.push(
      {
        text: "Fuel stocks are down to nine days.",
        citations: [{ sourceId: "s3", quote: "It is unclear how long the port's reserves of fuel will last." }],
      },
      {
        text: "Freight rates to Valmora have doubled.",
        citations: [{ sourceId: "s3", quote: "Shipping lines have diverted 14 vessels away from Valmora." }],
      },
    );
    const k = keyBriefing(b).keyFigures.map((x) => x.key);
    let state = emptyCurationState();
    state = { ...state, order: { keyFigures: [k[2]!, k[0]!] } };
    state = pinItem(state, curate(state, b), k[3]!, ALICE);
    expect(curate(state, b).sections.keyFigures.map((i) => i.key)).toEqual([k[3], k[2], k[0], k[1]]);
  });

  it("shows the editor's wording as edited while keeping the generated citations", () => {
    const state = editItemText(
      emptyCurationState(),
      curate(emptyCurationState()),
      STRIKERS,
      "Union: 3,400 on strike",
      ALICE,
    );
    const item = curate(state).sections.keyFigures[0]!;
    expect(item).toMatchObject({ key: STRIKERS, origin: "edited", text: "Union: 3,400 on strike", status: "pending" });
    expect(item.generatedText).toBe("The union says 3,400 workers are on strike.");
    expect(item.citations).toEqual(strikeBriefing().keyFigures[0]!.citations);
  });

  it("keeps rejected items for editors but does not publish them; pending and accepted are published", () => {
    let state = emptyCurationState();
    state = rejectItem(state, curate(state), VESSELS, ALICE);
    state = acceptItem(state, curate(state), STRIKERS, ALICE);
    const c = curate(state);
    expect(c.sections.keyFigures.find((i) => i.key === VESSELS)?.status).toBe("rejected");
    const pub = toPublishedBriefing(c);
    expect(pub.keyFigures.map((i) => i.key)).toEqual([STRIKERS]);
    expect(pub.positions.map((i) => i.key)).toEqual([UNION, AUTHORITY]);
  });

  it("keeps decisions when the briefing is rebuilt with more or fewer citations", () => {
    let state = emptyCurationState();
    state = acceptItem(state, curate(state), AUTHORITY, ALICE);
    const rebuilt = strikeBriefing();
    rebuilt.positions[1]!.citations = rebuilt.positions[1]!.citations.slice(1);
    rebuilt.positions.reverse();
    const item = curate(state, rebuilt).sections.positions.find((i) => i.key === AUTHORITY);
    expect(item).toMatchObject({ status: "accepted", decisionKey: undefined, changedSinceDecision: false });
  });

  it("lists decisions whose item vanished as orphaned, with the reason", () => {
    let state = emptyCurationState();
    state = acceptItem(state, curate(state), VESSELS, ALICE);
    state = rejectItem(state, curate(state), FUEL, BOB);
    const c = curate(state, strikeBriefingWithoutS3());
    expect(c.sections.keyFigures.map((i) => i.key)).toEqual([STRIKERS]);
    expect(c.orphaned.map((o) => [o.key, o.reason])).toEqual([
      [VESSELS, "sources-removed"],
      [FUEL, "sources-removed"],
    ]);
    expect(c.orphaned[0]?.decision.snapshot.text).toBe("Shipping lines have diverted 14 vessels away from Valmora.");
    expect(c.orphaned[0]?.message).toMatch(/no longer included/);
  });

  it("says 'not regenerated' when the item's sources are still there", () => {
    let state = emptyCurationState();
    state = acceptItem(state, curate(state), VESSELS, ALICE);
    const b = strikeBriefing();
    b.keyFigures = b.keyFigures.slice(0, 1);
    expect(curate(state, b).orphaned).toMatchObject([{ key: VESSELS, reason: "not-regenerated" }]);
  });

  it("re-attaches a decision to a slightly reworded item and flags the change", () => {
    let state = emptyCurationState();
    state = rejectItem(state, curate(state), VESSELS, ALICE);
    state = { ...state, order: { keyFigures: [VESSELS, STRIKERS] } };
    const b = strikeBriefing();
    b.keyFigures[1] = { ...b.keyFigures[1]!, text: "Shipping lines diverted 14 vessels from the port of Valmora." };
    const c = curate(state, b);
    const moved = c.sections.keyFigures[0]!;
    expect(moved.key).not.toBe(VESSELS);
    expect(moved).toMatchObject({ status: "rejected", decisionKey: VESSELS, changedSinceDecision: true });
    expect(c.orphaned).toEqual([]);

    const reconciled = reconcileState(state, c);
    expect(Object.keys(reconciled.items)).toEqual([moved.key]);
    expect(reconciled.order.keyFigures).toEqual([moved.key, STRIKERS]);
    expect(curate(reconciled, b).sections.keyFigures[0]).toMatchObject({
      key: moved.key,
      status: "rejected",
      decisionKey: undefined,
    });
  });

  it("flags added items whose cited source is no longer included, and does not publish them", () => {
    const passage = "Shipping lines have diverted 14 vessels";
    const start = SOURCE_TEXT.s3.indexOf(passage);
    const state = addItemFromPassage(
      emptyCurationState(),
      {
        section: "keyFigures",
        text: "14 ships diverted",
        sourceId: "s3",
        sourceText: SOURCE_TEXT.s3,
        start,
        end: start + passage.length,
      },
      ALICE,
    );
    const before = curate(state);
    const added = before.sections.keyFigures.at(-1)!;
    expect(added).toMatchObject({ origin: "added", status: "accepted", missingSourceIds: [] });
    expect(toPublishedBriefing(before).keyFigures.map((i) => i.origin)).toContain("added");

    const after = curate(state, strikeBriefingWithoutS3());
    expect(after.sections.keyFigures.find((i) => i.key === added.key)?.missingSourceIds).toEqual(["s3"]);
    expect(toPublishedBriefing(after).keyFigures.map((i) => i.key)).not.toContain(added.key);
  });

  it("uses the explicit source list when given", () => {
    const c = curate(emptyCurationState(), strikeBriefing(), ["s1", "s2"]);
    expect(c.sections.openQuestions[0]?.missingSourceIds).toEqual(["s3"]);
  });

  it("uses the editor's summary and notices when the engine's summary moved on", () => {
    const state = editSummary(
      emptyCurationState(),
      curate(emptyCurationState()),
      "  Valmora's docks are shut.  ",
      ALICE,
    );
    const c = curate(state);
    expect(c).toMatchObject({ summary: "Valmora's docks are shut.", summaryOrigin: "edited", summaryOutdated: false });
    const b = strikeBriefing();
    b.summary = "The Valmora strike is in its second day.";
    expect(curate(state, b)).toMatchObject({ summary: "Valmora's docks are shut.", summaryOutdated: true });
    expect(toPublishedBriefing(curate(state, b)).summary).toBe("Valmora's docks are shut.");
  });

  it("records a move as the section's explicit order", () => {
    let state = emptyCurationState();
    state = moveItem(state, curate(state), "positions", AUTHORITY, "up");
    expect(state.order.positions).toEqual([AUTHORITY, UNION]);
    expect(curate(state).sections.positions.map((i) => i.key)).toEqual([AUTHORITY, UNION]);
  });
});

describe("toPublishedBriefing", () => {
  it("has the Briefing shape plus key and origin, and validates against the published schema", () => {
    let state = emptyCurationState();
    state = editItemText(state, curate(state), UNION, "Union wants 12% over two years", ALICE);
    const pub = toPublishedBriefing(curate(state));
    expect(publishedBriefingSchema.safeParse(JSON.parse(JSON.stringify(pub))).success).toBe(true);
    expect(pub.positions[0]).toEqual({
      key: UNION,
      origin: "edited",
      actor: "Dockworkers' union",
      text: "Union wants 12% over two years",
      citations: strikeBriefing().positions[0]!.citations,
    });
    expect(pub.dealTerms[0]).toMatchObject({
      figures: ["6%"],
      status: "proposed",
      proposedBy: "Port Authority",
      origin: "generated",
    });
    expect(pub.timeline.map((t) => t.when)).toEqual(["Monday", "Thursday"]);
  });

  it("drops citations to sources that are not included, and items left with none", () => {
    const pub = toPublishedBriefing(curate(emptyCurationState(), strikeBriefing(), ["s2", "s3"]));
    expect(pub.sources.map((s) => s.id)).toEqual(["s2", "s3"]);
    expect(pub.positions.map((p) => p.key)).toEqual([AUTHORITY]);
    expect(pub.positions[0]?.citations.map((c) => c.sourceId)).toEqual(["s2"]);
  });

  it("stores state that survives a JSON round trip through the schema", () => {
    let state = emptyCurationState();
    state = pinItem(state, curate(state), FUEL, ALICE);
    state = rejectItem(state, curate(state), VESSELS, BOB);
    expect(curationStateSchema.parse(JSON.parse(JSON.stringify(state)))).toEqual(state);
  });
});
