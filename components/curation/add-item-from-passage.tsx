"use client";

import { useActionState, useRef, useState } from "react";
import { useActionResult } from "@/components/ui/use-action-result";
import { BRIEFING_SECTIONS, type BriefingSection } from "@/lib/briefing/types";
import { locateQuote } from "@/lib/citations/locate";
import type { ActionState as CurateState } from "@/lib/action-state";
import { DEAL_TERM_STATUSES, DEAL_TERM_STATUS_LABELS } from "@/lib/curation/sections";
import type { SourceRef } from "@/components/briefing/item-citations";
import { SECTION_TITLES } from "@/lib/curation/sections";
import { ConflictNotice } from "./conflict-notice";
import { FormMessage, SubmitButton } from "@/components/ui/form";

interface Selection {
  start: number;
  end: number;
  passage: string;
}

const inputClass = "mt-1 block w-full rounded-md border border-stone-300 bg-white px-2 py-1.5 text-sm";

/**
 * Editors add an item only by citing a passage of an included source: select it in the text (or
 * type it exactly, for keyboard users), then word the item. The server cuts the quote from the
 * stored text at these offsets, so the citation is verbatim.
 */
export function AddItemFromPassage({
  sources,
  parties,
  revision,
  action,
}: {
  sources: SourceRef[];
  /** The story's parties, offered as the new item's party: a new name is a new party. */
  parties: string[];
  revision: number;
  action: (prev: CurateState, formData: FormData) => Promise<CurateState>;
}) {
  const [state, dispatch, pending] = useActionState(action, {});
  const [sourceId, setSourceId] = useState(sources[0]?.id ?? "");
  const [selection, setSelection] = useState<Selection | null>(null);
  const [typedProblem, setTypedProblem] = useState<string>();
  const [section, setSection] = useState<BriefingSection>("positions");
  // Controlled, so what was typed survives a refused save.
  const [text, setText] = useState("");
  const [actor, setActor] = useState("");
  const [when, setWhen] = useState("");
  useActionResult(state, (s) => {
    if (s.tone !== "success") return;
    setText("");
    setSelection(null);
  });
  const textRef = useRef<HTMLDivElement>(null);
  const source = sources.find((s) => s.id === sourceId);

  function captureSelection() {
    const box = textRef.current;
    const sel = window.getSelection();
    if (!box || !sel || sel.rangeCount === 0 || sel.isCollapsed) return;
    const range = sel.getRangeAt(0);
    const textNode = box.firstChild;
    // The source is rendered as one text node, so DOM offsets are offsets into the stored text.
    if (!textNode || range.startContainer !== textNode || range.endContainer !== textNode) return;
    const start = Math.min(range.startOffset, range.endOffset);
    const end = Math.max(range.startOffset, range.endOffset);
    setSelection({ start, end, passage: (textNode.textContent ?? "").slice(start, end) });
    setTypedProblem(undefined);
  }

  function applyTypedPassage(value: string) {
    if (!source || !value.trim()) return;
    const at = locateQuote(source.text, value);
    if (!at) {
      setSelection(null);
      setTypedProblem("That passage is not in this source. Copy it exactly as it appears.");
      return;
    }
    setTypedProblem(undefined);
    setSelection({ start: at.start, end: at.end, passage: source.text.slice(at.start, at.end) });
  }

  if (sources.length === 0) return null;

  return (
    <section
      id="add-item"
      aria-labelledby="add-item-heading"
      className="scroll-mt-20 rounded-lg border border-stone-200 bg-white p-5 shadow-sm"
    >
      <h2 id="add-item-heading" className="text-base font-semibold">
        Add an item from a source passage
      </h2>
      <p className="mt-1 text-xs text-stone-600">
        Every item must cite a source: select the passage it rests on, then word the item.
      </p>
      <div className="mt-3">
        <label htmlFor="passage-source" className="block text-sm font-medium">
          Source
        </label>
        <select
          id="passage-source"
          value={sourceId}
          onChange={(e) => {
            setSourceId(e.target.value);
            setSelection(null);
          }}
          className={inputClass}
        >
          {sources.map((s) => (
            <option key={s.id} value={s.id}>
              [{s.number}] {s.label}
            </option>
          ))}
        </select>
      </div>
      <div
        ref={textRef}
        onMouseUp={captureSelection}
        onKeyUp={captureSelection}
        tabIndex={0}
        aria-label="Source text: select a passage"
        className="mt-3 max-h-64 overflow-y-auto whitespace-pre-wrap rounded-md border border-stone-200 bg-stone-50 p-3 font-serif text-sm leading-relaxed"
        data-testid="passage-source-text"
      >
        {source?.text ?? ""}
      </div>
      <div className="mt-2">
        <label htmlFor="typed-passage" className="block text-xs font-medium text-stone-700">
          Or paste the exact passage
        </label>
        <input
          id="typed-passage"
          className={inputClass}
          onBlur={(e) => applyTypedPassage(e.target.value)}
          aria-describedby={typedProblem ? "typed-passage-error" : undefined}
        />
        {typedProblem ? (
          <p id="typed-passage-error" className="mt-1 text-xs text-red-700">
            {typedProblem}
          </p>
        ) : null}
      </div>
      <p className="mt-2 text-xs text-stone-700" aria-live="polite" data-testid="selected-passage">
        {selection ? <>Citing: “{selection.passage}”</> : "No passage selected yet."}
      </p>
      <form action={dispatch} className="mt-3 space-y-3">
        <input type="hidden" name="revision" value={revision} />
        <input type="hidden" name="sourceId" value={sourceId} />
        <input type="hidden" name="start" value={selection?.start ?? ""} />
        <input type="hidden" name="end" value={selection?.end ?? ""} />
        <input type="hidden" name="passage" value={selection?.passage ?? ""} />
        <div>
          <label htmlFor="add-section" className="block text-sm font-medium">
            Section
          </label>
          <select
            id="add-section"
            name="section"
            value={section}
            onChange={(e) => setSection(e.target.value as BriefingSection)}
            className={inputClass}
          >
            {BRIEFING_SECTIONS.map((s) => (
              <option key={s} value={s}>
                {SECTION_TITLES[s]}
              </option>
            ))}
          </select>
        </div>
        {section === "positions" ? (
          <div>
            <label htmlFor="add-actor" className="block text-sm font-medium">
              Party
            </label>
            <input
              id="add-actor"
              name="actor"
              required
              maxLength={120}
              value={actor}
              onChange={(e) => setActor(e.target.value)}
              list="add-actor-parties"
              placeholder="Pick a party or name a new one"
              className={inputClass}
            />
            <datalist id="add-actor-parties">
              {parties.map((p) => (
                <option key={p} value={p} />
              ))}
            </datalist>
          </div>
        ) : null}
        {section === "timeline" ? (
          <div>
            <label htmlFor="add-when" className="block text-sm font-medium">
              When
            </label>
            <input
              id="add-when"
              name="when"
              required
              maxLength={120}
              value={when}
              onChange={(e) => setWhen(e.target.value)}
              className={inputClass}
            />
          </div>
        ) : null}
        {section === "dealTerms" ? (
          <div>
            <label htmlFor="add-status" className="block text-sm font-medium">
              Status
            </label>
            <select id="add-status" name="dealStatus" className={inputClass} defaultValue="proposed">
              {DEAL_TERM_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {DEAL_TERM_STATUS_LABELS[s]}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div>
          <label htmlFor="add-text" className="block text-sm font-medium">
            Item wording
          </label>
          <textarea
            id="add-text"
            name="text"
            rows={2}
            required
            value={text}
            onChange={(e) => setText(e.target.value)}
            className={inputClass}
            placeholder="Short, neutral and attributed, e.g. “Israel says …”"
          />
        </div>
        {state.conflict ? (
          <ConflictNotice message={state.message ?? ""} />
        ) : (
          <FormMessage message={state.message} tone={state.tone} />
        )}
        <SubmitButton pending={pending}>Add cited item</SubmitButton>
      </form>
    </section>
  );
}
