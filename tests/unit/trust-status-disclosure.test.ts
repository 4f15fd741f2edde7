// The adversary extended to the overview's status columns, the review heatmap and the board's report
// (decision 0035). For random trusts whose schools have random staff by tier, in-date training,
// plans, action plans and reviews:
// (1) the trust's training figures are exactly lib/disclosure's publishTrained, pooled over people;
// (2) what the trust publishes (overview rows, CSV, review CSV, the report's text, its PDF's text and
//     chart data) is the same whatever the withheld training counts are: a withheld figure changes
//     nothing published, so nothing published says anything about it;
// (3) HiGHS, given everything published about a school's staff and training (staff count, shown
//     tiers' people and covered counts, the rule that a withheld tier has fewer than k people),
//     narrows no withheld count to fewer than 3 values when it could a priori take 3 or more.
import fc from "fast-check";
import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import { publishTrained, type TrainedCounts } from "@/lib/disclosure";
import { renderPdf } from "@/lib/exports/pdf";
import type { Tier } from "@/lib/tiers";
import { overviewCsv, reviewCsv } from "@/lib/trust/csv";
import { buildHeatmap, buildOverview, DEFAULT_TARGETS, type SchoolFact } from "@/lib/trust/overview";
import { trustReport } from "@/lib/trust/report";
import { buildReviewHeatmap } from "@/lib/trust/review-heatmap";
import type { SchoolStatus } from "@/lib/trust/status";
import { solveRange, type Constraint, type Expr } from "./support/adversary-lp";

const RUNS = Number(process.env.ADVERSARY_RUNS ?? 200);
const K = 5;
const TODAY = "2026-12-04";

/** A school's staff by exact required tier, and how many of those at or above each tier are covered. */
type StaffSpec = { exact: [number, number, number]; others: number; coveredShare: [number, number, number] };
const staffArb: fc.Arbitrary<StaffSpec> = fc.record({
  exact: fc.tuple(
    fc.integer({ min: 0, max: 14 }),
    fc.integer({ min: 0, max: 7 }),
    fc.integer({ min: 0, max: 5 }),
  ),
  others: fc.integer({ min: 0, max: 3 }),
  coveredShare: fc.tuple(
    fc.double({ min: 0, max: 1, noNaN: true }),
    fc.double({ min: 0, max: 1, noNaN: true }),
    fc.double({ min: 0, max: 1, noNaN: true }),
  ),
});
const extraArb = fc.record({
  plan: fc.option(
    fc.record({
      approved: fc.boolean(),
      cost: fc.integer({ min: 0, max: 500_000 }),
      budget: fc.integer({ min: 1, max: 500_000 }),
    }),
  ),
  actions: fc.option(fc.array(fc.constantFrom("RED", "AMBER", "GREEN", null), { maxLength: 6 })),
  review: fc.option(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 8, maxLength: 8 })),
  accreditation: fc.option(fc.constantFrom("DRAFT", "IN_REVIEW", "DECIDED")),
});
type Extra = typeof extraArb extends fc.Arbitrary<infer E> ? E : never;
const trustArb = fc.array(fc.tuple(staffArb, extraArb), { minLength: 1, maxLength: 5 });

const peopleAt = (s: StaffSpec, t: Tier) => s.exact.slice(t - 1).reduce((a, b) => a + b, 0);
const countsOf = (s: StaffSpec): TrainedCounts[] =>
  ([1, 2, 3] as Tier[]).map((tier) => ({
    tier,
    people: peopleAt(s, tier),
    covered: Math.floor(s.coveredShare[tier - 1]! * peopleAt(s, tier)),
  }));

const KEYS = [
  "leadership",
  "ethos",
  "curriculum",
  "student-voice",
  "staff-development",
  "identifying-need",
  "parents-carers",
  "targeted-support",
];

function statusOf(counts: TrainedCounts[], extra: Extra): SchoolStatus {
  return {
    training: counts,
    plan: extra.plan
      ? {
          status: extra.plan.approved ? "APPROVED" : "DRAFT",
          costPence: extra.plan.cost,
          budgetPence: extra.plan.budget,
        }
      : null,
    actionPlan: extra.actions
      ? {
          status: "DRAFT",
          number: 1,
          actions: extra.actions.map((rag) => ({
            status: "IN_PROGRESS" as const,
            startOn: "2026-09-01",
            dueOn: "2027-07-01",
            // A measured action: its RAG follows the Core training share, shown or not.
            measure: rag === null ? { kind: "core-training", targetPercent: 80 } : null,
            override: rag as "RED" | "AMBER" | "GREEN" | null,
          })),
        }
      : null,
    accreditation: extra.accreditation
      ? {
          status: extra.accreditation as "DRAFT",
          level: extra.accreditation === "DECIDED" ? "ACCREDITED" : null,
        }
      : null,
    review: extra.review
      ? {
          reviewedAt: "2026-11-20T10:00:00.000",
          scores: Object.fromEntries(KEYS.map((k, i) => [k, extra.review![i]!])),
        }
      : null,
  };
}

function schoolsOf(spec: [StaffSpec, Extra][], counts: (s: StaffSpec) => TrainedCounts[]): SchoolFact[] {
  return spec.map(([staff, extra], i) => ({
    id: `school-${i}`,
    name: `School ${i}`,
    urn: String(100000 + i),
    phase: "PRIMARY",
    staffCount: staff.exact[0] + staff.exact[1] + staff.exact[2] + staff.others,
    hasLead: true,
    k: K,
    groupIds: [],
    rounds: [],
    status: statusOf(counts(staff), extra),
  }));
}

/** Everything the trust publishes from these schools, as text. */
function published(schools: SchoolFact[]) {
  const overview = buildOverview(schools, DEFAULT_TARGETS, TODAY);
  const heatmap = buildHeatmap(schools, () => ({ year: 2026, month: 11 }));
  const review = buildReviewHeatmap(schools);
  const doc = trustReport({
    trustName: "Trust",
    rows: overview.rows,
    trust: overview.trust,
    heatmap,
    review,
    targets: DEFAULT_TARGETS,
    scope: "All schools",
    today: TODAY,
  });
  return {
    overview,
    doc,
    csv: overviewCsv(overview.rows, overview.trust),
    reviewCsv: reviewCsv(review),
    chart: JSON.stringify(heatmap),
  };
}

/** The same schools with every withheld tier's counts changed to other values the rule allows. */
function otherWithheld(s: StaffSpec): TrainedCounts[] {
  return countsOf(s).map((c) => (c.people >= K ? c : { ...c, covered: c.people - c.covered }));
}

describe("what the trust publishes about staff training, plans and reviews", () => {
  it(`is publishTrained's, pooled over people, in ${RUNS} random trusts`, () => {
    fc.assert(
      fc.property(trustArb, (spec) => {
        const schools = schoolsOf(spec, countsOf);
        const { overview } = published(schools);
        let people = 0;
        let covered = 0;
        overview.rows.forEach((row, i) => {
          const want = publishTrained(countsOf(spec[i]![0]), K);
          expect(row.trained).toEqual(want);
          for (const t of want) if (t.withheld) expect([t.people, t.covered, t.share]).toEqual([0, 0, null]);
          if (!want[0]!.withheld) {
            people += want[0]!.people;
            covered += want[0]!.covered;
          }
          expect(row.trainedCore.withheld).toBe(want[0]!.withheld);
        });
        expect([overview.trust.trainedCore.people, overview.trust.trainedCore.covered]).toEqual([
          people,
          covered,
        ]);
      }),
      { numRuns: RUNS, seed: 20261207 },
    );
  });

  it("is unchanged by the withheld counts: pages, CSVs, the report and chart data", () => {
    fc.assert(
      fc.property(trustArb, (spec) => {
        const a = published(schoolsOf(spec, countsOf));
        const b = published(schoolsOf(spec, otherWithheld));
        expect(b.csv).toBe(a.csv);
        expect(b.reviewCsv).toBe(a.reviewCsv);
        expect(b.chart).toBe(a.chart);
        expect(b.doc).toEqual(a.doc);
        expect(b.overview.rows).toEqual(a.overview.rows);
      }),
      { numRuns: RUNS, seed: 20261208 },
    );
  });

  it("reads back from the PDF as the report's text, withheld figures in words", async () => {
    const spec = fc.sample(trustArb, { numRuns: 1, seed: 7 })[0]!;
    // One school too small to show its Core training, one large enough.
    spec.push([
      { exact: [2, 1, 0], others: 0, coveredShare: [1, 1, 1] },
      { plan: null, actions: null, review: null, accreditation: null },
    ]);
    spec.push([
      { exact: [9, 3, 2], others: 1, coveredShare: [0.5, 0, 0] },
      { plan: null, actions: null, review: null, accreditation: null },
    ]);
    const { doc } = published(schoolsOf(spec, countsOf));
    const pdf = await getDocumentProxy(new Uint8Array(await renderPdf(doc)));
    const { text } = await extractText(pdf, { mergePages: true });
    const flat = text.replace(/\s+/g, " ");
    expect(flat).toContain("Withheld (fewer than 5 people)");
    for (const s of doc.sections)
      for (const g of s.groups) expect(flat).toContain(g.heading.replace(/\s+/g, " "));
    // The small school's 3 trained people appear nowhere as a share of 3.
    expect(flat).not.toContain("100%, meets target");
  });

  it(`gives HiGHS nothing to narrow a withheld training count with, in ${Math.floor(RUNS / 4)} random schools`, async () => {
    await fc.assert(
      fc.asyncProperty(staffArb, async (staff) => {
        const counts = countsOf(staff);
        const pub = publishTrained(counts, K);
        const staffCount = staff.exact[0] + staff.exact[1] + staff.exact[2] + staff.others;
        // Unknowns: staff by exact tier (n1..n3), staff with no job role (o), covered at each tier (c1..c3).
        const atOrAbove = (t: Tier): Expr => (["n1", "n2", "n3"] as const).slice(t - 1).map((v) => [v, 1]);
        const constraints: Constraint[] = [
          {
            label: "staff",
            expr: [
              ["n1", 1],
              ["n2", 1],
              ["n3", 1],
              ["o", 1],
            ],
            op: "=",
            rhs: staffCount,
          },
        ];
        for (const t of [1, 2, 3] as Tier[]) {
          const c = pub[t - 1]!;
          constraints.push({
            label: `c${t}<=p${t}`,
            expr: [[`c${t}`, 1], ...atOrAbove(t).map(([v, x]) => [v, -x] as [string, number])],
            op: "<=",
            rhs: 0,
          });
          if (c.withheld) constraints.push({ label: `p${t}<k`, expr: atOrAbove(t), op: "<=", rhs: K - 1 });
          else {
            constraints.push({ label: `p${t}`, expr: atOrAbove(t), op: "=", rhs: c.people });
            constraints.push({ label: `c${t}`, expr: [[`c${t}`, 1]], op: "=", rhs: c.covered });
          }
        }
        const lp = { constraints, binaries: [] };
        for (const t of [1, 2, 3] as Tier[]) {
          if (!pub[t - 1]!.withheld) continue;
          const truth = counts[t - 1]!;
          for (const [name, expr, value] of [
            [`people at tier ${t}`, atOrAbove(t), truth.people],
            [`covered at tier ${t}`, [[`c${t}`, 1]] as Expr, truth.covered],
          ] as const) {
            const range = await solveRange(lp, [...expr]);
            expect(range.min <= value && value <= range.max, name).toBe(true);
            // A priori a count of staff lies in [0, staff]; it must not be pinned to fewer than 3 values.
            const apriori = Math.min(staffCount, K - 1);
            if (apriori >= 2)
              expect(range.max - range.min, `${name} of ${staffCount} staff`).toBeGreaterThanOrEqual(2);
          }
        }
      }),
      { numRuns: Math.floor(RUNS / 4), seed: 20261209 },
    );
  }, 120_000);
});
