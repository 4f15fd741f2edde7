import "server-only";
// Operators see school requests that wait for them (no website in the register, no SMTP, or a link
// that could not be sent), check them out of band, then confirm or refuse (decision 0022).
import { randomUUID } from "node:crypto";
import { audit } from "../audit/record";
import { getConfig } from "../config";
import { withScope, type Tx } from "../db/scope";
import { UserError } from "../errors";
import type { JobRole, SchoolRequestStatus } from "../generated/prisma/enums";
import { schoolRequestRefusal } from "../register/eligibility";
import { insertSchoolFromRegister } from "../register/new-school";
import { registerSchool, type RegisterSchool } from "../register/queries";
import { isUniqueViolation } from "../register/unique";
import type { OperatorContext } from "../tenancy/context";
import { schoolDomain } from "./domain";
import { inviteRequester } from "./lead-invitation";

const WAITING: SchoolRequestStatus[] = ["WAITING_OPERATOR", "WAITING_EMAIL"];

export type WaitingRequest = {
  id: string;
  urn: string;
  requesterName: string;
  jobRole: JobRole;
  email: string;
  status: SchoolRequestStatus;
  createdAt: Date;
  school: RegisterSchool | null;
  domain: string | null;
};

/** Requests not yet decided, oldest first, with the register's details to check them against. */
export async function waitingRequests(ctx: OperatorContext): Promise<WaitingRequest[]> {
  return withScope({ personId: ctx.personId }, async (tx) => {
    const rows = await tx.schoolRequest.findMany({
      where: { status: { in: WAITING } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: 200,
    });
    const entries = await tx.registerSchool.findMany({ where: { urn: { in: rows.map((r) => r.urn) } } });
    const byUrn = new Map(entries.map((e) => [e.urn, e]));
    return rows.map((r) => {
      const school = byUrn.get(r.urn) ?? null;
      return {
        id: r.id,
        urn: r.urn,
        requesterName: r.requesterName,
        jobRole: r.jobRole,
        email: r.email,
        status: r.status,
        createdAt: r.createdAt,
        school,
        domain: schoolDomain(school?.website),
      };
    });
  });
}

export type OperatorDecision =
  | { decision: "CONFIRMED"; schoolName: string; email: string; link: string }
  | { decision: "REFUSED"; schoolName: string; email: string };

async function waiting(tx: Tx, requestId: string) {
  const request = await tx.schoolRequest.findUnique({ where: { id: requestId } });
  if (!request) throw new UserError("That request was not found.", "not_found");
  if (!WAITING.includes(request.status))
    throw new UserError("This request has already been decided.", "conflict");
  return request;
}

/** Confirming makes the school and its requester's LEAD invitation; the link is for the operator to pass on. */
export async function confirmRequest(
  ctx: OperatorContext,
  requestId: string,
  now = new Date(),
): Promise<OperatorDecision> {
  try {
    return await withScope({ personId: ctx.personId }, async (tx) => {
      const request = await waiting(tx, requestId);
      const entry = await registerSchool(tx, request.urn);
      const held = await tx.school.findUnique({ where: { urn: request.urn }, select: { trustId: true } });
      const refusal = schoolRequestRefusal(request.urn, entry, held);
      if (refusal || !entry) throw new UserError(refusal!, "conflict");
      const schoolId = randomUUID();
      const decided = await tx.schoolRequest.updateMany({
        where: { id: request.id, status: { in: WAITING } },
        data: { status: "CONFIRMED", schoolId, decidedById: ctx.personId, decidedAt: now },
      });
      if (decided.count === 0) throw new UserError("This request has already been decided.", "conflict");
      await insertSchoolFromRegister(tx, schoolId, entry);
      // Shared by hand, so it proves nothing about the address (decision 0008).
      const token = await inviteRequester(
        tx,
        request,
        { schoolId, invitedById: ctx.personId, sentByEmail: false },
        now,
      );
      await audit(tx, {
        actorId: ctx.personId,
        action: "instance.school-request-confirmed",
        targetId: request.id,
        detail: { urn: request.urn, schoolId, email: request.email },
      });
      return {
        decision: "CONFIRMED" as const,
        schoolName: entry.name,
        email: request.email,
        link: `${getConfig().appUrl}/invitations/${token}`,
      };
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new UserError("This school already uses Harbour: refuse this request.", "conflict");
    throw error;
  }
}

export async function refuseRequest(
  ctx: OperatorContext,
  requestId: string,
  now = new Date(),
): Promise<OperatorDecision> {
  return withScope({ personId: ctx.personId }, async (tx) => {
    const request = await waiting(tx, requestId);
    const decided = await tx.schoolRequest.updateMany({
      where: { id: request.id, status: { in: WAITING } },
      data: { status: "REFUSED", decidedById: ctx.personId, decidedAt: now },
    });
    if (decided.count === 0) throw new UserError("This request has already been decided.", "conflict");
    await audit(tx, {
      actorId: ctx.personId,
      action: "instance.school-request-refused",
      targetId: request.id,
      detail: { urn: request.urn, email: request.email },
    });
    const entry = await registerSchool(tx, request.urn);
    return {
      decision: "REFUSED" as const,
      schoolName: entry?.name ?? `URN ${request.urn}`,
      email: request.email,
    };
  });
}
