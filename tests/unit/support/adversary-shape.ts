// What the recoding rule (public) says about the hidden counts, read from the published shape of the
// groups and bands: the adversary's knowledge "by design", before any figure. Test-only.
import type { PublicationGroup, RoundPublication } from "@/lib/disclosure";
import type { Tier } from "@/lib/tiers";
import type { Constraint, Expr } from "./adversary-lp";

/** What the recoding rule says about each group's roles, read from the group's published shape. */
export function shapeConstraints(
  pub: RoundPublication,
  sumS: (rs: string[]) => Expr,
  k: number,
  add: (l: string, e: Expr, op: Constraint["op"], rhs: number) => void,
) {
  for (const band of pub.recoding.bands.filter((b) => b.tiers.length === 1)) {
    const groups = pub.recoding.groups.filter((g) => g.band === band);
    const roleGroups = groups.filter((g) => baseRole(g) !== null);
    for (const g of groups) {
      const base = baseRole(g);
      if (base === null) {
        for (const r of g.jobRoles) add(`pool ${g.key} ${r} <k`, sumS([r]), "<=", k - 1);
        if (g.key.startsWith("other-")) add(`pool ${g.key} >=k`, sumS(g.jobRoles), ">=", k);
        continue;
      }
      add(`own ${g.key} >=k`, sumS([base]), ">=", k);
      const rest = g.jobRoles.filter((r) => r !== base);
      if (rest.length === 0) continue;
      for (const r of rest) add(`merged ${g.key} ${r} <k`, sumS([r]), "<=", k - 1);
      add(`merged ${g.key} pool <k`, sumS(rest), "<=", k - 1);
      for (const o of roleGroups.filter((o) => o !== g)) {
        // The base is the smallest role group, ties to the first key.
        add(
          `smallest ${g.key} vs ${o.key}`,
          [...sumS([base]), ...sumS([baseRole(o)!]).map(([v]) => [v, -1] as [string, number])],
          "<=",
          g.key < o.key ? 0 : -1,
        );
      }
    }
  }
}

/** The role a group of a one-tier band is named after (key "<role>@<tier>"), or null for a pool. */
export function baseRole(g: PublicationGroup): string | null {
  const at = g.key.lastIndexOf("@");
  return g.band.tiers.length === 1 && at > 0 ? g.key.slice(0, at) : null;
}

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
