// Prisma CLI configuration. The provider follows DATABASE_URL, as the app's client does:
// postgres://… → prisma/postgres, file:… (the default) → prisma/sqlite. Migrations run through the
// WebAssembly schema engine with a driver adapter, because the native engine download is not
// reachable from our machines (docs/decisions/001-foundation.md).
import path from "node:path";
import { defineConfig } from "prisma/config";

const url = process.env.DATABASE_URL ?? "file:./data/briefing-desk.db";
process.env.DATABASE_URL = url;
const isPostgres = /^postgres(ql)?:\/\//.test(url);
const dir = isPostgres ? "postgres" : "sqlite";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", dir, "schema.prisma"),
  migrations: { path: path.join("prisma", dir, "migrations") },
  async adapter() {
    if (isPostgres) {
      const { patchPgCatalogTypes } = await import("./prisma/pg-catalog-patch.ts");
      await patchPgCatalogTypes();
      const { PrismaPg } = await import("@prisma/adapter-pg");
      return new PrismaPg({ connectionString: url });
    }
    const { PrismaBetterSQLite3 } = await import("@prisma/adapter-better-sqlite3");
    return new PrismaBetterSQLite3({ url });
  },
});
