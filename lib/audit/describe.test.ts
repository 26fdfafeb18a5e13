import { describe, expect, it } from "vitest";
import { auditStoryId, describeAuditEvent } from "./describe";

const at = new Date("2025-03-04T16:21:00Z");
const story = { title: "Valmora dock strike", slug: "valmora-dock-strike" };

describe("audit sentences", () => {
  it("says who rejected which item in which story", () => {
    const s = describeAuditEvent(
      {
        action: "briefing.curate",
        actorName: "Ana",
        entityType: "Story",
        entityId: "st1",
        details: {
          change: "reject",
          itemText: "The Port Authority refuses to raise its 6% offer before Thursday's mediation",
          revision: 4,
        },
        createdAt: at,
      },
      story,
    );
    expect(`${s.who} ${s.what} ${s.story?.title}`).toBe(
      "Ana rejected “The Port Authority refuses to raise its 6% offer before Thu…” in Valmora dock strike",
    );
    expect(s.story?.href).toBe("/desk/valmora-dock-strike");
    expect(s.version).toBeUndefined();
  });

  it("links a published version", () => {
    const s = describeAuditEvent(
      {
        action: "briefing.publish",
        actorName: "Ben",
        entityType: "Briefing",
        entityId: "b1",
        details: { storyId: "st1", version: 2 },
        createdAt: at,
      },
      story,
    );
    expect(s.what).toBe("published version 2 of");
    expect(s.version).toEqual({ number: 2, href: "/b/valmora-dock-strike/v/2" });
  });

  it("reads party, bulk and unknown actions sensibly, and finds the story id", () => {
    const party = describeAuditEvent({
      action: "briefing.curate",
      actorEmail: "c@x.org",
      entityType: "Story",
      details: { change: "party-rename", detail: "Boeing Co. → Boeing" },
      createdAt: at,
    });
    expect(`${party.who} ${party.what}`).toBe("c@x.org renamed the party Boeing Co. → Boeing in");
    const bulk = describeAuditEvent({
      action: "briefing.curate",
      entityType: "Story",
      details: { change: "accept-remaining", section: "keyFigures" },
      createdAt: at,
    });
    expect(`${bulk.who} ${bulk.what}`).toBe("The system accepted the remaining items of Key figures in");
    expect(describeAuditEvent({ action: "thing.odd", entityType: "X", createdAt: at }).what).toBe("did thing.odd on");
    expect(auditStoryId({ entityType: "Source", entityId: "so1", details: { storyId: "st9" } })).toBe("st9");
    expect(auditStoryId({ entityType: "Story", entityId: "st3", details: null })).toBe("st3");
  });
});
