// The lead's own development needs joining a training plan's units. Pure: no database, no clock.
import { compareCodes } from "../gaps/gap";
import type { PlanUnit } from "../planner/types";

export type LeadNeeds = { personId: string; jobRole: string; gaps: Record<string, number> };

/**
 * NAMED rounds: the lead is a unit of one already when they answered the round; their own needs are
 * merged in (the larger gap per competency: both measure the same person, so adding them would
 * count one shortfall twice). Otherwise, and in CONFIDENTIAL rounds, where no bucket may be tied to
 * a person, the lead joins as a unit of their own at Specialist tier, under their person id.
 */
export function withLeadNeeds(units: PlanUnit[], lead: LeadNeeds | null, mode: "NAMED" | "CONFIDENTIAL") {
  if (!lead || Object.values(lead.gaps).every((g) => !(g > 0))) return units;
  const own = positive(lead.gaps);
  const existing = mode === "NAMED" ? units.find((u) => u.id === lead.personId) : undefined;
  if (!existing)
    return [
      ...units,
      { id: lead.personId, jobRole: lead.jobRole, requiredTier: 3 as const, count: 1, gaps: own },
    ];
  return units.map((u) => {
    if (u !== existing) return u;
    const gaps = { ...u.gaps };
    for (const [code, gap] of Object.entries(own)) gaps[code] = Math.max(gaps[code] ?? 0, gap);
    return { ...u, requiredTier: 3 as const, gaps: sorted(gaps) };
  });
}

function positive(gaps: Record<string, number>) {
  return sorted(Object.fromEntries(Object.entries(gaps).filter(([, g]) => g > 0)));
}

function sorted(gaps: Record<string, number>) {
  const out: Record<string, number> = {};
  for (const code of Object.keys(gaps).sort(compareCodes)) out[code] = gaps[code]!;
  return out;
}
