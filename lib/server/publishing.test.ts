import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attachTestDatabase } from "./test-database";
import type { Actor } from "./authz";

const cleanup = attachTestDatabase();
const { db } = await import("./db");
const users = await import("./users");
const stories = await import("./stories");
const sources = await import("./sources");
const curation = await import("./curation");
const published = await import("./published");
const { ingestPastedText } = await import("@/lib/ingest");
const { acceptItem, rejectItem, editItemText, isConflictError } = await import("@/lib/curation");

let editor: Actor;
let storyId: string;
let slug: string;

const ARTICLES = [
  'The port workers\' union said on Monday it would strike for 48 hours from Wednesday unless the operator raised wages by 6%. The operator said it had offered 3% and would not go further. "We will not accept less than six percent," union leader Maria Costa said. It is unclear whether the government will intervene.',
  'Dock workers will walk out for 48 hours from Wednesday, their union said on Monday, after talks on a 6% pay rise failed. The port operator said its 3% offer was final. Union leader Maria Costa said: "We will not accept less than six percent." Officials did not say whether ministers would step in.',
  "A 48-hour strike at the port is due to begin on Wednesday. The union wants a 6% raise; the operator has offered 3%. The transport ministry declined to comment on whether it would mediate.",
];

beforeAll(async () => {
  const u = await users.createUserAsOperator({
    email: "pub@example.org",
    name: "Pat Publisher",
    role: "EDITOR",
    password: "publisher-pass-1",
  });
  editor = { id: u.id, email: u.email, name: u.name, role: u.role };
  const story = await stories.createStory(editor, { title: "Port strike" });
  storyId = story.id;
  slug = story.slug;
  await sources.addSources(
    editor,
    storyId,
    ARTICLES.map((text, i) => ingestPastedText({ text, outlet: `Outlet ${String.fromCharCode(65 + i)}` })),
  );
});

afterAll(async () => {
  await db.$disconnect();
  cleanup();
});

function firstItem(view: Awaited<ReturnType<typeof curation.getCuratedDraft>>) {
  const all = Object.values(view!.curated.sections).flat();
  expect(all.length).toBeGreaterThan(1);
  return all;
}

describe("curating and publishing", () => {
  it("nothing is public before publishing", async () => {
    expect(await published.getPublishedBriefing(slug)).toBeNull();
    expect((await published.listPublishedBriefings()).map((b) => b.slug)).not.toContain(slug);
  });

  it("refuses a stale save with a conflict and loses nothing", async () => {
    const view = await curation.getCuratedDraft(editor, storyId);
    const [a, b] = firstItem(view);
    const { revision } = await curation.changeCuration(
      editor,
      storyId,
      view!.revision,
      (s, c, who) => acceptItem(s, c, a!.key, who),
      "accept",
    );
    expect(revision).toBe(view!.revision + 1);
    // A second editor still holding the old revision:
    const stale = curation.changeCuration(
      editor,
      storyId,
      view!.revision,
      (s, c, who) => rejectItem(s, c, b!.key, who),
      "reject",
    );
    await expect(stale).rejects.toSatisfy(isConflictError);
    const after = await curation.getCuratedDraft(editor, storyId);
    const items = Object.values(after!.curated.sections).flat();
    expect(items.find((i) => i.key === a!.key)?.status).toBe("accepted");
    expect(items.find((i) => i.key === b!.key)?.status).toBe("pending");
  });

  it("publishes the curated briefing: edited wording in, rejected items and drafts out", async () => {
    let view = await curation.getCuratedDraft(editor, storyId);
    const items = firstItem(view);
    const rejected = items[0]!;
    const edited = items[1]!;
    const rev = (
      await curation.changeCuration(
        editor,
        storyId,
        view!.revision,
        (s, c, who) => rejectItem(s, c, rejected.key, who),
        "reject",
      )
    ).revision;
    await curation.changeCuration(
      editor,
      storyId,
      rev,
      (s, c, who) => editItemText(s, c, edited.key, "The desk's own careful wording of this item.", who),
      "edit",
    );
    view = await curation.getCuratedDraft(editor, storyId);
    const v1 = await curation.publishBriefing(editor, storyId, view!.revision);
    expect(v1.version).toBe(1);

    const page = await published.getPublishedBriefing(slug);
    expect(page?.version).toBe(1);
    const texts = Object.entries(page!.briefing)
      .filter(([k]) =>
        ["positions", "dealTerms", "keyFigures", "openQuestions", "discrepancies", "timeline"].includes(k),
      )
      .flatMap(([, v]) => (v as { text: string }[]).map((i) => i.text));
    expect(texts).toContain("The desk's own careful wording of this item.");
    expect(texts).not.toContain(rejected.text);
    expect(page!.sources).toHaveLength(3);
    expect(page!.sources.every((s) => s.text && s.contentHash.length === 64)).toBe(true);

    const row = await db.briefing.findUniqueOrThrow({ where: { storyId_version: { storyId, version: 1 } } });
    expect(row.status).toBe("PUBLISHED");
    expect(row.sourceRefs).toHaveLength(3);

    // Later draft changes do not leak into the published version.
    view = await curation.getCuratedDraft(editor, storyId);
    await curation.changeCuration(
      editor,
      storyId,
      view!.revision,
      (s, c, who) => editItemText(s, c, edited.key, "Draft wording nobody published yet.", who),
      "edit",
    );
    const again = await published.getPublishedBriefing(slug);
    expect(JSON.stringify(again!.briefing)).not.toContain("Draft wording nobody published yet.");
  });

  it("numbers versions, diffs them, and hides unpublished ones from readers", async () => {
    const view = await curation.getCuratedDraft(editor, storyId);
    const v2 = await curation.publishBriefing(editor, storyId, view!.revision);
    expect(v2.version).toBe(2);
    const diff = await curation.diffVersions(editor, storyId, 1, 2);
    expect(diff?.hasChanges).toBe(true);
    expect(JSON.stringify(diff)).toContain("Draft wording nobody published yet.");

    await curation.setVersionPublished(editor, storyId, 2, false);
    expect((await published.getPublishedBriefing(slug))?.version).toBe(1);
    expect(await published.getPublishedBriefing(slug, 2)).toBeNull();
    expect(await published.getPublishedBriefing(slug, 0)).toBeNull(); // the draft is never public
    await curation.setVersionPublished(editor, storyId, 1, false);
    expect(await published.getPublishedBriefing(slug)).toBeNull();
    await curation.setVersionPublished(editor, storyId, 2, true);
    expect((await published.getPublishedBriefing(slug))?.version).toBe(2);

    const versions = await curation.listVersions(editor, storyId);
    expect(versions.map((v) => [v.version, v.status])).toEqual([
      [2, "PUBLISHED"],
      [1, "UNPUBLISHED"],
    ]);
    const audit = await db.auditEvent.findMany({
      where: { action: { in: ["briefing.publish", "briefing.unpublish"] } },
    });
    expect(audit.length).toBeGreaterThanOrEqual(5);
  });

  it("refuses anonymous curation and publishing", async () => {
    await expect(curation.publishBriefing(null, storyId, 0)).rejects.toThrow("signed in");
    await expect(curation.getCuratedDraft(null, storyId)).rejects.toThrow("signed in");
  });
});
