import "server-only";
// A school's roster sync: the Wonde connection, the fetch, the proposals and accepting them. The
// proposals are worked out afresh (lib/roster-sync/diff.ts) from the staff last fetched and the
// school as it is now, so what is accepted is exactly what the lead saw, or nothing (stale).
import { getConfig } from "../config";
import { withScope, type Tx } from "../db/scope";
import { UserError } from "../errors";
import type { JobRole } from "../generated/prisma/enums";
import { rolesWith } from "../permissions";
import { scopeOf, type SchoolContext } from "../tenancy/context";
import { diffRoster, type SyncProposals } from "./diff";
import { openToken, sealToken, tokenEnd } from "./seal";
import { titleKey } from "./titles";
import { fetchWondeStaff } from "./wonde-client";
import type { WondeStaff } from "./wonde-response";
import type { WondeConnectionInput } from "./schemas";

export type WondeConnectionView = { wondeSchoolId: string; tokenEnd: string; updatedAt: Date };
export type SyncView = {
  connection: WondeConnectionView | null;
  lastFetchedAt: Date | null;
  proposals: SyncProposals | null;
};

export async function syncView(ctx: SchoolContext): Promise<SyncView> {
  return withScope(scopeOf(ctx), async (tx) => {
    const connection = await tx.wondeConnection.findUnique({
      where: { schoolId: ctx.schoolId },
      select: { wondeSchoolId: true, tokenEnd: true, updatedAt: true },
    });
    const sync = await tx.rosterSync.findUnique({ where: { schoolId: ctx.schoolId } });
    return {
      connection,
      lastFetchedAt: sync?.createdAt ?? null,
      proposals: sync ? await proposalsIn(tx, ctx, sync.staff as WondeStaff[]) : null,
    };
  });
}

export async function saveConnection(ctx: SchoolContext, input: { wondeSchoolId: string; token: string }) {
  const secret = getConfig().authSecret;
  return withScope(scopeOf(ctx), async (tx) => {
    const before = await tx.wondeConnection.findUnique({ where: { schoolId: ctx.schoolId } });
    if (!input.token && !before) {
      const message = "Enter the token Wonde gave your school.";
      throw new UserError(message, "validation", { token: [message] });
    }
    const token = input.token
      ? { tokenSealed: sealToken(secret, ctx.schoolId, input.token), tokenEnd: tokenEnd(input.token) }
      : {};
    const data = { wondeSchoolId: input.wondeSchoolId, updatedById: ctx.personId, ...token };
    const saved = await tx.wondeConnection.upsert({
      where: { schoolId: ctx.schoolId },
      create: { schoolId: ctx.schoolId, tokenSealed: "", tokenEnd: "", ...data },
      update: data,
    });
    // Staff fetched from another Wonde school would mislead: they go with the old connection.
    if (before && before.wondeSchoolId !== input.wondeSchoolId)
      await tx.rosterSync.deleteMany({ where: { schoolId: ctx.schoolId } });
    return { wondeSchoolId: saved.wondeSchoolId, tokenEnd: saved.tokenEnd };
  });
}

/** Fetches every page first (outside any transaction); a failure leaves the last fetch as it was. */
export async function fetchAndPropose(ctx: SchoolContext): Promise<SyncProposals> {
  const connection = await withScope(scopeOf(ctx), (tx) =>
    tx.wondeConnection.findUnique({ where: { schoolId: ctx.schoolId } }),
  );
  if (!connection) throw new UserError("Connect Harbour to Wonde first.", "conflict");
  let token: string;
  try {
    token = openToken(getConfig().authSecret, ctx.schoolId, connection.tokenSealed);
  } catch {
    throw new UserError("The saved Wonde token can no longer be read. Enter it again below.", "conflict");
  }
  const staff = await fetchWondeStaff({
    apiUrl: getConfig().wondeApiUrl,
    wondeSchoolId: connection.wondeSchoolId,
    token,
  });
  return withScope(scopeOf(ctx), async (tx) => {
    await tx.rosterSync.upsert({
      where: { schoolId: ctx.schoolId },
      create: { schoolId: ctx.schoolId, runById: ctx.personId, staff },
      update: { runById: ctx.personId, staff, createdAt: new Date() },
    });
    return proposalsIn(tx, ctx, staff);
  });
}

/** The proposals from the last fetch against the school now: members, live invitations, mappings, rejections. */
export async function proposalsIn(tx: Tx, ctx: SchoolContext, staff: WondeStaff[], now = new Date()) {
  const [members, pending, mappings, rejections] = await Promise.all([
    tx.membership.findMany({
      where: { schoolId: ctx.schoolId },
      include: { person: { select: { name: true, email: true } } },
    }),
    tx.invitation.findMany({
      where: { schoolId: ctx.schoolId, acceptedAt: null, expiresAt: { gt: now } },
      select: { email: true },
    }),
    tx.rosterRoleMapping.findMany({ where: { schoolId: ctx.schoolId } }),
    tx.rosterSyncRejection.findMany({ where: { schoolId: ctx.schoolId } }),
  ]);
  const managers = new Set(rolesWith("people:manage"));
  return diffRoster({
    staff,
    members: members.map((m) => ({
      membershipId: m.id,
      personId: m.personId,
      name: m.person.name,
      email: m.person.email,
      role: m.role,
      jobRole: m.jobRole!,
      manages: managers.has(m.role),
    })),
    pending: pending.map((p) => p.email),
    mappings: new Map(mappings.map((m) => [m.titleKey, m.jobRole])),
    rejections: new Map(rejections.map((r) => [r.proposalKey, r.fingerprint])),
    actorPersonId: ctx.personId,
  });
}

export async function saveRoleMappings(ctx: SchoolContext, mappings: { title: string; jobRole: JobRole }[]) {
  return withScope(scopeOf(ctx), async (tx) => {
    for (const m of mappings) {
      const key = titleKey(m.title);
      await tx.rosterRoleMapping.upsert({
        where: { schoolId_titleKey: { schoolId: ctx.schoolId, titleKey: key } },
        create: { schoolId: ctx.schoolId, titleKey: key, title: m.title, jobRole: m.jobRole },
        update: { jobRole: m.jobRole },
      });
    }
    return { saved: mappings.length };
  });
}

export type { WondeConnectionInput };
