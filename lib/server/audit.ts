import "server-only";
import type { Prisma } from "@/prisma/sqlite/generated/client.ts";
import { db } from "./db";
import { assertRole, type Actor } from "./authz";

export type AuditAction =
  | "user.sign-in"
  | "user.create"
  | "user.disable"
  | "user.enable"
  | "story.create"
  | "story.rename"
  | "story.archive"
  | "story.unarchive"
  | "story.delete"
  | "source.add"
  | "source.include"
  | "source.exclude"
  | "source.delete"
  | "source.edit"
  | "briefing.rebuild"
  | "briefing.curate"
  | "briefing.publish"
  | "briefing.unpublish";

type Tx = Pick<typeof db, "auditEvent">;

export async function recordAudit(
  actor: Actor | null,
  action: AuditAction,
  entity: { type: string; id?: string | null },
  details?: Prisma.InputJsonValue,
  tx: Tx = db,
): Promise<void> {
  const fromDetails =
    details && typeof details === "object" && !Array.isArray(details)
      ? (details as Record<string, unknown>).storyId
      : undefined;
  const storyId = typeof fromDetails === "string" ? fromDetails : entity.type === "Story" ? (entity.id ?? null) : null;
  await tx.auditEvent.create({
    data: {
      actorId: actor?.id ?? null,
      actorEmail: actor?.email ?? null,
      action,
      entityType: entity.type,
      entityId: entity.id ?? null,
      storyId,
      details: details ?? undefined,
    },
  });
}

export interface AuditFilters {
  action?: string;
  actor?: string;
  storyId?: string;
  entityType?: string;
  from?: Date;
  to?: Date;
  page?: number;
}

export const AUDIT_PAGE_SIZE = 50;

/** Admin-only read of the audit log, newest first, with filters. */
export async function listAuditEvents(actor: Actor | null, filters: AuditFilters) {
  assertRole(actor, "ADMIN");
  const where = {
    ...(filters.action ? { action: filters.action } : {}),
    ...(filters.entityType ? { entityType: filters.entityType } : {}),
    ...(filters.storyId ? { storyId: filters.storyId } : {}),
    ...(filters.actor ? { actorEmail: { contains: filters.actor.toLowerCase() } } : {}),
    ...(filters.from || filters.to
      ? { createdAt: { ...(filters.from ? { gte: filters.from } : {}), ...(filters.to ? { lte: filters.to } : {}) } }
      : {}),
  };
  const page = Math.max(1, filters.page ?? 1);
  const [events, total] = await Promise.all([
    db.auditEvent.findMany({
      where,
      orderBy: { createdAt: "desc" },
      skip: (page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select: {
        id: true,
        action: true,
        actorEmail: true,
        entityType: true,
        entityId: true,
        storyId: true,
        details: true,
        createdAt: true,
        actor: { select: { name: true } },
      },
    }),
    db.auditEvent.count({ where }),
  ]);
  const storyIds = [...new Set(events.map((e) => e.storyId).filter((id): id is string => id !== null))];
  const stories = await db.story.findMany({
    where: { id: { in: storyIds } },
    select: { id: true, title: true, slug: true },
  });
  return {
    events,
    stories: new Map(stories.map((s) => [s.id, { title: s.title, slug: s.slug }])),
    total,
    page,
    pages: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
  };
}

/** People and stories to filter the log by. */
export async function auditFilterOptions(actor: Actor | null) {
  assertRole(actor, "ADMIN");
  const [people, stories] = await Promise.all([
    db.user.findMany({ orderBy: { name: "asc" }, select: { email: true, name: true } }),
    db.story.findMany({ orderBy: { createdAt: "desc" }, take: 200, select: { id: true, title: true } }),
  ]);
  return { people, stories };
}

export const AUDIT_ACTIONS: AuditAction[] = [
  "user.sign-in",
  "user.create",
  "user.disable",
  "user.enable",
  "story.create",
  "source.add",
  "source.include",
  "source.exclude",
  "source.delete",
  "source.edit",
  "story.rename",
  "story.archive",
  "story.unarchive",
  "story.delete",
  "briefing.rebuild",
  "briefing.curate",
  "briefing.publish",
  "briefing.unpublish",
];
