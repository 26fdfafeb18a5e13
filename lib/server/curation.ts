import "server-only";
import { db } from "./db";
import { assertRole, type Actor } from "./authz";
import { recordAudit } from "./audit";
import { DRAFT_VERSION } from "./briefings";
import type { Briefing } from "@/lib/briefing/types";
import {
  applyCuration,
  ConflictError,
  diffBriefings,
  parseCurationState,
  parsePublishedBriefing,
  reconcileState,
  toPublishedBriefing,
  type CuratedBriefing,
  type CurationState,
  type EditorStamp,
  type PublishedBriefing,
} from "@/lib/curation";

export interface DraftView {
  briefingId: string;
  revision: number;
  state: CurationState;
  curated: CuratedBriefing;
  updatedAt: Date;
}

async function loadDraft(storyId: string): Promise<DraftView | null> {
  const [row, included] = await Promise.all([
    db.briefing.findUnique({
      where: { storyId_version: { storyId, version: DRAFT_VERSION } },
      select: { id: true, content: true, decisions: true, revision: true, updatedAt: true },
    }),
    db.source.findMany({ where: { storyId, included: true }, select: { id: true } }),
  ]);
  if (!row) return null;
  const state = parseCurationState(row.decisions);
  const curated = applyCuration(
    row.content as unknown as Briefing,
    state,
    included.map((s) => s.id),
  );
  return { briefingId: row.id, revision: row.revision, state, curated, updatedAt: row.updatedAt };
}

export async function getCuratedDraft(actor: Actor | null, storyId: string): Promise<DraftView | null> {
  assertRole(actor, "EDITOR");
  return loadDraft(storyId);
}

function stampOf(actor: Actor): EditorStamp {
  return { by: actor.name || actor.email, at: new Date().toISOString() };
}

export type CurationChange = (state: CurationState, curated: CuratedBriefing, who: EditorStamp) => CurationState;

/**
 * Applies one editor change to the draft, refusing it when someone saved since the editor loaded
 * the page (optimistic locking on `revision`): the second save of a stale copy never overwrites.
 */
export async function changeCuration(
  actor: Actor | null,
  storyId: string,
  expectedRevision: number,
  change: CurationChange,
  description: string,
): Promise<{ revision: number }> {
  assertRole(actor, "EDITOR");
  const draft = await loadDraft(storyId);
  if (!draft) throw new Error("This story has no briefing yet: add sources first.");
  if (draft.revision !== expectedRevision) throw new ConflictError(expectedRevision, draft.revision);
  const next = reconcileState(change(draft.state, draft.curated, stampOf(actor)), draft.curated);
  const updated = await db.$transaction(async (tx) => {
    const result = await tx.briefing.updateMany({
      where: { id: draft.briefingId, revision: expectedRevision },
      data: { decisions: JSON.parse(JSON.stringify(next)) as object, revision: { increment: 1 } },
    });
    if (result.count === 0) {
      const now = await tx.briefing.findUniqueOrThrow({ where: { id: draft.briefingId }, select: { revision: true } });
      throw new ConflictError(expectedRevision, now.revision);
    }
    await recordAudit(
      actor,
      "briefing.curate",
      { type: "Story", id: storyId },
      { change: description, revision: expectedRevision + 1 },
      tx,
    );
    return expectedRevision + 1;
  });
  return { revision: updated };
}

/** Publishes the curated draft as the next immutable version. */
export async function publishBriefing(actor: Actor | null, storyId: string, expectedRevision: number) {
  assertRole(actor, "EDITOR");
  const draft = await loadDraft(storyId);
  if (!draft) throw new Error("This story has no briefing yet: add sources first.");
  if (draft.revision !== expectedRevision) throw new ConflictError(expectedRevision, draft.revision);
  const published = toPublishedBriefing(draft.curated);
  if (published.sources.length === 0) throw new Error("Include at least one source before publishing.");
  const sources = await db.source.findMany({
    where: { id: { in: published.sources.map((s) => s.id) } },
    select: { id: true, contentHash: true, outlet: true, headline: true, url: true, createdAt: true },
  });
  const sourceRefs = sources.map((s) => ({
    id: s.id,
    contentHash: s.contentHash,
    outlet: s.outlet,
    headline: s.headline,
    url: s.url,
    retrievedAt: s.createdAt.toISOString(),
  }));
  return db.$transaction(async (tx) => {
    // Locks the draft for this publish: a concurrent curation save makes one of the two fail.
    const locked = await tx.briefing.updateMany({
      where: { id: draft.briefingId, revision: expectedRevision },
      data: { revision: { increment: 1 } },
    });
    if (locked.count === 0) throw new ConflictError(expectedRevision, expectedRevision + 1);
    const last = await tx.briefing.findFirst({
      where: { storyId },
      orderBy: { version: "desc" },
      select: { version: true },
    });
    const version = Math.max(last?.version ?? 0, DRAFT_VERSION) + 1;
    const now = new Date();
    const row = await tx.briefing.create({
      data: {
        storyId,
        version,
        status: "PUBLISHED",
        content: JSON.parse(JSON.stringify(published)) as object,
        decisions: JSON.parse(JSON.stringify(draft.state)) as object,
        sourceRefs,
        createdById: actor.id,
        publishedById: actor.id,
        publishedAt: now,
      },
      select: { id: true, version: true },
    });
    await tx.story.update({ where: { id: storyId }, data: { updatedAt: now } });
    await recordAudit(
      actor,
      "briefing.publish",
      { type: "Briefing", id: row.id },
      { storyId, version, sources: sourceRefs.length },
      tx,
    );
    return row;
  });
}

/**
 * Republishes a version, or withdraws it: readers who open a withdrawn version get the withdrawn
 * page (HTTP 410) with `reason`, the editor's explanation.
 */
export async function setVersionPublished(
  actor: Actor | null,
  storyId: string,
  version: number,
  visible: boolean,
  reason?: string,
) {
  assertRole(actor, "EDITOR");
  if (version <= DRAFT_VERSION) throw new Error("Only published versions can be unpublished.");
  return db.$transaction(async (tx) => {
    const row = await tx.briefing.update({
      where: { storyId_version: { storyId, version } },
      data: visible
        ? { status: "PUBLISHED", unpublishedAt: null, withdrawalReason: null }
        : { status: "UNPUBLISHED", unpublishedAt: new Date(), withdrawalReason: reason?.trim() || null },
      select: { id: true, version: true },
    });
    await recordAudit(
      actor,
      visible ? "briefing.publish" : "briefing.unpublish",
      { type: "Briefing", id: row.id },
      visible ? { storyId, version, republished: true } : { storyId, version, republished: false, reason },
      tx,
    );
    return row;
  });
}

export async function listVersions(actor: Actor | null, storyId: string) {
  assertRole(actor, "EDITOR");
  return db.briefing.findMany({
    where: { storyId, version: { gt: DRAFT_VERSION } },
    orderBy: { version: "desc" },
    select: {
      version: true,
      status: true,
      publishedAt: true,
      unpublishedAt: true,
      withdrawalReason: true,
      publishedBy: { select: { name: true, email: true } },
    },
  });
}

export async function diffVersions(actor: Actor | null, storyId: string, from: number, to: number) {
  assertRole(actor, "EDITOR");
  const rows = await db.briefing.findMany({
    where: { storyId, version: { in: [from, to] } },
    select: { version: true, content: true },
  });
  const older = rows.find((r) => r.version === from);
  const newer = rows.find((r) => r.version === to);
  if (!older || !newer || from <= DRAFT_VERSION || to <= DRAFT_VERSION) return null;
  return diffBriefings(parsePublishedBriefing(older.content), parsePublishedBriefing(newer.content));
}

export type { PublishedBriefing };
