// Issue 11's data-layer regressions, run on SQLite (hardening.test.ts) and on PostgreSQL
// (hardening.postgres.test.ts). The caller points DATABASE_URL at a fresh, migrated database first.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "./authz";

const ARTICLES = [
  "The port workers' union said on Monday it would strike for 48 hours from Wednesday unless the operator raised wages by 6%. The operator said it had offered 3% and would not go further.",
  "Dock workers will walk out for 48 hours from Wednesday, their union said on Monday, after talks on a 6% pay rise failed. The port operator said its 3% offer was final.",
  "A 48-hour strike at the port is due to begin on Wednesday. The union wants a 6% raise; the operator has offered 3%. The transport ministry declined to comment.",
  "Port managers said cargo would be diverted to two other harbours during the 48-hour strike, which begins on Wednesday.",
  "Shipping lines warned of delays of up to a week after the union confirmed the 48-hour strike at the port from Wednesday.",
  "The harbour master said on Tuesday that ferries would keep running during the strike, which starts on Wednesday.",
];

export function defineHardeningSuite(database: string): void {
  let m: {
    db: typeof import("./db").db;
    users: typeof import("./users");
    stories: typeof import("./stories");
    sources: typeof import("./sources");
    briefings: typeof import("./briefings");
    curation: typeof import("./curation");
    throttle: typeof import("./sign-in-throttle");
    ingestPastedText: typeof import("@/lib/ingest").ingestPastedText;
    isConflictError: typeof import("@/lib/curation").isConflictError;
  };
  let editor: Actor;
  let run = 0;
  const paste = (text: string, outlet: string) => m.ingestPastedText({ text: `${text} (${outlet})`, outlet });

  beforeAll(async () => {
    m = {
      db: (await import("./db")).db,
      users: await import("./users"),
      stories: await import("./stories"),
      sources: await import("./sources"),
      briefings: await import("./briefings"),
      curation: await import("./curation"),
      throttle: await import("./sign-in-throttle"),
      ingestPastedText: (await import("@/lib/ingest")).ingestPastedText,
      isConflictError: (await import("@/lib/curation")).isConflictError,
    };
    const u = await m.users.createUserAsOperator({
      email: "hardening@example.org",
      name: "Hana Hardening",
      role: "EDITOR",
      password: "hardening-pass-1",
    });
    editor = { id: u.id, email: u.email, name: u.name, role: u.role };
  });

  afterAll(async () => {
    await m?.db.$disconnect();
  });

  /** A source row written without the data layer, as a crash after its commit would leave it. */
  async function insertBehindTheDraft(storyId: string, text: string, outlet: string) {
    const s = paste(text, outlet);
    await m.db.source.create({
      data: {
        storyId,
        originalText: s.originalText,
        contentHash: s.contentHash,
        wordCount: s.wordCount,
        origin: "PASTE",
        uploadedById: editor.id,
      },
    });
  }

  async function newStory(title: string) {
    run += 1;
    return m.stories.createStory(editor, { title: `${title} ${run}` });
  }

  describe(`publish integrity (${database})`, () => {
    it("every rebuild bumps the revision, and a publish from an older revision is refused", async () => {
      const story = await newStory("Unseen source");
      await m.sources.addSources(editor, story.id, [paste(ARTICLES[0]!, "A"), paste(ARTICLES[1]!, "B")]);
      const seen = await m.curation.getCuratedDraft(editor, story.id);
      // Another editor adds a source after this one loaded the page.
      await m.sources.addSources(editor, story.id, [paste(ARTICLES[2]!, "C")]);
      const now = await m.curation.getCuratedDraft(editor, story.id);
      expect(now!.revision).toBeGreaterThan(seen!.revision);
      const refused = await m.curation.publishBriefing(editor, story.id, seen!.revision).catch((e: unknown) => e);
      expect(m.isConflictError(refused)).toBe(true);
      expect((refused as Error).message).toMatch(/The draft changed since you loaded it .*nothing was published/i);
      expect(await m.db.briefing.count({ where: { storyId: story.id, version: { gt: 0 } } })).toBe(0);

      const v1 = await m.curation.publishBriefing(editor, story.id, now!.revision, now!.sourceSet ?? undefined);
      const row = await m.db.briefing.findUniqueOrThrow({
        where: { id: v1.id },
        select: { sourceSet: true, draftRevision: true, sourceRefs: true },
      });
      expect(row.draftRevision).toBe(now!.revision);
      expect(row.sourceSet).toBe(now!.sourceSet);
      expect(row.sourceRefs).toHaveLength(3);
    });

    it("a publish naming another source set is refused", async () => {
      const story = await newStory("Other set");
      await m.sources.addSources(editor, story.id, [paste(ARTICLES[0]!, "A")]);
      const draft = await m.curation.getCuratedDraft(editor, story.id);
      const refused = await m.curation
        .publishBriefing(editor, story.id, draft!.revision, "0".repeat(64))
        .catch((e: unknown) => e);
      expect((refused as Error).message).toMatch(/sources changed since this draft was built/);
    });

    it("simultaneous source adds to one story always leave a draft built from all of them", async () => {
      for (let round = 0; round < 4; round += 1) {
        const story = await newStory(`Race ${round}`);
        await m.sources.addSources(editor, story.id, [paste(ARTICLES[0]!, "A")]);
        await Promise.all(
          ARTICLES.slice(1).map((text, i) => m.sources.addSources(editor, story.id, [paste(text, `R${i}`)])),
        );
        const draft = await m.briefings.getDraftBriefing(editor, story.id);
        expect(draft!.content.sources).toHaveLength(ARTICLES.length);
        expect(draft!.sourceSet).toBe(await m.briefings.currentSourceSet(story.id));
      }
    });

    it("racing duplicate uploads get the clear duplicate message, never a database error", async () => {
      const story = await newStory("Duplicate race");
      const results = await Promise.all(
        [1, 2, 3].map(() => m.sources.addSources(editor, story.id, [paste(ARTICLES[3]!, "Same")])),
      );
      expect(results.flatMap((r) => r.added)).toHaveLength(1);
      expect(results.flatMap((r) => r.refused.map((x) => x.reason))).toEqual([
        expect.stringMatching(/same text as .* already a source of this story/),
        expect.stringMatching(/same text as .* already a source of this story/),
      ]);
    });
  });

  describe(`racing creates (${database})`, () => {
    it("three editors creating the same story title at once all get a story, each under its own slug", async () => {
      const created = await Promise.all(
        [1, 2, 3].map(() => m.stories.createStory(editor, { title: "Same title race" })),
      );
      expect(new Set(created.map((s) => s.slug)).size).toBe(3);
    });
  });

  describe(`crash between sources and draft (${database})`, () => {
    it("a draft built from other sources than the story holds is rebuilt when read", async () => {
      const story = await newStory("Crashed upload");
      await m.sources.addSources(editor, story.id, [paste(ARTICLES[0]!, "A")]);
      // What a SIGKILL after the sources' commit and before the rebuild left behind (old code):
      // sources in the table that the draft never saw.
      for (const [i, text] of ARTICLES.slice(1, 4).entries()) await insertBehindTheDraft(story.id, text, `K${i}`);
      const before = await m.briefings.getDraftBriefing(editor, story.id);
      expect(before!.content.sources).toHaveLength(1);
      const draft = await m.curation.getCuratedDraft(editor, story.id);
      expect(draft!.curated.sources).toHaveLength(4);
      expect(draft!.revision).toBeGreaterThan(before!.revision);
    });

    it("sources with no draft at all get one when the story is read", async () => {
      const story = await newStory("No draft");
      await insertBehindTheDraft(story.id, ARTICLES[5]!, "Z");
      const draft = await m.curation.getCuratedDraft(editor, story.id);
      expect(draft?.curated.sources).toHaveLength(1);
    });
  });

  describe(`sign-in throttle in the database (${database})`, () => {
    it("holds back a failing address on the account, never a clean one with the right password", async () => {
      const t = m.throttle;
      const email = `victim-${database}@example.org`;
      const start = new Date("2026-12-01T10:00:00Z");
      for (let i = 0; i < 10; i += 1) await t.recordSignInFailure(email, "203.0.113.9", new Date(start.getTime() + i));
      const later = new Date(start.getTime() + 100);
      expect(await t.checkSignInAllowed(email, "203.0.113.9", later)).toMatchObject({
        allowed: false,
        scope: "account",
      });
      expect(await t.checkSignInAllowed(email, "198.51.100.4", later)).toEqual({ allowed: true });
      // Growing delays: 1 s after the 6th failure, 2 s after the 7th … 16 s after the 10th.
      expect([6, 7, 10].map(t.accountDelayMs)).toEqual([1000, 2000, 16000]);
      expect(await t.checkSignInAllowed(email, "203.0.113.9", new Date(start.getTime() + 16_010))).toEqual({
        allowed: true,
      });
    });

    it("limits one address across many accounts", async () => {
      const t = m.throttle;
      const start = new Date("2026-12-01T11:00:00Z");
      for (let i = 0; i < t.THROTTLE.ADDRESS_LIMIT; i += 1)
        await t.recordSignInFailure(`guess${i}-${database}@example.org`, "192.0.2.77", new Date(start.getTime() + i));
      const decision = await t.checkSignInAllowed(
        "fresh@example.org",
        "192.0.2.77",
        new Date(start.getTime() + 60_000),
      );
      expect(decision).toMatchObject({ allowed: false, scope: "address" });
      expect(await t.checkSignInAllowed("fresh@example.org", "192.0.2.78", new Date(start.getTime() + 60_000))).toEqual(
        { allowed: true },
      );
    });
  });

  describe(`sessions (${database})`, () => {
    it("sign-out, disable, enable and a new password end older sessions", async () => {
      const admin = await m.users.createUserAsOperator({
        email: `sessions-admin-${database}@example.org`,
        name: "Sam Admin",
        role: "ADMIN",
        password: "sessions-admin-1",
      });
      const adminActor: Actor = { id: admin.id, email: admin.email, name: admin.name, role: admin.role };
      const u = await m.users.createUser(adminActor, {
        email: `sessions-${database}@example.org`,
        name: "Sid Session",
        role: "EDITOR",
        password: "sessions-pass-1",
      });
      const version = async () =>
        (await m.db.user.findUniqueOrThrow({ where: { id: u.id }, select: { sessionVersion: true } })).sessionVersion;
      const v0 = await version();
      expect(await m.users.findActiveActor(u.id, v0)).not.toBeNull();
      await m.users.endSessions(u.id, v0);
      expect(await m.users.findActiveActor(u.id, v0)).toBeNull();
      const v1 = await version();
      await m.users.setUserDisabled(adminActor, u.id, true);
      await m.users.setUserDisabled(adminActor, u.id, false);
      expect(await m.users.findActiveActor(u.id, v1)).toBeNull();
      const v2 = await version();
      expect(await m.users.findActiveActor(u.id, v2)).not.toBeNull();
      await m.users.resetPasswordAsOperator(u.email, "sessions-pass-2");
      expect(await m.users.findActiveActor(u.id, v2)).toBeNull();
      const check = await m.users.checkCredentials(u.email, "sessions-pass-2");
      expect(check.ok && check.user.sessionVersion).toBe(await version());
    });
  });
}
