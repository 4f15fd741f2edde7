// The adversary test (issue 7): for random schools, groups, ratings and k, everything published about a
// CONFIDENTIAL round is turned into linear constraints and HiGHS finds the least and greatest value of
// every withheld count consistent with it. A count narrowed to fewer than 3 values (or proved 0 when it
// is not) is a leak. Each job role's submitted count is bounded over the same rounds in
// disclosure-pooled-roles.test.ts (a second file, so the two run side by side). ADVERSARY_RUNS=2000
// (and ADVERSARY_SEED) for a longer nightly run.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { confidentialExportRows } from "@/lib/disclosure";
import { analyseGaps, byPriority } from "@/lib/gaps/analysis";
import { gapOf } from "@/lib/gaps/gap";
import type { Tier } from "@/lib/tiers";
import { attack, type Attack, type CountRange } from "./support/adversary";
import { solverTime } from "./support/adversary-lp";
import { factsOf, roundArb, seenOf, type RoleSpec, type RoundSpec } from "./support/adversary-rounds";

const RUNS = Number(process.env.ADVERSARY_RUNS ?? 200);
const SEED = Number(process.env.ADVERSARY_SEED ?? 20261130);
const describeRange = (c: CountRange) =>
  `${c.name}: true ${c.truth}, adversary [${c.min}, ${c.max}], a priori [${c.apriori[0]}, ${c.apriori[1]}]`;

function expectSound(result: Attack) {
  for (const c of result.counts)
    expect(c.min <= c.truth && c.truth <= c.max, `model wrong: ${describeRange(c)}`).toBe(true);
}
const leaks = (result: Attack) => result.counts.filter((c) => c.leak).map(describeRange);

const role = (r: string, tier: Tier, submitted: number, inProgress = 0, notStarted = 0): RoleSpec => ({
  role: r,
  tier,
  submitted,
  inProgress,
  notStarted,
});
const framework = [
  { code: "D1.01", domainCode: "D1", tier: 1 as Tier },
  { code: "D1.02", domainCode: "D1", tier: 1 as Tier },
  { code: "D1.03", domainCode: "D1", tier: 2 as Tier },
  { code: "D2.01", domainCode: "D2", tier: 1 as Tier },
  { code: "D2.02", domainCode: "D2", tier: 2 as Tier },
  { code: "D2.03", domainCode: "D2", tier: 3 as Tier },
  { code: "D3.01", domainCode: "D3", tier: 3 as Tier },
];

describe("the adversary against the controlled publication", () => {
  it(`finds no withheld count it can narrow, in ${RUNS} random rounds`, async () => {
    const started = performance.now();
    const cpu = process.cpuUsage();
    let solves = 0;
    let counts = 0;
    await fc.assert(
      fc.asyncProperty(roundArb, async (spec) => {
        const { facts, truth } = factsOf(spec);
        const result = await attack(truth, seenOf(facts));
        solves += result.solves;
        counts += result.counts.length;
        expectSound(result);
        expect(leaks(result)).toEqual([]);
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
    const seconds = (performance.now() - started) / 1000;
    console.info(
      `adversary: ${RUNS} rounds, ${counts} withheld counts, ${solves} MIP solves (${(solverTime.ms / 1000).toFixed(1)} s in HiGHS, slowest ${solverTime.slowest.toFixed(0)} ms), ${seconds.toFixed(1)} s in all, ${(process.cpuUsage(cpu).user / 1e6).toFixed(1)} s CPU`,
    );
  }, 600_000);

  it("finds no leak in the issue's school (15 teachers, 9 TAs, 3 admin, 1 DSL, 1 SENCO, 6 form tutors)", async () => {
    const spec: RoundSpec = {
      k: 5,
      competencies: framework,
      style: "uniform",
      seed: 7,
      roles: [
        role("TEACHER", 1, 15, 2, 1),
        role("TEACHING_ASSISTANT", 1, 9, 1),
        role("ADMIN", 1, 3),
        role("DSL", 3, 1),
        role("SENCO", 3, 1),
        role("FORM_TUTOR", 2, 6),
      ],
    };
    const { facts, truth } = factsOf(spec);
    const seen = seenOf(facts);
    expect(seen.publication.recoding.groups.map((g) => `${g.key} ${g.label}`)).toEqual([
      "tiers-1 Core staff",
      "tiers-23 Enhanced and Specialist staff",
    ]);
    const result = await attack(truth, seen);
    expect(result.counts.map((c) => c.name)).toEqual([
      "D2.03 inScope",
      "D2.03 withGap",
      "D2.03 totalGap",
      "D3.01 inScope",
      "D3.01 withGap",
      "D3.01 totalGap",
      "coverage 3 people",
    ]);
    expectSound(result);
    expect(leaks(result)).toEqual([]);
  });
});

describe("the adversary can find a leak", () => {
  // 15 teachers and 2 DSLs (k = 5): one band "All staff"; the two tier-3 statements are withheld.
  const spec: RoundSpec = {
    k: 5,
    competencies: framework,
    style: "uniform",
    seed: 3,
    roles: [role("TEACHER", 1, 15), role("DSL", 3, 2)],
  };

  it("when withheld rows stay at their priority position (the issue's row-order leak)", async () => {
    const { facts, truth } = factsOf(spec);
    // Ratings chosen so that a withheld total sits between published totals 7 and 6.
    for (const p of facts.respondents) for (const code of Object.keys(p.ratings)) p.ratings[code] = 3;
    const teachers = facts.respondents.filter((p) => p.jobRole === "TEACHER");
    for (const p of teachers.slice(0, 7)) p.ratings["D1.01"] = 2; // total 7
    for (const p of teachers.slice(0, 6)) p.ratings["D1.02"] = 2; // total 6
    for (const p of facts.respondents.filter((p) => p.jobRole === "DSL")) p.ratings["D2.03"] = 0; // total 6, need rate 1
    const seen = seenOf(facts);
    const analysis = analyseGaps({ competencies: facts.competencies, respondents: facts.respondents });
    const byCode = new Map(seen.publication.rows.map((r) => [r.code, r]));
    const leaky = {
      ...seen,
      publication: {
        ...seen.publication,
        rows: [...analysis.competencies].sort(byPriority).map((r) => byCode.get(r.code)!),
      },
      rowsInPriorityOrder: true,
    };
    expect(leaky.publication.rows.slice(0, 3).map((r) => `${r.code}:${r.withheld}`)).toEqual([
      "D1.01:false",
      "D2.03:true",
      "D1.02:false",
    ]);

    const result = await attack(truth, leaky);
    expectSound(result);
    expect(leaks(result)).toContain("D2.03 totalGap: true 6, adversary [6, 7], a priori [0, 6]");
    const honest = await attack(truth, seen);
    expect(leaks(honest)).toEqual([]);
  });

  it("when the export gives the withheld tier's ratings (the issue's export leak)", async () => {
    const { facts, truth } = factsOf(spec);
    const seen = seenOf(facts);
    const everything = { ...seen.publication, published: new Set(facts.competencies.map((c) => c.code)) };
    const rows = confidentialExportRows(everything, facts.competencies, facts.respondents, (id) => id).map(
      (row, i) => {
        const person = facts.respondents[Math.floor(i / facts.competencies.length)]!;
        const c = facts.competencies.find((c) => c.code === row.code)!;
        return { ...row, rating: gapOf(person, c) === null ? null : person.ratings[c.code]! };
      },
    );
    const result = await attack(truth, { ...seen, exportRows: rows, exportScope: "own" });
    expectSound(result);
    expect(leaks(result)).toContain("D3.01 inScope: true 2, adversary [2, 2], a priori [0, 17]");
  });
});
