import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_FRAMEWORK } from "@/lib/framework/default-framework";
import { LEAD_AREAS, LEAD_STATEMENT_KEYS } from "@/lib/lead-development/areas";
import { withLeadNeeds } from "@/lib/lead-development/needs";
import { leadPlanNeeds } from "@/lib/lead-development/plan-needs";
import {
  areaGaps,
  assessmentDue,
  competencyNeeds,
  ownGaps,
  readRatings,
  saveLeadAssessmentSchema,
} from "@/lib/lead-development/rules";
import { planTraining, type PlanCourse, type PlanUnit } from "@/lib/planner";

const specialist = DEFAULT_FRAMEWORK.competencies.filter((c) => c.tier === 3);
const allAt = (rating: number) => Object.fromEntries(LEAD_STATEMENT_KEYS.map((k) => [k, rating]));
const targets = { 1: 3, 2: 3, 3: 3 } as const;

describe("the senior-lead learning areas", () => {
  it("has 3 to 5 'I can' statements per area, unique stable keys, and maps only to Specialist competencies", () => {
    expect(LEAD_AREAS.map((a) => a.key)).toEqual([
      "identifying-need",
      "targeted-support",
      "staff-development",
      "ethos",
      "leadership",
      "student-voice",
      "parents-carers",
    ]);
    expect(new Set(LEAD_STATEMENT_KEYS).size).toBe(LEAD_STATEMENT_KEYS.length);
    const codes = new Set(specialist.map((c) => c.code));
    for (const area of LEAD_AREAS) {
      expect(area.statements.length).toBeGreaterThanOrEqual(3);
      expect(area.statements.length).toBeLessThanOrEqual(5);
      for (const s of area.statements) expect(s.text).toMatch(/^I can /);
      expect(area.competencies.length).toBeGreaterThan(0);
      for (const code of area.competencies) expect(codes.has(code), code).toBe(true);
      // Keys without dots: react-hook-form reads a dot as nesting.
      for (const s of area.statements) expect(s.key).toMatch(/^[a-z-]+-\d$/);
    }
    const leadership = LEAD_AREAS.find((a) => a.key === "leadership")!
      .statements.map((s) => s.text)
      .join(" ");
    for (const role of ["SENCO", "designated safeguarding lead", "designated teacher", "virtual school head"])
      expect(leadership).toContain(role);
    expect(LEAD_AREAS.find((a) => a.key === "targeted-support")!.statements[0]!.text).toContain("NHS");
  });
});

describe("the lead's gaps", () => {
  it("gives an area the largest gap of its statements, and says which fall short", () => {
    const ratings = { ...allAt(3), "leadership-2": 1, "leadership-4": 2, "ethos-1": 4 };
    const leadership = areaGaps(ratings).find((a) => a.areaKey === "leadership")!;
    expect(leadership.gap).toBe(2);
    expect(leadership.statements.filter((s) => s.gap > 0).map((s) => s.key)).toEqual([
      "leadership-2",
      "leadership-4",
    ]);
    expect(ownGaps(ratings)).toEqual([
      { areaKey: "leadership", areaTitle: "Leadership and management", gap: 2 },
    ]);
  });

  it("counts an unrated statement as Not yet, so a partial record never hides a need", () => {
    const rest = allAt(3);
    delete rest["parents-carers-3"];
    expect(ownGaps(rest)).toEqual([
      { areaKey: "parents-carers", areaTitle: "Working with parents, families and carers", gap: 3 },
    ]);
  });

  it("orders gaps largest first, then in the content's order", () => {
    const ratings = { ...allAt(3), "ethos-2": 2, "identifying-need-1": 2, "student-voice-1": 0 };
    expect(ownGaps(ratings).map((g) => [g.areaKey, g.gap])).toEqual([
      ["student-voice", 3],
      ["identifying-need", 1],
      ["ethos", 1],
    ]);
  });

  it("turns area gaps into needs on the mapped Specialist competencies the framework has", () => {
    const ratings = { ...allAt(4), "parents-carers-1": 1, "ethos-3": 2, "leadership-1": 0 };
    // ethos (1) and leadership (3) share C8.04: the larger gap counts, never the sum.
    expect(competencyNeeds(ratings, specialist, 3)).toEqual({
      "C6.04": 2,
      "C8.04": 3,
      "C8.05": 1,
      "C4.06": 3,
    });
    // A code missing from the school's framework (or not Specialist there) is left out.
    const edited = specialist.filter((c) => c.code !== "C6.04");
    expect(competencyNeeds(ratings, edited, 3)).not.toHaveProperty("C6.04");
    expect(competencyNeeds(ratings, [{ code: "C6.04", tier: 2 }], 3)).toEqual({});
  });

  it("never gives a need above the framework's target, and none when every statement meets it (property)", () => {
    const rating = fc.integer({ min: 0, max: 4 });
    fc.assert(
      fc.property(
        fc.record(Object.fromEntries(LEAD_STATEMENT_KEYS.map((k) => [k, rating]))),
        fc.integer({ min: 1, max: 4 }),
        (ratings, target) => {
          const needs = competencyNeeds(ratings, specialist, target);
          for (const gap of Object.values(needs)) {
            expect(gap).toBeGreaterThan(0);
            expect(gap).toBeLessThanOrEqual(target);
          }
          const met = LEAD_STATEMENT_KEYS.every((k) => ratings[k]! >= 3);
          expect(Object.keys(needs).length === 0).toBe(met);
          expect(ownGaps(ratings).length === 0).toBe(met);
        },
      ),
    );
  });

  it("reads stored ratings defensively and validates the form's strings into numbers", () => {
    expect(readRatings({ "ethos-1": 2, "ethos-2": 7, "ethos-3": "3", unknown: 1 })).toEqual({ "ethos-1": 2 });
    expect(readRatings(null)).toEqual({});
    const raw = Object.fromEntries(LEAD_STATEMENT_KEYS.map((k) => [k, "2"]));
    const ok = saveLeadAssessmentSchema.safeParse({ ratings: raw });
    expect(ok.success && ok.data.ratings["ethos-1"]).toBe(2);
    const bad = saveLeadAssessmentSchema.safeParse({ ratings: { ...raw, "ethos-1": "5", "ethos-2": null } });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.path.join("."))).toEqual(["ratings.ethos-1", "ratings.ethos-2"]);
  });

  it("is due when never done or about a term after the last one", () => {
    expect(assessmentDue(null, "2026-12-03")).toBe(true);
    expect(assessmentDue("2026-09-01", "2026-12-03")).toBe(false);
    expect(assessmentDue("2026-08-05", "2026-12-03")).toBe(true);
  });
});

describe("the lead's gaps in the planner", () => {
  const staff: PlanUnit = {
    id: "staff-1",
    jobRole: "TEACHER",
    requiredTier: 1,
    count: 1,
    gaps: { "C1.01": 2 },
  };
  const lead = { personId: "lead-1", jobRole: "SENIOR_MH_LEAD", gaps: { "C6.04": 2, "C8.04": 1 } };

  it("adds the lead as a unit of their own when they are not in the round, and merges when they are", () => {
    expect(withLeadNeeds([staff], lead, "NAMED")).toEqual([
      staff,
      {
        id: "lead-1",
        jobRole: "SENIOR_MH_LEAD",
        requiredTier: 3,
        count: 1,
        gaps: { "C6.04": 2, "C8.04": 1 },
      },
    ]);
    const answered: PlanUnit = {
      id: "lead-1",
      jobRole: "SENIOR_MH_LEAD",
      requiredTier: 3,
      count: 1,
      gaps: { "C8.04": 2, "C1.01": 1 },
    };
    expect(withLeadNeeds([staff, answered], lead, "NAMED")[1]!.gaps).toEqual({
      "C1.01": 1,
      "C6.04": 2,
      "C8.04": 2,
    });
    // CONFIDENTIAL: buckets are never tied to a person, so the lead's own needs are a unit of their own.
    expect(withLeadNeeds([staff], lead, "CONFIDENTIAL")).toHaveLength(2);
    expect(withLeadNeeds([staff], null, "NAMED")).toEqual([staff]);
    expect(withLeadNeeds([staff], { ...lead, gaps: { "C6.04": 0 } }, "NAMED")).toEqual([staff]);
  });

  it("books a Specialist course for the lead's own gap", async () => {
    const ratings = { ...allAt(3), "parents-carers-2": 1 };
    const out = leadPlanNeeds(
      { assessedAt: new Date("2026-12-03T10:00:00Z"), ratings },
      "lead-1",
      [{ personId: "lead-1", jobRole: "SENIOR_MH_LEAD" }],
      DEFAULT_FRAMEWORK.competencies,
      targets,
    )!;
    expect(out.summary).toEqual({
      assessedOn: "2026-12-03",
      areas: ["Working with parents, families and carers"],
      competencyCodes: ["C6.04"],
    });
    const course: PlanCourse = {
      id: "partnerships",
      tier: 3,
      format: "ONLINE_LIVE",
      hoursPerParticipant: 3,
      costModel: "PER_PLACE",
      costPence: 15_000,
      outcomes: [{ competencyCode: "C6.04", level: 3 }],
    };
    const plan = await planTraining({
      units: withLeadNeeds([], out.needs, "NAMED"),
      courses: [course],
      competencies: DEFAULT_FRAMEWORK.competencies.map((c) => ({ code: c.code, tier: c.tier })),
      targets,
      limits: { budgetPence: 50_000, hoursPerPersonPerYear: 6, inSchoolSessions: 0 },
    });
    expect(plan.items.map((i) => [i.courseId, i.attendees])).toEqual([
      ["partnerships", [{ unitId: "lead-1", count: 1 }]],
    ]);
    expect(plan.pointsByTier[3]).toBe(2);
  });

  it("gives nothing to plan when the lead has not assessed themselves or has no gap", () => {
    const members = [{ personId: "lead-1", jobRole: "SENIOR_MH_LEAD" }];
    expect(leadPlanNeeds(null, "lead-1", members, specialist, targets)).toBeNull();
    expect(
      leadPlanNeeds({ assessedAt: new Date(), ratings: allAt(3) }, "lead-1", members, specialist, targets),
    ).toBeNull();
  });
});
