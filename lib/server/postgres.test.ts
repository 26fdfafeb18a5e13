import { afterAll, describe, expect, it } from "vitest";
import { createPostgresDatabase, postgresReachable } from "./test-postgres";

// The production database path: the same data functions against PostgreSQL, with the committed
// Postgres migrations applied by `prisma migrate deploy` (test-postgres.ts).
const available = await postgresReachable();

describe.skipIf(!available)("data layer on PostgreSQL", () => {
  let disconnect: () => Promise<void> = async () => undefined;
  let drop: () => Promise<void> = async () => undefined;

  afterAll(async () => {
    await disconnect();
    await drop();
  });

  it("migrates a fresh database and runs the story → sources → publish → read path", async () => {
    const database = await createPostgresDatabase("briefing_desk_test");
    drop = database.drop;
    const url = database.url;
    process.env.DATABASE_URL = url;
    const { db } = await import("./db");
    disconnect = () => db.$disconnect();
    const users = await import("./users");
    const stories = await import("./stories");
    const sources = await import("./sources");
    const curation = await import("./curation");
    const published = await import("./published");
    const { ingestPastedText } = await import("@/lib/ingest");

    const u = await users.createUserAsOperator({
      email: "pg@example.org",
      name: "Pg Editor",
      role: "EDITOR",
      password: "postgres-pass-1",
    });
    const actor = { id: u.id, email: u.email, name: u.name, role: u.role };
    expect((await users.checkCredentials("pg@example.org", "postgres-pass-1")).ok).toBe(true);
    const story = await stories.createStory(actor, { title: "Harbour strike – día 1" });
    const texts = [
      "The union said on Monday it would strike for 48 hours unless wages rose by 6%. The operator said its 3% offer was final.",
      "Dock workers will strike for 48 hours from Wednesday, their union said, after the operator refused a 6% raise.",
    ];
    const added = await sources.addSources(
      actor,
      story.id,
      texts.map((text, i) => ingestPastedText({ text, outlet: `Outlet ${i + 1}` })),
    );
    expect(added.added).toHaveLength(2);
    const dup = await sources.addSources(actor, story.id, [ingestPastedText({ text: texts[0]! })]);
    expect(dup.refused).toHaveLength(1);

    const draft = await curation.getCuratedDraft(actor, story.id);
    expect(draft).not.toBeNull();
    const v1 = await curation.publishBriefing(actor, story.id, draft!.revision);
    expect(v1.version).toBe(1);
    const view = await published.getPublishedBriefing(story.slug);
    expect(view?.sources.map((s) => s.text)).toEqual(texts);
    expect((await published.listPublishedBriefings()).map((b) => b.slug)).toContain(story.slug);
  });
});
