// The lead's own development on Postgres: dated, repeatable self-assessments private to the lead
// (the app's checks and row-level security underneath), their gaps for the action plan, and their
// gaps becoming their own Specialist needs in a generated training plan.
import { beforeAll, describe, expect, it } from "vitest";
import { withScope } from "@/lib/db/scope";
import { LEAD_STATEMENT_KEYS } from "@/lib/lead-development/areas";
import { leadOwnGaps, listOwnAssessments, saveOwnAssessment } from "@/lib/lead-development/queries";
import { saveLeadAssessmentSchema } from "@/lib/lead-development/rules";
import { generatePlan, getPlanView, myPlanItems } from "@/lib/plans/queries";
import { generatePlanSchema } from "@/lib/plans/schemas";
import { scopeOf } from "@/lib/tenancy/context";
import { schoolCtx, schoolWithStaff } from "./support/assessment-fixtures";
import { makeMember, ownerDb } from "./support/fixtures";
import { closeYesterday, ensureCatalogue, schoolWithRound, submitRated } from "./support/plan-fixtures";

beforeAll(ensureCatalogue, 60_000);

/** Every statement at `rating`, with the given exceptions, as the form would send them. */
const form = (rating: number, except: Record<string, number> = {}) =>
  saveLeadAssessmentSchema.parse({
    ratings: Object.fromEntries(LEAD_STATEMENT_KEYS.map((k) => [k, String(except[k] ?? rating)])),
  });

async function schoolWithLeadAssessment() {
  const w = await schoolWithStaff(["TEACHER"]);
  const head = schoolCtx((await makeMember(w.school.id, "HEAD", "SENIOR_LEADER")).id, w.school, "HEAD");
  const secondLead = schoolCtx((await makeMember(w.school.id, "LEAD", "DSL")).id, w.school, "LEAD");
  await saveOwnAssessment(w.lead, form(3, { "parents-carers-2": 1, "ethos-1": 2 }));
  return { ...w, head, secondLead };
}

describe("the lead's own self-assessment", () => {
  it("keeps each save as a new, dated record and gives the newest gaps, largest first", async () => {
    const w = await schoolWithStaff([]);
    expect(await leadOwnGaps(w.lead)).toEqual([]);
    await saveOwnAssessment(w.lead, form(2));
    await saveOwnAssessment(w.lead, form(3, { "parents-carers-2": 1, "ethos-1": 2 }));
    const history = await listOwnAssessments(w.lead);
    expect(history).toHaveLength(2);
    expect(history[0]!.assessedAt.getTime()).toBeGreaterThanOrEqual(history[1]!.assessedAt.getTime());
    expect(await leadOwnGaps(w.lead)).toEqual([
      { areaKey: "parents-carers", areaTitle: "Working with parents, families and carers", gap: 2 },
      { areaKey: "ethos", areaTitle: "Ethos and environment", gap: 1 },
    ]);
  });

  it("is private to the lead: a second lead, the head, staff and another school's lead read nothing", async () => {
    const w = await schoolWithLeadAssessment();
    const other = await schoolWithLeadAssessment();
    expect(await listOwnAssessments(w.secondLead)).toEqual([]);
    expect(await leadOwnGaps(w.secondLead)).toEqual([]);
    for (const ctx of [w.head, w.staff[0]!.ctx]) {
      await expect(listOwnAssessments(ctx)).rejects.toMatchObject({ kind: "forbidden" });
      expect(await leadOwnGaps(ctx)).toEqual([]);
    }
    expect(await listOwnAssessments(other.lead)).toHaveLength(1);
    expect(await listOwnAssessments(w.lead)).toHaveLength(1);
    // Underneath, row-level security: no filter at all, as each of them, still sees no one else's.
    for (const ctx of [w.secondLead, w.head, w.staff[0]!.ctx, other.lead]) {
      const rows = await withScope(scopeOf(ctx), (tx) => tx.leadSelfAssessment.findMany());
      expect(rows.every((r) => r.personId === ctx.personId && r.schoolId === ctx.schoolId)).toBe(true);
    }
    // The lead themselves, scoped to another school, sees nothing of their own either.
    const elsewhere = { ...scopeOf(w.lead), schoolId: other.school.id };
    expect(await withScope(elsewhere, (tx) => tx.leadSelfAssessment.findMany())).toEqual([]);
    expect(await ownerDb().leadSelfAssessment.count({ where: { schoolId: w.school.id } })).toBe(1);
  });

  it("refuses writes for someone else, in another school, or by anyone who is not a lead (nothing written)", async () => {
    const w = await schoolWithLeadAssessment();
    const other = await schoolWithLeadAssessment();
    const write = (scope: ReturnType<typeof scopeOf>, personId: string, schoolId: string) =>
      withScope(scope, (tx) =>
        tx.leadSelfAssessment.create({ data: { personId, schoolId, ratings: { "ethos-1": 4 } } }),
      );
    await expect(write(scopeOf(w.lead), w.secondLead.personId, w.school.id)).rejects.toThrow();
    await expect(write(scopeOf(w.lead), w.lead.personId, other.school.id)).rejects.toThrow();
    await expect(write(scopeOf(w.head), w.head.personId, w.school.id)).rejects.toThrow();
    await expect(saveOwnAssessment(w.head, form(1))).rejects.toMatchObject({ kind: "forbidden" });
    await expect(saveOwnAssessment(w.staff[0]!.ctx, form(1))).rejects.toMatchObject({ kind: "forbidden" });
    expect(await ownerDb().leadSelfAssessment.count({ where: { schoolId: w.school.id } })).toBe(1);
    expect(await ownerDb().leadSelfAssessment.count({ where: { schoolId: other.school.id } })).toBe(1);
  });
});

describe("the lead's gaps in a generated plan", () => {
  const limits = (roundId: string) =>
    generatePlanSchema.parse({ roundId, budgetPounds: 3000, hoursPerPersonPerYear: 30, inSchoolSessions: 2 });

  it("books a Specialist course for the lead's own gap and says why in words", async () => {
    const w = await schoolWithRound(["TEACHER", "TEACHER"]);
    await submitRated(w.round, w.school.id, w.staff, w.competencies);
    // Without a self-assessment the lead did not answer the round, so the plan never books them.
    const before = await getPlanView(w.lead, (await generatePlan(w.lead, limits(w.round.id))).planId);
    expect(before.items.flatMap((i) => i.attendees).some((a) => a.personId === w.lead.personId)).toBe(false);

    await saveOwnAssessment(w.lead, form(3, { "parents-carers-1": 1 }));
    const view = await getPlanView(w.lead, (await generatePlan(w.lead, limits(w.round.id))).planId);
    const forLead = view.items.filter((i) => i.attendees.some((a) => a.personId === w.lead.personId));
    expect(forLead.length).toBeGreaterThan(0);
    const closes = forLead.flatMap((i) => i.closes.filter((c) => c.unitId === w.lead.personId));
    expect(closes.map((c) => c.competencyCode)).toContain("C6.04");
    expect(closes.every((c) => c.tier === 3)).toBe(true);
    // "My plan" shows the lead the same booking, against their own gap.
    const mine = await myPlanItems(w.lead);
    expect(mine.flatMap((i) => i.closes.map((c) => c.competencyCode))).toContain("C6.04");
    expect(view.version.summary.ownDevelopment).toMatchObject({
      areas: ["Working with parents, families and carers"],
      competencyCodes: ["C6.04"],
    });
    expect(view.explanation.join(" ")).toMatch(
      /includes the senior mental health lead's own development needs, from their self-assessment of \d+ \w+ \d{4} \(Working with parents, families and carers\)/,
    );
  });

  it("uses only the signed-in lead's own needs: another lead's plan never reads them", async () => {
    const w = await schoolWithRound(["TEACHER"]);
    await submitRated(w.round, w.school.id, w.staff, w.competencies);
    await saveOwnAssessment(w.lead, form(0));
    const second = schoolCtx((await makeMember(w.school.id, "LEAD", "DSL")).id, w.school, "LEAD");
    const view = await getPlanView(second, (await generatePlan(second, limits(w.round.id))).planId);
    expect(view.items.flatMap((i) => i.attendees).some((a) => a.personId === w.lead.personId)).toBe(false);
    expect(view.version.summary.ownDevelopment ?? null).toBeNull();
  });

  it("in a CONFIDENTIAL round, books the lead by name for their own needs and everyone else by group", async () => {
    const story = [...Array<"TEACHER">(6).fill("TEACHER"), ...Array<"FORM_TUTOR">(5).fill("FORM_TUTOR")];
    const w = await schoolWithRound(story, { mode: "CONFIDENTIAL" });
    await submitRated(w.round, w.school.id, w.staff, w.competencies);
    await closeYesterday(w.round.id);
    await saveOwnAssessment(w.lead, form(3, { "parents-carers-1": 1 }));
    // Enough money for Specialist places once Core and Enhanced gaps (planned first) are paid for.
    const out = await generatePlan(w.lead, { ...limits(w.round.id), budgetPounds: 20_000 });
    const attendees = (
      await ownerDb().planItem.findMany({
        where: { planVersionId: out.versionId },
        include: { attendees: true },
      })
    ).flatMap((i) => i.attendees);
    const named = attendees.filter((a) => a.personId !== null);
    expect(named.length).toBeGreaterThan(0);
    expect(named.every((a) => a.personId === w.lead.personId && a.groupKey === null && a.count === 1)).toBe(
      true,
    );
    expect(attendees.some((a) => a.groupKey !== null)).toBe(true);
    const view = await getPlanView(w.lead, out.planId);
    const closes = view.items.flatMap((i) => i.closes.filter((c) => c.unitId === w.lead.personId));
    expect(closes.map((c) => c.competencyCode)).toContain("C6.04");
  });
});
