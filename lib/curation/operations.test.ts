import { describe, expect, it } from "vitest";
import type { Briefing } from "../briefing/types";
import { applyCuration, type CuratedBriefing } from "./apply";
import { keyBriefing } from "./keys";
import {
  acceptItem,
  addItemFromPassage,
  CurationError,
  dismissOrphan,
  editItemText,
  editSummary,
  moveItem,
  pinItem,
  rejectItem,
  removeAddedItem,
  restoreItem,
  restoreSummary,
  unpinItem,
  type AddItemInput,
  type CurationErrorCode,
} from "./operations";
import { curationStateSchema, emptyCurationState, type CurationState } from "./schema";
import { ALICE, BOB, SOURCE_TEXT, strikeBriefing, strikeBriefingWithoutS3 } from "./test-fixtures";

const keys = keyBriefing(strikeBriefing());
const UNION = keys.positions[0]!.key;
const AUTHORITY = keys.positions[1]!.key;
const STRIKERS = keys.keyFigures[0]!.key;
const VESSELS = keys.keyFigures[1]!.key;

function curate(state: CurationState, briefing: Briefing = strikeBriefing()): CuratedBriefing {
  return applyCuration(briefing, state);
}

function refusal(fn: () => unknown): CurationErrorCode {
  try {
    fn();
  } catch (e) {
    if (e instanceof CurationError) return e.code;
    throw e;
  }
  throw new Error("expected a CurationError, but the operation succeeded");
}

function passage(
  text: string,
  source: keyof typeof SOURCE_TEXT = "s2",
): Pick<AddItemInput, "sourceId" | "sourceText" | "start" | "end"> {
  const start = SOURCE_TEXT[source].indexOf(text);
  if (start < 0) throw new Error(`fixture passage not in ${source}: ${text}`);
  return { sourceId: source, sourceText: SOURCE_TEXT[source], start, end: start + text.length };
}

describe("accept / reject / restore", () => {
  it("accepts, records who and when, snapshots the item, and leaves the input state untouched", () => {
    const empty = emptyCurationState();
    const state = acceptItem(empty, curate(empty), UNION, ALICE);
    expect(empty.items).toEqual({});
    expect(state.items[UNION]).toEqual({
      key: UNION,
      section: "positions",
      status: "accepted",
      by: "alice",
      at: ALICE.at,
      snapshot: {
        text: "The union demands a 12% pay rise over two years.",
        actor: "Dockworkers' union",
        citations: strikeBriefing().positions[0]!.citations,
      },
    });
    expect(curationStateSchema.safeParse(state).success).toBe(true);
  });

  it("rejects, replacing an earlier acceptance and its author", () => {
    let state = acceptItem(emptyCurationState(), curate(emptyCurationState()), UNION, ALICE);
    state = rejectItem(state, curate(state), UNION, BOB);
    expect(state.items[UNION]).toMatchObject({ status: "rejected", by: "bob" });
    expect(curate(state).sections.positions[0]?.status).toBe("rejected");
  });

  it("restores an item to the generated wording and pending, keeping its pin", () => {
    let state = emptyCurationState();
    state = rejectItem(state, curate(state), VESSELS, ALICE);
    state = editItemText(state, curate(state), VESSELS, "14 ships diverted", ALICE);
    state = pinItem(state, curate(state), VESSELS, ALICE);
    state = restoreItem(state, curate(state), VESSELS, BOB);
    const item = curate(state).sections.keyFigures[0]!;
    expect(item).toMatchObject({ key: VESSELS, origin: "generated", status: "pending", pinned: true });
    expect(item.text).toBe("Shipping lines have diverted 14 vessels away from Valmora.");
  });

  it("drops a decision entirely when nothing is left in it", () => {
    let state = acceptItem(emptyCurationState(), curate(emptyCurationState()), UNION, ALICE);
    state = restoreItem(state, curate(state), UNION, ALICE);
    expect(state.items).toEqual({});
  });

  it("refuses unknown keys", () => {
    const empty = emptyCurationState();
    expect(refusal(() => acceptItem(empty, curate(empty), "pos-00000000", ALICE))).toBe("unknown-item");
  });
});

describe("editItemText", () => {
  it("trims the wording", () => {
    const state = editItemText(
      emptyCurationState(),
      curate(emptyCurationState()),
      STRIKERS,
      "  3,400 on strike, union says \n",
      ALICE,
    );
    expect(state.items[STRIKERS]?.editedText).toBe("3,400 on strike, union says");
  });

  it("refuses empty or whitespace-only wording", () => {
    const empty = emptyCurationState();
    expect(refusal(() => editItemText(empty, curate(empty), STRIKERS, "   \n\t", ALICE))).toBe("empty-text");
  });

  it("refuses more than 60 words but accepts exactly 60", () => {
    const empty = emptyCurationState();
    const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(" ");
    expect(refusal(() => editItemText(empty, curate(empty), STRIKERS, words(61), ALICE))).toBe("too-long");
    expect(editItemText(empty, curate(empty), STRIKERS, words(60), ALICE).items[STRIKERS]?.editedText).toBe(words(60));
  });

  it("treats typing the generated wording back as no edit", () => {
    let state = editItemText(emptyCurationState(), curate(emptyCurationState()), STRIKERS, "3,400 on strike", ALICE);
    state = editItemText(state, curate(state), STRIKERS, "The union says 3,400 workers are on strike.", ALICE);
    expect(state.items[STRIKERS]).toBeUndefined();
  });

  it("keeps the edit attached after the engine rewords the item slightly", () => {
    let state = editItemText(emptyCurationState(), curate(emptyCurationState()), VESSELS, "14 ships diverted", ALICE);
    const b = strikeBriefing();
    b.keyFigures[1] = { ...b.keyFigures[1]!, text: "Shipping lines diverted 14 vessels from the port of Valmora." };
    const c = curate(state, b);
    const item = c.sections.keyFigures[1]!;
    expect(item).toMatchObject({ origin: "edited", text: "14 ships diverted", decisionKey: VESSELS });
    // Acting on the re-attached item moves its decision to the new key.
    state = acceptItem(state, c, item.key, BOB);
    expect(Object.keys(state.items)).toEqual([item.key]);
    expect(state.items[item.key]).toMatchObject({ status: "accepted", editedText: "14 ships diverted" });
    expect(state.items[item.key]?.snapshot.text).toBe("Shipping lines diverted 14 vessels from the port of Valmora.");
  });
});

describe("pin / unpin / move", () => {
  it("pins to the top and unpins back to the generated place", () => {
    let state = pinItem(emptyCurationState(), curate(emptyCurationState()), AUTHORITY, ALICE);
    expect(curate(state).sections.positions.map((i) => [i.key, i.pinned])).toEqual([
      [AUTHORITY, true],
      [UNION, false],
    ]);
    state = unpinItem(state, curate(state), AUTHORITY, ALICE);
    expect(curate(state).sections.positions.map((i) => i.key)).toEqual([UNION, AUTHORITY]);
    expect(state.items).toEqual({});
  });

  it("moves up and down, and to an index", () => {
    const b = strikeBriefing();
    b.timeline.push({
      when: "Tuesday",
      text: "The strike enters its second day.",
      citations: [{ sourceId: "s2", quote: "The Valmora dock strike entered its second day on Tuesday." }],
    });
    const [mon, thu, tue] = keyBriefing(b).timeline.map((k) => k.key);
    let state = moveItem(emptyCurationState(), curate(emptyCurationState(), b), "timeline", tue!, "up");
    expect(curate(state, b).sections.timeline.map((i) => i.key)).toEqual([mon, tue, thu]);
    state = moveItem(state, curate(state, b), "timeline", mon!, "down");
    expect(curate(state, b).sections.timeline.map((i) => i.key)).toEqual([tue, mon, thu]);
    state = moveItem(state, curate(state, b), "timeline", thu!, 0);
    expect(curate(state, b).sections.timeline.map((i) => i.key)).toEqual([thu, tue, mon]);
  });

  it("does nothing when moving past the end, and keeps unpinned items below pinned ones", () => {
    let state = emptyCurationState();
    expect(moveItem(state, curate(state), "positions", UNION, "up")).toBe(state);
    state = pinItem(state, curate(state), AUTHORITY, ALICE);
    expect(moveItem(state, curate(state), "positions", UNION, "up")).toBe(state);
    expect(moveItem(state, curate(state), "positions", UNION, 0)).toBe(state);
  });

  it("refuses bad indexes and items from another section", () => {
    const empty = emptyCurationState();
    expect(refusal(() => moveItem(empty, curate(empty), "positions", UNION, 5))).toBe("bad-index");
    expect(refusal(() => moveItem(empty, curate(empty), "positions", UNION, 0.5))).toBe("bad-index");
    expect(refusal(() => moveItem(empty, curate(empty), "keyFigures", UNION, "down"))).toBe("unknown-item");
  });
});

describe("addItemFromPassage", () => {
  const base = { section: "keyFigures", text: "Authority counts 2,900 strikers" } as const;

  it("adds a cited item whose quote is the trimmed source slice", () => {
    const p = passage(" the authority puts the figure at 2,900. ");
    const state = addItemFromPassage(emptyCurationState(), { ...base, ...p }, ALICE);
    expect(state.added).toHaveLength(1);
    const added = state.added[0]!;
    expect(added.key).toMatch(/^add-fig-[0-9a-f]{8}$/);
    expect(added.citations).toEqual([{ sourceId: "s2", quote: "the authority puts the figure at 2,900." }]);
    expect(SOURCE_TEXT.s2).toContain(added.citations[0]!.quote);
    expect(curationStateSchema.safeParse(state).success).toBe(true);
  });

  it("refuses offsets outside the source or an empty range", () => {
    const s = emptyCurationState();
    const text = SOURCE_TEXT.s2;
    expect(
      refusal(() =>
        addItemFromPassage(s, { ...base, sourceId: "s2", sourceText: text, start: 10, end: text.length + 1 }, ALICE),
      ),
    ).toBe("passage-out-of-range");
    expect(
      refusal(() => addItemFromPassage(s, { ...base, sourceId: "s2", sourceText: text, start: 20, end: 20 }, ALICE)),
    ).toBe("passage-out-of-range");
    expect(
      refusal(() => addItemFromPassage(s, { ...base, sourceId: "s2", sourceText: text, start: -1, end: 20 }, ALICE)),
    ).toBe("passage-out-of-range");
  });

  it("refuses a selection that is not the source text at those offsets", () => {
    const p = passage("the authority puts the figure at 2,900");
    const input = { ...base, ...p, passage: "the authority puts the figure at 2,800" };
    expect(refusal(() => addItemFromPassage(emptyCurationState(), input, ALICE))).toBe("passage-mismatch");
    expect(
      addItemFromPassage(emptyCurationState(), { ...input, passage: "the authority puts the figure at 2,900" }, ALICE)
        .added,
    ).toHaveLength(1);
  });

  it("refuses passages shorter than 8 characters after trimming", () => {
    expect(refusal(() => addItemFromPassage(emptyCurationState(), { ...base, ...passage(" 2,900. ") }, ALICE))).toBe(
      "passage-too-short",
    );
    expect(addItemFromPassage(emptyCurationState(), { ...base, ...passage("at 2,900") }, ALICE).added).toHaveLength(1);
  });

  it("refuses empty wording and items missing their section's fields", () => {
    const p = passage("Port Authority chief Ilan Brevik said the 6% offer was final.");
    const s = emptyCurationState();
    expect(refusal(() => addItemFromPassage(s, { ...p, section: "keyFigures", text: " " }, ALICE))).toBe("empty-text");
    expect(refusal(() => addItemFromPassage(s, { ...p, section: "positions", text: "Offer is final" }, ALICE))).toBe(
      "missing-field",
    );
    expect(
      refusal(() => addItemFromPassage(s, { ...p, section: "timeline", text: "Offer declared final" }, ALICE)),
    ).toBe("missing-field");
    expect(refusal(() => addItemFromPassage(s, { ...p, section: "dealTerms", text: "6% final offer" }, ALICE))).toBe(
      "missing-field",
    );
    const ok = addItemFromPassage(
      s,
      { ...p, section: "dealTerms", text: "6% final offer", dealStatus: "proposed", figures: ["6%", " "] },
      ALICE,
    );
    expect(ok.added[0]).toMatchObject({ dealStatus: "proposed", figures: ["6%"] });
    expect(curationStateSchema.safeParse(ok).success).toBe(true);
  });

  it("refuses adding the same passage twice in the same instant", () => {
    const input = { ...base, ...passage("the authority puts the figure at 2,900") };
    const once = addItemFromPassage(emptyCurationState(), input, ALICE);
    expect(refusal(() => addItemFromPassage(once, input, ALICE))).toBe("duplicate");
  });

  it("lets added items be edited, pinned and removed, but not rejected", () => {
    let state = addItemFromPassage(
      emptyCurationState(),
      { ...base, ...passage("the authority puts the figure at 2,900") },
      ALICE,
    );
    const key = state.added[0]!.key;
    state = editItemText(state, curate(state), key, "Authority: 2,900 strikers", BOB);
    state = pinItem(state, curate(state), key, BOB);
    const item = curate(state).sections.keyFigures[0]!;
    expect(item).toMatchObject({ key, origin: "added", text: "Authority: 2,900 strikers", pinned: true });
    expect(refusal(() => rejectItem(state, curate(state), key, BOB))).toBe("not-generated");
    state = unpinItem(state, curate(state), key, BOB);
    expect(curate(state).sections.keyFigures.at(-1)?.key).toBe(key);
    state = removeAddedItem(state, key);
    expect(state.added).toEqual([]);
    expect(curate(state).sections.keyFigures.map((i) => i.origin)).toEqual(["generated", "generated"]);
  });

  it("refuses to remove an item that was not added by an editor", () => {
    expect(refusal(() => removeAddedItem(emptyCurationState(), STRIKERS))).toBe("not-generated");
  });
});

describe("orphans and summary", () => {
  it("dismisses an orphaned decision, and only an orphaned one", () => {
    let state = acceptItem(emptyCurationState(), curate(emptyCurationState()), VESSELS, ALICE);
    const rebuilt = curate(state, strikeBriefingWithoutS3());
    expect(refusal(() => dismissOrphan(state, rebuilt, STRIKERS))).toBe("unknown-item");
    state = dismissOrphan(state, rebuilt, VESSELS);
    expect(state.items).toEqual({});
    expect(curate(state, strikeBriefingWithoutS3()).orphaned).toEqual([]);
  });

  it("edits and restores the summary, refusing an empty one", () => {
    const c = curate(emptyCurationState());
    expect(refusal(() => editSummary(emptyCurationState(), c, "  ", ALICE))).toBe("empty-text");
    const edited = editSummary(emptyCurationState(), c, "Valmora's port is shut by a pay strike.", ALICE);
    expect(edited.summary).toEqual({
      text: "Valmora's port is shut by a pay strike.",
      basedOn: c.generatedSummary,
      by: "alice",
      at: ALICE.at,
    });
    expect(restoreSummary(edited).summary).toBeUndefined();
    expect(editSummary(edited, c, c.generatedSummary, ALICE).summary).toBeUndefined();
  });
});
