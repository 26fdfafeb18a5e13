// Integration tests get a fresh SQLite file with the committed migrations applied, so they test
// the schema that production runs.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";

const MIGRATIONS = path.resolve(import.meta.dirname, "../../prisma/sqlite/migrations");

export function createTestDatabase(): { url: string; file: string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "briefing-desk-test-"));
  const file = path.join(dir, "test.db");
  const sqlite = new Database(file);
  for (const name of fs.readdirSync(MIGRATIONS).sort()) {
    const sql = path.join(MIGRATIONS, name, "migration.sql");
    if (fs.existsSync(sql)) sqlite.exec(fs.readFileSync(sql, "utf8"));
  }
  sqlite.close();
  return { url: `file:${file}`, file, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** Points the data layer at a fresh database; call before importing lib/server modules. */
export function attachTestDatabase(): () => void {
  const { url, cleanup } = createTestDatabase();
  process.env.DATABASE_URL = url;
  return cleanup;
}
