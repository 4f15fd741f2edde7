// Permissions are data: the server checks this map, and the UI reads it to hide what a person may not do.
import type { MembershipRole } from "../generated/prisma/enums";

/**
 * A membership's role, the operator's (the person who runs this Harbour server, no school data), or
 * an external validator's: someone a school sent its action plan to, who sees that plan only, or an
 * assessor's: someone outside a school assigned to peer-review its accreditation, who sees that
 * submission only (decision 0028).
 */
export type Role = MembershipRole | "OPERATOR" | "VALIDATOR" | "ASSESSOR";

export type Permission =
  | "school:view" // the school overview and its people
  | "people:manage" // invite, import, change roles, remove
  | "assessment:take" // one's own self-assessments and plan
  | "framework:manage" // adopt, edit, import the competency framework
  | "rounds:manage" // open, extend, close rounds; remind; import responses
  | "rounds:view" // round progress and response exports
  | "answers:view-named" // each person's own answers, in NAMED rounds only (trust views never show individuals)
  | "gaps:view" // the school's gap analysis (individuals only in NAMED rounds)
  | "plans:manage" // generate, edit and export training plans
  | "plans:approve" // approve a training plan
  | "catalogue:manage" // add and retire the school's (or trust's) own courses
  | "records:manage" // record anyone's completed training in the school
  | "notifications:choose" // one's own reminder channel: email as well as in-app, or in-app only
  | "sign-in:manage" // link email domains, the Microsoft tenant and Google Workspace; require them
  | "review:manage" // start a whole-school review, choose contributors, agree the school's ratings, close it
  | "review:contribute" // rate the statements of an open review (staff: when the lead has asked them)
  | "review:view" // the school's agreed reviews, their trend and the benchmarks
  | "trust:view" // the trust overview (aggregates only)
  | "trust:invite-leaders" // invite leads and heads into the trust's schools
  | "trust:add-schools" // ask schools of the register to join the trust (their heads decide)
  | "trust:set-targets" // the trust's coverage targets (every adult Core, a tenth Enhanced by default)
  | "trust:manage-groups" // named groups of the trust's schools, to filter the overview by
  | "trust:commission" // pooled demand across the trust, trust-wide offers and the bookings on them
  | "trust-view:own-school" // what the school's trust sees of the school (aggregates only)
  | "trust-join:decide" // accept or decline a trust's request to add the school
  | "development:self" // the senior mental health lead's own development: private to them
  | "action-plan:view" // the school's action plan, its history and differences
  | "action-plan:manage" // draft, edit and submit the action plan; accept or reject suggestions
  | "action-plan:review" // comment on, validate or send back an action plan submitted to them
  | "audit:view" // the school's or trust's own audit log, and its CSV
  | "accreditation:view" // the school's accreditation: self-evaluation, status per strand, decisions
  | "accreditation:self-evaluate" // rate the criteria with a narrative, submit the self-evaluation
  | "accreditation:manage" // trust leaders: assign peer reviewers, record visits, decide
  | "accreditation:peer-review" // rate and comment on a submission assigned to them
  | "accreditation:visit" // as an accepted visit assessor: record the visit of the submission assigned to them
  | "evidence:view" // the school's evidence library and its files (never staff: decision 0029)
  | "evidence:manage" // add, tag, untag and delete evidence
  | "lead:appoint" // appoint a new senior mental health lead, who inherits the old lead's open actions
  | "network:view" // the network's library of published case studies, and the school's own
  | "network:manage" // write, publish and withdraw the school's case studies; opt in; ask other schools
  | "network:respond" // as a case study's named contact: agree or decline, and reply to questions
  | "retention:manage" // how many years the school keeps individual responses (decision 0041)
  | "returns:submit" // send a closed round's summary (aggregates only) to the local authority, or withdraw it
  | "returns:view" // local-authority users: the returns sent to the authority, the area's needs, their CSV
  | "services:view" // the local services directory of the school's trust and local authority
  | "services:suggest" // suggest a correction to an entry in that directory
  | "services:manage" // keep the authority's (or trust's) directory; accept or dismiss suggestions
  | "instance:manage"; // operators: the register, trusts, authorities, schools, first leaders, health

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  STAFF: ["assessment:take", "notifications:choose", "review:contribute", "network:respond"],
  LEAD: [
    "assessment:take",
    "school:view",
    "people:manage",
    "framework:manage",
    "rounds:manage",
    "rounds:view",
    "answers:view-named",
    "gaps:view",
    "plans:manage",
    "catalogue:manage",
    "records:manage",
    "notifications:choose",
    "sign-in:manage",
    "development:self",
    "action-plan:view",
    "action-plan:manage",
    "review:manage",
    "review:contribute",
    "review:view",
    "audit:view",
    "accreditation:view",
    "accreditation:self-evaluate",
    "evidence:view",
    "evidence:manage",
    "trust-view:own-school",
    "network:view",
    "network:manage",
    "network:respond",
    "retention:manage",
    "returns:submit",
    "services:view",
    "services:suggest",
  ],
  HEAD: [
    "assessment:take",
    "school:view",
    "rounds:view",
    "answers:view-named",
    "gaps:view",
    "plans:approve",
    "trust-join:decide",
    "notifications:choose",
    "action-plan:view",
    "review:contribute",
    "review:view",
    "audit:view",
    "accreditation:view",
    "evidence:view",
    "lead:appoint",
    "trust-view:own-school",
    "network:view",
    "network:respond",
    "retention:manage",
    "returns:submit",
    "services:view",
    "services:suggest",
  ],
  TRUST_LEADER: [
    "trust:view",
    "trust:set-targets",
    "trust:manage-groups",
    "trust:commission",
    "trust:invite-leaders",
    "trust:add-schools",
    "framework:manage",
    "catalogue:manage",
    "action-plan:review",
    "audit:view",
    "accreditation:manage",
    // A local authority's users are TRUST_LEADER members of its LOCAL_AUTHORITY trust; the returns
    // pages are only found for an authority (decision 0037).
    "returns:view",
    "services:manage",
  ],
  OPERATOR: ["instance:manage"],
  VALIDATOR: ["action-plan:review"],
  ASSESSOR: ["accreditation:peer-review", "accreditation:visit"],
};

export function can(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

/** Roles a person with each role may hand out by invitation or role change; the forms offer these. */
export const ASSIGNABLE_ROLES: Record<Role, readonly MembershipRole[]> = {
  STAFF: [],
  LEAD: ["STAFF", "LEAD", "HEAD"],
  HEAD: [],
  TRUST_LEADER: ["LEAD", "HEAD"],
  // An operator appoints a school's first lead or head, or a trust's or authority's first leader.
  OPERATOR: ["LEAD", "HEAD", "TRUST_LEADER"],
  VALIDATOR: [],
  ASSESSOR: [],
};

export function assignableRoles(role: Role): readonly MembershipRole[] {
  return ASSIGNABLE_ROLES[role];
}

/** Every membership role that has a permission (for queries such as "is anyone left who can manage people?"). */
export function rolesWith(permission: Permission): MembershipRole[] {
  return (Object.keys(ROLE_PERMISSIONS) as Role[]).filter(
    (role): role is MembershipRole =>
      role !== "OPERATOR" && role !== "VALIDATOR" && role !== "ASSESSOR" && can(role, permission),
  );
}
