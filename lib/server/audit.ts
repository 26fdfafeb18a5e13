import "server-only";
import type { Prisma } from "@/prisma/sqlite/generated/client.ts";
import { db } from "./db";
import type { Actor } from "./authz";

export type AuditAction =
  | "user.sign-in"
  | "user.create"
  | "user.disable"
  | "user.enable"
  | "story.create"
  | "source.add"
  | "source.include"
  | "source.exclude"
  | "source.delete"
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
  await tx.auditEvent.create({
    data: {
      actorId: actor?.id ?? null,
      actorEmail: actor?.email ?? null,
      action,
      entityType: entity.type,
      entityId: entity.id ?? null,
      details: details ?? undefined,
    },
  });
}
