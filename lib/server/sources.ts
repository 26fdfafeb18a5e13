import "server-only";
import { z } from "zod";
import { db } from "./db";
import { assertRole, type Actor } from "./authz";
import { recordAudit } from "./audit";
import type { IngestedSource } from "@/lib/ingest";
import { rebuildDraftBriefing, rebuildDraftInTransaction } from "./briefings";
import { withStoryLock } from "./story-lock";
import { UserFacingError } from "@/lib/errors";
import { metadataFromText } from "@/lib/ingest/metadata";

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
  if (!story) throw new UserFacingError("That story no longer exists.");

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
  if (!row) throw new UserFacingError("That source no longer exists.");
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

/** The stored text of one included source of the story, which citations are cut from. */
export async function includedSourceText(actor: Actor | null, storyId: string, sourceId: string): Promise<string> {
  assertRole(actor, "EDITOR");
  const source = await db.source.findFirst({
    where: { id: sourceId, storyId, included: true },
    select: { originalText: true },
  });
  if (!source) throw new UserFacingError("That source is not included in this story any more. Reload the page.");
  return source.originalText;
}

export const sourceMetadataSchema = z.object({
  outlet: z.string().trim().max(120, "Keep the outlet under 120 characters.").optional(),
  headline: z.string().trim().max(300, "Keep the headline under 300 characters.").optional(),
  byline: z.string().trim().max(200, "Keep the byline under 200 characters.").optional(),
  url: z
    .string()
    .trim()
    .max(2000, "Keep the address under 2,000 characters.")
    .refine((v) => /^https?:\/\/\S+$/i.test(v), "Enter a web address starting with http:// or https://.")
    .optional(),
  publishedAt: z
    .string()
    .trim()
    .refine((v) => !Number.isNaN(Date.parse(v)), "Enter a date such as 2024-11-05.")
    .optional(),
});

/**
 * Saves the editor's corrections to a source's outlet, headline, byline, address and date. Absent
 * fields are cleared. The draft is rebuilt because the briefing names its sources by outlet.
 */
export async function updateSourceMetadata(
  actor: Actor | null,
  sourceId: string,
  input: z.input<typeof sourceMetadataSchema>,
) {
  assertRole(actor, "EDITOR");
  const data = sourceMetadataSchema.parse(input);
  // Under the story's lock, with the rebuild: the briefing names its sources by outlet.
  return withStoryLock(await storyOfSource(sourceId), async (tx) => {
    const row = await tx.source.update({
      where: { id: sourceId },
      data: {
        outlet: data.outlet ?? null,
        headline: data.headline ?? null,
        byline: data.byline ?? null,
        url: data.url ?? null,
        publishedAt: data.publishedAt ? new Date(data.publishedAt) : null,
      },
      select: { id: true, storyId: true, story: { select: { slug: true } } },
    });
    await recordAudit(actor, "source.edit", { type: "Source", id: sourceId }, { storyId: row.storyId, ...data }, tx);
    await rebuildDraftInTransaction(actor, row.storyId, tx);
    return row;
  });
}

/**
 * For sources stored before metadata extraction existed: fills outlet, headline, byline and date
 * from the stored text's own conventions (datelines, "By …", a leading date). Only empty fields are
 * filled, so an editor's entries are never overwritten. Stories that changed get their draft rebuilt.
 */
export async function backfillSourceMetadata(
  actor: Actor | null,
  opts: { dryRun?: boolean } = {},
): Promise<{ checked: number; updated: { id: string; storyId: string; fields: string[] }[] }> {
  assertRole(actor, "ADMIN");
  const rows = await db.source.findMany({
    where: { OR: [{ outlet: null }, { headline: null }, { byline: null }, { publishedAt: null }] },
    select: {
      id: true,
      storyId: true,
      outlet: true,
      headline: true,
      byline: true,
      publishedAt: true,
      originalText: true,
    },
  });
  const updated: { id: string; storyId: string; fields: string[] }[] = [];
  for (const row of rows) {
    const found = metadataFromText(row.originalText);
    const data: { outlet?: string; headline?: string; byline?: string; publishedAt?: Date } = {};
    if (!row.outlet && found.outlet) data.outlet = found.outlet;
    if (!row.headline && found.headline) data.headline = found.headline;
    if (!row.byline && found.byline) data.byline = found.byline;
    if (!row.publishedAt && found.publishedAt) data.publishedAt = new Date(found.publishedAt);
    const fields = Object.keys(data);
    if (fields.length === 0) continue;
    updated.push({ id: row.id, storyId: row.storyId, fields });
    if (opts.dryRun) continue;
    await db.$transaction(async (tx) => {
      await tx.source.update({ where: { id: row.id }, data });
      await recordAudit(
        actor,
        "source.edit",
        { type: "Source", id: row.id },
        { storyId: row.storyId, backfill: fields },
        tx,
      );
    });
  }
  if (!opts.dryRun) {
    for (const storyId of new Set(updated.map((u) => u.storyId))) await rebuildDraftBriefing(actor, storyId);
  }
  return { checked: rows.length, updated };
}
