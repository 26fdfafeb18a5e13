"use client";

import { useActionState, useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { CuratedBriefing, CuratedItem } from "@/lib/curation";
import { BRIEFING_SECTIONS, SECTION_EMPTY, SECTION_TITLES, type BriefingSection } from "@/lib/curation/sections";
import type { SourceRef } from "@/components/briefing/item-citations";
import { ConflictNotice } from "./conflict-notice";
import { useActionResult } from "@/components/ui/use-action-result";
import { ItemCard } from "./item-card";
import { SHORTCUTS, ShortcutHelp } from "./shortcut-help";
import type { CurationActions, FormAction } from "./types";

interface Props {
  curated: CuratedBriefing;
  revision: number;
  sources: SourceRef[];
  parties: string[];
  sectionTokens: Record<BriefingSection, string>;
  actions: CurationActions;
}

const smallButton =
  "rounded border border-stone-300 bg-white px-2 py-0.5 text-xs font-medium text-stone-700 hover:bg-stone-50 disabled:opacity-50";

function Refusal({
  state,
}: {
  state: { message?: string | undefined; tone?: string | undefined; conflict?: boolean | undefined };
}) {
  if (state.conflict) return <ConflictNotice message={state.message ?? ""} soft />;
  if (!state.message || state.tone !== "error") return null;
  return (
    <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
      {state.message}
    </p>
  );
}

function SummaryEditor({
  curated,
  revision,
  action,
}: {
  curated: CuratedBriefing;
  revision: number;
  action: FormAction;
}) {
  const [state, dispatch, pending] = useActionState(action, {});
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(curated.summary);
  useActionResult(state, (s) => {
    if (s.tone === "success") setEditing(false);
  });
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
      <form action={dispatch} className="mt-2 space-y-2">
        <input type="hidden" name="revision" value={revision} />
        {editing ? (
          <>
            <label htmlFor="summary-text" className="sr-only">
              Summary
            </label>
            <textarea
              id="summary-text"
              name="text"
              value={text}
              onChange={(e) => setText(e.target.value)}
              rows={4}
              className="block w-full rounded-md border border-stone-300 p-2 font-serif"
            />
            <Refusal state={state} />
            <div className="flex gap-2">
              <button type="submit" name="op" value="edit-summary" disabled={pending} className={smallButton}>
                Save summary
              </button>
              <button type="button" onClick={() => setEditing(false)} className="text-xs text-stone-600 underline">
                Cancel
              </button>
            </div>
          </>
        ) : (
          <>
            <p className="font-serif text-lg leading-relaxed">
              {curated.summary || "Not enough corroborated statements for a summary yet."}
            </p>
            <div className="flex gap-2">
              <button
                type="button"
                onClick={() => {
                  setText(curated.summary);
                  setEditing(true);
                }}
                className="text-xs font-medium text-stone-700 underline"
              >
                Edit summary
              </button>
              {curated.summaryOrigin === "edited" ? (
                <button
                  type="submit"
                  name="op"
                  value="restore-summary"
                  aria-label="Restore the generated summary"
                  disabled={pending}
                  className={smallButton}
                >
                  Restore generated
                </button>
              ) : null}
            </div>
            <Refusal state={state} />
          </>
        )}
      </form>
    </section>
  );
}

function SectionDecisions({
  section,
  pending,
  revision,
  sectionToken,
  action,
}: {
  section: BriefingSection;
  pending: number;
  revision: number;
  sectionToken: string;
  action: FormAction;
}) {
  const [state, dispatch, busy] = useActionState(action, {});
  if (pending === 0) return null;
  return (
    <form action={dispatch} className="mt-2 flex flex-wrap items-center gap-1.5 text-xs">
      <input type="hidden" name="revision" value={revision} />
      <input type="hidden" name="section" value={section} />
      <input type="hidden" name="sectionToken" value={sectionToken} />
      <span className="text-stone-600">{pending} not reviewed:</span>
      <button type="submit" name="status" value="accepted" disabled={busy} className={smallButton}>
        Accept remaining
      </button>
      <button type="submit" name="status" value="rejected" disabled={busy} className={smallButton}>
        Reject remaining
      </button>
      <div className="w-full">
        <Refusal state={state} />
      </div>
    </form>
  );
}

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(el.tagName));
}

export function CurationBoard({ curated, revision, sources, parties, sectionTokens, actions }: Props) {
  const sourceMap = useMemo(() => new Map(sources.map((s) => [s.id, s])), [sources]);
  const [editing, setEditing] = useState<string | null>(null);
  const [focusedKey, setFocusedKey] = useState<string | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const boardRef = useRef<HTMLDivElement>(null);
  const ordered: CuratedItem[] = useMemo(() => BRIEFING_SECTIONS.flatMap((s) => curated.sections[s]), [curated]);
  const pendingCount = ordered.filter((i) => i.status === "pending").length;

  const focusItem = useCallback((key: string) => {
    setFocusedKey(key);
    const el = document.getElementById(`item-${key}`);
    el?.focus();
    el?.scrollIntoView({ block: "nearest" });
  }, []);

  const press = useCallback((key: string, op: string) => {
    const button = document
      .getElementById(`item-${key}`)
      ?.querySelector<HTMLButtonElement>(`button[name="op"][value="${op}"]`);
    button?.click();
  }, []);

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (e.metaKey || e.ctrlKey || e.altKey || isTyping(e.target)) return;
      const at = focusedKey ? ordered.findIndex((i) => i.key === focusedKey) : -1;
      const current = at >= 0 ? ordered[at] : undefined;
      const step = (delta: number) => {
        const next = ordered[Math.min(ordered.length - 1, Math.max(0, at + delta))];
        if (next) focusItem(next.key);
      };
      switch (e.key) {
        case "j":
          step(1);
          break;
        case "k":
          step(-1);
          break;
        case "n": {
          const next =
            ordered.slice(at + 1).find((i) => i.status === "pending") ?? ordered.find((i) => i.status === "pending");
          if (next) focusItem(next.key);
          break;
        }
        case "a":
          if (current) press(current.key, "accept");
          break;
        case "r":
          if (current) press(current.key, "reject");
          break;
        case "e":
          if (current) setEditing(current.key);
          break;
        case "?":
          setHelpOpen((o) => !o);
          break;
        case "Escape":
          setHelpOpen(false);
          setEditing(null);
          break;
        default:
          return;
      }
      e.preventDefault();
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [focusedKey, ordered, focusItem, press]);

  return (
    <div className="space-y-8" ref={boardRef}>
      <div className="flex flex-wrap items-center gap-2 text-sm" data-testid="review-status">
        <span className={pendingCount ? "font-semibold text-amber-900" : "font-semibold text-green-800"}>
          {pendingCount === 0 ? "Every item is reviewed." : `${pendingCount} of ${ordered.length} items not reviewed`}
        </span>
        {pendingCount ? (
          <button
            type="button"
            className={smallButton}
            onClick={() => {
              const next = ordered.find((i) => i.status === "pending");
              if (next) focusItem(next.key);
            }}
          >
            Next not reviewed (n)
          </button>
        ) : null}
        <button type="button" className={smallButton} aria-expanded={helpOpen} onClick={() => setHelpOpen((o) => !o)}>
          Keyboard shortcuts (?)
        </button>
      </div>
      {helpOpen ? <ShortcutHelp onClose={() => setHelpOpen(false)} shortcuts={SHORTCUTS} /> : null}
      <SummaryEditor curated={curated} revision={revision} action={actions.summary} />
      {curated.orphaned.length ? (
        <section aria-labelledby="orphans-heading" className="rounded-md border border-amber-300 bg-amber-50 p-3">
          <h3 id="orphans-heading" className="text-sm font-semibold text-amber-900">
            Decisions whose evidence disappeared ({curated.orphaned.length})
          </h3>
          <ul className="mt-2 space-y-2">
            {curated.orphaned.map((o) => (
              <OrphanRow key={o.key} orphan={o} revision={revision} action={actions.curate} />
            ))}
          </ul>
        </section>
      ) : null}
      {BRIEFING_SECTIONS.map((section) => {
        const items = curated.sections[section];
        return (
          <section key={section} aria-labelledby={`section-${section}`} data-testid={`section-${section}`}>
            <h3 id={`section-${section}`} className="border-b border-stone-200 pb-1 font-serif text-xl font-bold">
              {SECTION_TITLES[section]}{" "}
              <span className="text-sm font-normal text-stone-500">
                ({items.filter((i) => i.status !== "rejected").length})
              </span>
            </h3>
            <SectionDecisions
              section={section}
              pending={items.filter((i) => i.status === "pending" && i.origin !== "added").length}
              revision={revision}
              sectionToken={sectionTokens[section]}
              action={actions.decideSection}
            />
            {items.length === 0 ? (
              <p className="mt-2 text-sm text-stone-500">{SECTION_EMPTY[section]}</p>
            ) : (
              <ul className="mt-3 space-y-3">
                {items.map((item, index) => (
                  <ItemCard
                    key={item.key}
                    item={item}
                    index={index}
                    count={items.length}
                    revision={revision}
                    sectionToken={sectionTokens[section]}
                    sources={sources}
                    sourceMap={sourceMap}
                    parties={parties}
                    actions={actions}
                    editing={editing === item.key}
                    setEditing={setEditing}
                    focused={focusedKey === item.key}
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

function OrphanRow({
  orphan,
  revision,
  action,
}: {
  orphan: CuratedBriefing["orphaned"][number];
  revision: number;
  action: FormAction;
}) {
  const [state, dispatch, pending] = useActionState(action, {});
  return (
    <li className="text-sm" data-testid="orphaned-decision">
      <p>
        <span className="font-medium">{SECTION_TITLES[orphan.section]}:</span>{" "}
        {orphan.decision.editedText ?? orphan.decision.snapshot.text}
      </p>
      <p className="text-xs text-amber-900">{orphan.message}</p>
      <form action={dispatch} className="mt-1">
        <input type="hidden" name="key" value={orphan.key} />
        <input type="hidden" name="revision" value={revision} />
        <button
          type="submit"
          name="op"
          value="dismiss"
          aria-label="Dismiss this decision"
          disabled={pending}
          className={smallButton}
        >
          Dismiss
        </button>
      </form>
      <Refusal state={state} />
    </li>
  );
}
