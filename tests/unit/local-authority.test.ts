// The pure cores of summary returns and the local services directory (decision 0037): area figures
// pool people over published school figures only and are withheld under k; a snapshot keeps counts
// and gives the same publication back; entries are flagged 12 months after they were checked.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { publishRollup, type RollupPublication } from "@/lib/disclosure";
import { can } from "@/lib/permissions";
import { areaNeeds, areaTable, latestPerSchool, NO_DISTRICT, type ReturnFact } from "@/lib/returns/area";
import { fromSnapshot, toSnapshot } from "@/lib/returns/snapshot";
import { isStale } from "@/lib/services/rules";

const phase = (p: string) => p.toLowerCase();
const pub = (domains: [string, number, number][], k = 5): RollupPublication => ({
  k,
  respondents: domains.reduce((s, [, n]) => s + n, 0),
  rows: domains.map(([code, inScope, withGap]) => ({
    code: `${code}.01`,
    domainCode: code,
    domainName: `Domain ${code}`,
    statement: `Statement ${code}`,
    tier: 1,
    inScope,
    withGap,
    totalGap: withGap,
    needRate: withGap / inScope,
    meanGap: withGap / inScope,
    withheld: false,
  })),
  coverage: [],
  domains: domains.map(([domainCode, inScope, withGap]) => ({
    domainCode,
    domainName: `Domain ${domainCode}`,
    inScope,
    withGap,
  })),
});
let n = 0;
const fact = (over: Partial<ReturnFact> & { figures: RollupPublication }): ReturnFact => ({
  id: `r${n++}`,
  schoolId: `s${n}`,
  schoolName: `School ${n}`,
  urn: "100000",
  phase: "PRIMARY",
  district: "North",
  roundTitle: "Autumn",
  closedOn: new Date("2026-11-01"),
  asked: 20,
  submitted: 10,
  submittedAt: new Date("2026-11-02"),
  ...over,
});

describe("area figures", () => {
  it("pool people, not schools' rates, and leave out what a school withheld", () => {
    const a = fact({
      figures: pub([
        ["D1", 10, 5],
        ["D2", 6, 6],
      ]),
    });
    // School b withheld its D2 statements: D2 is not in its domains at all.
    const b = fact({ figures: pub([["D1", 30, 3]]), district: null });
    const t = areaTable([a, b], "district", phase);
    expect(t.area.cells.D1).toMatchObject({
      inScope: 40,
      withGap: 8,
      schools: 2,
      rate: 0.2,
      withheld: false,
    });
    expect(t.area.cells.D2).toMatchObject({ inScope: 6, withGap: 6, schools: 1 });
    // The unrecorded district comes last and says so.
    expect(t.groups.map((g) => g.label)).toEqual(["North", NO_DISTRICT]);
  });

  it("withhold a pooled figure resting on fewer than k people, with every number blank", () => {
    const small = fact({ figures: pub([["D1", 3, 1]]) });
    const t = areaTable([small], "phase", phase);
    expect(t.area.cells.D1).toEqual({ inScope: 0, withGap: 0, schools: 0, rate: null, withheld: true });
    // k is the strictest school's.
    const strict = fact({ figures: pub([["D1", 7, 1]], 8) });
    expect(areaTable([strict], "phase", phase).area.cells.D1!.withheld).toBe(true);
    expect(areaNeeds([small])).toEqual([]);
    expect(areaNeeds([strict])).toEqual([]);
  });

  it("count each school once, from its newest return", () => {
    const old = fact({ schoolId: "x", closedOn: new Date("2025-11-01"), figures: pub([["D1", 10, 9]]) });
    const recent = fact({ schoolId: "x", closedOn: new Date("2026-11-01"), figures: pub([["D1", 10, 1]]) });
    expect(latestPerSchool([old, recent]).map((r) => r.id)).toEqual([recent.id]);
    expect(areaTable([old, recent], "phase", phase).area.cells.D1).toMatchObject({ inScope: 10, withGap: 1 });
  });

  it("are, for every group and domain, the sum of the published parts (nothing to subtract)", () => {
    const part = fc.tuple(fc.integer({ min: 5, max: 40 }), fc.integer({ min: 0, max: 40 }));
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            d1: fc.option(part),
            d2: fc.option(part),
            phase: fc.constantFrom("PRIMARY", "SECONDARY"),
          }),
          { minLength: 1, maxLength: 6 },
        ),
        (schools) => {
          const facts = schools.map((s) =>
            fact({
              phase: s.phase as ReturnFact["phase"],
              figures: pub(
                (
                  [
                    ["D1", s.d1],
                    ["D2", s.d2],
                  ] as const
                )
                  .filter(([, p]) => p !== null)
                  .map(([code, p]) => [code, p![0], Math.min(p![0], p![1])] as [string, number, number]),
              ),
            }),
          );
          const t = areaTable(facts, "phase", phase);
          for (const g of [...t.groups, t.area])
            for (const [code, cell] of Object.entries(g.cells)) {
              const members = facts.filter((f) => g === t.area || f.phase === g.key);
              const parts = members.flatMap((f) => f.figures.domains.filter((d) => d.domainCode === code));
              expect(cell.inScope).toBe(parts.reduce((s, d) => s + d.inScope, 0));
              expect(cell.withGap).toBe(parts.reduce((s, d) => s + d.withGap, 0));
              expect(cell.withheld).toBe(false);
            }
        },
      ),
    );
  });
});

describe("a return's snapshot", () => {
  it("stores counts only and gives the publication back exactly", () => {
    const published = publishRollup({
      k: 5,
      competencies: [
        {
          code: "C1.01",
          domainCode: "D1",
          domainName: "One",
          statement: "S1",
          tier: 1,
          inScope: 9,
          withGap: 4,
          sumGap: 7,
        },
        {
          code: "C2.01",
          domainCode: "D2",
          domainName: "Two",
          statement: "S2",
          tier: 2,
          inScope: 2,
          withGap: 1,
          sumGap: 1,
        },
      ],
      tiers: [
        { tier: 1, submitted: 7, coveragePeople: 9, coverageCovered: 3 },
        { tier: 2, submitted: 2, coveragePeople: 2, coverageCovered: 1 },
      ],
    });
    const stored = JSON.parse(JSON.stringify(toSnapshot(published)));
    expect(JSON.stringify(stored)).not.toMatch(/needRate|meanGap|share/);
    expect(fromSnapshot(stored)).toEqual(published);
  });
});

describe("the directory", () => {
  it("flags an entry last checked 12 months ago or more", () => {
    const today = new Date("2026-12-04T00:00:00Z");
    expect(isStale(new Date("2025-12-05T00:00:00Z"), today)).toBe(false);
    expect(isStale(new Date("2025-12-04T00:00:00Z"), today)).toBe(true);
    expect(isStale(new Date("2024-01-01T00:00:00Z"), today)).toBe(true);
  });

  it("lets leads and heads send returns and read the directory; only the keeper changes it", () => {
    for (const role of ["LEAD", "HEAD"] as const) {
      expect(can(role, "returns:submit")).toBe(true);
      expect(can(role, "services:view")).toBe(true);
      expect(can(role, "services:manage")).toBe(false);
      expect(can(role, "returns:view")).toBe(false);
    }
    expect(can("STAFF", "returns:submit")).toBe(false);
    expect(can("TRUST_LEADER", "returns:view")).toBe(true);
    expect(can("TRUST_LEADER", "returns:submit")).toBe(false);
  });
});
