import "server-only";
import { createHash } from "node:crypto";
import { db } from "./db";
import { assertRole, type Actor } from "./authz";
import { recordAudit } from "./audit";
import { withStoryLock, type Tx } from "./story-lock";
import { buildBriefing } from "@/lib/briefing";
import type { Briefing, SourceInput } from "@/lib/briefing/types";

export const DRAFT_VERSION = 0;

type Reader = Pick<Tx, "source" | "story">;

/**
 * Fingerprint of a set of sources: sha256 over their ids and content hashes, in id order. A draft
 * records the set it was built from and a published version the set it was made from.
 */
export function sourceSetOf(sources: readonly { id: string; contentHash: string }[]): string {
  const lines = sources.map((s) => `${s.id}:${s.contentHash}`).sort();
  return createHash("sha256").update(lines.join("\n")).digest("hex");
}

/** The included sources' fingerprint as the database holds it now. */
export async function currentSourceSet(storyId: string, client: Reader = db): Promise<string> {
  const rows = await client.source.findMany({
    where: { storyId, included: true },
    select: { id: true, contentHash: true },
  });
  return sourceSetOf(rows);
}

async function loadEngineInput(
  storyId: string,
  client: Reader,
): Promise<{ title: string; sources: SourceInput[]; sourceSet: string }> {
  const story = await client.story.findUniqueOrThrow({
    where: { id: storyId },
    select: {
      title: true,
      sources: {
        where: { included: true },
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          originalText: true,
          contentHash: true,
          outlet: true,
          headline: true,
          url: true,
          publishedAt: true,
          fileName: true,
        },
      },
    },
  });
  return {
    title: story.title,
    sourceSet: sourceSetOf(story.sources),
    sources: story.sources.map((s) => ({
      id: s.id,
      text: s.originalText,
      outlet: s.outlet ?? undefined,
      headline: s.headline ?? undefined,
      url: s.url ?? undefined,
      publishedAt: s.publishedAt?.toISOString(),
      file: s.fileName ?? undefined,
    })),
  };
}

/**
 * Rebuilds the story's working draft from its included sources, inside the caller's locked
 * transaction (withStoryLock). Every rebuild bumps the draft's revision, so an editor who loaded
 * the draft before it cannot publish or save over it unseen. Editor decisions stay on the draft
 * row; they are re-attached to the new items by their stable keys when the draft is read.
 */
export async function rebuildDraftInTransaction(actor: Actor, storyId: string, tx: Tx): Promise<Briefing> {
  const input = await loadEngineInput(storyId, tx);
  const briefing = buildBriefing(input.sources, { title: input.title });
  const content = JSON.parse(JSON.stringify(briefing)) as object;
  const row = await tx.briefing.upsert({
    where: { storyId_version: { storyId, version: DRAFT_VERSION } },
    create: {
      storyId,
      version: DRAFT_VERSION,
      status: "DRAFT",
      content,
      decisions: {},
      sourceSet: input.sourceSet,
      createdById: actor.id,
    },
    update: { content, sourceSet: input.sourceSet, revision: { increment: 1 } },
    select: { revision: true },
  });
  await recordAudit(
    actor,
    "briefing.rebuild",
    { type: "Story", id: storyId },
    { sources: input.sources.length, revision: row.revision },
    tx,
  );
  return briefing;
}

/** Rebuilds the draft on its own, holding the story's lock. */
export async function rebuildDraftBriefing(actor: Actor | null, storyId: string): Promise<Briefing> {
  assertRole(actor, "EDITOR");
  return withStoryLock(storyId, (tx) => rebuildDraftInTransaction(actor, storyId, tx));
}

/**
 * Rebuilds the draft when it is missing or was built from other sources than the story now
 * includes (a crash between the two, or data from before drafts recorded their source set).
 * Checked again under the lock, so two readers do not both rebuild. Returns whether it rebuilt.
 */
export async function rebuildDraftIfStale(actor: Actor | null, storyId: string): Promise<boolean> {
  assertRole(actor, "EDITOR");
  const isStale = async (client: Reader & Pick<Tx, "briefing">) => {
    const [row, set, count] = await Promise.all([
      client.briefing.findUnique({
        where: { storyId_version: { storyId, version: DRAFT_VERSION } },
        select: { sourceSet: true },
      }),
      currentSourceSet(storyId, client),
      client.source.count({ where: { storyId } }),
    ]);
    return row ? row.sourceSet !== set : count > 0;
  };
  if (!(await isStale(db))) return false;
  return withStoryLock(storyId, async (tx) => {
    if (!(await isStale(tx))) return false;
    await rebuildDraftInTransaction(actor, storyId, tx);
    return true;
  });
}

export async function getDraftBriefing(actor: Actor | null, storyId: string) {
  assertRole(actor, "EDITOR");
  const row = await db.briefing.findUnique({
    where: { storyId_version: { storyId, version: DRAFT_VERSION } },
    select: { id: true, content: true, decisions: true, revision: true, sourceSet: true, updatedAt: true },
  });
  if (!row) return null;
  return { ...row, content: row.content as unknown as Briefing };
}
