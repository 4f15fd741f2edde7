// Survey rounds as plain rules: status from dates, who is asked, and progress figures with small
// numbers withheld (the forms' one schema is in ./forms.ts). Pure: no database; `now` is always an argument.
import type { JobRole, MembershipRole, RoundAudience, RoundMode } from "../generated/prisma/enums";
import { can } from "../permissions";
import type { DisclosureMode } from "../disclosure";

export type RoundStatus = "SCHEDULED" | "OPEN" | "CLOSED";
export type RoundDates = { opensAt: Date; closesAt: Date; closedAt: Date | null };

/** Open from opensAt (inclusive) until closesAt or until the lead closed it early, whichever is first. */
export function roundStatus(round: RoundDates, now: Date): RoundStatus {
  if (round.closedAt && round.closedAt <= now) return "CLOSED";
  if (now < round.opensAt) return "SCHEDULED";
  return now < round.closesAt ? "OPEN" : "CLOSED";
}

export const ROUND_STATUS_LABELS: Record<RoundStatus, string> = {
  SCHEDULED: "Not open yet",
  OPEN: "Open",
  CLOSED: "Closed",
};

export type Audience = { audience: RoundAudience; jobRoles: JobRole[] };

/** Everyone in the school is asked, or only people in the chosen job roles. */
export function isAsked(round: Audience, jobRole: JobRole): boolean {
  return round.audience === "ALL_STAFF" || round.jobRoles.includes(jobRole);
}

export function askedMembers<M extends { jobRole: JobRole | null }>(round: Audience, members: M[]): M[] {
  return members.filter((m) => m.jobRole !== null && isAsked(round, m.jobRole));
}

/**
 * A round to open, as the data layer takes it. People fill in ./forms.ts openRoundFormSchema (days in
 * London), which is the only schema for it and turns the days into these instants.
 */
export type OpenRoundInput = {
  title: string;
  opensAt: Date;
  closesAt: Date;
  mode: RoundMode;
  audience: RoundAudience;
  jobRoles: JobRole[];
  /** Omitted: the school's current framework version. */
  frameworkVersionId?: string;
  /** Automatic reminders to those who have not submitted; omitted or null: none. */
  reminders?: { firstDaysBefore: number; secondDaysBefore: number | null } | null;
};

/** Problems with opening a round that depend on the clock. */
export function openProblem(input: { closesAt: Date }, now: Date): string | null {
  return input.closesAt <= now ? "The closing date has already passed. Choose a later one." : null;
}

/** Whether a round may be given a later closing date, and why not. A round closed early stays closed. */
export function extendProblem(round: RoundDates, closesAt: Date, now: Date): string | null {
  if (round.closedAt && round.closedAt <= now)
    return "This round was closed early and cannot be reopened. Open a new round instead.";
  if (closesAt <= round.closesAt) return "The new closing date must be later than the current one.";
  if (closesAt <= now) return "The new closing date has already passed.";
  return null;
}

export function closeProblem(round: RoundDates, now: Date): string | null {
  return roundStatus(round, now) === "CLOSED" ? "This round is already closed." : null;
}

/** NAMED rounds are published in full to those who may see each person's answers; everything else through the controls. */
export const disclosureFor = (mode: RoundMode, viewer: MembershipRole): DisclosureMode =>
  mode === "NAMED" && can(viewer, "answers:view-named") ? "full" : "controlled";

/**
 * Why a CONFIDENTIAL round's figures (gap report, its CSV, the response export) cannot be published
 * yet, or null. While a round is open each new submission would show up as the difference between
 * two looks at the report, so figures wait for the close; a round with fewer than k respondents is
 * never reported.
 */
export function confidentialFiguresWithheld(
  round: RoundDates & { mode: RoundMode },
  submitted: number,
  k: number,
  now: Date,
): string | null {
  if (round.mode !== "CONFIDENTIAL") return null;
  if (roundStatus(round, now) !== "CLOSED")
    return "This round is confidential, so its figures appear once it has closed: while it is open, comparing them before and after one person submits would show that person's answers.";
  if (submitted < k)
    return `This round is confidential and fewer than ${k} people submitted, so its figures are withheld to protect them.`;
  return null;
}
