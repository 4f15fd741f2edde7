import pg from "pg";
import { afterEach, describe, expect, it, vi } from "vitest";
import { homeFacts } from "@/lib/home/queries";
import { listMyRounds } from "@/lib/rounds/queries";
import { londonDayAfter } from "@/lib/rounds/dates";
import { answerEverything, DAY, openTestRound, schoolWithStaff } from "./support/assessment-fixtures";
import { ownerDb } from "./support/fixtures";
import { submitResponse } from "@/lib/assessment/queries";

afterEach(() => {
  vi.restoreAllMocks();
});

/** How many statements `work` sends to Postgres (every pg client in this process). */
async function countQueries(work: () => Promise<unknown>): Promise<number> {
  const spy = vi.spyOn(pg.Client.prototype, "query");
  try {
    await work();
    return spy.mock.calls.length;
  } finally {
    spy.mockRestore();
  }
}

describe("home pages read in a fixed number of queries", () => {
  it("the same number of queries for 1 round as for 7, for a member of staff and for the lead", async () => {
    const { lead, staff } = await schoolWithStaff(["TEACHER", "FORM_TUTOR"]);
    const teacher = staff[0]!.ctx;
    await openTestRound(lead, { title: "First" });
    const staffOne = await countQueries(() => listMyRounds(teacher));
    const leadOne = await countQueries(() => homeFacts(lead));

    // Six more: some ask everyone, some only form tutors (so the teacher is not asked).
    for (let i = 0; i < 6; i++) {
      await openTestRound(lead, {
        title: `More ${i}`,
        ...(i % 2 ? { audience: "JOB_ROLES", jobRoles: ["FORM_TUTOR"] } : {}),
      });
    }
    expect(await countQueries(() => listMyRounds(teacher))).toBe(staffOne);
    expect(await countQueries(() => homeFacts(lead))).toBe(leadOne);
    // And the answers are still right: the teacher is asked by the four rounds for everyone.
    expect((await listMyRounds(teacher)).map((r) => r.title).sort()).toEqual([
      "First",
      "More 0",
      "More 2",
      "More 4",
    ]);
  });
});

describe("what the lead's home says needs doing", () => {
  it("counts who was asked and who submitted in open rounds, and training expiring within 60 days", async () => {
    const { lead, staff } = await schoolWithStaff(["TEACHER", "TEACHER", "FORM_TUTOR"]);
    const round = await openTestRound(lead, {
      title: "Autumn",
      audience: "JOB_ROLES",
      jobRoles: ["TEACHER"],
    });
    const teacher = staff[0]!.ctx;
    const { view } = await answerEverything(teacher, round.id);
    await submitResponse(teacher, {
      roundId: round.id,
      frameworkVersionId: view.frameworkVersionId,
      submitKey: "home-test-submit",
    });
    const day = (offset: number) => new Date(`${londonDayAfter(new Date(), offset)}T00:00:00Z`);
    const record = {
      schoolId: lead.schoolId,
      personId: staff[1]!.id,
      externalTitle: "First aid",
      hours: 3,
      recordedById: lead.personId,
    };
    await ownerDb().trainingRecord.createMany({
      data: [
        { ...record, completedOn: day(-300), expiresOn: day(20) }, // expires soon: counted
        { ...record, completedOn: day(-300), expiresOn: day(90) }, // later: not yet
        { ...record, completedOn: day(-400), expiresOn: day(-5) }, // already expired: not "expiring"
      ],
    });
    const facts = await homeFacts(lead);
    expect(facts.rounds).toEqual([
      expect.objectContaining({ title: "Autumn", status: "OPEN", asked: 2, submitted: 1, hasPlan: false }),
    ]);
    expect(facts.expiring).toEqual({ count: 1, soonest: londonDayAfter(new Date(), 20) });
    // A week on the round has closed: the home then suggests a plan from it.
    const later = await homeFacts(lead, new Date(Date.now() + 8 * DAY));
    expect(later.rounds[0]).toMatchObject({ status: "CLOSED", submitted: 1 });
  });
});
