import "server-only";
// The lead's and head's figures on the records page: tier coverage by in-date training beside
// self-assessed coverage from the latest round, and the impact of training between two NAMED rounds
// paired by their own dates (./impact). Impact links a person's two answers, which a CONFIDENTIAL
// round must never allow.
import { withScope, type Tx } from "../db/scope";
import { UserError } from "../errors";
import { getFramework } from "../framework/queries";
import { loadRoundGapData, publish } from "../gaps/queries";
import type { JobRole } from "../generated/prisma/enums";
import { can } from "../permissions";
import { londonDay } from "../rounds/dates";
import { confidentialFiguresWithheld } from "../rounds/rules";
import { effectiveK, isShowable } from "../suppression";
import { scopeOf, type SchoolContext } from "../tenancy/context";
import { requiredTier, type Tier } from "../tiers";
import { impactWindow, pairRounds, trainingImpact, type ImpactRow } from "./impact";
import { trainedCoverage } from "./rules";

export type CoverageRow = {
  tier: Tier;
  trained: { people: number; share: number | null; withheld: boolean };
  selfAssessed: { people: number; share: number | null; withheld: boolean } | null;
};
export type RecordFigures = {
  k: number;
  coverage: CoverageRow[];
  latestRoundTitle: string | null;
  /** `from`..`to` (London days, inclusive): the training that counts as "between" the rounds. */
  impact: { rows: ImpactRow[]; rounds: { earlier: string; later: string; from: string; to: string } | null };
};

const day = (d: Date) => londonDay(d);
// Record days are stored as midnight UTC of the London day (./queries).
const asDate = (d: string) => new Date(`${d}T00:00:00.000Z`);
const shown = (people: number, share: number | null, k: number) =>
  isShowable(people, k) ? { people, share, withheld: false } : { people, share: null, withheld: true };

const WITH_ANSWERS = {
  frameworkVersion: { include: { competencies: true } },
  responses: { where: { status: "SUBMITTED" as const }, include: { answers: true } },
};

/** The rounds with submitted answers, newest first by their own dates, with those answers. */
async function submittedRounds(tx: Tx, where: { schoolId: string; id?: { in: string[] } }, take: number) {
  return tx.round.findMany({
    where: { ...where, responses: { some: { status: "SUBMITTED" } } },
    orderBy: [{ opensAt: "desc" }, { closesAt: "desc" }, { createdAt: "desc" }],
    take,
    include: WITH_ANSWERS,
  });
}
type RoundWithAnswers = Awaited<ReturnType<typeof submittedRounds>>[number];

/** The two NAMED rounds to compare (./impact pairRounds), with their answers. */
async function namedPair(tx: Tx, schoolId: string) {
  // Dates only first; the pair is among the latest rounds, so 50 is plenty.
  const dated = await tx.round.findMany({
    where: { schoolId, mode: "NAMED", responses: { some: { status: "SUBMITTED" } } },
    orderBy: [{ opensAt: "desc" }, { closesAt: "desc" }, { createdAt: "desc" }],
    take: 50,
    select: { id: true, opensAt: true, closesAt: true, closedAt: true, createdAt: true },
  });
  const pair = pairRounds(dated);
  if (!pair) return null;
  const loaded = await submittedRounds(tx, { schoolId, id: { in: [pair.earlier.id, pair.later.id] } }, 2);
  const earlier = loaded.find((r) => r.id === pair.earlier.id)!;
  const later = loaded.find((r) => r.id === pair.later.id)!;
  return { earlier, later };
}

const ratingsOf = (r: RoundWithAnswers["responses"][number]) =>
  Object.fromEntries(r.answers.map((a) => [a.competencyCode, a.rating]));

/**
 * Self-assessed coverage exactly as the latest round's gap report publishes it (lib/disclosure): a
 * CONFIDENTIAL round counts only once its figures are out (closed, with k respondents), so the
 * records page never shows what the report withholds.
 */
async function publishedCoverage(tx: Tx, ctx: SchoolContext, now: Date) {
  const recent = await tx.round.findMany({
    where: { schoolId: ctx.schoolId, responses: { some: { status: "SUBMITTED" } } },
    orderBy: [{ opensAt: "desc" }, { closesAt: "desc" }, { createdAt: "desc" }],
    take: 5,
    select: { id: true },
  });
  for (const { id } of recent) {
    const data = await loadRoundGapData(tx, ctx, id);
    if (confidentialFiguresWithheld(data.round, data.respondents.length, data.k, now)) continue;
    return { title: data.round.title, coverage: publish(data, ctx).coverage };
  }
  return null;
}

export async function recordFigures(ctx: SchoolContext, now = new Date()): Promise<RecordFigures> {
  if (!can(ctx.role, "school:view"))
    throw new UserError("You do not have permission to do that.", "forbidden");
  const framework = await getFramework(ctx);
  return withScope(scopeOf(ctx), async (tx) => {
    const school = await tx.school.findUniqueOrThrow({
      where: { id: ctx.schoolId },
      select: { minGroupSize: true },
    });
    const k = effectiveK(school.minGroupSize);
    const today = londonDay(now);
    // The rounds to compare first: their window bounds which past records are worth reading.
    const pair = await namedPair(tx, ctx.schoolId);
    const window = pair ? impactWindow(pair.earlier, pair.later) : null;
    const [members, overrides, records] = await Promise.all([
      tx.membership.findMany({
        where: { schoolId: ctx.schoolId },
        select: { personId: true, jobRole: true },
      }),
      tx.jobRoleTier.findMany({ where: { schoolId: ctx.schoolId } }),
      // Only records that can count: catalogue courses (external training names no competencies)
      // still in date today, or completed in the impact window. Years of expired history stay unread.
      tx.trainingRecord.findMany({
        where: {
          schoolId: ctx.schoolId,
          courseId: { not: null },
          OR: [
            { expiresOn: null },
            { expiresOn: { gte: asDate(today) } },
            ...(window ? [{ completedOn: { gte: asDate(window.from), lte: asDate(window.to) } }] : []),
          ],
        },
        include: { course: { select: { id: true, title: true, outcomes: true } } },
      }),
    ]);
    const tiers = Object.fromEntries(overrides.map((o) => [o.jobRole, o.requiredTier as Tier])) as Partial<
      Record<JobRole, Tier>
    >;
    const people = members
      .filter((m) => m.jobRole)
      .map((m) => ({ id: m.personId, requiredTier: requiredTier(m.jobRole!, tiers) }));
    const held = records.map((r) => ({
      personId: r.personId,
      completedOn: day(r.completedOn),
      expiresOn: r.expiresOn ? day(r.expiresOn) : null,
      outcomes: r.course?.outcomes ?? [],
    }));
    const competencies = framework.content.competencies.map((c) => ({
      code: c.code,
      domainCode: c.domainCode,
      tier: c.tier,
      retired: c.retired,
    }));
    const trained = trainedCoverage(people, competencies, held, today, framework.content.targets);

    const latest = await publishedCoverage(tx, ctx, now);
    const coverage = trained.map((t, i) => {
      const self = latest?.coverage[i];
      return {
        tier: t.tier,
        trained: shown(t.people, t.share, k),
        selfAssessed: self
          ? self.withheld
            ? { people: 0, share: null, withheld: true }
            : { people: self.people, share: self.share, withheld: false }
          : null,
      };
    });

    if (!pair || !window)
      return { k, coverage, latestRoundTitle: latest?.title ?? null, impact: { rows: [], rounds: null } };
    const { earlier, later } = pair;
    // Judged by the rounds' own dates, never by when each answer arrived (an import stamps its own day).
    const { from, to } = window;
    const before = new Map(earlier.responses.map((r) => [r.personId, r]));
    const impactPeople = later.responses.flatMap((after) => {
      // A response whose person erased their account belongs to no one: it has no "before".
      const prior = after.personId ? before.get(after.personId) : undefined;
      if (!prior || !after.personId) return [];
      const completedBetween = records
        .filter(
          (r) =>
            r.personId === after.personId &&
            r.courseId &&
            day(r.completedOn) >= from &&
            day(r.completedOn) <= to,
        )
        .map((r) => r.courseId!);
      return [{ id: after.personId, before: ratingsOf(prior), after: ratingsOf(after), completedBetween }];
    });
    const courses = new Map<string, { id: string; title: string; codes: string[] }>();
    for (const r of records) {
      if (r.course)
        courses.set(r.course.id, {
          id: r.course.id,
          title: r.course.title,
          codes: r.course.outcomes.map((o) => o.competencyCode),
        });
    }
    return {
      k,
      coverage,
      latestRoundTitle: latest?.title ?? null,
      impact: {
        rows: trainingImpact(impactPeople, [...courses.values()], k),
        rounds: { earlier: earlier.title, later: later.title, from, to },
      },
    };
  });
}
