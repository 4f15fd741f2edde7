import "server-only";
import type { Prisma } from "../generated/prisma/client";
import type { Tx } from "../db/scope";

export type AuditAction =
  | "sign-in.succeeded"
  | "sign-in.failed"
  | "invitation.created"
  | "invitation.accepted"
  | "invitation.unsent"
  | "address.confirmed"
  | "roster.imported"
  | "membership.role-changed"
  | "membership.removed"
  | "framework.adopted"
  | "framework.changed"
  | "framework.imported"
  | "round.opened"
  | "round.extended"
  | "round.closed"
  | "round.reminded"
  | "responses.imported"
  | "responses.exported"
  | "job-role-tiers.changed"
  | "plan.version-created"
  | "plan.approved"
  | "training.recorded"
  | "training.reminded"
  | "course.added"
  | "course.retired"
  | "job-role-tiers.reset";

export type AuditEntry = {
  actorId: string | null;
  action: AuditAction;
  schoolId?: string | null;
  trustId?: string | null;
  targetId?: string | null;
  detail?: Prisma.InputJsonObject;
};

/** Appends to the audit log inside the caller's transaction, so the record and the change stand or fall together. */
export async function audit(tx: Tx, entry: AuditEntry): Promise<void> {
  await auditMany(tx, [entry]);
}

/** Many entries in one statement (a roster import writes one per invitation). */
export async function auditMany(tx: Tx, entries: AuditEntry[]): Promise<void> {
  // createMany sends no RETURNING, which row-level security would check against the read policy:
  // a sign-in event belongs to no school, so no one may read it back through the app.
  await tx.auditEvent.createMany({
    data: entries.map((entry) => ({
      actorId: entry.actorId,
      action: entry.action,
      schoolId: entry.schoolId ?? null,
      trustId: entry.trustId ?? null,
      targetId: entry.targetId ?? null,
      detail: entry.detail ?? {},
    })),
  });
}
