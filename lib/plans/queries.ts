import "server-only";
// Reading plans: the list, one plan's newest version with its history, and a staff member's own
// bookings. Generation and edits are in ./generate and ./edit; exports in ./exports.
import { withScope, type Tx } from "../db/scope";
import { UserError } from "../errors";
import { can } from "../permissions";
import { roundStatus } from "../rounds/rules";
import { scopeOf, type SchoolContext } from "../tenancy/context";
import { ADDED_BY_HAND, explainItem, explainSummary } from "./explain";
import { loadCatalogue, loadLatest, type StoredClose, type Summary } from "./store";

export { generatePlan } from "./generate";
export {
  addAttendee,
  addItem,
  approveVersion,
  moveItem,
  removeAttendee,
  removeItem,
  reviseApproved,
  APPROVED_MESSAGE,
} from "./edit";

function requirePlanReader(ctx: SchoolContext) {
  if (!can(ctx.role, "plans:manage") && !can(ctx.role, "plans:approve")) {
    throw new UserError("Only school leaders can see training plans.", "forbidden");
  }
}

export type PlanListRow = {
  id: string;
  title: string;
  roundId: string;
  roundTitle: string;
  createdAt: Date;
  latest: { number: number; status: "DRAFT" | "APPROVED"; costPence: number } | null;
};

export async function listPlans(ctx: SchoolContext): Promise<PlanListRow[]> {
  requirePlanReader(ctx);
  return withScope(scopeOf(ctx), async (tx) => {
    const plans = await tx.trainingPlan.findMany({
      where: { schoolId: ctx.schoolId },
      include: { round: { select: { title: true } }, versions: { orderBy: { number: "desc" }, take: 1 } },
      orderBy: { createdAt: "desc" },
    });
    return plans.map((p) => {
      const v = p.versions[0];
      return {
        id: p.id,
        title: p.title,
        roundId: p.roundId,
        roundTitle: p.round.title,
        createdAt: p.createdAt,
        latest: v
          ? { number: v.number, status: v.status, costPence: (v.summary as Summary).totals.costPence }
          : null,
      };
    });
  });
}

/** Rounds a plan can be made for (with how many have submitted), newest first. */
export async function planningRounds(ctx: SchoolContext, now = new Date()) {
  requirePlanReader(ctx);
  return withScope(scopeOf(ctx), async (tx) => {
    const rounds = await tx.round.findMany({
      where: { schoolId: ctx.schoolId },
      include: { _count: { select: { responses: { where: { status: "SUBMITTED" } } } } },
      orderBy: { opensAt: "desc" },
    });
    return rounds.map((r) => ({
      id: r.id,
      title: r.title,
      mode: r.mode,
      status: roundStatus(r, now),
      submitted: r._count.responses,
    }));
  });
}

/** Competency statements of a framework version, by code. */
export async function statementsOf(tx: Tx, versionId: string): Promise<Map<string, string>> {
  const rows = await tx.competency.findMany({
    where: { versionId },
    select: { code: true, statement: true },
  });
  return new Map(rows.map((r) => [r.code, r.statement]));
}

const names = async (tx: Tx, ids: (string | null)[]) => {
  const wanted = [...new Set(ids.filter((x): x is string => Boolean(x)))];
  const rows = await tx.person.findMany({ where: { id: { in: wanted } }, select: { id: true, name: true } });
  return new Map(rows.map((p) => [p.id, p.name]));
};

export async function getPlanView(ctx: SchoolContext, planId: string) {
  requirePlanReader(ctx);
  return withScope(scopeOf(ctx), async (tx) => {
    const latest = await loadLatest(tx, ctx, planId);
    const plan = await tx.trainingPlan.findUniqueOrThrow({
      where: { id: planId },
      include: { round: { select: { id: true, title: true, mode: true, frameworkVersionId: true } } },
    });
    const statements = await statementsOf(tx, plan.round.frameworkVersionId);
    const versions = await tx.planVersion.findMany({ where: { planId }, orderBy: { number: "desc" } });
    const catalogue = await loadCatalogue(tx, ctx);
    const courseRows = await tx.course.findMany({
      where: { id: { in: latest.items.map((i) => i.courseId) } },
    });
    const courses = new Map(courseRows.map((c) => [c.id, c]));
    const members = await tx.membership.findMany({
      where: { schoolId: ctx.schoolId },
      include: { person: { select: { id: true, name: true } } },
      orderBy: { person: { name: "asc" } },
    });
    const who = await names(tx, [
      ...latest.items.flatMap((i) => i.attendees.map((a) => a.personId)),
      ...versions.flatMap((v) => [v.createdById, v.approvedById]),
    ]);
    return {
      plan: {
        id: plan.id,
        title: plan.title,
        round: { id: plan.round.id, title: plan.round.title, mode: plan.round.mode },
      },
      /** competency code -> statement, for words instead of codes */
      statements: Object.fromEntries(statements),
      explanation: explainSummary(latest.summary),
      version: {
        id: latest.versionId,
        number: latest.number,
        status: latest.status,
        limits: latest.limits as {
          budgetPounds: number;
          hoursPerPersonPerYear: number;
          inSchoolSessions: number;
        },
        method: latest.method,
        optimalityGap: latest.optimalityGap,
        summary: latest.summary,
      },
      items: latest.items.map((i) => {
        const c = courses.get(i.courseId);
        const points = i.closes.reduce((n, x) => n + x.points, 0);
        const people = i.attendees.reduce((n, a) => n + a.count, 0);
        // Worked out from the booking as it stands, so a hand edit never leaves it stale.
        const byHand = i.why.startsWith(ADDED_BY_HAND);
        const why = c
          ? explainItem(
              { course: c, people, sessions: i.sessions, costPence: i.costPence, closes: i.closes, byHand },
              statements,
            )
          : i.why;
        return {
          ...i,
          why,
          byHand,
          id: i.id!,
          course: {
            title: c?.title ?? "Course",
            provider: c?.provider ?? "",
            format: c?.format ?? "",
            costModel: c?.costModel ?? "PER_PLACE",
            bookingUrl: c?.bookingUrl ?? null,
          },
          costPerGapPoint: points > 0 ? i.costPence / points : null,
          attendees: i.attendees.map((a) => ({
            ...a,
            id: a.id!,
            name: a.personId ? (who.get(a.personId) ?? "Former member") : null,
          })),
        };
      }),
      versions: versions.map((v) => ({
        id: v.id,
        number: v.number,
        status: v.status,
        createdAt: v.createdAt,
        changeNote: v.changeNote,
        createdBy: who.get(v.createdById) ?? null,
        approvedBy: v.approvedById ? (who.get(v.approvedById) ?? null) : null,
        approvedAt: v.approvedAt,
      })),
      members: members.map((m) => ({ personId: m.personId, name: m.person.name })),
      courses: catalogue.map((c) => ({ id: c.id, title: c.title, provider: c.provider })),
    };
  });
}
export type PlanView = Awaited<ReturnType<typeof getPlanView>>;

export type MyPlanItem = {
  planId: string;
  planTitle: string;
  versionNumber: number;
  status: "DRAFT" | "APPROVED";
  itemId: string;
  term: "AUTUMN" | "SPRING" | "SUMMER";
  course: {
    id: string;
    title: string;
    provider: string;
    format: string;
    hours: number;
    bookingUrl: string | null;
  };
  /** The gaps of this person the booking is credited with closing (none for a hand-added booking). */
  closes: { competencyCode: string; points: number }[];
};

/**
 * What the signed-in person is booked on: for each plan of the school, its newest APPROVED version
 * (else its newest DRAFT), where they are a named attendee. Any school role may read their own.
 */
export async function myPlanItems(ctx: SchoolContext): Promise<MyPlanItem[]> {
  return withScope(scopeOf(ctx), async (tx) => {
    const versions = await tx.planVersion.findMany({
      where: { schoolId: ctx.schoolId },
      select: { id: true, planId: true, number: true, status: true, plan: { select: { title: true } } },
      orderBy: [{ planId: "asc" }, { number: "desc" }],
    });
    const chosen = new Map<string, (typeof versions)[number]>();
    for (const v of versions) {
      const have = chosen.get(v.planId);
      if (!have || (have.status !== "APPROVED" && v.status === "APPROVED")) chosen.set(v.planId, v);
    }
    const picked = [...chosen.values()];
    const items = await tx.planItem.findMany({
      where: {
        planVersionId: { in: picked.map((v) => v.id) },
        attendees: { some: { personId: ctx.personId } },
      },
      include: { course: true },
      orderBy: [{ term: "asc" }, { id: "asc" }],
    });
    const byId = new Map(picked.map((v) => [v.id, v]));
    return items.map((i) => {
      const v = byId.get(i.planVersionId)!;
      const closes = ((i.closes as { closes?: StoredClose[] }).closes ?? []).filter(
        (c) => c.unitId === ctx.personId,
      );
      return {
        planId: v.planId,
        planTitle: v.plan.title,
        versionNumber: v.number,
        status: v.status,
        itemId: i.id,
        term: i.term,
        course: {
          id: i.course.id,
          title: i.course.title,
          provider: i.course.provider,
          format: i.course.format,
          hours: i.hours,
          bookingUrl: i.course.bookingUrl,
        },
        closes: closes.map((c) => ({ competencyCode: c.competencyCode, points: c.points })),
      };
    });
  });
}
