// What a training plan may know of a CONFIDENTIAL round. Pure: no database.
// A plan is published about its round too (bookings, counts, what each booking closes), so the
// planner sees each respondent only as the report does: by publication group (never a small job
// role), at their band's tier, with gaps only on the statements the report publishes.
import { gapRecord } from "../gaps/analysis";
import type { GapCompetency, Respondent, Targets } from "../gaps/types";
import type { Tier } from "../tiers";
import type { RoundPublication } from "./round";

export type PublishedNeeds = {
  id: string;
  jobRole: string;
  requiredTier: Tier;
  gaps: Record<string, number>;
};

export function publishedNeeds(
  publication: RoundPublication,
  competencies: GapCompetency[],
  targets: Targets,
  respondent: Respondent,
): PublishedNeeds {
  const group = publication.recoding.groupOf(respondent.jobRole, respondent.requiredTier);
  const gaps = gapRecord(respondent, competencies, targets);
  const shown = Object.fromEntries(
    Object.entries(gaps).filter(
      ([code]) => publication.published.has(code) && tierOf(competencies, code) <= group.scopeTier,
    ),
  );
  // The group's label stands where a job role would: plans name "Other Core staff", never a lone DSL.
  return { id: respondent.id, jobRole: group.label, requiredTier: group.scopeTier, gaps: shown };
}

const tierOf = (competencies: GapCompetency[], code: string) =>
  competencies.find((c) => c.code === code)?.tier ?? 3;
