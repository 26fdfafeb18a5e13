"use client";

import { useActionState, useState } from "react";
import Link from "next/link";
import type { ActionState } from "@/lib/action-state";
import { SECTION_TITLES, type BriefingSection } from "@/lib/curation/sections";
import { ConflictNotice } from "./conflict-notice";
import { ActionButton } from "@/components/ui/action-button";
import { FormMessage, SubmitButton } from "@/components/ui/form";
import { WithdrawVersion } from "./withdraw-version";

type CurateState = ActionState;

export interface PublishCheckView {
  nextVersion: number;
  notReviewed: { section: BriefingSection; count: number }[];
  emptySections: BriefingSection[];
}

function PublishConfirmation({ check }: { check: PublishCheckView }) {
  const pending = check.notReviewed.reduce((n, s) => n + s.count, 0);
  return (
    <div
      className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm"
      data-testid="publish-confirmation"
    >
      <p className="font-semibold">Publish version {check.nextVersion} to readers?</p>
      {pending > 0 ? (
        <div>
          <p>
            {pending} {pending === 1 ? "item is" : "items are"} not reviewed and will be published as generated:
          </p>
          <ul className="list-disc pl-5">
            {check.notReviewed.map((s) => (
              <li key={s.section}>
                {SECTION_TITLES[s.section]}: {s.count}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p>Every item is reviewed.</p>
      )}
      {check.emptySections.length > 0 ? (
        <p>Empty for readers: {check.emptySections.map((s) => SECTION_TITLES[s]).join(", ")}.</p>
      ) : (
        <p>No section is empty.</p>
      )}
    </div>
  );
}

export interface VersionRow {
  version: number;
  status: "DRAFT" | "PUBLISHED" | "UNPUBLISHED";
  publishedAt: string | null;
  publishedBy: string | null;
  withdrawalReason?: string | null;
}

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

type VisibilityAction = (visible: boolean, reason?: string) => Promise<CurateState>;

function VisibilityButton({ row, action }: { row: VersionRow; action: VisibilityAction }) {
  if (row.status === "PUBLISHED") return <WithdrawVersion version={row.version} action={action} />;
  return <ActionButton label="Republish" ariaLabel={`Republish version ${row.version}`} run={() => action(true)} />;
}

export function PublishPanel({
  slug,
  versions,
  publishAction,
  visibilityActions,
  canPublish,
  check,
}: {
  check: PublishCheckView | null;
  slug: string;
  versions: VersionRow[];
  publishAction: (prev: CurateState) => Promise<CurateState>;
  visibilityActions: Record<number, VisibilityAction>;
  canPublish: boolean;
}) {
  const [state, publish, pending] = useActionState(publishAction, {});
  const [confirming, setConfirming] = useState(false);
  const published = versions.filter((v) => v.status === "PUBLISHED").length;
  return (
    <section
      id="publish"
      aria-labelledby="publish-heading"
      className="scroll-mt-20 rounded-lg border border-stone-200 bg-white p-5 shadow-sm"
    >
      <h2 id="publish-heading" className="text-base font-semibold">
        Publish
      </h2>
      <p className="mt-1 text-xs text-stone-600">
        Publishing freezes the curated briefing as the next numbered version, with the ids and content hashes of its
        sources. Rejected items are left out.
      </p>
      <form
        action={() => {
          setConfirming(false);
          publish();
        }}
        className="mt-3 space-y-2"
      >
        {state.conflict ? (
          <ConflictNotice message={state.message ?? ""} />
        ) : (
          <FormMessage message={state.message} tone={state.tone} />
        )}
        {canPublish && check ? (
          <>
            <Link href={`/desk/${slug}/preview`} className="inline-block text-sm font-medium underline">
              Preview what readers will see
            </Link>
            {confirming ? (
              <>
                <PublishConfirmation check={check} />
                <div className="flex flex-wrap gap-2">
                  <SubmitButton pending={pending}>Publish version {check.nextVersion}</SubmitButton>
                  <button
                    type="button"
                    onClick={() => setConfirming(false)}
                    className="rounded-md border border-stone-300 px-3 py-2 text-sm"
                  >
                    Cancel
                  </button>
                </div>
              </>
            ) : (
              <div>
                <button
                  type="button"
                  onClick={() => setConfirming(true)}
                  disabled={pending}
                  className="inline-flex items-center justify-center rounded-md bg-ink px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-stone-700 disabled:opacity-60"
                >
                  {pending ? "Working…" : "Publish new version…"}
                </button>
              </div>
            )}
          </>
        ) : (
          <p className="text-sm text-stone-500">Add sources to build a briefing first.</p>
        )}
      </form>
      <h3 className="mt-5 text-sm font-semibold">Version history</h3>
      {versions.length === 0 ? (
        <p className="mt-1 text-sm text-stone-500">Nothing published yet.</p>
      ) : (
        <>
          <ul className="mt-2 divide-y divide-stone-100 text-sm" data-testid="version-history">
            {versions.map((row) => (
              <li key={row.version} className="flex flex-wrap items-center gap-2 py-2">
                <span className="font-semibold">v{row.version}</span>
                <span
                  className={`rounded px-1.5 py-0.5 text-xs ${row.status === "PUBLISHED" ? "bg-green-100 text-green-800" : "bg-stone-100 text-stone-600"}`}
                >
                  {row.status === "PUBLISHED" ? "public" : "withdrawn"}
                </span>
                <span className="min-w-0 flex-1 text-xs text-stone-600">
                  {row.publishedAt ? `${dateFormat.format(new Date(row.publishedAt))} UTC` : ""}
                  {row.publishedBy ? ` by ${row.publishedBy}` : ""}
                </span>
                {row.status === "PUBLISHED" ? (
                  <Link href={`/b/${slug}/v/${row.version}`} className="text-xs underline">
                    Read
                  </Link>
                ) : null}
                {visibilityActions[row.version] ? (
                  <VisibilityButton row={row} action={visibilityActions[row.version]!} />
                ) : null}
                {row.status === "UNPUBLISHED" && row.withdrawalReason ? (
                  <span className="w-full text-xs text-stone-600">Reason given to readers: {row.withdrawalReason}</span>
                ) : null}
              </li>
            ))}
          </ul>
          {versions.length >= 2 ? (
            <form method="get" className="mt-3 flex flex-wrap items-end gap-2 text-sm" aria-label="Compare versions">
              <label className="text-xs font-medium">
                From
                <select
                  name="from"
                  defaultValue={versions[1]!.version}
                  className="ml-1 rounded border border-stone-300 px-1 py-0.5"
                >
                  {versions.map((v) => (
                    <option key={v.version} value={v.version}>
                      v{v.version}
                    </option>
                  ))}
                </select>
              </label>
              <label className="text-xs font-medium">
                To
                <select
                  name="to"
                  defaultValue={versions[0]!.version}
                  className="ml-1 rounded border border-stone-300 px-1 py-0.5"
                >
                  {versions.map((v) => (
                    <option key={v.version} value={v.version}>
                      v{v.version}
                    </option>
                  ))}
                </select>
              </label>
              <button type="submit" className="rounded border border-stone-300 bg-white px-2 py-1 text-xs font-medium">
                Compare
              </button>
            </form>
          ) : null}
          <p className="mt-2 text-xs text-stone-500">
            {published} of {versions.length} versions are public.
          </p>
        </>
      )}
    </section>
  );
}
