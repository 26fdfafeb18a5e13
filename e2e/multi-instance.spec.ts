import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { test, expect, type Page } from "@playwright/test";

// Two app instances on one PostgreSQL database, as in production behind a load balancer. Each
// keeps its own page cache; a publish or withdrawal on one must reach the other's readers at
// once (lib/reader/cache-sync.mjs: NOTIFY, with the CacheInvalidation table as backstop).
// Skipped, not faked, where no PostgreSQL answers on 127.0.0.1:5432.

const ADMIN_URL = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const root = path.resolve(import.meta.dirname, "..");
const dbName = `briefing_desk_e2e_multi_${process.pid}_${Date.now().toString(36)}`;
const databaseUrl = ADMIN_URL.replace(/\/[^/]*$/, `/${dbName}`);
const basePort = Number(process.env.E2E_PORT ?? 3100) + 11;
const instances = [`http://localhost:${basePort}`, `http://localhost:${basePort + 1}`] as const;
const DEMO_TITLE = "US and Israel recall negotiators from Doha ceasefire talks";
const EDITOR = { email: "multi@e2e.test", password: "multi-password-e2e" };

async function admin(sql: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query(sql);
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

const servers: ChildProcess[] = [];

function env(port: number): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NEXTAUTH_URL: `http://localhost:${port}`,
    NEXTAUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-e2e-secret",
    ADMIN_EMAIL: "multi-admin@e2e.test",
    ADMIN_PASSWORD: "multi-admin-password",
    NEXT_TELEMETRY_DISABLED: "1",
  };
}

function run(args: string[]) {
  const result = spawnSync(process.execPath, args, { cwd: root, env: env(basePort), encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${args.join(" ")}:\n${result.stderr}${result.stdout}`);
}

async function healthy(base: string) {
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // starting
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${base} did not start`);
}

/** The page as a reader of that instance gets it: status, cache state and HTML. */
async function read(base: string, pathname: string) {
  const response = await fetch(`${base}${pathname}`);
  return { status: response.status, cache: response.headers.get("x-nextjs-cache"), html: await response.text() };
}

async function signIn(page: Page, base: string) {
  await page.goto(`${base}/sign-in?callbackUrl=%2Fdesk`);
  await page.getByLabel("Email").fill(EDITOR.email);
  await page.getByLabel("Password").fill(EDITOR.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => url.pathname === "/desk");
}

test.describe("two instances on PostgreSQL", () => {
  test.beforeAll(async () => {
    test.setTimeout(180_000);
    const reachable = await admin("select 1");
    test.skip(!reachable, "no PostgreSQL on 127.0.0.1:5432");
    expect(await admin(`CREATE DATABASE "${dbName}"`)).toBe(true);
    run(["node_modules/prisma/build/index.js", "migrate", "deploy"]);
    run(["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "scripts/seed.ts"]);
    run([
      "node_modules/tsx/dist/cli.mjs",
      "--conditions=react-server",
      "scripts/create-user.ts",
      "--email",
      EDITOR.email,
      "--name",
      "Multi Editor",
      "--role",
      "EDITOR",
      "--password",
      EDITOR.password,
    ]);
    for (const [i] of instances.entries()) {
      const port = basePort + i;
      servers.push(
        // As production runs (npm start): cached reader URLs are answered by server.mjs before Next.
        spawn(process.execPath, ["server.mjs", "-p", String(port)], {
          cwd: root,
          env: env(port),
          stdio: "ignore",
        }),
      );
    }
    await Promise.all(instances.map(healthy));
  });

  test.afterAll(async () => {
    for (const server of servers) server.kill();
    await new Promise((r) => setTimeout(r, 500));
    await admin(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
  });

  test("a publish and a withdrawal on one instance reach the other's cached pages at once", async ({ page }) => {
    test.setTimeout(120_000);
    const [a, b] = instances;
    const home = await read(b, "/");
    const slug = /href="\/b\/([^"/]+)"/.exec(home.html)?.[1];
    expect(slug).toBeTruthy();

    // Both instances have version 1 cached.
    for (const base of instances) {
      await read(base, `/b/${slug}`);
      const cached = await read(base, `/b/${slug}`);
      expect(cached.cache).toBe("HIT");
      expect(cached.html).toMatch(/Briefing · Version (<!-- -->)?1</);
    }

    // Version 2 is published on instance A …
    await signIn(page, a);
    await page.getByRole("link", { name: DEMO_TITLE }).first().click();
    await page.getByRole("button", { name: "Publish new version" }).click();
    // The desk asks for a confirmation first (issue 9).
    await page.getByRole("button", { name: "Publish version 2" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Published version 2." })).toBeVisible();
    const publishedAt = Date.now();

    // … and instance B serves it to its readers within a second, latest page and front page alike.
    await expect
      .poll(async () => (await read(b, `/b/${slug}`)).html, { timeout: 1000, intervals: [50] })
      .toMatch(/Briefing · Version (<!-- -->)?2</);
    const lagMs = Date.now() - publishedAt;
    test.info().annotations.push({ type: "publish reached instance B after", description: `${lagMs} ms` });
    await expect.poll(async () => (await read(b, "/")).html, { timeout: 1000 }).toMatch(/version (<!-- -->)?2</);
    expect((await read(b, `/b/${slug}/v/2`)).status).toBe(200);
    // Version 2 cached on B and answered from its cache, page and PDF, before the withdrawal.
    for (const url of [`/b/${slug}/v/2`, `/b/${slug}/v/2/pdf`]) {
      await read(b, url);
      expect((await read(b, url)).cache, url).toBe("HIT");
    }

    // Withdrawing version 2 on A: B answers 410 for it and falls back to version 1 on latest.
    await page.reload();
    await page.getByTestId("version-history").getByRole("button", { name: "Unpublish version 2" }).click();
    const confirm = page.getByRole("form", { name: "Withdraw version 2" });
    await confirm.getByLabel("Reason shown to readers").fill("Published by mistake.");
    await confirm.getByRole("button", { name: "Withdraw version 2" }).click();
    await expect(page.getByTestId("version-history")).toContainText("withdrawn");
    await expect
      .poll(async () => (await read(b, `/b/${slug}/v/2`)).status, { timeout: 1000, intervals: [50] })
      .toBe(410);
    expect((await read(b, `/b/${slug}/v/2`)).html).toContain("Published by mistake.");
    expect((await read(b, `/b/${slug}/v/2/pdf`)).status).toBe(410);
    const latest = await read(b, `/b/${slug}`);
    expect(latest.html).toMatch(/Briefing · Version (<!-- -->)?1</);
    expect(latest.html).not.toMatch(/Briefing · Version (<!-- -->)?2</);
  });
});
