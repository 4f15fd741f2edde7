import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  canMove,
  decisionProblem,
  moveProblem,
  renewalDay,
  renewalStage,
  schoolYearStart,
  STEPS,
  strandProgress,
  submitProblems,
  supportedLevel,
  RATINGS,
  type Rating,
} from "@/lib/accreditation/rules";

const criteria = [
  { id: "a", key: "1.1", strand: 1 },
  { id: "b", key: "1.2", strand: 1 },
  { id: "c", key: "2.1", strand: 2 },
];
const rated = (r: Record<string, Rating>) => new Map(Object.entries(r));

describe("the level the ratings support", () => {
  it("is Working towards while any criterion is below Met or unrated", () => {
    expect(supportedLevel(criteria, rated({ a: "MET", b: "MET" }))).toBe("WORKING_TOWARDS");
    expect(supportedLevel(criteria, rated({ a: "MET", b: "WORKING_TOWARDS", c: "EXCEEDS" }))).toBe(
      "WORKING_TOWARDS",
    );
    expect(supportedLevel([], new Map())).toBe("WORKING_TOWARDS");
  });
  it("is Accredited when all are Met, with distinction when every strand has an Exceeds", () => {
    expect(supportedLevel(criteria, rated({ a: "MET", b: "MET", c: "EXCEEDS" }))).toBe("ACCREDITED");
    expect(supportedLevel(criteria, rated({ a: "EXCEEDS", b: "MET", c: "EXCEEDS" }))).toBe("DISTINCTION");
  });
  it("never falls when a rating rises (monotone)", () => {
    const order = ["WORKING_TOWARDS", "ACCREDITED", "DISTINCTION"];
    const arb = fc.array(fc.constantFrom(...RATINGS), { minLength: 3, maxLength: 3 });
    fc.assert(
      fc.property(arb, fc.integer({ min: 0, max: 2 }), (rs, i) => {
        const before = rated(Object.fromEntries(criteria.map((c, j) => [c.id, rs[j]!])));
        const up = RATINGS[Math.min(3, RATINGS.indexOf(rs[i]!) + 1)]!;
        const after = new Map(before).set(criteria[i]!.id, up);
        return (
          order.indexOf(supportedLevel(criteria, after)) >= order.indexOf(supportedLevel(criteria, before))
        );
      }),
    );
  });
});

describe("decisions", () => {
  it("may not exceed what the review supports, and not yet needs feedback", () => {
    expect(decisionProblem("DISTINCTION", "ACCREDITED", "")?.field).toBe("level");
    expect(decisionProblem("ACCREDITED", "ACCREDITED", "")).toBeNull();
    expect(decisionProblem("WORKING_TOWARDS", "DISTINCTION", "  ")?.field).toBe("feedback");
    expect(decisionProblem("WORKING_TOWARDS", "ACCREDITED", "Work on strand 4.")).toBeNull();
  });
});

describe("the steps", () => {
  it("move one way, one at a time", () => {
    for (const [i, s] of STEPS.entries())
      for (const [j, t] of STEPS.entries()) expect(canMove(s.status, t.status)).toBe(j === i + 1);
    expect(moveProblem("REVIEWED", "DECIDED")).toMatch(/Record the assessment visit/);
    expect(moveProblem("SUBMITTED", "SUBMITTED")).toMatch(/already been submitted/);
    expect(moveProblem("DRAFT", "SUBMITTED")).toBeNull();
  });
  it("need every criterion rated, and a narrative above Not yet", () => {
    const r = new Map([
      ["a", { rating: "NOT_YET" as const, narrative: "" }],
      ["b", { rating: "MET" as const, narrative: " " }],
    ]);
    expect(submitProblems(criteria, r)).toEqual({ unrated: ["2.1"], unexplained: ["1.2"] });
  });
});

describe("renewal", () => {
  it("falls three years after the decision, 29 February on the 28th", () => {
    expect(renewalDay("2026-12-03")).toBe("2029-12-03");
    expect(renewalDay("2028-02-29")).toBe("2031-02-28");
  });
  it("reminds at the nearest stage reached, never after the day", () => {
    const due = "2029-12-03";
    expect(renewalStage(due, "2029-06-05")).toBeNull();
    expect(renewalStage(due, "2029-06-06")).toBe("180");
    expect(renewalStage(due, "2029-10-04")).toBe("60");
    expect(renewalStage(due, "2029-11-19")).toBe("14");
    expect(renewalStage(due, "2029-12-03")).toBe("14");
    expect(renewalStage(due, "2029-12-04")).toBeNull();
  });
  it("knows the school year", () => {
    expect(schoolYearStart("2026-12-03")).toBe("2026-09-01");
    expect(schoolYearStart("2027-08-31")).toBe("2026-09-01");
    expect(schoolYearStart("2027-09-01")).toBe("2027-09-01");
  });
});

describe("progress per strand", () => {
  it("counts the peer's ratings once in, else the school's", () => {
    const self = rated({ a: "MET", b: "NOT_YET" });
    expect(strandProgress(criteria, self, null)).toEqual([
      { strand: 1, criteria: 2, rated: 2, met: 1, basis: "self" },
      { strand: 2, criteria: 1, rated: 0, met: 0, basis: "self" },
    ]);
    expect(strandProgress(criteria, self, rated({ a: "EXCEEDS", b: "MET", c: "MET" }))[0]).toEqual({
      strand: 1,
      criteria: 2,
      rated: 2,
      met: 2,
      basis: "peer",
    });
  });
});
