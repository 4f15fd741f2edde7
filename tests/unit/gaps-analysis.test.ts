import { describe, it, expect } from "vitest";
import fc from "fast-check";
import {
  analyseGaps,
  byPriority,
  formatNumber,
  formatPercent,
  gapRecord,
  personGaps,
  roundTo,
  type GapCompetency,
  type Respondent,
} from "../../lib/gaps/analysis";

// The worked example. Targets are 3 for every tier; gap = max(0, 3 - rating) where in scope.
//
//            A1 (D1,T1)  A2 (D1,T1)  B1 (D2,T2)  C1 (D2,T3)
// p1 tier 1   1 -> 2      3 -> 0      (out)       (out)
// p2 tier 1   3 -> 0      3 -> 0      (out)       (out)
// p3 tier 2   0 -> 3      4 -> 0      2 -> 1      (out)
// p4 tier 3   2 -> 1      1 -> 2      3 -> 0      1 -> 2
//
// in_scope    4           4           2           1
// with_gap    3           1           1           1
// total_gap   6           2           1           2
// need_rate   3/4         1/4         1/2         1
// mean_gap    6/4         2/4         1/2         2
// priority: A1 (6), then C1 and A2 tie on 2 -> C1 (rate 1) before A2 (rate 0.25), then B1 (1).
const competencies: GapCompetency[] = [
  { code: "A1", domainCode: "D1", tier: 1 },
  { code: "A2", domainCode: "D1", tier: 1 },
  { code: "B1", domainCode: "D2", tier: 2 },
  { code: "C1", domainCode: "D2", tier: 3 },
];
const respondents: Respondent[] = [
  { id: "p1", jobRole: "TEACHER", requiredTier: 1, ratings: { A1: 1, A2: 3, B1: 0, C1: 0 } },
  { id: "p2", jobRole: "TEACHER", requiredTier: 1, ratings: { A1: 3, A2: 3 } },
  { id: "p3", jobRole: "FORM_TUTOR", requiredTier: 2, ratings: { A1: 0, A2: 4, B1: 2 } },
  { id: "p4", jobRole: "SENCO", requiredTier: 3, ratings: { A1: 2, A2: 1, B1: 3, C1: 1 } },
];

describe("analyseGaps on the worked example", () => {
  const result = analyseGaps({ competencies, respondents });

  it("computes every per-competency figure exactly", () => {
    expect(result.respondents).toBe(4);
    expect(result.competencies).toEqual([
      {
        code: "A1",
        domainCode: "D1",
        tier: 1,
        inScope: 4,
        withGap: 3,
        needRate: 0.75,
        meanGap: 1.5,
        totalGap: 6,
      },
      { code: "C1", domainCode: "D2", tier: 3, inScope: 1, withGap: 1, needRate: 1, meanGap: 2, totalGap: 2 },
      {
        code: "A2",
        domainCode: "D1",
        tier: 1,
        inScope: 4,
        withGap: 1,
        needRate: 0.25,
        meanGap: 0.5,
        totalGap: 2,
      },
      {
        code: "B1",
        domainCode: "D2",
        tier: 2,
        inScope: 2,
        withGap: 1,
        needRate: 0.5,
        meanGap: 0.5,
        totalGap: 1,
      },
    ]);
  });

  it("computes tier coverage among people whose required tier is at least T", () => {
    // T1: all four; only p2 has no tier-1 gap. T2: p3 (gap on B1), p4 (none). T3: p4 (gap on C1).
    expect(result.tierCoverage).toEqual([
      { tier: 1, people: 4, covered: 1, share: 0.25 },
      { tier: 2, people: 2, covered: 1, share: 0.5 },
      { tier: 3, people: 1, covered: 0, share: 0 },
    ]);
  });

  it("ignores ratings for out-of-scope competencies", () => {
    const b1 = result.competencies.find((c) => c.code === "B1")!;
    expect(b1.inScope).toBe(2); // p1 rated B1 0 but it is out of scope for a tier-1 person
  });

  it("uses per-tier targets from the framework", () => {
    const r = analyseGaps({ competencies, respondents, targets: { 1: 4, 2: 3, 3: 3 } });
    const a2 = r.competencies.find((c) => c.code === "A2")!;
    // target 4: gaps p1 1, p2 1, p3 0, p4 3
    expect(a2).toMatchObject({ inScope: 4, withGap: 3, totalGap: 5, needRate: 0.75, meanGap: 1.25 });
  });
});

describe("priority order", () => {
  // Y and X and Z all total 2; Y has the higher need rate; X and Z tie and go by code.
  // V totals 0 with rate 0; W is in scope for no one (null rate), so it comes last.
  const comps: GapCompetency[] = ["X", "Y", "Z", "V"].map((code) => ({
    code,
    domainCode: "D1",
    tier: 1 as const,
  }));
  comps.push({ code: "W", domainCode: "D1", tier: 3 });
  const people: Respondent[] = [
    { id: "r1", jobRole: "T", requiredTier: 1, ratings: { X: 1, Y: 2, Z: 3, V: 3 } },
    { id: "r2", jobRole: "T", requiredTier: 1, ratings: { X: 3, Y: 2, Z: 1, V: 4 } },
  ];

  it("orders by total gap, then need rate, then code, nulls last", () => {
    const rows = analyseGaps({ competencies: comps, respondents: people }).competencies;
    expect(rows.map((r) => r.code)).toEqual(["Y", "X", "Z", "V", "W"]);
    expect(rows.find((r) => r.code === "W")).toEqual({
      code: "W",
      domainCode: "D1",
      tier: 3,
      inScope: 0,
      withGap: 0,
      needRate: null,
      meanGap: null,
      totalGap: 0,
    });
  });

  it("gives null, never NaN, when there are no respondents", () => {
    const r = analyseGaps({ competencies: comps, respondents: [] });
    for (const row of r.competencies) {
      expect(row.needRate).toBeNull();
      expect(row.meanGap).toBeNull();
    }
    expect(r.tierCoverage.every((t) => t.share === null && t.people === 0)).toBe(true);
    expect(r.competencies.map((c) => c.code)).toEqual(["V", "W", "X", "Y", "Z"]);
  });

  it("is a total order whatever the input order (property)", () => {
    const row = fc.record({
      code: fc.constantFrom("A", "B", "C", "D"),
      totalGap: fc.integer({ min: 0, max: 5 }),
      needRate: fc.option(fc.constantFrom(0, 0.25, 0.5, 1), { nil: null }),
    });
    fc.assert(
      fc.property(fc.uniqueArray(row, { selector: (r) => r.code, maxLength: 4 }), (rows) => {
        const full = rows.map((r) => ({
          ...r,
          domainCode: "D",
          tier: 1 as const,
          inScope: 1,
          withGap: 0,
          meanGap: null,
        }));
        const a = [...full].sort(byPriority).map((r) => r.code);
        const b = [...full]
          .reverse()
          .sort(byPriority)
          .map((r) => r.code);
        expect(a).toEqual(b);
      }),
    );
  });
});

describe("personGaps and gapRecord", () => {
  it("lists every in-scope rated competency with its gap, zeros included", () => {
    expect(personGaps(respondents[0]!, competencies)).toEqual([
      { code: "A1", gap: 2 },
      { code: "A2", gap: 0 },
    ]);
    expect(personGaps(respondents[3]!, competencies)).toEqual([
      { code: "A1", gap: 1 },
      { code: "A2", gap: 2 },
      { code: "B1", gap: 0 },
      { code: "C1", gap: 2 },
    ]);
  });

  it("leaves out a competency the person did not rate", () => {
    const p = { id: "x", jobRole: "T", requiredTier: 3 as const, ratings: { A1: 0 } };
    expect(personGaps(p, competencies)).toEqual([{ code: "A1", gap: 3 }]);
  });

  it("gives the planner only positive gaps", () => {
    expect(gapRecord(respondents[3]!, competencies)).toEqual({ A1: 1, A2: 2, C1: 2 });
  });
});

describe("display rounding", () => {
  it("rounds half away from zero without binary surprises", () => {
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(2.5)).toBe(3);
    expect(roundTo(-2.5)).toBe(-3);
    expect(roundTo(0.1 + 0.2, 1)).toBe(0.3);
  });

  it("formats percentages and numbers, with a dash for null", () => {
    expect(formatPercent(2 / 3)).toBe("67%");
    expect(formatPercent(0.125, 1)).toBe("12.5%");
    expect(formatPercent(null)).toBe("–");
    expect(formatNumber(4 / 3)).toBe("1.3");
    expect(formatNumber(undefined)).toBe("–");
  });
});
