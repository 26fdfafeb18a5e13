import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageRole } from "@/lib/server/auth";
import { getStoryForEditor } from "@/lib/server/stories";
import { previewDraft } from "@/lib/server/curation";
import { PublishedBriefingView } from "@/components/reader/published-briefing";

type Props = { params: Promise<{ slug: string }> };

export const metadata: Metadata = { title: "Preview" };

/** The draft rendered by the reader page's own component, as the next version would be published. */
export default async function PreviewPage({ params }: Props) {
  const { slug } = await params;
  const actor = await requirePageRole("EDITOR", `/desk/${slug}/preview`);
  const story = await getStoryForEditor(actor, slug);
  if (!story) notFound();
  const view = await previewDraft(actor, story.id);
  return (
    <div className="space-y-6">
      <div
        role="note"
        className="sticky top-0 z-10 flex flex-wrap items-center gap-3 rounded-md border border-sky-300 bg-sky-50 px-4 py-2 text-sm text-sky-950"
        data-testid="preview-banner"
      >
        <span className="min-w-0 flex-1">
          Preview: this is what readers will see if you publish now{view ? ` (version ${view.version})` : ""}. Nothing
          is public yet; PDF links work once it is published.
        </span>
        <Link href={`/desk/${slug}#publish`} className="font-semibold underline">
          Back to the desk
        </Link>
      </div>
      {view ? (
        <div className="mx-auto max-w-3xl">
          <PublishedBriefingView view={view} pinned={false} />
        </div>
      ) : (
        <p className="rounded-lg border border-dashed border-stone-300 p-8 text-center text-sm text-stone-600">
          There is no draft to preview yet: add sources first.
        </p>
      )}
    </div>
  );
}
