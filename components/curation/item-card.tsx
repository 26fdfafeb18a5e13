"use client";

import { useActionState, useCallback, useState, useTransition, type DragEvent } from "react";
import type { CuratedItem } from "@/lib/curation";
import type { EditableField } from "@/lib/curation/schema";
import { DEAL_TERM_STATUS_LABELS } from "@/lib/curation/sections";
import { CorroborationBadge, ItemCitations, type SourceRef } from "@/components/briefing/item-citations";
import { corroboration } from "@/lib/briefing/corroboration";
import { withoutStatusPrefix } from "@/lib/reader/format";
import { figuresWithoutEvidence } from "@/lib/curation/figures";
import { ConflictNotice } from "./conflict-notice";
import { ItemEditor } from "./item-editor";
import type { CurationActions } from "./types";

const STATUS_STYLE = {
  pending: "bg-stone-100 text-stone-700",
  accepted: "bg-green-100 text-green-800",
  rejected: "bg-red-100 text-red-800",
} as const;

const FIELD_LABEL: Record<EditableField, string> = {
  actor: "party",
  proposedBy: "party",
  dealStatus: "status",
  figures: "figures",
  when: "date",
  section: "section",
  citations: "citations",
};

const button =
  "rounded border border-stone-300 bg-white px-2 py-0.5 text-xs font-medium text-stone-700 hover:bg-stone-50 disabled:opacity-50";

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

function EditedFields({ item }: { item: CuratedItem }) {
  const fields = [...new Set(item.editedFields.map((f) => FIELD_LABEL[f]))];
  if (item.generatedText !== undefined && item.text !== item.generatedText) fields.unshift("wording");
  if (fields.length === 0) return null;
  return (
    <span className="rounded bg-violet-50 px-1.5 py-0.5 text-violet-900" data-testid="edited-fields">
      Changed: {fields.join(", ")}
    </span>
  );
}

/** The item being dragged, for browsers that do not hand custom drag data to the drop target. */
let dragged: { section: string; key: string } | null = null;

export interface ItemCardProps {
  item: CuratedItem;
  index: number;
  count: number;
  revision: number;
  sectionToken: string;
  sources: SourceRef[];
  sourceMap: Map<string, SourceRef>;
  parties: string[];
  actions: CurationActions;
  editing: boolean;
  setEditing: (key: string | null) => void;
  focused: boolean;
}

/** One item of the draft with its decision buttons, its moves and (on Edit) every field in place. */
export function ItemCard({
  item,
  index,
  count,
  revision,
  sectionToken,
  sources,
  sourceMap,
  parties,
  actions,
  editing,
  setEditing,
  focused,
}: ItemCardProps) {
  const [state, dispatch, pending] = useActionState(actions.curate, {});
  const [moveState, move, movePending] = useActionState(actions.move, {});
  const [, startTransition] = useTransition();
  const [position, setPosition] = useState(String(index + 1));
  const [dropping, setDropping] = useState(false);
  const close = useCallback(() => setEditing(null), [setEditing]);
  const label = item.section === "positions" ? item.actor : item.section === "timeline" ? item.when : undefined;
  // Attributed wording ("Israel says …") already names the party; do not say it twice.
  const lead = label && !item.text.toLowerCase().startsWith(label.toLowerCase()) ? label : undefined;
  // A deal term reads as readers get it: its status and party are the badge beside it, as the
  // editor set them, not a leading "Agreed:" or "Demanded (old party name):" from the engine.
  const shown = item.section === "dealTerms" ? withoutStatusPrefix(item.text) : item.text;
  const short = shown.length > 60 ? `${shown.slice(0, 57)}…` : shown;
  const busy = pending || movePending;
  const unsupported = figuresWithoutEvidence(item.figures ?? [], [item.text, ...item.citations.map((c) => c.quote)]);

  function moveTo(to: string) {
    const fd = new FormData();
    fd.set("key", item.key);
    fd.set("revision", String(revision));
    fd.set("token", item.token);
    fd.set("section", item.section);
    fd.set("sectionToken", sectionToken);
    fd.set("text", item.text);
    fd.set("to", to);
    startTransition(() => move(fd));
  }

  function onDrop(e: DragEvent<HTMLLIElement>) {
    e.preventDefault();
    setDropping(false);
    const data = e.dataTransfer.getData("application/x-briefing-item");
    const [section, key] = data ? data.split("|") : [dragged?.section, dragged?.key];
    dragged = null;
    if (!key || key === item.key || section !== item.section) return;
    const fd = new FormData();
    fd.set("key", key);
    fd.set("revision", String(revision));
    fd.set("section", item.section);
    fd.set("sectionToken", sectionToken);
    fd.set("to", String(index + 1));
    startTransition(() => move(fd));
  }

  const message = [state, moveState].find((s) => s.message && s.tone === "error");
  return (
    <li
      id={`item-${item.key}`}
      tabIndex={-1}
      draggable={!editing}
      onDragStart={(e) => {
        e.dataTransfer.setData("application/x-briefing-item", `${item.section}|${item.key}`);
        dragged = { section: item.section, key: item.key };
        e.dataTransfer.effectAllowed = "move";
      }}
      onDragOver={(e) => {
        if (dragged?.section === item.section || e.dataTransfer.types.includes("application/x-briefing-item")) {
          e.preventDefault();
          setDropping(true);
        }
      }}
      onDragLeave={() => setDropping(false)}
      onDrop={onDrop}
      className={`min-w-0 rounded-md border bg-white p-3 outline-none ${item.status === "rejected" ? "border-red-200 bg-red-50/40" : "border-stone-200"} ${item.pinned ? "ring-1 ring-amber-300" : ""} ${focused ? "ring-2 ring-blue-600" : ""} ${dropping ? "border-t-4 border-t-blue-600" : ""}`}
      data-testid="curation-item"
      data-key={item.key}
      data-status={item.status}
      aria-label={`${item.status === "pending" ? "Not reviewed" : item.status}: ${short}`}
    >
      <div className="flex items-start gap-3">
        <span className="mt-0.5 cursor-grab select-none text-stone-400" aria-hidden title="Drag to reorder">
          ⋮⋮
        </span>
        <p
          className={`min-w-0 flex-1 break-words text-sm leading-relaxed ${item.status === "rejected" ? "text-stone-500 line-through" : ""}`}
          data-testid="item-text"
        >
          {lead ? <strong className="font-semibold">{lead}: </strong> : null}
          {shown}
          {item.section === "dealTerms" && item.dealStatus ? (
            <span
              className="ml-2 rounded bg-stone-100 px-1.5 py-0.5 text-xs font-medium uppercase tracking-wide text-stone-600 no-underline"
              data-testid="item-deal-status"
            >
              {DEAL_TERM_STATUS_LABELS[item.dealStatus]}
              {item.proposedBy ? ` · ${item.proposedBy}` : ""}
            </span>
          ) : null}
        </p>
        <CorroborationBadge count={corroboration(item.citations, sourceMap)} />
      </div>
      {item.section === "dealTerms" && item.figures?.length ? (
        <p className="mt-1 pl-6 text-xs text-stone-600" data-testid="item-figures">
          Figures: {item.figures.join(" · ")}
          {unsupported.length ? (
            <span className="ml-1 text-amber-900" data-testid="item-figures-unsupported">
              ({unsupported.join(", ")} not in the wording or a cited passage)
            </span>
          ) : null}
        </p>
      ) : null}
      <div className="mt-1.5 flex flex-wrap items-center gap-1.5 text-xs">
        <span className={`rounded px-1.5 py-0.5 font-medium ${STATUS_STYLE[item.status]}`}>
          {item.status === "pending" ? "not reviewed" : item.status}
        </span>
        <OriginBadge item={item} />
        <EditedFields item={item} />
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
      <ItemCitations citations={item.citations} sources={sourceMap} />
      {message ? (
        <div className="mt-2" aria-live="polite">
          {message.conflict ? (
            <ConflictNotice message={message.message ?? ""} soft />
          ) : (
            <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
              {message.message}
            </p>
          )}
        </div>
      ) : null}
      {editing ? (
        <ItemEditor
          item={item}
          revision={revision}
          sources={sources}
          parties={parties}
          action={actions.edit}
          onDone={close}
        />
      ) : (
        <form action={dispatch} className="mt-2 flex flex-wrap items-center gap-1.5">
          <input type="hidden" name="key" value={item.key} />
          <input type="hidden" name="revision" value={revision} />
          <input type="hidden" name="token" value={item.token} />
          <input type="hidden" name="text" value={item.text} />
          {item.origin !== "added" && item.status !== "accepted" ? (
            <button
              type="submit"
              name="op"
              value="accept"
              aria-label={`Accept “${short}”`}
              disabled={busy}
              className={button}
            >
              Accept
            </button>
          ) : null}
          {item.origin !== "added" && item.status !== "rejected" ? (
            <button
              type="submit"
              name="op"
              value="reject"
              aria-label={`Reject “${short}”`}
              disabled={busy}
              className={button}
            >
              Reject
            </button>
          ) : null}
          <button type="button" aria-label={`Edit “${short}”`} onClick={() => setEditing(item.key)} className={button}>
            Edit
          </button>
          {item.origin === "added" ? (
            <button
              type="submit"
              name="op"
              value="remove-added"
              aria-label={`Remove “${short}”`}
              disabled={busy}
              className={button}
            >
              Remove
            </button>
          ) : null}
          {item.origin !== "added" && (item.status !== "pending" || item.origin === "edited") ? (
            <button
              type="submit"
              name="op"
              value="restore"
              aria-label={`Restore “${short}” as generated`}
              disabled={busy}
              className={button}
            >
              Restore
            </button>
          ) : null}
          <button
            type="submit"
            name="op"
            value={item.pinned ? "unpin" : "pin"}
            aria-label={`${item.pinned ? "Unpin" : "Pin"} “${short}”`}
            disabled={busy}
            className={button}
          >
            {item.pinned ? "Unpin" : "Pin"}
          </button>
          <span className="inline-flex flex-wrap items-center gap-1" role="group" aria-label={`Move “${short}”`}>
            <button
              type="button"
              aria-label={`Move “${short}” to the top`}
              disabled={busy || index === 0}
              onClick={() => moveTo("top")}
              className={button}
            >
              ⤒
            </button>
            <button
              type="button"
              aria-label={`Move “${short}” up`}
              disabled={busy || index === 0}
              onClick={() => moveTo("up")}
              className={button}
            >
              ↑
            </button>
            <button
              type="button"
              aria-label={`Move “${short}” down`}
              disabled={busy || index === count - 1}
              onClick={() => moveTo("down")}
              className={button}
            >
              ↓
            </button>
            <button
              type="button"
              aria-label={`Move “${short}” to the bottom`}
              disabled={busy || index === count - 1}
              onClick={() => moveTo("bottom")}
              className={button}
            >
              ⤓
            </button>
            <label className="sr-only" htmlFor={`pos-${item.key}`}>
              Position of “{short}”
            </label>
            <input
              id={`pos-${item.key}`}
              type="number"
              min={1}
              max={count}
              value={position}
              onChange={(e) => setPosition(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === "Enter") {
                  e.preventDefault();
                  moveTo(position);
                }
              }}
              className="w-14 rounded border border-stone-300 px-1 py-0.5 text-xs"
            />
            <button type="button" onClick={() => moveTo(position)} disabled={busy} className={button}>
              Move to
            </button>
          </span>
        </form>
      )}
    </li>
  );
}
