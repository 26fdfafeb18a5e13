import { spawnSync } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";

// The production database path: the same data functions against PostgreSQL, with the committed
// Postgres migrations applied by `prisma migrate deploy`. Runs where a server answers on
// 127.0.0.1:5432 (CI machines have one); elsewhere it is skipped, not faked.
const ADMIN_URL = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

async function reachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query("select 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

const available = await reachable();
const dbName = `briefing_desk_test_${process.pid}_${Date.now().toString(36)}`;
const root = path.resolve(import.meta.dirname, "../..");

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

describe.skipIf(!available)("data layer on PostgreSQL", () => {
  let disconnect: () => Promise<void> = async () => undefined;

  afterAll(async () => {
    await disconnect();
    await admin(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
  });

  it("migrates a fresh database and runs the story → sources → publish → read path", async () => {
    await admin(`CREATE DATABASE "${dbName}"`);
    const url = ADMIN_URL.replace(/\/[^/]*$/, `/${dbName}`);
    const migrate = spawnSync(
      process.execPath,
      [path.join(root, "node_modules/prisma/build/index.js"), "migrate", "deploy"],
      {
        cwd: root,
        env: { ...process.env, DATABASE_URL: url },
        encoding: "utf8",
      },
    );
    expect(migrate.status, migrate.stderr + migrate.stdout).toBe(0);

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
