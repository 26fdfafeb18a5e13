import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attachTestDatabase } from "./test-database";
import type { Actor } from "./authz";

// The desk's server side on a real (SQLite) database: concurrent edits of different items merge,
// the same item conflicts, publish refuses a stale page, source details are editable and old
// rows get their metadata from the backfill.
const cleanup = attachTestDatabase();
const { db } = await import("./db");
const users = await import("./users");
const stories = await import("./stories");
const sources = await import("./sources");
const curation = await import("./curation");
const { ingestPastedText } = await import("@/lib/ingest");
const { acceptItem, rejectItem, editItemText, isConflictError, BRIEFING_SECTIONS } = await import("@/lib/curation");

// Invented articles about a fictional ferry strike.
const ARTICLES = [
  "PORTOVERDE (AP) — Ferry crews in Portoverde walked off the job on Monday after talks with the Harbour Board collapsed. " +
    "The crews' union demands a 9% pay rise over two years. The Harbour Board said it could offer 4% and would not go further. " +
    "About 800 crew members are on strike, the union said. Mediators are expected on Thursday.",
  "The Portoverde ferry strike entered its second day on Tuesday. Harbour Board chair Lena Ortiz said the 4% offer was final. " +
    "The union says 800 members have stopped work, while the board puts the figure at 650. " +
    "Commuters queued for hours at the bridge, and the union said it would not return before a new offer.",
];

let admin: Actor;
let ana: Actor;
let ben: Actor;
let storyId: string;

beforeAll(async () => {
  const a = await users.createUserAsOperator({
    email: "admin@desk.test",
    name: "Ada",
    role: "ADMIN",
    password: "admin-password-1",
  });
  admin = { id: a.id, email: a.email, name: a.name, role: a.role };
  for (const [name, set] of [
    ["Ana", (x: Actor) => (ana = x)],
    ["Ben", (x: Actor) => (ben = x)],
  ] as const) {
    const u = await users.createUser(admin, {
      email: `${name.toLowerCase()}@desk.test`,
      name,
      role: "EDITOR",
      password: "editor-password-1",
    });
    set({ id: u.id, email: u.email, name: u.name, role: u.role });
  }
  storyId = (await stories.createStory(ana, { title: "Portoverde ferry strike" })).id;
  await sources.addSources(
    ana,
    storyId,
    ARTICLES.map((text) => ingestPastedText({ text })),
  );
});

afterAll(async () => {
  await db.$disconnect();
  cleanup();
});

async function draft() {
  const d = await curation.getCuratedDraft(ana, storyId);
  if (!d) throw new Error("no draft");
  return d;
}

function items(d: Awaited<ReturnType<typeof draft>>) {
  return BRIEFING_SECTIONS.flatMap((s) => d.curated.sections[s]);
}

describe("concurrent editors", () => {
  it("two editors changing different items of one draft both succeed", async () => {
    const loaded = await draft();
    const [first, second] = items(loaded);
    expect(first && second).toBeTruthy();
    // Both pages were loaded at the same revision.
    await curation.changeCuration(
      ana,
      storyId,
      loaded.revision,
      (s, c, w) => acceptItem(s, c, first!.key, w),
      "accept",
      {
        item: { key: first!.key, token: first!.token },
      },
    );
    await curation.changeCuration(
      ben,
      storyId,
      loaded.revision,
      (s, c, w) => rejectItem(s, c, second!.key, w),
      "reject",
      {
        item: { key: second!.key, token: second!.token },
      },
    );
    const now = items(await draft());
    expect(now.find((i) => i.key === first!.key)?.status).toBe("accepted");
    expect(now.find((i) => i.key === second!.key)?.status).toBe("rejected");
  });

  it("a change to an item someone else changed meanwhile is refused, and nothing is overwritten", async () => {
    const loaded = await draft();
    const item = items(loaded).find((i) => i.status === "pending")!;
    await curation.changeCuration(ana, storyId, loaded.revision, (s, c, w) => rejectItem(s, c, item.key, w), "reject", {
      item: { key: item.key, token: item.token },
    });
    const stale = curation.changeCuration(
      ben,
      storyId,
      loaded.revision,
      (s, c, w) => editItemText(s, c, item.key, "Ben's wording of the item.", w),
      "edit",
      { item: { key: item.key, token: item.token } },
    );
    const error = await stale.catch((e: unknown) => e);
    expect(isConflictError(error)).toBe(true);
    expect((error as Error).message).toContain("Another editor changed this item");
    const now = items(await draft()).find((i) => i.key === item.key)!;
    expect(now.status).toBe("rejected");
    expect(now.text).not.toBe("Ben's wording of the item.");
  });

  it("a change without a scope (summary, parties) needs the exact revision", async () => {
    const loaded = await draft();
    await curation.changeCuration(ana, storyId, loaded.revision, (s) => s, "noop");
    const error = await curation
      .changeCuration(ben, storyId, loaded.revision, (s) => s, "noop")
      .catch((e: unknown) => e);
    expect(isConflictError(error)).toBe(true);
  });

  it("publishing from a stale page is refused with a message that says to reload", async () => {
    const loaded = await draft();
    await curation.changeCuration(ana, storyId, loaded.revision, (s) => s, "noop");
    const error = await curation.publishBriefing(ben, storyId, loaded.revision).catch((e: unknown) => e);
    expect(isConflictError(error)).toBe(true);
    expect((error as Error).message).toMatch(/nothing was published.*Reload/s);
  });
});

describe("preview and publish check", () => {
  it("previews exactly the briefing that publishing then stores", async () => {
    const d = await draft();
    const preview = await curation.previewDraft(ana, storyId);
    const check = curation.publishCheck(d.curated, 1);
    expect(check.notReviewed.reduce((n, s) => n + s.count, 0)).toBe(
      items(d).filter((i) => i.status === "pending").length,
    );
    const row = await curation.publishBriefing(ana, storyId, d.revision);
    const stored = await db.briefing.findUniqueOrThrow({ where: { id: row.id }, select: { content: true } });
    expect(stored.content).toEqual(JSON.parse(JSON.stringify(preview?.briefing)));
    expect(preview?.version).toBe(row.version);
  });
});

describe("source metadata", () => {
  it("extracted the wire dateline at upload, and editors correct the fields (the draft names the outlet)", async () => {
    const rows = await db.source.findMany({ where: { storyId }, orderBy: { createdAt: "asc" } });
    expect(rows[0]?.outlet).toBe("Associated Press");
    expect(rows[1]?.outlet).toBeNull();
    await sources.updateSourceMetadata(ana, rows[1]!.id, {
      outlet: "Portoverde Post",
      headline: "Ferry strike enters second day",
      byline: "Lena Brito",
      publishedAt: "2025-05-06",
      url: "https://post.example/ferry",
    });
    const row = await db.source.findUniqueOrThrow({ where: { id: rows[1]!.id } });
    expect(row).toMatchObject({ outlet: "Portoverde Post", byline: "Lena Brito", url: "https://post.example/ferry" });
    expect(row.publishedAt?.toISOString()).toBe("2025-05-06T00:00:00.000Z");
    const d = await draft();
    expect(d.curated.sources.find((s) => s.id === row.id)?.outlet).toBe("Portoverde Post");
    await expect(sources.updateSourceMetadata(ana, row.id, { url: "javascript:alert(1)" })).rejects.toThrow();
  });

  it("the backfill fills empty fields of old rows from their text and never overwrites", async () => {
    const rows = await db.source.findMany({ where: { storyId }, orderBy: { createdAt: "asc" } });
    // An old row: stored before extraction, so its outlet is empty.
    await db.source.update({ where: { id: rows[0]!.id }, data: { outlet: null } });
    await expect(sources.backfillSourceMetadata(ana)).rejects.toThrow(/administrators/);
    const dry = await sources.backfillSourceMetadata(admin, { dryRun: true });
    expect(dry.updated.map((u) => u.id)).toEqual([rows[0]!.id]);
    expect((await db.source.findUniqueOrThrow({ where: { id: rows[0]!.id } })).outlet).toBeNull();
    await sources.backfillSourceMetadata(admin);
    expect((await db.source.findUniqueOrThrow({ where: { id: rows[0]!.id } })).outlet).toBe("Associated Press");
    expect((await db.source.findUniqueOrThrow({ where: { id: rows[1]!.id } })).outlet).toBe("Portoverde Post");
  });
});
