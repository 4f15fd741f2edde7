import "server-only";
import { randomUUID } from "node:crypto";
import type { Prisma } from "../generated/prisma/client";
import type { Tx } from "../db/scope";

/** Every action the audit log records; a list (one per line, trailing commas) so that features add theirs side by side. */
export const AUDIT_ACTIONS = [
  "sign-in.succeeded",
  "sign-in.failed",
  "password.reset-requested",
  "password.reset",
  "invitation.created",
  "invitation.accepted",
  "invitation.unsent",
  "address.confirmed",
  "roster.imported",
  "membership.role-changed",
  "membership.removed",
  "framework.adopted",
  "framework.changed",
  "framework.imported",
  "round.opened",
  "round.extended",
  "round.closed",
  "round.reminded",
  "responses.imported",
  "responses.exported",
  "job-role-tiers.changed",
  "plan.version-created",
  "plan.approved",
  "training.recorded",
  "training.reminded",
  "course.added",
  "course.retired",
  "job-role-tiers.reset",
  "instance.operator-created",
  "instance.register-imported",
  "instance.organisation-added",
  "instance.school-added",
  "instance.leader-appointed",
  "instance.demo-removed",
  "trust-join.requested",
  "trust-join.accepted",
  "trust-join.declined",
  "trust.targets-updated",
  "trust.group-saved",
  "trust.group-deleted",
  "offer.published",
  "offer.booked",
  "offer.booking-moved",
  "offer.changed",
  "offer.withdrawn",
  "school-request.made",
  "school-request.confirmed",
  "instance.school-request-confirmed",
  "instance.school-request-refused",
  "roster.sync-rejected",
  "round.reminders-set",
  "sign-in.refused",
  "sign-in.email-domain-linked",
  "sign-in.email-domain-unlinked",
  "sign-in.settings-changed",
  "review.started",
  "review.contributors-changed",
  "review.governor-added",
  "review.agreed",
  "accreditation.started",
  "accreditation.submitted",
  "accreditation.reviewer-assigned",
  "accreditation.peer-reviewed",
  "accreditation.visit-recorded",
  "accreditation.visit-assessor-invited",
  "accreditation.visit-assessor-withdrawn",
  "accreditation.decided",
  "accreditation.scheme-published",
  "accreditation.reviewer-reassigned",
  "evidence.added",
  "evidence.deleted",
  "lead.appointed",
  "lead.handover-confirmed",
  "action-plan.feed-created",
  "action-plan.feed-replaced",
  "action-plan.feed-stopped",
  "network.opt-in-changed",
  "case-study.saved",
  "case-study.contact-asked",
  "case-study.contact-agreed",
  "case-study.contact-declined",
  "case-study.published",
  "case-study.withdrawn",
  "case-study.question-asked",
  "case-study.question-answered",
  "retention.changed",
  "retention.responses-deleted",
  "account.data-downloaded",
  "account.erased",
  "summary-return.submitted",
  "summary-return.resubmitted",
  "summary-return.withdrawn",
  "local-service.added",
  "local-service.changed",
  "local-service.removed",
  "local-service.correction-suggested",
  "local-service.suggestion-accepted",
  "local-service.suggestion-dismissed",
  "two-factor.started",
  "two-factor.enabled",
  "two-factor.disabled",
  "two-factor.recovery-codes-replaced",
  "two-factor.recovery-code-used",
  "sign-in.second-step-failed",
  "passkey.added",
  "passkey.removed",
  "passkey.renamed",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

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

/**
 * Many entries in one statement (a roster import writes one per invitation): the entries travel as
 * seven arrays, so the statement stays small and quick to build however many there are.
 */
export async function auditMany(tx: Tx, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const column = <K extends keyof AuditEntry>(key: K) => entries.map((e) => e[key] ?? null);
  const ids = entries.map(() => randomUUID());
  const details = entries.map((e) => JSON.stringify(e.detail ?? {}));
  // No RETURNING, which row-level security would check against the read policy: a sign-in event
  // belongs to no school, so no one may read it back through the app.
  await tx.$executeRaw`
    INSERT INTO "AuditEvent" (id, "actorId", action, "schoolId", "trustId", "targetId", detail)
    SELECT * FROM unnest(
      ${ids}::text[], ${column("actorId")}::text[], ${column("action")}::text[], ${column("schoolId")}::text[],
      ${column("trustId")}::text[], ${column("targetId")}::text[], ${details}::jsonb[]
    )`;
}
