import { ROLE_LABELS } from "@/lib/people/labels";
import { JOB_ROLE_KEYS, JOB_ROLES, TIER_NAMES } from "@/lib/tiers";

export const JOB_ROLE_OPTIONS = JOB_ROLE_KEYS.map((k) => ({
  value: k,
  label: `${JOB_ROLES[k].label} (${TIER_NAMES[JOB_ROLES[k].defaultTier]})`,
}));

export const SCHOOL_ROLE_OPTIONS = (["STAFF", "LEAD", "HEAD"] as const).map((r) => ({ value: r, label: ROLE_LABELS[r] }));
