import type { SchoolPhase } from "../generated/prisma/enums";
import type { Role } from "../permissions";

export const ROLE_LABELS: Record<Role, string> = {
  STAFF: "Staff member",
  LEAD: "Senior mental health lead",
  HEAD: "Headteacher",
  TRUST_LEADER: "Trust leader",
  OPERATOR: "Runs this Harbour server",
  VALIDATOR: "Action plan validator",
  ASSESSOR: "Accreditation peer reviewer",
};

export const SCHOOL_PHASE_LABELS: Record<SchoolPhase, string> = {
  PRIMARY: "Primary",
  SECONDARY: "Secondary",
  ALL_THROUGH: "All-through",
  SPECIAL: "Special",
  ALTERNATIVE_PROVISION: "Alternative provision",
  COLLEGE: "College",
};
