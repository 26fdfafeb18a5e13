import "server-only";
import { db } from "./db";
import { assertRole, type Actor } from "./authz";
import { recordAudit } from "./audit";
import type { PublishedView } from "./published";
import { currentSourceSet, DRAFT_VERSION, rebuildDraftIfStale } from "./briefings";
import { withStoryLock, type Tx } from "./story-lock";
import type { BriefingSection } from "@/lib/briefing/types";
import { UserFacingError } from "@/lib/errors";
import {
  applyCuration,
  ConflictError,
  diffBriefings,
  parseCurationState,
  parseDraftBriefing,
  parsePublishedBriefing,
  reconcileState,
  sectionToken,
  toPublishedBriefing,
  type CuratedBriefing,
  type CurationState,
  type EditorStamp,
  type PublishedBriefing,
} from "@/lib/curation";

export interface DraftView {
  briefingId: string;
  revision: number;
  /** Fingerprint of the sources the draft was built from (briefings.ts `sourceSetOf`). */
  sourceSet: string | null;
  state: CurationState;
  curated: CuratedBriefing;
  updatedAt: Date;
}

async function loadDraft(storyId: string, client: Pick<Tx, "briefing" | "source"> = db): Promise<DraftView | null> {
  const [row, included] = await Promise.all([
    client.briefing.findUnique({
      where: { storyId_version: { storyId, version: DRAFT_VERSION } },
      select: { id: true, content: true, decisions: true, revision: true, sourceSet: true, updatedAt: true },
    }),
    client.source.findMany({ where: { storyId, included: true }, select: { id: true } }),
  ]);
  if (!row) return null;
  const state = parseCurationState(row.decisions);
  const curated = applyCuration(
    parseDraftBriefing(row.content),
    state,
    included.map((s) => s.id),
  );
  return {
    briefingId: row.id,
    revision: row.revision,
    sourceSet: row.sourceSet,
    state,
    curated,
    updatedAt: row.updatedAt,
  };
}

/** The draft as editors see it; a missing or stale draft (sources changed without it) is rebuilt first. */
export async function getCuratedDraft(actor: Actor | null, storyId: string): Promise<DraftView | null> {
  assertRole(actor, "EDITOR");
  await rebuildDraftIfStale(actor, storyId);
  return loadDraft(storyId);
}

/** Refused publishes name what changed, so the editor knows to reload and look before publishing. */
export class DraftChangedError extends ConflictError {
  constructor(expected: number, actual: number, reason: "revision" | "sources") {
    super(
      expected,
      actual,
      reason === "sources"
        ? "The story's sources changed since this draft was built, so nothing was published. Reload the page to see the rebuilt briefing, then publish again."
        : `The draft changed since you loaded it (you had revision ${expected}, it is now revision ${actual}): a source was added or removed, or someone saved a change, so nothing was published. Reload the page, check the draft, then publish again.`,
    );
  }
}

function stampOf(actor: Actor): EditorStamp {
  return { by: actor.name || actor.email, at: new Date().toISOString() };
}

export type CurationChange = (state: CurationState, curated: CuratedBriefing, who: EditorStamp) => CurationState;

/**
 * What a change touches, with the fingerprints the editor's page showed (CuratedItem.token,
 * sectionToken). A change with a scope is merged into a newer draft when what it touches is
 * unchanged; a change without one (summary, parties) needs the exact revision.
 */
export interface ChangeScope {
  item?: { key: string; token: string } | undefined;
  section?: { name: BriefingSection; token: string } | undefined;
}

function scopeUnchanged(curated: CuratedBriefing, scope: ChangeScope): boolean {
  if (!scope.item && !scope.section) return false;
  if (scope.item) {
    const now = Object.values(curated.sections)
      .flat()
      .find((i) => i.key === scope.item?.key);
    if (!now || now.token !== scope.item.token) return false;
  }
  return !scope.section || sectionToken(curated, scope.section.name) === scope.section.token;
}

const ITEM_CONFLICT =
  "Another editor changed this item after you opened the page, so your change was not saved. Reload the item to see theirs; what you typed stays here to apply again.";

/** Audit details of one change: what was done, to which item (by its wording) and section. */
export interface ChangeDescription {
  change: string;
  itemKey?: string | undefined;
  itemText?: string | undefined;
  section?: BriefingSection | undefined;
  detail?: string | undefined;
}

/**
 * Applies one editor change to the draft. Saves are optimistic: the editor's page names the
 * revision it loaded. When the draft moved on since, the change is still applied if the item or
 * section it touches is unchanged (two editors on different items both succeed); otherwise it is
 * refused with a ConflictError and nothing is overwritten.
 */
export async function changeCuration(
  actor: Actor | null,
  storyId: string,
  expectedRevision: number,
  change: CurationChange,
  description: string | ChangeDescription,
  scope: ChangeScope = {},
): Promise<{ revision: number }> {
  assertRole(actor, "EDITOR");
  const details = typeof description === "string" ? { change: description } : description;
  for (let attempt = 0; ; attempt += 1) {
    const draft = await loadDraft(storyId);
    if (!draft) throw new UserFacingError("This story has no briefing yet: add sources first.");
    if (draft.revision !== expectedRevision && !scopeUnchanged(draft.curated, scope)) {
      throw scope.item
        ? new ConflictError(expectedRevision, draft.revision, ITEM_CONFLICT)
        : new ConflictError(expectedRevision, draft.revision);
    }
    const next = reconcileState(change(draft.state, draft.curated, stampOf(actor)), draft.curated);
    const saved = await db.$transaction(async (tx) => {
      const result = await tx.briefing.updateMany({
        where: { id: draft.briefingId, revision: draft.revision },
        data: { decisions: JSON.parse(JSON.stringify(next)) as object, revision: { increment: 1 } },
      });
      if (result.count === 0) return null;
      await recordAudit(
        actor,
        "briefing.curate",
        { type: "Story", id: storyId },
        { ...details, revision: draft.revision + 1 },
        tx,
      );
      return draft.revision + 1;
    });
    if (saved !== null) return { revision: saved };
    // Someone saved between our read and our write: read again and re-check the scope.
    if (attempt >= 2) throw new ConflictError(expectedRevision, draft.revision + 1);
  }
}

/**
 * Publishes the curated draft as the next immutable version, exactly as the editor saw it: the
 * publish names the draft revision (and, when the form sends it, the source set) it was made from,
 * and is refused when the draft or the story's included sources changed since. Runs under the
 * story's lock, so no rebuild can slip in between the check and the new version.
 */
export async function publishBriefing(
  actor: Actor | null,
  storyId: string,
  expectedRevision: number,
  expectedSourceSet?: string,
) {
  assertRole(actor, "EDITOR");
  return withStoryLock(storyId, async (tx) => {
    const draft = await loadDraft(storyId, tx);
    if (!draft) throw new UserFacingError("This story has no briefing yet: add sources first.");
    if (draft.revision !== expectedRevision) throw new DraftChangedError(expectedRevision, draft.revision, "revision");
    const sourceSet = await currentSourceSet(storyId, tx);
    if (draft.sourceSet !== sourceSet || (expectedSourceSet !== undefined && expectedSourceSet !== sourceSet)) {
      throw new DraftChangedError(expectedRevision, draft.revision, "sources");
    }
    const published = toPublishedBriefing(draft.curated);
    if (published.sources.length === 0) throw new UserFacingError("Include at least one source before publishing.");
    const sources = await tx.source.findMany({
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
    // Bumps the draft too: a curation save prepared against the published revision must reload.
    const locked = await tx.briefing.updateMany({
      where: { id: draft.briefingId, revision: expectedRevision },
      data: { revision: { increment: 1 } },
    });
    if (locked.count === 0) throw new DraftChangedError(expectedRevision, expectedRevision + 1, "revision");
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
        sourceSet,
        draftRevision: expectedRevision,
        createdById: actor.id,
        publishedById: actor.id,
        publishedAt: now,
      },
      select: { id: true, version: true },
    });
    await recordAudit(
      actor,
      "briefing.publish",
      { type: "Briefing", id: row.id },
      { storyId, version, sources: sourceRefs.length, draftRevision: expectedRevision },
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
  if (version <= DRAFT_VERSION) throw new UserFacingError("Only published versions can be unpublished.");
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

/**
 * The draft exactly as readers would get it if it were published now: the same published
 * briefing object and source list the reader pages render, numbered as the next version.
 */
export async function previewDraft(actor: Actor | null, storyId: string): Promise<PublishedView | null> {
  assertRole(actor, "EDITOR");
  const [draft, story, last] = await Promise.all([
    loadDraft(storyId),
    db.story.findUnique({ where: { id: storyId }, select: { title: true, slug: true } }),
    db.briefing.findFirst({ where: { storyId }, orderBy: { version: "desc" }, select: { version: true } }),
  ]);
  if (!draft || !story) return null;
  const briefing = toPublishedBriefing(draft.curated);
  // Readers of a later version see what changed since the latest public one.
  const previous = await db.briefing.findFirst({
    where: { storyId, status: "PUBLISHED", version: { gt: DRAFT_VERSION } },
    orderBy: { version: "desc" },
    select: { version: true, content: true },
  });
  const stored = await db.source.findMany({
    where: { id: { in: briefing.sources.map((s) => s.id) } },
    select: {
      id: true,
      contentHash: true,
      originalText: true,
      outlet: true,
      headline: true,
      url: true,
      publishedAt: true,
      createdAt: true,
    },
  });
  const byId = new Map(stored.map((s) => [s.id, s]));
  const version = Math.max(last?.version ?? 0, DRAFT_VERSION) + 1;
  const now = new Date();
  return {
    briefingId: draft.briefingId,
    story,
    version,
    latestVersion: version,
    publishedAt: now,
    publishedBy: actor.name || actor.email,
    briefing,
    sources: briefing.sources.map((s, i) => {
      const row = byId.get(s.id);
      return {
        id: s.id,
        number: i + 1,
        outlet: s.outlet ?? row?.outlet ?? null,
        headline: s.headline ?? row?.headline ?? null,
        url: s.url ?? row?.url ?? null,
        retrievedAt: row?.createdAt.toISOString() ?? null,
        publishedAt: row?.publishedAt?.toISOString() ?? null,
        file: s.file ?? null,
        contentHash: row?.contentHash ?? "",
        words: s.words,
        flags: s.flags,
        text: row?.originalText ?? null,
      };
    }),
    versions: [],
    changes: previous
      ? { since: previous.version, diff: diffBriefings(parsePublishedBriefing(previous.content), briefing) }
      : null,
  };
}

/** What an editor should know before publishing: items nobody reviewed and sections that will be empty. */
export interface PublishCheck {
  nextVersion: number;
  notReviewed: { section: BriefingSection; count: number }[];
  emptySections: BriefingSection[];
}

export function publishCheck(curated: CuratedBriefing, nextVersion: number): PublishCheck {
  const published = toPublishedBriefing(curated);
  const sections = Object.keys(curated.sections) as BriefingSection[];
  return {
    nextVersion,
    notReviewed: sections
      .map((section) => ({ section, count: curated.sections[section].filter((i) => i.status === "pending").length }))
      .filter((s) => s.count > 0),
    emptySections: sections.filter((s) => published[s].length === 0),
  };
}
