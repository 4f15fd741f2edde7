import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { analyseGaps, gapHeatmap, type GapCompetency, type Respondent } from "../../lib/gaps/analysis";

const competencies: GapCompetency[] = [
  { code: "A1", domainCode: "D1", tier: 1 },
  { code: "A2", domainCode: "D1", tier: 1 },
  { code: "B1", domainCode: "D2", tier: 2 },
];

const person = (
  id: string,
  jobRole: string,
  requiredTier: 1 | 2 | 3,
  ratings: Record<string, number>,
): Respondent => ({
  id,
  jobRole,
  requiredTier,
  ratings,
});

// Five teachers (tier 1). Gaps on A1: 0,1,0,2,0; on A2: 0,0,0,0,3 -> 3 of 10 pairs have a gap.
const teachers = [
  person("t1", "TEACHER", 1, { A1: 3, A2: 3 }),
  person("t2", "TEACHER", 1, { A1: 2, A2: 3 }),
  person("t3", "TEACHER", 1, { A1: 3, A2: 3 }),
  person("t4", "TEACHER", 1, { A1: 1, A2: 3 }),
  person("t5", "TEACHER", 1, { A1: 3, A2: 0 }),
];
// Six tutors (tier 2). D1: gaps on A1 for all six, none on A2 -> 6 of 12. D2 (B1): 2 of 6.
const tutors = [1, 2, 3, 4, 5, 6].map((i) =>
  person(`f${i}`, "FORM_TUTOR", 2, { A1: 2, A2: 3, B1: i <= 2 ? 1 : 3 }),
);
// Four teaching assistants: below k = 5.
const assistants = [1, 2, 3, 4].map((i) => person(`a${i}`, "TEACHING_ASSISTANT", 1, { A1: 0, A2: 0 }));

describe("gapHeatmap", () => {
  it("pools (person, competency) pairs per domain and group", () => {
    const cells = gapHeatmap({ competencies, respondents: [...teachers, ...tutors] });
    expect(cells).toEqual([
      {
        domainCode: "D1",
        group: "FORM_TUTOR",
        respondents: 6,
        pairs: 12,
        pairsWithGap: 6,
        needRate: 0.5,
        withheld: false,
        withheldReason: null,
      },
      {
        domainCode: "D1",
        group: "TEACHER",
        respondents: 5,
        pairs: 10,
        pairsWithGap: 3,
        needRate: 0.3,
        withheld: false,
        withheldReason: null,
      },
      {
        domainCode: "D2",
        group: "FORM_TUTOR",
        respondents: 6,
        pairs: 6,
        pairsWithGap: 2,
        needRate: 2 / 6,
        withheld: false,
        withheldReason: null,
      },
    ]);
  });

  it("withholds a group of 4 when k = 5, and the next smallest so it cannot be found by subtraction", () => {
    const cells = gapHeatmap({ competencies, respondents: [...teachers, ...tutors, ...assistants], k: 5 });
    const d1 = cells.filter((c) => c.domainCode === "D1");
    expect(d1.find((c) => c.group === "TEACHING_ASSISTANT")).toEqual({
      domainCode: "D1",
      group: "TEACHING_ASSISTANT",
      respondents: 4,
      pairs: null,
      pairsWithGap: null,
      needRate: null,
      withheld: true,
      withheldReason: "small",
    });
    expect(d1.find((c) => c.group === "TEACHER")).toMatchObject({
      withheld: true,
      needRate: null,
      withheldReason: "complementary",
    });
    expect(d1.find((c) => c.group === "FORM_TUTOR")).toMatchObject({ withheld: false, needRate: 0.5 });
  });

  it("comes with the full analysis, using the same k", () => {
    const respondents = [...teachers, ...tutors, ...assistants];
    expect(analyseGaps({ competencies, respondents, k: 6 }).heatmap).toEqual(
      gapHeatmap({ competencies, respondents, k: 6 }),
    );
  });

  it("never lets settings lower k below 5", () => {
    const cells = gapHeatmap({ competencies, respondents: assistants, k: 2 });
    expect(cells).toHaveLength(1);
    expect(cells[0]).toMatchObject({ withheld: true, needRate: null });
  });

  it("raises k when settings ask", () => {
    const cells = gapHeatmap({ competencies, respondents: [...teachers, ...tutors], k: 6 });
    expect(cells.find((c) => c.domainCode === "D1" && c.group === "TEACHER")).toMatchObject({
      withheld: true,
      withheldReason: "small",
    });
    expect(cells.find((c) => c.domainCode === "D1" && c.group === "FORM_TUTOR")).toMatchObject({
      withheld: true,
    });
  });

  it("only makes cells where the group has something in scope", () => {
    const cells = gapHeatmap({ competencies, respondents: teachers });
    expect(cells.map((c) => c.domainCode)).toEqual(["D1"]);
  });

  it("never shows a cell resting on fewer than k people, and never withholds exactly one per row (property)", () => {
    const groupArb = fc.constantFrom("G1", "G2", "G3", "G4");
    const personArb = fc.record({
      jobRole: groupArb,
      requiredTier: fc.constantFrom<1 | 2 | 3>(1, 2, 3),
      ratings: fc.record({
        A1: fc.integer({ min: 0, max: 4 }),
        A2: fc.integer({ min: 0, max: 4 }),
        B1: fc.integer({ min: 0, max: 4 }),
      }),
    });
    fc.assert(
      fc.property(fc.array(personArb, { maxLength: 40 }), fc.integer({ min: 0, max: 9 }), (people, k) => {
        const respondents = people.map((p, i) => ({ ...p, id: `p${i}` }));
        const cells = gapHeatmap({ competencies, respondents, k });
        for (const cell of cells) {
          if (cell.respondents < Math.max(5, k)) expect(cell.withheld).toBe(true);
          if (cell.withheld) expect(cell.needRate).toBeNull();
          else expect(cell.needRate).toBeGreaterThanOrEqual(0);
        }
        for (const domain of ["D1", "D2"]) {
          const row = cells.filter((c) => c.domainCode === domain);
          const hidden = row.filter((c) => c.withheld).length;
          if (row.length >= 2) expect(hidden).not.toBe(1);
        }
      }),
    );
  });
});
