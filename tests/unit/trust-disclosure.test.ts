// The adversary extended to what the trust views publish (issue 11): for random trusts of schools and
// rounds, each school round's rollup (counts of people, as the triggers keep them) goes through
// publishRollup, then the overview, heatmap, trend and both CSVs are built from it. The test shows
// (1) every figure the trust publishes about a school round equals one the school's own controlled
// publication (publishRound) publishes, and nothing the core withholds appears anywhere: not in the
// pages' data, the chart data or the CSV text; (2) every trust figure is a sum of published school
// figures; and (3) HiGHS, given what the trust publishes about each school round, narrows no
// withheld count to fewer than 3 values.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { publishRollup, publishRound } from "@/lib/disclosure";
import { heatmapCsv, overviewCsv } from "@/lib/trust/csv";
import { buildHeatmap, buildOverview, DEFAULT_TARGETS } from "@/lib/trust/overview";
import { attack } from "./support/adversary";
import { factsOf, roundArb, seenOf } from "./support/adversary-rounds";
import { rollupOf, trustArb, trustOf } from "./support/adversary-trust";

const RUNS = Number(process.env.ADVERSARY_RUNS ?? 200);
const ATTACKS = Number(process.env.TRUST_ATTACKS ?? 20);

describe("what the trust publishes about one school round", () => {
  it(`is exactly what the school's controlled publication publishes, in ${RUNS} random rounds`, () => {
    fc.assert(
      fc.property(roundArb, (spec) => {
        const { facts } = factsOf(spec);
        const core = publishRound(facts);
        const trust = publishRollup(rollupOf(facts));
        const shown = (
          rows: { code: string; withheld: boolean; inScope: number; withGap: number; totalGap: number }[],
        ) => rows.filter((r) => !r.withheld).map((r) => [r.code, r.inScope, r.withGap, r.totalGap]);
        // Same ranked rows in the same order, with the same figures.
        expect(shown(trust.rows)).toEqual(shown(core.rows));
        // Withheld rows carry nothing, and come after the ranked ones in code order.
        const withheld = trust.rows.filter((r) => r.withheld);
        for (const r of withheld)
          expect([r.inScope, r.withGap, r.totalGap, r.needRate, r.meanGap]).toEqual([0, 0, 0, null, null]);
        expect(withheld.map((r) => r.code)).toEqual([...withheld.map((r) => r.code)].sort());
        expect(
          trust.rows.findIndex((r) => r.withheld) === -1 ||
            trust.rows.slice(trust.rows.findIndex((r) => r.withheld)).every((r) => r.withheld),
        ).toBe(true);
        // Coverage: the same tiers shown, with the same figures.
        expect(trust.coverage.map((c) => [c.tier, c.withheld, c.people, c.covered])).toEqual(
          core.coverage.map((c) => [c.tier, c.withheld, c.people, c.covered]),
        );
        // Domain needs are sums of published rows.
        for (const d of trust.domains) {
          const rows = core.rows.filter((r) => !r.withheld && r.domainCode === d.domainCode);
          expect([d.inScope, d.withGap]).toEqual([
            rows.reduce((n, r) => n + r.inScope, 0),
            rows.reduce((n, r) => n + r.withGap, 0),
          ]);
        }
      }),
      { numRuns: RUNS, seed: 20261204 },
    );
  });
});

describe("what the trust publishes across schools and rounds", () => {
  it("holds only published school figures and sums of them, in pages, chart data and CSVs", () => {
    fc.assert(
      fc.property(trustArb, (spec) => {
        const { facts, schools } = trustOf(spec);
        const overview = buildOverview(schools, DEFAULT_TARGETS, "2026-12-04");
        const heatmap = buildHeatmap(schools, (d) => ({
          year: d.getUTCFullYear(),
          month: d.getUTCMonth() + 1,
        }));
        const cores = facts.map((rounds) => rounds.map(({ facts: f }) => publishRound(f)));
        const latest = cores.map((rounds) => rounds[0]!);
        overview.rows.forEach((row, s) => {
          const core = latest[s]!;
          const c1 = core.coverage.find((c) => c.tier === 1)!;
          const c2 = core.coverage.find((c) => c.tier === 2)!;
          expect(row.core.withheld).toBe(c1.withheld);
          if (!c1.withheld) expect(row.core.share).toBe(c1.share);
          expect(row.enhanced.withheld).toBe(c2.withheld);
          if (!c2.withheld && spec.staff[s]! > 0)
            expect(row.enhanced.share).toBe(c2.covered / spec.staff[s]!);
          // The top needs are the first published rows with a gap, in priority order.
          expect(row.topNeeds).toEqual(
            core.rows
              .filter((r) => !r.withheld && r.totalGap > 0)
              .slice(0, 3)
              .map((r) => `Statement ${r.code}`),
          );
        });
        // Heatmap cells: pooled published rows of the school's latest round, or withheld with no figure.
        heatmap.schools.forEach((row, s) => {
          for (const cell of row.cells) {
            const rows = latest[s]!.rows.filter((r) => !r.withheld && r.domainCode === cell.domainCode);
            if (rows.length === 0) expect([cell.withheld, cell.rate]).toEqual([true, null]);
            else
              expect(cell.rate).toBe(
                rows.reduce((n, r) => n + r.withGap, 0) / rows.reduce((n, r) => n + r.inScope, 0),
              );
          }
        });
        // Trust figures: sums over the schools' published figures only.
        const pooled = (domain: string, pubs: typeof latest) => {
          const rows = pubs.flatMap((p) => p.rows.filter((r) => !r.withheld && r.domainCode === domain));
          const inScope = rows.reduce((n, r) => n + r.inScope, 0);
          return inScope === 0 ? null : rows.reduce((n, r) => n + r.withGap, 0) / inScope;
        };
        for (const t of heatmap.trust) expect(t.rate).toBe(pooled(t.domainCode, latest));
        const core1 = latest.map((p) => p.coverage.find((c) => c.tier === 1)!).filter((c) => !c.withheld);
        expect(overview.trust.core.people).toBe(core1.reduce((n, c) => n + c.people, 0));
        expect(overview.trust.core.covered).toBe(core1.reduce((n, c) => n + c.covered, 0));
        // The trend (and so the chart data): each term pools the published rows of the rounds closing in it.
        for (const term of heatmap.trend) {
          const year = Number(term.term.split(" ")[1]);
          const pubs = cores.flatMap((rounds) => rounds.filter((_, i) => 2026 - i === year));
          for (const c of term.cells) expect(c.rate).toBe(pooled(c.domainCode, pubs));
        }
        // The CSVs carry no figure the pages do not: every number in them is one of the published ones.
        const published = new Set<string>();
        const add = (v: number | null) => v !== null && published.add(String(v));
        for (const r of overview.rows) {
          [r.staffCount, r.responseRate, r.core.share, r.enhanced.share].forEach(add);
          [r.latestRound?.asked ?? null, r.latestRound?.submitted ?? null].forEach(add);
        }
        const t = overview.trust;
        [t.staffCount, t.asked, t.submitted, t.responseRate, t.core.share, t.enhanced.share].forEach(add);
        // Plans and actions carry no one's answers; with none yet, their totals are 0.
        [t.plans.costPence, t.plans.budgetPence, ...Object.values(t.rag), t.trainedCore.share].forEach(add);
        for (const s of heatmap.schools) for (const c of s.cells) add(c.rate);
        for (const c of heatmap.trust) add(c.rate);
        const numbers = (csv: string) =>
          csv
            .split("\r\n")
            .slice(1)
            .flatMap((line) => line.split(",").filter((cell) => /^-?\d+(\.\d+)?(e-?\d+)?$/.test(cell)));
        for (const n of numbers(overviewCsv(overview.rows, overview.trust))) {
          if (/^1\d{5}$/.test(n)) continue; // URNs
          expect(published.has(n), `overview CSV figure ${n}`).toBe(true);
        }
        for (const n of numbers(heatmapCsv(heatmap)))
          expect(published.has(n), `heatmap CSV figure ${n}`).toBe(true);
      }),
      { numRuns: Math.max(20, Math.floor(RUNS / 4)), seed: 20261205 },
    );
  });

  it(`gives HiGHS nothing to narrow a withheld count with, in ${ATTACKS} random trusts`, async () => {
    await fc.assert(
      fc.asyncProperty(trustArb, async (spec) => {
        const { facts, schools } = trustOf(spec);
        for (const [s, rounds] of facts.entries())
          for (const [i, { facts: f, truth }] of rounds.entries()) {
            const seen = seenOf(f);
            const trust = publishRollup(schools[s]!.rounds[i]!.rollup!);
            const byCode = new Map(seen.publication.rows.map((r) => [r.code, r]));
            // What the trust publishes of this school round, in the publication's shape: its rows
            // (figures from the rollup) and coverage; no export, and no per-band heatmap.
            const rows = trust.rows.map((r) => ({
              ...byCode.get(r.code)!,
              inScope: r.inScope,
              withGap: r.withGap,
              totalGap: r.totalGap,
              needRate: r.needRate,
              meanGap: r.meanGap,
              withheld: r.withheld,
            }));
            // Statements no one had in scope have no rollup row: withheld, like the core's blank rows.
            const missing = seen.publication.rows.filter((r) => !trust.rows.some((x) => x.code === r.code));
            const ranked = rows.filter((r) => !r.withheld);
            const blank = [...rows.filter((r) => r.withheld), ...missing].sort((a, b) =>
              a.code < b.code ? -1 : 1,
            );
            const result = await attack(truth, {
              publication: {
                ...seen.publication,
                rows: [...ranked, ...blank],
                coverage: trust.coverage.map((c) => ({ ...c })),
              },
              exportRows: [],
              omit: ["heatmap", "export"],
            });
            for (const c of result.counts) expect(c.min <= c.truth && c.truth <= c.max).toBe(true);
            expect(result.counts.filter((c) => c.leak).map((c) => c.name)).toEqual([]);
          }
      }),
      { numRuns: ATTACKS, seed: 20261206, endOnFailure: true },
    );
  }, 600_000);
});
