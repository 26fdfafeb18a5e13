import { afterAll, describe } from "vitest";
import { defineHardeningSuite } from "./hardening-suite";
import { createPostgresDatabase, postgresReachable } from "./test-postgres";

// The same regressions on PostgreSQL, where transactions really run in parallel on a pool of
// connections (as two app instances do), so the story lock is what serialises the rebuilds.
const available = await postgresReachable();
if (available) {
  const database = await createPostgresDatabase("briefing_desk_hardening");
  process.env.DATABASE_URL = database.url;
  afterAll(async () => {
    // The suite disconnects its client first (its own afterAll runs before this file's).
    await database.drop();
  });
  defineHardeningSuite("PostgreSQL");
} else {
  describe.skip("hardening on PostgreSQL (no server on 127.0.0.1:5432)", () => undefined);
}
