import { describe, expect, it } from "vitest";
import { saveAnswers, saveTraining, startOrResume, submitResponse } from "@/lib/assessment/queries";
import { trainingSchema } from "@/lib/assessment/rules";
import { withScope } from "@/lib/db/scope";
import { UserError } from "@/lib/errors";
import { addCompetency, getFramework } from "@/lib/framework/queries";
import { closeRound } from "@/lib/rounds/queries";
import { answerEverything, DAY, openTestRound, schoolWithStaff } from "./support/assessment-fixtures";
import { ownerDb } from "./support/fixtures";

const submit = (
  ctx: Parameters<typeof submitResponse>[0],
  roundId: string,
  frameworkVersionId: string,
  key = "submit-key-1",
) => submitResponse(ctx, { roundId, frameworkVersionId, submitKey: key });

describe("autosave and resume", () => {
  it("saves answers as they change and resumes where the person stopped", async () => {
    const { lead, staff } = await schoolWithStaff(["TEACHER"]);
    const round = await openTestRound(lead);
    const me = staff[0]!.ctx;
    const first = await startOrResume(me, round.id);
    expect(first).toMatchObject({
      status: "IN_PROGRESS",
      readOnly: false,
      currentStep: 0,
      requiredTier: 1,
      answers: {},
    });
    expect(first.steps.at(-1)).toEqual({ kind: "training" });
    const base = { roundId: round.id, frameworkVersionId: first.frameworkVersionId };
    await saveAnswers(me, {
      ...base,
      answers: [{ competencyCode: "C1.01", rating: 2, comment: "Some training in 2024" }],
      currentStep: 1,
    });
    await saveAnswers(me, {
      ...base,
      answers: [
        { competencyCode: "C1.01", rating: 3 },
        { competencyCode: "C2.01", rating: 1 },
      ],
    });
    const resumed = await startOrResume(me, round.id);
    expect(resumed.currentStep).toBe(1);
    expect(resumed.answers).toEqual({
      "C1.01": { rating: 3, comment: null },
      "C2.01": { rating: 1, comment: null },
    });
    expect(await ownerDb().response.count({ where: { roundId: round.id } })).toBe(1);
  });

  it("refuses codes that are unknown or out of scope, writing nothing", async () => {
    const { lead, staff } = await schoolWithStaff(["TEACHER"]);
    const round = await openTestRound(lead);
    const view = await startOrResume(staff[0]!.ctx, round.id);
    const base = { roundId: round.id, frameworkVersionId: view.frameworkVersionId };
    const error = await saveAnswers(staff[0]!.ctx, {
      ...base,
      answers: [
        { competencyCode: "C1.01", rating: 2 },
        { competencyCode: "C9.99", rating: 2 },
        { competencyCode: "C1.05", rating: 2 },
      ],
    }).then(
      () => expect.fail("expected a refusal"),
      (e: unknown) => e as UserError,
    );
    expect(error).toBeInstanceOf(UserError);
    expect(error.fieldErrors).toEqual({
      "answers.1.competencyCode": ["C9.99 is not a competency in this round."],
      "answers.2.competencyCode": ["C1.05 is not one of your questions in this round."],
    });
    expect(await ownerDb().answer.count({ where: { schoolId: lead.schoolId } })).toBe(0);
  });

  it("keeps the training step, with wellbeing only in a CONFIDENTIAL round", async () => {
    const { lead, staff } = await schoolWithStaff(["TEACHER"]);
    const named = await openTestRound(lead);
    const v = await startOrResume(staff[0]!.ctx, named.id);
    const input = trainingSchema.parse({
      roundId: named.id,
      frameworkVersionId: v.frameworkVersionId,
      barriers: ["TIME", "OTHER"],
      barrierOther: "Cover",
      preferredFormats: ["IN_SCHOOL"],
      overallConfidence: 3,
      wellbeing: { feelSupported: 2 },
    });
    await expect(saveTraining(staff[0]!.ctx, input)).rejects.toThrow(/only asked in confidential rounds/);
    await saveTraining(staff[0]!.ctx, { ...input, wellbeing: undefined });
    expect((await startOrResume(staff[0]!.ctx, named.id)).training).toMatchObject({
      barriers: ["TIME", "OTHER"],
      barrierOther: "Cover",
      wellbeing: null,
    });

    const confidential = await openTestRound(lead, { mode: "CONFIDENTIAL", title: "Confidential" });
    await saveTraining(staff[0]!.ctx, { ...input, roundId: confidential.id });
    expect((await startOrResume(staff[0]!.ctx, confidential.id)).training.wellbeing).toEqual({
      feelSupported: 2,
    });
  });
});

describe("submitting", () => {
  it("needs every in-scope answer, then shows the person's own results", async () => {
    const { lead, staff } = await schoolWithStaff(["TEACHER"]);
    const round = await openTestRound(lead);
    const me = staff[0]!.ctx;
    const { view, codes } = await answerEverything(me, round.id, 3);
    await saveAnswers(me, {
      roundId: round.id,
      frameworkVersionId: view.frameworkVersionId,
      answers: [{ competencyCode: codes[0]!, rating: 1 }],
    });
    await ownerDb().answer.deleteMany({ where: { competencyCode: codes[1]! } });
    await expect(submit(me, round.id, view.frameworkVersionId)).rejects.toThrow(/1 still needs a rating/);
    await saveAnswers(me, {
      roundId: round.id,
      frameworkVersionId: view.frameworkVersionId,
      answers: [{ competencyCode: codes[1]!, rating: 4 }],
    });
    const done = await submit(me, round.id, view.frameworkVersionId);
    expect(done).toMatchObject({ status: "SUBMITTED", readOnly: true });
    expect(done.results).toMatchObject({
      meetsTier: false,
      gaps: [expect.objectContaining({ code: codes[0], gap: 2 })],
    });
    // The results page reads them back through startOrResume, as the page does.
    expect((await startOrResume(me, round.id)).results).toEqual(done.results);
  });

  it("makes one response from two submits at the same moment, and both succeed", async () => {
    const { lead, staff } = await schoolWithStaff(["TEACHER"]);
    const round = await openTestRound(lead);
    const me = staff[0]!.ctx;
    const { view } = await answerEverything(me, round.id);
    const results = await Promise.all([
      submit(me, round.id, view.frameworkVersionId, "double-click-key"),
      submit(me, round.id, view.frameworkVersionId, "double-click-key"),
      submit(me, round.id, view.frameworkVersionId, "another-tab-key"),
    ]);
    expect(results.map((r) => r.status)).toEqual(["SUBMITTED", "SUBMITTED", "SUBMITTED"]);
    expect(new Set(results.map((r) => r.submittedAt!.getTime())).size).toBe(1);
    const rows = await ownerDb().response.findMany({ where: { roundId: round.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.status).toBe("SUBMITTED");
  });

  it("makes the answers read-only after submitting, in the app and in the database", async () => {
    const { lead, staff } = await schoolWithStaff(["TEACHER"]);
    const round = await openTestRound(lead);
    const me = staff[0]!.ctx;
    const { view, codes } = await answerEverything(me, round.id);
    await submit(me, round.id, view.frameworkVersionId);
    const change = {
      roundId: round.id,
      frameworkVersionId: view.frameworkVersionId,
      answers: [{ competencyCode: codes[0]!, rating: 0 }],
    };
    await expect(saveAnswers(me, change)).rejects.toThrow(/already submitted/);
    await expect(
      ownerDb().answer.updateMany({
        where: { competencyCode: codes[0]!, response: { roundId: round.id } },
        data: { rating: 0 },
      }),
    ).rejects.toThrow(/read-only once the response is submitted/);
    expect((await startOrResume(me, round.id)).answers[codes[0]!]!.rating).toBe(3);
  });
});

describe("refusals", () => {
  it("refuses a save from a page built on another framework version", async () => {
    const { lead, staff } = await schoolWithStaff(["TEACHER"]);
    const round = await openTestRound(lead);
    const me = staff[0]!.ctx;
    const pinned = (await startOrResume(me, round.id)).frameworkVersionId;
    await addCompetency(lead, {
      domainCode: "D1",
      tier: 1,
      statement: "A competency added after the round opened.",
    });
    const newer = (await getFramework(lead)).version.id;
    expect(newer).not.toBe(pinned);
    const answer = [{ competencyCode: "C1.01", rating: 2 }];
    await expect(
      saveAnswers(me, { roundId: round.id, frameworkVersionId: newer, answers: answer }),
    ).rejects.toThrow(/page is out of date/);
    await expect(
      saveAnswers(me, { roundId: round.id, frameworkVersionId: pinned, answers: answer }),
    ).resolves.toMatchObject({ saved: 1 });
    // The round still asks exactly what it asked before the edit.
    expect(
      (await startOrResume(me, round.id)).steps
        .flatMap((s) => (s.kind === "domain" ? s.competencies : []))
        .some((c) => c.code === "C1.06"),
    ).toBe(false);
  });

  it("refuses saves once the round has closed, and new starts", async () => {
    const now = new Date();
    const { lead, staff } = await schoolWithStaff(["TEACHER", "TEACHER"]);
    const round = await openTestRound(lead, {}, now);
    const view = await startOrResume(staff[0]!.ctx, round.id, now);
    await closeRound(lead, round.id, now);
    const answer = {
      roundId: round.id,
      frameworkVersionId: view.frameworkVersionId,
      answers: [{ competencyCode: "C1.01", rating: 2 }],
    };
    await expect(saveAnswers(staff[0]!.ctx, answer)).rejects.toThrow(/round has closed/);
    await expect(startOrResume(staff[1]!.ctx, round.id)).rejects.toThrow(/round has closed/);
    expect((await startOrResume(staff[0]!.ctx, round.id)).readOnly).toBe(true);
    expect(await ownerDb().answer.count({ where: { schoolId: lead.schoolId } })).toBe(0);
    // And by date, without anyone closing it.
    const other = await openTestRound(lead, { title: "Short" }, now);
    await expect(
      saveAnswers(staff[1]!.ctx, { ...answer, roundId: other.id }, new Date(now.getTime() + 8 * DAY)),
    ).rejects.toThrow(/round has closed/);
  });
});

describe("tenancy", () => {
  it("keeps each person to their own response, and each school to its own", async () => {
    const a = await schoolWithStaff(["TEACHER", "TEACHER"]);
    const b = await schoolWithStaff(["TEACHER"]);
    const round = await openTestRound(a.lead);
    await answerEverything(a.staff[0]!.ctx, round.id, 4);
    // A colleague in the same school starts their own, empty response.
    expect((await startOrResume(a.staff[1]!.ctx, round.id)).answers).toEqual({});
    const seenFromB = await withScope({ personId: b.staff[0]!.id, schoolId: b.school.id }, async (tx) => ({
      responses: await tx.response.count({ where: { roundId: round.id } }),
      answers: await tx.answer.count({ where: { schoolId: a.school.id } }),
      changed: (await tx.answer.updateMany({ where: { schoolId: a.school.id }, data: { rating: 0 } })).count,
    }));
    expect(seenFromB).toEqual({ responses: 0, answers: 0, changed: 0 });
    await expect(
      withScope({ schoolId: b.school.id }, (tx) =>
        tx.response.create({
          data: {
            roundId: round.id,
            schoolId: a.school.id,
            personId: b.staff[0]!.id,
            frameworkVersionId: round.frameworkVersionId,
            jobRole: "TEACHER",
            requiredTier: 1,
          },
        }),
      ),
    ).rejects.toThrow(/row-level security/);
  });
});
