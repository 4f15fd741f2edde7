import "server-only";
// Generating a plan for a round: gaps from the round's submitted responses (per person in NAMED
// rounds, per bucket of identical profiles in CONFIDENTIAL ones), the school's catalogue, the
// planner, and one transaction that saves plan, version 1, items and attendees.
import { withScope } from "../db/scope";
import { UserError } from "../errors";
import { gapRecord } from "../gaps/analysis";
import { publishedNeeds } from "../disclosure";
import { loadRoundGapData, publish } from "../gaps/queries";
import { can } from "../permissions";
import { confidentialFiguresWithheld } from "../rounds/rules";
import { bucketByProfile, toPlanLimits, unitsFromPeople } from "../planner";
import { withLeadNeeds } from "../lead-development/needs";
import type { z } from "zod";
import { scopeOf, type SchoolContext } from "../tenancy/context";
import type { generatePlanSchema } from "./schemas";
import { loadCatalogue, writeVersion, type DraftVersion } from "./store";
import { solverPool } from "./solver-pool";
import { toDbTerm } from "./terms";
import { addNonRespondents } from "./whole-staff";
import { latestOwnAssessment } from "../lead-development/queries";
import { leadPlanNeeds } from "../lead-development/plan-needs";
import { offerAsCourse, offerIdOf } from "../commissioning/offers";
import { bookOffers, openOffersFor } from "../commissioning/queries";

export function requirePlanner(ctx: SchoolContext) {
  if (!can(ctx.role, "plans:manage"))
    throw new UserError("Only the senior mental health lead can change training plans.", "forbidden");
}

export async function generatePlan(ctx: SchoolContext, input: z.output<typeof generatePlanSchema>) {
  requirePlanner(ctx);
  const { limits, weights, order } = toPlanLimits(input);
  // Read first, solve outside any transaction (it can take seconds), then write in one transaction.
  const { data, catalogue, offers, school, members, own, submitted } = await withScope(
    scopeOf(ctx),
    async (tx) => ({
      data: await loadRoundGapData(tx, ctx, input.roundId),
      catalogue: await loadCatalogue(tx, ctx),
      // The trust's open offers are courses too: its price per place, its term, its places left.
      offers: await openOffersFor(tx, ctx, new Date()),
      school: await tx.school.findUniqueOrThrow({ where: { id: ctx.schoolId }, select: { trustId: true } }),
      members: await tx.membership.findMany({
        where: { schoolId: ctx.schoolId },
        select: { personId: true, jobRole: true },
        orderBy: { personId: "asc" },
      }),
      // The lead's own development needs (private to them) join the plan they make themselves.
      own: await latestOwnAssessment(tx, ctx),
      // Who submitted, from Participation: a CONFIDENTIAL response names no one (decision 0045).
      submitted: await tx.participation.findMany({
        where: { roundId: input.roundId, schoolId: ctx.schoolId, status: "SUBMITTED" },
        select: { personId: true },
      }),
    }),
  );
  const responded = new Set(submitted.map((r) => r.personId));
  const nonRespondents = members.map((m) => m.personId).filter((id) => !responded.has(id));
  // CONFIDENTIAL: only once the gap report is published, and the planner sees only what it publishes.
  const withheld = confidentialFiguresWithheld(data.round, data.respondents.length, data.k, new Date());
  if (withheld) throw new UserError(`${withheld} A plan can be made from it then.`, "conflict");
  const publication = data.round.mode === "NAMED" ? null : publish(data, ctx);
  // NAMED: a response whose person erased their account belongs to no one who could attend.
  const people = data.respondents.flatMap((r) =>
    publication
      ? [publishedNeeds(publication, data.competencies, data.targets, r)]
      : r.personId === null
        ? []
        : [
            {
              id: r.personId,
              jobRole: r.jobRole,
              requiredTier: r.requiredTier,
              gaps: gapRecord(r, data.competencies, data.targets),
            },
          ],
  );
  // CONFIDENTIAL: units are buckets ("TEACHER#2") and no person id reaches the planner or the rows.
  const roundUnits = data.round.mode === "NAMED" ? unitsFromPeople(people) : bucketByProfile(people);
  const lead = leadPlanNeeds(own, ctx.personId, members, data.competencies, data.targets);
  const units = withLeadNeeds(roundUnits, lead?.needs ?? null, data.round.mode);
  // Solved on a worker thread: no other request waits on it. Refused at once ("busy") when full.
  const plan = await solverPool().solve({
    units,
    courses: [...catalogue, ...offers.map(offerAsCourse)],
    competencies: data.competencies.map((c) => ({ code: c.code, tier: c.tier })),
    targets: data.targets,
    limits,
    order,
    weights,
  });
  const tierOf = new Map(data.competencies.map((c) => [c.code, c.tier]));
  const offerCourse = new Map(offers.map((o) => [offerAsCourse(o).id, o.course.id]));
  const reason =
    data.respondents.length === 0 && !lead
      ? "No one has submitted a self-assessment in this round yet, so there is nothing to plan for."
      : plan.reason;
  const version: DraftVersion = {
    planId: "",
    number: 1,
    status: "DRAFT",
    limits: input,
    method: plan.method,
    optimalityGap: plan.optimalityGap,
    summary: {
      mode: data.round.mode,
      reason,
      optimalityNote: plan.optimalityNote,
      totals: plan.totals,
      need: plan.need,
      unmet: plan.unmet,
      weights: plan.weights,
      edited: false,
      ownDevelopment: lead?.summary ?? null,
    },
    items: plan.items.map((item) => ({
      id: null,
      offerId: offerIdOf(item.courseId),
      courseId: offerCourse.get(item.courseId) ?? item.courseId,
      term: toDbTerm(item.term),
      sessions: item.sessions ?? 0,
      costPence: item.costPence,
      hours: item.hours,
      why: item.why,
      closes: item.closes.map((c) => ({ ...c, tier: tierOf.get(c.competencyCode)! })),
      attendees: item.attendees.map((a) =>
        data.round.mode === "NAMED" || (lead && a.unitId === lead.needs.personId)
          ? { id: null, personId: a.unitId, groupKey: null, count: 1 }
          : { id: null, personId: null, groupKey: a.unitId, count: a.count },
      ),
    })),
  };
  if (input.includeNonRespondents) {
    const courses = new Map(catalogue.map((c) => [c.id, c]));
    const absent =
      data.round.mode === "NAMED" ? { personIds: nonRespondents } : { count: nonRespondents.length };
    // Non-respondents join in-school sessions only, never places on a trust offer.
    const offerItems = version.items.filter((i) => i.offerId);
    const offerCost = offerItems.reduce((n, i) => n + i.costPence, 0);
    const out = addNonRespondents(
      version.items.filter((i) => !i.offerId),
      courses,
      absent,
      { ...limits, budgetPence: limits.budgetPence - offerCost },
    );
    version.items = [...out.items, ...offerItems];
    const totals = version.summary.totals;
    version.summary.totals = {
      ...totals,
      costPence: version.items.reduce((n, i) => n + i.costPence, 0),
      sessionsUsed: version.items.reduce((n, i) => n + i.sessions, 0),
      peopleTrained: totals.peopleTrained + out.added,
    };
    version.summary.nonRespondents = { added: out.added, left: out.left };
  }
  return withScope(scopeOf(ctx), async (tx) => {
    const saved = await tx.trainingPlan.create({
      data: {
        schoolId: ctx.schoolId,
        roundId: data.round.id,
        title: input.title?.trim() || `Training plan for ${data.round.title}`,
        createdById: ctx.personId,
      },
    });
    const v = await writeVersion(tx, ctx, { ...version, planId: saved.id }, "Generated by the planner");
    await bookOffers(
      tx,
      ctx,
      school,
      version.items.flatMap((item, i) =>
        item.offerId
          ? [
              {
                offerId: item.offerId,
                planItemId: v.itemIds[i]!,
                places: item.attendees.reduce((n, a) => n + a.count, 0),
              },
            ]
          : [],
      ),
    );
    return { planId: saved.id, versionId: v.versionId, items: version.items.length, reason };
  });
}
