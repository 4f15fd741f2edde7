// The ratings a response carries once submitted (migration 20261207130000, decision 0047): folded by
// a trigger in the submitting statement, equal to its answers, cleared when it leaves SUBMITTED; and
// the gap report reads a response without them (one submitted before the migration) exactly too.
import { describe, expect, it } from "vitest";
import { saveAnswers, startOrResume, submitResponse } from "@/lib/assessment/queries";
import { withScope } from "@/lib/db/scope";
import { gapReport, loadRoundGapData } from "@/lib/gaps/queries";
import type { JobRole } from "@/lib/generated/prisma/enums";
import { scopeOf } from "@/lib/tenancy/context";
import { ownerDb } from "./support/fixtures";
import { schoolWithRound, submitRated } from "./support/plan-fixtures";

const ROLES: JobRole[] = ["TEACHER", "TEACHER", "TEACHING_ASSISTANT", "FORM_TUTOR", "SENCO", "TEACHER"];

type Folded = { id: string; ratedCodes: string[] | null; ratedValues: number[] | null; answers: unknown };
/** Each response's folded arrays beside its answers as a {code: rating} object, read as the owner. */
const folded = (roundId: string) =>
  ownerDb().$queryRaw<Folded[]>`
    SELECT r.id, r."ratedCodes", r."ratedValues",
           coalesce((SELECT jsonb_object_agg(a."competencyCode", a.rating) FROM "Answer" a WHERE a."responseId" = r.id), '{}') AS answers
      FROM "Response" r WHERE r."roundId" = ${roundId} ORDER BY r.id`;
const asObject = (f: Folded) =>
  f.ratedCodes === null ? null : Object.fromEntries(f.ratedCodes.map((c, i) => [c, f.ratedValues![i]]));

describe("ratings folded on submit", () => {
  it("equal the answers once submitted, through the app's own submit and the owner's", async () => {
    const w = await schoolWithRound(ROLES);
    // Two people through the real assessment path (their own scope, row-level security on) ...
    for (const [i, person] of w.staff.slice(0, 2).entries()) {
      const view = await startOrResume(person.ctx, w.round.id);
      const codes = view.steps.flatMap((s) => (s.kind === "domain" ? s.competencies.map((c) => c.code) : []));
      await saveAnswers(person.ctx, {
        roundId: w.round.id,
        frameworkVersionId: view.frameworkVersionId,
        answers: codes.map((competencyCode, c) => ({ competencyCode, rating: (i + c) % 5 })),
      });
      await submitResponse(person.ctx, {
        roundId: w.round.id,
        frameworkVersionId: view.frameworkVersionId,
        submitKey: `fold-key-${i}-${w.round.id}`,
      });
    }
    // ... the rest written as the owner and then submitted; one more only started.
    await submitRated(w.round, w.school.id, w.staff.slice(2, -1), w.competencies);
    await startOrResume(w.staff.at(-1)!.ctx, w.round.id);

    const rows = await folded(w.round.id);
    const submitted = await ownerDb().response.findMany({
      where: { roundId: w.round.id },
      select: { id: true, status: true },
    });
    expect(rows).toHaveLength(ROLES.length);
    for (const row of rows) {
      const status = submitted.find((s) => s.id === row.id)!.status;
      if (status === "SUBMITTED") {
        expect(Object.keys(row.answers as object).length).toBeGreaterThan(0);
        expect(asObject(row)).toEqual(row.answers);
      } else expect(row.ratedCodes).toBeNull();
    }
    expect(submitted.filter((s) => s.status === "SUBMITTED")).toHaveLength(ROLES.length - 1);
  });

  it("are cleared when a response leaves SUBMITTED, and a response without them is read from its answers", async () => {
    const w = await schoolWithRound(ROLES);
    await submitRated(w.round, w.school.id, w.staff, w.competencies);
    const read = () => withScope(scopeOf(w.lead), (tx) => loadRoundGapData(tx, w.lead, w.round.id));
    const before = await read();
    // The report's figures and its page of people (the publication also holds functions and a Set).
    const figures = async () => {
      const r = await gapReport(w.lead, w.round.id);
      const { rows, heatmap, coverage, progress } = r.publication!;
      return { rows, heatmap, coverage, progress, people: r.people, answers: r.answers };
    };
    const report = await figures();
    expect(report.rows.length).toBeGreaterThan(0);

    // As a response submitted before the migration: no arrays. The figures are the same.
    const [first, second] = (await folded(w.round.id)).map((r) => r.id);
    await ownerDb()
      .$executeRaw`UPDATE "Response" SET "ratedCodes" = NULL, "ratedValues" = NULL WHERE id = ${first}`;
    expect((await folded(w.round.id)).find((r) => r.id === first)!.ratedCodes).toBeNull();
    expect((await read()).respondents).toEqual(before.respondents);
    expect(await figures()).toEqual(report);

    // Taken back to IN_PROGRESS (an operator's repair): the fold goes with the status.
    await ownerDb().response.update({
      where: { id: second },
      data: { status: "IN_PROGRESS", submittedAt: null },
    });
    expect((await folded(w.round.id)).find((r) => r.id === second)!.ratedCodes).toBeNull();
    expect((await read()).respondents.map((r) => r.id)).not.toContain(second);
  });
});
