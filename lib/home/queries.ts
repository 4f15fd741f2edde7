import "server-only";
// Everything a leader's home needs, in a fixed number of queries however many rounds and plans the
// school has (it used to be two queries per round).
import { withScope } from "../db/scope";
import { scopeOf, type SchoolContext } from "../tenancy/context";
import { addDays, EXPIRY_WINDOW_DAYS } from "../records/rules";
import { londonDay } from "../rounds/dates";
import { isAsked, roundStatus } from "../rounds/rules";
import type { HomeFacts } from "./next-steps";

/** The newest rounds and plans are enough for a home page; the full lists have their own pages. */
const RECENT = 20;

const asDate = (day: string) => new Date(`${day}T00:00:00Z`);

export async function homeFacts(ctx: SchoolContext, now = new Date()): Promise<HomeFacts> {
  const today = londonDay(now);
  return withScope(scopeOf(ctx), async (tx) => {
    // One after the other: a transaction is one connection.
    const rounds = await tx.round.findMany({
      where: { schoolId: ctx.schoolId },
      select: {
        id: true,
        title: true,
        opensAt: true,
        closesAt: true,
        closedAt: true,
        audience: true,
        jobRoles: true,
        _count: { select: { responses: { where: { status: "SUBMITTED" } }, trainingPlans: true } },
      },
      orderBy: { opensAt: "desc" },
      take: RECENT,
    });
    const members = await tx.membership.groupBy({
      by: ["jobRole"],
      where: { schoolId: ctx.schoolId, jobRole: { not: null } },
      _count: { _all: true },
    });
    const plans = await tx.trainingPlan.findMany({
      where: { schoolId: ctx.schoolId },
      select: {
        id: true,
        title: true,
        versions: { orderBy: { number: "desc" }, take: 1, select: { number: true, status: true } },
      },
      orderBy: { createdAt: "desc" },
      take: RECENT,
    });
    const expiring = await tx.trainingRecord.aggregate({
      where: {
        schoolId: ctx.schoolId,
        completedOn: { lte: asDate(today) },
        expiresOn: { gte: asDate(today), lte: asDate(addDays(today, EXPIRY_WINDOW_DAYS)) },
      },
      _count: { _all: true },
      _min: { expiresOn: true },
    });
    return {
      rounds: rounds.map((r) => ({
        id: r.id,
        title: r.title,
        status: roundStatus(r, now),
        opensAt: r.opensAt,
        closesAt: r.closedAt ?? r.closesAt,
        asked: members
          .filter((m) => m.jobRole && isAsked(r, m.jobRole))
          .reduce((n, m) => n + m._count._all, 0),
        submitted: r._count.responses,
        hasPlan: r._count.trainingPlans > 0,
      })),
      plans: plans.flatMap((p) =>
        p.versions[0]
          ? [{ id: p.id, title: p.title, status: p.versions[0].status, versionNumber: p.versions[0].number }]
          : [],
      ),
      expiring: {
        count: expiring._count._all,
        soonest: expiring._min.expiresOn ? expiring._min.expiresOn.toISOString().slice(0, 10) : null,
      },
    };
  });
}
