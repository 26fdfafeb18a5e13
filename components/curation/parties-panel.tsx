"use client";

import { useActionState, useState } from "react";
import type { StoryParty } from "@/lib/curation/parties";
import { ConflictNotice } from "./conflict-notice";
import type { FormAction } from "./types";
import { FormMessage } from "@/components/ui/form";

const input = "mt-1 block w-full min-w-0 rounded-md border border-stone-300 bg-white px-2 py-1 text-sm";
const button =
  "rounded border border-stone-300 bg-white px-2 py-1 text-xs font-medium text-stone-700 hover:bg-stone-50 disabled:opacity-50";

export interface PartyRow extends StoryParty {
  /** The items naming the party, for choosing which to split off. */
  items: { key: string; text: string }[];
}

function PartyEditor({
  party,
  all,
  revision,
  action,
}: {
  party: PartyRow;
  all: string[];
  revision: number;
  action: FormAction;
}) {
  const [state, dispatch, pending] = useActionState(action, {});
  const [mode, setMode] = useState<"rename" | "merge" | "split" | null>(null);
  const [to, setTo] = useState("");
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const slug = party.name.replace(/\W+/g, "-");
  const others = all.filter((p) => p !== party.name);
  return (
    <li className="py-2" data-testid="party-row">
      <div className="flex flex-wrap items-center gap-2">
        <span className="w-full min-w-0 break-words text-sm font-semibold sm:w-auto sm:flex-1 lg:w-full lg:flex-none">
          {party.name}
        </span>
        <span className="text-xs text-stone-600">
          {party.itemKeys.length} {party.itemKeys.length === 1 ? "item" : "items"}
        </span>
        {(["rename", "merge", "split"] as const).map((m) =>
          m === "merge" && others.length === 0 ? null : (
            <button
              key={m}
              type="button"
              className={button}
              aria-expanded={mode === m}
              aria-label={`${m[0]!.toUpperCase()}${m.slice(1)} ${party.name}`}
              onClick={() => {
                setMode(mode === m ? null : m);
                setTo(m === "merge" ? (others[0] ?? "") : "");
              }}
            >
              {m === "rename" ? "Rename" : m === "merge" ? "Merge" : "Split"}
            </button>
          ),
        )}
      </div>
      {party.engineNames.some((n) => n !== party.name) ? (
        <p className="text-xs text-stone-500">As found in the sources: {party.engineNames.join("; ")}</p>
      ) : null}
      {mode ? (
        <form action={dispatch} className="mt-2 space-y-2 rounded-md border border-stone-200 bg-stone-50 p-2">
          <input type="hidden" name="revision" value={revision} />
          <input type="hidden" name="from" value={party.name} />
          <input type="hidden" name="op" value={mode === "split" ? "split" : "rename"} />
          {mode === "merge" ? (
            <label className="block text-xs font-medium">
              Merge “{party.name}” into
              <select name="to" value={to} onChange={(e) => setTo(e.target.value)} className={input}>
                {others.map((p) => (
                  <option key={p} value={p}>
                    {p}
                  </option>
                ))}
              </select>
            </label>
          ) : (
            <label className="block text-xs font-medium" htmlFor={`party-to-${slug}`}>
              {mode === "rename" ? "New name" : "Name for the chosen items"}
              <input
                id={`party-to-${slug}`}
                name="to"
                value={to}
                onChange={(e) => setTo(e.target.value)}
                list={`party-names-${slug}`}
                maxLength={120}
                className={input}
              />
              <datalist id={`party-names-${slug}`}>
                {others.map((p) => (
                  <option key={p} value={p} />
                ))}
              </datalist>
            </label>
          )}
          {mode === "split" ? (
            <fieldset>
              <legend className="text-xs font-medium">Items that belong to the new name</legend>
              <ul className="mt-1 space-y-1">
                {party.items.map((item) => (
                  <li key={item.key} className="flex items-start gap-2 text-xs">
                    <input
                      type="checkbox"
                      name="keys"
                      value={item.key}
                      id={`split-${slug}-${item.key}`}
                      checked={chosen.has(item.key)}
                      onChange={(e) =>
                        setChosen((prev) => {
                          const next = new Set(prev);
                          if (e.target.checked) next.add(item.key);
                          else next.delete(item.key);
                          return next;
                        })
                      }
                    />
                    <label htmlFor={`split-${slug}-${item.key}`} className="min-w-0 break-words">
                      {item.text}
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
          ) : null}
          {state.conflict ? (
            <ConflictNotice message={state.message ?? ""} soft />
          ) : (
            <FormMessage message={state.message} tone={state.tone} />
          )}
          <button type="submit" disabled={pending} className={button}>
            {mode === "rename" ? "Rename everywhere" : mode === "merge" ? "Merge" : "Split off"}
          </button>
        </form>
      ) : null}
    </li>
  );
}

/** The story's parties: rename, merge and split, applied to every item and kept across rebuilds. */
export function PartiesPanel({
  parties,
  revision,
  action,
}: {
  parties: PartyRow[];
  revision: number;
  action: FormAction;
}) {
  const names = parties.map((p) => p.name);
  return (
    <section aria-labelledby="parties-heading" className="rounded-lg border border-stone-200 bg-white p-5 shadow-sm">
      <h2 id="parties-heading" className="text-base font-semibold">
        Parties
      </h2>
      <p className="mt-1 text-xs text-stone-600">
        Names the engine gave the sides of the story. Renaming or merging changes every item and survives rebuilds.
      </p>
      {parties.length === 0 ? (
        <p className="mt-2 text-sm text-stone-500">No item names a party yet.</p>
      ) : (
        <ul className="mt-2 divide-y divide-stone-100">
          {parties.map((p) => (
            <PartyEditor key={p.name} party={p} all={names} revision={revision} action={action} />
          ))}
        </ul>
      )}
    </section>
  );
}
