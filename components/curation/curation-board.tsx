"use client";

import { useActionState, useState } from "react";
import type { CuratedBriefing, CuratedItem } from "@/lib/curation";
import { BRIEFING_SECTIONS, type BriefingSection } from "@/lib/briefing/types";
import type { CurateState } from "@/app/(editor)/desk/[slug]/curation-actions";
import { CorroborationBadge, corroboration, ItemCitations, type SourceRef } from "@/components/briefing/item-citations";
import { SECTION_EMPTY, SECTION_TITLES } from "@/components/briefing/section-meta";
import { ConflictNotice } from "./conflict-notice";

type CurateAction = (prev: CurateState, formData: FormData) => Promise<CurateState>;

interface Props {
  curated: CuratedBriefing;
  revision: number;
  sources: SourceRef[];
  action: CurateAction;
}

const STATUS_STYLE = {
  pending: "bg-stone-100 text-stone-700",
  accepted: "bg-green-100 text-green-800",
  rejected: "bg-red-100 text-red-800",
} as const;

function OriginBadge({ item }: { item: CuratedItem }) {
  const label =
    item.origin === "generated"
      ? "As generated"
      : item.origin === "edited"
        ? `Edited by ${item.decidedBy ?? "an editor"}`
        : `Added by ${item.decidedBy ?? "an editor"}`;
  return (
    <span
      className={`rounded px-1.5 py-0.5 ${item.origin === "generated" ? "bg-stone-100 text-stone-600" : "bg-violet-100 text-violet-800"}`}
      data-testid="item-origin"
    >
      {label}
    </span>
  );
}

function ControlButton({
  op,
  children,
  label,
  pending,
}: {
  op: string;
  children: React.ReactNode;
  label: string;
  pending: boolean;
}) {
  return (
    <button
      type="submit"
      name="op"
      value={op}
      aria-label={label}
      disabled={pending}
      className="rounded border border-stone-300 bg-white px-2 py-0.5 text-xs font-medium text-stone-700 hover:bg-stone-50 disabled:opacity-50"
    >
      {children}
    </button>
  );
}

function ItemCard({
  item,
  revision,
  sources,
  dispatch,
  pending,
}: {
  item: CuratedItem;
  revision: number;
  sources: Map<string, SourceRef>;
  dispatch: (formData: FormData) => void;
  pending: boolean;
}) {
  const [editing, setEditing] = useState(false);
  const label = item.section === "positions" ? item.actor : item.section === "timeline" ? item.when : undefined;
  // Attributed wording ("Israel says …") already names the party; do not say it twice.
  const lead = label && !item.text.toLowerCase().startsWith(label.toLowerCase()) ? label : undefined;
  const short = item.text.length > 60 ? `${item.text.slice(0, 57)}…` : item.text;
  return (
    <li
      className={`rounded-md border bg-white p-3 ${item.status === "rejected" ? "border-red-200 bg-red-50/40" : "border-stone-200"} ${item.pinned ? "ring-1 ring-amber-300" : ""}`}
      data-testid="curation-item"
      data-key={item.key}
      data-status={item.status}
    >
      <div className="flex items-start gap-3">
        <p
          className={`flex-1 text-sm leading-relaxed ${item.status === "rejected" ? "text-stone-500 line-through" : ""}`}
          data-testid="item-text"
        >
          {lead ? <strong className="font-semibold">{lead}: </strong> : null}
          {item.text}
          {item.section === "dealTerms" && item.dealStatus ? (
            <span className="ml-2 rounded bg-stone-100 px-1.5 py-0.5 text-xs font-medium uppercase tracking-wide text-stone-600 no-underline">
              {item.dealStatus}
              {item.proposedBy ? ` · ${item.proposedBy}` : ""}
            </span>
          ) : null}
        </p>
        <CorroborationBadge count={corroboration(item.citations)} />
      </div>
      <div className="mt-1.5 flex flex-wrap items-center gap-1.5 text-xs">
        <span className={`rounded px-1.5 py-0.5 font-medium ${STATUS_STYLE[item.status]}`}>{item.status}</span>
        <OriginBadge item={item} />
        {item.pinned ? <span className="rounded bg-amber-100 px-1.5 py-0.5 text-amber-900">Pinned</span> : null}
        {item.changedSinceDecision ? (
          <span className="rounded bg-sky-100 px-1.5 py-0.5 text-sky-900" title={item.generatedText}>
            Engine wording changed since your decision
          </span>
        ) : null}
        {item.missingSourceIds.length ? (
          <span className="rounded bg-red-100 px-1.5 py-0.5 text-red-800">Cites an excluded source</span>
        ) : null}
      </div>
      <ItemCitations citations={item.citations} sources={sources} />
      <form action={dispatch} className="mt-2 space-y-2">
        <input type="hidden" name="key" value={item.key} />
        <input type="hidden" name="revision" value={revision} />
        {editing ? (
          <div className="space-y-2">
            <label htmlFor={`edit-${item.key}`} className="block text-xs font-medium text-stone-700">
              Wording (citations stay as they are)
            </label>
            <textarea
              id={`edit-${item.key}`}
              name="text"
              defaultValue={item.text}
              rows={3}
              className="block w-full rounded-md border border-stone-300 px-2 py-1 text-sm"
            />
            <div className="flex gap-2">
              <ControlButton op="edit" label={`Save wording of “${short}”`} pending={pending}>
                Save wording
              </ControlButton>
              <button type="button" onClick={() => setEditing(false)} className="text-xs text-stone-600 underline">
                Cancel
              </button>
            </div>
          </div>
        ) : (
          <div className="flex flex-wrap gap-1.5">
            {item.origin !== "added" && item.status !== "accepted" ? (
              <ControlButton op="accept" label={`Accept “${short}”`} pending={pending}>
                Accept
              </ControlButton>
            ) : null}
            {item.origin !== "added" && item.status !== "rejected" ? (
              <ControlButton op="reject" label={`Reject “${short}”`} pending={pending}>
                Reject
              </ControlButton>
            ) : null}
            {item.origin === "added" ? (
              <ControlButton op="remove-added" label={`Remove “${short}”`} pending={pending}>
                Remove
              </ControlButton>
            ) : (
              <button
                type="button"
                aria-label={`Edit “${short}”`}
                onClick={() => setEditing(true)}
                className="rounded border border-stone-300 bg-white px-2 py-0.5 text-xs font-medium text-stone-700 hover:bg-stone-50"
              >
                Edit
              </button>
            )}
            {item.origin !== "added" && (item.status !== "pending" || item.origin === "edited") ? (
              <ControlButton op="restore" label={`Restore “${short}” as generated`} pending={pending}>
                Restore
              </ControlButton>
            ) : null}
            <ControlButton
              op={item.pinned ? "unpin" : "pin"}
              label={`${item.pinned ? "Unpin" : "Pin"} “${short}”`}
              pending={pending}
            >
              {item.pinned ? "Unpin" : "Pin"}
            </ControlButton>
            <ControlButton op="up" label={`Move “${short}” up`} pending={pending}>
              ↑
            </ControlButton>
            <ControlButton op="down" label={`Move “${short}” down`} pending={pending}>
              ↓
            </ControlButton>
          </div>
        )}
      </form>
    </li>
  );
}

function SummaryEditor({
  curated,
  revision,
  dispatch,
  pending,
}: {
  curated: CuratedBriefing;
  revision: number;
  dispatch: (f: FormData) => void;
  pending: boolean;
}) {
  const [editing, setEditing] = useState(false);
  return (
    <section aria-labelledby="summary-heading">
      <h3 id="summary-heading" className="text-sm font-semibold uppercase tracking-wide text-stone-500">
        Summary{" "}
        {curated.summaryOrigin === "edited" ? <span className="normal-case text-violet-700">(edited)</span> : null}
      </h3>
      {curated.summaryOutdated ? (
        <p className="mt-1 text-xs text-sky-800">
          The engine&apos;s summary has changed since it was edited: {curated.generatedSummary}
        </p>
      ) : null}
      {editing ? (
        <form action={dispatch} className="mt-2 space-y-2">
          <input type="hidden" name="revision" value={revision} />
          <label htmlFor="summary-text" className="sr-only">
            Summary
          </label>
          <textarea
            id="summary-text"
            name="text"
            defaultValue={curated.summary}
            rows={4}
            className="block w-full rounded-md border border-stone-300 p-2 font-serif"
          />
          <div className="flex gap-2">
            <ControlButton op="edit-summary" label="Save summary" pending={pending}>
              Save summary
            </ControlButton>
            <button type="button" onClick={() => setEditing(false)} className="text-xs text-stone-600 underline">
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <div className="mt-2">
          <p className="font-serif text-lg leading-relaxed">
            {curated.summary || "Not enough corroborated statements for a summary yet."}
          </p>
          <form action={dispatch} className="mt-1 flex gap-2">
            <input type="hidden" name="revision" value={revision} />
            <button
              type="button"
              onClick={() => setEditing(true)}
              className="text-xs font-medium text-stone-700 underline"
            >
              Edit summary
            </button>
            {curated.summaryOrigin === "edited" ? (
              <ControlButton op="restore-summary" label="Restore the generated summary" pending={pending}>
                Restore generated
              </ControlButton>
            ) : null}
          </form>
        </div>
      )}
    </section>
  );
}

export function CurationBoard({ curated, revision, sources, action }: Props) {
  const [state, dispatch, pending] = useActionState(action, {});
  const sourceMap = new Map(sources.map((s) => [s.id, s]));
  return (
    <div className="space-y-8">
      <div aria-live="polite">
        {state.conflict ? <ConflictNotice message={state.message ?? ""} /> : null}
        {!state.conflict && state.message && state.tone === "error" ? (
          <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
            {state.message}
          </p>
        ) : null}
      </div>
      <SummaryEditor curated={curated} revision={revision} dispatch={dispatch} pending={pending} />
      {curated.orphaned.length ? (
        <section aria-labelledby="orphans-heading" className="rounded-md border border-amber-300 bg-amber-50 p-3">
          <h3 id="orphans-heading" className="text-sm font-semibold text-amber-900">
            Decisions whose evidence disappeared ({curated.orphaned.length})
          </h3>
          <ul className="mt-2 space-y-2">
            {curated.orphaned.map((o) => (
              <li key={o.key} className="text-sm" data-testid="orphaned-decision">
                <p>
                  <span className="font-medium">{SECTION_TITLES[o.section]}:</span>{" "}
                  {o.decision.editedText ?? o.decision.snapshot.text}
                </p>
                <p className="text-xs text-amber-900">{o.message}</p>
                <form action={dispatch} className="mt-1">
                  <input type="hidden" name="key" value={o.key} />
                  <input type="hidden" name="revision" value={revision} />
                  <ControlButton op="dismiss" label="Dismiss this decision" pending={pending}>
                    Dismiss
                  </ControlButton>
                </form>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {BRIEFING_SECTIONS.map((section: BriefingSection) => {
        const items = curated.sections[section];
        return (
          <section key={section} aria-labelledby={`section-${section}`} data-testid={`section-${section}`}>
            <h3 id={`section-${section}`} className="border-b border-stone-200 pb-1 font-serif text-xl font-bold">
              {SECTION_TITLES[section]}{" "}
              <span className="text-sm font-normal text-stone-500">
                ({items.filter((i) => i.status !== "rejected").length})
              </span>
            </h3>
            {items.length === 0 ? (
              <p className="mt-2 text-sm text-stone-500">{SECTION_EMPTY[section]}</p>
            ) : (
              <ul className="mt-3 space-y-3">
                {items.map((item) => (
                  <ItemCard
                    key={item.key}
                    item={item}
                    revision={revision}
                    sources={sourceMap}
                    dispatch={dispatch}
                    pending={pending}
                  />
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}
