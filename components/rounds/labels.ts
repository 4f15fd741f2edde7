import { JOB_ROLES } from "@/lib/tiers";
import type { JobRole } from "@/lib/generated/prisma/enums";

export const MODE_LABELS = { NAMED: "Named", CONFIDENTIAL: "Confidential" } as const;

/** What each mode means for staff, in the words the lead reads before choosing. */
export function modeExplanation(mode: "NAMED" | "CONFIDENTIAL", k: number): string {
  return mode === "NAMED"
    ? "You see each person's answers and who has not started or finished. Staff are told this before they start, and nothing about their own health is asked."
    : `You see only totals by tier, never names, job roles or anyone's own answers, and only once the round has closed with at least ${k} responses; a tier with fewer than ${k} is counted with another. Staff may add an optional wellbeing section, reported only in aggregate.`;
}

export function audienceText(round: { audience: "ALL_STAFF" | "JOB_ROLES"; jobRoles: string[] }): string {
  if (round.audience === "ALL_STAFF") return "All staff";
  return round.jobRoles.map((j) => JOB_ROLES[j as JobRole]?.label ?? j).join(", ");
}
