import "server-only";
// The school's data the action plan is drafted from and measured against, each through the
// feature that owns it (gap figures and staff answers only as the disclosure core publishes them).
import { withScope } from "../db/scope";
import { gapReport } from "../gaps/queries";
import { BARRIER_LABELS } from "../assessment/rules";
import type { Summary } from "../plans/store";
import { recordFigures } from "../records/figures";
import { getRoundProgress } from "../rounds/progress";
import { listRounds } from "../rounds/queries";
import { scopeOf, type SchoolContext } from "../tenancy/context";
import { leadOwnGaps } from "../lead-development/queries";
import { can } from "../permissions";
import { termStartOf } from "../plans/calendar";
import { loadTermDates } from "../plans/term-dates";
import type { ReviewLevel } from "../review/principles";
import { lastAgreedReviewAt, latestAgreedRatings } from "../review/queries";
import type { MeasureFacts } from "./rag";
import type { SuggestionInputs } from "./suggest";

/** Optional sources another part of Harbour provides (the whole-school review, the lead's development). */
export type ExtraSources = {
  reviewLowest?: { statementKey: string; level: ReviewLevel }[];
  leadGaps?: { areaKey: string; areaTitle: string; gap: number }[];
  lastAgreedReviewAt?: Date | null;
  termStartedAt?: Date;
};

/**
 * What the whole-school review and the lead's own development add, and the term the "review done
 * this term" measure counts from: read through the features that own them.
 */
export async function extraSources(ctx: SchoolContext, today: string): Promise<ExtraSources> {
  const [ratings, lastReviewAt, leadGaps, terms] = await Promise.all([
    latestAgreedRatings(ctx),
    lastAgreedReviewAt(ctx),
    can(ctx.role, "development:self") ? leadOwnGaps(ctx) : Promise.resolve([]),
    loadTermDates(ctx),
  ]);
  return {
    reviewLowest: ratings.map(({ statementKey, level }) => ({ statementKey, level })),
    leadGaps,
    lastAgreedReviewAt: lastReviewAt,
    termStartedAt: new Date(`${termStartOf(today, terms)}T00:00:00Z`),
  };
}

export async function suggestionInputs(
  ctx: SchoolContext,
  settled: Set<string>,
  extra: ExtraSources = {},
  now = new Date(),
): Promise<SuggestionInputs> {
  const rounds = await listRounds(ctx, now);
  const closed = rounds.find((r) => r.status === "CLOSED");
  const report = closed ? await gapReport(ctx, closed.id, now) : null;
  const statements = new Map(report?.statements.map((s) => [s.code, s.statement]) ?? []);
  const competencyGaps = (report?.publication?.rows ?? [])
    .filter((r) => !r.withheld && r.withGap > 0)
    .map((r) => ({
      code: r.code,
      statement: statements.get(r.code) ?? r.code,
      withGap: r.withGap,
      needRate: r.needRate,
    }));
  const barriers = (report?.answers?.barriers ?? []).flatMap((b) =>
    b.count === null
      ? []
      : [
          {
            key: b.key,
            label: BARRIER_LABELS[b.key as keyof typeof BARRIER_LABELS] ?? b.key,
            count: b.count,
          },
        ],
  );
  return {
    competencyGaps,
    unmetNeeds: await unmetNeeds(ctx),
    barriers,
    reviewLowest: extra.reviewLowest,
    leadGaps: extra.leadGaps,
    settled,
  };
}

/** The newest training plan's unmet needs, summed per competency, with the statement in words. */
async function unmetNeeds(ctx: SchoolContext) {
  return withScope(scopeOf(ctx), async (tx) => {
    const v = await tx.planVersion.findFirst({
      where: { schoolId: ctx.schoolId },
      orderBy: { createdAt: "desc" },
      select: { summary: true, plan: { select: { round: { select: { frameworkVersionId: true } } } } },
    });
    if (!v) return [];
    const unmet = (v.summary as Summary).unmet ?? [];
    const people = new Map<string, number>();
    for (const u of unmet) people.set(u.competencyCode, (people.get(u.competencyCode) ?? 0) + u.people);
    const rows = await tx.competency.findMany({
      where: { versionId: v.plan.round.frameworkVersionId, code: { in: [...people.keys()] } },
      select: { code: true, statement: true },
    });
    const words = new Map(rows.map((r) => [r.code, r.statement]));
    return [...people].map(([code, n]) => ({ code, statement: words.get(code) ?? code, people: n }));
  });
}

/** What Harbour measures today for self-updating RAG. */
export async function measureFacts(
  ctx: SchoolContext,
  extra: ExtraSources = {},
  now = new Date(),
): Promise<MeasureFacts> {
  const figures = await recordFigures(ctx, now);
  const core = figures.coverage.find((c) => c.tier === 1);
  const rounds = await listRounds(ctx, now);
  const latest = rounds.find((r) => r.status !== "SCHEDULED") ?? null;
  const progress = latest ? await getRoundProgress(ctx, latest.id, now) : null;
  const planApproved = await withScope(
    scopeOf(ctx),
    async (tx) => (await tx.planVersion.count({ where: { schoolId: ctx.schoolId, status: "APPROVED" } })) > 0,
  );
  const reviewDoneThisTerm =
    extra.lastAgreedReviewAt === undefined || !extra.termStartedAt
      ? null
      : extra.lastAgreedReviewAt !== null && extra.lastAgreedReviewAt >= extra.termStartedAt;
  return {
    coreTrainedShare: core && !core.trained.withheld ? core.trained.share : null,
    responseRate: progress?.progress.overall.rate ?? null,
    planApproved,
    reviewDoneThisTerm,
  };
}
