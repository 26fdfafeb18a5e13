import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attachTestDatabase } from "./test-database";
import type { Actor } from "./authz";

const cleanup = attachTestDatabase();
const { db } = await import("./db");
const users = await import("./users");
const stories = await import("./stories");
const sources = await import("./sources");
const briefings = await import("./briefings");
const { ingestPastedText, ingestFile } = await import("@/lib/ingest");
const { AuthorizationError } = await import("./authz");

const DEMO_DIR = path.resolve(import.meta.dirname, "../../prisma/seed/doha-withdrawal");
const demoFiles = fs.readdirSync(DEMO_DIR).filter((f) => f.endsWith(".txt"));

let admin: Actor;
let editor: Actor;

beforeAll(async () => {
  const a = await users.createUserAsOperator({
    email: "Admin@Example.org",
    name: "Ada",
    role: "ADMIN",
    password: "admin-password-1",
  });
  admin = { id: a.id, email: a.email, name: a.name, role: a.role };
  const e = await users.createUser(admin, {
    email: "ed@example.org",
    name: "Ed",
    role: "EDITOR",
    password: "editor-password-1",
  });
  editor = { id: e.id, email: e.email, name: e.name, role: e.role };
});

afterAll(async () => {
  await db.$disconnect();
  cleanup();
});

describe("users", () => {
  it("stores an argon2id hash, never the password, and normalises the email", async () => {
    const row = await db.user.findUniqueOrThrow({ where: { email: "admin@example.org" } });
    expect(row.passwordHash.startsWith("$argon2id$")).toBe(true);
    expect(row.passwordHash).not.toContain("admin-password-1");
  });

  it("checks credentials: right, wrong, unknown and disabled", async () => {
    expect((await users.checkCredentials("ed@example.org", "editor-password-1")).ok).toBe(true);
    expect(await users.checkCredentials("ed@example.org", "wrong-password")).toEqual({ ok: false, reason: "invalid" });
    expect(await users.checkCredentials("nobody@example.org", "editor-password-1")).toEqual({
      ok: false,
      reason: "invalid",
    });
    const d = await users.createUser(admin, {
      email: "gone@example.org",
      name: "Gone",
      role: "EDITOR",
      password: "gone-password-1",
    });
    await users.setUserDisabled(admin, d.id, true);
    expect(await users.checkCredentials("gone@example.org", "gone-password-1")).toEqual({
      ok: false,
      reason: "disabled",
    });
    expect(await users.findActiveActor(d.id, 0)).toBeNull();
  });

  it("lets only admins create, list and disable users, and refuses duplicates and weak passwords", async () => {
    await expect(
      users.createUser(editor, { email: "x@example.org", name: "X", role: "EDITOR", password: "long-enough-1" }),
    ).rejects.toBeInstanceOf(AuthorizationError);
    await expect(users.listUsers(null)).rejects.toBeInstanceOf(AuthorizationError);
    await expect(users.setUserDisabled(editor, admin.id, true)).rejects.toBeInstanceOf(AuthorizationError);
    await expect(users.setUserDisabled(admin, admin.id, true)).rejects.toThrow("your own account");
    await expect(
      users.createUser(admin, { email: "ED@example.org", name: "Dup", role: "EDITOR", password: "long-enough-1" }),
    ).rejects.toBeInstanceOf(users.DuplicateUserError);
    await expect(
      users.createUser(admin, { email: "y@example.org", name: "Y", role: "EDITOR", password: "short" }),
    ).rejects.toThrow();
    const list = await users.listUsers(admin);
    expect(list.some((u) => "passwordHash" in u)).toBe(false);
  });
});

describe("stories and sources", () => {
  it("refuses anonymous callers and makes unique slugs", async () => {
    await expect(stories.createStory(null, { title: "Anything" })).rejects.toBeInstanceOf(AuthorizationError);
    const a = await stories.createStory(editor, { title: "Strike at the port: día 2" });
    const b = await stories.createStory(editor, { title: "Strike at the port: día 2" });
    expect(a.slug).toBe("strike-at-the-port-dia-2");
    expect(b.slug).toBe("strike-at-the-port-dia-2-2");
    await expect(stories.createStory(editor, { title: "  " })).rejects.toThrow();
  });

  it("stores a batch in one go, refuses duplicates, keeps the text byte-for-byte and rebuilds the briefing", async () => {
    const story = await stories.createStory(editor, { title: "US and Israel recall negotiators" });
    const ingested = await Promise.all(
      demoFiles.map(async (name) =>
        ingestFile({ name, bytes: new Uint8Array(fs.readFileSync(path.join(DEMO_DIR, name))) }),
      ),
    );
    const duplicateInBatch = ingested[0]!;
    const result = await sources.addSources(editor, story.id, [...ingested, duplicateInBatch]);
    expect(result.added).toHaveLength(5);
    expect(result.refused).toHaveLength(1);
    expect(result.refused[0]!.reason).toContain("same text as");

    const stored = await db.source.findMany({ where: { storyId: story.id }, orderBy: { createdAt: "asc" } });
    expect(stored).toHaveLength(5);
    for (const row of stored) {
      const original = fs.readFileSync(path.join(DEMO_DIR, row.fileName!), "utf8");
      expect(row.originalText).toBe(original);
      expect(row.origin).toBe("FILE");
      expect(row.uploadedById).toBe(editor.id);
    }

    const again = await sources.addSources(editor, story.id, [ingested[1]!]);
    expect(again.added).toHaveLength(0);
    expect(again.refused).toHaveLength(1);

    const draft = await briefings.getDraftBriefing(editor, story.id);
    expect(draft?.content.sources).toHaveLength(5);
    expect(draft?.content.positions.length).toBeGreaterThan(0);

    const listed = await stories.listStories(editor);
    expect(listed[0]!.id).toBe(story.id); // newest first
    expect(listed[0]!.sourceCount).toBe(5);

    const audit = await db.auditEvent.findMany({ where: { action: "source.add", actorId: editor.id } });
    expect(audit.length).toBeGreaterThanOrEqual(5);
  });

  it("excluding a source rebuilds the briefing without it, including brings it back", async () => {
    const story = await stories.createStory(editor, { title: "Council budget vote" });
    const texts = [
      "The city council voted 7 to 2 on Monday to approve the transit budget. Mayor Ana Ruiz said the plan would add 40 buses.",
      "Council members approved the transit budget on Monday by a vote of 7 to 2, officials said. The budget adds 40 buses.",
    ];
    const result = await sources.addSources(
      editor,
      story.id,
      texts.map((text, i) => ingestPastedText({ text, outlet: `Outlet ${i + 1}` })),
    );
    const [first] = result.added;
    await sources.setSourceIncluded(editor, first!.id, false);
    let draft = await briefings.getDraftBriefing(editor, story.id);
    expect(draft?.content.sources.map((s) => s.id)).not.toContain(first!.id);
    await sources.setSourceIncluded(editor, first!.id, true);
    draft = await briefings.getDraftBriefing(editor, story.id);
    expect(draft?.content.sources.map((s) => s.id)).toContain(first!.id);
    await expect(sources.setSourceIncluded(null, first!.id, false)).rejects.toBeInstanceOf(AuthorizationError);
  });

  it("stores nothing when the transaction fails part-way", async () => {
    const story = await stories.createStory(editor, { title: "Atomic batch" });
    const good = ingestPastedText({
      text: "A perfectly fine article text about a harbour strike that lasted two days.",
    });
    const broken = {
      ...ingestPastedText({ text: "Another article about the strike, with a date that cannot be stored." }),
      publishedAt: "not a date",
    };
    await expect(sources.addSources(editor, story.id, [good, broken])).rejects.toThrow();
    expect(await db.source.count({ where: { storyId: story.id } })).toBe(0);
  });
});
