import "server-only";
// Shared by the round queries: finding a round within the school, its summary, and who may act.
import type { Tx } from "../db/scope";
import { UserError } from "../errors";
import { can } from "../permissions";
import type { SchoolContext } from "../tenancy/context";
import { roundStatus, type RoundStatus } from "./rules";

export type RoundSummary = {
  id: string;
  title: string;
  opensAt: Date;
  closesAt: Date;
  closedAt: Date | null;
  status: RoundStatus;
  mode: "NAMED" | "CONFIDENTIAL";
  audience: "ALL_STAFF" | "JOB_ROLES";
  jobRoles: string[];
  frameworkVersionId: string;
  frameworkVersionNumber: number;
  remindedAt: Date | null;
};

export type RoundRow = Awaited<ReturnType<typeof findRound>>;

export function requireManager(ctx: SchoolContext) {
  if (!can(ctx.role, "rounds:manage")) {
    throw new UserError("Only the senior mental health lead can manage rounds.", "forbidden");
  }
}

export function requireViewer(ctx: SchoolContext) {
  if (!can(ctx.role, "rounds:view"))
    throw new UserError("Only school leaders can see round progress.", "forbidden");
}

export async function findRound(tx: Tx, ctx: SchoolContext, roundId: string) {
  // schoolId in the filter as well as in row-level security: a round id from another school is "not found".
  const round = await tx.round.findFirst({
    where: { id: roundId, schoolId: ctx.schoolId },
    include: { frameworkVersion: { select: { number: true } } },
  });
  if (!round) throw new UserError("That round was not found.", "not_found");
  return round;
}

export function summary(r: RoundRow, now: Date): RoundSummary {
  return {
    id: r.id,
    title: r.title,
    opensAt: r.opensAt,
    closesAt: r.closesAt,
    closedAt: r.closedAt,
    status: roundStatus(r, now),
    mode: r.mode,
    audience: r.audience,
    jobRoles: r.jobRoles,
    frameworkVersionId: r.frameworkVersionId,
    frameworkVersionNumber: r.frameworkVersion.number,
    remindedAt: r.remindedAt,
  };
}
