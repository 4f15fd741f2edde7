import "server-only";
// A trust asks schools of the register to join it; each school's head decides (decision 0022).
// Row-level security holds the same rules: the trust sees nothing of a school until it accepts.
import { randomUUID } from "node:crypto";
import { audit } from "../audit/record";
import { getConfig } from "../config";
import { withScope, type Tx } from "../db/scope";
import { UserError } from "../errors";
import type { JoinRequestStatus } from "../generated/prisma/enums";
import { deliverInvitations, type IssuedInvitation } from "../people/invitations";
import { insertInvitations } from "../people/insert-invitations";
import { invitationExpiry, newToken } from "../people/tokens";
import { trustJoinRefusal } from "../register/eligibility";
import { insertSchoolFromRegister } from "../register/new-school";
import { registerSchool } from "../register/queries";
import { isUniqueViolation } from "../register/unique";
import { scopeOf, type SchoolContext, type TrustContext } from "../tenancy/context";
import type { addSchoolSchema } from "./schemas";
import type { z } from "zod";

type AddSchool = z.output<typeof addSchoolSchema>;
export type AddedSchool = { schoolName: string; created: boolean; invitation: IssuedInvitation | null };

const HEAD_NEEDED = "Give the head's name and email: the school is new to Harbour, so its head is invited.";
const JUST_ADDED = "Someone added this school a moment ago. Look it up again.";

/** Asks the school with this URN to join; a school new to Harbour is made from the register and its head invited. */
export async function addSchoolByUrn(
  ctx: TrustContext,
  input: AddSchool,
  now = new Date(),
): Promise<AddedSchool> {
  try {
    const made = await withScope(scopeOf(ctx), async (tx) => {
      const entry = await registerSchool(tx, input.urn);
      const held = await tx.school.findUnique({
        where: { urn: input.urn },
        select: { id: true, trustId: true },
      });
      const asked = held
        ? await tx.trustJoinRequest.count({
            where: { trustId: ctx.trustId, schoolId: held.id, status: "PENDING" },
          })
        : 0;
      const refusal = trustJoinRefusal(input.urn, entry, held, ctx.trustId, asked > 0);
      if (refusal || !entry) throw new UserError(refusal!, "conflict", { urn: [refusal!] });
      if (!held && (!input.headName || !input.headEmail)) {
        const fieldErrors = {
          ...(input.headName ? {} : { headName: ["Enter the head's name."] }),
          ...(input.headEmail ? {} : { headEmail: ["Enter the head's email address."] }),
        };
        throw new UserError(HEAD_NEEDED, "validation", fieldErrors);
      }
      const schoolId = held?.id ?? randomUUID();
      const request = await tx.trustJoinRequest.create({
        data: { trustId: ctx.trustId, schoolId, createdSchool: !held, requestedById: ctx.personId },
      });
      let head = null;
      if (!held) {
        // The school's row comes after its request: the insert policy asks for that request.
        await insertSchoolFromRegister(tx, schoolId, entry);
        const sentByEmail = getConfig().smtp !== null;
        const { token, tokenHash } = newToken();
        const [row] = await insertInvitations(tx, [
          {
            schoolId,
            email: input.headEmail,
            name: input.headName,
            role: "HEAD",
            jobRole: "SENIOR_LEADER",
            tokenHash,
            expiresAt: invitationExpiry(now),
            invitedById: ctx.personId,
            sentByEmail,
          },
        ]);
        head = {
          id: row!.id,
          schoolId,
          email: input.headEmail,
          token,
          invitedById: ctx.personId,
          sentByEmail,
        };
      }
      await audit(tx, {
        actorId: ctx.personId,
        action: "trust-join.requested",
        schoolId,
        trustId: ctx.trustId,
        targetId: request.id,
        detail: { urn: input.urn, createdSchool: !held, ...(head ? { headInvitationId: head.id } : {}) },
      });
      return { schoolName: entry.name, head };
    });
    const [invitation] = made.head ? await deliverInvitations(made.schoolName, [made.head]) : [null];
    return { schoolName: made.schoolName, created: made.head !== null, invitation: invitation ?? null };
  } catch (error) {
    if (isUniqueViolation(error)) throw new UserError(JUST_ADDED, "conflict", { urn: [JUST_ADDED] });
    throw error;
  }
}

export type TrustJoinRow = {
  id: string;
  schoolName: string;
  urn: string;
  status: JoinRequestStatus;
  createdAt: Date;
  decidedAt: Date | null;
};

/** The trust's requests, newest first: waiting ones and how earlier ones ended. */
export async function trustJoinRequests(ctx: TrustContext): Promise<TrustJoinRow[]> {
  const rows = await withScope(scopeOf(ctx), (tx) =>
    tx.trustJoinRequest.findMany({
      where: { trustId: ctx.trustId },
      include: { school: { select: { name: true, urn: true } } },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      take: 200,
    }),
  );
  return rows.map((r) => ({
    id: r.id,
    schoolName: r.school.name,
    urn: r.school.urn,
    status: r.status,
    createdAt: r.createdAt,
    decidedAt: r.decidedAt,
  }));
}

export type SchoolJoinRow = { id: string; trustName: string; createdAt: Date };

/** Requests waiting for this school's head. */
export async function schoolJoinRequests(ctx: SchoolContext): Promise<SchoolJoinRow[]> {
  const rows = await withScope(scopeOf(ctx), (tx) =>
    tx.trustJoinRequest.findMany({
      where: { schoolId: ctx.schoolId, status: "PENDING" },
      include: { trust: { select: { name: true } } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: 20,
    }),
  );
  return rows.map((r) => ({ id: r.id, trustName: r.trust.name, createdAt: r.createdAt }));
}

/** The head accepts (the school joins the trust, in the same transaction) or declines. */
export async function decideJoin(
  ctx: SchoolContext,
  input: { requestId: string; decision: "ACCEPT" | "DECLINE" },
  now = new Date(),
): Promise<{ status: JoinRequestStatus; trustName: string }> {
  return withScope(scopeOf(ctx), async (tx) => {
    const request = await tx.trustJoinRequest.findFirst({
      where: { id: input.requestId, schoolId: ctx.schoolId },
      include: { trust: { select: { name: true } } },
    });
    if (!request) throw new UserError("That request was not found.", "not_found");
    const status = input.decision === "ACCEPT" ? "ACCEPTED" : "DECLINED";
    const decided = await tx.trustJoinRequest.updateMany({
      where: { id: request.id, status: "PENDING" },
      data: { status, decidedById: ctx.personId, decidedAt: now },
    });
    if (decided.count === 0) throw new UserError("This request has already been answered.", "conflict");
    if (status === "ACCEPTED") {
      const joined = await tx.school.updateMany({
        where: { id: ctx.schoolId, trustId: null },
        data: { trustId: request.trustId },
      });
      if (joined.count === 0) throw new UserError(`${ctx.schoolName} is already in a trust.`, "conflict");
      await declineOthers(tx, ctx, request.id, now);
    }
    await audit(tx, {
      actorId: ctx.personId,
      action: status === "ACCEPTED" ? "trust-join.accepted" : "trust-join.declined",
      schoolId: ctx.schoolId,
      trustId: request.trustId,
      targetId: request.id,
    });
    return { status, trustName: request.trust.name };
  });
}

/** A school is in one trust at most: joining one answers every other trust's waiting request. */
async function declineOthers(tx: Tx, ctx: SchoolContext, keptId: string, now: Date) {
  const others = await tx.trustJoinRequest.findMany({
    where: { schoolId: ctx.schoolId, status: "PENDING", id: { not: keptId } },
    select: { id: true, trustId: true },
  });
  if (others.length === 0) return;
  await tx.trustJoinRequest.updateMany({
    where: { id: { in: others.map((o) => o.id) }, status: "PENDING" },
    data: { status: "DECLINED", decidedById: ctx.personId, decidedAt: now },
  });
  for (const other of others) {
    await audit(tx, {
      actorId: ctx.personId,
      action: "trust-join.declined",
      schoolId: ctx.schoolId,
      trustId: other.trustId,
      targetId: other.id,
      detail: { reason: "joined another trust" },
    });
  }
}
