import { ROLE_LABELS } from "@/lib/people/labels";
import { assignableRoles, rolesWith } from "@/lib/permissions";
import { JOB_ROLE_KEYS, JOB_ROLES, TIER_NAMES } from "@/lib/tiers";

export const JOB_ROLE_OPTIONS = JOB_ROLE_KEYS.map((k) => ({
  value: k,
  label: `${JOB_ROLES[k].label} (${TIER_NAMES[JOB_ROLES[k].defaultTier]})`,
}));

/**
 * The roles the people forms offer: those the people managers may hand out, from the permission
 * map (the server checks the same map). In the map's order, so the list reads the same every time.
 */
export const SCHOOL_ROLE_OPTIONS = [
  ...new Set(rolesWith("people:manage").flatMap((r) => assignableRoles(r))),
].map((r) => ({
  value: r as "STAFF" | "LEAD" | "HEAD",
  label: ROLE_LABELS[r],
}));

/** The roles a trust leader may give when inviting into one of the trust's schools, from the map. */
export const TRUST_ROLE_OPTIONS = assignableRoles("TRUST_LEADER").map((r) => ({
  value: r as "LEAD" | "HEAD",
  label: ROLE_LABELS[r],
}));
