// Properties of lib/disclosure's publication that every page relies on (issue 7).
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  publishRound,
  tierBands,
  type Participant,
  type RoundFacts,
  type RoundPublication,
} from "@/lib/disclosure";
import { analyseGaps, byPriority } from "@/lib/gaps/analysis";
import { roundTo } from "@/lib/gaps/format";
import { compareCodes, gapOf } from "@/lib/gaps/gap";
import type { Tier } from "@/lib/tiers";
import { factsOf, roundArb } from "./support/adversary-rounds";

const runs = { numRuns: 300, seed: 7 };
const submitted = (ps: Participant[]) => ps.filter((p) => p.state === "SUBMITTED").length;

const submittedIn = (pub: RoundPublication, ps: Participant[], key: string) =>
  submitted(ps.filter((p) => pub.recoding.groupOf(p.jobRole, p.tier).key === key));

describe("publishRound, controlled", () => {
  it("publishes one group per tier band and nothing by job role", () => {
    fc.assert(
      fc.property(roundArb, (spec) => {
        const { facts } = factsOf(spec);
        const pub = publishRound(facts);
        const byTier: Record<Tier, number> = { 1: 0, 2: 0, 3: 0 };
        for (const p of facts.participants) if (p.state === "SUBMITTED") byTier[p.tier] += 1;
        expect(pub.recoding.bands.map((b) => b.tiers)).toEqual(tierBands(byTier, pub.k));
        expect(pub.recoding.groups).toHaveLength(pub.recoding.bands.length);
        pub.recoding.groups.forEach((g, i) => {
          const band = pub.recoding.bands[i]!;
          const roles = new Set(
            facts.participants.filter((p) => band.tiers.includes(p.tier)).map((p) => p.jobRole),
          );
          expect(g).toEqual({
            key: `tiers-${band.tiers.join("")}`,
            label: band.label,
            jobRoles: [...roles].sort(compareCodes),
            band,
            scopeTier: band.minTier,
          });
        });
        expect(pub.recoding.reportedTiers).toEqual(pub.recoding.bands.map((b) => b.minTier));
      }),
      runs,
    );
  });

  it("gives every group at least k submitted when the round has at least k", () => {
    fc.assert(
      fc.property(roundArb, (spec) => {
        const { facts } = factsOf(spec);
        const pub = publishRound(facts);
        if (submitted(facts.participants) < pub.k) return;
        for (const g of pub.recoding.groups)
          expect(submittedIn(pub, facts.participants, g.key), g.key).toBeGreaterThanOrEqual(pub.k);
      }),
      runs,
    );
  });

  it("puts every participant in exactly one group, publishes no group's progress, and bands add up", () => {
    fc.assert(
      fc.property(roundArb, (spec) => {
        const { facts } = factsOf(spec);
        const pub = publishRound(facts);
        const keys = pub.recoding.groups.map((g) => g.key);
        expect(new Set(keys).size).toBe(keys.length);
        for (const p of facts.participants) {
          const holding = pub.recoding.groups.filter(
            (g) => g.band.tiers.includes(p.tier) && g.jobRoles.includes(p.jobRole),
          );
          expect(holding.map((g) => g.key)).toEqual([pub.recoding.groupOf(p.jobRole, p.tier).key]);
        }
        const sum = (xs: { asked: number; submitted: number }[]) => [
          xs.reduce((s, x) => s + x.asked, 0),
          xs.reduce((s, x) => s + x.submitted, 0),
        ];
        expect(pub.progress.groups).toEqual([]);
        expect(sum(pub.progress.bands)).toEqual([pub.progress.overall.asked, pub.progress.overall.submitted]);
        expect(pub.progress.overall.submitted).toBe(submitted(facts.participants));
      }),
      runs,
    );
  });

  it("keys the heatmap by publication groups (bands) with people, showing each cell's need rate as a whole percentage", () => {
    fc.assert(
      fc.property(roundArb, (spec) => {
        const { facts } = factsOf(spec);
        const pub = publishRound(facts);
        const keys = new Set(pub.recoding.groups.map((g) => g.key));
        const bandKeys = new Set(pub.progress.bands.map((b) => b.key));
        const cells = pub.heatmap.map((c) => `${c.domainCode}/${c.groupKey}`);
        expect(new Set(cells).size).toBe(cells.length);
        for (const cell of pub.heatmap) {
          expect(keys.has(cell.groupKey), cell.groupKey).toBe(true);
          expect(bandKeys.has(cell.groupKey), `${cell.groupKey} is a progress band`).toBe(true);
          expect(Object.keys(cell).sort()).toEqual(["domainCode", "groupKey", "needRatePercent"]);
          // Recomputed from the ratings: the group's people, its published statements of the domain in its scope.
          const group = pub.recoding.groups.find((g) => g.key === cell.groupKey)!;
          const people = facts.respondents.filter(
            (r) => pub.recoding.groupOf(r.jobRole, r.requiredTier).key === group.key,
          );
          const statements = facts.competencies.filter(
            (c) => c.domainCode === cell.domainCode && pub.published.has(c.code) && c.tier <= group.scopeTier,
          );
          const gaps = people.flatMap((r) => statements.map((c) => gapOf(r, c)));
          expect(gaps.length).toBeGreaterThan(0);
          expect(cell.needRatePercent).toBe(roundTo((100 * gaps.filter((g) => g! > 0).length) / gaps.length));
        }
        // Every group with people has a cell for every domain with a published statement in its scope.
        for (const g of pub.recoding.groups) {
          if (submittedIn(pub, facts.participants, g.key) === 0) continue;
          const domains = new Set(
            facts.competencies
              .filter((c) => pub.published.has(c.code) && c.tier <= g.scopeTier)
              .map((c) => c.domainCode),
          );
          expect(
            pub.heatmap
              .filter((c) => c.groupKey === g.key)
              .map((c) => c.domainCode)
              .sort(),
          ).toEqual([...domains].sort());
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
        for (const r of withheld)
          expect([r.inScope, r.withGap, r.totalGap, r.needRate, r.meanGap]).toEqual([0, 0, 0, null, null]);
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
        const roles = [...new Set(facts.participants.map((p) => p.jobRole))].sort(compareCodes);
        expect(pub.progress.groups.map((g) => g.key)).toEqual(roles);
        for (const g of pub.progress.groups) {
          const of = facts.participants.filter((p) => p.jobRole === g.key);
          expect([g.asked, g.submitted]).toEqual([of.length, submitted(of)]);
        }
      }),
      runs,
    );
  });
});
