// The adversary's model (./adversary): everything published about a round, as linear constraints
// over the unknown counts, in an integer program. Test-only.
//
// Unknowns (integer, >= 0): s_<role> = submitted people of a role; x[stratum][c][r] = people of a
// stratum (one publication group's roles at one tier) who rated statement c (in their scope) r = 0..4.
// A stratum is enough: no published figure splits a group's people of one tier any further. In a
// controlled round the publication groups are the tier bands (keys "tiers-<tiers>").
import type { ConfidentialRow, PublicationGroup, RoundPublication } from "@/lib/disclosure";
import type { GapCompetency, Respondent } from "@/lib/gaps/types";
import type { Tier } from "@/lib/tiers";
import { checkTruth, type Constraint, type Expr, type Lp } from "./adversary-lp";
import { bandConstraints } from "./adversary-shape";

export type Truth = {
  k: number;
  competencies: GapCompetency[];
  /** Every role asked, with its required tier (a published setting of the school). */
  roleTier: Map<string, Tier>;
  respondents: Respondent[];
};

export type Seen = {
  publication: RoundPublication;
  exportRows: ConfidentialRow[];
  /** Leaky layouts only: the whole row list (withheld rows included) is in priority order. */
  rowsInPriorityOrder?: boolean;
  /** Leaky layouts only: the export gives each person's ratings up to their own tier, not their band's. */
  exportScope?: "band" | "own";
  /**
   * Which hidden counts to bound: the withheld figures (the default), the submitted count of every
   * role that shares its group (its band) with other roles, or both.
   */
  counts?: "withheld" | "roles" | "all";
  /** To find which figures narrow a count: leave these families of published figures out of the model. */
  omit?: Family[];
};

/** The published figures by family; the rest (progress of the bands, the band decisions) is known by design. */
export type Family = "rows" | "heatmap" | "coverage" | "export";
const FAMILY: Record<string, Family> = {
  row: "rows",
  order: "rows",
  cell: "heatmap",
  no: "heatmap",
  coverage: "coverage",
  export: "export",
};
const BY_DESIGN = new Set(["progress", "band", "one"]);

const TARGET = 3; // the tests use the default target 3 for every tier
const RATINGS = [0, 1, 2, 3, 4];
export const gapOfRating = (r: number) => Math.max(0, TARGET - r);
type Stratum = { name: string; group: PublicationGroup; tier: Tier; roles: string[] };

export type Model = ReturnType<typeof buildModel>;

/** The integer program of all the round publishes; throws if the true counts break it (the model would be wrong). */
export function buildModel(truth: Truth, seen: Seen) {
  const { publication: pub } = seen;
  const k = pub.k;
  const comps = truth.competencies;
  const roles = [...truth.roleTier.keys()];
  const sv = (role: string) => `s_${role}`;
  const sumS = (rs: string[]): Expr => rs.map((r) => [sv(r), 1] as [string, number]);
  const rolesAtLeast = (t: Tier) => roles.filter((r) => truth.roleTier.get(r)! >= t);

  const strata: Stratum[] = [];
  pub.recoding.groups.forEach((group, gi) => {
    for (const tier of [1, 2, 3] as Tier[]) {
      const rs = group.jobRoles.filter((r) => truth.roleTier.get(r) === tier);
      if (rs.length > 0) strata.push({ name: `g${gi}t${tier}`, group, tier, roles: rs });
    }
  });
  const xv = (st: Stratum, c: GapCompetency, r: number) => `x_${st.name}_${comps.indexOf(c)}_${r}`;
  const ratingExpr = (sts: Stratum[], c: GapCompetency, weight: (r: number) => number): Expr =>
    sts
      .filter((st) => st.tier >= c.tier)
      .flatMap((st) =>
        RATINGS.filter((r) => weight(r) !== 0).map((r) => [xv(st, c, r), weight(r)] as [string, number]),
      );
  const inScopeExpr = (t: Tier) => sumS(rolesAtLeast(t));
  const withGapExpr = (c: GapCompetency) => ratingExpr(strata, c, (r) => (gapOfRating(r) > 0 ? 1 : 0));
  const totalGapExpr = (c: GapCompetency) => ratingExpr(strata, c, gapOfRating);

  const cons: Constraint[] = [];
  const add = (label: string, expr: Expr, op: Constraint["op"], rhs: number) => {
    if (!seen.omit?.includes(FAMILY[label.split(" ")[0]!]!)) cons.push({ label, expr, op, rhs });
  };

  // Every respondent rates every statement in scope.
  for (const st of strata)
    for (const c of comps.filter((c) => c.tier <= st.tier))
      add(
        `rates ${st.name} ${c.code}`,
        [...ratingExpr([st], c, () => 1), ...sumS(st.roles).map(([v]) => [v, -1] as [string, number])],
        "=",
        0,
      );

  // Published rows, and the order of the rows the adversary may read as priority order.
  const byCode = new Map(comps.map((c) => [c.code, c]));
  for (const row of pub.rows.filter((r) => !r.withheld)) {
    const c = byCode.get(row.code)!;
    add(`row ${c.code} inScope`, inScopeExpr(c.tier), "=", row.inScope);
    add(`row ${c.code} withGap`, withGapExpr(c), "=", row.withGap);
    add(`row ${c.code} totalGap`, totalGapExpr(c), "=", row.totalGap);
  }
  const ordered = seen.rowsInPriorityOrder ? pub.rows : pub.rows.filter((r) => !r.withheld);
  for (let i = 0; i + 1 < ordered.length; i++) {
    const [a, b] = [byCode.get(ordered[i]!.code)!, byCode.get(ordered[i + 1]!.code)!];
    add(
      `order ${a.code} ${b.code}`,
      [...totalGapExpr(a), ...totalGapExpr(b).map(([v, w]) => [v, -w] as [string, number])],
      ">=",
      0,
    );
  }

  // Heatmap: a cell wherever a group has people (every one of them rates the group's published
  // statements of the domain), showing only the need rate as a whole percentage P. Whatever rounds
  // to P lies in [P - 0.5, P + 0.5], so 200 withGap >= (2P - 1) pairs and 200 withGap <= (2P + 1) pairs.
  const domains = [...new Set(comps.map((c) => c.domainCode))];
  const bandRoles = (tiers: Tier[]) => roles.filter((r) => tiers.includes(truth.roleTier.get(r)!));
  for (const group of pub.recoding.groups) {
    const groupS = sumS(group.jobRoles);
    const own = strata.filter((st) => st.group === group);
    for (const d of domains) {
      const cs = comps.filter(
        (c) => c.domainCode === d && pub.published.has(c.code) && c.tier <= group.scopeTier,
      );
      if (cs.length === 0) continue;
      const cell = pub.heatmap.find((h) => h.domainCode === d && h.groupKey === group.key);
      if (!cell) {
        add(`no cell ${d} ${group.key}`, groupS, "=", 0);
        continue;
      }
      const P = cell.needRatePercent;
      const pairs = cs.flatMap(() => groupS);
      const withGap = cs.flatMap((c) => ratingExpr(own, c, (r) => (gapOfRating(r) > 0 ? 1 : 0)));
      const scaled = (w: number, p: number): Expr => [
        ...withGap.map(([v, c]) => [v, c * w] as [string, number]),
        ...pairs.map(([v, c]) => [v, -c * p] as [string, number]),
      ];
      add(`cell ${d} ${group.key} has people`, groupS, ">=", 1);
      add(`cell ${d} ${group.key} >= ${P - 0.5}%`, scaled(200, 2 * P - 1), ">=", 0);
      add(`cell ${d} ${group.key} <= ${P + 0.5}%`, scaled(200, 2 * P + 1), "<=", 0);
    }
  }

  // Coverage of the tiers shown: people exactly, covered through valid linear bounds.
  for (const cov of pub.coverage.filter((c) => !c.withheld)) {
    const cs = comps.filter((c) => c.tier === cov.tier && pub.published.has(c.code));
    add(`coverage ${cov.tier} people`, inScopeExpr(cov.tier), "=", cov.people);
    for (const c of cs)
      add(
        `coverage ${cov.tier} covered<=${c.code}`,
        ratingExpr(strata, c, (r) => (gapOfRating(r) === 0 ? 1 : 0)),
        ">=",
        cov.covered,
      );
    add(
      `coverage ${cov.tier} covered>=`,
      cs.flatMap((c) => withGapExpr(c)),
      ">=",
      cov.people - cov.covered,
    );
  }

  // Progress: submitted overall and per band (asked only bounds them, and is implied). A controlled
  // round publishes no group's figures; any it did publish (a leaky layout: keyed by a publication
  // group, or by a job role as in full mode) is modelled here.
  add("progress overall", sumS(roles), "=", pub.progress.overall.submitted);
  for (const g of pub.progress.groups)
    add(
      `group progress ${g.key}`,
      sumS(pub.recoding.groups.find((x) => x.key === g.key)?.jobRoles ?? [g.key]),
      "=",
      g.submitted,
    );
  const bandSubmitted = (tiers: Tier[]) =>
    pub.progress.bands.find((b) => b.key === `tiers-${tiers.join("")}`)?.submitted ?? 0;
  for (const band of pub.recoding.bands)
    add(`progress band ${band.tiers.join("")}`, sumS(bandRoles(band.tiers)), "=", bandSubmitted(band.tiers));

  // The export, as counts per (class, code, rating).
  const exportScope = (st: Stratum) => (seen.exportScope === "own" ? st.tier : st.group.band.minTier);
  const classOf = (st: Stratum) => (st.group.band.tiers.length === 1 ? st.group.band.minTier : null);
  const tally = new Map<string, number>();
  const people = new Map<string, Set<number>>();
  for (const row of seen.exportRows) {
    const key = `${row.requiredTier}|${row.code}|${row.rating}`;
    tally.set(key, (tally.get(key) ?? 0) + 1);
    people.set(`${row.requiredTier}`, (people.get(`${row.requiredTier}`) ?? new Set()).add(row.respondent));
  }
  const codes = [...new Set(seen.exportRows.map((r) => r.code))];
  for (const cls of [...people.keys()]) {
    const sts = strata.filter((st) => `${classOf(st)}` === cls);
    add(
      `export ${cls} people`,
      sts.flatMap((st) => sumS(st.roles)),
      "=",
      people.get(cls)!.size,
    );
    for (const code of codes) {
      const c = byCode.get(code)!;
      const shown = sts.filter((st) => exportScope(st) >= c.tier);
      for (const r of RATINGS)
        add(
          `export ${cls} ${code} ${r}`,
          ratingExpr(shown, c, (x) => (x === r ? 1 : 0)),
          "=",
          tally.get(`${cls}|${code}|${r}`) ?? 0,
        );
      add(
        `export ${cls} ${code} null`,
        sts.filter((st) => exportScope(st) < c.tier).flatMap((st) => sumS(st.roles)),
        "=",
        tally.get(`${cls}|${code}|null`) ?? 0,
      );
    }
  }

  const binaries = bandConstraints(pub, (tiers) => sumS(bandRoles(tiers)), add);
  const lp: Lp = { constraints: cons, binaries };

  // The truth must satisfy the model, or the model is wrong.
  const values = trueValues(truth, strata, xv, sv);
  checkTruth(lp, values);
  const designLp: Lp = { constraints: cons.filter((c) => BY_DESIGN.has(c.label.split(" ")[0]!)), binaries };
  return {
    pub,
    k,
    lp,
    designLp,
    cases: Math.max(1, binaries.length),
    byCode,
    sumS,
    inScopeExpr,
    withGapExpr,
    totalGapExpr,
    bandRoles,
    bandSubmitted,
  };
}

function trueValues(
  truth: Truth,
  strata: Stratum[],
  xv: (st: Stratum, c: GapCompetency, r: number) => string,
  sv: (r: string) => string,
): Map<string, number> {
  const values = new Map<string, number>();
  for (const role of truth.roleTier.keys())
    values.set(sv(role), truth.respondents.filter((p) => p.jobRole === role).length);
  for (const st of strata)
    for (const c of truth.competencies.filter((c) => c.tier <= st.tier))
      for (const r of RATINGS)
        values.set(
          xv(st, c, r),
          truth.respondents.filter((p) => st.roles.includes(p.jobRole) && p.ratings[c.code] === r).length,
        );
  return values;
}
