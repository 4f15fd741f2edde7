// Wonde role titles and Harbour job roles. Pure. A title is matched case- and spacing-insensitively;
// a title that is a Harbour job role's own name maps itself, anything else is only ever a
// suggestion the lead confirms (decision 0021): a sync never guesses someone's job role silently.
import type { JobRole } from "../generated/prisma/enums";
import { parseJobRole } from "../tiers";

export function titleKey(title: string): string {
  return title.trim().toLowerCase().replace(/\s+/g, " ");
}

/** Common MIS titles in English schools, offered pre-selected on the mapping form. */
const SUGGESTIONS: Record<string, JobRole> = {
  "class teacher": "TEACHER",
  teacher: "TEACHER",
  "supply teacher": "TEACHER",
  "cover supervisor": "SUPPORT_STAFF",
  "teaching assistant": "TEACHING_ASSISTANT",
  "higher level teaching assistant": "TEACHING_ASSISTANT",
  hlta: "TEACHING_ASSISTANT",
  "learning support assistant": "TEACHING_ASSISTANT",
  lsa: "TEACHING_ASSISTANT",
  administrator: "ADMIN",
  "office manager": "ADMIN",
  "school business manager": "ADMIN",
  receptionist: "ADMIN",
  caretaker: "SITE_STAFF",
  "site manager": "SITE_STAFF",
  cleaner: "SITE_STAFF",
  cook: "CATERING",
  "kitchen assistant": "CATERING",
  "midday supervisor": "MIDDAY_SUPERVISOR",
  "midday meals supervisor": "MIDDAY_SUPERVISOR",
  headteacher: "SENIOR_LEADER",
  "deputy headteacher": "SENIOR_LEADER",
  "assistant headteacher": "SENIOR_LEADER",
  "form tutor": "FORM_TUTOR",
  "head of year": "HEAD_OF_YEAR",
  "pastoral lead": "PASTORAL_LEAD",
  "learning mentor": "LEARNING_MENTOR",
  elsa: "ELSA",
  senco: "SENCO",
  "special educational needs coordinator": "SENCO",
  "designated safeguarding lead": "DSL",
  dsl: "DSL",
  "deputy designated safeguarding lead": "DEPUTY_DSL",
  "senior mental health lead": "SENIOR_MH_LEAD",
  "school counsellor": "COUNSELLOR",
  counsellor: "COUNSELLOR",
};

/** The school's own mapping wins; else a title that names a Harbour job role exactly; else none. */
export function mappedJobRole(title: string, mappings: ReadonlyMap<string, JobRole>): JobRole | null {
  return mappings.get(titleKey(title)) ?? parseJobRole(title);
}

/** What the mapping form pre-selects for a title not mapped yet (the lead still confirms it). */
export function suggestedJobRole(title: string): JobRole | null {
  return SUGGESTIONS[titleKey(title)] ?? parseJobRole(title);
}
