import "server-only";
// Data access for gap analysis: a round's submitted responses, published through the one
// disclosure-control core (lib/disclosure). NAMED rounds are published in full to the school's lead
// and head, who see each person's answers by design; CONFIDENTIAL rounds go through the controls.
import { withScope, type Tx } from "../db/scope";
import { BARRIERS, FORMATS, WELLBEING_QUESTIONS } from "../assessment/rules";
import {
  compareRoundsPublished,
  publishRound,
  publishTrainingAnswers,
  type PublishedAnswers,
  type PublishedChange,
  type RoundPublication,
  type TrainingAnswers,
} from "../disclosure";
import { UserError } from "../errors";
import { loadVersion } from "../framework/store";
import { LEFT_THE_SCHOOL } from "../people/queries";
import { can } from "../permissions";
import { loadParticipants, type RoundParticipant } from "../rounds/participants";
import { confidentialFiguresWithheld, disclosureFor, roundStatus } from "../rounds/rules";
import { effectiveK } from "../suppression";
import { scopeOf, type SchoolContext } from "../tenancy/context";
import { JOB_ROLES, type Tier } from "../tiers";
import { personGaps, type Respondent, type Targets } from "./analysis";
import { gapReportCsv } from "./csv";
import { peoplePageOf, type PeoplePage } from "./pages";

/** A respondent with the person behind them; personId never leaves this module for CONFIDENTIAL rounds. */
export type RoundRespondent = Respondent & { personId: string | null };
export type Statement = { code: string; domainCode: string; tier: Tier; statement: string };

export type RoundGapData = {
  round: {
    id: string;
    title: string;
    mode: "NAMED" | "CONFIDENTIAL";
    opensAt: Date;
    closesAt: Date;
    closedAt: Date | null;
    schoolId: string;
  };
  /** The live competencies, each with its statement in words. */
  competencies: Statement[];
  domains: { code: string; name: string }[];
  targets: Targets;
  respondents: RoundRespondent[];
  /** What each respondent said about training (and wellbeing), read with their answers. */
  training: TrainingAnswers[];
  participants: RoundParticipant[];
  k: number;
};

/**
 * The round (in this school only), its framework version's live competencies and targets, everyone
 * it asked, and each SUBMITTED response as a Respondent. Retired competencies are never in scope.
 * The respondent id is the response id: it identifies no one outside this module.
 */
export async function loadRoundGapData(tx: Tx, ctx: SchoolContext, roundId: string): Promise<RoundGapData> {
  const round = await tx.round.findFirst({ where: { id: roundId, schoolId: ctx.schoolId } });
  if (!round) throw new UserError("That round was not found.", "not_found");
  const version = await loadVersion(tx, round.frameworkVersionId);
  if (!version) throw new Error(`Round ${round.id} pins a framework version that cannot be read.`);
  const school = await tx.school.findUniqueOrThrow({
    where: { id: ctx.schoolId },
    select: { minGroupSize: true },
  });
  const responses = await submittedResponses(tx, ctx, round.id);
  const live = version.content.competencies.filter((c) => !c.retired);
  return {
    round: {
      id: round.id,
      title: round.title,
      mode: round.mode,
      opensAt: round.opensAt,
      closesAt: round.closesAt,
      closedAt: round.closedAt,
      schoolId: round.schoolId,
    },
    competencies: live.map((c) => ({
      code: c.code,
      domainCode: c.domainCode,
      tier: c.tier,
      statement: c.statement,
    })),
    domains: version.content.domains.map((d) => ({ code: d.code, name: d.name })),
    targets: version.content.targets as Targets,
    respondents: responses.map((r) => ({
      id: r.id,
      personId: r.personId,
      jobRole: r.jobRole,
      requiredTier: r.requiredTier as Tier,
      ratings: Object.fromEntries(r.codes.map((code, i) => [code, r.ratings[i]!])),
    })),
    training: responses.map((r) => ({
      barriers: r.barriers,
      formats: r.preferredFormats,
      confidence: r.overallConfidence,
      wellbeing:
        r.wellbeing && typeof r.wellbeing === "object" ? (r.wellbeing as Record<string, number>) : null,
    })),
    participants: await loadParticipants(tx, round),
    k: effectiveK(school.minGroupSize),
  };
}

type SubmittedRow = {
  id: string;
  personId: string;
  jobRole: string;
  requiredTier: number;
  codes: string[];
  ratings: number[];
  barriers: string[];
  preferredFormats: string[];
  overallConfidence: number | null;
  wellbeing: unknown;
};

/**
 * Every SUBMITTED response of the round with its ratings, in ONE statement reading one row per
 * respondent: the ratings were folded into two arrays as the response was submitted (migration
 * 20261207130000, decision 0047), so no answer of the round is scanned. A response submitted before
 * that migration and not folded by it has null arrays, and only its own answers are folded here.
 */
async function submittedResponses(tx: Tx, ctx: SchoolContext, roundId: string): Promise<SubmittedRow[]> {
  return tx.$queryRaw<SubmittedRow[]>`
    SELECT r.id, r."personId", r."jobRole"::text AS "jobRole", r."requiredTier",
      coalesce(r."ratedCodes", (SELECT coalesce(array_agg(a."competencyCode" ORDER BY a."competencyCode"), '{}')
        FROM "Answer" a WHERE a."responseId" = r.id AND a."schoolId" = r."schoolId")) AS codes,
      coalesce(r."ratedValues", (SELECT coalesce(array_agg(a.rating ORDER BY a."competencyCode"), '{}')
        FROM "Answer" a WHERE a."responseId" = r.id AND a."schoolId" = r."schoolId")) AS ratings,
      coalesce(to_jsonb(r.barriers), '[]') AS barriers, coalesce(to_jsonb(r."preferredFormats"), '[]') AS "preferredFormats",
      r."overallConfidence", r.wellbeing
    FROM "Response" r
    WHERE r."roundId" = ${roundId} AND r."schoolId" = ${ctx.schoolId} AND r.status = 'SUBMITTED'
    ORDER BY r.id`;
}

const roleLabel = (jobRole: string) => JOB_ROLES[jobRole as keyof typeof JOB_ROLES]?.label ?? jobRole;

/** The round's figures as `viewer` may see them (lib/disclosure). */
export function publish(d: RoundGapData, viewer: SchoolContext): RoundPublication {
  return publishRound({
    mode: disclosureFor(d.round.mode, viewer.role),
    k: d.k,
    competencies: d.competencies,
    respondents: d.respondents,
    participants: d.participants,
    targets: d.targets,
    roleLabel,
  });
}

export type PersonGapRow = {
  personId: string;
  name: string;
  jobRole: string;
  gaps: { code: string; gap: number }[];
};

export type GapReport = {
  round: RoundGapData["round"];
  k: number;
  respondents: number;
  domains: { code: string; name: string }[];
  statements: Statement[];
  /** Set when the whole report is withheld (a CONFIDENTIAL round still open, or with fewer than k respondents). */
  withheldReason: string | null;
  publication: RoundPublication | null;
  /** What staff said about training (and wellbeing, in CONFIDENTIAL rounds), as published. */
  answers: PublishedAnswers | null;
  previous: { id: string; title: string; changes: PublishedChange[] } | null;
  /** NAMED rounds only (seen by the lead and head); null otherwise. One page of them, by name. */
  people: PersonGapRow[] | null;
  /** Where `people` sits among everyone who submitted (null with `people`). */
  peoplePage: PeoplePage | null;
};

function requireGapViewer(ctx: SchoolContext) {
  if (!can(ctx.role, "gaps:view"))
    throw new UserError("Only school leaders can see gap analysis.", "forbidden");
}

const withheldNow = (d: RoundGapData, now: Date) =>
  confidentialFiguresWithheld(d.round, d.respondents.length, d.k, now);

/** The latest closed round of the school that opened before this one, if any. */
async function previousRound(tx: Tx, ctx: SchoolContext, current: RoundGapData["round"], now: Date) {
  const earlier = await tx.round.findMany({
    where: { schoolId: ctx.schoolId, opensAt: { lt: current.opensAt }, id: { not: current.id } },
    orderBy: [{ opensAt: "desc" }, { id: "desc" }],
    take: 20,
  });
  return earlier.find((r) => roundStatus(r, now) === "CLOSED") ?? null;
}

export async function gapReport(
  ctx: SchoolContext,
  roundId: string,
  now = new Date(),
  peoplePage = 1,
): Promise<GapReport> {
  requireGapViewer(ctx);
  return withScope(scopeOf(ctx), async (tx) => {
    const data = await loadRoundGapData(tx, ctx, roundId);
    const base = {
      round: data.round,
      k: data.k,
      respondents: data.respondents.length,
      domains: data.domains,
      statements: data.competencies,
    };
    const withheldReason = withheldNow(data, now);
    if (withheldReason)
      return {
        ...base,
        withheldReason,
        publication: null,
        answers: null,
        previous: null,
        people: null,
        peoplePage: null,
      };
    const publication = publish(data, ctx);
    const prev = await previousRound(tx, ctx, data.round, now);
    let previous: GapReport["previous"] = null;
    if (prev) {
      const before = await loadRoundGapData(tx, ctx, prev.id);
      // An earlier round whose figures were never published is not compared against either.
      if (!withheldNow(before, now) && before.respondents.length > 0)
        previous = {
          id: prev.id,
          title: prev.title,
          changes: compareRoundsPublished(publication, publish(before, ctx)),
        };
    }
    const named =
      data.round.mode === "NAMED" && can(ctx.role, "answers:view-named")
        ? await namedGaps(tx, data, peoplePage)
        : null;
    return {
      ...base,
      withheldReason: null,
      publication,
      answers: trainingAnswers(ctx, data),
      previous,
      people: named?.rows ?? null,
      peoplePage: named?.page ?? null,
    };
  });
}

function trainingAnswers(ctx: SchoolContext, data: RoundGapData): PublishedAnswers {
  return publishTrainingAnswers({
    mode: disclosureFor(data.round.mode, ctx.role),
    k: data.k,
    answers: data.training,
    barrierKeys: BARRIERS,
    formatKeys: FORMATS,
    wellbeingKeys: Object.keys(WELLBEING_QUESTIONS),
  });
}

/** One page of the people who submitted, by name; only that page's gaps are worked out. */
async function namedGaps(tx: Tx, data: RoundGapData, asked: number) {
  const people = await tx.person.findMany({
    where: { id: { in: data.respondents.flatMap((r) => (r.personId ? [r.personId] : [])) } },
    select: { id: true, name: true },
  });
  const names = new Map(people.map((p) => [p.id, p.name]));
  // An erased person's response is linked to no one: it keeps its own id as the row's key.
  const sorted = data.respondents
    .map((r) => ({
      respondent: r,
      key: r.personId ?? `response:${r.id}`,
      name: (r.personId && names.get(r.personId)) || LEFT_THE_SCHOOL,
    }))
    .sort((a, b) => a.name.localeCompare(b.name, "en-GB") || (a.key < b.key ? -1 : 1));
  const page = peoplePageOf(sorted.length, asked);
  const rows: PersonGapRow[] = sorted
    .slice(page.first - 1, page.last)
    .map(({ respondent: r, key, name }) => ({
      personId: key,
      name,
      jobRole: r.jobRole,
      gaps: personGaps(r, data.competencies, data.targets).filter((g) => g.gap > 0),
    }));
  return { rows, page };
}

/** The gap report as CSV (README: gap export): the same publication as the page, at full precision. */
export async function gapReportCsvFor(ctx: SchoolContext, roundId: string, now = new Date()) {
  requireGapViewer(ctx);
  return withScope(scopeOf(ctx), async (tx) => {
    const data = await loadRoundGapData(tx, ctx, roundId);
    const withheldReason = withheldNow(data, now);
    if (withheldReason)
      throw new UserError(`${withheldReason} There is nothing to download yet.`, "conflict");
    return {
      filename: `gaps-${data.round.title}.csv`,
      contentType: "text/csv",
      text: gapReportCsv(publish(data, ctx).rows),
    };
  });
}
