import { describe, expect, it } from "vitest";
import type { Briefing } from "../briefing/types";
import { applyCuration, type CuratedBriefing, type CuratedItem } from "./apply";
import { sectionToken } from "./conflict";
import { diffBriefings, describeDiff } from "./diff";
import { keyBriefing } from "./keys";
import {
  CurationError,
  decideRemaining,
  editItem,
  moveItem,
  rejectItem,
  restoreItem,
  type ItemEditInput,
} from "./operations";
import { listParties, renameParty, splitParty } from "./parties";
import { parseDraftBriefing, toPublishedBriefing } from "./publish";
import { curationStateSchema, emptyCurationState, type CurationState } from "./schema";
import { ALICE, BOB, SOURCE_TEXT, strikeBriefing } from "./test-fixtures";

const keys = keyBriefing(strikeBriefing());
const UNION = keys.positions[0]!.key;
const AUTHORITY = keys.positions[1]!.key;
const OFFER = keys.dealTerms[0]!.key;
const STRIKERS = keys.keyFigures[0]!.key;
const VESSELS = keys.keyFigures[1]!.key;
const DISAGREE = keys.discrepancies[0]!.key;

function curate(state: CurationState, briefing: Briefing = strikeBriefing()): CuratedBriefing {
  return applyCuration(briefing, state);
}

function find(curated: CuratedBriefing, key: string): CuratedItem {
  const item = Object.values(curated.sections)
    .flat()
    .find((i) => i.key === key);
  if (!item) throw new Error(`no item ${key}`);
  return item;
}

/** The edit form as it is submitted when nothing is changed. */
function unchanged(item: CuratedItem): ItemEditInput {
  return {
    text: item.text,
    section: item.section,
    party: item.section === "dealTerms" ? item.proposedBy : item.actor,
    dealStatus: item.dealStatus,
    figures: item.figures,
    when: item.when,
    keepCitations: item.citations.map((_, i) => i),
    addCitations: [],
  };
}

function edit(state: CurationState, key: string, change: Partial<ItemEditInput>, who = ALICE): CurationState {
  const curated = curate(state);
  return editItem(state, curated, key, { ...unchanged(find(curated, key)), ...change }, who);
}

function code(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof CurationError) return e.code;
    throw e;
  }
  return "no error";
}

describe("editing every field of an item", () => {
  it("stores nothing when the form is saved unchanged", () => {
    expect(edit(emptyCurationState(), UNION, {})).toEqual(emptyCurationState());
  });

  it("corrects a position's party and marks only that field", () => {
    const state = edit(emptyCurationState(), UNION, { party: "Valmora Dockers Union" });
    expect(state.items[UNION]?.fields).toEqual({ actor: "Valmora Dockers Union" });
    const item = find(curate(state), UNION);
    expect(item.actor).toBe("Valmora Dockers Union");
    expect(item.editedFields).toEqual(["actor"]);
    expect(item.origin).toBe("edited");
    expect(item.generated?.actor).toBe("Dockworkers' union");
    // The decision stays keyed to the engine's item, so a rebuild keeps it.
    expect(state.items[UNION]?.snapshot.actor).toBe("Dockworkers' union");
    expect(curationStateSchema.parse(state)).toEqual(state);
  });

  it("changes a deal term's status, figures and party, including 'tentative'", () => {
    const state = edit(emptyCurationState(), OFFER, {
      dealStatus: "tentative",
      figures: ["6%", " 2 years ", ""],
      party: "Port Authority of Valmora",
    });
    const item = find(curate(state), OFFER);
    expect(item.dealStatus).toBe("tentative");
    expect(item.figures).toEqual(["6%", "2 years"]);
    expect(item.proposedBy).toBe("Port Authority of Valmora");
    expect(toPublishedBriefing(curate(state)).dealTerms[0]).toMatchObject({
      status: "tentative",
      figures: ["6%", "2 years"],
    });
  });

  it("moves an item to another section, which then needs that section's fields", () => {
    expect(code(() => edit(emptyCurationState(), VESSELS, { section: "timeline" }))).toBe("missing-field");
    const state = edit(emptyCurationState(), VESSELS, { section: "timeline", when: "Tuesday" });
    const curated = curate(state);
    expect(curated.sections.keyFigures.map((i) => i.key)).not.toContain(VESSELS);
    const moved = curated.sections.timeline.at(-1)!;
    expect(moved).toMatchObject({ key: VESSELS, section: "timeline", homeSection: "keyFigures", when: "Tuesday" });
    expect(moved.editedFields).toEqual(["when", "section"]);
    // It can be ordered in its new section like any other item.
    const top = moveItem(state, curated, "timeline", VESSELS, "top");
    expect(curate(top).sections.timeline[0]?.key).toBe(VESSELS);
  });

  it("adds a passage from another source and removes one, verbatim from the stored text", () => {
    const state = edit(emptyCurationState(), AUTHORITY, {
      keepCitations: [1],
      addCitations: [{ sourceId: "s1", sourceText: SOURCE_TEXT.s1, passage: "About  3,400 workers are on strike" }],
    });
    const item = find(curate(state), AUTHORITY);
    expect(item.citations).toEqual([
      { sourceId: "s2", quote: "Port Authority chief Ilan Brevik said the 6% offer was final." },
      { sourceId: "s1", quote: "About 3,400 workers are on strike" },
    ]);
    expect(item.editedFields).toEqual(["citations"]);
  });

  it("refuses a passage that is not in the source, an item without citations, and a one-source disagreement", () => {
    expect(
      code(() =>
        edit(emptyCurationState(), UNION, {
          addCitations: [{ sourceId: "s2", sourceText: SOURCE_TEXT.s2, passage: "The union accepted the offer." }],
        }),
      ),
    ).toBe("citations");
    expect(code(() => edit(emptyCurationState(), UNION, { keepCitations: [] }))).toBe("citations");
    // The disagreement item cites one source; it must cite two to stay in that section.
    expect(code(() => edit(emptyCurationState(), DISAGREE, { text: "Counts differ." }))).toBe("citations");
    const fixed = edit(emptyCurationState(), DISAGREE, {
      addCitations: [{ sourceId: "s1", sourceText: SOURCE_TEXT.s1, passage: "About 3,400 workers are on strike" }],
    });
    expect(new Set(find(curate(fixed), DISAGREE).citations.map((c) => c.sourceId)).size).toBe(2);
  });

  it("a decision keeps the corrections; restoring brings back every engine field", () => {
    const state = edit(emptyCurationState(), UNION, { party: "Dockers", text: "Dockers want 12%." });
    const rejected = rejectItem(state, curate(state), UNION, BOB);
    expect(find(curate(rejected), UNION)).toMatchObject({ actor: "Dockers", status: "rejected" });
    const restored = restoreItem(rejected, curate(rejected), UNION, BOB);
    expect(find(curate(restored), UNION)).toMatchObject({
      actor: "Dockworkers' union",
      status: "pending",
      origin: "generated",
      editedFields: [],
    });
  });
});

describe("parties", () => {
  it("lists the story's parties with their items", () => {
    const parties = listParties(curate(emptyCurationState()));
    expect(parties.map((p) => [p.name, p.itemKeys.length])).toEqual([
      ["Port Authority", 2],
      ["Dockworkers' union", 1],
    ]);
  });

  it("renames a party everywhere and keeps the rename across a rebuild", () => {
    const state = renameParty(
      emptyCurationState(),
      curate(emptyCurationState()),
      "Port Authority",
      "Valmora Port Authority",
    );
    expect(state.parties).toEqual({ "Port Authority": "Valmora Port Authority" });
    const rebuilt = curate(state, strikeBriefing());
    expect(find(rebuilt, AUTHORITY).actor).toBe("Valmora Port Authority");
    expect(find(rebuilt, OFFER).proposedBy).toBe("Valmora Port Authority");
    expect(listParties(rebuilt).map((p) => p.name)).toContain("Valmora Port Authority");
  });

  it("merges two parties by renaming one to the other, and renames a merged party as one", () => {
    let state = renameParty(emptyCurationState(), curate(emptyCurationState()), "Dockworkers' union", "Port Authority");
    expect(listParties(curate(state))).toHaveLength(1);
    state = renameParty(state, curate(state), "Port Authority", "Both sides");
    expect(state.parties).toEqual({ "Dockworkers' union": "Both sides", "Port Authority": "Both sides" });
    expect(listParties(curate(state))[0]).toMatchObject({
      name: "Both sides",
      engineNames: ["Dockworkers' union", "Port Authority"],
    });
  });

  it("splits chosen items off to a new party", () => {
    const state = splitParty(
      emptyCurationState(),
      curate(emptyCurationState()),
      "Port Authority",
      "Ilan Brevik",
      [OFFER],
      ALICE,
    );
    const curated = curate(state);
    expect(find(curated, OFFER).proposedBy).toBe("Ilan Brevik");
    expect(find(curated, AUTHORITY).actor).toBe("Port Authority");
    expect(code(() => splitParty(state, curated, "Port Authority", "X", [], ALICE))).toBe("missing-field");
  });
});

describe("fast curation and concurrency fingerprints", () => {
  it("accepts every remaining item of a section, leaving decided ones alone", () => {
    let state = rejectItem(emptyCurationState(), curate(emptyCurationState()), STRIKERS, BOB);
    state = decideRemaining(state, curate(state), "keyFigures", "accepted", ALICE);
    const figures = curate(state).sections.keyFigures;
    expect(figures.map((i) => i.status)).toEqual(["rejected", "accepted"]);
  });

  it("an item's token changes when that item is decided, and only then", () => {
    const before = curate(emptyCurationState());
    const after = curate(rejectItem(emptyCurationState(), before, STRIKERS, BOB));
    expect(find(after, STRIKERS).token).not.toBe(find(before, STRIKERS).token);
    expect(find(after, VESSELS).token).toBe(find(before, VESSELS).token);
    expect(sectionToken(after, "keyFigures")).not.toBe(sectionToken(before, "keyFigures"));
    expect(sectionToken(after, "positions")).toBe(sectionToken(before, "positions"));
  });
});

describe("version diff of edited fields", () => {
  it("shows a moved item, a party change, a status change and new citations field by field", () => {
    const v1 = toPublishedBriefing(curate(emptyCurationState()));
    let state = edit(emptyCurationState(), VESSELS, { section: "timeline", when: "Tuesday" });
    state = edit(state, UNION, { party: "Dockers" });
    state = edit(state, OFFER, { dealStatus: "agreed" });
    state = edit(state, AUTHORITY, {
      addCitations: [{ sourceId: "s1", sourceText: SOURCE_TEXT.s1, passage: "About 3,400 workers are on strike" }],
    });
    const lines = describeDiff(diffBriefings(v1, toPublishedBriefing(curate(state))));
    expect(lines).toContain(
      "Moved “Shipping lines have diverted 14 vessels away from Valmora.” from Key figures to Timeline",
    );
    expect(lines.some((l) => l.includes("party: Dockworkers' union → Dockers"))).toBe(true);
    expect(lines.some((l) => l.includes("status: proposed → agreed"))).toBe(true);
    expect(lines.some((l) => l.includes("citations: 2 passages from 2 sources → 3 passages from 2 sources"))).toBe(
      true,
    );
  });
});

describe("stored drafts", () => {
  it("are validated when read, like published versions", () => {
    expect(parseDraftBriefing(JSON.parse(JSON.stringify(strikeBriefing())))).toEqual(strikeBriefing());
    const broken = { ...strikeBriefing(), positions: [{ actor: "X", text: "No citations here." }] };
    expect(() => parseDraftBriefing(broken)).toThrow();
  });
});
