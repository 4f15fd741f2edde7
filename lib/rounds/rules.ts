// Survey rounds as plain rules: status from dates, who is asked, the forms' schemas and progress
// figures with small numbers withheld. Pure: no database; `now` is always an argument.
import { z } from "zod";
import type { JobRole, RoundAudience, RoundMode } from "../generated/prisma/enums";
import { withheldParts, effectiveK } from "../suppression";
import { JOB_ROLE_KEYS, JOB_ROLES, TIER_NAMES, type Tier } from "../tiers";

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

const jobRoleSchema = z.enum(JOB_ROLE_KEYS as [JobRole, ...JobRole[]]);
const date = (what: string) => z.coerce.date({ error: `Enter the ${what} date.` });

export const openRoundSchema = z
  .object({
    title: z
      .string()
      .trim()
      .min(3, "Give the round a title of at least 3 characters.")
      .max(200, "Keep the title under 200 characters."),
    opensAt: date("opening"),
    closesAt: date("closing"),
    mode: z.enum(["NAMED", "CONFIDENTIAL"], "Choose named or confidential."),
    audience: z.enum(["ALL_STAFF", "JOB_ROLES"], "Choose who is asked."),
    jobRoles: z.array(jobRoleSchema).default([]),
    /** Omitted: the school's current framework version. */
    frameworkVersionId: z.string().min(1).optional(),
  })
  .superRefine((r, ctx) => {
    if (r.closesAt <= r.opensAt)
      ctx.addIssue({
        code: "custom",
        path: ["closesAt"],
        message: "The closing date must be after the opening date.",
      });
    if (r.audience === "JOB_ROLES" && r.jobRoles.length === 0) {
      ctx.addIssue({
        code: "custom",
        path: ["jobRoles"],
        message: "Choose at least one job role, or ask all staff.",
      });
    }
  })
  // Chosen roles only mean something when the round is for chosen roles.
  .transform((r) => ({ ...r, jobRoles: r.audience === "ALL_STAFF" ? [] : [...new Set(r.jobRoles)] }));

export type OpenRoundInput = z.infer<typeof openRoundSchema>;

export const extendRoundSchema = z.object({ closesAt: date("new closing") });

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

export type ProgressState = "NOT_STARTED" | "IN_PROGRESS" | "SUBMITTED";
export type ProgressPerson = { jobRole: JobRole; requiredTier: Tier; state: ProgressState };

export type ProgressGroup = {
  key: string;
  label: string;
  asked: number;
  /** Null when withheld: the group is too small to show in a confidential round. */
  submitted: number | null;
  inProgress: number | null;
  rate: number | null;
  withheld: boolean;
};

export type RoundProgress = { overall: ProgressGroup; byJobRole: ProgressGroup[]; byTier: ProgressGroup[] };

function group(key: string, label: string, people: ProgressPerson[], withheld: boolean): ProgressGroup {
  const asked = people.length;
  const submitted = people.filter((p) => p.state === "SUBMITTED").length;
  const inProgress = people.filter((p) => p.state === "IN_PROGRESS").length;
  return withheld
    ? { key, label, asked, submitted: null, inProgress: null, rate: null, withheld }
    : { key, label, asked, submitted, inProgress, rate: asked === 0 ? 0 : submitted / asked, withheld };
}

/**
 * Response rates overall and by group. In a CONFIDENTIAL round a figure resting on fewer than k
 * people is withheld, with a second group withheld beside a lone one so that no group's figure can
 * be worked out from the total (DESIGN.md, small numbers). NAMED rounds show every figure.
 */
export function summariseProgress(
  people: ProgressPerson[],
  opts: { mode: RoundMode; k: number },
): RoundProgress {
  const confidential = opts.mode === "CONFIDENTIAL";
  const k = effectiveK(opts.k);
  const groups = <K extends string>(keyOf: (p: ProgressPerson) => K, labelOf: (key: K) => string) => {
    const byKey = new Map<K, ProgressPerson[]>();
    for (const p of people) byKey.set(keyOf(p), [...(byKey.get(keyOf(p)) ?? []), p]);
    const keys = [...byKey.keys()].sort();
    const hidden = confidential
      ? withheldParts(
          keys.map((key) => ({ key, respondents: byKey.get(key)!.length })),
          k,
        )
      : new Set<string>();
    return keys.map((key) => group(key, labelOf(key), byKey.get(key)!, hidden.has(key)));
  };
  return {
    overall: group("ALL", "Everyone asked", people, confidential && people.length < k),
    byJobRole: groups(
      (p) => p.jobRole,
      (key) => JOB_ROLES[key].label,
    ),
    byTier: groups(
      (p) => String(p.requiredTier) as "1" | "2" | "3",
      (key) => `${TIER_NAMES[Number(key) as Tier]} roles`,
    ),
  };
}
