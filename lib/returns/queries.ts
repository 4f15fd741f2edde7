import "server-only";
// Data access for summary returns (decision 0037). A school sends a snapshot of what the disclosure
// core publishes about a closed round (publishRollup over the round's rollups) to its local
// authority; the authority reads the returns sent to it and nothing else. Row-level security holds
// the same rules underneath (migration 20261205130000_local_authority).
import { audit } from "../audit/record";
import { withScope, type Tx } from "../db/scope";
import { publishRollup, type RollupPublication } from "../disclosure";
import { notFound, UserError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import { roundStatus } from "../rounds/rules";
import { scopeOf, type SchoolContext, type TrustContext } from "../tenancy/context";
import type { Tier } from "../tiers";
import type { ReturnFact } from "./area";
import { fromSnapshot, toSnapshot, type ReturnSnapshot } from "./snapshot";

/** The local authority Harbour has for a school (by the register's LA code), or null. */
async function authorityOf(tx: Tx, schoolId: string) {
  const school = await tx.school.findUniqueOrThrow({
    where: { id: schoolId },
    select: { laCode: true, laName: true, urn: true, name: true, phase: true },
  });
  const authority = school.laCode
    ? await tx.trust.findFirst({
        where: { kind: "LOCAL_AUTHORITY", registerCode: school.laCode },
        select: { id: true, name: true },
      })
    : null;
  return { school, authority };
}

/** What the disclosure core publishes of one closed round, from its rollups (as the trust view does). */
async function publishedRound(tx: Tx, roundId: string, k: number): Promise<RollupPublication> {
  const [competencies, tiers] = await Promise.all([
    tx.roundCompetencyRollup.findMany({ where: { roundId }, orderBy: { competencyCode: "asc" } }),
    tx.roundTierRollup.findMany({ where: { roundId } }),
  ]);
  return publishRollup({
    k,
    competencies: competencies.map((c) => ({
      code: c.competencyCode,
      domainCode: c.domainCode,
      domainName: c.domainName,
      statement: c.statement,
      tier: c.tier as Tier,
      inScope: c.inScope,
      withGap: c.withGap,
      sumGap: c.sumGap,
    })),
    tiers: tiers.map((t) => ({
      tier: t.tier as Tier,
      submitted: t.submitted,
      coveragePeople: t.coveragePeople,
      coverageCovered: t.coverageCovered,
    })),
  });
}

/**
 * For the home page: the newest of these closed rounds not yet sent to the school's local authority,
 * or null when none is waiting or Harbour has no authority for the school.
 */
export async function unsentReturn(tx: Tx, schoolId: string, closedRounds: { id: string; title: string }[]) {
  if (closedRounds.length === 0) return null;
  const { authority } = await authorityOf(tx, schoolId);
  if (!authority) return null;
  const sent = await tx.summaryReturn.findMany({
    where: { roundId: { in: closedRounds.map((r) => r.id) } },
    select: { roundId: true },
  });
  const sentIds = new Set(sent.map((s) => s.roundId));
  const first = closedRounds.find((r) => !sentIds.has(r.id));
  return first ? { roundId: first.id, title: first.title, authorityName: authority.name } : null;
}

const closedOnOf = (r: { closedAt: Date | null; closesAt: Date }) =>
  r.closedAt && r.closedAt < r.closesAt ? r.closedAt : r.closesAt;

export type SchoolReturnRound = {
  id: string;
  title: string;
  closedOn: Date;
  respondents: number;
  sentAt: Date | null;
  /** What was sent (the snapshot), else what would be sent: the published figures now. */
  figures: RollupPublication;
};

/** The school's closed rounds, each with what a return would carry and whether one was sent. */
export async function schoolReturns(ctx: SchoolContext, now = new Date()) {
  return withScope(scopeOf(ctx), async (tx) => {
    const { school, authority } = await authorityOf(tx, ctx.schoolId);
    const { minGroupSize } = await tx.school.findUniqueOrThrow({
      where: { id: ctx.schoolId },
      select: { minGroupSize: true },
    });
    const rounds = await tx.round.findMany({
      where: { schoolId: ctx.schoolId },
      orderBy: [{ opensAt: "desc" }, { id: "desc" }],
      take: 24,
      select: {
        id: true,
        title: true,
        opensAt: true,
        closesAt: true,
        closedAt: true,
        summaryReturn: { select: { submittedAt: true, figures: true } },
      },
    });
    const closed = rounds.filter((r) => roundStatus(r, now) === "CLOSED");
    const out: SchoolReturnRound[] = [];
    for (const r of closed) {
      const figures = r.summaryReturn
        ? fromSnapshot(r.summaryReturn.figures as unknown as ReturnSnapshot)
        : await publishedRound(tx, r.id, minGroupSize);
      out.push({
        id: r.id,
        title: r.title,
        closedOn: closedOnOf(r),
        respondents: figures.respondents,
        sentAt: r.summaryReturn?.submittedAt ?? null,
        figures,
      });
    }
    return { laName: school.laName, authority, rounds: out };
  });
}

/** Sends (or sends again, replacing the snapshot) a closed round's summary to the school's authority. */
export async function submitReturn(ctx: SchoolContext, roundId: string, now = new Date()) {
  return withScope(scopeOf(ctx), async (tx) => {
    const round = await tx.round.findFirst({
      where: { id: roundId, schoolId: ctx.schoolId },
      select: { id: true, title: true, opensAt: true, closesAt: true, closedAt: true, summary: true },
    });
    if (!round) throw notFound();
    if (roundStatus(round, now) !== "CLOSED")
      throw new UserError("A summary can be sent once the round has closed.", "conflict");
    const { school, authority } = await authorityOf(tx, ctx.schoolId);
    if (!authority)
      throw new UserError(
        `Harbour does not have your local authority${school.laName ? ` (${school.laName})` : ""} yet, so there is nowhere to send a summary.`,
        "conflict",
      );
    const { minGroupSize } = await tx.school.findUniqueOrThrow({
      where: { id: ctx.schoolId },
      select: { minGroupSize: true },
    });
    const register = await tx.registerSchool.findUnique({
      where: { urn: school.urn },
      select: { district: true },
    });
    const figures = await publishedRound(tx, round.id, minGroupSize);
    const snapshot = {
      authorityId: authority.id,
      schoolName: school.name,
      urn: school.urn,
      phase: school.phase,
      district: register?.district ?? null,
      roundTitle: round.title,
      closedOn: closedOnOf(round),
      asked: round.summary?.asked ?? 0,
      submitted: round.summary?.submitted ?? 0,
      figures: toSnapshot(figures) as unknown as Prisma.InputJsonObject,
      submittedById: ctx.personId,
      submittedAt: now,
    };
    const before = await tx.summaryReturn.findUnique({ where: { roundId: round.id }, select: { id: true } });
    const saved = await tx.summaryReturn.upsert({
      where: { roundId: round.id },
      create: { schoolId: ctx.schoolId, roundId: round.id, ...snapshot },
      update: snapshot,
      select: { id: true, submittedAt: true },
    });
    await audit(tx, {
      actorId: ctx.personId,
      action: before ? "summary-return.resubmitted" : "summary-return.submitted",
      schoolId: ctx.schoolId,
      targetId: round.id,
      detail: { authority: authority.name, round: round.title },
    });
    return { id: saved.id, authorityName: authority.name };
  });
}

/** Takes a sent summary back: the authority no longer sees it. */
export async function withdrawReturn(ctx: SchoolContext, roundId: string) {
  return withScope(scopeOf(ctx), async (tx) => {
    const sent = await tx.summaryReturn.findFirst({
      where: { roundId, schoolId: ctx.schoolId },
      select: { id: true, roundTitle: true },
    });
    if (!sent) throw notFound();
    await tx.summaryReturn.delete({ where: { id: sent.id } });
    await audit(tx, {
      actorId: ctx.personId,
      action: "summary-return.withdrawn",
      schoolId: ctx.schoolId,
      targetId: roundId,
      detail: { round: sent.roundTitle },
    });
    return { id: sent.id };
  });
}

/** The returns sent to this local authority; a multi-academy trust receives none (not found). */
export async function authorityReturns(ctx: TrustContext): Promise<ReturnFact[]> {
  return withScope(scopeOf(ctx), async (tx) => {
    const trust = await tx.trust.findUnique({ where: { id: ctx.trustId }, select: { kind: true } });
    if (trust?.kind !== "LOCAL_AUTHORITY") throw notFound();
    const rows = await tx.summaryReturn.findMany({
      where: { authorityId: ctx.trustId },
      orderBy: [{ schoolName: "asc" }, { closedOn: "desc" }, { id: "asc" }],
      take: 5000,
    });
    return rows.map((r) => ({
      id: r.id,
      schoolId: r.schoolId,
      schoolName: r.schoolName,
      urn: r.urn,
      phase: r.phase,
      district: r.district,
      roundTitle: r.roundTitle,
      closedOn: r.closedOn,
      asked: r.asked,
      submitted: r.submitted,
      submittedAt: r.submittedAt,
      figures: fromSnapshot(r.figures as unknown as ReturnSnapshot),
    }));
  });
}

/** Whether this trust is a local authority (its pages offer returns). */
export async function isAuthority(ctx: TrustContext): Promise<boolean> {
  const trust = await withScope(scopeOf(ctx), (tx) =>
    tx.trust.findUnique({ where: { id: ctx.trustId }, select: { kind: true } }),
  );
  return trust?.kind === "LOCAL_AUTHORITY";
}
