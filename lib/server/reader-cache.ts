import "server-only";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { db } from "./db";
import { stalePathsForVersion } from "@/lib/reader/cache-paths";

/**
 * Expires every cached reader URL a publish, unpublish, withdrawal or republish of `version`
 * changed, on this instance and (through the cache handler, lib/reader/cache-sync.mjs) on every
 * other one. Call it from the server action after the change is committed.
 */
export async function refreshReaderPages(storyId: string, version: number): Promise<void> {
  const row = await db.briefing.findFirst({
    where: { storyId, version },
    select: { sourceRefs: true, story: { select: { slug: true } } },
  });
  if (!row) return;
  const sourceCount = z
    .array(z.unknown())
    .catch([])
    .parse(row.sourceRefs ?? []).length;
  for (const path of stalePathsForVersion(row.story.slug, version, sourceCount)) revalidatePath(path);
}
