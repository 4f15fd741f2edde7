// What the recoding rule (public) says about the hidden counts, read from the published bands: the
// adversary's knowledge "by design", before any figure. Test-only.
//
// A controlled round's groups are its tier bands and nothing else, so the only rule to replay is
// tierBands' top-down accumulation: each decision "these tiers have at least k / fewer than k
// submitted" is a linear constraint on the roles' submitted counts. No rule speaks of a job role.
import type { RoundPublication } from "@/lib/disclosure";
import type { Tier } from "@/lib/tiers";
import type { Constraint, Expr } from "./adversary-lp";

export type Decision = { tiers: Tier[]; atLeastK: boolean };

/** Every sequence of tierBands' top-down decisions that yields the published bands. */
export function bandDecisions(pub: RoundPublication): Decision[][] {
  const published = JSON.stringify(pub.recoding.bands.map((b) => b.tiers));
  const cases: Decision[][] = [];
  for (let mask = 0; mask < 8; mask++) {
    const bands: Tier[][] = [];
    const decisions: Decision[] = [];
    let pending: Tier[] = [];
    ([3, 2, 1] as Tier[]).forEach((tier, i) => {
      pending = [tier, ...pending];
      const atLeastK = Boolean(mask & (1 << i));
      decisions.push({ tiers: pending, atLeastK });
      if (atLeastK) {
        bands.push(pending);
        pending = [];
      }
    });
    if (pending.length > 0) {
      if (bands.length === 0) bands.push(pending);
      else bands[bands.length - 1] = [...pending, ...bands[bands.length - 1]!];
    }
    if (JSON.stringify(bands.reverse()) === published) cases.push(decisions);
  }
  return cases;
}

/**
 * The band decisions as constraints on `submittedAt(tiers)` (the submitted count of the roles at those
 * tiers). Where several decision sequences give the same bands, one binary per sequence picks the one
 * that holds (big-M); returns those binaries.
 */
export function bandConstraints(
  pub: RoundPublication,
  submittedAt: (tiers: Tier[]) => Expr,
  add: (l: string, e: Expr, op: Constraint["op"], rhs: number) => void,
): string[] {
  const k = pub.k;
  const cases = bandDecisions(pub);
  const binaries = cases.length > 1 ? cases.map((_, i) => `z${i}`) : [];
  const bigM = pub.progress.overall.submitted + k + 1;
  cases.forEach((decisions, i) => {
    for (const d of decisions) {
      const expr = submittedAt(d.tiers);
      if (binaries.length === 0)
        add(`band ${d.tiers} ${d.atLeastK}`, expr, d.atLeastK ? ">=" : "<=", d.atLeastK ? k : k - 1);
      else if (d.atLeastK)
        add(`band case ${i} ${d.tiers} >=k`, [...expr, [binaries[i]!, -bigM]], ">=", k - bigM);
      else add(`band case ${i} ${d.tiers} <k`, [...expr, [binaries[i]!, bigM]], "<=", k - 1 + bigM);
    }
  });
  if (binaries.length > 0)
    add(
      "one band case",
      binaries.map((b) => [b, 1] as [string, number]),
      "=",
      1,
    );
  return binaries;
}
