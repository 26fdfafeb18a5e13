import type { Metadata } from "next";
import Link from "next/link";
import { requirePageRole } from "@/lib/server/auth";
import { listStories } from "@/lib/server/stories";
import { CreateStoryForm } from "./create-story-form";

export const metadata: Metadata = { title: "Stories" };

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export default async function DeskPage({ searchParams }: { searchParams: Promise<{ denied?: string }> }) {
  const actor = await requirePageRole("EDITOR", "/desk");
  const [stories, params] = await Promise.all([listStories(actor), searchParams]);
  return (
    <div className="grid gap-8 lg:grid-cols-[1fr_20rem]">
      <section aria-labelledby="stories-heading">
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
        {stories.length === 0 ? (
          <p className="mt-6 rounded-lg border border-dashed border-stone-300 p-8 text-center text-stone-600">
            No stories yet. Create one, then add the outlets&apos; articles about it.
          </p>
        ) : (
          <ul className="mt-6 divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
            {stories.map((story) => (
              <li key={story.id} className="flex flex-wrap items-center gap-x-4 gap-y-1 px-5 py-4">
                <div className="min-w-0 flex-1">
                  <Link href={`/desk/${story.slug}`} className="font-semibold text-ink hover:underline">
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
