import "server-only";
// Data access for gap analysis: a round's submitted responses fed to the pure core in ./analysis,
// with small numbers withheld for display and individuals only where DESIGN.md allows them.
import { withScope, type Tx } from "../db/scope";
import { UserError } from "../errors";
import { loadVersion } from "../framework/store";
import { can } from "../permissions";
import { roundStatus } from "../rounds/rules";
import { effectiveK } from "../suppression";
import { scopeOf, type SchoolContext } from "../tenancy/context";
import type { Tier } from "../tiers";
import { analyseGaps, compareRounds, personGaps, type GapAnalysis, type GapCompetency, type Respondent, type Targets } from "./analysis";
import { csvField, GAP_CSV_HEADER } from "./csv";

/** A respondent with the person behind them; personId never leaves this module for CONFIDENTIAL rounds. */
export type RoundRespondent = Respondent & { personId: string };

export type RoundGapData = {
  round: { id: string; title: string; mode: "NAMED" | "CONFIDENTIAL"; opensAt: Date; schoolId: string };
  competencies: GapCompetency[];
  domains: { code: string; name: string }[];
  targets: Targets;
  respondents: RoundRespondent[];
  k: number;
};

/**
 * The round (in this school only), its framework version's live competencies and targets, and each
 * SUBMITTED response as a Respondent. Retired competencies are never in scope, so they are left out.
 * The respondent id is the response id: it identifies no one outside this module.
 */
export async function loadRoundGapData(tx: Tx, ctx: SchoolContext, roundId: string): Promise<RoundGapData> {
  const round = await tx.round.findFirst({ where: { id: roundId, schoolId: ctx.schoolId } });
  if (!round) throw new UserError("That round was not found.", "not_found");
  const version = await loadVersion(tx, round.frameworkVersionId);
  if (!version) throw new Error(`Round ${round.id} pins a framework version that cannot be read.`);
  const school = await tx.school.findUniqueOrThrow({ where: { id: ctx.schoolId }, select: { minGroupSize: true } });
  const responses = await tx.response.findMany({
    where: { roundId: round.id, schoolId: ctx.schoolId, status: "SUBMITTED" },
    select: { id: true, personId: true, jobRole: true, requiredTier: true, answers: { select: { competencyCode: true, rating: true } } },
    orderBy: { id: "asc" },
  });
  return {
    round: { id: round.id, title: round.title, mode: round.mode, opensAt: round.opensAt, schoolId: round.schoolId },
    competencies: version.content.competencies
      .filter((c) => !c.retired)
      .map((c) => ({ code: c.code, domainCode: c.domainCode, tier: c.tier })),
    domains: version.content.domains.map((d) => ({ code: d.code, name: d.name })),
    targets: version.content.targets as Targets,
    respondents: responses.map((r) => ({
      id: r.id,
      personId: r.personId,
      jobRole: r.jobRole,
      requiredTier: r.requiredTier as Tier,
      ratings: Object.fromEntries(r.answers.map((a) => [a.competencyCode, a.rating])),
    })),
    k: effectiveK(school.minGroupSize),
  };
}

export const analyse = (d: RoundGapData): GapAnalysis =>
  analyseGaps({ competencies: d.competencies, respondents: d.respondents, targets: d.targets, k: d.k });

export type DisplayRow = GapAnalysis["competencies"][number] & { withheld: boolean };
export type PersonGapRow = { personId: string; name: string; jobRole: string; gaps: { code: string; gap: number }[] };

export type GapReport = {
  round: RoundGapData["round"];
  k: number;
  respondents: number;
  domains: { code: string; name: string }[];
  /** Set when the whole report is withheld (a CONFIDENTIAL round with fewer than k respondents). */
  withheldReason: string | null;
  /** Priority order; in CONFIDENTIAL rounds a row resting on fewer than k people is withheld. */
  rows: DisplayRow[];
  heatmap: GapAnalysis["heatmap"];
  coverage: (GapAnalysis["tierCoverage"][number] & { withheld: boolean })[];
  previous: { id: string; title: string; changes: ReturnType<typeof compareRounds> } | null;
  /** NAMED rounds seen by a lead or head only; null otherwise. */
  people: PersonGapRow[] | null;
};

function requireGapViewer(ctx: SchoolContext) {
  if (!can(ctx.role, "gaps:view")) throw new UserError("Only school leaders can see gap analysis.", "forbidden");
}

const confidentialTooSmall = (d: RoundGapData) => d.round.mode === "CONFIDENTIAL" && d.respondents.length < d.k;

/** The latest closed round of the school that opened before this one, if any. */
async function previousRound(tx: Tx, ctx: SchoolContext, current: RoundGapData["round"], now: Date) {
  const earlier = await tx.round.findMany({
    where: { schoolId: ctx.schoolId, opensAt: { lt: current.opensAt }, id: { not: current.id } },
    orderBy: { opensAt: "desc" },
  });
  return earlier.find((r) => roundStatus(r, now) === "CLOSED") ?? null;
}

export async function gapReport(ctx: SchoolContext, roundId: string, now = new Date()): Promise<GapReport> {
  requireGapViewer(ctx);
  return withScope(scopeOf(ctx), async (tx) => {
    const data = await loadRoundGapData(tx, ctx, roundId);
    const base = { round: data.round, k: data.k, respondents: data.respondents.length, domains: data.domains };
    if (confidentialTooSmall(data)) {
      return {
        ...base,
        withheldReason: `This round is confidential and fewer than ${data.k} people have submitted, so its gap report is withheld to protect them.`,
        rows: [], heatmap: [], coverage: [], previous: null, people: null,
      };
    }
    const analysis = analyse(data);
    const confidential = data.round.mode === "CONFIDENTIAL";
    const prev = await previousRound(tx, ctx, data.round, now);
    let previous: GapReport["previous"] = null;
    if (prev) {
      const before = await loadRoundGapData(tx, ctx, prev.id);
      // A confidential earlier round too small to report is not compared against either.
      if (!confidentialTooSmall(before) && before.respondents.length > 0)
        previous = { id: prev.id, title: prev.title, changes: compareRounds(analysis, analyse(before)) };
    }
    const named = data.round.mode === "NAMED" && (ctx.role === "LEAD" || ctx.role === "HEAD");
    return {
      ...base,
      withheldReason: null,
      rows: analysis.competencies.map((c) => ({ ...c, withheld: confidential && c.inScope < data.k })),
      heatmap: analysis.heatmap,
      // Coverage is a share of people: withheld in every mode when it rests on fewer than k.
      coverage: analysis.tierCoverage.map((t) => ({ ...t, withheld: t.people < data.k })),
      previous,
      people: named ? await namedGaps(tx, data) : null,
    };
  });
}

async function namedGaps(tx: Tx, data: RoundGapData): Promise<PersonGapRow[]> {
  const people = await tx.person.findMany({
    where: { id: { in: data.respondents.map((r) => r.personId) } },
    select: { id: true, name: true },
  });
  const names = new Map(people.map((p) => [p.id, p.name]));
  return data.respondents
    .map((r) => ({
      personId: r.personId,
      name: names.get(r.personId) ?? "Former member",
      jobRole: r.jobRole,
      gaps: personGaps(r, data.competencies, data.targets).filter((g) => g.gap > 0),
    }))
    .sort((a, b) => a.name.localeCompare(b.name, "en-GB") || (a.personId < b.personId ? -1 : 1));
}

/**
 * The gap report as CSV (README: gap export), full precision, priority order. In a CONFIDENTIAL round
 * the figures of a row resting on fewer than k people are left blank, as on the page.
 */
export async function gapReportCsvFor(ctx: SchoolContext, roundId: string) {
  requireGapViewer(ctx);
  return withScope(scopeOf(ctx), async (tx) => {
    const data = await loadRoundGapData(tx, ctx, roundId);
    if (confidentialTooSmall(data)) {
      throw new UserError(`Fewer than ${data.k} people have submitted in this confidential round, so there is nothing to export.`, "conflict");
    }
    const confidential = data.round.mode === "CONFIDENTIAL";
    const rows = analyse(data).competencies.map((c) => {
      const hide = confidential && c.inScope < data.k;
      const figures = hide ? [null, null, null, null, null] : [c.inScope, c.withGap, c.needRate, c.meanGap, c.totalGap];
      return [c.code, c.domainCode, c.tier, ...figures].map(csvField).join(",");
    });
    const text = [GAP_CSV_HEADER, ...rows].join("\r\n") + "\r\n";
    return { filename: `gaps-${data.round.title}.csv`, contentType: "text/csv", text };
  });
}
