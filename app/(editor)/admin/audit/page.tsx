import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { requirePageRole } from "@/lib/server/auth";
import { AUDIT_ACTIONS, auditFilterOptions, listAuditEvents } from "@/lib/server/audit";
import { describeAuditEvent } from "@/lib/audit/describe";

export const metadata: Metadata = { title: "Audit log" };

const filterSchema = z.object({
  action: z
    .enum(AUDIT_ACTIONS as [string, ...string[]])
    .optional()
    .catch(undefined),
  actor: z.string().trim().max(200).optional().catch(undefined),
  entityType: z.enum(["User", "Story", "Source", "Briefing"]).optional().catch(undefined),
  storyId: z.string().trim().max(40).optional().catch(undefined),
  from: z.coerce.date().optional().catch(undefined),
  to: z.coerce.date().optional().catch(undefined),
  page: z.coerce.number().int().min(1).optional().catch(undefined),
});

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" });
const timeFormat = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", timeZone: "UTC" });
const selectClass = "mt-1 block w-full rounded-md border border-stone-300 bg-white px-2 py-1.5 text-sm";

export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requirePageRole("ADMIN", "/admin/audit");
  const raw = await searchParams;
  const filters = filterSchema.parse(
    Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== "" && v !== undefined)),
  );
  // A "to" date means the whole of that day.
  const to = filters.to ? new Date(filters.to.getTime() + 24 * 60 * 60 * 1000 - 1) : undefined;
  const [{ events, stories, total, page, pages }, options] = await Promise.all([
    listAuditEvents(actor, { ...filters, to }),
    auditFilterOptions(actor),
  ]);
  const pageLink = (n: number) =>
    `?${new URLSearchParams({ ...Object.fromEntries(Object.entries(raw).filter((e): e is [string, string] => !!e[1])), page: String(n) })}`;

  return (
    <div className="space-y-6">
      <h1 className="font-serif text-3xl font-bold">Audit log</h1>
      <form
        method="get"
        className="grid gap-3 rounded-lg border border-stone-200 bg-white p-4 sm:grid-cols-3 lg:grid-cols-7"
        aria-label="Filter the audit log"
      >
        <label className="text-sm font-medium">
          Action
          <select name="action" defaultValue={filters.action ?? ""} className={selectClass}>
            <option value="">Any</option>
            {AUDIT_ACTIONS.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm font-medium">
          Who
          <select name="actor" defaultValue={filters.actor ?? ""} className={selectClass}>
            <option value="">Anyone</option>
            {options.people.map((p) => (
              <option key={p.email} value={p.email}>
                {p.name} ({p.email})
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm font-medium">
          Story
          <select name="storyId" defaultValue={filters.storyId ?? ""} className={selectClass}>
            <option value="">Any</option>
            {options.stories.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm font-medium">
          Record type
          <select name="entityType" defaultValue={filters.entityType ?? ""} className={selectClass}>
            <option value="">Any</option>
            {["User", "Story", "Source", "Briefing"].map((t) => (
              <option key={t}>{t}</option>
            ))}
          </select>
        </label>
        <label className="text-sm font-medium">
          From
          <input type="date" name="from" defaultValue={raw.from ?? ""} className={selectClass} />
        </label>
        <label className="text-sm font-medium">
          To
          <input type="date" name="to" defaultValue={raw.to ?? ""} className={selectClass} />
        </label>
        <div className="flex items-end gap-2">
          <button type="submit" className="rounded-md bg-ink px-3 py-1.5 text-sm font-semibold text-white">
            Filter
          </button>
          <Link href="/admin/audit" className="text-sm underline">
            Clear
          </Link>
        </div>
      </form>
      <p className="text-sm text-stone-600">
        {total} {total === 1 ? "event" : "events"} · page {page} of {pages}
      </p>
      <ol
        className="divide-y divide-stone-100 rounded-lg border border-stone-200 bg-white"
        aria-label="Audit events, newest first"
      >
        {events.map((e) => {
          const story = e.storyId ? stories.get(e.storyId) : undefined;
          const sentence = describeAuditEvent({ ...e, actorName: e.actor?.name }, story);
          return (
            <li key={e.id} data-testid="audit-row" className="px-4 py-3 text-sm">
              <p className="break-words">
                <span className="font-semibold">{sentence.who}</span> {sentence.what}
                {sentence.story ? (
                  <>
                    {" "}
                    <Link href={sentence.story.href} className="underline">
                      {sentence.story.title}
                    </Link>
                  </>
                ) : null}
                {sentence.version ? (
                  <>
                    {" "}
                    (
                    <Link href={sentence.version.href} className="underline">
                      version {sentence.version.number}
                    </Link>
                    )
                  </>
                ) : null}
                ,{" "}
                <time dateTime={e.createdAt.toISOString()} title={`${dateFormat.format(e.createdAt)} UTC`}>
                  {timeFormat.format(e.createdAt)}
                </time>
                <span className="ml-1 text-xs text-stone-500">{dateFormat.format(e.createdAt).split(",")[0]} UTC</span>
              </p>
              <details className="mt-1 text-xs text-stone-600">
                <summary className="cursor-pointer">
                  Details <span className="font-mono">{e.action}</span>
                </summary>
                <pre className="mt-1 overflow-x-auto whitespace-pre-wrap break-all rounded bg-stone-50 p-2 font-mono">
                  {JSON.stringify(
                    {
                      action: e.action,
                      by: e.actorEmail,
                      record: `${e.entityType} ${e.entityId ?? ""}`,
                      details: e.details,
                    },
                    null,
                    2,
                  )}
                </pre>
              </details>
            </li>
          );
        })}
      </ol>
      <nav aria-label="Audit pages" className="flex gap-3 text-sm">
        {page > 1 ? (
          <Link href={pageLink(page - 1)} className="underline">
            ← Newer
          </Link>
        ) : null}
        {page < pages ? (
          <Link href={pageLink(page + 1)} className="underline">
            Older →
          </Link>
        ) : null}
      </nav>
    </div>
  );
}
