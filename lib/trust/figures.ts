import "server-only";
// Data access for the trust overview and heatmap: schools, their rounds' titles and dates, and the
// rollups (counts of people) row-level security lets the trust read. Never a response or an answer:
// the trust's transaction cannot read those, and figures go through lib/disclosure (./overview).
import { audit } from "../audit/record";
import { withScope, type Tx } from "../db/scope";
import type { CompetencyRollup, RoundRollup } from "../disclosure";
import { londonDay } from "../rounds/dates";
import { roundStatus } from "../rounds/rules";
import { effectiveK } from "../suppression";
import { scopeOf, type SchoolContext, type TrustContext } from "../tenancy/context";
import type { Tier } from "../tiers";
import { notFound } from "../errors";
import {
  buildHeatmap,
  buildOverview,
  DEFAULT_TARGETS,
  type RoundFact,
  type SchoolFact,
  type TrustTargetsValue,
  arrange,
  overviewQuery,
} from "./overview";
import { trustReport } from "./report";
import { SCHOOL_PHASE_LABELS } from "../people/labels";
import { buildReviewHeatmap } from "./review-heatmap";
import { NO_STATUS, schoolStatusSchema, type SchoolStatus } from "./status";

// Each school's newest rounds: enough for the overview and a trend of a few years.
const ROUNDS_PER_SCHOOL = 12;

async function schoolFacts(
  tx: Tx,
  where: { trustId: string } | { id: string },
  now: Date,
): Promise<SchoolFact[]> {
  const schools = await tx.school.findMany({
    where,
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 1000,
    select: { id: true, name: true, urn: true, phase: true, minGroupSize: true },
  });
  const ids = schools.map((s) => s.id);
  const counts = await tx.membership.groupBy({
    by: ["schoolId", "role"],
    where: { schoolId: { in: ids } },
    _count: { _all: true },
  });
  const rounds = await tx.round.findMany({
    where: { schoolId: { in: ids } },
    orderBy: [{ opensAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      schoolId: true,
      title: true,
      mode: true,
      opensAt: true,
      closesAt: true,
      closedAt: true,
      summary: { select: { asked: true, submitted: true } },
    },
  });
  const closedIds = rounds.filter((r) => roundStatus(r, now) === "CLOSED").map((r) => r.id);
  const competencies = await competencyRollups(tx, closedIds);
  const tiers = await tx.roundTierRollup.findMany({ where: { roundId: { in: closedIds } } });
  const groups = await tx.trustGroupSchool.findMany({
    where: { schoolId: { in: ids } },
    select: { schoolId: true, groupId: true },
  });
  const status = await schoolStatuses(tx, now);
  const count = (schoolId: string, role?: string) =>
    counts
      .filter((c) => c.schoolId === schoolId && (!role || c.role === role))
      .reduce((sum, c) => sum + c._count._all, 0);
  return schools.map((s) => {
    const k = effectiveK(s.minGroupSize);
    const mine = rounds.filter((r) => r.schoolId === s.id).slice(0, ROUNDS_PER_SCHOOL);
    return {
      id: s.id,
      name: s.name,
      urn: s.urn,
      phase: s.phase,
      staffCount: count(s.id),
      hasLead: count(s.id, "LEAD") > 0,
      k,
      groupIds: groups.filter((g) => g.schoolId === s.id).map((g) => g.groupId),
      status: status.get(s.id) ?? NO_STATUS,
      rounds: mine.map((r): RoundFact => {
        const status = roundStatus(r, now);
        const rollup: RoundRollup | null =
          status === "CLOSED"
            ? {
                k,
                competencies: competencies.get(r.id) ?? [],
                tiers: tiers
                  .filter((t) => t.roundId === r.id)
                  .map((t) => ({
                    tier: t.tier as Tier,
                    submitted: t.submitted,
                    coveragePeople: t.coveragePeople,
                    coverageCovered: t.coverageCovered,
                  })),
              }
            : null;
        return {
          id: r.id,
          title: r.title,
          mode: r.mode,
          closedOn: r.closedAt && r.closedAt < r.closesAt ? r.closedAt : r.closesAt,
          status,
          asked: r.summary?.asked ?? 0,
          submitted: r.summary?.submitted ?? 0,
          rollup,
        };
      }),
    };
  });
}

type RollupTuple = [string, string, string, string, number, number, number, number];

/**
 * Each closed round's competency rollups, by code, in one row per round (a JSON array of tuples):
 * read through the model, the 3,600 rows of a 50-school trust took most of the page's time.
 */
async function competencyRollups(tx: Tx, roundIds: string[]): Promise<Map<string, CompetencyRollup[]>> {
  if (roundIds.length === 0) return new Map();
  const rows = await tx.$queryRaw<{ roundId: string; rollups: RollupTuple[] }[]>`
    SELECT "roundId", json_agg(json_build_array("competencyCode", "domainCode", "domainName", statement, tier,
             "inScope", "withGap", "sumGap") ORDER BY "competencyCode") AS rollups
      FROM "RoundCompetencyRollup" WHERE "roundId" = ANY(${roundIds}::text[]) GROUP BY "roundId"`;
  return new Map(
    rows.map((r) => [
      r.roundId,
      r.rollups.map(([code, domainCode, domainName, statement, tier, inScope, withGap, sumGap]) => ({
        code,
        domainCode,
        domainName,
        statement,
        tier: tier as Tier,
        inScope,
        withGap,
        sumGap,
      })),
    ]),
  );
}

/**
 * Plans, review, accreditation and in-date training counts of every school the scope may see this of
 * (the trust's schools, or the school itself), in one call: trust_school_facts() returns counts and
 * states only, never a person (migration 20261205110000).
 */
async function schoolStatuses(tx: Tx, now: Date): Promise<Map<string, SchoolStatus>> {
  const rows = await tx.$queryRaw<{ schoolId: string; facts: unknown }[]>`
    SELECT "schoolId", facts FROM trust_school_facts(${londonDay(now)}::date)`;
  return new Map(rows.map((r) => [r.schoolId, schoolStatusSchema.parse(r.facts)]));
}

async function targetsIn(tx: Tx, trustId: string): Promise<TrustTargetsValue> {
  const row = await tx.trustTargets.findUnique({ where: { trustId } });
  return row ? { corePercent: row.corePercent, enhancedPercent: row.enhancedPercent } : DEFAULT_TARGETS;
}

/** Every school of the trust, as the trust may see them. */
export async function trustFacts(ctx: TrustContext, now = new Date()) {
  return withScope(scopeOf(ctx), async (tx) => ({
    schools: await schoolFacts(tx, { trustId: ctx.trustId }, now),
    targets: await targetsIn(tx, ctx.trustId),
  }));
}

/**
 * What the trust sees of one school, read in the school's own scope, so its head and lead see exactly
 * what the trust sees (and nothing about individuals either). Null when the school has no trust.
 */
export async function schoolAsTrustSees(ctx: SchoolContext, now = new Date()) {
  return withScope(scopeOf(ctx), async (tx) => {
    const school = await tx.school.findUniqueOrThrow({
      where: { id: ctx.schoolId },
      select: { trustId: true, trust: { select: { name: true } } },
    });
    if (!school.trustId) return null;
    const [fact] = await schoolFacts(tx, { id: ctx.schoolId }, now);
    return {
      trustName: school.trust!.name,
      school: fact!,
      targets: await targetsIn(tx, school.trustId),
      today: londonDay(now),
    };
  });
}

export async function saveTrustTargets(ctx: TrustContext, input: TrustTargetsValue) {
  return withScope(scopeOf(ctx), async (tx) => {
    await tx.trustTargets.upsert({
      where: { trustId: ctx.trustId },
      create: { trustId: ctx.trustId, ...input, updatedById: ctx.personId },
      update: { ...input, updatedById: ctx.personId },
    });
    await audit(tx, {
      actorId: ctx.personId,
      action: "trust.targets-updated",
      trustId: ctx.trustId,
      targetId: ctx.trustId,
      detail: { ...input },
    });
    return input;
  });
}

const londonMonth = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/London",
  year: "numeric",
  month: "numeric",
});
/** The year and month of an instant in Europe/London (the trend's terms). */
export function monthInLondon(d: Date) {
  const parts = londonMonth.formatToParts(d);
  return {
    year: Number(parts.find((p) => p.type === "year")!.value),
    month: Number(parts.find((p) => p.type === "month")!.value),
  };
}

/** The trust's groups of schools, by name. */
export async function trustGroups(tx: Tx, trustId: string) {
  return tx.trustGroup.findMany({
    where: { trustId },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 200,
    select: { id: true, name: true, schools: { select: { schoolId: true } } },
  });
}

/**
 * The trust's overview, heatmaps and the CSVs of them, from one read. The overview and heatmaps cover
 * the schools of the chosen phase and group; `arrange` sorts the overview's rows.
 */
export async function trustViews(
  ctx: TrustContext,
  search: Record<string, string | string[] | undefined | null> = {},
  now = new Date(),
) {
  const { schools, targets, groups } = await withScope(scopeOf(ctx), async (tx) => ({
    schools: await schoolFacts(tx, { trustId: ctx.trustId }, now),
    targets: await targetsIn(tx, ctx.trustId),
    groups: await trustGroups(tx, ctx.trustId),
  }));
  const query = overviewQuery(
    search,
    groups.map((g) => g.id),
  );
  const chosen = schools.filter(
    (s) => (!query.phase || s.phase === query.phase) && (!query.group || s.groupIds.includes(query.group)),
  );
  return {
    schools,
    /** The schools of the chosen phase and group. */
    chosen,
    targets,
    groups,
    query,
    /** The chosen schools' rows and the trust's figures over those schools (the footer follows the filter). */
    overview: buildOverview(chosen, targets, londonDay(now)),
    heatmap: buildHeatmap(chosen, monthInLondon),
    review: buildReviewHeatmap(chosen),
  };
}

/** One school of the trust as the trust sees it, or not found. */
export async function trustSchoolFacts(ctx: TrustContext, schoolId: string, now = new Date()) {
  const { schools, targets } = await trustFacts(ctx, now);
  const school = schools.find((s) => s.id === schoolId);
  if (!school) throw notFound();
  return { school, targets, today: londonDay(now) };
}

/**
 * The board's report of the schools of the chosen phase and group, as the overview sorts them, with
 * the views it was built from (the page draws its charts from the same read).
 */
export async function trustReportDoc(
  ctx: TrustContext,
  search: Record<string, string | string[] | undefined | null> = {},
  now = new Date(),
) {
  const views = await trustViews(ctx, search, now);
  const today = londonDay(now);
  const { overview } = views;
  const group = views.groups.find((g) => g.id === views.query.group);
  const phase = views.query.phase ? SCHOOL_PHASE_LABELS[views.query.phase] : null;
  const scope =
    phase && group
      ? `${phase} schools in ${group.name}`
      : phase
        ? `${phase} schools`
        : group
          ? `Schools in ${group.name}`
          : "All schools";
  const doc = trustReport({
    trustName: ctx.trustName,
    rows: arrange(overview.rows, views.query),
    trust: overview.trust,
    heatmap: views.heatmap,
    review: views.review,
    targets: views.targets,
    scope,
    today,
  });
  return { doc, views };
}
