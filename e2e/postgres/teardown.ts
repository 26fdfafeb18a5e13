import pg from "pg";

export default async function teardown(): Promise<void> {
  const name = process.env.E2E_PG_DB;
  if (!name) return;
  const client = new pg.Client({
    connectionString: process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres",
  });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
