import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { env } from "@/lib/env";
import { requirePageRole } from "@/lib/server/auth";
import { getStoryForEditor } from "@/lib/server/stories";
import { getDraftBriefing } from "@/lib/server/briefings";
import { AddSourcesPanel } from "@/components/sources/add-sources-panel";
import { SourceList, sourceLabel } from "@/components/sources/source-list";
import { DraftBriefingView } from "@/components/briefing/draft-briefing-view";
import type { SourceRef } from "@/components/briefing/item-citations";
import { addPastedSourceAction, addUrlSourceAction, uploadFilesAction } from "./actions";

type Params = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { slug } = await params;
  return { title: `Story: ${slug}` };
}

export default async function StoryPage({ params }: Params) {
  const { slug } = await params;
  const actor = await requirePageRole("EDITOR", `/desk/${slug}`);
  const story = await getStoryForEditor(actor, slug);
  if (!story) notFound();
  const draft = await getDraftBriefing(actor, story.id);
  const sourceRefs = new Map<string, SourceRef>(
    story.sources.map((s, i) => [s.id, { id: s.id, number: i + 1, label: sourceLabel(s, i), text: s.originalText }]),
  );
  const includedCount = story.sources.filter((s) => s.included).length;

  return (
    <div className="space-y-8">
      <div>
        <Link href="/desk" className="text-sm text-stone-600 hover:underline">
          ← All stories
        </Link>
        <h1 className="mt-2 font-serif text-3xl font-bold">{story.title}</h1>
        <p className="mt-1 text-sm text-stone-600">
          {story.sources.length} {story.sources.length === 1 ? "source" : "sources"}, {includedCount} in the briefing
        </p>
      </div>

      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_24rem]">
        <section aria-labelledby="briefing-heading" className="min-w-0">
          <h2 id="briefing-heading" className="text-sm font-semibold uppercase tracking-wide text-accent">
            Briefing draft
          </h2>
          <div className="mt-3">
            {draft && includedCount > 0 ? (
              <DraftBriefingView briefing={draft.content} sources={sourceRefs} />
            ) : (
              <p className="rounded-lg border border-dashed border-stone-300 p-8 text-center text-sm text-stone-600">
                The briefing appears here once the story has included sources.
              </p>
            )}
          </div>
        </section>

        <div className="space-y-6">
          <AddSourcesPanel
            pasteAction={addPastedSourceAction.bind(null, story.id)}
            uploadAction={uploadFilesAction.bind(null, story.id)}
            urlAction={addUrlSourceAction.bind(null, story.id)}
            maxUploadMb={Math.round((env.MAX_UPLOAD_BYTES / 1024 / 1024) * 10) / 10}
          />
          <section aria-labelledby="sources-heading">
            <h2 id="sources-heading" className="mb-2 text-base font-semibold">
              Sources
            </h2>
            <SourceList sources={story.sources} />
          </section>
        </div>
      </div>
    </div>
  );
}
