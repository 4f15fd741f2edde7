import type { MembershipRole, SchoolPhase } from "../generated/prisma/enums";

export const ROLE_LABELS: Record<MembershipRole, string> = {
  STAFF: "Staff member",
  LEAD: "Senior mental health lead",
  HEAD: "Headteacher",
  TRUST_LEADER: "Trust leader",
};

export const SCHOOL_PHASE_LABELS: Record<SchoolPhase, string> = {
  PRIMARY: "Primary",
  SECONDARY: "Secondary",
  ALL_THROUGH: "All-through",
  SPECIAL: "Special",
  ALTERNATIVE_PROVISION: "Alternative provision",
  COLLEGE: "College",
};
