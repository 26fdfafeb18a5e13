import type { EditorStory } from "@/lib/server/stories";
import type { ActionState } from "@/lib/action-state";
import { ActionButton } from "@/components/ui/action-button";
import { SourceIncludeToggle } from "./source-include-toggle";
import { SourceMetadataForm } from "./source-metadata-form";

const ORIGIN_LABEL = { PASTE: "Pasted", FILE: "File", URL: "URL" } as const;

/** How a source is named everywhere on the desk: its outlet, else its number (never a file name or id). */
export function sourceLabel(source: Pick<EditorStory["sources"][number], "outlet">, index: number): string {
  return source.outlet ?? `Source ${index + 1}`;
}

export interface SourceActions {
  include: (included: boolean) => Promise<ActionState>;
  remove: () => Promise<ActionState>;
  update: (prev: ActionState, formData: FormData) => Promise<ActionState>;
}

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

export function SourceList({
  sources,
  actions,
}: {
  sources: EditorStory["sources"];
  actions: Record<string, SourceActions>;
}) {
  if (sources.length === 0) {
    return (
      <p className="rounded-lg border border-dashed border-stone-300 p-6 text-center text-sm text-stone-600">
        No sources yet. Upload the outlets&apos; articles, paste text, or give a URL.
      </p>
    );
  }
  return (
    <ol className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white" data-testid="source-list">
      {sources.map((source, index) => {
        const label = sourceLabel(source, index);
        const act = actions[source.id];
        return (
          <li
            key={source.id}
            id={`source-${source.id}`}
            className={`px-4 py-3 ${source.included ? "" : "bg-stone-50 opacity-70"}`}
            data-testid="source-row"
          >
            <div className="flex gap-3">
              <span className="mt-0.5 flex h-6 w-6 shrink-0 items-center justify-center rounded-full bg-stone-100 text-xs font-semibold text-stone-700">
                {index + 1}
              </span>
              <div className="min-w-0 flex-1">
                <p className="break-words text-sm font-semibold" data-testid="source-outlet">
                  {label}
                  {source.outlet ? null : <span className="ml-1 font-normal text-stone-500">(outlet not known)</span>}
                </p>
                <p className="break-words text-sm text-stone-700" data-testid="source-headline">
                  {source.headline ?? <span className="italic text-stone-500">No headline</span>}
                </p>
                <p className="mt-0.5 break-words text-xs text-stone-500">
                  {[
                    source.byline ? `By ${source.byline}` : null,
                    source.publishedAt ? dateFormat.format(source.publishedAt) : null,
                    `${source.wordCount.toLocaleString("en")} words`,
                    ORIGIN_LABEL[source.origin],
                    source.fileName,
                  ]
                    .filter(Boolean)
                    .join(" · ")}
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
              {act ? (
                <div className="flex flex-col items-end gap-1.5">
                  <SourceIncludeToggle included={source.included} label={label} action={act.include} />
                  <ActionButton
                    label="Remove"
                    ariaLabel={`Remove ${label}`}
                    confirm={`Remove ${label} from this story? Published versions keep their copy of the citations.`}
                    run={act.remove}
                    className="border-transparent bg-transparent text-red-700 hover:bg-red-50"
                  />
                </div>
              ) : null}
            </div>
            {act ? (
              <SourceMetadataForm
                source={{
                  id: source.id,
                  outlet: source.outlet,
                  byline: source.byline,
                  headline: source.headline,
                  url: source.url,
                  publishedAt: source.publishedAt,
                }}
                label={label}
                action={act.update}
              />
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
