import "server-only";
import { z } from "zod";
import { db } from "./db";
import { assertRole, type Actor } from "./authz";
import { recordAudit } from "./audit";
import { DRAFT_VERSION } from "./briefings";
import { UserFacingError } from "@/lib/errors";
import { applyCuration, parseCurationState, parseDraftBriefing } from "@/lib/curation";

export const storyInputSchema = z.object({
  title: z
    .string({ error: "Give the story a title." })
    .trim()
    .min(3, "Give the story a title of at least 3 characters.")
    .max(200, "Keep the title under 200 characters."),
});

export function slugify(title: string): string {
  const base = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/g, "");
  return base || "story";
}

async function uniqueSlug(title: string): Promise<string> {
  const base = slugify(title);
  const taken = await db.story.findMany({
    where: { slug: { startsWith: base } },
    select: { slug: true },
  });
  const slugs = new Set(taken.map((s) => s.slug));
  if (!slugs.has(base)) return base;
  for (let n = 2; ; n++) if (!slugs.has(`${base}-${n}`)) return `${base}-${n}`;
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

/**
 * Creates a story under a slug not yet taken. Two editors creating the same title at once (on one
 * instance or two) both compute the same free slug; the loser of the unique index tries the next
 * one, so both stories are created, on SQLite and PostgreSQL alike.
 */
export async function createStory(actor: Actor | null, input: z.input<typeof storyInputSchema>) {
  assertRole(actor, "EDITOR");
  const { title } = storyInputSchema.parse(input);
  for (let attempt = 1; ; attempt++) {
    const slug = await uniqueSlug(title);
    try {
      return await db.$transaction(async (tx) => {
        const story = await tx.story.create({
          data: { title, slug, createdById: actor.id },
          select: { id: true, slug: true, title: true },
        });
        await recordAudit(actor, "story.create", { type: "Story", id: story.id }, { title, slug }, tx);
        return story;
      });
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= 5) throw error;
    }
  }
}

export const STORY_FILTERS = ["all", "draft", "published", "needs-review", "archived"] as const;
export type StoryFilter = (typeof STORY_FILTERS)[number];

/**
 * The desk's story list, searched by title and filtered: "draft" never published, "published" has a
 * public version, "needs-review" has draft items nobody reviewed yet, "archived" only archived
 * stories (the other filters leave archived stories out).
 */
export async function listStories(actor: Actor | null, opts: { q?: string; filter?: StoryFilter } = {}) {
  assertRole(actor, "EDITOR");
  const filter = opts.filter ?? "all";
  const q = opts.q?.trim().slice(0, 200);
  const stories = await db.story.findMany({
    where: {
      archivedAt: filter === "archived" ? { not: null } : null,
    },
    orderBy: { createdAt: "desc" },
    take: 500,
    select: {
      id: true,
      slug: true,
      title: true,
      createdAt: true,
      updatedAt: true,
      archivedAt: true,
      createdBy: { select: { name: true } },
      _count: { select: { sources: true } },
      briefings: {
        where: { OR: [{ status: "PUBLISHED" }, { version: DRAFT_VERSION }] },
        orderBy: { version: "desc" },
        select: { version: true, status: true, publishedAt: true, content: true, decisions: true },
      },
    },
  });
  // Matched here, not in SQL: case folding differs between SQLite's LIKE and Postgres.
  const needle = q?.toLocaleLowerCase();
  return stories
    .filter((s) => !needle || s.title.toLocaleLowerCase().includes(needle))
    .map(({ _count, briefings, ...story }) => {
      const latest = briefings.find((b) => b.status === "PUBLISHED" && b.version > DRAFT_VERSION) ?? null;
      const draft = briefings.find((b) => b.version === DRAFT_VERSION);
      return {
        ...story,
        sourceCount: _count.sources,
        latestPublished: latest ? { version: latest.version, publishedAt: latest.publishedAt } : null,
        notReviewed: draft ? pendingItems(draft.content, draft.decisions) : 0,
      };
    })
    .filter((s) =>
      filter === "draft"
        ? !s.latestPublished
        : filter === "published"
          ? !!s.latestPublished
          : filter === "needs-review"
            ? s.notReviewed > 0
            : true,
    );
}

function pendingItems(content: unknown, decisions: unknown): number {
  try {
    const curated = applyCuration(parseDraftBriefing(content), parseCurationState(decisions));
    return Object.values(curated.sections)
      .flat()
      .filter((i) => i.status === "pending").length;
  } catch {
    // A draft that does not parse is shown on its own page with the error; the list still loads.
    return 0;
  }
}

export async function renameStory(actor: Actor | null, storyId: string, input: z.input<typeof storyInputSchema>) {
  assertRole(actor, "EDITOR");
  const { title } = storyInputSchema.parse(input);
  return db.$transaction(async (tx) => {
    const before = await tx.story.findUniqueOrThrow({ where: { id: storyId }, select: { title: true } });
    const story = await tx.story.update({
      where: { id: storyId },
      data: { title },
      select: { id: true, slug: true, title: true },
    });
    await recordAudit(actor, "story.rename", { type: "Story", id: storyId }, { from: before.title, title }, tx);
    return story;
  });
}

export async function setStoryArchived(actor: Actor | null, storyId: string, archived: boolean) {
  assertRole(actor, "EDITOR");
  return db.$transaction(async (tx) => {
    const story = await tx.story.update({
      where: { id: storyId },
      data: { archivedAt: archived ? new Date() : null },
      select: { id: true, slug: true, title: true },
    });
    await recordAudit(
      actor,
      archived ? "story.archive" : "story.unarchive",
      { type: "Story", id: storyId },
      { title: story.title },
      tx,
    );
    return story;
  });
}

/** Deletes the story with its sources and every version (published ones too); the audit entry stays. */
export async function deleteStory(actor: Actor | null, storyId: string) {
  assertRole(actor, "EDITOR");
  return db.$transaction(async (tx) => {
    const story = await tx.story.findUnique({
      where: { id: storyId },
      select: { title: true, slug: true, _count: { select: { sources: true, briefings: true } } },
    });
    if (!story) throw new UserFacingError("That story was already deleted.");
    await tx.story.delete({ where: { id: storyId } });
    await recordAudit(
      actor,
      "story.delete",
      { type: "Story", id: storyId },
      { title: story.title, slug: story.slug, sources: story._count.sources, versions: story._count.briefings },
      tx,
    );
    return story;
  });
}

export async function getStoryForEditor(actor: Actor | null, slug: string) {
  assertRole(actor, "EDITOR");
  return db.story.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      title: true,
      createdAt: true,
      archivedAt: true,
      createdBy: { select: { name: true } },
      sources: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          outlet: true,
          headline: true,
          byline: true,
          url: true,
          publishedAt: true,
          wordCount: true,
          origin: true,
          fileName: true,
          fileType: true,
          included: true,
          contentHash: true,
          createdAt: true,
          originalText: true,
          uploadedBy: { select: { name: true } },
        },
      },
    },
  });
}

export type EditorStory = NonNullable<Awaited<ReturnType<typeof getStoryForEditor>>>;

/** The story's slug, for revalidating its pages after a change; null when it is gone. */
export async function storySlug(actor: Actor | null, storyId: string): Promise<string | null> {
  assertRole(actor, "EDITOR");
  const story = await db.story.findUnique({ where: { id: storyId }, select: { slug: true } });
  return story?.slug ?? null;
}
