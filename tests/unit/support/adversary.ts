// The adversary of the disclosure-control core: from everything published about a round (modelled in
// ./adversary-model as an integer program), HiGHS finds the least and the greatest value of every
// withheld count consistent with all of it. Test-only.
import type { Tier } from "@/lib/tiers";
import { solveRange, twinOf, type Expr, type Lp } from "./adversary-lp";
import { buildModel, gapOfRating, type Seen, type Truth } from "./adversary-model";

export type { Family, Seen, Truth } from "./adversary-model";

/**
 * `apriori` is what the count may be as far as the round shows by design; for a role's count it is the
 * range the band totals and the band decisions alone allow (a design-only solve, narrower than the
 * `plain` [0, band total] when a decision says some of the band's tiers have fewer than k).
 */
export type CountRange = {
  name: string;
  truth: number;
  min: number;
  max: number;
  apriori: [number, number];
  leak: boolean;
  plain?: [number, number];
};
export type Attack = { counts: CountRange[]; solves: number; cases: number };

export async function attack(truth: Truth, seen: Seen): Promise<Attack> {
  const {
    pub,
    lp,
    designLp,
    cases,
    byCode,
    sumS,
    inScopeExpr,
    withGapExpr,
    totalGapExpr,
    bandRoles,
    bandSubmitted,
  } = buildModel(truth, seen);

  // A priori, the people in scope of tier t number at most the submitted total of the bands holding
  // such roles (progress shows it by design); when those bands hold no one else, the count is that total.
  const holding = (t: Tier) =>
    pub.recoding.bands.filter((b) => bandRoles(b.tiers).some((r) => truth.roleTier.get(r)! >= t));
  const aPriori = (t: Tier, value: number): [number, number] =>
    holding(t).every((b) => bandRoles(b.tiers).every((r) => truth.roleTier.get(r)! >= t))
      ? [value, value]
      : [0, holding(t).reduce((s, b) => s + bandSubmitted(b.tiers), 0)];
  const targets: {
    name: string;
    expr: Expr;
    truth: number;
    apriori: [number, number];
    byDesign?: boolean;
  }[] = [];
  const which = seen.counts ?? "withheld";
  const withheldRows = which === "roles" ? [] : pub.rows.filter((r) => r.withheld);
  for (const row of withheldRows) {
    const c = byCode.get(row.code)!;
    const n = truth.respondents.filter((p) => p.requiredTier >= c.tier);
    const inScope = n.length;
    const gaps = n.map((p) => gapOfRating(p.ratings[c.code]!));
    targets.push({
      name: `${c.code} inScope`,
      expr: inScopeExpr(c.tier),
      truth: inScope,
      apriori: aPriori(c.tier, inScope),
    });
    targets.push({
      name: `${c.code} withGap`,
      expr: withGapExpr(c),
      truth: gaps.filter((g) => g > 0).length,
      apriori: [0, inScope],
    });
    targets.push({
      name: `${c.code} totalGap`,
      expr: totalGapExpr(c),
      truth: gaps.reduce((a, b) => a + b, 0),
      apriori: [0, 3 * inScope],
    });
  }
  for (const cov of which === "roles" ? [] : pub.coverage.filter((c) => c.withheld)) {
    const people = truth.respondents.filter((p) => p.requiredTier >= cov.tier).length;
    targets.push({
      name: `coverage ${cov.tier} people`,
      expr: inScopeExpr(cov.tier),
      truth: people,
      apriori: aPriori(cov.tier, people),
    });
  }

  // Optionally, how many of each job role took part (the "Admin = 3"): every role is pooled
  // in its band. A priori is what the band totals and band decisions allow (a design-only solve). A
  // role alone in its band is the band's published total by design, so it is not a withheld count.
  if (which !== "withheld")
    for (const g of pub.recoding.groups.filter((g) => g.jobRoles.length > 1))
      for (const r of g.jobRoles)
        targets.push({
          name: `${r} submitted in ${g.key}`,
          expr: sumS([r]),
          truth: truth.respondents.filter((p) => p.jobRole === r).length,
          apriori: [0, bandSubmitted(g.band.tiers)],
          byDesign: true,
        });

  let solves = 0;
  const ranges: CountRange[] = [];
  const known = new Map<string, { min: number; max: number }>(); // several rows share one inScope
  const rangeOf = async (program: Lp, asked: Expr) => {
    const single = asked.length === 1 && asked[0]![1] === 1;
    const expr: Expr = single ? [[twinOf(program, asked[0]![0]), 1]] : asked;
    const key = `${program === lp}${JSON.stringify([...expr].sort())}`;
    let range = known.get(key);
    if (!range) {
      const solved = await solveRange(program, expr);
      solves += solved.solves;
      range = { min: solved.min, max: solved.max };
      known.set(key, range);
    }
    return range;
  };
  for (const t of targets) {
    const range = await rangeOf(lp, t.expr);
    const design = t.byDesign ? await rangeOf(designLp, t.expr) : null;
    const apriori: [number, number] = design ? [design.min, design.max] : t.apriori;
    const narrow = range.max - range.min < 2 && apriori[1] - apriori[0] >= 2;
    const falseZero = range.min === 0 && range.max === 0 && t.truth > 0;
    ranges.push({
      name: t.name,
      truth: t.truth,
      min: range.min,
      max: range.max,
      apriori,
      leak: narrow || falseZero,
      ...(design ? { plain: t.apriori } : {}),
    });
  }
  return { counts: ranges, solves, cases };
}
