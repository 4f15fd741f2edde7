import "server-only";
// The lead's and head's figures on the records page: tier coverage by in-date training beside
// self-assessed coverage from the latest round, and the impact of training between the two latest
// NAMED rounds. Impact links a person's two answers, which a CONFIDENTIAL round must never allow.
import { withScope, type Tx } from "../db/scope";
import { UserError } from "../errors";
import { getFramework } from "../framework/queries";
import { tierCoverage, type Respondent } from "../gaps/analysis";
import type { JobRole } from "../generated/prisma/enums";
import { can } from "../permissions";
import { londonDay } from "../rounds/dates";
import { effectiveK, isShowable } from "../suppression";
import { scopeOf, type SchoolContext } from "../tenancy/context";
import { requiredTier, type Tier } from "../tiers";
import { trainingImpact, type ImpactRow } from "./impact";
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
  impact: { rows: ImpactRow[]; rounds: { earlier: string; later: string } | null };
};

const day = (d: Date) => londonDay(d);
const shown = (people: number, share: number | null, k: number) =>
  isShowable(people, k) ? { people, share, withheld: false } : { people, share: null, withheld: true };

/** The latest `take` rounds with submitted answers, newest first, with those answers. */
async function submittedRounds(tx: Tx, schoolId: string, take: number, mode?: "NAMED") {
  return tx.round.findMany({
    where: { schoolId, ...(mode ? { mode } : {}), responses: { some: { status: "SUBMITTED" } } },
    orderBy: [{ opensAt: "desc" }, { id: "asc" }],
    take,
    include: {
      frameworkVersion: { include: { competencies: true } },
      responses: { where: { status: "SUBMITTED" }, include: { answers: true } },
    },
  });
}
type RoundWithAnswers = Awaited<ReturnType<typeof submittedRounds>>[number];

const ratingsOf = (r: RoundWithAnswers["responses"][number]) =>
  Object.fromEntries(r.answers.map((a) => [a.competencyCode, a.rating]));

function selfAssessed(round: RoundWithAnswers) {
  const v = round.frameworkVersion;
  const competencies = v.competencies.filter((c) => !c.retired).map((c) => ({ code: c.code, domainCode: c.domainCode, tier: c.tier as Tier }));
  const respondents: Respondent[] = round.responses.map((r) => ({ id: r.id, jobRole: r.jobRole, requiredTier: r.requiredTier as Tier, ratings: ratingsOf(r) }));
  return tierCoverage(competencies, respondents, { 1: v.targetTier1, 2: v.targetTier2, 3: v.targetTier3 });
}

export async function recordFigures(ctx: SchoolContext, now = new Date()): Promise<RecordFigures> {
  if (!can(ctx.role, "school:view")) throw new UserError("You do not have permission to do that.", "forbidden");
  const framework = await getFramework(ctx);
  return withScope(scopeOf(ctx), async (tx) => {
    const school = await tx.school.findUniqueOrThrow({ where: { id: ctx.schoolId }, select: { minGroupSize: true } });
    const k = effectiveK(school.minGroupSize);
    const [members, overrides, records] = await Promise.all([
      tx.membership.findMany({ where: { schoolId: ctx.schoolId }, select: { personId: true, jobRole: true } }),
      tx.jobRoleTier.findMany({ where: { schoolId: ctx.schoolId } }),
      tx.trainingRecord.findMany({
        where: { schoolId: ctx.schoolId },
        include: { course: { select: { id: true, title: true, outcomes: true } } },
      }),
    ]);
    const tiers = Object.fromEntries(overrides.map((o) => [o.jobRole, o.requiredTier as Tier])) as Partial<Record<JobRole, Tier>>;
    const people = members.filter((m) => m.jobRole).map((m) => ({ id: m.personId, requiredTier: requiredTier(m.jobRole!, tiers) }));
    const held = records.map((r) => ({
      personId: r.personId,
      completedOn: day(r.completedOn),
      expiresOn: r.expiresOn ? day(r.expiresOn) : null,
      outcomes: r.course?.outcomes ?? [],
    }));
    const competencies = framework.content.competencies.map((c) => ({ code: c.code, domainCode: c.domainCode, tier: c.tier, retired: c.retired }));
    const trained = trainedCoverage(people, competencies, held, londonDay(now), framework.content.targets);

    const [latest] = await submittedRounds(tx, ctx.schoolId, 1);
    const self = latest ? selfAssessed(latest) : null;
    const coverage = trained.map((t, i) => ({
      tier: t.tier,
      trained: shown(t.people, t.share, k),
      selfAssessed: self ? shown(self[i]!.people, self[i]!.share, k) : null,
    }));

    const named = await submittedRounds(tx, ctx.schoolId, 2, "NAMED");
    const [later, earlier] = named;
    if (!later || !earlier) return { k, coverage, latestRoundTitle: latest?.title ?? null, impact: { rows: [], rounds: null } };
    const before = new Map(earlier.responses.map((r) => [r.personId, r]));
    const impactPeople = later.responses.flatMap((after) => {
      const prior = before.get(after.personId);
      if (!prior) return [];
      // Training after they answered the earlier round and on or before they answered the later one.
      const from = day(prior.submittedAt ?? earlier.closesAt);
      const to = day(after.submittedAt ?? later.closesAt);
      const completedBetween = records
        .filter((r) => r.personId === after.personId && r.courseId && day(r.completedOn) > from && day(r.completedOn) <= to)
        .map((r) => r.courseId!);
      return [{ id: after.personId, before: ratingsOf(prior), after: ratingsOf(after), completedBetween }];
    });
    const courses = new Map<string, { id: string; title: string; codes: string[] }>();
    for (const r of records) {
      if (r.course) courses.set(r.course.id, { id: r.course.id, title: r.course.title, codes: r.course.outcomes.map((o) => o.competencyCode) });
    }
    return {
      k,
      coverage,
      latestRoundTitle: latest?.title ?? null,
      impact: { rows: trainingImpact(impactPeople, [...courses.values()], k), rounds: { earlier: earlier.title, later: later.title } },
    };
  });
}
