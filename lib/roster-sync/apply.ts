import "server-only";
// Accepting or rejecting a roster sync's proposals. Accepting goes through the people feature's own
// paths (roster invitations, role change, removal) inside one transaction: all chosen, or nothing.
import { audit } from "../audit/record";
import { withScope, type Tx } from "../db/scope";
import { UserError } from "../errors";
import { deliverInvitations, type IssuedInvitation } from "../people/invitations";
import { changeMembershipIn, inviteRosterRows, removeMembershipIn, rosterConflicts } from "../people/queries";
import { scopeOf, type SchoolContext } from "../tenancy/context";
import type { Joiner, Leaver, RoleChange, SyncProposals } from "./diff";
import { proposalsIn } from "./queries";
import type { WondeStaff } from "./wonde-response";

const STALE =
  "Your MIS data or your people have changed since this page was loaded, so nothing was changed. Look at the proposals again.";

export type AcceptResult = { joined: number; left: number; changed: number; invitations: IssuedInvitation[] };

async function chosen(tx: Tx, ctx: SchoolContext, keys: string[]) {
  const sync = await tx.rosterSync.findUnique({ where: { schoolId: ctx.schoolId } });
  if (!sync) throw new UserError("Fetch your staff from Wonde first.", "conflict");
  const proposals: SyncProposals = await proposalsIn(tx, ctx, sync.staff as WondeStaff[]);
  const byKey = new Map<string, Joiner | Leaver | RoleChange>(
    [...proposals.joiners, ...proposals.leavers, ...proposals.changes].map((p) => [p.key, p]),
  );
  const wanted = [...new Set(keys)];
  if (wanted.some((k) => !byKey.has(k))) throw new UserError(STALE, "stale");
  const pick = <T>(list: T[]) => list.filter((p) => wanted.includes((p as { key: string }).key));
  return {
    joiners: pick(proposals.joiners),
    leavers: pick(proposals.leavers),
    changes: pick(proposals.changes),
  };
}

export async function acceptProposals(ctx: SchoolContext, keys: string[]): Promise<AcceptResult> {
  const now = new Date();
  const done = await withScope(scopeOf(ctx), async (tx) => {
    const { joiners, leavers, changes } = await chosen(tx, ctx, keys);
    const clashes = await rosterConflicts(
      tx,
      ctx.schoolId,
      joiners.map((j) => j.email),
      now,
    );
    if (clashes.size > 0) throw new UserError(STALE, "stale");
    const issued = joiners.length > 0 ? await inviteRosterRows(tx, ctx, joiners, now, "wonde") : [];
    const roles = new Map(
      (
        await tx.membership.findMany({
          where: { schoolId: ctx.schoolId, id: { in: changes.map((c) => c.membershipId) } },
          select: { id: true, role: true },
        })
      ).map((m) => [m.id, m.role]),
    );
    for (const c of changes)
      await changeMembershipIn(tx, ctx, {
        membershipId: c.membershipId,
        role: roles.get(c.membershipId)!,
        jobRole: c.to,
      });
    for (const l of leavers) await removeMembershipIn(tx, ctx, { membershipId: l.membershipId });
    return { issued, left: leavers.length, changed: changes.length };
  });
  const invitations = await deliverInvitations(ctx.schoolName, done.issued);
  return { joined: invitations.length, left: done.left, changed: done.changed, invitations };
}

/** A rejected proposal is kept out of later syncs until its fingerprint (Wonde's data for it) changes. */
export async function rejectProposals(ctx: SchoolContext, keys: string[]): Promise<{ rejected: number }> {
  return withScope(scopeOf(ctx), async (tx) => {
    const { joiners, leavers, changes } = await chosen(tx, ctx, keys);
    const all = [...joiners, ...leavers, ...changes];
    for (const p of all) {
      const data = { fingerprint: p.fingerprint, rejectedById: ctx.personId, rejectedAt: new Date() };
      await tx.rosterSyncRejection.upsert({
        where: { schoolId_proposalKey: { schoolId: ctx.schoolId, proposalKey: p.key } },
        create: { schoolId: ctx.schoolId, proposalKey: p.key, ...data },
        update: data,
      });
    }
    await audit(tx, {
      actorId: ctx.personId,
      action: "roster.sync-rejected",
      schoolId: ctx.schoolId,
      detail: { keys: all.map((p) => p.key) },
    });
    return { rejected: all.length };
  });
}
