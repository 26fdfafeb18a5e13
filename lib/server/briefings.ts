import "server-only";
import { db } from "./db";
import { assertRole, type Actor } from "./authz";
import { recordAudit } from "./audit";
import { buildBriefing } from "@/lib/briefing";
import type { Briefing, SourceInput } from "@/lib/briefing/types";

export const DRAFT_VERSION = 0;

async function loadEngineInput(storyId: string): Promise<{ title: string; sources: SourceInput[] }> {
  const story = await db.story.findUniqueOrThrow({
    where: { id: storyId },
    select: {
      title: true,
      sources: {
        where: { included: true },
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          originalText: true,
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
 * Rebuilds the story's working draft from its included sources. Editor decisions stay on the
 * draft row; they are re-attached to the new items by their stable keys when the draft is read.
 */
export async function rebuildDraftBriefing(actor: Actor | null, storyId: string): Promise<Briefing> {
  assertRole(actor, "EDITOR");
  const input = await loadEngineInput(storyId);
  const briefing = buildBriefing(input.sources, { title: input.title });
  const content = JSON.parse(JSON.stringify(briefing)) as object;
  await db.$transaction(async (tx) => {
    await tx.briefing.upsert({
      where: { storyId_version: { storyId, version: DRAFT_VERSION } },
      create: { storyId, version: DRAFT_VERSION, status: "DRAFT", content, decisions: {}, createdById: actor.id },
      update: { content },
    });
    await recordAudit(actor, "briefing.rebuild", { type: "Story", id: storyId }, { sources: input.sources.length }, tx);
  });
  return briefing;
}

export async function getDraftBriefing(actor: Actor | null, storyId: string) {
  assertRole(actor, "EDITOR");
  const row = await db.briefing.findUnique({
    where: { storyId_version: { storyId, version: DRAFT_VERSION } },
    select: { id: true, content: true, decisions: true, revision: true, updatedAt: true },
  });
  if (!row) return null;
  return { ...row, content: row.content as unknown as Briefing };
}
