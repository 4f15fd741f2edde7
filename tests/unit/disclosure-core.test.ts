// Properties of lib/disclosure's publication that every page relies on (issue 7).
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { publishRound, type Participant, type RoundFacts } from "@/lib/disclosure";
import { analyseGaps, byPriority } from "@/lib/gaps/analysis";
import { compareCodes } from "@/lib/gaps/gap";
import { factsOf, roundArb } from "./support/adversary-rounds";

const runs = { numRuns: 300, seed: 7 };
const submitted = (ps: Participant[]) => ps.filter((p) => p.state === "SUBMITTED").length;

describe("publishRound, controlled", () => {
  it("gives every group at least k submitted when the round has at least k", () => {
    fc.assert(
      fc.property(roundArb, (spec) => {
        const { facts } = factsOf(spec);
        const pub = publishRound(facts);
        if (submitted(facts.participants) < pub.k) return;
        for (const g of pub.progress.groups) expect(g.submitted, g.key).toBeGreaterThanOrEqual(pub.k);
      }),
      runs,
    );
  });

  it("puts every participant in exactly one group, and progress adds up", () => {
    fc.assert(
      fc.property(roundArb, (spec) => {
        const { facts } = factsOf(spec);
        const pub = publishRound(facts);
        const keys = pub.recoding.groups.map((g) => g.key);
        expect(new Set(keys).size).toBe(keys.length);
        for (const p of facts.participants) {
          const holding = pub.recoding.groups.filter((g) => g.band.tiers.includes(p.tier) && g.jobRoles.includes(p.jobRole));
          expect(holding.map((g) => g.key)).toEqual([pub.recoding.groupOf(p.jobRole, p.tier).key]);
        }
        const sum = (xs: { asked: number; submitted: number }[]) => [xs.reduce((s, x) => s + x.asked, 0), xs.reduce((s, x) => s + x.submitted, 0)];
        const overall = [pub.progress.overall.asked, pub.progress.overall.submitted];
        expect(sum(pub.progress.groups)).toEqual(overall);
        expect(sum(pub.progress.bands)).toEqual(overall);
        expect(pub.progress.groups.map((g) => g.key)).toEqual(keys);
      }),
      runs,
    );
  });

  it("keys the heatmap by the same groups as progress, and only groups with people", () => {
    fc.assert(
      fc.property(roundArb, (spec) => {
        const { facts } = factsOf(spec);
        const pub = publishRound(facts);
        const progress = new Map(pub.progress.groups.map((g) => [g.key, g]));
        for (const cell of pub.heatmap) {
          expect(progress.has(cell.groupKey), cell.groupKey).toBe(true);
          expect(cell.respondents).toBe(progress.get(cell.groupKey)!.submitted);
          expect(cell.pairs).toBeGreaterThan(0);
        }
      }),
      runs,
    );
  });

  it("lists ranked rows in priority order, then withheld rows in code order with no figures", () => {
    fc.assert(
      fc.property(roundArb, (spec) => {
        const { facts } = factsOf(spec);
        const pub = publishRound(facts);
        const firstWithheld = pub.rows.findIndex((r) => r.withheld);
        const ranked = firstWithheld < 0 ? pub.rows : pub.rows.slice(0, firstWithheld);
        const withheld = firstWithheld < 0 ? [] : pub.rows.slice(firstWithheld);
        expect(withheld.every((r) => r.withheld)).toBe(true);
        expect(ranked.map((r) => r.code)).toEqual([...ranked].sort(byPriority).map((r) => r.code));
        expect(withheld.map((r) => r.code)).toEqual(withheld.map((r) => r.code).sort(compareCodes));
        for (const r of withheld) expect([r.inScope, r.withGap, r.totalGap, r.needRate, r.meanGap]).toEqual([0, 0, 0, null, null]);
        expect([...pub.published].sort(compareCodes)).toEqual(ranked.map((r) => r.code).sort(compareCodes));
        for (const r of ranked) expect(r.inScope).toBeGreaterThanOrEqual(pub.k);
      }),
      runs,
    );
  });
});

describe("publishRound, full (NAMED rounds for the lead and head)", () => {
  it("shows every figure, exactly as the gap analysis gives it", () => {
    fc.assert(
      fc.property(roundArb, (spec) => {
        const { facts } = factsOf(spec);
        const full: RoundFacts = { ...facts, mode: "full" };
        const pub = publishRound(full);
        const analysis = analyseGaps({ competencies: facts.competencies, respondents: facts.respondents });
        expect(pub.rows.some((r) => r.withheld)).toBe(false);
        expect(pub.rows.map(({ withheld, ...r }) => (void withheld, r))).toEqual(analysis.competencies);
        expect(pub.published.size).toBe(facts.competencies.length);
        expect(pub.coverage.map(({ withheld, ...c }) => (void withheld, c))).toEqual(analysis.tierCoverage);
        expect(pub.coverage.some((c) => c.withheld)).toBe(false);
        expect(pub.progress.groups.map((g) => g.key)).toEqual([...new Set(facts.participants.map((p) => p.jobRole))].sort(compareCodes));
      }),
      runs,
    );
  });
});
