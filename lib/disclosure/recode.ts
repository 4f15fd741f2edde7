// Global recoding: the groups a round's figures are published for. Pure: no database, no clock.
//
// Small groups are merged before anything is computed, so that every published figure is a sum over
// groups of at least k respondents and nothing can be found by subtracting one from another. The
// groups are bands of required tiers, built from Specialist down: a tier with fewer than k
// respondents joins the tier below it (Specialist with Enhanced, say); lowest tiers left over join
// the band above. Everyone in a band is reported at the band's lowest tier, so the statements of a
// higher tier in a merged band are answered by fewer than k people and are never published.
//
// Job roles are not published separately in a controlled round. Any rule that gives a role its own
// group once k of its people answer also says that every other role has fewer than k, and with a
// group's total that can pin down how many of a small role took part (the adversary test found
// it, through the heatmap's rounded percentages and through band totals alone). Tier bands carry
// no such per-role rule.
import { effectiveK } from "../suppression";
import { TIER_NAMES, type Tier } from "../tiers";

/** Respondents of one job role at one required tier (a role's tier differs between people only if it changed mid-round). */
export type Unit = { jobRole: string; tier: Tier; submitted: number };

export type Band = { tiers: Tier[]; minTier: Tier; label: string };

export type PublicationGroup = {
  key: string;
  label: string;
  /** The job roles it gathers, in code order (public: which roles sit at which tier is the school's own setting). */
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

/**
 * The publication groups for a round: one per band. `units` lists respondents by (job role, tier);
 * include people asked who have not submitted with `submitted: 0` so that everyone has a group.
 */
export function recode(units: Unit[], kConfigured: number): Recoding {
  const k = effectiveK(kConfigured);
  const byTier: Record<Tier, number> = { 1: 0, 2: 0, 3: 0 };
  for (const u of units) byTier[u.tier] += u.submitted;
  const bands: Band[] = tierBands(byTier, k).map((tiers) => ({
    tiers,
    minTier: tiers[0]!,
    label: bandLabel(tiers),
  }));
  const bandOf = (tier: Tier) => bands.find((b) => b.tiers.includes(tier))!;
  const groups: PublicationGroup[] = bands.map((band) => ({
    key: `tiers-${band.tiers.join("")}`,
    label: band.label,
    jobRoles: [...new Set(units.filter((u) => band.tiers.includes(u.tier)).map((u) => u.jobRole))].sort(
      byCode,
    ),
    band,
    scopeTier: band.minTier,
  }));
  return {
    k,
    bands,
    groups,
    reportedTiers: bands.map((b) => b.minTier),
    bandOf,
    groupOf: (_jobRole, tier) => groups[bands.indexOf(bandOf(tier))]!,
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
