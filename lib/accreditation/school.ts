import "server-only";
// The school's side: the self-evaluation (the lead rates each criterion with a narrative, beside
// what Harbour measures live), submitting it, and the status page.
import { audit } from "../audit/record";
import { withScope, type Tx } from "../db/scope";
import { UserError } from "../errors";
import { can } from "../permissions";
import { recordFigures } from "../records/figures";
import { londonDay } from "../rounds/dates";
import { listRounds } from "../rounds/queries";
import { scopeOf, type SchoolContext } from "../tenancy/context";
import type { SelfEvaluationInput } from "./forms";
import type { LevelKey } from "./default-scheme";
import { moveProblem, schoolYearStart, submitProblems, type Rating } from "./rules";
import { ensureDefaultScheme, schemeInForce } from "./scheme";
import { criterionRefs, loadSubmission, type MeasureValue, type SubmissionView } from "./store";

const FORBIDDEN = "You do not have permission to do that.";
const GONE = "That self-evaluation was not found.";

function require(ctx: SchoolContext, permission: "accreditation:view" | "accreditation:self-evaluate") {
  if (!can(ctx.role, permission)) throw new UserError(FORBIDDEN, "forbidden");
}

export type SchoolAccreditation = {
  current: SubmissionView | null;
  /** Earlier, decided cycles, newest first. */
  history: { id: string; decidedAt: Date | null; level: LevelKey | null; renewalDue: string | null }[];
  measures: Record<string, MeasureValue>;
};

/** What Harbour measures today for the criteria that name a measure. */
export async function liveMeasures(
  ctx: SchoolContext,
  now = new Date(),
): Promise<Record<string, MeasureValue>> {
  const figures = await recordFigures(ctx, now);
  const core = figures.coverage.find((c) => c.tier === 1);
  const since = schoolYearStart(londonDay(now));
  const rounds = await listRounds(ctx, now);
  const thisYear = rounds.filter((r) => r.status !== "SCHEDULED" && londonDay(r.opensAt) >= since);
  const [validated, reviewed] = await withScope(scopeOf(ctx), (tx) =>
    Promise.all([
      tx.actionPlanVersion.count({ where: { schoolId: ctx.schoolId, status: "VALIDATED" } }),
      tx.accreditationSubmission.count({ where: { schoolId: ctx.schoolId, reviewedAt: { not: null } } }),
    ]),
  );
  const share = core && !core.trained.withheld ? core.trained.share : null;
  return {
    CORE_TRAINING_IN_DATE:
      share === null
        ? {
            text: core?.trained.withheld
              ? `Not shown: fewer than ${figures.k} staff need Core training, so the share would identify people.`
              : "No staff yet to measure.",
            met: null,
          }
        : {
            text: `${Math.round(share * 100)}% of staff have in-date Core training.`,
            met: share >= 0.95,
          },
    ROUND_THIS_YEAR:
      thisYear.length > 0
        ? { text: `Yes: "${thisYear[0]!.title}" opened this school year.`, met: true }
        : { text: "No self-assessment round has opened this school year.", met: false },
    ACTION_PLAN_VALIDATED:
      validated > 0
        ? { text: "Yes: the action plan has been validated.", met: true }
        : { text: "Not yet: the action plan has not been validated.", met: false },
    PEER_REVIEW_DONE:
      reviewed > 0
        ? { text: "Yes: a peer review has been completed.", met: true }
        : { text: "Not yet: no peer review has been completed.", met: false },
  };
}

async function currentId(tx: Tx, schoolId: string) {
  return (
    await tx.accreditationSubmission.findFirst({
      where: { schoolId, status: { not: "DECIDED" } },
      select: { id: true },
    })
  )?.id;
}

export async function schoolAccreditation(
  ctx: SchoolContext,
  now = new Date(),
): Promise<SchoolAccreditation> {
  require(ctx, "accreditation:view");
  const measures = await liveMeasures(ctx, now);
  return withScope(scopeOf(ctx), async (tx) => {
    const id = await currentId(tx, ctx.schoolId);
    const current = id ? await loadSubmission(tx, id) : null;
    const past = await tx.accreditationSubmission.findMany({
      where: { schoolId: ctx.schoolId, status: "DECIDED" },
      orderBy: { decidedAt: "desc" },
      take: 20,
      select: { id: true, decidedAt: true, level: true, renewalDue: true },
    });
    return {
      current,
      measures,
      history: past.map((p) => ({
        id: p.id,
        decidedAt: p.decidedAt,
        level: p.level,
        renewalDue: p.renewalDue ? p.renewalDue.toISOString().slice(0, 10) : null,
      })),
    };
  });
}

/** A decided submission of the school (for the status page of an earlier cycle). */
export async function schoolSubmission(ctx: SchoolContext, submissionId: string): Promise<SubmissionView> {
  require(ctx, "accreditation:view");
  const view = await withScope(scopeOf(ctx), (tx) => loadSubmission(tx, submissionId));
  if (!view || view.schoolId !== ctx.schoolId) throw new UserError(GONE, "not_found");
  return view;
}

/** Starts a self-evaluation against the scheme in force (one in progress at a time). */
export async function startSelfEvaluation(ctx: SchoolContext): Promise<{ submissionId: string }> {
  require(ctx, "accreditation:self-evaluate");
  await ensureDefaultScheme();
  return withScope(scopeOf(ctx), async (tx) => {
    const open = await currentId(tx, ctx.schoolId);
    if (open) return { submissionId: open };
    const school = await tx.school.findUniqueOrThrow({
      where: { id: ctx.schoolId },
      select: { trustId: true },
    });
    const schemeId = await schemeInForce(tx, school.trustId);
    if (!schemeId) throw new Error("The accreditation scheme is missing.");
    const row = await tx.accreditationSubmission.create({
      data: { schoolId: ctx.schoolId, schemeId, createdById: ctx.personId },
    });
    await audit(tx, {
      actorId: ctx.personId,
      action: "accreditation.started",
      schoolId: ctx.schoolId,
      targetId: row.id,
    });
    return { submissionId: row.id };
  });
}

async function draftOf(tx: Tx, ctx: SchoolContext, submissionId: string) {
  const view = await loadSubmission(tx, submissionId);
  if (!view || view.schoolId !== ctx.schoolId) throw new UserError(GONE, "not_found");
  if (view.status !== "DRAFT") throw new UserError(moveProblem(view.status, "SUBMITTED")!, "conflict");
  return view;
}

/** Saves the ratings and narratives on the page; a criterion left unrated is cleared. */
export async function saveSelfEvaluation(
  ctx: SchoolContext,
  input: Omit<SelfEvaluationInput, "ratings"> & {
    ratings: { criterionId: string; rating: Rating | ""; narrative: string }[];
  },
): Promise<{ saved: number }> {
  require(ctx, "accreditation:self-evaluate");
  return withScope(scopeOf(ctx), async (tx) => {
    const view = await draftOf(tx, ctx, input.submissionId);
    const keyOf = new Map(criterionRefs(view.scheme).map((c) => [c.id, c.key]));
    const unknown = input.ratings.find((r) => !keyOf.has(r.criterionId));
    if (unknown) throw new UserError("That criterion is not part of this scheme.", "validation");
    let saved = 0;
    for (const r of input.ratings) {
      const where = { submissionId_criterionId: { submissionId: view.id, criterionId: r.criterionId } };
      if (r.rating === "") {
        await tx.accreditationSelfRating.deleteMany({
          where: { submissionId: view.id, criterionId: r.criterionId },
        });
        continue;
      }
      await tx.accreditationSelfRating.upsert({
        where,
        create: {
          submissionId: view.id,
          schoolId: ctx.schoolId,
          criterionId: r.criterionId,
          criterionKey: keyOf.get(r.criterionId)!,
          rating: r.rating,
          narrative: r.narrative,
          updatedById: ctx.personId,
        },
        update: { rating: r.rating, narrative: r.narrative, updatedById: ctx.personId },
      });
      saved++;
    }
    return { saved };
  });
}

/** Submits a complete self-evaluation, with a snapshot of what Harbour measured, for peer review. */
export async function submitSelfEvaluation(
  ctx: SchoolContext,
  submissionId: string,
  now = new Date(),
): Promise<{ submissionId: string }> {
  require(ctx, "accreditation:self-evaluate");
  const measures = await liveMeasures(ctx, now);
  return withScope(scopeOf(ctx), async (tx) => {
    const view = await draftOf(tx, ctx, submissionId);
    const refs = criterionRefs(view.scheme);
    const { unrated, unexplained } = submitProblems(refs, view.self);
    if (unrated.length > 0)
      throw new UserError(
        `Rate every criterion before submitting. Still to rate: ${unrated.join(", ")}.`,
        "validation",
      );
    if (unexplained.length > 0)
      throw new UserError(
        `Write a narrative for every criterion rated above Not yet. Still to write: ${unexplained.join(", ")}.`,
        "validation",
      );
    const byKey = new Map(view.scheme.strands.flatMap((s) => s.criteria).map((c) => [c.key, c.measure]));
    const snapshot = Object.fromEntries(
      [...byKey].filter(([, m]) => m !== null).map(([key, m]) => [key, measures[m!]!]),
    );
    const changed = await tx.accreditationSubmission.updateMany({
      where: { id: view.id, status: "DRAFT" },
      data: { status: "SUBMITTED", submittedAt: now, submittedById: ctx.personId, measures: snapshot },
    });
    if (changed.count !== 1) throw new UserError(moveProblem("SUBMITTED", "SUBMITTED")!, "conflict");
    await audit(tx, {
      actorId: ctx.personId,
      action: "accreditation.submitted",
      schoolId: ctx.schoolId,
      targetId: view.id,
    });
    return { submissionId: view.id };
  });
}
