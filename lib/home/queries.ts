import "server-only";
// Everything a leader's home needs, in a fixed number of queries however many rounds and plans the
// school has (it used to be two queries per round). Round figures come from the rounds list's own
// reader, so the home and the rounds page always give the same counts.
import { withScope } from "../db/scope";
import { addDays, EXPIRY_WINDOW_DAYS } from "../records/rules";
import { londonDay } from "../rounds/dates";
import { roundsOverview } from "../rounds/overview";
import { scopeOf, type SchoolContext } from "../tenancy/context";
import type { HomeFacts } from "./next-steps";
import { latestOwnAssessment } from "../lead-development/queries";
import { assessmentDue } from "../lead-development/rules";
import { unsentReturn } from "../returns/queries";

/** The newest rounds and plans are enough for a home page; the full lists have their own pages. */
const RECENT = 20;

/** Reviews are repeated every 3 to 6 months: the home suggests another after about six. */
const REVIEW_DUE_AFTER_DAYS = 183;

const asDate = (day: string) => new Date(`${day}T00:00:00Z`);

export async function homeFacts(ctx: SchoolContext, now = new Date()): Promise<HomeFacts> {
  const today = londonDay(now);
  const { rounds } = await roundsOverview(ctx, now);
  return withScope(scopeOf(ctx), async (tx) => {
    // One after the other: a transaction is one connection.
    const planned = await tx.trainingPlan.findMany({
      where: { schoolId: ctx.schoolId },
      select: { roundId: true },
      distinct: ["roundId"],
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
    const own = await latestOwnAssessment(tx, ctx);
    const ownLastOn = own ? londonDay(own.assessedAt) : null;
    const openReview = await tx.review.findFirst({
      where: { schoolId: ctx.schoolId, status: "OPEN" },
      select: { id: true },
    });
    const lastReview = await tx.review.findFirst({
      where: { schoolId: ctx.schoolId, status: "AGREED" },
      orderBy: { agreedAt: "desc" },
      select: { agreedAt: true },
    });
    const lastAgreedAt = lastReview?.agreedAt ?? null;
    const hasPlan = new Set(planned.map((p) => p.roundId));
    const actionPlan = await tx.actionPlanVersion.findFirst({
      where: { schoolId: ctx.schoolId },
      orderBy: { number: "desc" },
      select: { status: true, number: true, _count: { select: { actions: true } } },
    });
    const handedOver = await tx.leadHandoverAction.count({
      where: { schoolId: ctx.schoolId, toPersonId: ctx.personId, confirmedAt: null },
    });
    // The newest accreditation self-evaluation and how far its ratings have got.
    const accreditation = await tx.accreditationSubmission.findFirst({
      where: { schoolId: ctx.schoolId },
      orderBy: { createdAt: "desc" },
      select: {
        id: true,
        status: true,
        level: true,
        renewalDue: true,
        _count: { select: { selfRatings: true } },
        scheme: { select: { _count: { select: { criteria: true } } } },
      },
    });
    // Newest first, as the rounds list gives them.
    const closedWithAnswers = rounds.filter((r) => r.status === "CLOSED" && r.overall.submitted > 0);
    const waitingReturn = await unsentReturn(tx, ctx.schoolId, closedWithAnswers.slice(0, RECENT));
    return {
      unsentReturn: waitingReturn,
      handedOver,
      today,
      accreditation: accreditation
        ? {
            id: accreditation.id,
            status: accreditation.status,
            rated: accreditation._count.selfRatings,
            criteria: accreditation.scheme._count.criteria,
            accredited: accreditation.level === "ACCREDITED" || accreditation.level === "DISTINCTION",
            renewalDue: accreditation.renewalDue ? accreditation.renewalDue.toISOString().slice(0, 10) : null,
          }
        : null,
      rounds: rounds.slice(0, RECENT).map((r) => ({
        id: r.id,
        title: r.title,
        status: r.status,
        opensAt: r.opensAt,
        closesAt: r.closedAt ?? r.closesAt,
        asked: r.overall.asked,
        submitted: r.overall.submitted,
        hasPlan: hasPlan.has(r.id),
      })),
      plans: plans.flatMap((p) =>
        p.versions[0]
          ? [{ id: p.id, title: p.title, status: p.versions[0].status, versionNumber: p.versions[0].number }]
          : [],
      ),
      actionPlan: actionPlan
        ? { status: actionPlan.status, number: actionPlan.number, actions: actionPlan._count.actions }
        : null,
      expiring: {
        count: expiring._count._all,
        soonest: expiring._min.expiresOn ? expiring._min.expiresOn.toISOString().slice(0, 10) : null,
      },
      ownDevelopment: { lastOn: ownLastOn, due: assessmentDue(ownLastOn, today) },
      review: {
        openId: openReview?.id ?? null,
        lastAgreedAt,
        // Every 3 to 6 months is the norm: after six, another is due.
        due: !lastAgreedAt || now.getTime() - lastAgreedAt.getTime() > REVIEW_DUE_AFTER_DAYS * 86_400_000,
      },
    };
  });
}
