// The sync's findings in words for the lead. Pure.
import { JOB_ROLES } from "../tiers";
import type { Problem } from "./diff";

export function problemSentence(p: Problem): string {
  switch (p.kind) {
    case "no_email":
      return `${p.name} has no email address in your MIS, so Harbour cannot invite them. Add one in the MIS, then sync again.`;
    case "invalid_email":
      return `${p.name}'s email address in your MIS is not a valid address. Correct it in the MIS, then sync again.`;
    case "duplicate_email":
      return `${p.name} shares an email address with someone else in your MIS. Give each person their own address, then sync again.`;
    case "no_title":
      return `${p.name} has no role in your MIS, so Harbour cannot tell their job role. Add one in the MIS, then sync again.`;
    case "unmapped_title":
      return `${p.name} is a “${p.title}”, which has no Harbour job role yet. Choose one below.`;
  }
}

export const jobRoleLabel = (jobRole: keyof typeof JOB_ROLES) => JOB_ROLES[jobRole].label;
