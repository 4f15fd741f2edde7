// Global recoding: the groups a round's figures are published for. Pure: no database, no clock.
//
// Small groups are merged before anything is computed, so that every published group rests on at
// least k respondents and no published figure needs withholding inside it:
// 1. Bands of required tiers, built from Specialist down: a tier with fewer than k respondents joins
//    the tier below it (Specialist with Enhanced, say); lowest tiers left over join the band above.
//    Everyone in a band is reported at the band's lowest tier, so the statements of a higher tier in
//    a merged band are answered by fewer than k people and are never published.
// 2. Inside a one-tier band, each job role with at least k respondents is its own group and the rest
//    form "Other <tier> staff"; if that pool has fewer than k, it joins the smallest role group
//    ("Teachers and other Core staff"). A band of several tiers is one group: splitting it by role
//    would let its small tier's size be worked out from the role groups beside it.
// Only submitted respondents are counted; every role asked is given a group (a role with no
// respondents falls in its tier's pool), and progress and the report pass the same people, so they
// share one set of groups.
import { effectiveK } from "../suppression";
import { TIER_NAMES, type Tier } from "../tiers";

/** Respondents of one job role at one required tier (a role's tier can differ between people only if it changed mid-round). */
export type Unit = { jobRole: string; tier: Tier; submitted: number };

export type Band = { tiers: Tier[]; minTier: Tier; label: string };

export type PublicationGroup = {
  key: string;
  label: string;
  /** The job roles it gathers, in code order: a published fact, so no hidden value decides it beyond the rule above. */
  jobRoles: string[];
  band: Band;
  /** Statements up to this tier are counted for everyone in the group. */
  scopeTier: Tier;
};

export type Recoding = {
  k: number;
  bands: Band[];
  groups: PublicationGroup[];
  /** Tiers whose statements are published: the lowest tier of each band. */
  reportedTiers: Tier[];
  groupOf(jobRole: string, tier: Tier): PublicationGroup;
  bandOf(tier: Tier): Band;
};

const unitKey = (jobRole: string, tier: Tier) => `${jobRole}:${tier}`;
const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function bandLabel(tiers: Tier[]): string {
  if (tiers.length === 3) return "All staff";
  return `${tiers.map((t) => TIER_NAMES[t]).join(" and ")} staff`;
}

/** Contiguous bands of tiers, each with at least k respondents (all of them in one band if the round has fewer). */
export function tierBands(submittedByTier: Record<Tier, number>, k: number): Tier[][] {
  const bands: Tier[][] = [];
  let pending: Tier[] = [];
  for (const tier of [3, 2, 1] as Tier[]) {
    pending = [tier, ...pending];
    if (pending.reduce((sum, t) => sum + submittedByTier[t], 0) >= k) {
      bands.push(pending);
      pending = [];
    }
  }
  if (pending.length > 0) {
    if (bands.length === 0) bands.push(pending);
    else bands[bands.length - 1] = [...pending, ...bands[bands.length - 1]!];
  }
  return bands.reverse(); // lowest tiers first
}

type Draft = { key: string; label: string; roles: string[]; submitted: number };

function groupsOfOneTierBand(units: Unit[], tier: Tier, k: number, roleLabel: (r: string) => string): Draft[] {
  const byRole = new Map<string, number>();
  for (const u of units) byRole.set(u.jobRole, (byRole.get(u.jobRole) ?? 0) + u.submitted);
  const roles = [...byRole.keys()].sort(byCode);
  const own: Draft[] = roles
    .filter((r) => byRole.get(r)! >= k)
    // Keyed with the tier: a role whose tier changed mid-round can head a group in two bands.
    .map((r) => ({ key: `${r}@${tier}`, label: roleLabel(r), roles: [r], submitted: byRole.get(r)! }));
  const rest = roles.filter((r) => byRole.get(r)! < k);
  const tierName = TIER_NAMES[tier];
  if (own.length === 0) return [{ key: `tier-${tier}`, label: `${tierName} staff`, roles: rest, submitted: sum(rest, byRole) }];
  if (rest.length === 0) return own;
  const pooled = sum(rest, byRole);
  if (pooled >= k) return [...own, { key: `other-${tier}`, label: `Other ${tierName} staff`, roles: rest, submitted: pooled }];
  const smallest = [...own].sort((a, b) => a.submitted - b.submitted || byCode(a.key, b.key))[0]!;
  smallest.label = `${smallest.label} and other ${tierName} staff`;
  smallest.roles = [...smallest.roles, ...rest].sort(byCode);
  smallest.submitted += pooled;
  return own;
}

const sum = (roles: string[], counts: Map<string, number>) => roles.reduce((s, r) => s + counts.get(r)!, 0);

/**
 * The publication groups for a round. `units` lists respondents by (job role, tier); include people
 * asked who have not submitted with `submitted: 0` so that every role asked has a group.
 */
export function recode(units: Unit[], kConfigured: number, roleLabel: (jobRole: string) => string): Recoding {
  const k = effectiveK(kConfigured);
  const byTier: Record<Tier, number> = { 1: 0, 2: 0, 3: 0 };
  for (const u of units) byTier[u.tier] += u.submitted;
  const bands: Band[] = tierBands(byTier, k).map((tiers) => ({ tiers, minTier: tiers[0]!, label: bandLabel(tiers) }));
  const bandOf = (tier: Tier) => bands.find((b) => b.tiers.includes(tier))!;

  const groups: PublicationGroup[] = [];
  const unitGroup = new Map<string, PublicationGroup>();
  for (const band of bands) {
    const inBand = units.filter((u) => band.tiers.includes(u.tier));
    const drafts: Draft[] =
      band.tiers.length > 1
        ? [{ key: `band-${band.tiers.join("")}`, label: band.label, roles: [...new Set(inBand.map((u) => u.jobRole))].sort(byCode), submitted: 0 }]
        : groupsOfOneTierBand(inBand, band.minTier, k, roleLabel);
    for (const d of drafts) {
      const group: PublicationGroup = { key: d.key, label: d.label, jobRoles: d.roles, band, scopeTier: band.minTier };
      groups.push(group);
      for (const u of inBand) if (d.roles.includes(u.jobRole)) unitGroup.set(unitKey(u.jobRole, u.tier), group);
    }
  }
  // Two groups with one name (a role whose tier changed mid-round): say which tier each is.
  const shared = new Set(groups.map((g) => g.label).filter((label, i, all) => all.indexOf(label) !== i));
  for (const g of groups) if (shared.has(g.label)) g.label = `${g.label} (${TIER_NAMES[g.scopeTier]})`;
  return {
    k,
    bands,
    groups,
    reportedTiers: bands.map((b) => b.minTier),
    bandOf,
    groupOf(jobRole, tier) {
      const group = unitGroup.get(unitKey(jobRole, tier));
      if (!group) throw new Error(`No publication group for ${jobRole} at tier ${tier}: pass every unit to recode().`);
      return group;
    },
  };
}

/** One unit per (job role, tier), counting the people given as submitted or not. */
export function unitsOf(people: { jobRole: string; tier: Tier; submitted: boolean }[]): Unit[] {
  const units = new Map<string, Unit>();
  for (const p of people) {
    const key = unitKey(p.jobRole, p.tier);
    const unit = units.get(key) ?? { jobRole: p.jobRole, tier: p.tier, submitted: 0 };
    units.set(key, unit);
    if (p.submitted) unit.submitted += 1;
  }
  return [...units.values()];
}
