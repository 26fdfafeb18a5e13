import "server-only";
import { db } from "./db";
import { assertRole, type Actor } from "./authz";
import { recordAudit } from "./audit";
import type { IngestedSource } from "@/lib/ingest";
import { rebuildDraftInTransaction } from "./briefings";
import { withStoryLock } from "./story-lock";

const ORIGIN = { paste: "PASTE", file: "FILE", url: "URL" } as const;

export interface RefusedSource {
  name: string;
  reason: string;
}

export interface AddSourcesResult {
  added: { id: string; name: string }[];
  refused: RefusedSource[];
}

function displayName(source: IngestedSource): string {
  return source.fileName ?? source.url ?? source.title ?? "The pasted text";
}

/**
 * Stores every source of a batch that is not already in the story and rebuilds the draft, in one
 * transaction under the story's lock: the sources and the draft built from them are saved
 * together or not at all (a crash midway leaves neither), and two uploads to one story, on any
 * app instance, take turns, so the second sees the first's sources. Duplicates (same content
 * hash, in the story or earlier in the batch) are refused and reported by name.
 */
export async function addSources(
  actor: Actor | null,
  storyId: string,
  sources: IngestedSource[],
): Promise<AddSourcesResult> {
  assertRole(actor, "EDITOR");
  const story = await db.story.findUnique({ where: { id: storyId }, select: { id: true } });
  if (!story) throw new Error("That story no longer exists.");

  return withStoryLock(storyId, async (tx) => {
    const existing = await tx.source.findMany({
      where: { storyId, contentHash: { in: sources.map((s) => s.contentHash) } },
      select: { contentHash: true, headline: true, fileName: true, outlet: true },
    });
    const seen = new Map(
      existing.map((s) => [s.contentHash, s.fileName ?? s.headline ?? s.outlet ?? "an earlier source"]),
    );
    const refused: RefusedSource[] = [];
    const fresh: IngestedSource[] = [];
    for (const source of sources) {
      const name = displayName(source);
      const earlier = seen.get(source.contentHash);
      if (earlier) {
        refused.push({
          name,
          reason: `${name} has the same text as ${earlier}, which is already a source of this story.`,
        });
        continue;
      }
      seen.set(source.contentHash, name);
      fresh.push(source);
    }

    const added: { id: string; name: string }[] = [];
    for (const source of fresh) {
      const row = await tx.source.create({
        data: {
          storyId,
          outlet: source.outlet ?? null,
          headline: source.title ?? null,
          byline: source.byline ?? null,
          url: source.url ?? null,
          publishedAt: source.publishedAt ? new Date(source.publishedAt) : null,
          originalText: source.originalText,
          cleanText: source.cleanText,
          contentHash: source.contentHash,
          wordCount: source.wordCount,
          origin: ORIGIN[source.origin],
          fileName: source.fileName ?? null,
          fileType: source.fileType ?? null,
          uploadedById: actor.id,
        },
        select: { id: true },
      });
      added.push({ id: row.id, name: displayName(source) });
      await recordAudit(
        actor,
        "source.add",
        { type: "Source", id: row.id },
        { storyId, origin: source.origin, name: displayName(source), words: source.wordCount },
        tx,
      );
    }
    if (added.length) await rebuildDraftInTransaction(actor, storyId, tx);
    return { added, refused };
  });
}

async function storyOfSource(sourceId: string): Promise<string> {
  const row = await db.source.findUnique({ where: { id: sourceId }, select: { storyId: true } });
  if (!row) throw new Error("That source no longer exists.");
  return row.storyId;
}

export async function setSourceIncluded(actor: Actor | null, sourceId: string, included: boolean) {
  assertRole(actor, "EDITOR");
  return withStoryLock(await storyOfSource(sourceId), async (tx) => {
    const row = await tx.source.update({
      where: { id: sourceId },
      data: { included },
      select: { id: true, storyId: true, story: { select: { slug: true } } },
    });
    await recordAudit(
      actor,
      included ? "source.include" : "source.exclude",
      { type: "Source", id: sourceId },
      { storyId: row.storyId },
      tx,
    );
    await rebuildDraftInTransaction(actor, row.storyId, tx);
    return row;
  });
}

export async function deleteSource(actor: Actor | null, sourceId: string) {
  assertRole(actor, "EDITOR");
  return withStoryLock(await storyOfSource(sourceId), async (tx) => {
    const row = await tx.source.delete({
      where: { id: sourceId },
      select: { id: true, storyId: true, fileName: true, headline: true, story: { select: { slug: true } } },
    });
    await recordAudit(
      actor,
      "source.delete",
      { type: "Source", id: sourceId },
      { storyId: row.storyId, name: row.fileName ?? row.headline },
      tx,
    );
    await rebuildDraftInTransaction(actor, row.storyId, tx);
    return row;
  });
}
