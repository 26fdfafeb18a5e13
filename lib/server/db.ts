import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "@/prisma/sqlite/generated/client.ts";
import { PrismaClient as PostgresClient } from "@/prisma/postgres/generated/client.ts";
import { env, isPostgresUrl } from "@/lib/env";

// Both generated clients come from the same models (prisma/models.prisma), so they expose the
// same API; the SQLite client's type stands for both.
export type Db = SqliteClient;

function createClient(url: string): Db {
  if (isPostgresUrl(url)) {
    return new PostgresClient({ adapter: new PrismaPg({ connectionString: url }) }) as unknown as Db;
  }
  return new SqliteClient({ adapter: new PrismaBetterSQLite3({ url }) });
}

const globalForDb = globalThis as unknown as { briefingDeskDb?: Db };

export const db: Db = globalForDb.briefingDeskDb ?? createClient(env.DATABASE_URL);
if (env.NODE_ENV !== "production") globalForDb.briefingDeskDb = db;
