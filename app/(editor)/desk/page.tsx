import type { Metadata } from "next";
import Link from "next/link";
import { requirePageRole } from "@/lib/server/auth";
import { listStories, STORY_FILTERS, type StoryFilter } from "@/lib/server/stories";
import { CreateStoryForm } from "./create-story-form";

export const metadata: Metadata = { title: "Stories" };

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

const FILTER_LABELS: Record<StoryFilter, string> = {
  all: "All",
  draft: "Not published",
  published: "Published",
  "needs-review": "Needs review",
  archived: "Archived",
};

type Props = { searchParams: Promise<{ denied?: string; deleted?: string; q?: string; filter?: string }> };

export default async function DeskPage({ searchParams }: Props) {
  const actor = await requirePageRole("EDITOR", "/desk");
  const params = await searchParams;
  const filter = (STORY_FILTERS as readonly string[]).includes(params.filter ?? "")
    ? (params.filter as StoryFilter)
    : "all";
  const q = typeof params.q === "string" ? params.q.slice(0, 200) : "";
  const stories = await listStories(actor, { q, filter });
  const filtered = q !== "" || filter !== "all";
  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <section aria-labelledby="stories-heading" className="min-w-0">
        <h1 id="stories-heading" className="font-serif text-3xl font-bold">
          Stories
        </h1>
        {params.denied ? (
          <p
            role="alert"
            className="mt-3 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900"
          >
            That page is for administrators only.
          </p>
        ) : null}
        {params.deleted ? (
          <p
            role="status"
            className="mt-3 rounded-md border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-800"
          >
            The story was deleted. The audit log keeps a record of it.
          </p>
        ) : null}
        <form method="get" role="search" aria-label="Find stories" className="mt-4 flex flex-wrap items-end gap-2">
          <label className="min-w-0 flex-1 text-sm font-medium">
            Search stories
            <input
              type="search"
              name="q"
              defaultValue={q}
              maxLength={200}
              className="mt-1 block w-full rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm"
            />
          </label>
          <label className="text-sm font-medium">
            Show
            <select
              name="filter"
              defaultValue={filter}
              className="mt-1 block rounded-md border border-stone-300 bg-white px-2 py-1.5 text-sm"
            >
              {STORY_FILTERS.map((f) => (
                <option key={f} value={f}>
                  {FILTER_LABELS[f]}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium">
            Apply
          </button>
          {filtered ? (
            <Link href="/desk" className="py-1.5 text-sm underline">
              Clear
            </Link>
          ) : null}
        </form>
        {stories.length === 0 ? (
          <p className="mt-6 rounded-lg border border-dashed border-stone-300 p-8 text-center text-stone-600">
            {filtered
              ? "No story matches. Change the search or the filter."
              : "No stories yet. Create one, then add the outlets' articles about it."}
          </p>
        ) : (
          <ul
            className="mt-6 divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white"
            data-testid="story-list"
          >
            {stories.map((story) => (
              <li key={story.id} className="flex flex-wrap items-center gap-x-4 gap-y-1 px-5 py-4">
                <div className="min-w-0 basis-full sm:flex-1 sm:basis-0">
                  <Link href={`/desk/${story.slug}`} className="break-words font-semibold text-ink hover:underline">
                    {story.title}
                  </Link>
                  <p className="text-xs text-stone-500">
                    Created {dateFormat.format(story.createdAt)} UTC by {story.createdBy.name}
                  </p>
                </div>
                <span
                  className="rounded-full bg-stone-100 px-2.5 py-0.5 text-xs font-medium text-stone-700"
                  data-testid="source-count"
                >
                  {story.sourceCount} {story.sourceCount === 1 ? "source" : "sources"}
                </span>
                {story.notReviewed > 0 ? (
                  <span className="rounded-full bg-amber-100 px-2.5 py-0.5 text-xs font-medium text-amber-900">
                    {story.notReviewed} not reviewed
                  </span>
                ) : null}
                {story.archivedAt ? (
                  <span className="rounded-full bg-stone-200 px-2.5 py-0.5 text-xs text-stone-700">Archived</span>
                ) : null}
                {story.latestPublished ? (
                  <span className="rounded-full bg-green-100 px-2.5 py-0.5 text-xs font-medium text-green-800">
                    v{story.latestPublished.version} published
                  </span>
                ) : (
                  <span className="rounded-full bg-stone-100 px-2.5 py-0.5 text-xs text-stone-600">Not published</span>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <aside>
        <CreateStoryForm />
      </aside>
    </div>
  );
}
