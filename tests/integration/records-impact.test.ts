// Impact of training between two NAMED rounds is judged by the rounds' own dates, not by when each
// answer reached Harbour: answers imported from paper all carry the day of the import.
import { describe, expect, it } from "vitest";
import { addCourse } from "@/lib/catalogue/queries";
import { addCourseSchema } from "@/lib/catalogue/schemas";
import { ensureDefaultFramework, getFramework } from "@/lib/framework/queries";
import { recordFigures } from "@/lib/records/figures";
import { recordTraining } from "@/lib/records/queries";
import { recordTrainingSchema } from "@/lib/records/schemas";
import { schoolWithStaff } from "./support/assessment-fixtures";
import { ownerDb } from "./support/fixtures";
import { courseForm } from "./support/records-fixtures";

type World = Awaited<ReturnType<typeof schoolWithStaff>>;

/** A NAMED round written straight into the database, every answer stamped `stampedAt` (as an import does). */
async function importedRound(
  world: World,
  title: string,
  opens: string,
  closes: string,
  stampedAt: string,
  ratingOf: (i: number) => number,
) {
  const { versionId } = await ensureDefaultFramework();
  const { content } = await getFramework(world.lead);
  const codes = content.competencies.filter((c) => c.tier === 1 && !c.retired).map((c) => c.code);
  const round = await ownerDb().round.create({
    data: {
      schoolId: world.school.id,
      title,
      opensAt: new Date(`${opens}T08:00:00Z`),
      closesAt: new Date(`${closes}T20:00:00Z`),
      frameworkVersionId: versionId,
      audience: "ALL_STAFF",
      mode: "NAMED",
      createdById: world.lead.personId,
    },
  });
  for (const [i, person] of world.staff.entries()) {
    const response = await ownerDb().response.create({
      data: {
        roundId: round.id,
        schoolId: world.school.id,
        personId: person.id,
        frameworkVersionId: versionId,
        jobRole: "TEACHER",
        requiredTier: 1,
        source: "CSV_IMPORT",
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
      data: { status: "SUBMITTED", submittedAt: new Date(stampedAt) },
    });
  }
  return { round, codes };
}

async function trainFive(world: World, codes: string[], completedOn: string, refreshMonths = "") {
  const course = await addCourse(
    world.lead,
    addCourseSchema.parse(
      courseForm({
        title: "Core awareness",
        refreshMonths,
        outcomes: codes.map((competencyCode) => ({ competencyCode, level: "3" })),
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
        completedOn,
        hours: "3",
      }),
    );
  }
}

const SIX: Parameters<typeof schoolWithStaff>[0] = [
  "TEACHER",
  "TEACHER",
  "TEACHER",
  "TEACHER",
  "TEACHER",
  "TEACHER",
];

describe("impact between two imported rounds", () => {
  it("counts training dated between the rounds even when both were imported on the same day", async () => {
    const world = await schoolWithStaff(SIX);
    const { codes } = await importedRound(
      world,
      "January (paper)",
      "2026-01-05",
      "2026-01-15",
      "2026-07-01T09:00:00Z",
      () => 1,
    );
    await importedRound(world, "June (paper)", "2026-06-01", "2026-06-15", "2026-07-01T09:05:00Z", (i) =>
      i < 5 ? 3 : 1,
    );
    await trainFive(world, codes, "2026-03-01");
    const { impact } = await recordFigures(world.lead);
    expect(impact.rounds).toMatchObject({
      earlier: "January (paper)",
      later: "June (paper)",
      from: "2026-01-16",
      to: "2026-06-01",
    });
    expect(impact.rows).toHaveLength(1);
    expect(impact.rows[0]!.trained).toEqual({ people: 5, meanChange: 2, withheld: false });
  });

  it("counts it when the rounds were imported weeks apart, the earlier one after the training", async () => {
    const world = await schoolWithStaff(SIX);
    const { codes } = await importedRound(
      world,
      "Autumn (paper)",
      "2025-10-01",
      "2025-10-10",
      "2026-04-20T09:00:00Z",
      () => 1,
    );
    await importedRound(world, "Spring (paper)", "2026-03-01", "2026-03-10", "2026-05-11T09:00:00Z", (i) =>
      i < 5 ? 3 : 1,
    );
    await trainFive(world, codes, "2026-01-20");
    const { impact } = await recordFigures(world.lead);
    expect(impact.rows[0]?.trained.people).toBe(5);
  });

  it("counts training in the window even once it has expired since", async () => {
    const world = await schoolWithStaff(SIX);
    const { codes } = await importedRound(
      world,
      "January",
      "2026-01-05",
      "2026-01-15",
      "2026-07-01T09:00:00Z",
      () => 1,
    );
    await importedRound(world, "June", "2026-06-01", "2026-06-15", "2026-07-01T09:05:00Z", (i) =>
      i < 5 ? 3 : 1,
    );
    // Completed 1 March with a 3-month refresh: expired on 1 June, long before today.
    await trainFive(world, codes, "2026-03-01", "3");
    const { impact, coverage } = await recordFigures(world.lead);
    expect(impact.rows[0]?.trained.people).toBe(5);
    expect(coverage[0]!.trained).toMatchObject({ share: 0 });
  });

  it("pairs rounds by their dates, not by id, when two open at the same moment", async () => {
    const world = await schoolWithStaff(SIX);
    // Created in this order, so ids do not follow the dates: the later-closing round is the later one.
    await importedRound(world, "Summer", "2026-05-01", "2026-06-30", "2026-07-01T09:00:00Z", () => 2);
    const { codes } = await importedRound(
      world,
      "Spring",
      "2026-02-01",
      "2026-02-10",
      "2026-07-01T09:00:00Z",
      () => 1,
    );
    await importedRound(world, "Early summer", "2026-05-01", "2026-05-10", "2026-07-01T09:00:00Z", (i) =>
      i < 5 ? 3 : 1,
    );
    await trainFive(world, codes, "2026-03-01");
    const { impact } = await recordFigures(world.lead);
    // "Summer" is the latest (it closes last); "Early summer" overlaps it, so the earlier round is "Spring".
    expect(impact.rounds).toMatchObject({ earlier: "Spring", later: "Summer" });
  });
});
