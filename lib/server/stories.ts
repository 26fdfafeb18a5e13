import "server-only";
import { z } from "zod";
import { db } from "./db";
import { assertRole, type Actor } from "./authz";
import { recordAudit } from "./audit";

export const storyInputSchema = z.object({
  title: z
    .string()
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

export async function listStories(actor: Actor | null) {
  assertRole(actor, "EDITOR");
  const stories = await db.story.findMany({
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      slug: true,
      title: true,
      createdAt: true,
      updatedAt: true,
      createdBy: { select: { name: true } },
      _count: { select: { sources: true } },
      briefings: {
        where: { status: "PUBLISHED" },
        orderBy: { version: "desc" },
        take: 1,
        select: { version: true, publishedAt: true },
      },
    },
  });
  return stories.map(({ _count, briefings, ...story }) => ({
    ...story,
    sourceCount: _count.sources,
    latestPublished: briefings[0] ?? null,
  }));
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
