"use client";

import { useActionState, useEffect, useState } from "react";
import type { CuratedItem } from "@/lib/curation";
import {
  BRIEFING_SECTIONS,
  DEAL_TERM_STATUSES,
  DEAL_TERM_STATUS_LABELS,
  MIN_CITED_SOURCES,
  SECTION_TITLES,
  type BriefingSection,
} from "@/lib/curation/sections";
import { locateQuote } from "@/lib/citations/locate";
import { figuresWithoutEvidence, splitFigures } from "@/lib/curation/figures";
import type { DealTermStatus } from "@/lib/briefing/types";
import type { SourceRef } from "@/components/briefing/item-citations";
import { ConflictNotice } from "./conflict-notice";
import type { FormAction } from "./types";

const input = "mt-1 block w-full min-w-0 rounded-md border border-stone-300 bg-white px-2 py-1.5 text-sm";
const label = "block text-xs font-medium text-stone-700";

/**
 * Every field of one item in place. All inputs are controlled, so nothing typed is lost when the
 * server refuses the save (React resets uncontrolled fields after a form action).
 */
export function ItemEditor({
  item,
  revision,
  sources,
  parties,
  action,
  onDone,
}: {
  item: CuratedItem;
  revision: number;
  sources: SourceRef[];
  parties: string[];
  action: FormAction;
  onDone: () => void;
}) {
  const [state, dispatch, pending] = useActionState(action, {});
  const [text, setText] = useState(item.text);
  const [section, setSection] = useState<BriefingSection>(item.section);
  const [party, setParty] = useState(
    (item.section === "dealTerms" ? item.proposedBy : item.actor) ?? item.actor ?? item.proposedBy ?? "",
  );
  const [dealStatus, setDealStatus] = useState<DealTermStatus>(item.dealStatus ?? "proposed");
  const [figures, setFigures] = useState((item.figures ?? []).join(", "));
  const [when, setWhen] = useState(item.when ?? "");
  const [keep, setKeep] = useState<Set<number>>(() => new Set(item.citations.map((_, i) => i)));
  const [addSourceId, setAddSourceId] = useState("");
  const [addPassage, setAddPassage] = useState("");
  const id = (name: string) => `${name}-${item.key}`;
  // The item as it was when editing began: a colleague's later change to it is a conflict, even
  // if this page re-renders with it meanwhile. "Reload the item" adopts the latest version.
  const [baseToken, setBaseToken] = useState(item.token);
  const [adopting, setAdopting] = useState(false);
  if (adopting && item.token !== baseToken) {
    setBaseToken(item.token);
    setAdopting(false);
  }

  useEffect(() => {
    if (state.tone === "success") onDone();
  }, [state, onDone]);

  const addSource = sources.find((s) => s.id === addSourceId);
  const passageFound = addSource && addPassage.trim() ? locateQuote(addSource.text, addPassage) !== null : null;
  const cited = new Set([
    ...item.citations.filter((_, i) => keep.has(i)).map((c) => c.sourceId),
    ...(passageFound ? [addSourceId] : []),
  ]);
  // Figures the engine took from a passage the editor has unticked: offered for removal, since
  // readers see them beside the term.
  const figureList = splitFigures(figures);
  const unsupported = figuresWithoutEvidence(figureList, [
    text,
    ...item.citations.filter((_, i) => keep.has(i)).map((c) => c.quote),
    ...(passageFound ? [addPassage] : []),
  ]);
  const needSources = MIN_CITED_SOURCES[section];
  const citationProblem =
    cited.size === 0
      ? "Keep at least one citation."
      : cited.size < needSources
        ? `An item in “${SECTION_TITLES[section]}” must cite at least ${needSources} different sources.`
        : undefined;
  const errorId = id("edit-error");

  return (
    <form
      action={dispatch}
      className="mt-2 space-y-3 rounded-md border border-violet-200 bg-violet-50/40 p-3"
      aria-label="Edit item"
      aria-describedby={state.message && state.tone === "error" ? errorId : undefined}
    >
      <input type="hidden" name="key" value={item.key} />
      <input type="hidden" name="revision" value={revision} />
      <input type="hidden" name="token" value={baseToken} />
      <div>
        <label htmlFor={id("text")} className={label}>
          Wording
        </label>
        <textarea
          id={id("text")}
          name="text"
          value={text}
          onChange={(e) => setText(e.target.value)}
          rows={3}
          className={input}
        />
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <div>
          <label htmlFor={id("section")} className={label}>
            Section
          </label>
          <select
            id={id("section")}
            name="section"
            value={section}
            onChange={(e) => setSection(e.target.value as BriefingSection)}
            className={input}
          >
            {BRIEFING_SECTIONS.map((s) => (
              <option key={s} value={s}>
                {SECTION_TITLES[s]}
              </option>
            ))}
          </select>
        </div>
        {section === "positions" || section === "dealTerms" ? (
          <div>
            <label htmlFor={id("party")} className={label}>
              {section === "positions" ? "Party" : "Put forward by (optional)"}
            </label>
            <input
              id={id("party")}
              name="party"
              value={party}
              onChange={(e) => setParty(e.target.value)}
              list={id("parties")}
              maxLength={120}
              className={input}
              placeholder="Pick a party or name a new one"
            />
            <datalist id={id("parties")}>
              {parties.map((p) => (
                <option key={p} value={p} />
              ))}
            </datalist>
          </div>
        ) : null}
        {section === "dealTerms" ? (
          <>
            <div>
              <label htmlFor={id("status")} className={label}>
                Status
              </label>
              <select
                id={id("status")}
                name="dealStatus"
                value={dealStatus}
                onChange={(e) => setDealStatus(e.target.value as DealTermStatus)}
                className={input}
              >
                {DEAL_TERM_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {DEAL_TERM_STATUS_LABELS[s]}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor={id("figures")} className={label}>
                Figures (separate with “, ”)
              </label>
              <input
                id={id("figures")}
                name="figures"
                value={figures}
                onChange={(e) => setFigures(e.target.value)}
                maxLength={500}
                className={input}
                aria-describedby={unsupported.length ? id("figures-unsupported") : undefined}
              />
              {unsupported.length ? (
                <p
                  id={id("figures-unsupported")}
                  className="mt-1 text-xs text-amber-900"
                  data-testid="unsupported-figures"
                >
                  Not in the wording or a kept passage: {unsupported.join(", ")}.{" "}
                  <button
                    type="button"
                    className="font-medium underline"
                    onClick={() => setFigures(figureList.filter((f) => !unsupported.includes(f)).join(", "))}
                  >
                    Remove {unsupported.length === 1 ? "it" : "them"}
                  </button>
                </p>
              ) : null}
            </div>
          </>
        ) : null}
        {section === "timeline" ? (
          <div>
            <label htmlFor={id("when")} className={label}>
              Date or time
            </label>
            <input
              id={id("when")}
              name="when"
              value={when}
              onChange={(e) => setWhen(e.target.value)}
              maxLength={120}
              className={input}
              placeholder="e.g. 2024-11-04"
            />
          </div>
        ) : null}
      </div>
      <fieldset>
        <legend className={label}>Citations</legend>
        <ul className="mt-1 space-y-1">
          {item.citations.map((c, i) => {
            const source = sources.find((s) => s.id === c.sourceId);
            return (
              <li key={`${c.sourceId}-${i}`} className="flex items-start gap-2 text-xs">
                <input
                  type="checkbox"
                  id={id(`keep-${i}`)}
                  name="keep"
                  value={i}
                  checked={keep.has(i)}
                  onChange={(e) =>
                    setKeep((prev) => {
                      const next = new Set(prev);
                      if (e.target.checked) next.add(i);
                      else next.delete(i);
                      return next;
                    })
                  }
                  className="mt-0.5"
                />
                <label htmlFor={id(`keep-${i}`)} className="min-w-0 break-words">
                  <span className="font-semibold">
                    [{source?.number ?? "?"}] {source?.label ?? "Removed source"}
                  </span>
                  : “{c.quote}”
                </label>
              </li>
            );
          })}
        </ul>
        <div className="mt-2 grid gap-2 sm:grid-cols-[12rem_minmax(0,1fr)]">
          <div>
            <label htmlFor={id("add-source")} className={label}>
              Add a passage from
            </label>
            <select
              id={id("add-source")}
              name="addSourceId"
              value={addSourceId}
              onChange={(e) => setAddSourceId(e.target.value)}
              className={input}
            >
              <option value="">No new passage</option>
              {sources.map((s) => (
                <option key={s.id} value={s.id}>
                  [{s.number}] {s.label}
                </option>
              ))}
            </select>
          </div>
          {addSourceId ? (
            <div>
              <label htmlFor={id("add-passage")} className={label}>
                Passage (copied exactly from the source)
              </label>
              <textarea
                id={id("add-passage")}
                name="addPassage"
                value={addPassage}
                onChange={(e) => setAddPassage(e.target.value)}
                rows={2}
                className={input}
                aria-describedby={id("passage-check")}
              />
              <p id={id("passage-check")} className="mt-1 text-xs" aria-live="polite">
                {passageFound === null ? null : passageFound ? (
                  <span className="text-green-800">Found in the source.</span>
                ) : (
                  <span className="text-red-700">That passage is not in this source.</span>
                )}
              </p>
            </div>
          ) : null}
        </div>
        {citationProblem ? <p className="mt-1 text-xs text-red-700">{citationProblem}</p> : null}
      </fieldset>
      <div aria-live="polite">
        {state.conflict ? (
          <ConflictNotice message={state.message ?? ""} soft onReload={() => setAdopting(true)} />
        ) : state.message && state.tone === "error" ? (
          <p
            id={errorId}
            role="alert"
            className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800"
          >
            {state.message}
          </p>
        ) : null}
      </div>
      <div className="flex flex-wrap gap-2">
        <button
          type="submit"
          disabled={pending || citationProblem !== undefined || passageFound === false}
          className="rounded-md bg-ink px-3 py-1.5 text-xs font-semibold text-white disabled:opacity-50"
        >
          {pending ? "Saving…" : "Save item"}
        </button>
        <button type="button" onClick={onDone} className="text-xs text-stone-600 underline">
          Cancel
        </button>
      </div>
    </form>
  );
}
