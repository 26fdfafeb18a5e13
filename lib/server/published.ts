import "server-only";
import { z } from "zod";
import { db } from "./db";
import { storyDates } from "@/lib/reader/story-dates";
import { diffBriefings, parsePublishedBriefing, type BriefingDiff, type PublishedBriefing } from "@/lib/curation";

// Public reads: no role needed, and nothing but PUBLISHED versions ever leaves this module.
// Drafts, unpublished versions and editor decisions are not selected.

const sourceRefsSchema = z.array(
  z.object({
    id: z.string(),
    contentHash: z.string(),
    outlet: z.string().nullable().optional(),
    headline: z.string().nullable().optional(),
    url: z.string().nullable().optional(),
    retrievedAt: z.string().optional(),
    /** When the outlet published the article (ISO 8601); absent in versions published before it was kept. */
    publishedAt: z.string().nullable().optional(),
  }),
);

export interface PublishedSource {
  id: string;
  number: number;
  outlet: string | null;
  headline: string | null;
  url: string | null;
  retrievedAt: string | null;
  /** When the outlet published it (ISO 8601), when known. */
  publishedAt: string | null;
  contentHash: string;
  words: number;
  flags: string[];
  /** The uploaded file's name, only to replace it in engine wording: never shown to readers. */
  file: string | null;
  /** The source text the citations quote, when the stored source still has the published hash. */
  text: string | null;
}

export interface PublishedView {
  briefingId: string;
  story: { title: string; slug: string };
  version: number;
  latestVersion: number;
  publishedAt: Date;
  publishedBy: string;
  briefing: PublishedBriefing;
  sources: PublishedSource[];
  versions: { version: number; publishedAt: Date | null }[];
  /** What changed since the previous public version (absent for the first). */
  changes: { since: number; diff: BriefingDiff } | null;
}

export async function listPublishedBriefings() {
  const stories = await db.story.findMany({
    where: { briefings: { some: { status: "PUBLISHED" } } },
    select: {
      slug: true,
      title: true,
      sources: { where: { included: true }, select: { publishedAt: true } },
      briefings: {
        where: { status: "PUBLISHED" },
        orderBy: { version: "desc" },
        take: 1,
        select: { version: true, publishedAt: true, content: true },
      },
    },
  });
  return stories
    .flatMap((story) => {
      const latest = story.briefings[0];
      if (!latest?.publishedAt) return [];
      const briefing = parsePublishedBriefing(latest.content);
      return [
        {
          slug: story.slug,
          title: story.title,
          version: latest.version,
          publishedAt: latest.publishedAt,
          summary: briefing.summary,
          sourceCount: briefing.sources.length,
          storyDates: storyDates(story.sources.map((s) => s.publishedAt)),
        },
      ];
    })
    .sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime());
}

/** The given published version of a story, or its latest published one; null when not public. */
export async function getPublishedBriefing(slug: string, version?: number): Promise<PublishedView | null> {
  const story = await db.story.findUnique({
    where: { slug },
    select: {
      id: true,
      title: true,
      slug: true,
      briefings: {
        where: { status: "PUBLISHED" },
        orderBy: { version: "desc" },
        select: { version: true, publishedAt: true },
      },
    },
  });
  if (!story || story.briefings.length === 0) return null;
  const wanted = version ?? story.briefings[0]!.version;
  if (!story.briefings.some((b) => b.version === wanted)) return null;
  const row = await db.briefing.findUnique({
    where: { storyId_version: { storyId: story.id, version: wanted } },
    select: {
      id: true,
      version: true,
      status: true,
      publishedAt: true,
      content: true,
      sourceRefs: true,
      publishedBy: { select: { name: true } },
    },
  });
  if (!row || row.status !== "PUBLISHED" || !row.publishedAt) return null;
  const briefing = parsePublishedBriefing(row.content);
  const refs = sourceRefsSchema.parse(row.sourceRefs ?? []);
  const stored = await db.source.findMany({
    where: { id: { in: refs.map((r) => r.id) } },
    select: { id: true, contentHash: true, originalText: true, publishedAt: true },
  });
  const storedById = new Map(stored.map((s) => [s.id, s]));
  const meta = new Map(briefing.sources.map((s) => [s.id, s]));
  const sources: PublishedSource[] = briefing.sources.map((s, i) => {
    const ref = refs.find((r) => r.id === s.id);
    const current = storedById.get(s.id);
    return {
      id: s.id,
      number: i + 1,
      outlet: s.outlet ?? ref?.outlet ?? null,
      headline: s.headline ?? ref?.headline ?? null,
      url: s.url ?? ref?.url ?? null,
      retrievedAt: ref?.retrievedAt ?? null,
      publishedAt: ref?.publishedAt ?? current?.publishedAt?.toISOString() ?? null,
      contentHash: ref?.contentHash ?? current?.contentHash ?? "",
      words: meta.get(s.id)?.words ?? 0,
      flags: meta.get(s.id)?.flags ?? [],
      file: meta.get(s.id)?.file ?? null,
      text: current && ref && current.contentHash === ref.contentHash ? current.originalText : null,
    };
  });
  return {
    briefingId: row.id,
    story: { title: story.title, slug: story.slug },
    version: row.version,
    latestVersion: story.briefings[0]!.version,
    publishedAt: row.publishedAt,
    publishedBy: row.publishedBy?.name ?? "the desk",
    briefing,
    sources,
    versions: story.briefings.map((b) => ({ version: b.version, publishedAt: b.publishedAt })),
    changes: await changesSincePrevious(story.id, row.version, briefing, story.briefings),
  };
}

async function changesSincePrevious(
  storyId: string,
  version: number,
  briefing: PublishedBriefing,
  publicVersions: { version: number }[],
): Promise<PublishedView["changes"]> {
  const previous = publicVersions.find((b) => b.version < version)?.version;
  if (previous === undefined) return null;
  const row = await db.briefing.findUnique({
    where: { storyId_version: { storyId, version: previous } },
    select: { content: true },
  });
  if (!row) return null;
  return { since: previous, diff: diffBriefings(parsePublishedBriefing(row.content), briefing) };
}

export interface WithdrawnView {
  story: { title: string; slug: string };
  version: number;
  withdrawnAt: Date | null;
  reason: string | null;
  /** The latest version still public, if any, for the "read the current version" link. */
  latestPublicVersion: number | null;
}

/**
 * A version the desk took down, for the withdrawn page (HTTP 410): the version given, or for a
 * story without any public version left, its latest withdrawn one. Null when nothing was withdrawn.
 */
export async function getWithdrawnBriefing(slug: string, version?: number): Promise<WithdrawnView | null> {
  const story = await db.story.findUnique({
    where: { slug },
    select: {
      title: true,
      slug: true,
      briefings: {
        where: { version: { gt: 0 }, status: { in: ["PUBLISHED", "UNPUBLISHED"] } },
        orderBy: { version: "desc" },
        select: { version: true, status: true, unpublishedAt: true, withdrawalReason: true },
      },
    },
  });
  if (!story) return null;
  const latestPublic = story.briefings.find((b) => b.status === "PUBLISHED")?.version ?? null;
  const row =
    version === undefined
      ? latestPublic === null
        ? story.briefings.find((b) => b.status === "UNPUBLISHED")
        : undefined
      : story.briefings.find((b) => b.version === version && b.status === "UNPUBLISHED");
  if (!row) return null;
  return {
    story: { title: story.title, slug: story.slug },
    version: row.version,
    withdrawnAt: row.unpublishedAt,
    reason: row.withdrawalReason,
    latestPublicVersion: latestPublic,
  };
}
