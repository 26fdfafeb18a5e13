// Two app instances on one PostgreSQL database (issue 11, finding 11): sessions, publishing and the
// reader across instances. `.ci/run` runs it after the main suite when PostgreSQL answers on
// 127.0.0.1:5432; the database is created fresh and dropped afterwards (e2e/postgres/teardown.ts).
import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

const PORT = Number(process.env.E2E_PORT ?? 3100);
// The spec derives the same ports from E2E_PORT (e2e/postgres/two-instances.spec.ts).
const PRIMARY_PORT = PORT + 1;
const SECONDARY_PORT = PORT + 2;
// Shared by both servers and the teardown: fixed here, once, for this run.
const database = (process.env.E2E_PG_DB ??= `briefing_desk_e2e_${process.pid}_${Date.now().toString(36)}`);
const server = (role: "primary" | "secondary", port: number) => ({
  command: `bash e2e/serve-postgres.sh ${role} ${port}`,
  url: `http://localhost:${port}/api/health`,
  timeout: 240_000,
  reuseExistingServer: false,
  stdout: "pipe" as const,
  stderr: "pipe" as const,
  env: { E2E_PG_DB: database },
});

export default defineConfig({
  ...base,
  testDir: "e2e/postgres",
  testIgnore: [],
  outputDir: ".tmp/test-results-postgres",
  globalTeardown: "./e2e/postgres/teardown.ts",
  use: { ...base.use, baseURL: `http://localhost:${PRIMARY_PORT}` },
  webServer: [server("primary", PRIMARY_PORT), server("secondary", SECONDARY_PORT)],
});
