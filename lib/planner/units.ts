// Who the planner plans for: people one by one (NAMED rounds), or buckets of people with the same
// job role and exactly the same gaps (CONFIDENTIAL rounds). Pure: no database, no clock.
import { compareCodes } from "../gaps/gap";
import type { PlanUnit, Tier } from "./types";

export type PersonNeeds = { id: string; jobRole: string; requiredTier: Tier; gaps: Record<string, number> };

/** NAMED rounds: each person is a unit of one, with their own id. */
export function unitsFromPeople(people: PersonNeeds[]): PlanUnit[] {
  return people.map((p) => ({
    id: p.id,
    jobRole: p.jobRole,
    requiredTier: p.requiredTier,
    count: 1,
    gaps: positive(p.gaps),
  }));
}

/**
 * CONFIDENTIAL rounds: people with the same job role, required tier and gap profile become one unit.
 * Unit ids ("TEACHER#3") say nothing about who is in them; they are numbered per job role in the
 * order of their profile, so the same answers always give the same ids. People with no gap are left out.
 */
export function bucketByProfile(people: PersonNeeds[]): PlanUnit[] {
  const buckets = new Map<string, PlanUnit>();
  for (const p of people) {
    const gaps = positive(p.gaps);
    const codes = Object.keys(gaps).sort(compareCodes);
    if (codes.length === 0) continue;
    const key = JSON.stringify([p.jobRole, p.requiredTier, codes.map((c) => [c, gaps[c]])]);
    const unit = buckets.get(key);
    if (unit) unit.count += 1;
    else buckets.set(key, { id: "", jobRole: p.jobRole, requiredTier: p.requiredTier, count: 1, gaps });
  }
  const perRole = new Map<string, number>();
  return [...buckets.keys()].sort(compareCodes).map((key) => {
    const unit = buckets.get(key)!;
    const n = (perRole.get(unit.jobRole) ?? 0) + 1;
    perRole.set(unit.jobRole, n);
    return { ...unit, id: `${unit.jobRole}#${n}` };
  });
}

function positive(gaps: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const code of Object.keys(gaps).sort(compareCodes)) if ((gaps[code] ?? 0) > 0) out[code] = gaps[code]!;
  return out;
}
