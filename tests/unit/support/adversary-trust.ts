// Random trusts of schools and rounds for the trust views' adversary tests: each school round's rollup
// (counts of people, as the triggers keep them), and the schools as the trust's data access gives them.
import fc from "fast-check";
import type { RoundFacts, RoundRollup } from "@/lib/disclosure";
import { analyseGaps } from "@/lib/gaps/analysis";
import type { SchoolFact } from "@/lib/trust/overview";
import { NO_STATUS } from "@/lib/trust/status";
import { factsOf, roundArb, type RoundSpec } from "./adversary-rounds";

/** The rollup the triggers keep for a round (tests/integration/trust-rollups.test.ts proves them equal). */
export function rollupOf(facts: RoundFacts): RoundRollup {
  const analysis = analyseGaps({
    competencies: facts.competencies,
    respondents: facts.respondents,
    targets: facts.targets,
  });
  return {
    k: facts.k,
    competencies: analysis.competencies
      .filter((c) => c.inScope > 0)
      .map((c) => ({
        code: c.code,
        domainCode: c.domainCode,
        domainName: `Domain ${c.domainCode}`,
        statement: `Statement ${c.code}`,
        tier: c.tier,
        inScope: c.inScope,
        withGap: c.withGap,
        sumGap: c.totalGap,
      })),
    tiers: analysis.tierCoverage.map((t) => ({
      tier: t.tier,
      submitted: facts.respondents.filter((r) => r.requiredTier === t.tier).length,
      coveragePeople: t.people,
      coverageCovered: t.covered,
    })),
  };
}

export type TrustSpec = { rounds: RoundSpec[][]; staff: number[] };
export const trustArb: fc.Arbitrary<TrustSpec> = fc.record({
  rounds: fc.array(fc.array(roundArb, { minLength: 1, maxLength: 3 }), { minLength: 2, maxLength: 4 }),
  staff: fc.array(fc.integer({ min: 0, max: 80 }), { minLength: 4, maxLength: 4 }),
});

export function trustOf(spec: TrustSpec) {
  const facts = spec.rounds.map((rounds) => rounds.map((r) => factsOf(r)));
  const schools: SchoolFact[] = facts.map((rounds, s) => ({
    id: `school-${s}`,
    name: `School ${s}`,
    urn: String(100000 + s),
    phase: "PRIMARY",
    staffCount: spec.staff[s]!,
    hasLead: true,
    k: 5,
    groupIds: [],
    status: NO_STATUS,
    rounds: rounds.map(({ facts: f }, i) => ({
      id: `school-${s}-round-${i}`,
      title: `Round ${i}`,
      mode: "CONFIDENTIAL" as const,
      closedOn: new Date(Date.UTC(2026 - i, 6, 1)),
      status: "CLOSED" as const,
      asked: f.participants.length,
      submitted: f.respondents.length,
      rollup: rollupOf(f),
    })),
  }));
  return { facts, schools };
}
