// Coverage by in-date training beside self-assessed coverage, and the impact of training between two
// NAMED rounds, on a school with rounds written straight into the database (dates fixed in the past).
import { beforeAll, describe, expect, it } from "vitest";
import { addCourse } from "@/lib/catalogue/queries";
import { addCourseSchema } from "@/lib/catalogue/schemas";
import { ensureDefaultFramework, getFramework } from "@/lib/framework/queries";
import { recordFigures } from "@/lib/records/figures";
import { recordTraining } from "@/lib/records/queries";
import { recordTrainingSchema } from "@/lib/records/schemas";
import { schoolWithStaff } from "./support/assessment-fixtures";
import { ownerDb } from "./support/fixtures";
import { courseForm } from "./support/records-fixtures";

let world: Awaited<ReturnType<typeof schoolWithStaff>>;

async function namedRound(
  title: string,
  opens: string,
  submitted: string,
  ratingOf: (i: number) => number,
  codes: string[],
) {
  const { versionId } = await ensureDefaultFramework();
  const round = await ownerDb().round.create({
    data: {
      schoolId: world.school.id,
      title,
      opensAt: new Date(`${opens}T08:00:00Z`),
      closesAt: new Date(`${submitted}T20:00:00Z`),
      frameworkVersionId: versionId,
      audience: "ALL_STAFF",
      mode: "NAMED",
      createdById: world.lead.personId,
    },
  });
  for (const [i, person] of world.staff.entries()) {
    // Answers first, then the submission: a trigger keeps a submitted response's answers read-only.
    const response = await ownerDb().response.create({
      data: {
        roundId: round.id,
        schoolId: world.school.id,
        personId: person.id,
        frameworkVersionId: versionId,
        jobRole: "TEACHER",
        requiredTier: 1,
        answers: {
          create: codes.map((competencyCode) => ({
            schoolId: world.school.id,
            competencyCode,
            rating: ratingOf(i),
          })),
        },
      },
    });
    await ownerDb().response.update({
      where: { id: response.id },
      data: { status: "SUBMITTED", submittedAt: new Date(`${submitted}T12:00:00Z`) },
    });
  }
}

beforeAll(async () => {
  world = await schoolWithStaff(["TEACHER", "TEACHER", "TEACHER", "TEACHER", "TEACHER", "TEACHER"]);
  const { content } = await getFramework(world.lead);
  const tier1 = content.competencies.filter((c) => c.tier === 1 && !c.retired).map((c) => c.code);
  // Everyone rated 1 in January; in June the five who were trained in March rate 3, the sixth still 1.
  await namedRound("January check-in", "2026-01-05", "2026-01-15", () => 1, tier1);
  await namedRound("June check-in", "2026-06-01", "2026-06-15", (i) => (i < 5 ? 3 : 1), tier1);
  const course = await addCourse(
    world.lead,
    addCourseSchema.parse(
      courseForm({
        title: "Core mental health awareness",
        refreshMonths: "",
        outcomes: tier1.map((competencyCode) => ({ competencyCode, level: "3" })),
      }),
    ),
  );
  for (const person of world.staff.slice(0, 5)) {
    await recordTraining(
      world.lead,
      recordTrainingSchema.parse({
        personId: person.id,
        source: "CATALOGUE",
        courseId: course.id,
        completedOn: "2026-03-01",
        hours: "3",
      }),
    );
  }
});

describe("the lead's figures", () => {
  it("puts coverage by in-date training beside self-assessed coverage, withholding groups under 5", async () => {
    const { coverage, latestRoundTitle } = await recordFigures(world.lead);
    expect(latestRoundTitle).toBe("June check-in");
    // Tier 1: six teachers and the lead; the five trained teachers hold in-date training for every Core competency.
    expect(coverage[0]!.trained).toEqual({ people: 7, share: 5 / 7, withheld: false });
    // Self-assessed: six respondents, five rated every Core competency at the target.
    expect(coverage[0]!.selfAssessed).toEqual({ people: 6, share: 5 / 6, withheld: false });
    // Tier 2 and 3 rest on the lead alone: withheld.
    expect(coverage[1]!.trained).toEqual({ people: 1, share: null, withheld: true });
    // Self-assessed coverage is the gap report's own: a NAMED round in full (no Specialist respondent).
    expect(coverage[2]!.selfAssessed).toEqual({ people: 0, share: null, withheld: false });
  });

  it("compares the change in ratings of those trained between the rounds with those who were not", async () => {
    const { impact } = await recordFigures(world.lead);
    expect(impact.rounds).toEqual({
      earlier: "January check-in",
      later: "June check-in",
      from: "2026-01-16",
      to: "2026-06-01",
    });
    expect(impact.rows).toHaveLength(1);
    expect(impact.rows[0]).toMatchObject({
      title: "Core mental health awareness",
      trained: { people: 5, meanChange: 2, withheld: false },
      // One untrained teacher: withheld, never shown.
      untrained: { people: 1, meanChange: null, withheld: true },
    });
  });
});
