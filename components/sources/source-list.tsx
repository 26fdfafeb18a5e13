import type { EditorStory } from "@/lib/server/stories";
import { deleteSourceAction, setSourceIncludedAction } from "@/app/(editor)/desk/[slug]/actions";
import { ActionButton } from "@/components/ui/action-button";
import { SourceIncludeToggle } from "./source-include-toggle";

const ORIGIN_LABEL = { PASTE: "Pasted", FILE: "File", URL: "URL" } as const;

export function sourceLabel(
  source: Pick<EditorStory["sources"][number], "outlet" | "headline" | "fileName">,
  index: number,
): string {
  return source.outlet ?? source.headline ?? source.fileName ?? `Source ${index + 1}`;
}

export function SourceList({ sources }: { sources: EditorStory["sources"] }) {
  if (sources.length === 0) {
    return (
      <p className="rounded-lg border border-dashed border-stone-300 p-6 text-center text-sm text-stone-600">
        No sources yet. Upload the outlets&apos; articles, paste text, or give a URL.
      </p>
    );
  }
  return (
    <ol className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white" data-testid="source-list">
      {sources.map((source, index) => (
        <li
          key={source.id}
          id={`source-${source.id}`}
          className={`flex gap-3 px-4 py-3 ${source.included ? "" : "bg-stone-50 opacity-70"}`}
          data-testid="source-row"
        >
          <span className="mt-0.5 flex h-6 w-6 shrink-0 items-center justify-center rounded-full bg-stone-100 text-xs font-semibold text-stone-700">
            {index + 1}
          </span>
          <div className="min-w-0 flex-1">
            <p className="text-sm font-semibold">
              {source.outlet ?? <span className="font-normal italic text-stone-500">Outlet not named</span>}
            </p>
            <p className="truncate text-sm text-stone-700" title={source.headline ?? undefined}>
              {source.headline ?? <span className="italic text-stone-500">No headline</span>}
            </p>
            <p className="mt-0.5 text-xs text-stone-500">
              {source.wordCount.toLocaleString("en")} words · {ORIGIN_LABEL[source.origin]}
              {source.fileName ? ` · ${source.fileName}` : ""}
              {source.url ? (
                <>
                  {" · "}
                  <a href={source.url} className="underline" rel="noopener noreferrer nofollow" target="_blank">
                    link
                  </a>
                </>
              ) : null}
              {source.included ? "" : " · excluded from the briefing"}
            </p>
          </div>
          <div className="flex flex-col items-end gap-1.5">
            <SourceIncludeToggle
              included={source.included}
              label={sourceLabel(source, index)}
              action={setSourceIncludedAction.bind(null, source.id)}
            />
            <ActionButton
              label="Remove"
              ariaLabel={`Remove ${sourceLabel(source, index)}`}
              confirm={`Remove ${sourceLabel(source, index)} from this story? Published versions keep their copy of the citations.`}
              run={deleteSourceAction.bind(null, source.id)}
              className="border-transparent bg-transparent text-red-700 hover:bg-red-50"
            />
          </div>
        </li>
      ))}
    </ol>
  );
}
