// Fills the outlet, headline, byline and date of sources stored before ingest extracted them,
// from each source's stored text (datelines, "By …", a leading date). Empty fields only.
//   npm run sources:backfill -- [--dry-run]
import { db } from "@/lib/server/db";
import { backfillSourceMetadata } from "@/lib/server/sources";

async function main() {
  const dryRun = process.argv.includes("--dry-run");
  const admin = await db.user.findFirst({
    where: { role: "ADMIN", disabled: false },
    orderBy: { createdAt: "asc" },
    select: { id: true, email: true, name: true, role: true },
  });
  if (!admin) throw new Error("No enabled administrator: create one first (npm run user:create).");
  const result = await backfillSourceMetadata(admin, { dryRun });
  for (const u of result.updated) console.log(`${dryRun ? "would fill" : "filled"} ${u.id}: ${u.fields.join(", ")}`);
  console.log(
    `${result.checked} sources lacked some metadata; ${result.updated.length} ${dryRun ? "would be" : "were"} filled.`,
  );
}

main()
  .then(() => db.$disconnect())
  .catch(async (error: unknown) => {
    console.error("Backfill failed:", error instanceof Error ? error.message : error);
    await db.$disconnect();
    process.exit(1);
  });
