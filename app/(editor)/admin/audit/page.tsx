import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { requirePageRole } from "@/lib/server/auth";
import { AUDIT_ACTIONS, listAuditEvents } from "@/lib/server/audit";

export const metadata: Metadata = { title: "Audit log" };

const filterSchema = z.object({
  action: z
    .enum(AUDIT_ACTIONS as [string, ...string[]])
    .optional()
    .catch(undefined),
  actor: z.string().trim().max(200).optional().catch(undefined),
  entityType: z.enum(["User", "Story", "Source", "Briefing"]).optional().catch(undefined),
  from: z.coerce.date().optional().catch(undefined),
  to: z.coerce.date().optional().catch(undefined),
  page: z.coerce.number().int().min(1).optional().catch(undefined),
});

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" });
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
  const { events, total, page, pages } = await listAuditEvents(actor, { ...filters, to });
  const pageLink = (n: number) =>
    `?${new URLSearchParams({ ...Object.fromEntries(Object.entries(raw).filter((e): e is [string, string] => !!e[1])), page: String(n) })}`;

  return (
    <div className="space-y-6">
      <h1 className="font-serif text-3xl font-bold">Audit log</h1>
      <form
        method="get"
        className="grid gap-3 rounded-lg border border-stone-200 bg-white p-4 sm:grid-cols-3 lg:grid-cols-6"
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
          Who (email)
          <input name="actor" defaultValue={filters.actor ?? ""} className={selectClass} />
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
      <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Audit events, newest first</caption>
          <thead className="bg-stone-50 text-xs uppercase tracking-wide text-stone-600">
            <tr>
              <th scope="col" className="px-3 py-2">
                When (UTC)
              </th>
              <th scope="col" className="px-3 py-2">
                Who
              </th>
              <th scope="col" className="px-3 py-2">
                Action
              </th>
              <th scope="col" className="px-3 py-2">
                Record
              </th>
              <th scope="col" className="px-3 py-2">
                Details
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-100">
            {events.map((e) => (
              <tr key={e.id} data-testid="audit-row">
                <td className="whitespace-nowrap px-3 py-2">{dateFormat.format(e.createdAt)}</td>
                <td className="px-3 py-2">{e.actorEmail ?? "system"}</td>
                <td className="px-3 py-2 font-mono text-xs">{e.action}</td>
                <td className="px-3 py-2 text-xs">
                  {e.entityType} <span className="text-stone-500">{e.entityId?.slice(0, 10)}</span>
                </td>
                <td
                  className="max-w-md truncate px-3 py-2 font-mono text-xs text-stone-600"
                  title={JSON.stringify(e.details)}
                >
                  {e.details ? JSON.stringify(e.details) : ""}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
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
