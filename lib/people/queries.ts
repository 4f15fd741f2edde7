import "server-only";
import { audit } from "../audit/record";
import { withScope, type Tx } from "../db/scope";
import { UserError, notFound } from "../errors";
import type { JobRole, MembershipRole } from "../generated/prisma/enums";
import { scopeOf, type SchoolContext } from "../tenancy/context";
import { createInvitations, deliverInvitations, type IssuedInvitation } from "./invitations";
import { assignableRoles, can, rolesWith } from "../permissions";
import { requiredTier } from "../tiers";
import { checkRoster, type RowProblem } from "./roster";

/**
 * Shown in place of the name of someone removed from the school: their answers and records stay
 * with the school, but row-level security no longer lets it read who they were.
 */
export const LEFT_THE_SCHOOL = "(left the school)";

export type PersonRow = {
  membershipId: string;
  personId: string;
  name: string;
  email: string;
  role: MembershipRole;
  jobRole: JobRole;
};

export type PendingInvitation = {
  id: string;
  email: string;
  role: MembershipRole;
  jobRole: JobRole | null;
  expiresAt: Date;
};

async function findMembership(tx: Tx, ctx: SchoolContext, membershipId: string) {
  // The school comes from the context, never the client: another school's id reads as not found.
  const m = await tx.membership.findFirst({ where: { id: membershipId, schoolId: ctx.schoolId } });
  if (!m) throw notFound();
  return m;
}

/** A school must keep someone who can manage its people (the lead, in the permission map). */
async function refuseLastLead(tx: Tx, ctx: SchoolContext, membershipId: string) {
  const otherLeads = await tx.membership.count({
    where: { schoolId: ctx.schoolId, role: { in: rolesWith("people:manage") }, id: { not: membershipId } },
  });
  if (otherLeads === 0) {
    throw new UserError("A school needs at least one lead. Make someone else a lead first.", "conflict");
  }
}

/** Only roles the permission map lets this person hand out (the forms offer the same list). */
export function requireAssignable(ctx: SchoolContext, role: MembershipRole) {
  if (!assignableRoles(ctx.role).includes(role)) {
    const message = "You cannot give that role.";
    throw new UserError(message, "forbidden", { role: [message] });
  }
}

export async function changeMembership(
  ctx: SchoolContext,
  input: { membershipId: string; role: MembershipRole; jobRole: JobRole },
) {
  return withScope(scopeOf(ctx), (tx) => changeMembershipIn(tx, ctx, input));
}

/** The one role change, inside the caller's transaction (a roster sync applies many in one). */
export async function changeMembershipIn(
  tx: Tx,
  ctx: SchoolContext,
  input: { membershipId: string; role: MembershipRole; jobRole: JobRole },
) {
  requireAssignable(ctx, input.role);
  const before = await findMembership(tx, ctx, input.membershipId);
  if (can(before.role, "people:manage") && !can(input.role, "people:manage"))
    await refuseLastLead(tx, ctx, before.id);
  await tx.membership.update({
    where: { id: before.id },
    data: { role: input.role, jobRole: input.jobRole },
  });
  await audit(tx, {
    actorId: ctx.personId,
    action: "membership.role-changed",
    schoolId: ctx.schoolId,
    targetId: before.personId,
    detail: {
      from: { role: before.role, jobRole: before.jobRole },
      to: { role: input.role, jobRole: input.jobRole },
    },
  });
  return { membershipId: before.id };
}

/** Removes someone from the school. Their past answers stay with the school (they are keyed by school, not membership). */
export async function removeMembership(ctx: SchoolContext, input: { membershipId: string }) {
  return withScope(scopeOf(ctx), (tx) => removeMembershipIn(tx, ctx, input));
}

/** The one removal, inside the caller's transaction; it keeps the school's last lead. */
export async function removeMembershipIn(tx: Tx, ctx: SchoolContext, input: { membershipId: string }) {
  const m = await findMembership(tx, ctx, input.membershipId);
  if (can(m.role, "people:manage")) await refuseLastLead(tx, ctx, m.id);
  await tx.membership.delete({ where: { id: m.id } });
  await audit(tx, {
    actorId: ctx.personId,
    action: "membership.removed",
    schoolId: ctx.schoolId,
    targetId: m.personId,
    detail: { role: m.role, jobRole: m.jobRole },
  });
  return { membershipId: m.id };
}

export type RosterResult = { imported: number; invitations: IssuedInvitation[]; problems: RowProblem[] };

/**
 * Which of these emails are already members of the school or hold a live invitation there: two
 * queries for the whole roster. The messages match invitationConflict's for a single invitation.
 */
export async function rosterConflicts(
  tx: Tx,
  schoolId: string,
  emails: string[],
  now: Date,
): Promise<Map<string, string>> {
  const [members, pending] = await Promise.all([
    tx.membership.findMany({
      where: { schoolId, person: { email: { in: emails } } },
      select: { person: { select: { email: true } } },
    }),
    tx.invitation.findMany({
      where: { schoolId, email: { in: emails }, acceptedAt: null, expiresAt: { gt: now } },
      select: { email: true },
    }),
  ]);
  const out = new Map<string, string>();
  for (const p of pending) out.set(p.email, "This person already has an invitation waiting.");
  for (const m of members) out.set(m.person.email, "This person is already a member of the school.");
  return out;
}

/**
 * Every row is checked first; with any problem nothing is written and every bad row is reported.
 * The file is checked in memory, the clashes with the database are found in two queries and the
 * invitations written in two statements, so 2,000 rows take one short transaction.
 */
export async function importRoster(ctx: SchoolContext, csv: string): Promise<RosterResult> {
  const now = new Date();
  const firstPass = checkRoster(csv);
  if (firstPass.rows.length === 0) return { imported: 0, invitations: [], problems: firstPass.problems };
  const outcome = await withScope(scopeOf(ctx), async (tx) => {
    const conflicts = await rosterConflicts(
      tx,
      ctx.schoolId,
      firstPass.rows.map((r) => r.email),
      now,
    );
    // A bad row and a clash with the database are reported at once; only rows that passed the first
    // check are looked up, so adding the clashes to its problems is the whole second check (no
    // second parse inside the transaction).
    const clashes = firstPass.rows.flatMap((r) => {
      const message = conflicts.get(r.email);
      return message ? [{ line: r.line, message }] : [];
    });
    const problems = [...firstPass.problems, ...clashes].sort((x, y) => x.line - y.line);
    if (problems.length > 0) return { issued: [], problems };
    return { issued: await inviteRosterRows(tx, ctx, firstPass.rows, now, "csv"), problems: [] };
  });
  if (outcome.problems.length > 0) return { imported: 0, invitations: [], problems: outcome.problems };
  const invitations = await deliverInvitations(ctx.schoolName, outcome.issued);
  return { imported: invitations.length, invitations, problems: [] };
}

/**
 * The roster's one way in: each checked row becomes a staff invitation, written in two statements
 * inside the caller's transaction. A CSV import and a roster sync's joiners both come through here.
 */
export async function inviteRosterRows(
  tx: Tx,
  ctx: SchoolContext,
  rows: { email: string; name: string; jobRole: JobRole }[],
  now: Date,
  source: "csv" | "wonde",
) {
  const issued = await createInvitations(
    tx,
    ctx,
    rows.map((r) => ({ email: r.email, name: r.name, role: "STAFF" as const, jobRole: r.jobRole })),
    now,
  );
  await audit(tx, {
    actorId: ctx.personId,
    action: "roster.imported",
    schoolId: ctx.schoolId,
    detail: { rows: rows.length, source },
  });
  return issued;
}

export type SchoolOverview = {
  staffCount: number;
  byTier: Record<1 | 2 | 3, number>;
  pendingInvitations: number;
};

/** Head counts for the lead's overview; tiers follow the school's own job-role mapping. */
export async function schoolOverview(ctx: SchoolContext): Promise<SchoolOverview> {
  return withScope(scopeOf(ctx), async (tx) => {
    const [members, overrides, pendingInvitations] = await Promise.all([
      tx.membership.groupBy({ by: ["jobRole"], where: { schoolId: ctx.schoolId }, _count: { _all: true } }),
      tx.jobRoleTier.findMany({ where: { schoolId: ctx.schoolId } }),
      tx.invitation.count({
        where: { schoolId: ctx.schoolId, acceptedAt: null, expiresAt: { gt: new Date() } },
      }),
    ]);
    const tierOverrides = Object.fromEntries(overrides.map((o) => [o.jobRole, o.requiredTier as 1 | 2 | 3]));
    const byTier = { 1: 0, 2: 0, 3: 0 };
    for (const m of members) {
      if (m.jobRole) byTier[requiredTier(m.jobRole, tierOverrides)] += m._count._all;
    }
    return { staffCount: members.reduce((n, m) => n + m._count._all, 0), byTier, pendingInvitations };
  });
}
