import "server-only";
// A staff member's own self-assessment: start or resume, autosave, submit once, see results.
// The response is always looked up by (round, signed-in person): no function takes a response id
// from the client, so no one can read or change anyone else's answers.
import { withScope } from "../db/scope";
import { UserError } from "../errors";
import type { StoredVersion } from "../framework/store";
import type { RatingLevel } from "../framework/versioning";
import { roundStatus } from "../rounds/rules";
import { scopeOf, type SchoolContext } from "../tenancy/context";
import type { Tier } from "../tiers";
import type { z } from "zod";
import {
  buildSteps,
  inScopeCompetencies,
  missingAnswers,
  ownResults,
  wellbeingProblem,
  type OwnResults,
  type saveAnswersSchema,
  type Step,
  type submitSchema,
  type trainingSchema,
} from "./rules";
import {
  ensureResponse,
  findOwn,
  findRound,
  lockInProgress,
  participationSubmitted,
  ratingsOf,
  requireCurrentVersion,
  requireOpen,
  versionOf,
  type Response,
  type Round,
} from "./store";

export type AssessmentView = {
  round: {
    id: string;
    title: string;
    mode: "NAMED" | "CONFIDENTIAL";
    closesAt: Date;
    status: "SCHEDULED" | "OPEN" | "CLOSED";
  };
  status: "IN_PROGRESS" | "SUBMITTED";
  /** True once submitted or once the round has closed: the page shows answers without inputs. */
  readOnly: boolean;
  frameworkVersionId: string;
  ratingScale: RatingLevel[];
  requiredTier: Tier;
  steps: Step[];
  currentStep: number;
  answers: Record<string, { rating: number; comment: string | null }>;
  training: {
    barriers: string[];
    barrierOther: string | null;
    preferredFormats: string[];
    overallConfidence: number | null;
    wellbeing: unknown;
  };
  submittedAt: Date | null;
  results: OwnResults | null;
};

function view(
  round: Round,
  response: Response,
  version: StoredVersion,
  answers: Awaited<ReturnType<typeof ratingsOf>>,
  now: Date,
): AssessmentView {
  const tier = response.requiredTier as Tier;
  const status = roundStatus(round, now);
  const submitted = response.status === "SUBMITTED";
  return {
    round: { id: round.id, title: round.title, mode: round.mode, closesAt: round.closesAt, status },
    status: response.status,
    readOnly: submitted || status !== "OPEN",
    frameworkVersionId: round.frameworkVersionId,
    ratingScale: version.content.ratingScale,
    requiredTier: tier,
    steps: buildSteps(version.content, tier),
    currentStep: response.currentStep,
    answers: Object.fromEntries(
      answers.map((a) => [a.competencyCode, { rating: a.rating, comment: a.comment }]),
    ),
    training: {
      barriers: response.barriers,
      barrierOther: response.barrierOther,
      preferredFormats: response.preferredFormats,
      overallConfidence: response.overallConfidence,
      wellbeing: response.wellbeing,
    },
    submittedAt: response.submittedAt,
    results: submitted
      ? ownResults(version.content, tier, new Map(answers.map((a) => [a.competencyCode, a.rating])))
      : null,
  };
}

/** Everything the assessment page needs; resumes where the person stopped. */
export async function startOrResume(
  ctx: SchoolContext,
  roundId: string,
  now = new Date(),
): Promise<AssessmentView> {
  return withScope(scopeOf(ctx), async (tx) => {
    const round = await findRound(tx, ctx, roundId);
    const response = await ensureResponse(tx, ctx, round, now);
    return view(round, response, await versionOf(tx, round), await ratingsOf(tx, response.id), now);
  });
}

/** Autosave: upserts a batch of answers. Every check runs before anything is written. */
export async function saveAnswers(
  ctx: SchoolContext,
  input: z.infer<typeof saveAnswersSchema>,
  now = new Date(),
) {
  return withScope(scopeOf(ctx), async (tx) => {
    const round = await findRound(tx, ctx, input.roundId);
    requireCurrentVersion(round, input.frameworkVersionId);
    requireOpen(round, now);
    const response = await ensureResponse(tx, ctx, round, now);
    if (response.status === "SUBMITTED") {
      throw new UserError(
        "You have already submitted this assessment, so your answers can no longer be changed.",
        "conflict",
      );
    }
    const version = await versionOf(tx, round);
    const scoped = new Set(
      inScopeCompetencies(version.content.competencies, response.requiredTier as Tier).map((c) => c.code),
    );
    const known = new Set(version.content.competencies.map((c) => c.code));
    const fieldErrors: Record<string, string[]> = {};
    input.answers.forEach((a, i) => {
      if (!known.has(a.competencyCode))
        fieldErrors[`answers.${i}.competencyCode`] = [
          `${a.competencyCode} is not a competency in this round.`,
        ];
      else if (!scoped.has(a.competencyCode))
        fieldErrors[`answers.${i}.competencyCode`] = [
          `${a.competencyCode} is not one of your questions in this round.`,
        ];
    });
    if (Object.keys(fieldErrors).length > 0)
      throw new UserError(
        "Some answers do not belong to this round; nothing was saved.",
        "validation",
        fieldErrors,
      );
    await lockInProgress(
      tx,
      response,
      input.currentStep === undefined ? { updatedAt: now } : { currentStep: input.currentStep },
    );
    for (const a of input.answers) {
      const data = { rating: a.rating, comment: a.comment || null };
      await tx.answer.upsert({
        where: { responseId_competencyCode: { responseId: response.id, competencyCode: a.competencyCode } },
        create: {
          responseId: response.id,
          schoolId: round.schoolId,
          competencyCode: a.competencyCode,
          ...data,
        },
        update: data,
      });
    }
    return { saved: input.answers.length, savedAt: now };
  });
}

/** Saves the "about your training" step (and, in CONFIDENTIAL rounds only, the wellbeing section). */
export async function saveTraining(
  ctx: SchoolContext,
  input: z.output<typeof trainingSchema>,
  now = new Date(),
) {
  return withScope(scopeOf(ctx), async (tx) => {
    const round = await findRound(tx, ctx, input.roundId);
    requireCurrentVersion(round, input.frameworkVersionId);
    requireOpen(round, now);
    const problem = wellbeingProblem(round.mode, input.wellbeing);
    if (problem) throw new UserError(problem, "validation", { wellbeing: [problem] });
    const response = await ensureResponse(tx, ctx, round, now);
    await lockInProgress(tx, response, {
      barriers: input.barriers,
      barrierOther: input.barrierOther ?? null,
      preferredFormats: input.preferredFormats,
      overallConfidence: input.overallConfidence ?? null,
      ...(input.wellbeing ? { wellbeing: input.wellbeing } : {}),
      ...(input.currentStep === undefined ? {} : { currentStep: input.currentStep }),
    });
    return { savedAt: now };
  });
}

/**
 * Submits once. A retry, a double click or a second tab gets the same success: the conditional
 * update (status still IN_PROGRESS) lets exactly one submit through, and the others find it done.
 */
export async function submitResponse(
  ctx: SchoolContext,
  input: z.infer<typeof submitSchema>,
  now = new Date(),
) {
  return withScope(scopeOf(ctx), async (tx) => {
    const round = await findRound(tx, ctx, input.roundId);
    requireCurrentVersion(round, input.frameworkVersionId);
    const existing = await findOwn(tx, ctx, round);
    if (existing?.status !== "SUBMITTED") {
      requireOpen(round, now);
      const response = existing ?? (await ensureResponse(tx, ctx, round, now));
      const version = await versionOf(tx, round);
      const answered = new Set((await ratingsOf(tx, response.id)).map((a) => a.competencyCode));
      const missing = missingAnswers(
        inScopeCompetencies(version.content.competencies, response.requiredTier as Tier),
        answered,
      );
      if (missing.length > 0) {
        const n = missing.length;
        throw new UserError(
          `Please answer every question before submitting: ${n} still ${n === 1 ? "needs" : "need"} a rating.`,
          "validation",
          {
            answers: missing.map((code) => `${code} needs a rating.`),
          },
        );
      }
      // Zero rows means another submit got there first; that is success too.
      await tx.response.updateMany({
        where: { id: response.id, status: "IN_PROGRESS" },
        data: { status: "SUBMITTED", submittedAt: now, submitKey: `${response.id}:${input.submitKey}` },
      });
      await participationSubmitted(tx, round, ctx.personId);
    }
    const response = (await findOwn(tx, ctx, round))!;
    const answers = await ratingsOf(tx, response.id);
    return view(round, response, await versionOf(tx, round), answers, now);
  });
}
