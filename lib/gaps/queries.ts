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
  const responses = await tx.response.findMany({
    where: { roundId: round.id, schoolId: ctx.schoolId, status: "SUBMITTED" },
    select: {
      id: true,
      personId: true,
      jobRole: true,
      requiredTier: true,
      answers: { select: { competencyCode: true, rating: true } },
      barriers: true,
      preferredFormats: true,
      overallConfidence: true,
      wellbeing: true,
    },
    orderBy: { id: "asc" },
  });
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
      ratings: Object.fromEntries(r.answers.map((a) => [a.competencyCode, a.rating])),
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
  /** NAMED rounds only (seen by the lead and head); null otherwise. */
  people: PersonGapRow[] | null;
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

export async function gapReport(ctx: SchoolContext, roundId: string, now = new Date()): Promise<GapReport> {
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
      return { ...base, withheldReason, publication: null, answers: null, previous: null, people: null };
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
    return {
      ...base,
      withheldReason: null,
      publication,
      answers: trainingAnswers(ctx, data),
      previous,
      people:
        data.round.mode === "NAMED" && can(ctx.role, "answers:view-named") ? await namedGaps(tx, data) : null,
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

async function namedGaps(tx: Tx, data: RoundGapData): Promise<PersonGapRow[]> {
  const people = await tx.person.findMany({
    where: { id: { in: data.respondents.flatMap((r) => (r.personId ? [r.personId] : [])) } },
    select: { id: true, name: true },
  });
  const names = new Map(people.map((p) => [p.id, p.name]));
  return data.respondents
    .map((r) => ({
      // An erased person's response is linked to no one: it keeps its own id as the row's key.
      personId: r.personId ?? `response:${r.id}`,
      name: (r.personId && names.get(r.personId)) || LEFT_THE_SCHOOL,
      jobRole: r.jobRole,
      gaps: personGaps(r, data.competencies, data.targets).filter((g) => g.gap > 0),
    }))
    .sort((a, b) => a.name.localeCompare(b.name, "en-GB") || (a.personId < b.personId ? -1 : 1));
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
