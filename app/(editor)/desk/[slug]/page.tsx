import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { env } from "@/lib/env";
import { requirePageRole } from "@/lib/server/auth";
import { getStoryForEditor } from "@/lib/server/stories";
import { diffVersions, getCuratedDraft, listVersions, publishCheck } from "@/lib/server/curation";
import { BRIEFING_SECTIONS, describeDiff, listParties, sectionToken, type BriefingSection } from "@/lib/curation";
import { AddSourcesPanel } from "@/components/sources/add-sources-panel";
import { SourceList, sourceLabel } from "@/components/sources/source-list";
import type { SourceRef } from "@/components/briefing/item-citations";
import { CurationBoard } from "@/components/curation/curation-board";
import { AddItemFromPassage } from "@/components/curation/add-item-from-passage";
import { PublishPanel, type VersionRow } from "@/components/curation/publish-panel";
import { PartiesPanel, type PartyRow } from "@/components/curation/parties-panel";
import { DeskActionBar } from "@/components/curation/desk-action-bar";
import { StorySettings } from "@/components/stories/story-settings";
import {
  addPastedSourceAction,
  addUrlSourceAction,
  deleteSourceAction,
  deleteStoryAction,
  renameStoryAction,
  setSourceIncludedAction,
  setStoryArchivedAction,
  updateSourceAction,
  uploadFilesAction,
} from "./actions";
import {
  addItemAction,
  curateAction,
  decideSectionAction,
  editItemAction,
  moveItemAction,
  partyAction,
  publishAction,
  setVersionVisibilityAction,
  summaryAction,
} from "./curation-actions";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ from?: string; to?: string }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  return { title: `Story: ${slug}` };
}

function versionParam(value: string | undefined): number | null {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : null;
}

export default async function StoryPage({ params, searchParams }: Props) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const actor = await requirePageRole("EDITOR", `/desk/${slug}`);
  const story = await getStoryForEditor(actor, slug);
  if (!story) notFound();
  const [draft, versions] = await Promise.all([getCuratedDraft(actor, story.id), listVersions(actor, story.id)]);
  const from = versionParam(query.from);
  const to = versionParam(query.to);
  const diff =
    from && to && from !== to ? await diffVersions(actor, story.id, Math.min(from, to), Math.max(from, to)) : null;

  const flagsOf = new Map(draft?.curated.sources.map((s) => [s.id, s.flags]));
  const sourceRefs: SourceRef[] = story.sources.map((s, i) => ({
    id: s.id,
    number: i + 1,
    label: sourceLabel(s, i),
    text: s.originalText,
    outlet: s.outlet,
    flags: flagsOf.get(s.id) ?? [],
  }));
  const includedRefs = sourceRefs.filter((_, i) => story.sources[i]!.included);
  const includedCount = includedRefs.length;
  const versionRows: VersionRow[] = versions.map((v) => ({
    version: v.version,
    status: v.status,
    publishedAt: v.publishedAt?.toISOString() ?? null,
    publishedBy: v.publishedBy?.name ?? null,
    withdrawalReason: v.withdrawalReason,
  }));
  const visibilityActions = Object.fromEntries(
    versions.map((v) => [v.version, setVersionVisibilityAction.bind(null, story.id, v.version)]),
  );
  const curated = draft?.curated;
  const allItems = curated ? BRIEFING_SECTIONS.flatMap((s) => curated.sections[s]) : [];
  const parties: PartyRow[] = curated
    ? listParties(curated).map((p) => ({
        ...p,
        items: p.itemKeys.flatMap((k) => {
          const item = allItems.find((i) => i.key === k);
          return item ? [{ key: k, text: item.text }] : [];
        }),
      }))
    : [];
  const sectionTokens = curated
    ? (Object.fromEntries(BRIEFING_SECTIONS.map((s) => [s, sectionToken(curated, s)])) as Record<
        BriefingSection,
        string
      >)
    : null;
  const check = curated ? publishCheck(curated, (versions[0]?.version ?? 0) + 1) : null;
  const pendingCount = allItems.filter((i) => i.status === "pending").length;

  return (
    <div className="space-y-8">
      {draft && includedCount > 0 ? <DeskActionBar pending={pendingCount} total={allItems.length} /> : null}
      <div>
        <Link href="/desk" className="text-sm text-stone-600 hover:underline">
          ← All stories
        </Link>
        <h1 className="mt-2 break-words font-serif text-3xl font-bold">{story.title}</h1>
        {story.archivedAt ? (
          <p role="note" className="mt-2 rounded-md border border-stone-300 bg-stone-100 px-3 py-1 text-sm">
            This story is archived: it is not in the desk&apos;s list. Restore it from the Story panel.
          </p>
        ) : null}
        <p className="mt-1 text-sm text-stone-600">
          {story.sources.length} {story.sources.length === 1 ? "source" : "sources"}, {includedCount} in the briefing
          {versions[0] ? (
            <>
              {" · "}
              <Link href={`/b/${story.slug}`} className="underline">
                reader page
              </Link>
            </>
          ) : null}
        </p>
      </div>

      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_24rem]">
        <section aria-labelledby="briefing-heading" className="min-w-0">
          <h2 id="briefing-heading" className="text-sm font-semibold uppercase tracking-wide text-accent">
            Briefing draft
          </h2>
          <div className="mt-3">
            {draft && includedCount > 0 && sectionTokens ? (
              <CurationBoard
                curated={draft.curated}
                revision={draft.revision}
                sources={includedRefs}
                parties={parties.map((p) => p.name)}
                sectionTokens={sectionTokens}
                actions={{
                  curate: curateAction.bind(null, story.id),
                  edit: editItemAction.bind(null, story.id),
                  move: moveItemAction.bind(null, story.id),
                  decideSection: decideSectionAction.bind(null, story.id),
                  summary: summaryAction.bind(null, story.id),
                }}
              />
            ) : (
              <p className="rounded-lg border border-dashed border-stone-300 p-8 text-center text-sm text-stone-600">
                The briefing appears here once the story has included sources.
              </p>
            )}
          </div>
        </section>

        <div className="min-w-0 space-y-6">
          <PublishPanel
            check={check}
            slug={story.slug}
            versions={versionRows}
            publishAction={publishAction.bind(null, story.id, draft?.revision ?? 0)}
            visibilityActions={visibilityActions}
            canPublish={!!draft && includedCount > 0}
          />
          {diff ? (
            <section
              aria-labelledby="diff-heading"
              className="rounded-lg border border-stone-200 bg-white p-5 shadow-sm"
              data-testid="version-diff"
            >
              <h2 id="diff-heading" className="text-base font-semibold">
                Changes from v{Math.min(from!, to!)} to v{Math.max(from!, to!)}
              </h2>
              {diff.hasChanges ? (
                <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
                  {describeDiff(diff).map((line, i) => (
                    <li key={i}>{line}</li>
                  ))}
                </ul>
              ) : (
                <p className="mt-2 text-sm text-stone-600">The two versions are the same.</p>
              )}
            </section>
          ) : null}
          <StorySettings
            title={story.title}
            archived={!!story.archivedAt}
            rename={renameStoryAction.bind(null, story.id)}
            setArchived={setStoryArchivedAction.bind(null, story.id)}
            remove={deleteStoryAction.bind(null, story.id)}
          />
          {draft && includedCount > 0 ? (
            <PartiesPanel parties={parties} revision={draft.revision} action={partyAction.bind(null, story.id)} />
          ) : null}
          <AddSourcesPanel
            pasteAction={addPastedSourceAction.bind(null, story.id)}
            uploadAction={uploadFilesAction.bind(null, story.id)}
            urlAction={addUrlSourceAction.bind(null, story.id)}
            maxUploadMb={Math.round((env.MAX_UPLOAD_BYTES / 1024 / 1024) * 10) / 10}
            maxFiles={env.MAX_FILES_PER_UPLOAD}
          />
          <section aria-labelledby="sources-heading">
            <h2 id="sources-heading" className="mb-2 text-base font-semibold">
              Sources
            </h2>
            <SourceList
              sources={story.sources}
              actions={Object.fromEntries(
                story.sources.map((s) => [
                  s.id,
                  {
                    include: setSourceIncludedAction.bind(null, s.id),
                    remove: deleteSourceAction.bind(null, s.id),
                    update: updateSourceAction.bind(null, s.id),
                  },
                ]),
              )}
            />
          </section>
          {draft && includedCount > 0 ? (
            <AddItemFromPassage
              sources={includedRefs}
              parties={parties.map((p) => p.name)}
              revision={draft.revision}
              action={addItemAction.bind(null, story.id)}
            />
          ) : null}
        </div>
      </div>
    </div>
  );
}
