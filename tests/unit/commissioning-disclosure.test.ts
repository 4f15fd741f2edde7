// The adversary extended to commissioning (decision 0036): for random trusts of schools and rounds, and
// random courses and plan purchases, every figure about people on the commissioning page (and so in
// its CSV, built from the same data) is a figure the school's own controlled publication shows, or a
// sum or maximum of such figures; a figure the core withholds is withheld here too, with no number.
// A sum or maximum of published figures tells an adversary nothing the published figures do not, so
// the HiGHS attack on each school's publication (tests/unit/trust-disclosure.test.ts) covers it.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildDemand, type DemandCourse, type Purchase } from "@/lib/commissioning/demand";
import { publishRound } from "@/lib/disclosure";
import { trustArb, trustOf } from "./support/adversary-trust";

const RUNS = Number(process.env.ADVERSARY_RUNS ?? 200);

const shopArb = fc.record({
  courses: fc.array(
    fc.record({
      picks: fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
      perSession: fc.boolean(),
      cost: fc.integer({ min: 1000, max: 200_000 }),
      capacity: fc.integer({ min: 5, max: 40 }),
    }),
    { minLength: 1, maxLength: 5 },
  ),
  purchases: fc.array(
    fc.record({ school: fc.nat(), course: fc.nat(), places: fc.integer({ min: 1, max: 30 }) }),
    { maxLength: 6 },
  ),
});

describe("what commissioning publishes about the schools' staff", () => {
  it(`is only published school figures, or sums and maxima of them, in ${RUNS} random trusts`, () => {
    fc.assert(
      fc.property(trustArb, shopArb, (spec, shop) => {
        const { facts, schools } = trustOf(spec);
        // Each school's latest round as the school's own controlled report publishes it.
        const cores = facts.map((rounds) => publishRound(rounds[0]!.facts));
        const codes = [...new Set(facts.flatMap((r) => r[0]!.facts.competencies.map((c) => c.code)))].sort();
        const courses: DemandCourse[] = shop.courses.map((c, i) => ({
          id: `course-${i}`,
          title: `Course ${i}`,
          provider: "Provider",
          tier: 1,
          costModel: c.perSession ? "PER_SESSION" : "PER_PLACE",
          costPence: c.cost,
          sessionCapacity: c.perSession ? c.capacity : null,
          competencies: [...new Set(c.picks.map((p) => codes[p % codes.length]!))],
        }));
        const purchases: Purchase[] = shop.purchases.map((p) => ({
          schoolId: schools[p.school % schools.length]!.id,
          courseId: courses[p.course % courses.length]!.id,
          places: p.places,
          costPence: p.places * 100,
        }));
        const demand = buildDemand(schools, courses, purchases);
        const coreRow = (schoolId: string, code: string) =>
          cores[schools.findIndex((s) => s.id === schoolId)]!.rows.find((r) => r.code === code);

        for (const c of demand.competencies) {
          for (const f of c.schools) {
            const row = coreRow(f.schoolId, c.code)!;
            expect(f.withheld).toBe(row.withheld);
            expect(f.people).toBe(row.withheld ? null : row.withGap);
          }
          expect(c.total).toBe(c.schools.reduce((n, f) => n + (f.people ?? 0), 0));
        }
        for (const c of demand.courses) {
          for (const r of c.schools) {
            const shown = c.course.competencies
              .map((code) => coreRow(r.schoolId, code))
              .filter((row) => row !== undefined && !row.withheld)
              .map((row) => row!.withGap);
            expect(r.people).toBe(shown.length > 0 ? Math.max(...shown) : null);
          }
          expect(c.total).toBe(c.schools.reduce((n, r) => n + (r.people ?? 0), 0));
          // The words of the arithmetic carry only those figures.
          for (const line of c.arithmetic) {
            const staff = [...line.matchAll(/(\d+) (?:members? of staff|places?)/g)].map((m) => Number(m[1]));
            const allowed = new Set([c.total, ...c.schools.map((r) => r.people)]);
            for (const n of staff) expect(allowed.has(n), `"${line}"`).toBe(true);
          }
        }
      }),
      { numRuns: RUNS, seed: 20261207 },
    );
  });
});
