// The reader-facing briefing stored with each published version.
//
// Published: accepted AND pending items. The engine's output is already verified (every item is
// cited verbatim), so an editor who has not got round to every item should not make the story
// lose content; rejecting is the explicit way to keep an item out.
// Not published: rejected items, orphaned decisions (their item no longer exists) and any item
// none of whose citations points to a source still included in the story (e.g. an added item
// whose source was excluded). Citations to excluded sources are dropped from the published copy,
// so a reader never meets a citation whose source is not listed.

import { z } from "zod";
import type { Briefing, BriefingSection, DealTerm, KeyFigure, Position, TimelineEvent } from "../briefing/types";
import type { CuratedBriefing, CuratedItem, ItemOrigin } from "./apply";
import { citationSchema, dealTermStatusSchema } from "./schema";

export type PublishedItem<T> = T & { key: string; origin: ItemOrigin };

export interface PublishedBriefing extends Omit<Briefing, BriefingSection> {
  positions: PublishedItem<Position>[];
  dealTerms: PublishedItem<DealTerm>[];
  keyFigures: PublishedItem<KeyFigure>[];
  openQuestions: PublishedItem<KeyFigure>[];
  discrepancies: PublishedItem<KeyFigure>[];
  timeline: PublishedItem<TimelineEvent>[];
}

function publishable(item: CuratedItem, included: ReadonlySet<string>): CuratedItem | null {
  if (item.status === "rejected") return null;
  const citations = item.citations.filter((c) => included.has(c.sourceId));
  if (citations.length === 0) return null;
  return { ...item, citations };
}

function base(item: CuratedItem): PublishedItem<KeyFigure> {
  return { key: item.key, origin: item.origin, text: item.text, citations: item.citations };
}

export function toPublishedBriefing(curated: CuratedBriefing): PublishedBriefing {
  const included = new Set(curated.includedSourceIds);
  const pick = (section: BriefingSection): CuratedItem[] =>
    curated.sections[section].flatMap((i) => publishable(i, included) ?? []);
  return {
    schemaVersion: 1,
    title: curated.title,
    summary: curated.summary,
    sources: curated.sources.filter((s) => included.has(s.id)),
    // Generated and validated added items always carry these fields; the fallbacks only keep
    // the type honest for hand-edited drafts.
    positions: pick("positions").map((i) => ({ ...base(i), actor: i.actor ?? "" })),
    dealTerms: pick("dealTerms").map((i) => {
      const term: PublishedItem<DealTerm> = {
        ...base(i),
        figures: i.figures ?? [],
        status: i.dealStatus ?? "proposed",
      };
      if (i.proposedBy !== undefined) term.proposedBy = i.proposedBy;
      return term;
    }),
    keyFigures: pick("keyFigures").map(base),
    openQuestions: pick("openQuestions").map(base),
    discrepancies: pick("discrepancies").map(base),
    timeline: pick("timeline").map((i) => ({ ...base(i), when: i.when ?? "" })),
  };
}

const publishedBase = {
  key: z.string().min(1),
  origin: z.enum(["generated", "edited", "added"]),
  text: z.string(),
  citations: z.array(citationSchema),
};

/** Validates a stored published version (e.g. before diffing two of them). */
export const publishedBriefingSchema = z.object({
  schemaVersion: z.literal(1),
  title: z.string(),
  summary: z.string(),
  sources: z.array(
    z.object({
      id: z.string(),
      file: z.string().optional(),
      outlet: z.string().optional(),
      headline: z.string().optional(),
      url: z.string().optional(),
      words: z.number(),
      flags: z.array(z.string()),
    }),
  ),
  positions: z.array(z.object({ ...publishedBase, actor: z.string() })),
  dealTerms: z.array(
    z.object({
      ...publishedBase,
      figures: z.array(z.string()),
      proposedBy: z.string().optional(),
      status: dealTermStatusSchema,
    }),
  ),
  keyFigures: z.array(z.object(publishedBase)),
  openQuestions: z.array(z.object(publishedBase)),
  discrepancies: z.array(z.object(publishedBase)),
  timeline: z.array(z.object({ ...publishedBase, when: z.string() })),
});

export function parsePublishedBriefing(json: unknown): PublishedBriefing {
  return publishedBriefingSchema.parse(json);
}

// Keeps the zod schema and the TypeScript type from drifting apart.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesType: Same<z.output<typeof publishedBriefingSchema>, PublishedBriefing> = true;
void schemaMatchesType;

const draftBase = {
  text: z.string(),
  citations: z.array(citationSchema),
  corroboration: z.number().optional(),
};

/** The engine's briefing as stored in a draft row: validated when read, like published versions. */
export const draftBriefingSchema = z.object({
  schemaVersion: z.literal(1),
  title: z.string(),
  summary: z.string(),
  sources: publishedBriefingSchema.shape.sources,
  positions: z.array(z.object({ ...draftBase, actor: z.string() })),
  dealTerms: z.array(
    z.object({
      ...draftBase,
      figures: z.array(z.string()),
      proposedBy: z.string().optional(),
      status: dealTermStatusSchema,
    }),
  ),
  keyFigures: z.array(z.object(draftBase)),
  openQuestions: z.array(z.object(draftBase)),
  discrepancies: z.array(z.object(draftBase)),
  timeline: z.array(z.object({ ...draftBase, when: z.string() })),
});

export function parseDraftBriefing(json: unknown): Briefing {
  return draftBriefingSchema.parse(json);
}

const draftMatchesType: Same<z.output<typeof draftBriefingSchema>, Briefing> = true;
void draftMatchesType;
