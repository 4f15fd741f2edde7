// What a plan takes from the lead's own newest self-assessment: their needs on the framework's
// Specialist competencies, and what the plan's summary says about them. Pure: no database, no clock.
import { londonDay } from "../rounds/dates";
import type { Targets } from "../gaps/types";
import type { LeadNeeds } from "./needs";
import { competencyNeeds, ownGaps, type LeadRatings } from "./rules";

/** Stored with a plan version, so its explanation can say why the lead is booked (lib/plans/explain.ts). */
export type OwnDevelopmentSummary = { assessedOn: string; areas: string[]; competencyCodes: string[] };

export function leadPlanNeeds(
  own: { assessedAt: Date; ratings: LeadRatings } | null,
  personId: string,
  members: { personId: string; jobRole: string | null }[],
  competencies: { code: string; tier: number }[],
  targets: Targets,
): { needs: LeadNeeds; summary: OwnDevelopmentSummary } | null {
  if (!own) return null;
  const gaps = competencyNeeds(own.ratings, competencies, targets[3] ?? 3);
  const codes = Object.keys(gaps);
  if (codes.length === 0) return null;
  const jobRole = members.find((m) => m.personId === personId)?.jobRole ?? "SENIOR_MH_LEAD";
  return {
    needs: { personId, jobRole, gaps },
    summary: {
      assessedOn: londonDay(own.assessedAt),
      areas: ownGaps(own.ratings).map((a) => a.areaTitle),
      competencyCodes: codes,
    },
  };
}
