// The overview's columns beyond the rounds (decision 0035), through data access on Postgres: in-date
// training coverage, the training plan, the action plan's RAG, the review and the accreditation stage
// equal what the school's own pages give; groups of schools filter the views; and a leader of trust A
// reads nothing of trust B's, in data access and in trust_school_facts() underneath.
import { describe, expect, it } from "vitest";
import { startSelfEvaluation } from "@/lib/accreditation/school";
import { savePlan, schoolPlanView } from "@/lib/action-plan/queries";
import { addCourse } from "@/lib/catalogue/queries";
import { addCourseSchema } from "@/lib/catalogue/schemas";
import { withScope } from "@/lib/db/scope";
import { getFramework } from "@/lib/framework/queries";
import type { JobRole } from "@/lib/generated/prisma/enums";
import { recordFigures } from "@/lib/records/figures";
import { recordTraining } from "@/lib/records/queries";
import { recordTrainingSchema } from "@/lib/records/schemas";
import type { ReviewLevel } from "@/lib/review/principles";
import { londonDay } from "@/lib/rounds/dates";
import { overviewCsv } from "@/lib/trust/csv";
import { schoolAsTrustSees, trustViews } from "@/lib/trust/figures";
import { deleteTrustGroup, saveTrustGroup } from "@/lib/trust/groups";
import { arrange } from "@/lib/trust/overview";
import { trustGroupSchema } from "@/lib/trust/schemas";
import { content, key, objective } from "./support/action-plan-fixtures";
import { schoolCtx, schoolWithStaff } from "./support/assessment-fixtures";
import { makeMember, makeTrust, makeTrustLeader, ownerDb } from "./support/fixtures";
import { courseForm, trustCtx } from "./support/records-fixtures";
import { agreedReview } from "./support/review-fixtures";

// Six teachers and five form tutors (with the lead, a Specialist): Core and Enhanced rest on 5 or more.
const ROLES: JobRole[] = [...Array<JobRole>(6).fill("TEACHER"), ...Array<JobRole>(5).fill("FORM_TUTOR")];

async function trustSchool(trustId: string, trained: number) {
  const w = await schoolWithStaff(ROLES, { trustId });
  const { content: framework } = await getFramework(w.lead);
  const tier1 = framework.competencies.filter((c) => c.tier === 1 && !c.retired).map((c) => c.code);
  const course = await addCourse(
    w.lead,
    addCourseSchema.parse(
      courseForm({
        title: "Core awareness",
        refreshMonths: "",
        outcomes: tier1.map((competencyCode) => ({ competencyCode, level: "3" })),
      }),
    ),
  );
  for (const person of w.staff.slice(0, trained))
    await recordTraining(
      w.lead,
      recordTrainingSchema.parse({
        personId: person.id,
        source: "CATALOGUE",
        courseId: course.id,
        completedOn: "2026-03-01",
        hours: "3",
      }),
    );
  const head = schoolCtx((await makeMember(w.school.id, "HEAD", "SENIOR_LEADER")).id, w.school, "HEAD");
  return { ...w, head };
}

async function world() {
  const trust = await makeTrust();
  const ctx = trustCtx((await makeTrustLeader(trust.id)).id, trust);
  const a = await trustSchool(trust.id, 5);
  const b = await trustSchool(trust.id, 2);
  return { trust, ctx, a, b };
}

describe("the overview's status columns", () => {
  it("equal the school's own training figures, plan, RAG, review and accreditation", async () => {
    const { ctx, a, b } = await world();
    const now = new Date();
    const today = londonDay(now);
    // School A: an agreed review, an action plan with an overdue action and one set red by hand, a
    // started accreditation, and an approved training plan.
    await agreedReview(a.lead, (i) => (i % 4) as ReviewLevel);
    const view = await schoolPlanView(a.lead, { today });
    const base = objective(a.staff[0]!.id);
    const action = base.actions[0]!;
    await savePlan(
      a.lead,
      content(view.view!.version.id, view.view!.version.revision, [
        {
          ...base,
          actions: [
            { ...action, key: key(), startOn: "2026-01-05", dueOn: "2026-02-01", measure: null },
            { ...action, key: key(), ragOverride: "RED", ragNote: "Behind" },
            { ...action, key: key(), status: "DONE" },
          ],
        },
      ]),
    );
    await startSelfEvaluation(a.lead);
    const round = await ownerDb().round.findFirst({ where: { schoolId: a.school.id } });
    const framework = await ownerDb().frameworkVersion.findFirstOrThrow({ where: { schoolId: null } });
    const planRound =
      round ??
      (await ownerDb().round.create({
        data: {
          schoolId: a.school.id,
          title: "Autumn",
          opensAt: new Date("2026-09-01T08:00:00Z"),
          closesAt: new Date("2026-09-20T20:00:00Z"),
          frameworkVersionId: framework.id,
          audience: "ALL_STAFF",
          mode: "CONFIDENTIAL",
          createdById: a.lead.personId,
        },
      }));
    await ownerDb().trainingPlan.create({
      data: {
        schoolId: a.school.id,
        roundId: planRound.id,
        title: "This year",
        createdById: a.lead.personId,
        versions: {
          create: {
            schoolId: a.school.id,
            number: 1,
            status: "APPROVED",
            limits: { budgetPence: 200_000, hoursPerPersonPerYear: 6, inSchoolSessions: 3 },
            method: "test",
            summary: { totals: { costPence: 123_450 } },
            createdById: a.lead.personId,
            approvedAt: now,
            approvedById: a.head.personId,
          },
        },
      },
    });

    const views = await trustViews(ctx, {}, now);
    const rowA = views.overview.rows.find((r) => r.schoolId === a.school.id)!;
    const rowB = views.overview.rows.find((r) => r.schoolId === b.school.id)!;
    // In-date training: exactly the records page's figures, withheld where it withholds.
    for (const [w, row] of [
      [a, rowA],
      [b, rowB],
    ] as const) {
      const figures = await recordFigures(w.lead, now);
      expect(row.trained.map((t) => [t.tier, t.withheld, t.share])).toEqual(
        figures.coverage.map((c) => [c.tier, c.trained.withheld, c.trained.share]),
      );
      expect(row.trainedCore.share).toBe(figures.coverage[0]!.trained.share);
    }
    // 13 people with a job role (6 teachers, 5 tutors, the lead, the head); A trained 5, B 2.
    expect(rowA.trained[0]).toMatchObject({ people: 13, covered: 5, withheld: false });
    // Pooled over people, not a mean of the two schools' shares.
    expect(views.overview.trust.trainedCore).toEqual({ people: 26, covered: 7, schools: 2, share: 7 / 26 });
    // The action plan's RAG: the school's own page's colours, counted.
    const school = await schoolPlanView(a.lead, { today, now });
    const colours = Object.values(school.rag).map((r) => r.rag);
    expect(rowA.actionPlan).toEqual({
      status: "DRAFT",
      rag: {
        red: colours.filter((c) => c === "RED").length,
        amber: colours.filter((c) => c === "AMBER").length,
        green: colours.filter((c) => c === "GREEN").length,
        unset: colours.filter((c) => c === null).length,
        done: 1,
        total: 3,
      },
    });
    expect(rowA.actionPlan!.rag.red).toBe(2);
    expect(rowB.actionPlan).toBeNull();
    // The review: principle i agreed at level i mod 4, so a mean of 1.5.
    expect(rowA.review).toMatchObject({ reviewedOn: today, mean: 1.5 });
    expect(rowA.review!.scores["leadership"]).toBe(0);
    expect(rowB.review).toBeNull();
    expect(rowA.accreditation).toEqual({ status: "DRAFT", level: null });
    expect(rowA.plan).toEqual({ status: "APPROVED", costPence: 123_450, budgetPence: 200_000 });
    expect(views.overview.trust.plans).toEqual({
      approved: 1,
      drafts: 0,
      costPence: 123_450,
      budgetPence: 200_000,
    });
    // The review heatmap: the same scores, and the trust's mean over the one school with a review.
    const reviewA = views.review.schools.find((s) => s.id === a.school.id)!;
    expect(reviewA.scores).toEqual([0, 1, 2, 3, 0, 1, 2, 3]);
    expect(views.review.trust.map((t) => t.schools)).toEqual(Array(8).fill(1));
    // The head sees what the trust sees of their school.
    const seen = await schoolAsTrustSees(a.head, now);
    const asTrust = views.schools.find((s) => s.id === a.school.id)!;
    expect(seen!.school.status).toEqual(asTrust.status);
    // The CSV carries the same words and full-precision figures.
    const csv = overviewCsv(views.overview.rows, views.overview.trust);
    expect(csv).toContain("Approved: £1,234.50 of £2,000 (62%)");
    expect(csv).toContain("123450,200000");
  });

  it("filters the overview and heatmaps by a group of schools, and keeps groups to the trust", async () => {
    const { ctx, a, b } = await world();
    const other = await world();
    const group = await saveTrustGroup(
      ctx,
      trustGroupSchema.parse({ name: "North hub", schoolIds: [a.school.id] }),
    );
    const views = await trustViews(ctx, { group: group.id });
    expect(views.query.group).toBe(group.id);
    expect(arrange(views.overview.rows, views.query).map((r) => r.schoolId)).toEqual([a.school.id]);
    // The footer's trust figures count the chosen schools only, as the rows do (they once counted all).
    const rowA = views.overview.rows.find((r) => r.schoolId === a.school.id)!;
    expect(views.overview.trust).toMatchObject({
      schools: 1,
      staffCount: rowA.staffCount,
      trainedCore: { schools: 1 },
    });
    expect(views.heatmap.schools.map((s) => s.id)).toEqual([a.school.id]);
    expect(views.review.schools.map((s) => s.id)).toEqual([a.school.id]);
    // Another trust's group id is no filter here: every school is shown.
    const theirs = await saveTrustGroup(
      other.ctx,
      trustGroupSchema.parse({ name: "North hub", schoolIds: [other.a.school.id] }),
    );
    const unfiltered = await trustViews(ctx, { group: theirs.id });
    expect(unfiltered.query.group).toBeNull();
    expect(unfiltered.heatmap.schools.map((s) => s.id).sort()).toEqual([a.school.id, b.school.id].sort());
    // A name is used once per trust; a school of another trust cannot be put in a group.
    await expect(
      saveTrustGroup(ctx, trustGroupSchema.parse({ name: "North hub", schoolIds: [b.school.id] })),
    ).rejects.toMatchObject({ kind: "conflict", fieldErrors: { name: expect.any(Array) } });
    await expect(
      saveTrustGroup(ctx, trustGroupSchema.parse({ name: "South", schoolIds: [other.a.school.id] })),
    ).rejects.toMatchObject({ kind: "stale" });
    await expect(
      withScope({ trustId: ctx.trustId }, (tx) =>
        tx.trustGroupSchool.create({
          data: { groupId: group.id, schoolId: other.a.school.id, trustId: ctx.trustId },
        }),
      ),
    ).rejects.toThrow(/row-level security/);
    // Changing the group moves it to the other school; deleting it takes the filter away.
    await saveTrustGroup(
      ctx,
      trustGroupSchema.parse({ groupId: group.id, name: "North hub", schoolIds: [b.school.id] }),
    );
    expect((await trustViews(ctx, { group: group.id })).heatmap.schools.map((s) => s.id)).toEqual([
      b.school.id,
    ]);
    await expect(deleteTrustGroup(other.ctx, { groupId: group.id })).rejects.toMatchObject({
      kind: "not_found",
    });
    await deleteTrustGroup(ctx, { groupId: group.id });
    expect((await trustViews(ctx)).groups).toEqual([]);
  });

  it("trust_school_facts() gives a trust its own schools only, and a school only itself", async () => {
    const a = await world();
    const b = await world();
    const facts = (scope: Parameters<typeof withScope>[0]) =>
      withScope(scope, async (tx) => {
        const rows = await tx.$queryRaw<{ schoolId: string }[]>`
          SELECT "schoolId" FROM trust_school_facts(CURRENT_DATE)`;
        // The caller's tenant is put back once the function has read each school.
        const [setting] = await tx.$queryRaw<{ s: string | null }[]>`
          SELECT current_setting('app.school_id', true) AS s`;
        return { ids: rows.map((r) => r.schoolId).sort(), setting: setting!.s };
      });
    expect((await facts({ personId: a.ctx.personId, trustId: a.ctx.trustId })).ids).toEqual(
      [a.a.school.id, a.b.school.id].sort(),
    );
    expect(await facts({ schoolId: b.a.school.id })).toEqual({
      ids: [b.a.school.id],
      setting: b.a.school.id,
    });
    expect((await facts({})).ids).toEqual([]);
    // Trust A's groups are invisible to trust B.
    await saveTrustGroup(a.ctx, trustGroupSchema.parse({ name: "Hub", schoolIds: [a.a.school.id] }));
    await withScope({ trustId: b.ctx.trustId }, async (tx) => {
      expect(await tx.trustGroup.count({ where: { trustId: a.ctx.trustId } })).toBe(0);
      expect(await tx.trustGroupSchool.count({ where: { trustId: a.ctx.trustId } })).toBe(0);
    });
  });
});
