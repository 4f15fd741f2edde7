// Autosave's one-statement path (decision 0038): the same answers and the same refusals as the full
// path, with every check made in SQL, and nothing written when it refuses.
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { SAVE_ANSWERS_SQL, saveAnswersFast } from "@/lib/assessment/fast-save";
import { startOrResume, submitResponse } from "@/lib/assessment/queries";
import { endSessions } from "@/lib/auth/session-version";
import type { SignInMethod } from "@/lib/auth/sign-in-method";
import { getConfig } from "@/lib/config";
import { closeRound } from "@/lib/rounds/queries";
import { totpCode } from "@/lib/two-factor/totp";
import { confirmEnrolment, startEnrolment } from "@/lib/two-factor/queries";
import type { SchoolContext } from "@/lib/tenancy/context";
import { answerEverything, HOUR, openTestRound, schoolWithStaff } from "./support/assessment-fixtures";
import { ownerDb } from "./support/fixtures";

async function who(ctx: SchoolContext, via: SignInMethod = "password") {
  const p = await ownerDb().person.findUniqueOrThrow({
    where: { id: ctx.personId },
    select: { sessionVersion: true },
  });
  return { personId: ctx.personId, sessionVersion: p.sessionVersion, via };
}

async function started() {
  const { school, lead, staff } = await schoolWithStaff(["TEACHER"]);
  const round = await openTestRound(lead);
  const me = staff[0]!.ctx;
  const view = await startOrResume(me, round.id);
  const base = { roundId: round.id, frameworkVersionId: view.frameworkVersionId };
  return { school, lead, me, round, view, base };
}

const answersOf = (schoolId: string) =>
  ownerDb().answer.findMany({ where: { schoolId }, orderBy: { competencyCode: "asc" } });

describe("the fast autosave path", () => {
  it("saves, overwrites and keeps the step, as the page then reads them", async () => {
    const { me, round, base } = await started();
    const first = await saveAnswersFast(await who(me), me.schoolId, {
      ...base,
      answers: [{ competencyCode: "C1.01", rating: 2, comment: "Some training in 2024" }],
      currentStep: 1,
    });
    expect(first).toMatchObject({ ok: true, data: { saved: 1 } });
    const second = await saveAnswersFast(await who(me), me.schoolId, {
      ...base,
      answers: [
        { competencyCode: "C1.01", rating: 3, comment: "" },
        { competencyCode: "C2.01", rating: 1 },
      ],
    });
    expect(second.ok).toBe(true);
    const resumed = await startOrResume(me, round.id);
    expect(resumed.currentStep).toBe(1);
    expect(resumed.answers).toEqual({
      "C1.01": { rating: 3, comment: null },
      "C2.01": { rating: 1, comment: null },
    });
  });

  it("makes the response when the first save comes before the page did", async () => {
    const { lead, staff } = await schoolWithStaff(["TEACHER"]);
    const round = await openTestRound(lead);
    const me = staff[0]!.ctx;
    const r = await saveAnswersFast(await who(me), me.schoolId, {
      roundId: round.id,
      frameworkVersionId: round.frameworkVersionId,
      answers: [{ competencyCode: "C1.01", rating: 2 }],
    });
    expect(r.ok).toBe(true);
    expect(await ownerDb().response.count({ where: { roundId: round.id } })).toBe(1);
    expect(await answersOf(me.schoolId)).toHaveLength(1);
  });

  it("refuses unknown and out-of-scope codes with the full path's field errors, writing nothing", async () => {
    const { me, base } = await started();
    const r = await saveAnswersFast(await who(me), me.schoolId, {
      ...base,
      answers: [
        { competencyCode: "C1.01", rating: 2 },
        { competencyCode: "C9.99", rating: 2 },
        { competencyCode: "C1.05", rating: 2 },
      ],
    });
    expect(r).toMatchObject({
      ok: false,
      code: "invalid",
      fieldErrors: {
        "answers.1.competencyCode": ["C9.99 is not a competency in this round."],
        "answers.2.competencyCode": ["C1.05 is not one of your questions in this round."],
      },
    });
    expect(await answersOf(me.schoolId)).toHaveLength(0);
  });

  it("refuses once the round has closed", async () => {
    const { lead, me, round, base } = await started();
    await closeRound(lead, round.id, new Date(Date.now() - 1000));
    const r = await saveAnswersFast(await who(me), me.schoolId, {
      ...base,
      answers: [{ competencyCode: "C1.01", rating: 2 }],
    });
    expect(r).toMatchObject({ ok: false, code: "conflict", message: expect.stringContaining("closed") });
    expect(await answersOf(me.schoolId)).toHaveLength(0);
  });

  it("refuses before the round opens", async () => {
    const { lead, staff } = await schoolWithStaff(["TEACHER"]);
    const now = new Date();
    const round = await openTestRound(lead, {
      opensAt: new Date(now.getTime() + 24 * HOUR),
      closesAt: new Date(now.getTime() + 48 * HOUR),
    });
    const me = staff[0]!.ctx;
    const r = await saveAnswersFast(await who(me), me.schoolId, {
      roundId: round.id,
      frameworkVersionId: round.frameworkVersionId,
      answers: [{ competencyCode: "C1.01", rating: 2 }],
    });
    expect(r).toMatchObject({ ok: false, code: "conflict", message: expect.stringContaining("opens on") });
  });

  it("refuses a submitted response, leaving its answers as submitted", async () => {
    const { lead, staff } = await schoolWithStaff(["TEACHER"]);
    const round = await openTestRound(lead);
    const me = staff[0]!.ctx;
    const { view } = await answerEverything(me, round.id, 2);
    await submitResponse(me, {
      roundId: round.id,
      frameworkVersionId: view.frameworkVersionId,
      submitKey: "k1",
    });
    const r = await saveAnswersFast(await who(me), me.schoolId, {
      roundId: round.id,
      frameworkVersionId: view.frameworkVersionId,
      answers: [{ competencyCode: "C1.01", rating: 4 }],
    });
    expect(r).toMatchObject({
      ok: false,
      code: "conflict",
      message: expect.stringContaining("already submitted"),
    });
    const ratings = (await answersOf(me.schoolId)).map((a) => a.rating);
    expect(ratings.length).toBeGreaterThan(0);
    expect(new Set(ratings)).toEqual(new Set([2]));
  });

  it("says the page is stale when its framework version is not the round's", async () => {
    const { me, base, round } = await started();
    const r = await saveAnswersFast(await who(me), me.schoolId, {
      ...base,
      frameworkVersionId: `${round.frameworkVersionId}x`,
      answers: [{ competencyCode: "C1.01", rating: 2 }],
    });
    expect(r).toMatchObject({ ok: false, code: "stale" });
  });

  it("finds nothing for someone of another school, by either school's id, and writes nothing", async () => {
    const { school, base } = await started();
    const other = await schoolWithStaff(["TEACHER"]);
    const stranger = other.staff[0]!.ctx;
    const input = { ...base, answers: [{ competencyCode: "C1.01", rating: 2 }] };
    expect(await saveAnswersFast(await who(stranger), school.id, input)).toMatchObject({
      ok: false,
      code: "not_found",
    });
    expect(await saveAnswersFast(await who(stranger), stranger.schoolId, input)).toMatchObject({
      ok: false,
      code: "not_found",
    });
    expect(await answersOf(school.id)).toHaveLength(0);
    expect(await answersOf(stranger.schoolId)).toHaveLength(0);
  });

  it("commits only once the disk flush is done, so an acknowledged answer survives a database crash", async () => {
    const { me, base } = await started();
    const w = await who(me);
    // One connection throughout, so a setting left behind on it would show.
    const client = new pg.Client({ connectionString: process.env.MIGRATION_DATABASE_URL });
    await client.connect();
    try {
      const setting = async () =>
        (await client.query<{ s: string }>("SELECT current_setting('synchronous_commit') AS s")).rows[0]!.s;
      const before = await setting();
      await client.query("BEGIN");
      const saved = await client.query<{ result: { outcome: string } }>(SAVE_ANSWERS_SQL, [
        w.personId,
        me.schoolId,
        base.roundId,
        base.frameworkVersionId,
        w.sessionVersion,
        ["STAFF"],
        ["C1.01"],
        [1],
        [2],
        [null],
        null,
        new Date(),
        null, // a NAMED round: no pseudonym
      ]);
      expect(saved.rows[0]!.result.outcome).toBe("saved");
      // Asynchronous commit lost acknowledged answers when the fault script crashed Postgres
      // (npm run test:faults, decision 0048): the save's transaction keeps the server's setting.
      expect(before).toBe("on");
      expect(await setting()).toBe("on");
      await client.query("COMMIT");
    } finally {
      await client.end();
    }
    expect((await answersOf(me.schoolId)).map((a) => [a.competencyCode, a.rating])).toEqual([["C1.01", 2]]);
  });

  it("refuses a session that has ended (signed out elsewhere)", async () => {
    const { me, base } = await started();
    const before = await who(me);
    await endSessions(me.personId);
    const r = await saveAnswersFast(before, me.schoolId, {
      ...base,
      answers: [{ competencyCode: "C1.01", rating: 2 }],
    });
    expect(r).toMatchObject({ ok: false, code: "signed_out" });
    expect(await answersOf(me.schoolId)).toHaveLength(0);
  });
});

describe("the two-step sign-in requirement on the fast path (decision 0040)", () => {
  afterEach(() => {
    getConfig().twoFactor.required = false;
  });

  it("refuses a lead's password session until they set it up, writing nothing; staff and provider sessions save", async () => {
    const { lead, me, round, base } = await started();
    const leadView = await startOrResume(lead, round.id);
    const leadInput = {
      roundId: round.id,
      frameworkVersionId: leadView.frameworkVersionId,
      answers: [{ competencyCode: "C1.01", rating: 2 }],
    };
    getConfig().twoFactor.required = true;

    const refused = await saveAnswersFast(await who(lead), lead.schoolId, leadInput);
    expect(refused).toMatchObject({
      ok: false,
      code: "forbidden",
      message: expect.stringMatching(/two-step/),
    });
    expect(await answersOf(lead.schoolId)).toHaveLength(0);
    // Refused again: a refusal is never remembered as clear.
    expect(await saveAnswersFast(await who(lead), lead.schoolId, leadInput)).toMatchObject({
      code: "forbidden",
    });

    // Staff are not asked; a provider session brings its own second step.
    const staffSaved = await saveAnswersFast(await who(me), me.schoolId, {
      ...base,
      answers: [{ competencyCode: "C1.01", rating: 3 }],
    });
    expect(staffSaved.ok).toBe(true);
    expect((await saveAnswersFast(await who(lead, "provider"), lead.schoolId, leadInput)).ok).toBe(true);

    // Once set up, the lead's password session saves.
    const { key } = await startEnrolment({ personId: lead.personId });
    await confirmEnrolment(
      { personId: lead.personId },
      totpCode(key.replace(/ /g, ""), Math.floor(Date.now() / 1000)),
    );
    const saved = await saveAnswersFast(await who(lead), lead.schoolId, {
      ...leadInput,
      answers: [{ competencyCode: "C1.01", rating: 1 }],
    });
    expect(saved.ok).toBe(true);
    expect(await answersOf(lead.schoolId)).toHaveLength(2);
  });
});
